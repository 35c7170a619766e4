"""Office Open XML workbooks: streamed from the XML, or through openpyxl when fonts matter."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import BinaryIO

from openpyxl import load_workbook

from egov_desktop.export.damage import WORKBOOK_DAMAGE
from egov_desktop.export.readers.common import RawCell, RawSheet
from egov_desktop.export.readers.failures import unreadable
from egov_desktop.export.readers.xlsx_stream import first_sheet, iter_values, legacy_fonts

#: Text with a character in this range may be TCVN3/VNI; only then is the font looked up,
#: because reading styles in streaming mode costs more than reading the value.
_LEGACY_RANGE = range(0x80, 0x100)


def _needs_font(value: object) -> bool:
    return isinstance(value, str) and any(ord(ch) in _LEGACY_RANGE for ch in value)


def _streamed(path: Path) -> RawSheet | None:
    """The sheet read straight from its XML; None when fonts matter or the file is unusual."""
    try:
        with zipfile.ZipFile(path) as archive:
            if legacy_fonts(archive):
                return None  # TCVN3/VNI text needs each cell's font: openpyxl reads those
            name, part = first_sheet(archive)
            rows: list[list[RawCell]] = []
            for values in iter_values(archive, part):
                cells = [RawCell(value) for value in values]
                while cells and cells[-1].value in (None, ""):
                    cells.pop()
                rows.append(cells)
            return RawSheet(name, rows, "xlsx")
    except WORKBOOK_DAMAGE:
        return None  # openpyxl below tries again, and failures.py says what is wrong


def read_xlsx(path: Path) -> RawSheet:
    """The first worksheet's rows; empty trailing cells trimmed."""
    streamed = _streamed(path)
    if streamed is not None:
        return streamed
    try:
        return _read_with_fonts(path)
    except WORKBOOK_DAMAGE as error:
        raise unreadable(path, error, "xlsx") from error


def _read_with_fonts(path: Path) -> RawSheet:
    # Read-only openpyxl parses rows as they are asked for: damage may surface in the loop.
    # The file is ours to close, whatever stream of it openpyxl leaves open on the way out.
    with path.open("rb") as stream:
        return _rows_with_fonts(stream)


def _rows_with_fonts(stream: BinaryIO) -> RawSheet:
    workbook = load_workbook(stream, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        rows: list[list[RawCell]] = []
        for row in sheet.iter_rows():
            cells = []
            for cell in row:
                value = getattr(cell, "value", None)
                font = None
                if _needs_font(value):
                    font = getattr(getattr(cell, "font", None), "name", None)
                cells.append(RawCell(value, font))
            while cells and cells[-1].value in (None, ""):
                cells.pop()
            rows.append(cells)
        return RawSheet(sheet.title, rows, "xlsx")
    finally:
        workbook.close()
