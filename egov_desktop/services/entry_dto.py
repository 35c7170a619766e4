"""Frozen data of report entry, handed to the GUI and the CLI (no ORM object leaves services)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

STATUS_EMPTY = "empty"
STATUS_IN_PROGRESS = "in_progress"
STATUS_DONE = "done"
STATUSES = (STATUS_EMPTY, STATUS_IN_PROGRESS, STATUS_DONE)
#: Vietnamese names of the statuses, the same on screen and in the CLI.
STATUS_LABELS = {
    STATUS_EMPTY: "chưa nhập",
    STATUS_IN_PROGRESS: "đang nhập",
    STATUS_DONE: "hoàn thành",
}

SOURCE_TYPED = "typed"
SOURCE_PASTED = "pasted"
SOURCE_COMPUTED = "computed"
SOURCE_IMPORTED = "imported"
SOURCES = (SOURCE_TYPED, SOURCE_PASTED, SOURCE_COMPUTED, SOURCE_IMPORTED)
#: Figures an office imported from a package name the package: "package:<unit code>:v<version>".
SOURCE_PACKAGE = "package"


#: How an office's sheet marks a unit's figures it did not get in a package (UnitTotals.entered).
ENTERED_TYPED = "typed"
ENTERED_IMPORTED = "imported"


def entered_kind(sources: set[str]) -> str | None:
    """ENTERED_TYPED, ENTERED_IMPORTED or None for figures stored with `sources`."""
    if sources & {SOURCE_TYPED, SOURCE_PASTED}:
        return ENTERED_TYPED
    if SOURCE_IMPORTED in sources:
        return ENTERED_IMPORTED
    return None


def package_source(unit_code: str, version: int) -> str:
    """The source of a figure that came in version `version` of a unit's package."""
    return f"{SOURCE_PACKAGE}:{unit_code}:v{version}"


def package_version(source: str) -> tuple[str, int] | None:
    """(unit code, version) of a package source; None for any other source."""
    kind, _, rest = source.partition(":")
    code, _, version = rest.rpartition(":v")
    if kind != SOURCE_PACKAGE or not code or not version.isdigit():
        return None
    return code, int(version)


@dataclass(frozen=True)
class UnitRef:
    """A unit whose report an office types: its code, name and catalogue, and how it is named."""

    code: str
    name: str
    catalog: str
    #: "Phường Giảng Võ (00025)"; an old commune "Phường Trúc Bạch (mã cũ 00004)".
    label: str
    #: An old commune at a province office (a period before 1 July 2025): its figures are
    #: summed into the 2025 commune that took it over.
    old: bool = False


@dataclass(frozen=True)
class HeaderCell:
    """A header cell: row 0..header_rows-1, column = 0-based index into FormInfo.columns."""

    row: int
    column: int
    row_span: int
    col_span: int
    text: str


@dataclass(frozen=True)
class ColumnInfo:
    """A printed column; kind is "seq" (TT), "label" (row name) or "int" (an editable figure)."""

    number: int
    title: str
    path: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class FormInfo:
    """A report form: its columns and merged header, as the data file describes it."""

    code: str
    title: str
    row_kind: str
    period_kind: str
    columns: tuple[ColumnInfo, ...]
    header_rows: int
    header: tuple[HeaderCell, ...]
    #: The form has a carry-over rule: a column is taken from the previous period's figures.
    carries_over: bool = False

    @property
    def data_columns(self) -> tuple[int, ...]:
        """Numbers of the editable figure columns."""
        return tuple(c.number for c in self.columns if c.kind == "int")


@dataclass(frozen=True)
class SectorInfo:
    """A sector of the unit's list; position counts from 1."""

    id: int
    name: str
    position: int
    hidden: bool


@dataclass(frozen=True)
class Problem:
    """A broken identity; sector None for one of the total row, or of the whole report.

    `whole_report`: about the report as a whole rather than the total row's figures (e.g.
    column (6) that cannot be compared with the previous period); shown as "Cả biểu", not
    "Tổng số".
    """

    severity: str
    code: str
    sector: str | None
    sector_id: int | None
    columns: tuple[int, ...]
    message: str
    whole_report: bool = False
    #: The command doing what `message` says to do, printed by the CLI only (messages.py).
    cli_hint: str = ""


@dataclass(frozen=True)
class GridRow:
    """One row of the entry grid: figures by column number (None = empty) and their sources."""

    sector_id: int
    sector: str
    values: dict[int, int | None]
    sources: dict[int, str]


@dataclass(frozen=True)
class EntryGrid:
    """Everything the entry screen shows for one report."""

    form: FormInfo
    period_code: str
    mode: str
    start: date
    end: date
    window_text: str
    period_label: str
    rows: tuple[GridRow, ...]
    #: Column sums; None for a column the period leaves empty (see `closed`).
    total: dict[int, int | None]
    problems: tuple[Problem, ...]
    status: str
    note: str
    #: The package version that sent the report while it stays locked; None when editable.
    locked_version: int | None = None
    #: Columns the period leaves empty and refuses figures in ("Cấp huyện" after the 2025
    #: reform), with why, in Vietnamese.
    closed: dict[int, str] = field(default_factory=dict)
    #: The period mode the stored figures were counted in; None when none is stored. Another
    #: one than `mode` only when the user chose to enter them again in `mode` (adopt_mode).
    counted_mode: str | None = None


@dataclass(frozen=True)
class UnitTotals:
    """One unit's column totals of a report, as an aggregating office sees it."""

    code: str
    name: str
    level: str
    values: dict[int, int]
    #: Pre-reform communes whose figures are summed into this 2025 commune ("code name", and
    #: "(một phần)" for an old commune split across several new ones).
    lineage: tuple[str, ...] = ()
    #: Figures not from the unit's packages: ENTERED_TYPED (the office typed or pasted some),
    #: else ENTERED_IMPORTED (read from the unit's filled Excel file); None: packages only.
    entered: str | None = None


@dataclass(frozen=True)
class SectorTotals:
    """One sector's column totals over the subordinate units of an office."""

    name: str
    values: dict[int, int]


@dataclass(frozen=True)
class CellChange:
    """A cell that really changed; undo is set_values with `old`."""

    sector_id: int
    column: int
    old: int | None
    new: int | None


@dataclass(frozen=True)
class TodoItem:
    """A report to file: its status and deadline; days_left < 0 means overdue."""

    form: str
    form_title: str
    period_code: str
    period_label: str
    status: str
    deadline: date
    days_left: int
    #: At an aggregating office: units that have reported, of the units expected to.
    reported: int | None = None
    expected: int | None = None
