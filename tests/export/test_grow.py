from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.table import Table

from egov_desktop.export import grow


class TestShiftSpan:
    @pytest.mark.parametrize(
        ("span", "idx", "amount", "expected"),
        [
            ((5, 5), 10, 3, (5, 5)),  # above: stays
            ((10, 12), 10, 3, (13, 15)),  # starts at idx: moves
            ((5, 12), 10, 3, (5, 15)),  # straddles: stretches
            ((5, 9), 10, 3, (5, 9)),  # ends just above: stays (Excel does not stretch it)
            ((5, 20), 10, -3, (5, 17)),  # delete inside: shrinks
            ((11, 11), 10, -3, None),  # deleted
            ((10, 12), 10, -3, None),  # wholly deleted
            ((11, 20), 10, -3, (10, 17)),  # top deleted: starts at idx
            ((15, 16), 10, -3, (12, 13)),  # below: moves up
            ((3, 11), 10, -3, (3, 9)),  # bottom deleted
        ],
    )
    def test_excel_rule(
        self, span: tuple[int, int], idx: int, amount: int, expected: tuple[int, int] | None
    ) -> None:
        assert grow.shift_span(*span, idx, amount) == expected


class TestShiftFormula:
    @pytest.mark.parametrize(
        ("formula", "expected"),
        [
            ("=SUM(C5:C12)", "=SUM(C5:C15)"),
            ("=C14*2", "=C17*2"),
            ("=$C$14+$C$9", "=$C$17+$C$9"),
            ("=SUM(10:12)", "=SUM(13:15)"),
            ("=SUM($A:$A)", "=SUM($A:$A)"),
            ("=Report!C14+'Other sheet'!C14", "=Report!C17+'Other sheet'!C14"),
            ("=SUM(Total)+1", "=SUM(Total)+1"),
            ('=IF(A1="C14",1,0)', '=IF(A1="C14",1,0)'),
        ],
    )
    def test_insert(self, formula: str, expected: str) -> None:
        assert (
            grow.shift_formula(formula, home="Report", target="Report", idx=10, amount=3)
            == expected
        )

    def test_formula_on_another_sheet_only_follows_qualified_references(self) -> None:
        shifted = grow.shift_formula(
            "=C14+Report!C14", home="Other", target="Report", idx=10, amount=3
        )
        assert shifted == "=C14+Report!C17"

    def test_quoted_sheet_names(self) -> None:
        shifted = grow.shift_formula(
            "='Bà Rịa''s'!A10", home="x", target="Bà Rịa's", idx=10, amount=2
        )
        assert shifted == "='Bà Rịa''s'!A12"

    def test_delete_turns_lost_cells_into_ref_errors(self) -> None:
        assert (
            grow.shift_formula("=A11+SUM(B5:B20)", home="S", target="S", idx=10, amount=-3)
            == "=#REF!+SUM(B5:B17)"
        )

    def test_defined_name_text_without_equals_sign(self) -> None:
        assert (
            grow.shift_formula("'S'!$A$1:$M$40", home=None, target="S", idx=10, amount=5)
            == "'S'!$A$1:$M$45"
        )


def _sheet() -> tuple[Workbook, object]:
    """A small report: header merge, 3 data rows (10-12), total with SUM, merged footer."""
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = "S"
    ws.merge_cells("A1:D1")
    ws["A1"] = "Title"
    for row in range(10, 13):
        ws.cell(row=row, column=1, value=row).font = Font(name="Times New Roman", b=True)
        ws.cell(row=row, column=2).fill = PatternFill("solid", fgColor="FFFF00")
        ws.row_dimensions[row].height = 21
        ws.merge_cells(start_row=row, end_row=row, start_column=3, end_column=4)
    ws["A13"] = "=SUM(A10:A12)"
    ws.merge_cells("A15:D15")
    ws["A15"] = "Footer"
    ws.row_dimensions[15].height = 30
    ws.merge_cells("F9:F13")
    ws.print_title_rows = "8:9"
    ws.print_area = "A1:D15"
    other = workbook.create_sheet("Other")
    other["A1"] = "=S!A13*2"
    return workbook, ws


