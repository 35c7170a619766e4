"""The headings a template prints over its rows' labels and over each column of figures.

"Mã hồ sơ", "Tên đơn vị" over the labels; "Tên TTHC", "Tỷ lệ trực tuyến (%)" over figures. The
report screen heads its preview's columns with them, so the preview names its rows and columns
as the file will, whichever template (built-in or the province's own) fills the form.
"""

from __future__ import annotations

import re
import zipfile

from openpyxl.utils.cell import column_index_from_string, range_boundaries

from egov_desktop.export import ooxml
from egov_desktop.export.damage import WORKBOOK_DAMAGE
from egov_desktop.export.templates import Template

#: The column-number row "(1) (2) …" printed between the headings and the rows.
_NUMBERING = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")
#: Header rows looked at above the first row: deeper headings belong to other columns.
_HEADER_DEPTH = 4


def _text(cell: ooxml.RawCell | None, strings: list[str]) -> str:
    if cell is None or cell.value is None:
        return ""
    if cell.type == "s":
        index = int(cell.value)
        return strings[index].strip() if 0 <= index < len(strings) else ""
    if cell.type in ("inlineStr", "str"):
        return cell.value.strip()
    return ""  # a number: the column-number row written as figures


def column_headings(template: Template) -> dict[str, str]:
    """The nearest heading above each column of the template's first table, by column key.

    A heading merged over several rows counts for each of them. Columns without one, and all
    of them when the workbook cannot be read, are left out: the headings only decorate.
    """
    if not template.mapping.tables:
        return {}
    table = template.mapping.tables[0]
    try:
        with zipfile.ZipFile(template.workbook) as archive:
            part = ooxml.sheet_part(archive, template.mapping.sheet)
            if part is None:
                return {}
            content = ooxml.read_sheet(archive, part)
            strings = ooxml.shared_strings(archive)
    except WORKBOOK_DAMAGE:
        return {}
    merges: list[tuple[tuple[int, int, int, int], str]] = []
    for ref in content.merges:
        try:
            left, top, right, bottom = range_boundaries(ref)
        except (TypeError, ValueError):  # a malformed range of a hand-made template
            continue
        if None not in (left, top, right, bottom):  # a whole row or column: no heading
            merges.append(((left or 0, top or 0, right or 0, bottom or 0), ref.split(":")[0]))

    def at(column: int, row: int, letter: str) -> str:
        for (left, top, right, bottom), first in merges:
            if left <= column <= right and top <= row <= bottom:
                return _text(content.cell(first), strings)
        return _text(content.cell(f"{letter}{row}"), strings)

    headings: dict[str, str] = {}
    top = max(table.first_row - _HEADER_DEPTH, 1)
    for key, letter in table.columns.items():
        column = column_index_from_string(letter)
        for row in range(table.first_row - 1, top - 1, -1):
            text = at(column, row, letter)
            if text and not _NUMBERING.match(text):
                headings[key] = " ".join(text.split())
                break
    return headings


def label_heading(template: Template) -> str:
    """The nearest heading above the label column of the template's first table; "" if none.

    An unreadable workbook gives "" too: the heading only decorates the preview.
    """
    if not template.mapping.tables:
        return ""
    table = template.mapping.tables[0]
    try:
        with zipfile.ZipFile(template.workbook) as archive:
            part = ooxml.sheet_part(archive, template.mapping.sheet)
            if part is None:
                return ""
            content = ooxml.read_sheet(archive, part)
            strings = ooxml.shared_strings(archive)
    except WORKBOOK_DAMAGE:
        return ""
    top = max(table.first_row - _HEADER_DEPTH, 1)
    for row in range(table.first_row - 1, top - 1, -1):
        text = _text(content.cell(f"{table.label_column}{row}"), strings)
        if text and not _NUMBERING.match(text):
            return " ".join(text.split())
    return ""
