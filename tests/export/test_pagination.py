"""Page breaks of a filled sheet: the block under the table never goes over alone."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from egov_desktop.export.pagination import Table, keep_footer_with_table
from egov_desktop.export.templates import get_template
from egov_desktop.export.writer import export_report
from tests.export import samples

TITLES = (11, 14)
TWELVE = Font(name="Times New Roman", sz=12)


def _sheet(rows: int, footer: int = 9) -> tuple[Worksheet, Table]:
    """II.06a's shape: 10 rows of headings, 4 of column heads, `rows` rows, total, signatures."""
    ws = Workbook().active
    assert ws is not None
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left, ws.page_margins.right = 30 / 25.4, 15 / 25.4
    ws.page_margins.top = ws.page_margins.bottom = 20 / 25.4
    ws.column_dimensions["A"].width = 5.5
    ws.column_dimensions["B"].width = 34
    for letter in "CDEFGHIJKLM":
        ws.column_dimensions[letter].width = 10.5
    for row in range(1, 11):
        ws.cell(row, 1, "Tiêu đề").font = TWELVE
        ws.row_dimensions[row].height = 19
    for row in range(11, 15):
        for col in range(1, 14):
            ws.cell(row, col, "Cột")
        ws.row_dimensions[row].height = 30
    first = 15
    for row in range(first, first + rows + 1):
        ws.cell(row, 2, "Lĩnh vực").font = TWELVE
    last = first + rows
    for row in range(last + 2, last + 2 + footer):
        ws.cell(row, 1, "Chữ ký")
        ws.row_dimensions[row].height = 20
    return ws, Table(first, last)


def test_the_signatures_go_over_with_the_table_s_last_rows() -> None:
    ws, table = _sheet(15)
    after = keep_footer_with_table(ws, table, TITLES)
    assert after == table.last - 4  # three sectors and the total row go over
    assert [b.id for b in ws.row_breaks.brk] == [after]


def test_a_sheet_on_one_page_gets_no_break() -> None:
    ws, table = _sheet(3)
    assert keep_footer_with_table(ws, table, TITLES) == 0
    assert ws.row_breaks.brk == []


def test_signatures_that_already_follow_rows_of_the_table_get_no_break() -> None:
    ws, table = _sheet(25)  # the table runs onto page 2, the signatures under it
    assert keep_footer_with_table(ws, table, TITLES) == 0


def test_a_template_s_own_page_setup_is_left_alone() -> None:
    ws, table = _sheet(15)
    ws.row_breaks.append(Break(id=20))
    assert keep_footer_with_table(ws, table, TITLES) == 0
    assert [b.id for b in ws.row_breaks.brk] == [20]
    ws, table = _sheet(15)
    ws.page_setup.fitToHeight = 1  # one page high: the program shrinks it to fit
    assert keep_footer_with_table(ws, table, TITLES) == 0


def test_a_block_taller_than_a_page_is_not_moved() -> None:
    ws, table = _sheet(15, footer=40)
    assert keep_footer_with_table(ws, table, TITLES) == 0


def test_ii06a_of_a_commune_s_fifteen_sectors_breaks_before_its_last_three(
    tmp_path: Path,
) -> None:
    path = export_report(
        samples.ii06a_data(15), get_template("II.06a"), output=tmp_path / "II.06a.xlsx"
    )
    ws = load_workbook(path).active
    assert ws is not None
    [brk] = ws.row_breaks.brk
    assert ws.cell(brk.id + 1, 2).value == samples.ii06a_data(15).rows[12].label
    three = export_report(samples.ii06a_data(3), get_template("II.06a"), output=tmp_path / "3.xlsx")
    assert load_workbook(three).active.row_breaks.brk == []  # type: ignore[union-attr]


def test_a_total_row_alone_above_the_signatures_takes_rows_with_it() -> None:
    ws, table = _sheet(17)  # page 1 ends on the last sector: the total row would go over alone
    after = keep_footer_with_table(ws, table, TITLES)
    assert after == table.last - 4


def test_laying_out_the_pages_adds_no_row_or_cell_to_the_sheet() -> None:
    """Indexed, openpyxl makes rows and cells, which the saved file would then carry."""
    ws, table = _sheet(15)
    rows, cells = set(ws.row_dimensions), set(ws._cells)
    keep_footer_with_table(ws, table, TITLES)
    assert set(ws.row_dimensions) == rows
    assert set(ws._cells) == cells
