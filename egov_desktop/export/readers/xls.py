"""Legacy BIFF .xls workbooks through xlrd (formatting kept: TCVN3 text depends on the font)."""

from __future__ import annotations

import logging
import struct
from datetime import datetime
from pathlib import Path

import xlrd
from xlrd.compdoc import CompDocError

from egov_desktop.export.readers.common import CellValue, RawCell, RawSheet
from egov_desktop.export.readers.failures import unreadable

logger = logging.getLogger(__name__)

#: What reading a damaged BIFF workbook raises (xlrd checks its records with assert too, and
#: unpacks records cut short with struct).
_DAMAGED = (
    xlrd.biffh.XLRDError,
    CompDocError,
    OSError,
    ValueError,
    AssertionError,
    IndexError,
    KeyError,
    struct.error,
    OverflowError,
)


class _ToLog:
    """xlrd's notes ("file size not 512 + multiple of sector size"), for the log.

    xlrd writes them to stdout unless given a file: there they would break `--json` output.
    """

    def write(self, text: str) -> None:
        if text.strip():
            logger.info("xlrd: %s", text.strip())

    def flush(self) -> None:
        """Nothing is buffered."""


def read_xls(path: Path) -> RawSheet:
    """The first worksheet's rows, dates as datetime, whole numbers as int."""
    try:
        return _read(path)
    except _DAMAGED as error:
        raise unreadable(path, error, "xls") from error


def _read(path: Path) -> RawSheet:
    # The first sheet is parsed on demand: damage in it surfaces after the workbook opened.
    book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True, logfile=_ToLog())
    try:
        sheet = book.sheet_by_index(0)
        rows: list[list[RawCell]] = []
        for r in range(sheet.nrows):
            cells: list[RawCell] = []
            for c in range(sheet.ncols):
                cell = sheet.cell(r, c)
                value: CellValue
                if cell.ctype == xlrd.XL_CELL_DATE:
                    value = _date(float(cell.value), book.datemode)
                elif cell.ctype == xlrd.XL_CELL_NUMBER:
                    number = float(cell.value)
                    value = int(number) if number.is_integer() else number
                elif cell.ctype in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    value = None
                else:
                    value = str(cell.value)
                font = None
                if isinstance(value, str) and cell.xf_index is not None:
                    xf = book.xf_list[cell.xf_index]
                    font = book.font_list[xf.font_index].name
                cells.append(RawCell(value, font))
            while cells and cells[-1].value in (None, ""):
                cells.pop()
            rows.append(cells)
        return RawSheet(sheet.name, rows, "xls")
    finally:
        book.release_resources()


def _date(serial: float, datemode: int) -> datetime | float:
    try:
        return xlrd.xldate.xldate_as_datetime(serial, 1 if datemode else 0)
    except (xlrd.xldate.XLDateError, OverflowError, ValueError):
        return serial
