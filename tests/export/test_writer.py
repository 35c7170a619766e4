"""Golden tests: fill each built-in template, re-open the file, compare with written-out values."""

from __future__ import annotations

import hashlib
import shutil
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from egov_desktop.errors import ExportError
from egov_desktop.export import ooxml, wrap, writer
from egov_desktop.export.mapping import load_mapping, save_mapping
from egov_desktop.export.model import CellStyle, ReportData, RowGroup, TableRow
from egov_desktop.export.templates import Template, builtin_root, get_template, load_template
from egov_desktop.export.writer import export_report
from tests.export import samples

II06A_HEADER_MERGES = {
    "A11:A13", "B11:B13",  # TT, label: all three header rows
    "C11:F11", "G11:J11", "K11:M11",  # level-1 groups of 4, 4 and 3 columns
    "C12:C13", "D12:E12", "F12:F13",  # "Tổng số", "Trong đó" over 4-5, "Từ kỳ trước"
    "G12:G13", "H12:H13", "I12:I13", "J12:J13",
    "K12:K13", "L12:L13", "M12:M13",
}  # fmt: skip
II06A_COLUMNS = [chr(ord("A") + i) for i in range(13)]


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(autouse=True)
def _templates_never_change() -> object:
    """Every test of this module leaves the built-in templates byte for byte as they were."""
    files = sorted(builtin_root().rglob("*"))
    before = {path: _sha(path) for path in files if path.is_file()}
    yield
    assert {path: _sha(path) for path in before} == before


def _open(path: Path) -> Worksheet:
    ws = load_workbook(path)["II.06a"]
    return ws


def _assert_number(ws: Worksheet, address: str, expected: int) -> None:
    cell = ws[address]
    assert cell.data_type == "n" and type(cell.value) is int, (address, cell.value)
    assert cell.value == expected, address


