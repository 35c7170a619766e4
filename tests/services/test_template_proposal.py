"""The proposal finds, in our own built-in workbooks, what their hand-written mappings say."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.bootstrap import Services
from egov_desktop.errors import TemplateError
from egov_desktop.export.mapping import split_cell
from egov_desktop.export.templates import get_template
from egov_desktop.services.templates import TemplateService, template_forms
from tests.registers import add_dossier
from tests.zips import uninflatable, unknown_method


@pytest.mark.parametrize("form", template_forms())
def test_the_proposal_matches_the_builtin_mapping(form: str, tmp_path: Path) -> None:
    """Every form's own layout, those not entered as such too (register, QĐ 766, targets):
    their columns, what their rows are and where the rows end come from the layout."""
    builtin = get_template(form)
    proposed = TemplateService(tmp_path).propose(form, builtin.workbook)
    table, expected = proposed.tables[0], builtin.mapping.tables[0]
    assert (table.anchor, table.label_column, table.number_column, table.columns) == (
        expected.anchor,
        expected.label_column,
        expected.number_column,
        expected.columns,
    )
    assert (table.row_key, table.prepared_rows, table.total) == (
        expected.row_key,
        expected.prepared_rows,
        expected.total,
    )


@pytest.mark.parametrize("form", template_forms())
def test_every_text_of_a_builtin_layout_is_found_where_its_mapping_puts_it(
    form: str, tmp_path: Path
) -> None:
    """The agency lines and the signers' names too, written as the official mapping writes
    them (a register has one agency line, its date above the table and a subtitle)."""
    builtin = get_template(form)
    offer = TemplateService(tmp_path).offer(form, builtin.workbook)
    assert offer.mapping.cells == builtin.mapping.cells
    assert offer.unplaced == () and offer.findings == ()


def _province_copy(tmp_path: Path, *, drop: tuple[str, ...] = ()) -> Path:
    """The official II.06a as a province passes it on: a line of its own and an empty row above
    the header, the sheet renamed, and the printed texts that start with `drop` taken out."""
    book = load_workbook(get_template("II.06a").workbook)
    sheet = book["II.06a"]
    ranges = list(sheet.merged_cells.ranges)
    for merged in ranges:
        sheet.unmerge_cells(str(merged))
    sheet.insert_rows(1, 2)
    for merged in ranges:
        merged.shift(0, 2)
        sheet.merge_cells(str(merged))
    sheet["A1"] = "Mẫu áp dụng tại tỉnh (ban hành kèm theo Công văn số 1234/UBND-KSTT)"
    sheet.title = "Bieu 06a"
    for row in sheet.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(drop or ("\0",)):
                cell.value = None
    path = tmp_path / "tinh.xlsx"
    book.save(path)
    return path


def _shifted(address: str, rows: int) -> str:
    column, row = split_cell(address)
    return f"{column}{row + rows}"


def test_the_official_layout_with_rows_inserted_and_the_sheet_renamed_is_read_as_it(
    tmp_path: Path,
) -> None:
    offer = TemplateService(tmp_path).offer("II.06a", _province_copy(tmp_path))
    builtin = get_template("II.06a").mapping
    assert offer.mapping.sheet == "Bieu 06a"
    assert offer.mapping.cells == {
        key: replace(spec, cell=_shifted(spec.cell, 2)) for key, spec in builtin.cells.items()
    }
    assert offer.mapping.cells["parent_agency"].case == "upper"
    assert offer.unplaced == () and offer.findings == ()


def test_the_texts_left_without_a_cell_are_each_named(tmp_path: Path) -> None:
    """Without the motto and the officer's title the agency lines and the officer's name have
    no place: the clerk is told which, not handed a mapping with silent holes."""
    path = _province_copy(tmp_path, drop=("CỘNG HÒA", "NGƯỜI LẬP BIỂU"))
    offer = TemplateService(tmp_path).offer("II.06a", path)
    assert offer.unplaced == ("parent_agency", "agency_name", "officer")
    assert offer.mapping.cells["head"].cell == "H56"
    assert offer.findings == (
        "Không tìm thấy trong tệp tinh.xlsx chỗ ghi: Cơ quan chủ quản; Cơ quan, đơn vị; "
        "Họ tên người lập biểu. Báo cáo xuất theo mẫu này sẽ bỏ trống các mục đó cho đến khi "
        "ghi ô cho từng mục trong phần gán ô.",
    )
    assert "--mapping" in offer.cli_hint


def test_a_printed_agency_line_places_the_agency_block(tmp_path: Path) -> None:
    """No motto, but the province prints "UBND TỈNH …" where the superior agency goes."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["B2"] = "UBND TỈNH BẮC NINH"
    sheet.append([])
    sheet.append(["STT", "Lĩnh vực", *(f"Cột {n}" for n in range(3, 14))])
    sheet.append(["(1)", "(2)", *(f"({n})" for n in range(3, 14))])
    sheet.append([1, "Hộ tịch"])
    sheet.append([None, "Tổng số"])
    path = tmp_path / "tinh.xlsx"
    book.save(path)
    cells = TemplateService(tmp_path).offer("II.06a", path).mapping.cells
    assert (cells["parent_agency"].cell, cells["agency_name"].cell) == ("B2", "B3")


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


