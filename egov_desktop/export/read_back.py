"""Read a filled copy of a template back: the figures of its main table, by row label.

An office receives a commune's report as the Excel file the commune filled in by hand (a unit
without the application). The template's mapping says where the table is, so the figures can
be read back instead of typed again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string

from egov_desktop.domain.text import clean_text
from egov_desktop.export.damage import WORKBOOK_DAMAGE
from egov_desktop.export.mapping import split_cell
from egov_desktop.export.readers.failures import unreadable
from egov_desktop.export.templates import Template

#: Rows read below the anchor before giving up on finding the total row.
_ROW_LIMIT = 500


@dataclass(frozen=True)
class FilledRow:
    """One table row of the filled copy: its label and the figures by form column."""

    row: int
    label: str
    values: dict[int, object] = field(default_factory=dict)


#: The fixed cells that name the reporting unit, as the export writes them.
UNIT_CELLS = ("reporting_unit", "agency_name", "unit_name")


@dataclass(frozen=True)
class UnitLine:
    """A cell of the filled copy that names its unit: the text and the template's wording."""

    text: str
    #: What the template prints around the name ("Đơn vị báo cáo: "), naming nobody.
    label: str


@dataclass(frozen=True)
class FilledTable:
    """What the filled copy holds: its period line (as written), its unit lines and its rows."""

    period_text: str
    rows: list[FilledRow]
    units: tuple[UnitLine, ...] = ()


def read_filled(path: Path, template: Template) -> FilledTable:
    """The main table of `path`, a copy of `template` filled in by hand."""
    mapping = template.mapping
    table = mapping.tables[0]
    label_col = column_index_from_string(table.label_column)
    columns = {int(key): column_index_from_string(letter) for key, letter in table.columns.items()}
    total_label = table.total.label if table.total else None
    first = split_cell(table.anchor)[1]
    fixed = {
        key: mapping.cells[key] for key in ("period_label", *UNIT_CELLS) if key in mapping.cells
    }
    last_col = max(
        [label_col, *columns.values()]
        + [column_index_from_string(split_cell(spec.cell)[0]) for spec in fixed.values()]
    )
    grid = _grid(path, mapping.sheet, first + _ROW_LIMIT, last_col)

    def text_of(key: str) -> str:
        column, row = split_cell(fixed[key].cell)
        if row - 1 >= len(grid):
            return ""
        value = grid[row - 1][column_index_from_string(column) - 1]
        return clean_text(str(value)) if value is not None else ""

    period_text = text_of("period_label") if "period_label" in fixed else ""
    units = tuple(
        UnitLine(text_of(key), fixed[key].format.replace("{value}", " "))
        for key in UNIT_CELLS
        if key in fixed
    )
    rows: list[FilledRow] = []
    for number in range(first, min(len(grid), first + _ROW_LIMIT) + 1):
        cells = grid[number - 1]
        label = cells[label_col - 1]
        text = clean_text(str(label)) if label is not None else ""
        if not text:
            if rows:
                break
            continue
        if total_label and text.casefold() == total_label.casefold():
            break
        values: dict[int, object] = {key: cells[index - 1] for key, index in columns.items()}
        rows.append(FilledRow(number, text, values))
    return FilledTable(period_text, rows, units)


def _grid(path: Path, sheet_name: str, max_row: int, max_col: int) -> list[tuple[object, ...]]:
    """The values of the sheet's first `max_row` rows and `max_col` columns, read at once.

    Read-only openpyxl parses rows as they are asked for: damage may surface in the loop,
    which is why every row is read here, where damage is told apart from what uses them. The
    file is ours to close, whatever stream of it openpyxl leaves open on a failure.
    """
    try:
        with path.open("rb") as stream:
            book = load_workbook(stream, data_only=True, read_only=True)
            try:
                sheet = book[sheet_name] if sheet_name in book.sheetnames else book.worksheets[0]
                return [
                    tuple(row)
                    for row in sheet.iter_rows(
                        min_row=1, max_row=max_row, max_col=max_col, values_only=True
                    )
                ]
            finally:
                book.close()
    except WORKBOOK_DAMAGE as error:
        raise unreadable(path, error, "xlsx") from error