def _assert_fixed_cells(ws: Worksheet, *, place_row: int) -> None:
    assert ws["A1"].value == "UBND THÀNH PHỐ HÀ NỘI"
    assert ws["A2"].value == "UBND PHƯỜNG BA ĐÌNH"
    assert ws["H1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert ws["H2"].value == "Độc lập - Tự do - Hạnh phúc"
    assert ws["H2"].font.u == "single"
    assert ws["A4"].value == "Biểu số II.06a/VPCP/KSTT"
    assert ws["H4"].value == "Đơn vị báo cáo: UBND Phường Ba Đình"
    assert ws["H5"].value == "Đơn vị nhận báo cáo: Văn phòng UBND Thành phố Hà Nội"
    assert ws["A8"].value == "Kỳ báo cáo: Quý III năm 2025"
    assert ws["A9"].value == "(Từ ngày 15/06/2025 đến ngày 14/09/2025)"
    assert ws["H10"].value == "Đơn vị tính: Số hồ sơ TTHC."
    assert ws[f"H{place_row}"].value == "Ba Đình, ngày 05 tháng 9 năm 2025"
    assert ws[f"H{place_row}"].font.i is True
    assert ws[f"A{place_row + 1}"].value == "NGƯỜI LẬP BIỂU"
    assert ws[f"H{place_row + 1}"].value == "THỦ TRƯỞNG CƠ QUAN/ĐƠN VỊ"
    assert ws[f"A{place_row + 2}"].value == "(Ký, ghi rõ họ tên)"
    assert ws[f"H{place_row + 2}"].value == "(Ký tên, đóng dấu)"
    assert ws[f"A{place_row + 7}"].value == "Nguyễn Văn An"
    assert ws[f"H{place_row + 7}"].value == "Trần Thị Bình"


def _assert_layout(ws: Worksheet, *, last_row: int) -> None:
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_margins.left == pytest.approx(3.0 / 2.54)
    assert ws.page_margins.right == pytest.approx(1.5 / 2.54)
    assert ws.page_margins.top == pytest.approx(2.0 / 2.54)
    assert ws.print_title_rows == "$11:$14"
    assert ws.print_area == f"'II.06a'!$A$1:$M${last_row}"
    assert [ws.cell(row=14, column=c).value for c in range(1, 14)] == [
        f"({n})" for n in range(1, 14)
    ]
    assert all(ws.cell(row=14, column=c).font.i for c in range(1, 14))


def _assert_times_new_roman(ws: Worksheet) -> None:
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None:
                assert cell.font.name == "Times New Roman", cell.coordinate
                assert cell.font.scheme is None, cell.coordinate


class TestII06a:
    def test_golden(self, tmp_path: Path) -> None:
        data = samples.ii06a_data()  # 8 sectors in 30 prepared rows: 22 rows go
        out = export_report(
            data, get_template("II.06a"), output=tmp_path / "II.06a_00004_2025-Q3.xlsx"
        )
        ws = _open(out)
        for offset, row in enumerate(data.rows):
            sheet_row = 15 + offset
            _assert_number(ws, f"A{sheet_row}", offset + 1)
            assert ws[f"B{sheet_row}"].value == row.label
            for column in range(3, 14):
                _assert_number(
                    ws, f"{II06A_COLUMNS[column - 1]}{sheet_row}", row.values[str(column)]
                )  # type: ignore[arg-type]
        assert ws["B23"].value == "Tổng số" and ws["B23"].font.b
        for column in range(3, 14):
            key = str(column)
            total = sum(row.values[key] for row in data.rows)  # type: ignore[misc]
            _assert_number(ws, f"{II06A_COLUMNS[column - 1]}23", total)
            assert ws[f"{II06A_COLUMNS[column - 1]}23"].font.b
        assert ws["A24"].value is None
        _assert_fixed_cells(ws, place_row=25)
        _assert_layout(ws, last_row=32)
        _assert_times_new_roman(ws)
        merges = {str(r) for r in ws.merged_cells.ranges}
        assert merges >= II06A_HEADER_MERGES
        assert "H25:M25" in merges and "A32:E32" in merges and "H32:M32" in merges
        assert not any(15 <= r.min_row <= 23 for r in ws.merged_cells.ranges)

    def test_identities_hold_in_the_sheet(self, tmp_path: Path) -> None:
        """I1-I4 and I6 of domain.md §4.1, read back from the file."""
        out = export_report(
            samples.ii06a_data(), get_template("II.06a"), output=tmp_path / "r.xlsx"
        )
        ws = _open(out)
        for row in range(15, 24):
            v = {c: ws.cell(row=row, column=c).value for c in range(3, 14)}
            assert v[3] == v[4] + v[5] + v[6] == v[7] + v[11]
            assert v[7] == v[8] + v[9] + v[10] and v[11] == v[12] + v[13]

    def test_more_rows_than_prepared(self, tmp_path: Path) -> None:
        data = samples.ii06a_data(45)
        out = export_report(data, get_template("II.06a"), output=tmp_path / "r.xlsx")
        ws = _open(out)
        _assert_number(ws, "A59", 45)
        assert ws["B60"].value == "Tổng số"
        _assert_fixed_cells(ws, place_row=62)
        _assert_layout(ws, last_row=69)
        _assert_times_new_roman(ws)
        assert all(ws.cell(row=50, column=c).border.left.style == "thin" for c in range(1, 14))

    def test_special_values(self, tmp_path: Path) -> None:
        """Formula-like text stays text, dates are dd/mm/yyyy dates, floats stay floats."""
        rows = [
            TableRow("a", "=SUM(A1:A9)", {"3": date(2025, 7, 1), "4": 2.5, "5": "-12"}),
            TableRow("b", "@mention", {"3": "+84 912", "4": None}),
        ]
        data = replace(samples.ii06a_data(), rows=rows)
        out = export_report(data, get_template("II.06a"), output=tmp_path / "r.xlsx")
        ws = _open(out)
        assert ws["B15"].value == "=SUM(A1:A9)" and ws["B15"].data_type == "s"
        assert ws["B16"].value == "@mention" and ws["B16"].data_type == "s"
        assert ws["C15"].value == datetime(2025, 7, 1) and ws["C15"].number_format == "DD/MM/YYYY"
        assert ws["D15"].value == 2.5
        assert ws["E15"].value == "-12" and ws["E15"].data_type == "s"
        assert ws["C16"].value == "+84 912"
        with zipfile.ZipFile(out) as archive:
            raw = ooxml.read_sheet(archive, "xl/worksheets/sheet1.xml").cells
        assert raw["B15"].formula is None and raw["B15"].type == "inlineStr"

    def test_cell_styles(self, tmp_path: Path) -> None:
        """A value's own number format and centring reach its cell, and only its cell."""
        styles = {
            "3": CellStyle(number_format='0"%"'),
            "4": CellStyle(number_format='"≥ "0'),
            "5": CellStyle(centred=True),
        }
        rows = [
            TableRow("a", "Hộ tịch", {"3": 100.0, "4": 100, "5": "không áp dụng"}, styles=styles),
            TableRow("b", "Đất đai", {"3": 7, "4": 8, "5": 9}),
        ]
        data = replace(samples.ii06a_data(), rows=rows)
        out = export_report(data, get_template("II.06a"), output=tmp_path / "r.xlsx")
        ws = _open(out)
        assert (ws["C15"].value, ws["C15"].number_format) == (100, '0"%"')
        assert (ws["D15"].value, ws["D15"].number_format) == (100, '"≥ "0')
        assert ws["C15"].data_type == ws["D15"].data_type == "n"
        assert ws["E15"].value == "không áp dụng" and ws["E15"].alignment.horizontal == "center"
        assert ws["E15"].font.name == "Times New Roman" and ws["E15"].border.left.style == "thin"
        # A text in a narrow column of figures wraps, and its row grows to show both lines.
        assert ws["E15"].alignment.wrap_text and (ws.row_dimensions[15].height or 0) >= 30
        assert ws["C16"].number_format == "#,##0" and ws["E16"].alignment.horizontal == "right"

    def test_existing_report_is_replaced(self, tmp_path: Path) -> None:
        out = tmp_path / "r.xlsx"
        out.write_bytes(b"old")
        export_report(samples.ii06a_data(), get_template("II.06a"), output=out)
        assert zipfile.is_zipfile(out)
        assert not list(tmp_path.glob("*.partial"))

    def test_what_an_export_cut_short_left_is_cleared_by_the_next(self, tmp_path: Path) -> None:
        """A power cut during last quarter's export left its twin beside this one's."""
        import os

        left = tmp_path / "II.06a_00004_2025-Q2.xlsx.partial"
        left.write_bytes(b"half")
        os.utime(left, (left.stat().st_mtime - 7200,) * 2)
        export_report(samples.ii06a_data(), get_template("II.06a"), output=tmp_path / "r.xlsx")
        assert sorted(p.name for p in tmp_path.iterdir()) == ["r.xlsx"]


class TestII06aAggregated:
    def test_golden_groups(self, tmp_path: Path) -> None:
        data = samples.ii06a_agg_data(units_per_group=3)
        out = export_report(data, get_template("II.06a-agg"), output=tmp_path / "agg.xlsx")
        ws = _open(out)
        assert ws["B11"].value == "Tên đơn vị"
        assert [ws[f"A{r}"].value for r in range(15, 23)] == ["I", 1, 2, 3, "II", 1, 2, 3]
        assert ws["B15"].value == "Sở, ban, ngành" and ws["B15"].font.b
        assert ws["B16"].value == "Sở số 1" and not ws["B16"].font.b
        for column in range(3, 14):
            letter = II06A_COLUMNS[column - 1]
            units = [ws[f"{letter}{r}"].value for r in (16, 17, 18, 20, 21, 22)]
            _assert_number(ws, f"{letter}15", sum(units[:3]))
            _assert_number(ws, f"{letter}19", sum(units[3:]))
            _assert_number(ws, f"{letter}23", sum(units))
        _assert_fixed_cells(ws, place_row=25)
        _assert_times_new_roman(ws)

    def test_hundred_units_grow_the_table(self, tmp_path: Path) -> None:
        groups = [RowGroup("x", "Xã, phường")]
        rows = [TableRow(f"u{i}", f"Xã {i}", samples.ii06a_values(i), "x") for i in range(100)]
        data = ReportData("II.06a-agg", dict(samples.FIXED), rows, groups=groups)
        out = export_report(data, get_template("II.06a-agg"), output=tmp_path / "agg.xlsx")
        ws = _open(out)
        _assert_number(ws, "A115", 100)
        assert ws["B116"].value == "Tổng số"
        _assert_number(ws, "C116", sum(samples.ii06a_values(i)["3"] for i in range(100)))  # type: ignore[misc]
        _assert_fixed_cells(ws, place_row=118)
        _assert_layout(ws, last_row=125)
        assert {str(r) for r in ws.merged_cells.ranges} >= II06A_HEADER_MERGES


def test_an_office_without_a_superior_prints_its_name_bold_on_the_first_line(
    tmp_path: Path,
) -> None:
    fixed = dict(samples.FIXED, parent_agency="", agency_name="UBND Thành phố Hà Nội")
    data = replace(samples.ii06a_agg_data(), fixed=fixed)
    ws = _open(export_report(data, get_template("II.06a-agg"), output=tmp_path / "agg.xlsx"))
    assert (ws["A1"].value, ws["A1"].font.b, ws["A1"].font.name) == (
        "UBND THÀNH PHỐ HÀ NỘI",
        True,
        "Times New Roman",
    )
    assert not ws["A2"].value
    assert ws["H1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"


class TestII07b:
    def test_golden(self, tmp_path: Path) -> None:
        data = samples.ii07b_data()
        out = export_report(data, get_template("II.07b"), output=tmp_path / "b.xlsx")
        ws = load_workbook(out)["II.07b"]
        assert ws["A4"].value == "Biểu số II.07b/VPCP/KSTT"
        assert ws["A7"].value == "TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH"
        assert {"A11:A12", "B11:B12", "C11:F11", "G11:J11", "K11:N11"} <= {
            str(r) for r in ws.merged_cells.ranges
        }
        assert [ws.cell(row=13, column=c).value for c in (1, 14)] == ["(1)", "(14)"]
        assert ws["B14"].value == "UBND Phường Ba Đình"
        _assert_number(ws, "N16", 82)
        _assert_number(ws, "C17", 303)
        assert ws.print_title_rows == "$11:$13"
        _assert_times_new_roman(ws)


class TestRegister:
    def test_rows_grow_to_the_lines_of_every_wrapped_text(self, tmp_path: Path) -> None:
        """Not only the label: the procedure, applicant and address columns wrap too.

        The sheet fixes every row's height by default, so a row left at it prints a four-line
        procedure name over the rows below.
        """
        data = samples.register_data()
        out = export_report(data, get_template("register"), output=tmp_path / "so.xlsx")
        ws = load_workbook(out)["register"]
        assert ws.sheet_format.customHeight
        for row in (14, 15):
            assert len(ws[f"C{row}"].value) > 3 * (ws.column_dimensions["C"].width or 0)
            assert ws[f"C{row}"].alignment.wrap_text
            assert (ws.row_dimensions[row].height or 0) >= 4 * 15, row


class TestQd766:
    def test_a_unit_s_electronic_code_keeps_to_one_line(self, tmp_path: Path) -> None:
        """ "000.00.31.H26" fits its column with room to spare: no row doubles its height."""
        rows = [
            TableRow(f"u{i}", name, {"2": "000.00.31.H26", "4": 126, "7": 60.0})
            for i, name in enumerate(("Phường Ba Đình", "Xã Sóc Sơn"))
        ]
        data = ReportData("766-dvc", dict(samples.FIXED), rows)
        out = export_report(data, get_template("766-dvc"), output=tmp_path / "766.xlsx")
        ws = load_workbook(out)["766"]
        assert [ws[f"B{row}"].value for row in (14, 15)] == ["000.00.31.H26"] * 2
        assert ws.row_dimensions[14].height is None and ws.row_dimensions[15].height is None


def test_a_deadline_fits_the_targets_sheet_with_room_to_spare() -> None:
    """ "31/12/2027" in Times New Roman 12 filled its column edge to edge."""
    ws = load_workbook(builtin_root() / "targets" / "builtin.xlsx")["targets"]
    assert ws["E11"].value == "Thời hạn"
    assert len("31/12/2027") * wrap.CHAR_FACTOR < (ws.column_dimensions["E"].width or 0) - 1


def _custom_template(tmp_path: Path, **table_changes: object) -> Template:
    """The built-in II.06a with a changed mapping, in a folder of its own."""
    folder = tmp_path / "custom" / "II.06a"
    folder.mkdir(parents=True)
    shutil.copyfile(builtin_root() / "II.06a" / "builtin.xlsx", folder / "builtin.xlsx")
    mapping = load_mapping(builtin_root() / "II.06a" / "builtin.toml")
    table = replace(mapping.tables[0], **table_changes)  # type: ignore[arg-type]
    save_mapping(replace(mapping, tables=[table]), folder / "v2.toml")
    return load_template(folder / "v2.toml")


class TestMappingOptions:
    def test_unused_rows_hidden(self, tmp_path: Path) -> None:
        template = _custom_template(tmp_path, unused_rows="hide")
        out = export_report(samples.ii06a_data(3), template, output=tmp_path / "r.xlsx")
        ws = _open(out)
        assert all(ws.row_dimensions[r].hidden for r in range(18, 45))
        assert not ws.row_dimensions[17].hidden
        assert ws["B45"].value == "Tổng số"
        _assert_number(ws, "C45", sum(samples.ii06a_values(i)["3"] for i in (1, 2, 3)))  # type: ignore[misc]

    def test_kept_formula_follows_the_rows(self, tmp_path: Path) -> None:
        workbook = Workbook()
        ws = workbook.active
        assert ws is not None
        ws.title = "S"
        ws["A1"] = "Kỳ"
        for row in range(3, 6):
            ws.cell(row=row, column=1)
        ws["B6"] = "Tổng"
        ws["C6"] = "=SUM(C3:C5)"
        ws["A8"] = "Người lập"
        folder = tmp_path / "t" / "X"
        folder.mkdir(parents=True)
        workbook.save(folder / "f.xlsx")
        (folder / "f.toml").write_text(
            'form = "X"\nworkbook = "f.xlsx"\nsheet = "S"\n[cells]\nofficer = "A8"\n'
            '[[tables]]\nanchor = "A3"\nrow_key = "indicator"\nlabel_column = "B"\n'
            'prepared_rows = 3\ncolumns = { "3" = "C" }\n'
            'total = { label = "Tổng", keep_formula = true }\n',
            encoding="utf-8",
        )
        rows = [TableRow(str(i), f"Chỉ số {i}", {"3": i}) for i in range(5)]
        data = ReportData("X", {"officer": "Lê Văn C"}, rows)
        out = export_report(data, load_template(folder / "f.toml"), output=tmp_path / "x.xlsx")
        ws = load_workbook(out)["S"]
        assert ws["C8"].value == "=SUM(C3:C7)"
        assert ws["A10"].value == "Lê Văn C"


class TestFailures:
    def test_a_file_that_fails_its_check_is_deleted(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        original = writer._write_openpyxl

        def lying(*args: object) -> object:
            expected = original(*args)  # type: ignore[arg-type]
            expected.cells["C15"] = 123456
            return expected

        monkeypatch.setattr(writer, "_write_openpyxl", lying)
        out = tmp_path / "r.xlsx"
        out.write_bytes(b"previous report")
        with pytest.raises(ExportError, match="C15") as caught:
            export_report(samples.ii06a_data(), get_template("II.06a"), output=out)
        assert "đã bị xóa" in str(caught.value)
        assert out.read_bytes() == b"previous report"
        assert list(tmp_path.iterdir()) == [out]

    def test_never_writes_over_the_template(self, tmp_path: Path) -> None:
        template = _custom_template(tmp_path)
        with pytest.raises(ExportError, match="tệp mẫu"):
            export_report(samples.ii06a_data(), template, output=template.workbook)

    def test_unwritable_folder(self, tmp_path: Path) -> None:
        blocker = tmp_path / "file"
        blocker.write_text("x")
        with pytest.raises(ExportError, match="Không ghi được"):
            export_report(samples.ii06a_data(), get_template("II.06a"), output=blocker / "r.xlsx")


def test_an_export_runs_with_the_cycle_collector_paused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc

    check = writer.verify_export
    during: list[bool] = []

    def watched(*args: object, **kwargs: object) -> None:
        during.append(gc.isenabled())
        check(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "verify_export", watched)
    export_report(samples.ii06a_data(), get_template("II.06a"), output=tmp_path / "r.xlsx")
    assert during == [False] and gc.isenabled()
