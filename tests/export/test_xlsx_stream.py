"""The streamed .xlsx reader gives what openpyxl's read-only pass gives, value for value."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from egov_desktop.export.readers import read_sheet
from egov_desktop.export.readers.xlsx import _streamed


def _openpyxl_rows(path: Path) -> list[list[object]]:
    book = load_workbook(path, read_only=True, data_only=True)
    rows = []
    for values in book.worksheets[0].iter_rows(values_only=True):
        cells = list(values)
        while cells and cells[-1] in (None, ""):
            cells.pop()
        rows.append(cells)
    book.close()
    return rows


def _book(tmp_path: Path, *, date1904: bool = False) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sổ theo dõi"
    if date1904:
        book.epoch = datetime(1904, 1, 1)  # type: ignore[attr-defined]
    sheet["A1"] = "SỔ THEO DÕI HỒ SƠ"
    sheet.append([])
    sheet["A3"], sheet["B3"], sheet["C3"], sheet["E3"] = "Mã", 12, 3.5, True
    sheet["A4"] = datetime(2025, 7, 1, 8, 30)
    sheet["B4"] = date(2025, 7, 3)
    sheet["C4"] = 45839  # a bare serial with the General format stays a number
    sheet["D4"] = "=1+1"
    sheet["A5"] = CellRichText(["Nguyễn ", TextBlock(InlineFont(b=True), "Văn An")])
    sheet["F7"] = "lẻ loi"
    sheet["B4"].number_format = "dd/mm/yyyy"
    path = tmp_path / "s.xlsx"
    book.save(path)
    return path


@pytest.mark.parametrize("date1904", [False, True])
def test_the_same_values_as_openpyxl(tmp_path: Path, date1904: bool) -> None:
    path = _book(tmp_path, date1904=date1904)
    streamed = _streamed(path)
    assert streamed is not None and streamed.name == "Sổ theo dõi"
    mine = [[c.value for c in row] for row in streamed.rows]
    assert mine == _openpyxl_rows(path)
    assert mine[3][:2] == [datetime(2025, 7, 1, 8, 30), datetime(2025, 7, 3)]
    assert mine[4] == ["Nguyễn Văn An"] and mine[6] == [None] * 5 + ["lẻ loi"]


def test_inline_strings_and_missing_row_numbers(tmp_path: Path) -> None:
    path = _book(tmp_path)
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"].decode()
    sheet = sheet.replace('<c r="F7" t="s">', '<c r="F7" t="inlineStr">', 1)
    start = sheet.index('<c r="F7" t="inlineStr">')
    end = sheet.index("</c>", start)
    sheet = sheet[:start] + '<c r="F7" t="inlineStr"><is><t>chữ rời</t></is>' + sheet[end:]
    parts["xl/worksheets/sheet1.xml"] = sheet.encode()
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    streamed = _streamed(path)
    assert streamed is not None
    assert [c.value for c in streamed.rows[6]] == [None] * 5 + ["chữ rời"]
    assert streamed.rows[1] == [] and len(streamed.rows) == 7


def test_legacy_fonts_go_through_openpyxl(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A1"] = "NguyÔn"
    sheet["A1"].font = Font(name=".VnTime")
    path = tmp_path / "legacy.xlsx"
    book.save(path)
    assert _streamed(path) is None
    assert read_sheet(path).rows[0][0].font == ".VnTime"
