"""Values of an .xlsx worksheet streamed straight from its XML, for large registers.

openpyxl's read-only mode builds an object per cell and parses the sheet twice (once for its
size); a register of 100,000 rows only needs each cell's value. This reader decodes what a
register holds (shared and inline strings, numbers, dates by number format, booleans, cached
formula results, ISO dates) and yields rows as openpyxl would, empty rows included.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import datetime, timedelta
from xml.etree import ElementTree

from egov_desktop.export import ooxml
from egov_desktop.export.readers.common import CellValue

_M = f"{{{ooxml.MAIN_NS}}}"
_C, _ROW, _V, _IS = f"{_M}c", f"{_M}row", f"{_M}v", f"{_M}is"
_LETTERS = re.compile(r"[A-Z]+")
_FONT_NAME = f"{_M}name"


def legacy_fonts(archive: zipfile.ZipFile) -> bool:
    """Whether the stylesheet holds a TCVN3 (".Vn…") or VNI font."""
    try:
        root = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return False
    fonts = root.find(f"{_M}fonts")
    for font in fonts if fonts is not None else []:
        name = font.find(_FONT_NAME)
        value = (name.get("val", "") if name is not None else "").strip().lower()
        if value.startswith((".vn", "vni")):
            return True
    return False


def _column(ref: str) -> int:
    letters = _LETTERS.match(ref)
    number = 0
    for ch in letters.group(0) if letters else "":
        number = number * 26 + ord(ch) - 64
    return number - 1


def first_sheet(archive: zipfile.ZipFile) -> tuple[str, str]:
    """(name, part) of the first worksheet."""
    parts = ooxml.sheet_parts(archive)
    if not parts:
        raise KeyError("no worksheet")
    return parts[0]


def iter_values(archive: zipfile.ZipFile, part: str) -> Iterator[list[CellValue]]:
    """Rows of values from the first row to the last one present, gaps as empty rows."""
    strings = ooxml.shared_strings(archive)
    dates = [ooxml.is_date_format(code) for code in ooxml.cell_formats(archive)]
    epoch = datetime(1904, 1, 1) if ooxml.uses_1904(archive) else datetime(1899, 12, 30)
    expected = 1
    row: list[CellValue] = []
    with archive.open(part) as stream:
        for _event, element in ElementTree.iterparse(stream, events=("end",)):
            tag = element.tag
            if tag == _C:
                ref = element.get("r")
                value = _value(element, strings, dates, epoch)
                if ref is not None:
                    index = _column(ref)
                    if index > len(row):
                        row.extend([None] * (index - len(row)))
                row.append(value)
            elif tag == _ROW:
                number = int(element.get("r", expected))
                while expected < number:
                    yield []
                    expected += 1
                yield row
                expected = number + 1
                row = []
                element.clear()


def _value(
    element: ElementTree.Element, strings: list[str], dates: list[bool], epoch: datetime
) -> CellValue:
    kind = element.get("t", "n")
    text: str | None = None
    for child in element:
        if child.tag == _V:
            text = child.text
        elif child.tag == _IS:
            return ooxml.text_of(child)
    if text is None:
        return None
    if kind == "s":
        return strings[int(text)]
    if kind in ("str", "e"):
        return text
    if kind == "b":
        return text == "1"
    if kind == "d":
        return datetime.fromisoformat(text)
    number: int | float = float(text) if any(c in text for c in ".eE") else int(text)
    style = int(element.get("s", "0"))
    if style < len(dates) and dates[style]:
        return _from_serial(number, epoch)
    return number


def _from_serial(value: float, epoch: datetime) -> datetime:
    """A date serial as openpyxl converts it: to the millisecond, past Excel's 29/02/1900."""
    day, fraction = divmod(value, 1)
    diff = timedelta(milliseconds=round(fraction * 86_400_000))
    if 0 < value < 60 and epoch.year == 1899:
        day += 1  # serials before Excel's phantom 29/02/1900
    return epoch + timedelta(days=day) + diff
