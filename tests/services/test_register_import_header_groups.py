"""A register as clerks keep it, merged two-row header and short titles, imports unmapped."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.domain.register_columns import NOT_USED
from tests import registers

TODAY = date(2025, 10, 1)
#: A commune's own register: title block, "Thủ tục hành chính" over "Mã" / "Tên thủ tục",
#: "Thời gian" over three dates in their short forms, a column of the officer, a total line.
MESSY: list[list[object]] = [
    ["UBND PHƯỜNG BA ĐÌNH", None, None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỔ THEO DÕI HỒ SƠ TIẾP NHẬN VÀ TRẢ KẾT QUẢ QUÝ III NĂM 2025"],
    ["STT", "Số biên nhận", "Thủ tục hành chính", None, "Lĩnh vực", "Thời gian", None, None],
    [None, None, "Mã", "Tên thủ tục", None, "Ngày nhận", "Ngày hẹn", "Ngày xong"],
    [1, "BD-01", "1.001193", "Đăng ký khai sinh", "Hộ tịch", "01/07/2025", "04/07/2025", None],
    [2, "BD-02", "2.000908", "Chứng thực bản sao", "Chứng thực", *["02/07/2025"] * 3],
    [None, None, None, "Tổng cộng: 2 hồ sơ"],
]
MESSY_MERGED = ("A1:D1", "F1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:H3")


def test_a_merged_two_row_header_is_read_without_mapping(commune: Services, tmp_path: Path) -> None:
    path = registers.write_rows(tmp_path / "so.xlsx", MESSY, MESSY_MERGED)
    preview = commune.register_import.preview(path, today=TODAY)
    assert preview.layout.columns == {
        "code": "Số biên nhận",
        "procedure_code": "Mã",
        "procedure_name": "Tên thủ tục",
        "sector": "Lĩnh vực",
        "received": "Ngày nhận",
        "due": "Ngày hẹn",
        "resolved": "Ngày xong",
    }
    # The row number is no column to read: nothing is said of it.
    assert preview.layout.unplaced == ()
    assert (preview.new, preview.rejected, preview.warnings) == (2, (), ())
    commune.register_import.apply(path, today=TODAY)
    dossier = commune.register.find("BD-02")
    assert (dossier.procedure_code, dossier.due, dossier.resolved) == (
        "2.000908",
        date(2025, 7, 2),
        date(2025, 7, 2),
    )


def test_a_hand_mapping_leaving_the_row_number_out_does_not_list_it(
    commune: Services, tmp_path: Path
) -> None:
    path = registers.write_rows(tmp_path / "so.xlsx", MESSY, MESSY_MERGED)
    # What the dialog sends: every column, the row number "(not used)".
    layout = commune.register_import.inspect(path)
    mapping = {text: NOT_USED for text in layout.headers}
    mapping |= {text: name for name, text in layout.columns.items()}
    assert mapping["STT"] == NOT_USED
    preview = commune.register_import.preview(path, mapping=mapping, today=TODAY)
    assert preview.layout.unplaced == ()


@pytest.mark.parametrize(
    "sub_headings",
    [
        ["Nhận", "Hẹn trả", "Có kết quả", "Trả KQ"],
        ["Tiếp nhận", "Hẹn trả KQ", "Có KQ", "Trả kết quả"],
    ],
)
def test_a_date_group_over_its_sub_headings(
    commune: Services, tmp_path: Path, sub_headings: list[str]
) -> None:
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Ngày", None, None, None],
        [None, None, *sub_headings],
        ["G1", "Hộ tịch", "01/07/2025", "04/07/2025", "03/07/2025", "05/07/2025"],
    ]
    path = registers.write_rows(tmp_path / "g.xlsx", rows, ("A1:A2", "B1:B2", "C1:F1"))
    preview = commune.register_import.preview(path, today=TODAY)
    assert list(preview.layout.columns) == [
        "code",
        "sector",
        "received",
        "due",
        "resolved",
        "returned",
    ]
    assert (preview.new, preview.rejected, preview.warnings) == (1, (), ())


#: "Mã" under "Hồ sơ" and "Mã" under "Thủ tục hành chính", and a column nothing reads.
TWO_CODES: list[list[object]] = [
    ["STT", "Hồ sơ", None, "Thủ tục hành chính", None, "Lĩnh vực", "Ngày nhận", "Cán bộ"],
    [None, "Mã", "Người nộp", "Mã", "Tên", None, None, None],
    [1, "HS-1", "Nguyễn Văn An", "1.001193", "Đăng ký khai sinh", "Hộ tịch", "01/07/2025", "Bình"],
]
TWO_CODES_MERGED = ("A1:A2", "B1:C1", "D1:E1", "F1:F2", "G1:G2", "H1:H2")


def test_two_sub_headings_alike_are_named_by_their_group(commune: Services, tmp_path: Path) -> None:
    path = registers.write_rows(tmp_path / "m.xlsx", TWO_CODES, TWO_CODES_MERGED)
    layout = commune.register_import.inspect(path)
    assert layout.headers == (
        "STT",
        "Mã (Hồ sơ)",
        "Người nộp",
        "Mã (Thủ tục hành chính)",
        "Tên",
        "Lĩnh vực",
        "Ngày nhận",
        "Cán bộ",
    )
    assert (layout.columns["code"], layout.columns["procedure_code"]) == (
        "Mã (Hồ sơ)",
        "Mã (Thủ tục hành chính)",
    )
    # Each is mapped by the name the list shows: here the other way round.
    mapping = {text: NOT_USED for text in layout.headers}
    mapping |= {
        "Mã (Hồ sơ)": "procedure_code",
        "Mã (Thủ tục hành chính)": "code",
        "Lĩnh vực": "sector",
        "Ngày nhận": "received",
    }
    preview = commune.register_import.preview(path, mapping=mapping, today=TODAY)
    assert (preview.new, preview.rejected) == (1, ())
    assert preview.layout.columns == {
        "procedure_code": "Mã (Hồ sơ)",
        "code": "Mã (Thủ tục hành chính)",
        "sector": "Lĩnh vực",
        "received": "Ngày nhận",
    }
    commune.register_import.apply(path, mapping=mapping, today=TODAY)
    assert commune.register.find("1.001193").procedure_code == "HS-1"
