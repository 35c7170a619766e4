"""Figures of a report: what a cell accepts, the carry-over pre-fill and the identities."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from egov_desktop.domain import messages
from egov_desktop.domain.forms import (
    CHECK_AT_MOST,
    CHECK_CARRY_OVER,
    CHECK_SUM,
    SCOPE_TOTAL,
    SEVERITY_ERROR,
    Form,
    Identity,
)
from egov_desktop.domain.periods import Period
from egov_desktop.domain.text import INVISIBLE, clean_text
from egov_desktop.errors import ValidationError

#: Largest figure a cell accepts; anything above is a typing slip, not a count of dossiers.
MAX_VALUE = 1_000_000

#: Longest note kept with a report's status (why it was completed with warnings left).
NOTE_LIMIT = 500

#: Source of a figure the application worked out itself (the carry-over pre-fill).
SOURCE_COMPUTED = "computed"

Values = Mapping[int, int | None]

# Vietnamese writes thousands with "." (or a space); "," is the decimal comma.
_PLAIN = re.compile(r"^[0-9]+$")
# Thousands grouped by "." or " " ("1.234"); never after a leading 0: "0.500" is half a unit
# written the English way, not five hundred.
_GROUPED = re.compile(r"^[1-9][0-9]{0,2}(?:([. ])[0-9]{3})(?:\1[0-9]{3})*$")
_DECIMAL = re.compile(r"^[0-9]*[.,][0-9]+$|^[0-9]+[.,][0-9]*$")
# Thousands grouped by "," as English writes them ("1,000", an Excel of another locale): one
# thousand there, one here. Refused, never guessed, but not called a decimal either.
_COMMA_GROUPED = re.compile(r"^[1-9][0-9]{0,2}(?:,[0-9]{3})+$")
_MINUS = "-\u2212\u2013"
_SPACES = {0x00A0: " ", 0x202F: " ", 0x2009: " ", 0x3000: " "}
# Full-width digits and marks (an East Asian input method, text copied from its documents) are
# the ASCII ones drawn wider: "１２" is 12. Digits of other scripts stay refused.
_FULL_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_AS_TYPED = str.maketrans({**_SPACES, **_FULL_WIDTH, **INVISIBLE})


@dataclass(frozen=True)
class Finding:
    """A broken identity: on row `row` (None: the total row), between `columns`.

    `whole_report`: the finding is about the report as a whole, not about a row's or the
    total row's figures (e.g. a column that cannot be compared with the previous period at
    all); `row` is then None.
    """

    severity: str
    code: str
    row: int | None
    columns: tuple[int, ...]
    message: str
    whole_report: bool = False


#: Swaps Python's grouping and decimal marks for the Vietnamese ones.
_VIETNAMESE_MARKS = str.maketrans(",.", ".,")


def format_number(value: int | float) -> str:
    """A figure as printed on screen: "." between thousands, "," before decimals (1.234,5)."""
    return f"{value:,}".translate(_VIETNAMESE_MARKS)


def check_value(value: int | None, text: str | None = None) -> int | None:
    """Refuse negatives and absurd figures; `text` is what the user typed, for the message."""
    if value is None:
        return None
    shown = text if text is not None else str(value)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(messages.VALUE_NOT_INTEGER.format(text=shown))
    if value < 0:
        raise ValidationError(messages.VALUE_NEGATIVE.format(text=shown))
    if value > MAX_VALUE:
        raise ValidationError(
            messages.VALUE_TOO_LARGE.format(text=shown, limit=format_number(MAX_VALUE))
        )
    return value


def check_column(form: Form, column: int) -> None:
    """Refuse a column that holds no figures (TT, the row name, or no such column)."""
    if column not in form.data_columns:
        raise ValidationError(
            messages.UNKNOWN_COLUMN.format(
                form=form.code,
                column=column,
                columns=", ".join(str(n) for n in form.data_columns),
            )
        )


def parse_value(text: str) -> int | None:
    """A cell as typed: "" is empty; "1.234", "1 234" and "１．２３４" are 1234; else refused.

    "1,5" is refused as a decimal, "1,234" as thousands grouped the English way.
    """
    raw = text.translate(_AS_TYPED).strip()
    if not raw:
        return None
    if raw[0] in _MINUS:
        body = raw[1:].strip()
        if any(p.match(body) for p in (_PLAIN, _GROUPED, _COMMA_GROUPED, _DECIMAL)):
            raise ValidationError(messages.VALUE_NEGATIVE.format(text=text.strip()))
        raise ValidationError(messages.VALUE_NOT_INTEGER.format(text=text.strip()))
    if _PLAIN.match(raw):
        return check_value(int(raw), text.strip())
    if _GROUPED.match(raw):
        return check_value(int(re.sub(r"[. ]", "", raw)), text.strip())
    if _COMMA_GROUPED.match(raw):
        raise ValidationError(messages.VALUE_COMMA_THOUSANDS.format(text=text.strip()))
    if _DECIMAL.match(raw):
        raise ValidationError(messages.VALUE_DECIMAL.format(text=text.strip()))
    raise ValidationError(messages.VALUE_NOT_INTEGER.format(text=text.strip()))


def previous_period(period: Period) -> Period | None:
    """The period of the same kind right before `period`; None for 9M and custom ranges."""
    year, number = period.year, period.number
    per_year = {"M": 12, "Q": 4, "H": 2}
    if period.kind in per_year:
        if number == 1:
            return Period(year - 1, period.kind, per_year[period.kind])
        return Period(year, period.kind, number - 1)
    if period.kind == "Y":
        return Period(year - 1, "Y")
    return None


def _message(identity: Identity, left: int, right: int, previous: str) -> str:
    return identity.message.format(
        left=format_number(left),
        right=format_number(right),
        difference=format_number(abs(left - right)),
        previous=previous,
    )


def _broken(identity: Identity, left: int, right: int) -> bool:
    if identity.check == CHECK_AT_MOST:
        return left > right
    return left != right


def _total(form: Form, rows: Sequence[tuple[int, Values]]) -> dict[int, int]:
    return {n: sum(values.get(n) or 0 for _, values in rows) for n in form.data_columns}


def check(
    form: Form,
    rows: Sequence[tuple[int, Values]],
    *,
    previous: Mapping[int, Values] | None = None,
    previous_label: str = "",
) -> list[Finding]:
    """Broken identities, row by row in the given order, then those of the total row.

    Empty cells count as 0; a row whose cells are all empty is not checked. The carry-over
    rule is checked only when `previous` holds the previous period's rows (None: no data).
    """
    findings: list[Finding] = []
    for row_id, values in rows:
        if all(values.get(n) is None for n in form.data_columns):
            continue
        for identity in form.identities:
            if identity.scope == SCOPE_TOTAL:
                continue
            left = values.get(identity.left) or 0
            if identity.check == CHECK_CARRY_OVER:
                if previous is None:
                    continue
                before = previous.get(row_id, {})
                right = sum(before.get(n) or 0 for n in identity.right)
            else:
                right = sum(values.get(n) or 0 for n in identity.right)
            if _broken(identity, left, right):
                findings.append(_finding(identity, row_id, left, right, previous_label))
    total = _total(form, rows)
    for identity in form.identities:
        if identity.scope != SCOPE_TOTAL or identity.check not in (CHECK_SUM, CHECK_AT_MOST):
            continue
        left, right = total[identity.left], sum(total[n] for n in identity.right)
        if _broken(identity, left, right):
            findings.append(_finding(identity, None, left, right, previous_label))
    return findings


def _finding(identity: Identity, row: int | None, left: int, right: int, label: str) -> Finding:
    return Finding(
        severity=identity.severity,
        code=identity.code,
        row=row,
        columns=(identity.left, *identity.right),
        message=_message(identity, left, right, label),
    )


@dataclass(frozen=True)
class SheetRow:
    """A row of a report: its id, storage key, name, and whether the unit hides it."""

    id: int
    key: str
    name: str
    hidden: bool = False


@dataclass
class Sheet:
    """One report's figures as shown: stored cells, then the carry-over of the previous period.

    `stored` maps (row key, column) to (figure, source); `previous` maps a row key to the
    previous period's stored figures, or is None when that period holds no figure at all.
    `closed` are the columns the period leaves empty (`Form.closed_columns`): they show
    nothing, whatever is stored, and their total is empty too, not 0. `not_carried`: why the
    previous period's figures are not carried over (counted over a window that does not abut
    this one's; `previous` is then None): the carry-over check says it instead of comparing.
    """

    form: Form
    period: Period
    rows: Sequence[SheetRow]
    stored: Mapping[tuple[str, int], tuple[int, str]]
    previous: Mapping[str, Values] | None
    computed: dict[tuple[str, int], int] = field(default_factory=dict)
    closed: frozenset[int] = frozenset()
    not_carried: str = ""

    def __post_init__(self) -> None:
        carry = self.form.carry_over
        if carry is None or self.previous is None or carry.left in self.closed:
            return
        for row in self.rows:
            before = [self.previous.get(row.key, {}).get(n) for n in carry.right]
            if (row.key, carry.left) not in self.stored and any(v is not None for v in before):
                self.computed[(row.key, carry.left)] = sum(v or 0 for v in before)

    def cell(self, row: SheetRow, column: int) -> tuple[int | None, str]:
        """The figure shown in a cell and its source ("" for an empty cell)."""
        if column in self.closed:
            return None, ""
        if (row.key, column) in self.stored:
            return self.stored[(row.key, column)]
        if (row.key, column) in self.computed:
            return self.computed[(row.key, column)], SOURCE_COMPUTED
        return None, ""

    def values(self, row: SheetRow) -> dict[int, int | None]:
        return {n: self.cell(row, n)[0] for n in self.form.data_columns}

    def shown(self) -> list[SheetRow]:
        """Visible rows, and hidden rows that hold figures (they still count in the total)."""
        return [
            row
            for row in self.rows
            if not row.hidden or any(v is not None for v in self.values(row).values())
        ]

    def is_empty(self) -> bool:
        """Not a single figure shown, stored or carried over."""
        return not any(v is not None for r in self.shown() for v in self.values(r).values())

    def total(self) -> dict[int, int | None]:
        """The total row: always the column-wise sum of the rows (I6), never stored.

        A closed column's total is empty (None), like its cells.
        """
        sums = _total(self.form, [(r.id, self.values(r)) for r in self.shown()])
        return {n: None if n in self.closed else value for n, value in sums.items()}

    def findings(self) -> list[Finding]:
        rows = self.shown()
        previous = None
        if self.previous is not None:
            previous = {r.id: self.previous.get(r.key, {}) for r in rows}
        before = previous_period(self.period)
        values = [(r.id, self.values(r)) for r in rows]
        findings = check(
            self.form,
            values,
            previous=previous,
            previous_label=before.in_sentence if before is not None else "",
        )
        carry = self.form.carry_over
        filled = any(v is not None for _id, row in values for v in row.values())
        if self.not_carried and carry is not None and carry.left not in self.closed and filled:
            findings.append(
                Finding(
                    carry.severity,
                    carry.code,
                    None,
                    (carry.left, *carry.right),
                    self.not_carried,
                    whole_report=True,
                )
            )
        return findings


def clean_note(note: str) -> str:
    """A report's note as stored: cleaned text, refused when longer than NOTE_LIMIT.

    The note dialog checks it before closing, so that a note too long stays to be shortened.
    """
    text = clean_text(note)
    if len(text) > NOTE_LIMIT:
        raise ValidationError(messages.NAME_TOO_LONG.format(field="Ghi chú", limit=NOTE_LIMIT))
    return text


def completion_refusal(sheet: Sheet, note: str, warnings: Sequence[str] = ()) -> str | None:
    """Why the report cannot be marked done: an error remains, or warnings without a note.

    `warnings`: found outside the sheet (the register now counts the stored figures
    otherwise); they need a note as the sheet's own warnings do.
    """
    findings = sheet.findings()
    names = {row.id: row.name for row in sheet.rows}
    errors = [f for f in findings if f.severity == SEVERITY_ERROR]
    if errors:
        first = errors[0]
        where = f' ở dòng "{names[first.row]}"' if first.row is not None else ""
        return messages.DONE_HAS_ERRORS.format(where=where, message=first.message)
    said = [f.message for f in findings] + list(warnings)
    if said and not note.strip():
        return messages.DONE_NEEDS_NOTE.format(count=len(said), message=said[0])
    if not note.strip() and sheet.is_empty():
        # A unit may have had no dossier at all; a report left empty by mistake must not be
        # sent as "hoàn thành" without anyone saying so.
        return messages.DONE_EMPTY_NEEDS_NOTE
    return None
