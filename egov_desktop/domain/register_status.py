"""What a register's status column says, read against the dossier's dates (domain.md §5.2, §5.4).

Registers head it "Trạng thái", "Tình trạng", "Kết quả xử lý" or "Kết quả giải quyết", and
write in it either one of the six statuses ("Đã trả kết quả", "Rút hồ sơ" …) or how the
dossier was resolved against its due date, as the Phiếu kiểm soát does ("Trước hạn", "Đúng
hạn", "Quá hạn"), alone or after a status ("Đã giải quyết đúng hạn", "Đang xử lý quá hạn").

The counting reads the dates: the status counts only for "Rút hồ sơ", "Trả lại" and "Chờ bổ
sung" (§5.2), and columns 8–10 come from the end date against the due date (§5.4). So:

- a status is read as the register's status, as typed in the dossier form;
- "Trước hạn" and "Đúng hạn" say the dossier has ended: with no end date, it is "Đã giải
  quyết" and flagged for its missing date (domain `missing_dates`), not counted pending quietly;
- "Quá hạn" and "Trong hạn" alone say nothing sure: a resolved dossier's result, or a pending
  dossier's state on the day it was written. Its dates decide its status;
- a timeliness its dates contradict is kept out of the counting and pointed out
  (`timeliness_warnings`): the dates are what the report counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from egov_desktop.domain import messages
from egov_desktop.domain.counting import COL_EARLY, COL_LATE, COL_ON_TIME, resolved_column
from egov_desktop.domain.dossiers import (
    CLOSED_WITHOUT_DECISION,
    STATUS_IN_PROGRESS,
    STATUS_RESOLVED,
    format_day,
    parse_status,
)
from egov_desktop.domain.text import fold
from egov_desktop.errors import ValidationError

EARLY = "early"
ON_TIME = "on_time"
LATE = "late"
#: Early or on time: "trong hạn" said of a result.
WITHIN = "within"

#: Folded wordings of each timeliness, found at the end of a cell.
_TIMELINESS = {
    "truoc han": EARLY,
    "som han": EARLY,
    "truoc thoi han": EARLY,
    "dung han": ON_TIME,
    "dung thoi han": ON_TIME,
    "qua han": LATE,
    "tre han": LATE,
    "qua thoi han": LATE,
    "trong han": WITHIN,
    "trong thoi han": WITHIN,
}
#: Folded wordings before a timeliness that say the dossier has a result; the six statuses'
#: own spellings are read by `parse_status`.
_RESOLVED_WORDS = frozenset({"giai quyet", "xu ly", "tra ket qua", "co ket qua", "hoan thanh"})
#: The timeliness of each of II.06a's columns 8–10.
_BY_COLUMN = {COL_EARLY: EARLY, COL_ON_TIME: ON_TIME, COL_LATE: LATE}
#: How messages name each timeliness.
_LABELS = {EARLY: "trước hạn", ON_TIME: "đúng hạn", LATE: "quá hạn"}


@dataclass(frozen=True)
class StatusCell:
    """A status cell read: the status it names (None: by the dates), and any timeliness."""

    status: str | None
    timeliness: str | None = None

    @property
    def ended(self) -> bool:
        """Whether the cell says the dossier has a result (a status or "trước/đúng hạn")."""
        return self.status == STATUS_RESOLVED or self.timeliness in (EARLY, ON_TIME)


def read_status_cell(text: str) -> StatusCell:
    """What a status column's cell says (this module's docstring).

    Raises:
        ValidationError: for a text that is neither a status nor a timeliness.
    """
    try:
        return StatusCell(parse_status(text))
    except ValidationError as error:
        refusal = error
    words = " ".join(re.sub(r"[^0-9a-z]+", " ", fold(text)).split())
    for wording, timeliness in _TIMELINESS.items():
        if words != wording and not words.endswith(" " + wording):
            continue
        before = words[: -len(wording)].strip()
        if not before:
            return StatusCell(None, timeliness)
        if before in _RESOLVED_WORDS:
            return StatusCell(STATUS_RESOLVED, timeliness)
        try:
            status = parse_status(before)
        except ValidationError:
            break
        pending = status == STATUS_IN_PROGRESS and timeliness in (LATE, WITHIN)
        if status == STATUS_RESOLVED or pending:
            return StatusCell(status, timeliness)
        break
    raise refusal


def counted_timeliness(*, due: date | None, resolved: date | None, status: str) -> str | None:
    """How a resolved dossier is counted in columns 8–10 (§5.4); None when not resolved."""
    if resolved is None or due is None:
        return None
    closed = status in CLOSED_WITHOUT_DECISION
    return _BY_COLUMN[resolved_column(resolved, due, closed_without_decision=closed)]


def timeliness_warnings(
    cell: StatusCell,
    text: str,
    column: str,
    *,
    due: date | None,
    resolved: date | None,
    status: str,
    today: date,
) -> list[str]:
    """What the timeliness `text` of `cell` (in `column`) says against the dates, as messages.

    `status` is the status stored. A pending dossier's "Trong hạn" is not checked: it may
    have been written before the due date passed. A pending "Quá hạn" whose due date has not
    passed `today` contradicts its dates whichever way it is read.
    """
    if cell.timeliness is None:
        return []
    if resolved is None:
        if cell.timeliness == LATE and due is not None and due >= today:
            return [
                messages.STATUS_LATE_BEFORE_DUE.format(
                    column=column, value=text, due=format_day(due)
                )
            ]
        return []
    if cell.status == STATUS_IN_PROGRESS:
        return []  # said by `status_warnings`: an open status with an end date
    counted = counted_timeliness(due=due, resolved=resolved, status=status)
    if counted is None or counted == cell.timeliness:
        return []
    if cell.timeliness == WITHIN and counted != LATE:
        return []
    if status in CLOSED_WITHOUT_DECISION:
        return [messages.STATUS_TIMELINESS_CLOSED.format(column=column, value=text, status=status)]
    assert due is not None  # counted_timeliness needs it
    return [
        messages.STATUS_TIMELINESS_AGAINST_DATES.format(
            column=column,
            value=text,
            counted=_LABELS[counted],
            resolved=format_day(resolved),
            due=format_day(due),
        )
    ]
