"""Where a filled sheet's pages break: the signatures never stand alone on the last page.

A report prints fit to the page's width, its header rows repeated on every page. With the
fifteen sectors of a commune, II.06a's table ends near the foot of the first page and the
signature block (người lập biểu, thủ trưởng) went over alone, under a repeated header with no
rows. Here the sheet's pages are worked out from its row heights, column widths, paper and
margins, as Excel lays them out (the body starts at the top margin on every page; LibreOffice
gives the first page about a row more). When the block after the table would not end on the page the
table ends on, or would have fewer than three of its rows above it there, a page break is put
before the table's last three rows, which then go over with the total row and the block. A
sheet whose pages are set otherwise (manual breaks, a fixed number of pages high) is left as its
template made it.

Both writers use this one page model. The XML-patch writer cannot save through openpyxl, so
`patched_break` loads its template only to measure it, with the values it will write and the
unused prepared rows hidden, and the writer patches the break into the sheet itself. Hidden rows
print nothing: the rows carried over are the table's last rows that print.
"""

from __future__ import annotations

import logging
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

from egov_desktop.export.damage import WORKBOOK_DAMAGE
from egov_desktop.export.grow import cells_of
from egov_desktop.export.model import CellValue

logger = logging.getLogger(__name__)

#: Points per inch (margins are in inches) and per millimetre (paper sizes).
_PT_INCH = 72.0
_PT_MM = 72.0 / 25.4
#: Paper sizes (mm, portrait) by the sheet's paperSize code: 9 is A4, the default.
_PAPER = {9: (210.0, 297.0), 8: (297.0, 420.0), 11: (148.0, 210.0), 1: (215.9, 279.4)}
#: A column width counts the widest digit of the workbook's default font, in pixels at 96 per
#: inch, plus 5 pixels of padding. A digit is half the font's size wide in Times New Roman and
#: Calibri (Arial: 0.556): 8 pixels at 12 points.
_PX_PAD, _PT_PX = 5.0, 0.75
_DIGIT_EM = {"arial": 0.556}
_DEFAULT_WIDTH = 8.43
#: A row without a height of its own is as tall as its largest font's line: the font's size
#: times this (Times New Roman 12 pt: about 15.6 points, a little more than programs give it).
_LINE_FACTOR = 1.3
_DEFAULT_FONT = 11.0
#: How many of the table's last rows go over with its total row and the block.
_CARRIED = 3


@dataclass(frozen=True)
class Table:
    """The rows of the filled table: its first data row and its last row (the total row)."""

    first: int
    last: int


def keep_footer_with_table(ws: Worksheet, table: Table, titles: tuple[int, int] | None) -> int:
    """Break the page before the table's last rows if the block after it would stand apart.

    Returns the row the break is put after, 0 when none is needed or the sheet's pages are
    not ours to set.
    """
    after = footer_break(ws, table, titles)
    if after:
        ws.row_breaks.append(Break(id=after))
    return after


def patched_break(
    template: Path,
    sheet: str,
    *,
    cells: Mapping[str, CellValue],
    hidden_rows: Iterable[int],
    table: Table,
) -> int:
    """Where `footer_break` puts the break once `cells` are written into `sheet` of `template`.

    `hidden_rows` are hidden first, as the XML-patch writer hides them. The workbook is loaded
    to be measured, never saved. Returns 0 when the template cannot be read by openpyxl: the
    report is still written, only without the break.
    """
    try:
        with template.open("rb") as stream, warnings.catch_warnings():
            # openpyxl warns of the extensions it would drop on saving; nothing is saved here.
            warnings.simplefilter("ignore")
            workbook = load_workbook(stream)
    except WORKBOOK_DAMAGE:
        logger.warning("Could not measure the pages of %s", template, exc_info=True)
        return 0
    ws = workbook[sheet] if sheet in workbook.sheetnames else None
    if not isinstance(ws, Worksheet):
        return 0  # the writer says what is wrong with the sheet
    for address, value in cells.items():
        cell = ws[address]
        if not isinstance(cell, MergedCell):  # the covered cell of a merge prints nothing
            cell.value = value
    for row in hidden_rows:
        ws.row_dimensions[row].hidden = True
    rows = getattr(ws, "_print_rows", None)
    return footer_break(ws, table, None if rows is None else (rows.min_row, rows.max_row))


def footer_break(ws: Worksheet, table: Table, titles: tuple[int, int] | None) -> int:
    """The row `keep_footer_with_table` breaks the page after, leaving the sheet as it is."""
    setup = ws.page_setup
    fit = ws.sheet_properties.pageSetUpPr
    fit_to_page = bool(fit is not None and fit.fitToPage)
    if ws.row_breaks.brk or (fit_to_page and (setup.fitToHeight or 0) != 0):
        return 0
    footer_end = _last_used_row(cells_of(ws))
    if footer_end <= table.last:
        return 0
    scale = _scale(ws, fit_to_page)
    page = _page_height(ws) / scale
    # Read without creating: openpyxl's row dimensions and cells come into being when indexed,
    # and each one made here would be written to the file and slow its saving.
    cells = cells_of(ws)
    sizes = _font_sizes(ws, cells, footer_end)
    heights = {row: _height(ws, row, sizes) for row in range(1, footer_end + 1)}
    repeated = 0.0 if titles is None else sum(heights[r] for r in range(titles[0], titles[1] + 1))
    pages = _pages(heights, page, repeated, titles)
    # The table's rows above its last that print; a hidden row would carry nothing over.
    shown = [row for row in range(table.first, table.last) if heights[row] > 0]
    if len(shown) <= _CARRIED:
        return 0
    after = shown[-_CARRIED] - 1
    last_page = pages[table.last][0]
    # The block ends on the table's last page, where rows of the table stand above the total.
    if pages[footer_end][0] == last_page and pages[after + 1][0] == last_page:
        return 0
    # The carried rows, the total row and the block must fit on one page under the titles.
    if repeated + sum(heights[r] for r in range(after + 1, footer_end + 1)) > page:
        return 0
    return after


