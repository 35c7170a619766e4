"""A register's status column: a status, how the dossier ended against its due date, or both."""

from __future__ import annotations

from datetime import date

import pytest

from egov_desktop.domain.register_status import (
    EARLY,
    LATE,
    ON_TIME,
    WITHIN,
    StatusCell,
    read_status_cell,
    timeliness_warnings,
)
from egov_desktop.errors import ValidationError

TODAY = date(2025, 10, 1)
DUE = date(2025, 7, 5)


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ("Đã trả kết quả", StatusCell("Đã giải quyết")),
        ("Rút hồ sơ", StatusCell("Rút hồ sơ")),
        ("Trước hạn", StatusCell(None, EARLY)),
        ("ĐÚNG HẠN", StatusCell(None, ON_TIME)),
        ("Quá hạn", StatusCell(None, LATE)),
        ("Trễ hạn", StatusCell(None, LATE)),
        ("Trong hạn", StatusCell(None, WITHIN)),
        ("Đã giải quyết đúng hạn", StatusCell("Đã giải quyết", ON_TIME)),
        ("Giải quyết trước hạn", StatusCell("Đã giải quyết", EARLY)),
        ("Đã trả kết quả - quá hạn", StatusCell("Đã giải quyết", LATE)),
        ("Đang xử lý quá hạn", StatusCell("Đang giải quyết", LATE)),
        ("Đang giải quyết (trong hạn)", StatusCell("Đang giải quyết", WITHIN)),
    ],
)
def test_read_status_cell(text: str, cell: StatusCell) -> None:
    assert read_status_cell(text) == cell


@pytest.mark.parametrize(
    "text", ["Đang giải quyết trước hạn", "Rút hồ sơ quá hạn", "Giấy khai sinh", "hạn"]
)
def test_a_cell_neither_status_nor_timeliness_is_refused(text: str) -> None:
    with pytest.raises(ValidationError, match="Trạng thái hồ sơ không hợp lệ"):
        read_status_cell(text)


def test_only_a_result_says_the_dossier_ended() -> None:
    ended = ["Trước hạn", "Đúng hạn", "Đã giải quyết quá hạn", "Đã trả kết quả"]
    assert all(read_status_cell(text).ended for text in ended)
    assert not any(read_status_cell(text).ended for text in ("Quá hạn", "Trong hạn"))


def _warnings(text: str, resolved: date | None, status: str = "Đã giải quyết") -> list[str]:
    cell = read_status_cell(text)
    return timeliness_warnings(
        cell, text, "Kết quả", due=DUE, resolved=resolved, status=status, today=TODAY
    )


@pytest.mark.parametrize(
    ("text", "resolved"),
    [
        ("Trước hạn", date(2025, 7, 4)),
        ("Đúng hạn", DUE),
        ("Quá hạn", date(2025, 7, 6)),
        ("Trong hạn", DUE),
        ("Trong hạn", date(2025, 7, 2)),
        # Pending: "trong hạn" may have been written before the due date passed.
        ("Trong hạn", None),
        ("Quá hạn", None),
    ],
)
def test_a_timeliness_the_dates_bear_out_says_nothing(text: str, resolved: date | None) -> None:
    assert _warnings(text, resolved) == []


@pytest.mark.parametrize(
    ("text", "resolved", "counted"),
    [
        ("Trước hạn", DUE, "đúng hạn"),
        ("Đúng hạn", date(2025, 7, 6), "quá hạn"),
        ("Quá hạn", date(2025, 7, 4), "trước hạn"),
        ("Trong hạn", date(2025, 7, 6), "quá hạn"),
    ],
)
def test_a_timeliness_the_dates_contradict_is_said(text: str, resolved: date, counted: str) -> None:
    assert _warnings(text, resolved) == [
        f'Cột "Kết quả" ghi "{text}" nhưng hồ sơ có ngày có kết quả {resolved:%d/%m/%Y} và ngày'
        f" hẹn trả 05/07/2025: hồ sơ được tính là giải quyết {counted} theo các ngày. Hãy xem"
        " lại cột này hoặc các ngày."
    ]


def test_overdue_before_the_due_date_is_said() -> None:
    cell = read_status_cell("Quá hạn")
    said = timeliness_warnings(
        cell, "Quá hạn", "Kết quả", due=TODAY, resolved=None, status="Đang giải quyết", today=TODAY
    )
    assert len(said) == 1 and "ngày hẹn trả (01/10/2025) chưa qua" in said[0]


def test_a_withdrawn_dossier_counts_on_time() -> None:
    assert _warnings("Đúng hạn", date(2025, 7, 9), status="Rút hồ sơ") == []
    assert "được tính là đúng hạn" in _warnings("Quá hạn", date(2025, 7, 9), status="Rút hồ sơ")[0]
