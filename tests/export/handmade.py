"""A template written part by part, with what openpyxl cannot make: a text box and a sparkline.

The sheet uses the `x:` prefix for the main namespace (as files from .NET tools do), declares
`mc:Ignorable="x14ac"`, carries a calcChain, a shared formula and a date style, so the
XML-patch writer meets the awkward cases of real provincial templates.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>"""  # noqa: E501

ROOT_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""  # noqa: E501

WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:workbook xmlns:x="{MAIN}" xmlns:r="{R}"><x:sheets><x:sheet name="Báo cáo" sheetId="1" r:id="rId1"/></x:sheets><x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="0">'Báo cáo'!$3:$3</x:definedName></x:definedNames><x:calcPr calcId="191029"/></x:workbook>"""  # noqa: E501

WORKBOOK_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>"""  # noqa: E501

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="DD/MM/YYYY"/></numFmts><fonts count="2"><font><sz val="12"/><name val="Times New Roman"/></font><font><b/><sz val="12"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""  # noqa: E501

SHEET = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<x:worksheet xmlns:x="{MAIN}" xmlns:r="{R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><x:dimension ref="A1:D7"/><x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews><x:sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><x:sheetData><x:row r="1" spans="1:4"><x:c r="A1" s="3" t="inlineStr"><x:is><x:t>Kỳ báo cáo: …</x:t></x:is></x:c></x:row><x:row r="3" spans="1:4"><x:c r="A3" s="3" t="inlineStr"><x:is><x:t>TT</x:t></x:is></x:c><x:c r="B3" s="3" t="inlineStr"><x:is><x:t>Lĩnh vực</x:t></x:is></x:c><x:c r="C3" s="3" t="inlineStr"><x:is><x:t>Tổng số</x:t></x:is></x:c><x:c r="D3" s="3" t="inlineStr"><x:is><x:t>Ngày</x:t></x:is></x:c></x:row><x:row r="4" spans="1:4"><x:c r="A4" s="1"/><x:c r="C4" s="1"><x:v>0</x:v></x:c><x:c r="D4" s="2"/></x:row><x:row r="5" spans="1:4" x14ac:dyDescent="0.25"><x:c r="A5" s="1"/><x:c r="D5" s="2"/></x:row><x:row r="7" spans="1:4"><x:c r="B7" s="3" t="inlineStr"><x:is><x:t>Tổng số</x:t></x:is></x:c><x:c r="C7" s="1"><x:f>SUM(C4:C6)</x:f><x:v>0</x:v></x:c><x:c r="E7" s="1"><x:f t="shared" ref="E7:F7" si="0">C7*2</x:f><x:v>0</x:v></x:c><x:c r="F7" s="1"><x:f t="shared" si="0"/><x:v>0</x:v></x:c></x:row><x:row r="9"><x:c r="A9" s="3" t="inlineStr"><x:is><x:t>Người lập biểu</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A9:B9"/></x:mergeCells><x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><x:drawing r:id="rId1"/><x:extLst><x:ext uri="{{05C60535-1F16-4fd2-B633-F4F36F0B64E0}}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines><x14:sparkline><xm:f>'Báo cáo'!C4:C6</xm:f><xm:sqref>D7</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></x:ext></x:extLst></x:worksheet>"""  # noqa: E501

SHEET_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="{PKG}"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>"""  # noqa: E501

DRAWING = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>0</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="TextBox 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="360000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Độc lập - Tự do - Hạnh phúc</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>"""  # noqa: E501

CALC_CHAIN = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<calcChain xmlns="{MAIN}"><c r="C7" i="1"/><c r="E7"/><c r="F7"/></calcChain>"""

PARTS = {
    "[Content_Types].xml": CONTENT_TYPES,
    "_rels/.rels": ROOT_RELS,
    "xl/workbook.xml": WORKBOOK,
    "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": SHEET,
    "xl/worksheets/_rels/sheet1.xml.rels": SHEET_RELS,
    "xl/drawings/drawing1.xml": DRAWING,
    "xl/calcChain.xml": CALC_CHAIN,
}

MAPPING = """form = "Demo"
workbook = "demo.xlsx"
sheet = "Báo cáo"

