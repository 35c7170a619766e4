"""Read-only access to the parts of an .xlsx package, without openpyxl.

The checker reads exports through this module rather than through the library that wrote them,
and the XML-patch writer and the doctor need the same navigation (sheet name -> part).
Nothing here writes XML: `xml.etree` renames prefixes on output, which Excel then "repairs".
"""

from __future__ import annotations

import os
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple
from xml.etree import ElementTree

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
WORKBOOK = "xl/workbook.xml"
WORKBOOK_RELS = "xl/_rels/workbook.xml.rels"
#: Day 0 of date serials (1900 system, past Excel's phantom 29/02/1900) and of the 1904 system.
EPOCH_1900 = date(1899, 12, 30)
EPOCH_1904 = date(1904, 1, 1)

_M = f"{{{MAIN_NS}}}"
_V, _F, _IS, _C, _ROW = f"{_M}v", f"{_M}f", f"{_M}is", f"{_M}c", f"{_M}row"
#: Built-in number formats that display dates (ECMA-376 §18.8.30).
_BUILTIN_DATE_IDS = {14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57}
_BUILTIN_FORMATS = {0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 14: "mm-dd-yy"}
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.')


class RawCell(NamedTuple):
    """A `<c>` element as stored: type attribute, style index, value text, formula text."""

    type: str
    style: int
    value: str | None
    formula: str | None


@dataclass
class SheetContent:
    """What the checker needs of a worksheet part: its `<c>` elements by address, and more."""

    elements: dict[str, ElementTree.Element] = field(default_factory=dict)
    merges: list[str] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)

    def cell(self, address: str) -> RawCell | None:
        element = self.elements.get(address)
        return None if element is None else _raw_cell(element)

    @property
    def cells(self) -> dict[str, RawCell]:
        return {address: _raw_cell(element) for address, element in self.elements.items()}

    def holds_number(self, address: str, number: int) -> bool:
        """Whether the cell is a plain number equal to `number` (most report cells are)."""
        element = self.elements.get(address)
        if element is None or element.get("t", "n") != "n" or len(element) != 1:
            return False
        value = element[0]
        return value.tag == _V and value.text is not None and float(value.text) == number


def _resolve(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, target))


def rels_path(part: str) -> str:
    """`xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def sheet_parts(archive: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, part path) in workbook order."""
    workbook = ElementTree.fromstring(archive.read(WORKBOOK))
    rels = ElementTree.fromstring(archive.read(WORKBOOK_RELS))
    targets = {
        rel.get("Id"): _resolve("xl", rel.get("Target", ""))
        for rel in rels.iter(f"{{{PKG_REL_NS}}}Relationship")
    }
    out = []
    for sheet in workbook.iter(f"{_M}sheet"):
        rid = sheet.get(f"{{{REL_NS}}}id")
        out.append((sheet.get("name", ""), targets.get(rid, "")))
    return out


def sheet_part(archive: zipfile.ZipFile, name: str) -> str | None:
    """Part path of the sheet called `name`; None when there is none."""
    for sheet_name, part in sheet_parts(archive):
        if sheet_name == name:
            return part
    return None


def uses_1904(archive: zipfile.ZipFile) -> bool:
    """Whether date serials count from 1904 (old Mac workbooks) rather than 1900."""
    props = ElementTree.fromstring(archive.read(WORKBOOK)).find(f"{_M}workbookPr")
    return props is not None and props.get("date1904") in ("1", "true")


def defined_names(archive: zipfile.ZipFile) -> list[tuple[str, int | None, str]]:
    """(name, localSheetId or None, formula text) of every defined name."""
    out = []
    for item in ElementTree.fromstring(archive.read(WORKBOOK)).iter(f"{_M}definedName"):
        local = item.get("localSheetId")
        out.append((item.get("name", ""), int(local) if local else None, item.text or ""))
    return out


