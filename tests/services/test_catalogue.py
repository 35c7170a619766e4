from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from egov_desktop.services.catalogue import parse_days, parse_fee, parse_level
from egov_desktop.services.register_dto import ProcedureInput


def write_book(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mức độ 3", (3, None)),
        (4, (4, None)),
        ("DVCTT toàn trình", (None, "toan_trinh")),
        ("Một phần", (None, "mot_phan")),
        (None, (None, None)),
        ("", (None, None)),
    ],
)
def test_parse_level(text: object, expected: tuple[int | None, str | None]) -> None:
    assert parse_level(text) == expected


def test_parse_level_refuses_nonsense() -> None:
    with pytest.raises(ValidationError, match="Mức độ DVCTT"):
        parse_level("Mức độ 7")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("05 ngày làm việc", 5), (3, 3), ("Trong ngày", 0), ("", None), (None, None)],
)
def test_parse_days(text: object, expected: int | None) -> None:
    assert parse_days(text) == expected


def test_parse_fee() -> None:
    assert parse_fee("50.000 đồng") == 50000
    assert parse_fee("Không") == 0
    assert parse_fee(None) is None
    with pytest.raises(ValidationError):
        parse_fee("tùy")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Không", 0),
        ("(Không)", 0),
        ("“Không”", 0),
        ("Phí: Không", 0),
        ("Lệ phí: 8.000 đồng", 8000),
        ("Miễn phí.", 0),
        ("-", None),
    ],
)
def test_parse_fee_reads_the_ways_lists_write_none_and_amounts(
    text: str, expected: int | None
) -> None:
    assert parse_fee(text) == expected


def test_a_fee_that_is_no_amount_keeps_the_procedure(commune: Services, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Mức độ", "Phí, lệ phí"],
        [1, "1.001193", "Đăng ký khai sinh", "Hộ tịch", "Toàn trình", "Theo quy định"],
        [2, "1.000894", "Đăng ký kết hôn", "Hộ tịch", "Mức độ 3", "(Không)"],
        [3, "2.000815", "Chứng thực bản sao", "Chứng thực", "Một phần", "Theo Thông tư 85/2019"],
        [4, "2.000999", "Thủ tục lạ", "Chứng thực", "Mức độ 9", "Theo quy định"],
    ]
    result = commune.catalogue.import_file(write_book(tmp_path / "tthc.xlsx", rows))
    assert (result.new, result.updated, result.unchanged) == (3, 0, 0)
    # Only the unreadable level refuses a row; its fee is not warned about as well.
    assert [r.row for r in result.rejected] == [5]
    assert [w.row for w in result.warnings] == [2, 4]
    assert '"Theo quy định"' in result.warnings[0].reason
    assert "vẫn được nhập" in result.warnings[0].reason
    birth = commune.catalogue.get("1.001193")
    assert (birth.fee, birth.has_fee, birth.dvctt_level_new) == (None, False, "toan_trinh")
    marriage = commune.catalogue.get("1.000894")
    assert (marriage.fee, marriage.has_fee) == (0, False)
    assert commune.catalogue.get("2.000815").fee is None


def test_add_and_propose_due(commune: Services) -> None:
    commune.catalogue.add(
        ProcedureInput(code="1.001", name="Đăng ký khai sinh", sector="Hộ tịch", processing_days=3)
    )
    assert commune.catalogue.get("1.001").sector == "Hộ tịch"
    assert [p.code for p in commune.catalogue.list("dang ky khai")] == ["1.001"]
    # Received Thursday 28/08/2025: Fri 29, then 1–2/09 are Quốc khánh, so Wed 3 and Thu 4.
    assert commune.catalogue.propose_due("1.001", date(2025, 8, 28)) == date(2025, 9, 4)
    with pytest.raises(ValidationError, match="đã có trong danh mục"):
        commune.catalogue.add(ProcedureInput(code="1.001", name="x", sector="Hộ tịch"))
    with pytest.raises(ValidationError, match="Không tìm thấy thủ tục"):
        commune.catalogue.propose_due("9.999", date(2025, 8, 28))
    commune.catalogue.add(ProcedureInput(code="1.002", name="Khai tử", sector="Hộ tịch"))
    with pytest.raises(ValidationError, match="chưa có thời gian giải quyết"):
        commune.catalogue.propose_due("1.002", date(2025, 8, 28))


def test_import_published_list(commune: Services, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["DANH MỤC THỦ TỤC HÀNH CHÍNH"],
        ["STT", "Mã TTHC", "Tên TTHC", "Thời gian giải quyết", "Mức độ", "Phí, lệ phí"],
        ["I. Lĩnh vực Hộ tịch"],
        [1, "1.001193", "Đăng ký khai sinh", "Trong ngày", "Toàn trình", "Không"],
        [2, "1.000894", "Đăng ký kết hôn", "05 ngày làm việc", "Mức độ 3", "20.000 đồng"],
        ["II. Lĩnh vực Chứng thực"],
        [3, "2.000815", "Chứng thực bản sao", 1, "Một phần", None],
        [4, "2.000999", "Thủ tục lạ", "1", "Mức độ 9", None],
    ]
    path = write_book(tmp_path / "tthc.xlsx", rows)
    before = len(commune.backups.list())
    result = commune.catalogue.import_file(path)
    assert (result.new, result.updated, result.unchanged) == (3, 0, 0)
    # A backup comes before the list is saved.
    assert [b.reason for b in commune.backups.list()].count("before-catalogue-import") == 1
    assert len(commune.backups.list()) == before + 1
    assert [(r.row, "Mức độ DVCTT" in r.reason) for r in result.rejected] == [(8, True)]
    marriage = commune.catalogue.get("1.000894")
    assert (marriage.sector, marriage.processing_days, marriage.dvctt_level_old) == (
        "Hộ tịch",
        5,
        3,
    )
    assert (marriage.has_fee, marriage.fee) == (True, 20000)
    copy = commune.catalogue.get("2.000815")
    assert (copy.sector, copy.dvctt_level_new) == ("Chứng thực", "mot_phan")
    again = commune.catalogue.import_file(path)
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)


def test_import_without_header_is_refused(commune: Services, tmp_path: Path) -> None:
    path = write_book(tmp_path / "x.xlsx", [["a", "b"], [1, 2]])
    with pytest.raises(ValidationError, match="Mã TTHC"):
        commune.catalogue.import_file(path)
    assert "before-catalogue-import" not in [b.reason for b in commune.backups.list()]
