"""The proposal finds, in our own built-in workbooks, what their hand-written mappings say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from egov_desktop.errors import TemplateError
from egov_desktop.export.templates import get_template
from egov_desktop.services.templates import TemplateService
from tests.zips import uninflatable, unknown_method


@pytest.mark.parametrize("form", ["II.06a", "II.06a-agg", "II.07b"])
def test_the_proposal_matches_the_builtin_mapping(form: str, tmp_path: Path) -> None:
    builtin = get_template(form)
    proposed = TemplateService(tmp_path).propose(form, builtin.workbook)
    table, expected = proposed.tables[0], builtin.mapping.tables[0]
    assert (table.anchor, table.label_column, table.columns, table.prepared_rows) == (
        expected.anchor,
        expected.label_column,
        expected.columns,
        expected.prepared_rows,
    )
    assert table.row_key == expected.row_key
    for key, spec in proposed.cells.items():
        assert (spec.cell, spec.format) == (
            builtin.mapping.cells[key].cell,
            builtin.mapping.cells[key].format,
        )


def test_a_workbook_without_a_table_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    path = tmp_path / "empty.xlsx"
    book.save(path)
    with pytest.raises(TemplateError, match="Không tìm thấy bảng"):
        TemplateService(tmp_path).propose("II.06a", path)


def test_header_titles_and_row_labels_place_a_table_without_numbers(tmp_path: Path) -> None:
    """No "(1) (2) (3)" row: the column titles place the columns, the sector names the rows."""
    from openpyxl import Workbook

    from egov_desktop.services.report_forms import find_form

    titles = {c.number: c.title for c in find_form("II.06a").columns}
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A3"] = "Kỳ báo cáo: …"
    sheet.append([])
    sheet.append(["STT", "Lĩnh vực", *(titles[n] for n in range(3, 14))])
    sheet.append([None, "I. Lĩnh vực cấp xã"])  # a group title between header and table
    sheet.append([1, "Hộ tịch"])
    sheet.append([2, "Chứng thực"])
    sheet.append([None, "Tổng số"])
    path = tmp_path / "tinh.xlsx"
    book.save(path)
    proposed = TemplateService(tmp_path).propose("II.06a", path)
    table = proposed.tables[0]
    assert table.anchor == "A7" and table.prepared_rows == 2
    assert table.columns["3"] == "C" and proposed.cells["period_label"].cell == "A3"


def test_unit_names_place_the_first_row_of_a_table_by_unit(tmp_path: Path) -> None:
    """An office's own II.07b: a group title, then the communes by name."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Đơn vị", *(f"Cột {n}" for n in range(3, 15))])
    sheet.append(["(1)", "(2)", *(f"({n})" for n in range(3, 15))])
    sheet.append([None, "Xã, phường"])
    sheet.append([1, "Phường Ba Đình"])
    sheet.append([None, "Tổng số"])
    path = tmp_path / "ii07b.xlsx"
    book.save(path)
    table = TemplateService(tmp_path).propose("II.07b", path).tables[0]
    assert (table.anchor, table.row_key, table.prepared_rows) == ("A4", "unit", 1)


@pytest.mark.parametrize("damage", [uninflatable, unknown_method])
def test_a_damaged_workbook_is_refused(
    tmp_path: Path, damage: Callable[[Path, Path, str], Path]
) -> None:
    source = get_template("II.06a").workbook
    path = damage(source, tmp_path / "t.xlsx", "xl/worksheets/sheet1.xml")
    with pytest.raises(TemplateError, match="không phải là tệp Excel .xlsx đọc được"):
        TemplateService(tmp_path).propose("II.06a", path)
