"""Clipboard text for the entry grid: TSV out (Excel-compatible), TSV in checked cell by cell."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from egov_desktop.errors import ValidationError
from egov_desktop.ui.models.entry_table_model import KIND_INT, Change, EntryTableModel


def parse_tsv(text: str) -> list[list[str]]:
    """Rows of cells from tab-separated text as Excel and LibreOffice copy it.

    Excel ends a copied block with a newline and quotes cells holding tabs, quotes or newlines;
    a trailing empty line is therefore not a row.
    """
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    quoted = False
    i = 0
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    while i < len(text):
        char = text[i]
        if quoted:
            if char == '"' and text[i + 1 : i + 2] == '"':
                cell.append('"')
                i += 1
            elif char == '"':
                quoted = False
            else:
                cell.append(char)
        elif char == '"' and not cell:
            quoted = True
        elif char == "\t":
            row.append("".join(cell))
            cell = []
        elif char == "\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell = [], []
        else:
            cell.append(char)
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    return rows


def to_tsv(rows: list[list[str]]) -> str:
    """Tab-separated text with a final newline, as Excel puts on the clipboard."""
    return "".join("\t".join(row) + "\n" for row in rows)


@dataclass(frozen=True)
class PasteCell:
    """One pasted cell: where it lands, what was pasted, and why it cannot be used (if so)."""

    row: int
    column: int
    text: str
    place: str
    value: int | None = None
    key: tuple[int, int] | None = None
    problem: str | None = None

    @property
    def valid(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class PastePlan:
    """The cells a paste would touch; only the valid ones are written."""

    cells: tuple[PasteCell, ...]

    @property
    def invalid(self) -> list[PasteCell]:
        return [c for c in self.cells if not c.valid]

    @property
    def valid(self) -> list[PasteCell]:
        return [c for c in self.cells if c.valid and c.key is not None]

    def changes(self) -> list[Change]:
        return [(c.key[0], c.key[1], c.value) for c in self.valid if c.key is not None]


def plan_paste(
    model: EntryTableModel,
    rows: list[list[str]],
    top: int,
    left: int,
    parse: Callable[[str], int | None],
    within: Collection[tuple[int, int]] | None = None,
) -> PastePlan:
    """Check a block of pasted cells whose top-left lands on (top, left).

    `within`: the (row, column) cells to paste into; the block's others are left alone.
    """
    grid = model.grid
    assert grid is not None
    cells: list[PasteCell] = []
    for dr, values in enumerate(rows):
        for dc, raw in enumerate(values):
            text = raw.strip()
            row, column = top + dr, left + dc
            if within is not None and (row, column) not in within:
                continue
            place = _place(model, row, column)
            if row >= model.rowCount() or column >= model.columnCount():
                if not text:
                    continue  # the blank edge of a rectangular copy has nothing to lose
                cells.append(
                    PasteCell(
                        row,
                        column,
                        text,
                        place,
                        problem=QCoreApplication.translate("PastePlan", "Outside the table"),
                    )
                )
                continue
            key = model.cell_key(row, column)
            if key is None:
                # A block copied with its labels or totals pastes back cleanly: the same text
                # over a read-only cell is not an error.
                if text == "" or text == model.plain_text(row, column):
                    continue
                problem = (
                    QCoreApplication.translate("PastePlan", "The total row is computed")
                    if model.is_total(row) and model.kind(column) == KIND_INT
                    else model.closed_reason(column)
                    or QCoreApplication.translate("PastePlan", "This column is not typed in")
                )
                cells.append(PasteCell(row, column, text, place, problem=problem))
                continue
            try:
                value = parse(text)
            except ValidationError as error:
                cells.append(PasteCell(row, column, text, place, key=key, problem=error.message))
                continue
            cells.append(PasteCell(row, column, text, place, value=value, key=key))
    return PastePlan(tuple(cells))


def fill_block(text: str, height: int, width: int) -> list[list[str]]:
    """One copied value repeated over a selected rectangle (Excel fills the selection)."""
    return [[text] * width for _ in range(height)]


def _place(model: EntryTableModel, row: int, column: int) -> str:
    """Where a cell is, in the clerk's words: "Hộ tịch — (4) Trực tuyến"."""
    grid = model.grid
    assert grid is not None
    if row < len(grid.rows):
        where = grid.rows[row].sector
    elif row == len(grid.rows):
        where = QCoreApplication.translate("PastePlan", "Total")
    else:
        where = QCoreApplication.translate("PastePlan", "Row {n}").replace("{n}", str(row + 1))
    if column < len(grid.form.columns):
        info = grid.form.columns[column]
        return f"{where} — ({info.number}) {info.title}"
    return f"{where} — " + QCoreApplication.translate("PastePlan", "column {n}").replace(
        "{n}", str(column + 1)
    )
