"""The heading a template prints over its rows' labels ("Mã hồ sơ", "Tên đơn vị", …).

The report screen heads its preview's first column with it, so the preview names its rows as
the file will, whichever template (built-in or the province's own) fills the form.
"""

from __future__ import annotations

import re
import zipfile

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