def print_title_rows(archive: zipfile.ZipFile, sheet_index: int) -> str | None:
    """The rows repeated on every printed page of a sheet, as "$10:$13"; None when unset."""
    for name, local, text in defined_names(archive):
        if name == "_xlnm.Print_Titles" and local == sheet_index:
            # "'II.06a'!$10:$13", or "'S'!$A:$A,'S'!$10:$13" with columns too: keep the rows.
            for part in text.split(","):
                area = part.rsplit("!", 1)[-1]
                if area.replace("$", "").replace(":", "").isdigit():
                    return area
    return None


@dataclass(frozen=True)
class Layout:
    """What a template's structure promises: sheet order, merges and print titles of a sheet."""

    sheet_names: list[str]
    merges: list[str]
    print_titles: str | None


def read_layout(path: str | os.PathLike[str], sheet: str) -> Layout:
    """Sheet order, merges and print titles of `sheet` in the workbook at `path`."""
    with zipfile.ZipFile(path) as archive:
        sheets = sheet_parts(archive)
        names = [name for name, _part in sheets]
        part = dict(sheets)[sheet]
        merges = read_sheet(archive, part).merges
        return Layout(names, merges, print_title_rows(archive, names.index(sheet)))


def text_of(element: ElementTree.Element) -> str:
    """Text of an `<si>` or `<is>`: plain `<t>` or rich runs; phonetic `<rPh>` runs are not text."""
    parts = []
    for child in element:
        if child.tag == f"{_M}t":
            parts.append(child.text or "")
        elif child.tag == f"{_M}r":
            run = child.find(f"{_M}t")
            parts.append("" if run is None else run.text or "")
    return "".join(parts)


def shared_strings(archive: zipfile.ZipFile) -> list[str]:
    """The shared-string table; cells of type "s" hold an index into it."""
    try:
        data = archive.read("xl/sharedStrings.xml")
    except KeyError:
        return []
    root = ElementTree.fromstring(data)
    return [text_of(item) for item in root.iter(f"{_M}si")]


def cell_formats(archive: zipfile.ZipFile) -> list[str]:
    """Number-format code of each cell style (`s` attribute) index."""
    try:
        root = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return []
    custom = {
        int(f.get("numFmtId", "0")): f.get("formatCode", "") for f in root.iter(f"{_M}numFmt")
    }
    xfs = root.find(f"{_M}cellXfs")
    out = []
    for xf in xfs if xfs is not None else []:
        number = int(xf.get("numFmtId", "0"))
        code = custom.get(number) or _BUILTIN_FORMATS.get(number, "")
        if not code and number in _BUILTIN_DATE_IDS:
            code = "d"
        out.append(code)
    return out


def is_date_format(code: str) -> bool:
    """Whether a number-format code displays a date (quoted text and [colours] don't count)."""
    return bool(_DATE_CODE.search(_QUOTED.sub("", code))) and code != "General"


def read_sheet(archive: zipfile.ZipFile, part: str) -> SheetContent:
    """Cells, merged ranges and hidden rows of one worksheet part."""
    # One C-level parse of the whole part; cells are decoded only when asked for, since
    # iterparse or eager decoding would hand every <v> and <t> to Python.
    root = ElementTree.fromstring(archive.read(part))
    content = SheetContent()
    for row in root.iter(_ROW):
        if row.get("hidden") in ("1", "true"):
            content.hidden_rows.add(int(row.get("r", "0")))
    content.elements = {cell.get("r", ""): cell for cell in root.iter(_C)}
    merges = root.find(f"{_M}mergeCells")
    content.merges = [m.get("ref", "") for m in merges] if merges is not None else []
    return content


def _raw_cell(element: ElementTree.Element) -> RawCell:
    kind = element.get("t", "n")
    value: str | None = None
    formula: str | None = None
    for child in element:
        tag = child.tag
        if tag == _V:
            value = child.text
        elif tag == _F:
            formula = child.text or ""
        elif tag == _IS:
            value = text_of(child)
    return RawCell(kind, int(element.get("s", "0")), value, formula)
