"""Every built-in template, filled: values where the mapping says, numbers as numbers, the
decree's fonts and page setup, the header merges kept, and (with LibreOffice) one A4 page."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.export.mapping import split_cell
from egov_desktop.export.model import CellValue, ReportData, RowGroup, TableRow
from egov_desktop.export.templates import Template, list_templates
from egov_desktop.export.writer import export_report
from tests.export import samples

TEMPLATES = list_templates()


def _data(template: Template) -> ReportData:
    """Three rows with a distinct number in every mapped column (a date where one is shown)."""
    table = template.mapping.tables[0]
    pristine = load_workbook(template.workbook).active
    assert pristine is not None
    first = split_cell(table.anchor)[1]
    dated = {
        key
        for key, letter in table.columns.items()
        if "dd" in str(pristine[f"{letter}{first}"].number_format)
    }
    rows = []
    for index in range(3):
        values: dict[str, CellValue] = {
            key: date(2025, 7, 1 + index) if key in dated else 100 * index + int(key)
            for key in table.columns
        }
        group = "commune" if table.groups else None
        rows.append(TableRow(f"r{index}", f"Dòng {index + 1}", values, group=group))
    fixed = {**samples.FIXED, "subtitle": "Hộ tịch"}
    groups = [RowGroup("commune", "Xã, phường")] if table.groups else None
    return ReportData(template.form, fixed, rows, groups=groups)


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.form for t in TEMPLATES])
def test_values_fonts_page_setup_and_merges(template: Template, tmp_path: Path) -> None:
    data = _data(template)
    out = export_report(data, template, output=tmp_path / f"{template.form}.xlsx")
    pristine = load_workbook(template.workbook).active
    sheet = load_workbook(out).active
    assert sheet is not None and pristine is not None
    table = template.mapping.tables[0]
    first = split_cell(table.anchor)[1]
    label_cells = [sheet[f"{table.label_column}{r}"].value for r in range(first, first + 12)]
    for row in data.rows:
        at = first + label_cells.index(row.label)
        for key, letter in table.columns.items():
            cell = sheet[f"{letter}{at}"]
            expected = row.values[key]
            if isinstance(expected, date):
                assert cell.value.date() == expected, (key, letter)  # type: ignore[union-attr]
            else:
                assert cell.value == expected and cell.data_type == "n", (key, letter)
            assert cell.font.name == "Times New Roman"
    texts = {str(c.value) for line in sheet.iter_rows() for c in line if c.value is not None}
    for key, spec in template.mapping.cells.items():
        if key in data.fixed and data.fixed[key]:
            wanted = spec.render(data.fixed[key])
            if split_cell(spec.cell)[1] < first:  # above the table: exactly where it was
                assert sheet[spec.cell].value == wanted, key
            else:  # below it: moved with the rows the table grew or dropped
                assert wanted in texts, key
    assert str(sheet.page_setup.paperSize) == "9"  # A4
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == pristine.print_title_rows
    header = {str(m) for m in pristine.merged_cells.ranges if m.min_row < first}
    assert header <= {str(m) for m in sheet.merged_cells.ranges}


@pytest.mark.libreoffice
@pytest.mark.slow
@pytest.mark.skipif(
    not (shutil.which("soffice") and shutil.which("pdfinfo")), reason="needs soffice and poppler"
)
@pytest.mark.parametrize("template", TEMPLATES, ids=[t.form for t in TEMPLATES])
def test_each_builtin_opens_in_libreoffice_on_one_page(template: Template, tmp_path: Path) -> None:
    out = export_report(_data(template), template, output=tmp_path / f"{template.form}.xlsx")
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile}",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    info = subprocess.run(
        ["pdfinfo", str(out.with_suffix(".pdf"))], capture_output=True, text=True, check=True
    ).stdout
    assert "Pages:           1" in info and "841.89 x 595.3" in info
