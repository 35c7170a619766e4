"""Page breaks of a filled sheet: the block under the table never goes over alone."""

from __future__ import annotations

import hashlib
import warnings
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from egov_desktop.export import pagination
from egov_desktop.export.model import ReportData, TableRow
from egov_desktop.export.pagination import Table, keep_footer_with_table
from egov_desktop.export.templates import get_template, load_template
from egov_desktop.export.writer import export_report
from tests.export import handmade, samples

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


def test_hidden_rows_of_the_table_are_not_the_rows_carried_over() -> None:
    """Unused prepared rows hidden above the total: the last rows that print go over."""
    ws, table = _sheet(20)
    for row in range(table.last - 5, table.last):
        ws.row_dimensions[row].hidden = True
    after = keep_footer_with_table(ws, table, TITLES)
    assert after == table.last - 9  # _sheet(15)'s break: three sectors and the total go over
    assert [ws.row_dimensions[r].hidden for r in range(after + 1, after + 4)] == [False] * 3


SHEET = "xl/worksheets/sheet1.xml"
#: The tall template filled with this many rows (sheet rows 4-33): its page 1 would end on
#: the signatures' first row, the rest of them alone on page 2.
FILLED = 30
#: The break goes after sheet row 30: rows 31-33 go over with the total and the signatures.
AFTER = 30
BREAK = b'<x:rowBreaks count="1" manualBreakCount="1"><x:brk id="30" max="16383" man="1"/>'
BREAK += b"</x:rowBreaks>"


def _tall_export(folder: Path, count: int = FILLED, **sheet: str) -> Path:
    template = load_template(handmade.write_tall_template(folder / "t", **sheet))
    assert template.needs_xml_patch
    rows = [TableRow(str(i), f"Lĩnh vực {i}", {"3": i}) for i in range(1, count + 1)]
    data = ReportData("Demo", {"period_label": "Quý III năm 2025", "officer": "Lê Văn C"}, rows)
    return export_report(data, template, output=folder / f"out{count}.xlsx")


def _parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _row_breaks(path: Path) -> list[int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the sparkline openpyxl would drop
        ws = load_workbook(path).active
    assert ws is not None
    return [brk.id for brk in ws.row_breaks.brk]


class TestPatchedTemplates:
    def test_the_signatures_go_over_with_the_last_three_rows_that_print(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        out = _tall_export(tmp_path)
        # Rows 31-33 are the last filled ones; 34-43 are hidden, 44 is the total.
        assert _row_breaks(out) == [AFTER]
        broken = _parts(out)
        monkeypatch.setattr(pagination, "patched_break", lambda *_a, **_k: 0)
        plain = _parts(_tall_export(tmp_path / "plain"))
        assert set(broken) == set(plain)
        for name in set(broken) - {SHEET}:
            assert hashlib.sha256(broken[name]).digest() == hashlib.sha256(plain[name]).digest()
        # The break alone was added, just before the drawing (CT_Worksheet's order).
        assert broken[SHEET].count(BREAK) == 1
        assert broken[SHEET].replace(BREAK, b"") == plain[SHEET]
        assert BREAK + b'<x:drawing r:id="rId1"/>' in broken[SHEET]

    def test_a_table_that_leaves_room_for_the_signatures_gets_no_break(
        self, tmp_path: Path
    ) -> None:
        out = _tall_export(tmp_path, count=20)
        assert _row_breaks(out) == []
        assert b"rowBreaks" not in _parts(out)[SHEET]

    def test_a_template_s_own_breaks_are_kept(self, tmp_path: Path) -> None:
        own = '<x:rowBreaks count="1" manualBreakCount="1"><x:brk id="20" max="16383" man="1"/>'
        out = _tall_export(tmp_path, after_margins=own + "</x:rowBreaks>")
        assert _row_breaks(out) == [20]
        assert _parts(out)[SHEET].count(b"<x:rowBreaks") == 1

    def test_a_template_one_page_high_is_left_alone(self, tmp_path: Path) -> None:
        out = _tall_export(
            tmp_path,
            sheet_pr='<x:sheetPr><x:pageSetUpPr fitToPage="1"/></x:sheetPr>',
            page_setup='<x:pageSetup paperSize="9" fitToHeight="1"/>',
        )
        assert _row_breaks(out) == []
        assert b"rowBreaks" not in _parts(out)[SHEET]

    def test_a_template_openpyxl_cannot_read_is_written_without_a_break(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        def unreadable(*_args: object, **_kwargs: object) -> None:
            raise ValueError("Unable to read workbook")

        monkeypatch.setattr(pagination, "load_workbook", unreadable)
        out = _tall_export(tmp_path)
        assert b"rowBreaks" not in _parts(out)[SHEET]
