"""Report forms as data: columns, header hierarchy, identities, deadline rule (resources/forms)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

KIND_SEQ = "seq"
KIND_LABEL = "label"
KIND_INT = "int"
COLUMN_KINDS = (KIND_SEQ, KIND_LABEL, KIND_INT)

ROWS_SECTORS = "sectors"
ROWS_UNITS = "units"
ROWS_INDICATORS = "indicators"
ROW_KINDS = (ROWS_SECTORS, ROWS_UNITS, ROWS_INDICATORS)

SEVERITY_ERROR = "error"
SEVERITY_WARNING = "warning"
SEVERITIES = (SEVERITY_ERROR, SEVERITY_WARNING)

#: left = sum(right) on the same row.
CHECK_SUM = "sum"
#: left <= sum(right) on the same row.
CHECK_AT_MOST = "at_most"
#: left of this period = right of the previous period of the same kind (and the pre-fill rule).
CHECK_CARRY_OVER = "carry_over"
CHECK_KINDS = (CHECK_SUM, CHECK_AT_MOST, CHECK_CARRY_OVER)

SCOPE_ROWS = "rows"
SCOPE_TOTAL = "total"

PERIOD_KINDS = ("M", "Q", "H", "9M", "Y")

#: Longest deadline a unit may set, in days after the period's end.
DEADLINE_LIMIT = 365

#: Placeholders a message template may use.
_TEMPLATE_FIELDS = {"left": "1", "right": "2", "difference": "1", "previous": "Quý I năm 2025"}


@dataclass(frozen=True)
class Column:
    """One printed column: its number, short title, header path from the top, and kind."""

    number: int
    title: str
    path: tuple[str, ...]
    kind: str
    #: Periods starting on or after this day leave the column empty (a level of government
    #: abolished: the "Cấp huyện" columns from 1 July 2025); None: always in use.
    closed_from: date | None = None
    #: Why, in Vietnamese, for the message that refuses a figure there.
    closed_reason: str = ""

    def closed_for(self, start: date) -> bool:
        """True when a period starting on `start` leaves this column empty."""
        return self.closed_from is not None and start >= self.closed_from


@dataclass(frozen=True)
class HeaderCell:
    """A header cell: 0-based grid row and column index (into Form.columns) with its spans."""

    row: int
    column: int
    row_span: int
    col_span: int
    text: str


@dataclass(frozen=True)
class Identity:
    """An arithmetic rule between columns, with its severity and Vietnamese message template."""

    code: str
    check: str
    left: int
    right: tuple[int, ...]
    severity: str
    message: str
    scope: str = SCOPE_ROWS


@dataclass(frozen=True)
class FixedRow:
    """A row defined by the form itself (row kind "indicators")."""

    key: str
    title: str


@dataclass(frozen=True)
class Form:
    """A report form as read from its data file."""

    code: str
    title: str
    symbol: str
    row_kind: str
    period_kind: str
    columns: tuple[Column, ...]
    identities: tuple[Identity, ...]
    deadline_days: int
    total_label: str = "Tổng số"
    unit_note: str = ""
    rows: tuple[FixedRow, ...] = field(default=())

    @property
    def data_columns(self) -> tuple[int, ...]:
        """Numbers of the columns that hold figures."""
        return tuple(c.number for c in self.columns if c.kind == KIND_INT)

    @property
    def header_rows(self) -> int:
        return max(len(c.path) for c in self.columns)

    @property
    def header(self) -> tuple[HeaderCell, ...]:
        return header_cells(self.columns)

    def column(self, number: int) -> Column | None:
        """The column numbered `number`, or None."""
        return next((c for c in self.columns if c.number == number), None)

    def closed_columns(self, start: date) -> frozenset[int]:
        """Figure columns a period starting on `start` leaves empty (not zero)."""
        return frozenset(c.number for c in self.columns if c.closed_for(start))

    @property
    def carry_over(self) -> Identity | None:
        """The carry-over rule, whose left column is pre-filled from the previous period."""
        return next((i for i in self.identities if i.check == CHECK_CARRY_OVER), None)


def header_cells(columns: Sequence[Column]) -> tuple[HeaderCell, ...]:
    """The merged header grid: neighbours sharing a path prefix share a cell; leaves span down."""
    depth = max(len(c.path) for c in columns)
    cells: list[HeaderCell] = []
    for level in range(depth):
        index = 0
        while index < len(columns):
            path = columns[index].path
            if len(path) <= level:
                index += 1
                continue
            leaf = len(path) == level + 1
            span = 1
            if not leaf:
                prefix = path[: level + 1]
                while (
                    index + span < len(columns)
                    and len(columns[index + span].path) > level + 1
                    and columns[index + span].path[: level + 1] == prefix
                ):
                    span += 1
            row_span = depth - level if leaf else 1
            cells.append(HeaderCell(level, index, row_span, span, path[level]))
            index += span
    return tuple(sorted(cells, key=lambda c: (c.row, c.column)))


def _int_tuple(value: Any, what: str) -> tuple[int, ...]:
    if isinstance(value, int):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, int) for v in value):
        return tuple(value)
    raise ValueError(f"{what}: expected a column number or a list of them")


def _columns(items: Sequence[Mapping[str, Any]], code: str) -> tuple[Column, ...]:
    columns = []
    for item in items:
        path = tuple(str(p) for p in item["path"])
        kind = str(item.get("kind", KIND_INT))
        if not path or kind not in COLUMN_KINDS:
            raise ValueError(f"form {code}: column {item.get('number')} has no path or a bad kind")
        closed_from = item.get("closed_from")
        if closed_from is not None and (
            not isinstance(closed_from, date) or isinstance(closed_from, datetime)
        ):
            raise ValueError(f"form {code}: column {item.get('number')}: closed_from is a date")
        if closed_from is not None and kind != KIND_INT:
            raise ValueError(f"form {code}: column {item.get('number')}: only figures close")
        columns.append(
            Column(
                int(item["number"]),
                str(item.get("title", path[-1])),
                path,
                kind,
                closed_from,
                str(item.get("closed_reason", "")),
            )
        )
    numbers = [c.number for c in columns]
    if numbers != sorted(set(numbers)):
        raise ValueError(f"form {code}: column numbers must be unique and increasing")
    return tuple(columns)


def _identities(
    items: Sequence[Mapping[str, Any]], code: str, data: tuple[int, ...]
) -> tuple[Identity, ...]:
    identities = []
    for item in items:
        identity = Identity(
            code=str(item["code"]),
            check=str(item.get("check", CHECK_SUM)),
            left=int(item["left"]),
            right=_int_tuple(item["right"], f"form {code} identity {item['code']}"),
            severity=str(item.get("severity", SEVERITY_ERROR)),
            message=str(item["message"]),
            scope=str(item.get("scope", SCOPE_ROWS)),
        )
        where = f"form {code} identity {identity.code}"
        if identity.check not in CHECK_KINDS or identity.severity not in SEVERITIES:
            raise ValueError(f"{where}: unknown check or severity")
        if identity.scope not in (SCOPE_ROWS, SCOPE_TOTAL):
            raise ValueError(f"{where}: unknown scope {identity.scope!r}")
        if any(n not in data for n in (identity.left, *identity.right)):
            raise ValueError(f"{where}: refers to a column that holds no figures")
        try:
            identity.message.format(**_TEMPLATE_FIELDS)
        except (KeyError, IndexError, ValueError) as error:
            raise ValueError(f"{where}: bad message template ({error})") from error
        identities.append(identity)
    if sum(i.check == CHECK_CARRY_OVER for i in identities) > 1:
        raise ValueError(f"form {code}: at most one carry-over rule")
    return tuple(identities)


def parse_form(data: Mapping[str, Any]) -> Form:
    """A form from its parsed TOML data; ValueError when the data file is malformed."""
    code = str(data["code"])
    row_kind = str(data.get("row_kind", ROWS_SECTORS))
    period_kind = str(data.get("period_kind", "Q"))
    if row_kind not in ROW_KINDS:
        raise ValueError(f"form {code}: unknown row kind {row_kind!r}")
    if period_kind not in PERIOD_KINDS:
        raise ValueError(f"form {code}: unknown period kind {period_kind!r}")
    columns = _columns(data.get("column", []), code)
    kinds = [c.kind for c in columns]
    if kinds.count(KIND_LABEL) != 1 or KIND_INT not in kinds:
        raise ValueError(f"form {code}: needs one label column and at least one figure column")
    data_columns = tuple(c.number for c in columns if c.kind == KIND_INT)
    rows = tuple(FixedRow(str(r["key"]), str(r["title"])) for r in data.get("row", []))
    if (row_kind == ROWS_INDICATORS) != bool(rows):
        raise ValueError(f"form {code}: fixed rows go with row kind {ROWS_INDICATORS!r} only")
    deadline = int(data.get("deadline_days_after_period_end", 0))
    if deadline < 0:
        raise ValueError(f"form {code}: negative deadline")
    return Form(
        code=code,
        title=str(data["title"]),
        symbol=str(data.get("symbol", f"Biểu số {code}")),
        row_kind=row_kind,
        period_kind=period_kind,
        columns=columns,
        identities=_identities(data.get("identity", []), code, data_columns),
        deadline_days=deadline,
        total_label=str(data.get("total_label", "Tổng số")),
        unit_note=str(data.get("unit_note", "")),
        rows=rows,
    )


def deadline_days(form: Form, override: str | None) -> int:
    """Days after the period's end a report is due: the unit's override if sane, else the form's."""
    text = (override or "").strip()
    if text.isascii() and text.isdigit() and int(text) <= DEADLINE_LIMIT:
        return int(text)
    return form.deadline_days
