"""A register's status or result column ("Kết quả xử lý", "Tình trạng") read against its dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from tests import registers

TODAY = date(2025, 10, 1)
HEADER = ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Ngày có kết quả"]


def _rows(title: str, *rows: list[object]) -> list[list[object]]:
    return [[*HEADER, title], *rows]


@pytest.mark.parametrize("title", ["Kết quả xử lý", "Kết quả giải quyết", "Tình trạng"])
def test_a_result_column_agreeing_with_the_dates_imports_without_a_word(
    commune: Services, tmp_path: Path, title: str
) -> None:
    rows = _rows(
        title,
        ["K1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Trước hạn"],
        ["K2", "Hộ tịch", "01/07/2025", "05/07/2025", "05/07/2025", "Đúng hạn"],
        ["K3", "Hộ tịch", "01/07/2025", "05/07/2025", "08/07/2025", "Đã giải quyết quá hạn"],
        ["K4", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Đang giải quyết"],
        ["K5", "Hộ tịch", "01/07/2025", "05/07/2025", "02/07/2025", "Đã trả kết quả"],
        ["K6", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Quá hạn"],
    )
    path = registers.write_rows(tmp_path / "k.xlsx", rows)
    preview = commune.register_import.apply(path, today=TODAY)
    assert preview.layout.columns["status"] == title
    assert (preview.new, preview.rejected, preview.warnings) == (6, (), ())
    statuses = {code: commune.register.find(code).status for code in ("K1", "K3", "K4", "K6")}
    assert statuses == {
        "K1": "Đã giải quyết",
        "K3": "Đã giải quyết",
        "K4": "Đang giải quyết",
        # "Quá hạn" with no end date: pending past its due date, as its dates say.
        "K6": "Đang giải quyết",
    }


def test_what_the_dates_do_not_say_is_read(commune: Services, tmp_path: Path) -> None:
    rows = _rows(
        "Kết quả xử lý",
        ["W1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Rút hồ sơ"],
        ["W2", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Trả lại"],
        ["W3", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Chờ bổ sung"],
        # Ended, says the file, but no end date: kept as resolved and flagged for the date.
        ["W4", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Đúng hạn"],
    )
    path = registers.write_rows(tmp_path / "w.xlsx", rows)
    preview = commune.register_import.apply(path, today=TODAY)
    assert (preview.new, preview.rejected) == (4, ())
    assert [(w.row, w.to_check) for w in preview.warnings] == [(5, False)]
    assert "Đã giải quyết" in preview.warnings[0].reason
    statuses = [commune.register.find(f"W{n}").status for n in range(1, 5)]
    assert statuses == ["Rút hồ sơ", "Trả lại", "Chờ bổ sung", "Đã giải quyết"]


def test_a_result_its_dates_contradict_is_imported_counted_by_the_dates_and_said(
    commune: Services, tmp_path: Path
) -> None:
    rows = _rows(
        "Kết quả xử lý",
        ["C1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Quá hạn"],
        ["C2", "Hộ tịch", "01/07/2025", "05/07/2025", "08/07/2025", "Đã giải quyết đúng hạn"],
        ["C3", "Hộ tịch", "01/07/2025", "05/07/2025", "05/07/2025", "Trước hạn"],
        # Overdue, with its due date still ahead and no result: overdue it cannot be.
        ["C4", "Hộ tịch", "25/09/2025", "05/10/2025", None, "Quá hạn"],
        ["C5", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Đang xử lý quá hạn"],
    )
    path = registers.write_rows(tmp_path / "c.xlsx", rows)
    preview = commune.register_import.preview(path, today=TODAY)
    assert (preview.new, preview.rejected) == (5, ())
    assert [(w.row, w.to_check) for w in preview.warnings] == [(n, True) for n in range(2, 7)]
    reasons = [w.reason for w in preview.warnings]
    assert reasons[0] == (
        'Cột "Kết quả xử lý" ghi "Quá hạn" nhưng hồ sơ có ngày có kết quả 03/07/2025 và ngày hẹn'
        " trả 05/07/2025: hồ sơ được tính là giải quyết trước hạn theo các ngày. Hãy xem lại cột"
        " này hoặc các ngày."
    )
    assert "được tính là giải quyết quá hạn" in reasons[1]
    assert "được tính là giải quyết đúng hạn" in reasons[2]
    assert "ngày hẹn trả (05/10/2025) chưa qua" in reasons[3]
    # An open status with an end date: said as the register says it of any dossier.
    assert 'trạng thái là "Đang giải quyết"' in reasons[4]
    assert preview.notes[-1].startswith(
        "4 dòng ghi trước hạn, đúng hạn hoặc quá hạn không khớp với các ngày (danh sách bên"
        " dưới): các dòng này vẫn được nhập, hồ sơ được tính theo các ngày."
    )
    assert preview.notes[-2].startswith("1 dòng có ngày có kết quả nhưng trạng thái là đang")
    done = commune.register_import.apply(path, today=TODAY)
    assert "các dòng này đã được nhập" in done.notes[-1]
    assert commune.register.find("C1").status == "Đã giải quyết"


def test_a_withdrawn_dossier_is_on_time_whatever_the_file_says_of_it(
    commune: Services, tmp_path: Path
) -> None:
    first = _rows("Tình trạng", ["R1", "Hộ tịch", "01/07/2025", "05/07/2025", "08/07/2025", None])
    path = registers.write_rows(tmp_path / "r.xlsx", first)
    commune.register_import.apply(path, today=TODAY)
    commune.register.update(commune.register.find("R1").id, {"status": "Rút hồ sơ"})
    again = _rows(
        "Tình trạng", ["R1", "Hộ tịch", "01/07/2025", "05/07/2025", "08/07/2025", "Quá hạn"]
    )
    path = registers.write_rows(tmp_path / "r2.xlsx", again)
    preview = commune.register_import.preview(path, today=TODAY)
    assert preview.unchanged == 1
    assert [w.reason for w in preview.warnings] == [
        'Cột "Tình trạng" ghi "Quá hạn" nhưng hồ sơ ở trạng thái "Rút hồ sơ": hồ sơ rút hoặc trả'
        " lại được tính là đúng hạn. Hãy xem lại cột này hoặc trạng thái của hồ sơ."
    ]


def test_a_result_column_naming_documents_is_left_out_with_a_note(
    commune: Services, tmp_path: Path
) -> None:
    rows = _rows(
        "Kết quả giải quyết",
        ["D1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Giấy khai sinh số 12"],
        ["D2", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Đang giải quyết"],
        ["D3", "Hộ tịch", "01/07/2025", "05/07/2025", "04/07/2025", "Trích lục số 7"],
    )
    path = registers.write_rows(tmp_path / "d.xlsx", rows)
    preview = commune.register_import.preview(path, today=TODAY)
    assert (preview.new, preview.rejected) == (3, ())
    assert "status" not in preview.layout.columns
    assert (
        'Cột "Kết quả giải quyết" không ghi trạng thái hồ sơ (ví dụ "Giấy khai sinh số 12"): đã'
        " bỏ qua cột này, trạng thái của hồ sơ được xác định theo các ngày." in preview.notes
    )


def test_an_unknown_status_among_known_ones_is_refused_as_before(
    commune: Services, tmp_path: Path
) -> None:
    rows = _rows(
        "Kết quả xử lý",
        ["U1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Đúng hạn"],
        ["U2", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Đang giải quyết trước hạn"],
    )
    path = registers.write_rows(tmp_path / "u.xlsx", rows)
    preview = commune.register_import.preview(path, today=TODAY)
    assert preview.new == 1
    assert [r.row for r in preview.rejected] == [3]
    reason = preview.rejected[0].reason
    assert reason.startswith('Trạng thái hồ sơ không hợp lệ: "Đang giải quyết trước hạn"')


@pytest.mark.parametrize("typed", ["15/07/25", "15-07-25", "15.07.25", "15/7/25 08:30"])
def test_a_two_digit_year_is_read_as_this_century(
    commune: Services, tmp_path: Path, typed: str
) -> None:
    rows = [HEADER, ["Y1", "Hộ tịch", typed, "18/07/2025", None]]
    path = registers.write_rows(tmp_path / "y.xlsx", rows)
    preview = commune.register_import.apply(path, today=TODAY)
    assert (preview.new, preview.rejected) == (1, ())
    assert commune.register.find("Y1").received == date(2025, 7, 15)


#: Due dates of a file, each but the first no date of a register.
DUES = ["15/01/26", "15/07/98", "15/07/27", "31/02/25"]


def test_a_two_digit_year_that_is_no_register_s_year_is_refused(
    commune: Services, tmp_path: Path
) -> None:
    rows = [HEADER]
    rows += [[f"Y{n}", "Hộ tịch", "01/07/2025", due, None] for n, due in enumerate(DUES)]
    path = registers.write_rows(tmp_path / "y.xlsx", rows)
    preview = commune.register_import.preview(path, today=TODAY)
    # Next year's may be a due date; 19yy is never guessed, nor a day not in the calendar.
    assert preview.new == 1
    late = 'Cột "Hẹn trả": "{}" ghi năm bằng hai chữ số; năm hai chữ số được hiểu là 20yy nên '
    late += '"{}" sẽ là năm {}. Hãy ghi năm đủ bốn chữ số (dd/mm/yyyy).'
    assert [r.reason for r in preview.rejected] == [
        late.format("15/07/98", "98", 2098),
        late.format("15/07/27", "27", 2027),
        'Cột "Hẹn trả": "31/02/25" không phải là ngày.',
    ]