[cells]
period_label = { cell = "A1", format = "Kỳ báo cáo: {value}" }
officer = "A9"

[[tables]]
anchor = "A4"
row_key = "sector"
label_column = "B"
prepared_rows = 3
columns = { "3" = "C", "4" = "D" }
total = { label = "Tổng số" }
"""


def write(path: Path, extra: dict[str, str | bytes] | None = None) -> Path:
    """The handmade workbook at `path` (plus `extra` parts for doctor tests)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in {**PARTS, **(extra or {})}.items():
            archive.writestr(name, text.encode("utf-8") if isinstance(text, str) else text)
    return path


def write_template(folder: Path) -> Path:
    """Workbook plus mapping; returns the mapping path."""
    folder.mkdir(parents=True, exist_ok=True)
    write(folder / "demo.xlsx")
    mapping = folder / "demo.toml"
    mapping.write_text(MAPPING, encoding="utf-8")
    return mapping


#: The tall template: a table of 40 prepared rows (4 to 43), its total on 44, signatures 46-50.
TALL_PREPARED = 40
TALL_TOTAL = 4 + TALL_PREPARED
_CELL = '<x:c r="{ref}" s="{s}" t="inlineStr"><x:is><x:t>{text}</x:t></x:is></x:c>'


def _tall_sheet(sheet_pr: str, page_setup: str, after_margins: str) -> str:
    """Rows 20 points high on A4 portrait: 36 to a page, the first page ending at row 46."""
    head, _sep, _rest = SHEET.partition("<x:dimension")
    rows = [
        '<x:row r="1">' + _CELL.format(ref="A1", s=3, text="Kỳ báo cáo: …") + "</x:row>",
        '<x:row r="3">'
        + "".join(
            _CELL.format(ref=f"{c}3", s=3, text=t)
            for c, t in zip("ABCD", ("TT", "Lĩnh vực", "Tổng số", "Ngày"), strict=True)
        )
        + "</x:row>",
    ]
    for row in range(4, TALL_TOTAL):
        rows.append(
            f'<x:row r="{row}" spans="1:4"><x:c r="A{row}" s="1"/><x:c r="C{row}" s="1"/>'
            f'<x:c r="D{row}" s="2"/></x:row>'
        )
    rows.append(
        f'<x:row r="{TALL_TOTAL}">' + _CELL.format(ref=f"B{TALL_TOTAL}", s=3, text="Tổng số")
        + f'<x:c r="C{TALL_TOTAL}" s="1"><x:f>SUM(C4:C{TALL_TOTAL - 1})</x:f><x:v>0</x:v></x:c>'
        "</x:row>"
    )  # fmt: skip
    rows.append('<x:row r="46">' + _CELL.format(ref="A46", s=3, text="Người lập biểu") + "</x:row>")
    rows.append('<x:row r="50"><x:c r="A50" s="3"/></x:row>')
    tail = SHEET[SHEET.index("<x:drawing") :]
    return (
        head + sheet_pr + '<x:dimension ref="A1:D50"/><x:sheetViews>'
        '<x:sheetView workbookViewId="0"/></x:sheetViews>'
        '<x:sheetFormatPr defaultRowHeight="20" customHeight="1" x14ac:dyDescent="0.25"/>'
        "<x:sheetData>" + "".join(rows) + "</x:sheetData>"
        '<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" '
        'footer="0.3"/>' + page_setup + after_margins + tail
    )  # fmt: skip


def write_tall_template(
    folder: Path, *, sheet_pr: str = "", page_setup: str = "", after_margins: str = ""
) -> Path:
    """A flagged template whose table ends near a page's foot; returns the mapping path.

    `sheet_pr` opens the sheet; `page_setup` goes after the page margins (a pageSetup element),
    `after_margins` after it (headerFooter, rowBreaks...), both before the drawing and extLst.
    """
    folder.mkdir(parents=True, exist_ok=True)
    sheet = _tall_sheet(sheet_pr, page_setup, after_margins)
    write(folder / "demo.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    mapping = MAPPING.replace("prepared_rows = 3", f"prepared_rows = {TALL_PREPARED}")
    (folder / "demo.toml").write_text(mapping.replace('"A9"', '"A50"'), encoding="utf-8")
    return folder / "demo.toml"