class TestInsertRows:
    def test_cells_merges_heights_and_formulas_follow(self) -> None:
        workbook, ws = _sheet()
        grow.insert_rows(ws, 12, 4)
        merged = {str(r) for r in ws.merged_cells.ranges}
        assert "A19:D19" in merged  # footer moved
        assert "F9:F17" in merged  # straddling range stretched
        assert "A1:D1" in merged
        assert ws["A19"].value == "Footer"
        assert ws.row_dimensions[19].height == 30
        assert ws["A17"].value == "=SUM(A10:A16)"
        assert workbook["Other"]["A1"].value == "=S!A17*2"
        assert ws.print_title_rows == "$8:$9"
        assert ws.print_area == "'S'!$A$1:$D$19"

    def test_new_rows_look_like_the_row_above(self) -> None:
        _workbook, ws = _sheet()
        grow.insert_rows(ws, 12, 2)
        for row in (12, 13):
            assert ws.cell(row=row, column=1).font.b is True
            assert ws.cell(row=row, column=2).fill.fgColor.rgb == "00FFFF00"
            assert ws.row_dimensions[row].height == 21
        merged = {str(r) for r in ws.merged_cells.ranges}
        assert {"C12:D12", "C13:D13", "C14:D14"} <= merged  # row merge repeated, old one moved

    def test_validations_conditional_formats_tables_names_breaks_links(self) -> None:
        workbook, ws = _sheet()
        validation = DataValidation(type="whole", operator="greaterThan", formula1="0")
        validation.add("B10:B12")
        ws.add_data_validation(validation)
        ws.conditional_formatting.add(
            "B10:B12", CellIsRule(operator="greaterThan", formula=["$A$13"], fill=PatternFill())
        )
        ws.add_table(Table(displayName="T1", ref="H10:I12"))
        workbook.defined_names["Total"] = DefinedName("Total", attr_text="S!$A$13")
        ws.row_breaks.append(Break(id=13))
        ws["A14"].hyperlink = "https://dichvucong.gov.vn"
        grow.insert_rows(ws, 11, 2)
        assert str(ws.data_validations.dataValidation[0].sqref) == "B10:B14"
        formatting = next(iter(ws.conditional_formatting))
        assert str(formatting.sqref) == "B10:B14"
        assert formatting.rules[0].formula == ["$A$15"]
        assert ws.tables["T1"].ref == "H10:I14"
        assert workbook.defined_names["Total"].attr_text == "S!$A$15"
        assert ws.row_breaks.brk[0].id == 15
        assert ws["A16"].hyperlink.ref == "A16"

    def test_saved_file_keeps_the_structure(self, tmp_path: Path) -> None:
        workbook, ws = _sheet()
        grow.insert_rows(ws, 12, 5)
        path = tmp_path / "grown.xlsx"
        workbook.save(path)
        again = load_workbook(path)["S"]
        assert {str(r) for r in again.merged_cells.ranges} >= {"A20:D20", "F9:F18"}
        assert again["A18"].value == "=SUM(A10:A17)"
        assert again["A20"].value == "Footer"

    def test_zero_rows_changes_nothing(self) -> None:
        _workbook, ws = _sheet()
        before = {str(r) for r in ws.merged_cells.ranges}
        grow.insert_rows(ws, 12, 0)
        assert {str(r) for r in ws.merged_cells.ranges} == before


class TestDeleteRows:
    def test_everything_below_moves_up(self) -> None:
        workbook, ws = _sheet()
        grow.delete_rows(ws, 11, 2)
        merged = {str(r) for r in ws.merged_cells.ranges}
        assert "A13:D13" in merged
        assert "F9:F11" in merged
        assert "C11:D11" not in merged and "C12:D12" not in merged
        assert "C10:D10" in merged
        assert ws["A11"].value == "=SUM(A10:A10)"
        assert ws["A13"].value == "Footer"
        assert ws.row_dimensions[13].height == 30
        assert workbook["Other"]["A1"].value == "=S!A11*2"
        assert ws.print_area == "'S'!$A$1:$D$13"

    def test_merge_whose_top_row_is_deleted_keeps_a_real_corner(self, tmp_path: Path) -> None:
        workbook, ws = _sheet()
        grow.delete_rows(ws, 9, 1)  # the first row of F9:F13
        assert "F9:F12" in {str(r) for r in ws.merged_cells.ranges}
        workbook.save(tmp_path / "x.xlsx")
        assert "F9:F12" in {str(r) for r in load_workbook(tmp_path / "x.xlsx")["S"].merged_cells}