def _drawn_table(path: Path, header: list[str], *, top: int, rows: int) -> Path:
    """A province's own sheet: a title, the header at row `top`, its numbers under it, then
    `rows` boxed rows and a signature; nothing else of the official layout."""
    from openpyxl import Workbook
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "BẢNG THEO DÕI CỦA TỈNH"
    for index, title in enumerate(header, start=1):
        sheet.cell(top, index, title).border = box
        sheet.cell(top + 1, index, f"({index})").border = box
        for row in range(top + 2, top + 2 + rows):
            sheet.cell(row, index).border = box
    sheet.cell(top + rows + 3, 2, "NGƯỜI LẬP BIỂU")
    book.save(path)
    return path


def test_a_province_s_766_sheet_names_its_units_in_its_third_column(tmp_path: Path) -> None:
    """The DVC sheet of QĐ 766: (2) is the unit's identifier code, the name is (3)."""
    header = [title for _number, title in _layout("766-dvc")]
    path = _drawn_table(tmp_path / "766.xlsx", header, top=5, rows=15)
    service = TemplateService(tmp_path)
    mapping = service.propose("766-dvc", path)
    [table] = mapping.tables
    assert (table.anchor, table.label_column, table.row_key, table.prepared_rows) == (
        "A7", "C", "unit", 15,
    )  # fmt: skip
    assert table.columns["2"] == "B" and table.columns["18"] == "R" and "3" not in table.columns
    assert service.install("766-dvc", path, mapping, "tinh").name == "tinh"


def test_a_province_s_register_is_proposed_and_exports_through_it(
    commune: Services, tmp_path: Path
) -> None:
    """Without a total row the table ends where its drawn rows do; the dossiers fill it."""
    header = [title for _number, title in _layout("register")]
    path = _drawn_table(tmp_path / "so.xlsx", header, top=3, rows=4)
    mapping = commune.templates.propose("register", path)
    [table] = mapping.tables
    assert (table.anchor, table.label_column, table.row_key, table.prepared_rows) == (
        "A5", "B", "dossier", 4,
    )  # fmt: skip
    commune.templates.install("register", path, mapping, "tinh")
    add_dossier(commune, "HS-01", date(2025, 8, 4))
    add_dossier(commune, "HS-02", date(2025, 8, 5))
    out = commune.reports.export(form="register", period="2025-Q3", out=tmp_path, template="tinh")
    sheet = load_workbook(out.path).active
    assert sheet is not None
    assert [sheet.cell(row, 2).value for row in (5, 6)] == ["HS-01", "HS-02"]
    assert sheet.cell(5, 7).value is not None  # received, column (7)


def _layout(form: str) -> list[tuple[int, str]]:
    from egov_desktop.export.propose import layout_columns

    template = get_template(form)
    return layout_columns(template.workbook, template.mapping.tables[0].label_column)[0]
