"""What the services hand to the export engine: plain report data, no ORM rows, no cell addresses.

Values are keyed by the form's column numbers as strings ("3" … "13"); the template's mapping
file turns them into sheet columns, so a new template version never changes this model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

#: One cell of a report: numbers stay numbers, dates become dd/mm/yyyy cells, None is blank.
CellValue = int | float | date | str | None

#: The fixed cells a mapping may name; each maps to one text in `ReportData.fixed`.
FIXED_FIELDS = (
    "unit_name",
    "agency_name",
    "parent_agency",
    "period_label",
    "window",
    "place_date",
    "officer",
    "head",
    "reporting_unit",
    "receiving_unit",
    # A line under the period, e.g. the sector of a Sổ theo dõi hồ sơ.
    "subtitle",
)

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)
# Characters Windows refuses in file names, plus the ".." of custom period codes.
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]|\.\.')


@dataclass(frozen=True)
class CellStyle:
    """How one value prints beyond its template cell's own style.

    Numbers stay numbers (domain.md §8): a number that must read "100%" or "≥ 100" gets a
    number format, never a text. The openpyxl writer applies it; the XML-patch writer (for
    templates it must not restyle) keeps the template cell's style and writes the value alone.
    """

    #: Excel number format, e.g. '0"%"' or '"≥ "0'; None keeps the template's.
    number_format: str | None = None
    #: Centred and wrapped in its cell (the row grows to fit), e.g. "không áp dụng" in a
    #: narrow column of figures.
    centred: bool = False
    #: How the formatted value reads ("100%", "≥ 100"), for a screen that shows the table
    #: without the spreadsheet's formats; None when the value reads as it is.
    text: str | None = None


@dataclass(frozen=True)
class TableRow:
    """One table row: a sector, a unit, an indicator or a dossier, with its figures."""

    key: str
    label: str
    values: dict[str, CellValue] = field(default_factory=dict)
    group: str | None = None
    #: Column key → how that value prints, where it differs from the template's cell.
    styles: dict[str, CellStyle] = field(default_factory=dict)


@dataclass(frozen=True)
class RowGroup:
    """A section of the aggregated form ("I. Xã, phường"): rows whose `group` equals `key`."""

    key: str
    label: str


@dataclass(frozen=True)
class ReportData:
    """A filled report ready to be written into any template of `form_code`.

    `total` None means "sum the rows" (identity I6 of II.06a); services that already hold the
    total pass it so the sheet shows exactly the figure they validated (None in it: an empty
    cell, for a column the period leaves empty).
    """

    form_code: str
    fixed: dict[str, str]
    rows: list[TableRow]
    total: dict[str, int | float | None] | None = None
    groups: list[RowGroup] | None = None


def roman(number: int) -> str:
    """Roman numeral for section rows: 1 -> "I", 4 -> "IV"."""
    if number < 1:
        raise ValueError(f"no Roman numeral for {number}")
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def place_date_line(place: str, day: date) -> str:
    """NĐ 30/2020 place-and-date line: "Hà Nội, ngày 05 tháng 01 năm 2026".

    The decree pads days below 10 and the months 1 and 2 (so "tháng 02" but "tháng 3"), which
    keeps "tháng 1" from being read as the start of "tháng 10" to "tháng 12".
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def output_file_name(form_code: str, unit_code: str, period_code: str) -> str:
    """File name the offices recognise: `II.06a_00004_2025-Q3.xlsx`."""
    parts = (form_code, unit_code, period_code)
    return "_".join(_UNSAFE_NAME.sub("_", part.strip()) for part in parts) + ".xlsx"
