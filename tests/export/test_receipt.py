"""The printable receipt and return note: re-read with openpyxl."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from egov_desktop.export.receipt import write_receipt
from tests.export.samples import LONG_REASON, RECEIPT


def _sheet(path: Path) -> Worksheet:
    ws = load_workbook(path).active
    assert isinstance(ws, Worksheet)
    return ws


def _row_of(ws: Worksheet, label: str) -> int:
    return next(row for row in range(1, ws.max_row + 1) if ws[f"B{row}"].value == label)


def test_an_office_without_a_parent_agency_stands_beside_the_quoc_hieu(tmp_path: Path) -> None:
    ws = _sheet(write_receipt(tmp_path / "BN.xlsx", RECEIPT))
    assert ws["A1"].value == "UBND THÀNH PHỐ HÀ NỘI" and ws["A1"].font.b
    assert ws["C1"].value == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert ws["A2"].value is None


def test_an_office_under_a_parent_agency_comes_second(tmp_path: Path) -> None:
    data = replace(RECEIPT, parent_agency="UBND Thành phố Hà Nội", office_name="Văn phòng UBND")
    ws = _sheet(write_receipt(tmp_path / "BN.xlsx", data))
    assert (ws["A1"].value, ws["A1"].font.b) == ("UBND THÀNH PHỐ HÀ NỘI", False)
    assert (ws["A2"].value, ws["A2"].font.b) == ("VĂN PHÒNG UBND", True)


def test_a_long_reason_gets_the_lines_it_needs(tmp_path: Path) -> None:
    """The row of a reason is as tall as its lines; a fixed two-line row would clip it."""
    data = replace(RECEIPT, returned=True, reason=LONG_REASON)
    ws = _sheet(write_receipt(tmp_path / "TL.xlsx", data))
    row = _row_of(ws, "Lý do trả lại")
    assert ws[f"C{row}"].value == LONG_REASON and ws[f"C{row}"].alignment.wrap_text
    width = sum(ws.column_dimensions[letter].width for letter in "CD")
    assert len(LONG_REASON) > 5 * width
    assert (ws.row_dimensions[row].height or 0) >= 6 * 16


def test_texts_in_the_table_do_not_touch_the_cell_border(tmp_path: Path) -> None:
    ws = _sheet(write_receipt(tmp_path / "BN.xlsx", RECEIPT))
    row = _row_of(ws, "Đơn vị gửi báo cáo")
    assert ws[f"C{row}"].value == "Phường Ba Đình (mã 00004)"
    assert ws[f"B{row}"].alignment.indent >= 1 and ws[f"C{row}"].alignment.indent >= 1
