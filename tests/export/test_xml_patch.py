from __future__ import annotations

import hashlib
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.errors import ExportError
from egov_desktop.export import ooxml
from egov_desktop.export.model import ReportData, TableRow
from egov_desktop.export.templates import load_template
from egov_desktop.export.writer import export_report
from egov_desktop.export.xml_patch import patch_sheet_xml, write_patched
from tests.export import handmade

SHEET = "xl/worksheets/sheet1.xml"
CHANGED = {SHEET, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"}


def _hashes(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as archive:
        return {n: hashlib.sha256(archive.read(n)).hexdigest() for n in archive.namelist()}


def _cells(path: Path) -> dict[str, ooxml.RawCell]:
    with zipfile.ZipFile(path) as archive:
        return ooxml.read_sheet(archive, SHEET).cells


@pytest.fixture
def template(tmp_path: Path) -> Path:
    return handmade.write(tmp_path / "demo.xlsx")


def test_other_parts_stay_byte_identical(template: Path, tmp_path: Path) -> None:
    """The text box, the sparkline (inside the sheet's extLst) and every other part survive."""
    before = _hashes(template)
    out = tmp_path / "out.xlsx"
    write_patched(template, out, sheet="Báo cáo", cells={"C4": 7, "B4": "Hộ tịch"})
    after = _hashes(out)
    assert set(after) == set(before) - {"xl/calcChain.xml"}
    for name in set(after) - CHANGED:
        assert after[name] == before[name], name
    with zipfile.ZipFile(out) as archive:
        sheet = archive.read(SHEET)
        assert b"<x14:sparklineGroups" in sheet and b'mc:Ignorable="x14ac"' in sheet
        assert b"<xdr:txBody>" in archive.read("xl/drawings/drawing1.xml")
    assert _hashes(template) == before  # the template itself untouched


def test_only_target_cells_change_in_the_sheet(template: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_patched(template, out, sheet="Báo cáo", cells={"C4": 7})
    with zipfile.ZipFile(template) as a, zipfile.ZipFile(out) as b:
        old, new = a.read(SHEET), b.read(SHEET)
    assert new.replace(b'<x:c r="C4" s="1"><x:v>7</x:v></x:c>', b"") == old.replace(
        b'<x:c r="C4" s="1"><x:v>0</x:v></x:c>', b""
    ).replace(b'<x:row r="4" spans="1:4">', b'<x:row r="4">')


def test_values_types_and_styles(template: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    cells = {
        "C4": 12, "B4": "=Không phải công thức & <thẻ>", "D4": date(2025, 9, 14),
        "C5": 2.5, "B5": "Hộ tịch", "A6": 3, "B6": "Đất đai", "D7": 99, "A9": "Nguyễn Văn An",
        "A4": None,
    }  # fmt: skip
    write_patched(template, out, sheet="Báo cáo", cells=cells)  # type: ignore[arg-type]
    raw = _cells(out)
    assert raw["C4"] == ooxml.RawCell("n", 1, "12", None)
    assert raw["B4"] == ooxml.RawCell("inlineStr", 0, "=Không phải công thức & <thẻ>", None)
    assert raw["D4"] == ooxml.RawCell("n", 2, "45914", None)  # style kept: DD/MM/YYYY
    assert raw["C5"].value == "2.5"
    assert raw["A6"].value == "3" and raw["B6"].value == "Đất đai"
    assert raw["D7"].value == "99" and raw["C7"].formula == "SUM(C4:C6)"
    assert raw["A4"] == ooxml.RawCell("n", 1, None, None)
    with pytest.warns(UserWarning, match="Sparkline"):  # openpyxl would drop it on save
        sheet = load_workbook(out)["Báo cáo"]  # a reader other than ours agrees
    assert sheet["D4"].value.date() == date(2025, 9, 14)
    assert sheet["B4"].value == "=Không phải công thức & <thẻ>" and sheet["B4"].data_type == "s"
    assert sheet["A9"].value == "Nguyễn Văn An"


def test_new_cells_and_rows_keep_document_order(template: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_patched(
        template, out, sheet="Báo cáo", cells={"B5": 1, "C5": 2, "A6": 3, "A2": 4, "A12": 5}
    )
    with zipfile.ZipFile(out) as archive:
        sheet = archive.read(SHEET).decode()
    assert re.findall(r'<x:row r="(\d+)"', sheet) == ["1", "2", "3", "4", "5", "6", "7", "9", "12"]
    row5 = re.search(r'<x:row r="5".*?</x:row>', sheet)
    assert row5 is not None
    assert re.findall(r'<x:c r="([A-Z]+5)"', row5.group()) == ["A5", "B5", "C5", "D5"]
    assert 'x14ac:dyDescent="0.25"' in row5.group()
    assert '<x:dimension ref="A1:D12"/>' in sheet


def test_calc_chain_dropped_and_full_calc_on_load(template: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_patched(template, out, sheet="Báo cáo", cells={"C4": 1})
    with zipfile.ZipFile(out) as archive:
        assert "xl/calcChain.xml" not in archive.namelist()
        assert b"calcChain" not in archive.read("xl/_rels/workbook.xml.rels")
        assert b"calcChain" not in archive.read("[Content_Types].xml")
        assert b'<x:calcPr calcId="191029" fullCalcOnLoad="1"/>' in archive.read("xl/workbook.xml")


def test_workbook_without_calc_pr_gets_one() -> None:
    from egov_desktop.export.xml_patch import _full_calc_on_load

    workbook = b'<workbook xmlns="m"><sheets/><definedNames/><extLst/></workbook>'
    assert _full_calc_on_load(workbook) == (
        b'<workbook xmlns="m"><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/>'
        b"<extLst/></workbook>"
    )


def test_unprefixed_sheet_and_empty_sheet_data() -> None:
    data = b'<worksheet xmlns="m"><sheetData/></worksheet>'
    assert patch_sheet_xml(data, {"B2": 5, "A1": "x"}) == (
        b'<worksheet xmlns="m"><sheetData><row r="1"><c r="A1" t="inlineStr"><is>'
        b'<t xml:space="preserve">x</t></is></c></row><row r="2"><c r="B2"><v>5</v></c></row>'
        b"</sheetData></worksheet>"
    )


def test_hidden_rows(template: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xlsx"
    write_patched(template, out, sheet="Báo cáo", cells={}, hidden_rows={5, 6})
    with zipfile.ZipFile(out) as archive:
        assert ooxml.read_sheet(archive, SHEET).hidden_rows == {5, 6}


def test_shared_formula_master_is_refused(template: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="công thức dùng chung"):
        write_patched(template, tmp_path / "out.xlsx", sheet="Báo cáo", cells={"E7": 1})


def test_unknown_sheet(template: Path, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Trang 2"):
        write_patched(template, tmp_path / "out.xlsx", sheet="Trang 2", cells={})


class TestThroughTheWriter:
    def test_doctor_flags_send_the_export_through_the_patch_writer(self, tmp_path: Path) -> None:
        template = load_template(handmade.write_template(tmp_path / "t"))
        assert template.needs_xml_patch
        assert {f.code for f in template.findings} == {"shapes", "sparklines"}
        rows = [
            TableRow("a", "Hộ tịch", {"3": 5, "4": date(2025, 7, 1)}),
            TableRow("b", "Đất đai", {"3": 7}),
        ]
        data = ReportData("Demo", {"period_label": "Quý III năm 2025", "officer": "Lê Văn C"}, rows)
        before = _hashes(template.workbook)
        out = export_report(data, template, output=tmp_path / "out.xlsx")
        raw = _cells(out)
        assert raw["A4"].value == "1" and raw["B5"].value == "Đất đai"
        assert raw["C7"] == ooxml.RawCell("n", 1, "12", None)  # total as a value, not the formula
        assert raw["A1"].value == "Kỳ báo cáo: Quý III năm 2025"
        with zipfile.ZipFile(out) as archive:
            assert ooxml.read_sheet(archive, SHEET).hidden_rows == {6}
        after = _hashes(out)
        for name in set(after) - CHANGED:
            assert after[name] == before[name], name
        assert _hashes(template.workbook) == before

    def test_too_many_rows(self, tmp_path: Path) -> None:
        template = load_template(handmade.write_template(tmp_path / "t"))
        rows = [TableRow(str(i), f"Lĩnh vực {i}", {"3": i}) for i in range(4)]
        data = ReportData("Demo", {"period_label": "Quý III", "officer": "C"}, rows)
        with pytest.raises(ExportError, match="3 dòng chuẩn bị"):
            export_report(data, template, output=tmp_path / "out.xlsx")
        assert not (tmp_path / "out.xlsx").exists()


class TestRowBreak:
    """The break goes where CT_Worksheet's sequence wants it, in the sheet's own prefix."""

    BRK = b'<rowBreaks count="1" manualBreakCount="1"><brk id="9" max="16383" man="1"/></rowBreaks>'

    def _put(self, tail: bytes, head: bytes = b"") -> bytes:
        data = b'<worksheet xmlns="m">' + head + b"<sheetData></sheetData>" + tail + b"</worksheet>"
        return patch_sheet_xml(data, {}, row_break=9)

    @pytest.mark.parametrize(
        "later",
        [
            b'<colBreaks count="1"><brk id="3" max="1048575" man="1"/></colBreaks>',
            b'<drawing r:id="rId1"/>',
            b'<legacyDrawing r:id="rId2"/>',
            b'<tableParts count="0"/>',
            b'<extLst><ext uri="x"/></extLst>',
            b'<mc:AlternateContent><mc:Choice Requires="x14"><controls/></mc:Choice>'
            b"</mc:AlternateContent>",
        ],
    )
    def test_before_what_follows_it(self, later: bytes) -> None:
        before = b'<pageMargins left="0.7"/><pageSetup paperSize="9"/><headerFooter><oddFooter>'
        before += b"a &gt; b</oddFooter></headerFooter>"
        opening = b'<worksheet xmlns="m"><sheetData></sheetData>'
        assert self._put(before + later) == opening + before + self.BRK + later + b"</worksheet>"

    def test_at_the_end_when_nothing_follows(self) -> None:
        assert self._put(b'<pageMargins left="0.7"/>').endswith(self.BRK + b"</worksheet>")

    def test_an_extlst_inside_a_conditional_format_or_a_cell_is_not_the_sheet_s(self) -> None:
        cf = (
            b'<conditionalFormatting sqref="A1"><cfRule type="expression" text="a>b" priority="1">'
            b"<formula>A1&gt;0</formula><extLst><ext uri='y'/></extLst></cfRule>"
            b"</conditionalFormatting><!-- <drawing/> --><pageMargins left='0.7'/>"
        )
        head = b"<sheetPr><extLst/></sheetPr>"
        data = (
            b'<worksheet xmlns="m">' + head + b'<sheetData><row r="1"><c r="A1"><v>1</v>'
            b"<extLst/></c></row></sheetData>" + cf + b"<extLst/></worksheet>"
        )
        assert patch_sheet_xml(data, {}, row_break=9) == data.replace(
            b"<extLst/></worksheet>", self.BRK + b"<extLst/></worksheet>"
        )

    def test_an_empty_row_breaks_of_the_template_is_replaced(self) -> None:
        for empty in (b'<rowBreaks count="0"/>', b'<rowBreaks count="0"></rowBreaks>'):
            result = self._put(b'<pageMargins left="0.7"/>' + empty + b"<drawing/>")
            assert result.count(b"<rowBreaks") == 1
            assert self.BRK + b"<drawing/>" in result

    def test_the_sheet_s_prefix_is_used(self, template: Path, tmp_path: Path) -> None:
        out = tmp_path / "out.xlsx"
        write_patched(template, out, sheet="Báo cáo", cells={"C4": 7}, row_break=5)
        with zipfile.ZipFile(out) as archive:
            sheet = archive.read(SHEET)
        assert (
            b'<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
            b'footer="0.3"/><x:rowBreaks count="1" manualBreakCount="1">'
            b'<x:brk id="5" max="16383" man="1"/></x:rowBreaks><x:drawing r:id="rId1"/>'
        ) in sheet
        with pytest.warns(UserWarning, match="Sparkline"):
            ws = load_workbook(out)["Báo cáo"]
        assert [brk.id for brk in ws.row_breaks.brk] == [5]