def _pages(
    heights: dict[int, float], page: float, repeated: float, titles: tuple[int, int] | None
) -> dict[int, tuple[int, float]]:
    """Each row's page (from 1) and how far down it ends, as rows fill pages top to bottom.

    The title rows repeat at the top of every page after the first.
    """
    found: dict[int, tuple[int, float]] = {}
    number, used = 1, 0.0
    for row in sorted(heights):
        height = heights[row]
        if used + height > page and used > 0:
            number += 1
            used = repeated if titles is not None and row > titles[1] else 0.0
        used += height
        found[row] = (number, used)
    return found


def _last_used_row(cells: dict[tuple[int, int], Any]) -> int:
    """The last row holding a value (styled empty rows below it print nothing)."""
    return max(
        (row for (row, _col), cell in cells.items() if cell.value not in (None, "")), default=0
    )


def _font_sizes(ws: Worksheet, cells: dict[tuple[int, int], Any], last: int) -> dict[int, float]:
    """Row -> the largest font size of its cells, up to row `last`; {} when not needed.

    Only a sheet that leaves its rows' default height to the program sizes rows by their fonts.
    """
    fmt = ws.sheet_format
    if fmt.customHeight and fmt.defaultRowHeight:
        return {}
    sizes: dict[int, float] = {}
    counts: dict[int, int] = {}
    for (row, _col), cell in cells.items():
        if row > last:
            continue
        counts[row] = counts.get(row, 0) + 1
        font = cell.font
        if font is not None and font.sz:
            sizes[row] = max(sizes.get(row, 0.0), float(font.sz))
    # A row's missing cells have the workbook's default font.
    width = ws.max_column
    for row, count in counts.items():
        if count < width:
            sizes[row] = max(sizes.get(row, 0.0), _DEFAULT_FONT)
    return sizes


def _height(ws: Worksheet, row: int, sizes: dict[int, float]) -> float:
    dimension = ws.row_dimensions.get(row)
    if dimension is not None and dimension.hidden:
        return 0.0
    if dimension is not None and dimension.height is not None:
        return float(dimension.height)
    # A row of no height of its own: the sheet's default when the sheet fixes it, else fitted
    # to its largest font by the spreadsheet program.
    fmt = ws.sheet_format
    if fmt.customHeight and fmt.defaultRowHeight:
        return float(fmt.defaultRowHeight)
    return sizes.get(row, _DEFAULT_FONT) * _LINE_FACTOR


def _scale(ws: Worksheet, fit_to_page: bool) -> float:
    """How much the sheet is shrunk when printed: to the page's width, or its own scale."""
    if not fit_to_page:
        return (ws.page_setup.scale or 100) / 100
    digit = _digit_pixels(ws)
    width = sum(_column_points(ws, col, digit) for col in range(1, ws.max_column + 1))
    return min(1.0, _page_width(ws) / width) if width else 1.0


def _column_points(ws: Worksheet, col: int, digit: float) -> float:
    dimension = ws.column_dimensions[get_column_letter(col)]
    if dimension.hidden:
        return 0.0
    width = dimension.width or ws.sheet_format.defaultColWidth or _DEFAULT_WIDTH
    return (float(width) * digit + _PX_PAD) * _PT_PX


def _digit_pixels(ws: Worksheet) -> float:
    """The width of a digit of the workbook's default font (the unit of column widths)."""
    fonts = getattr(ws.parent, "_fonts", None)
    font = fonts[0] if fonts else None
    size = float(font.sz) if font is not None and font.sz else _DEFAULT_FONT
    name = (font.name or "").casefold() if font is not None else ""
    return float(round(size * 4 / 3 * _DIGIT_EM.get(name, 0.5)))


def _paper(ws: Worksheet) -> tuple[float, float]:
    """(width, height) of the paper as the sheet prints it, in points."""
    short, long = _PAPER.get(int(ws.page_setup.paperSize or 9), _PAPER[9])
    if ws.page_setup.orientation == "landscape":
        short, long = long, short
    return short * _PT_MM, long * _PT_MM


def _page_width(ws: Worksheet) -> float:
    margins = ws.page_margins
    return _paper(ws)[0] - (margins.left + margins.right) * _PT_INCH


def _page_height(ws: Worksheet) -> float:
    margins = ws.page_margins
    return _paper(ws)[1] - (margins.top + margins.bottom) * _PT_INCH
