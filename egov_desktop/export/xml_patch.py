"""XML-patch writer for templates openpyxl would damage (see `doctor`).

Only the target `<c r="…">` elements of one worksheet part are rewritten, as bytes: numbers go in
`<v>`, text as `inlineStr`, the cell's `s` style attribute is kept. `calcChain.xml` is dropped
(with its relationship and content-type entries) and `fullCalcOnLoad="1"` set, so Excel rebuilds
the chain instead of trusting one that no longer matches. Unused prepared rows are hidden, and
a `<rowBreaks>` is added when `pagination` finds the signatures would print alone. Every other
part is copied unchanged. The XML is never round-tripped through a parser: that renames
namespace prefixes and drops unused declarations, which breaks `mc:Ignorable` and makes Excel
"repair" the file.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from openpyxl.utils.cell import column_index_from_string, get_column_letter

from egov_desktop.domain import messages
from egov_desktop.errors import ExportError
from egov_desktop.export import ooxml
from egov_desktop.export.model import CellValue

CALC_CHAIN = "xl/calcChain.xml"
_ADDRESS = re.compile(r"^([A-Z]{1,3})([0-9]+)$")
_ATTR = re.compile(rb"""([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')""")
# Cell attributes that describe the old value (type, rich-value and cell metadata).
_VALUE_ATTRS = {b"t", b"cm", b"vm"}


@dataclass
class _Element:
    start: int  # offset of "<"
    tag_end: int  # offset just after the start tag's ">"
    end: int  # offset just after the element ("/>" or the end tag)
    attrs: list[tuple[bytes, bytes]]  # name, quoted value, in document order
    empty: bool


def _attr(element: _Element, name: bytes) -> bytes | None:
    for key, quoted in element.attrs:
        if key == name:
            return quoted[1:-1]
    return None


def _elements(data: bytes, tag: bytes, start: int, stop: int) -> list[_Element]:
    """Consecutive `tag` elements in data[start:stop]; they must not nest (rows, cells)."""
    found: list[_Element] = []
    opener = re.compile(rb"<" + re.escape(tag) + rb"(?=[\s/>])([^>]*?)(/?)>")
    closer = b"</" + tag + b">"
    pos = start
    while True:
        match = opener.search(data, pos, stop)
        if match is None:
            return found
        attrs = _ATTR.findall(match[1])
        if match[2]:
            found.append(_Element(match.start(), match.end(), match.end(), attrs, True))
            pos = match.end()
            continue
        close = data.find(closer, match.end(), stop)
        if close < 0:
            raise ValueError(f"unclosed <{tag.decode()}>")
        end = close + len(closer)
        found.append(_Element(match.start(), match.end(), end, attrs, False))
        pos = end


def _start_tag(name: bytes, attrs: Iterable[tuple[bytes, bytes]], empty: bool = False) -> bytes:
    body = b"".join(b" " + key + b"=" + value for key, value in attrs)
    return b"<" + name + body + (b"/>" if empty else b">")


def _split(address: str) -> tuple[int, int]:
    match = _ADDRESS.match(address)
    if match is None:
        raise ValueError(f"not a cell address: {address!r}")
    return int(match[2]), column_index_from_string(match[1])


class _SheetPatcher:
    def __init__(self, data: bytes, *, epoch: date, part: str) -> None:
        self.data = data
        self.epoch = epoch
        self.part = part
        match = re.search(rb"<(\w+:)?sheetData\b[^>]*?(/?)>", data)
        if match is None:
            raise ValueError("no sheetData")
        self.prefix = match[1] or b""
        self.sheet_data = match
        self.edits: list[tuple[int, int, bytes]] = []

    def tag(self, name: bytes) -> bytes:
        return self.prefix + name

    def cell_xml(self, address: str, value: CellValue, attrs: list[tuple[bytes, bytes]]) -> bytes:
        kept = [(k, v) for k, v in attrs if k not in _VALUE_ATTRS and k != b"r"]
        head = [(b"r", b'"' + address.encode() + b'"'), *kept]
        c, v = self.tag(b"c"), self.tag(b"v")
        if value is None or value == "":
            return _start_tag(c, head, empty=True)
        if isinstance(value, str):
            is_, t = self.tag(b"is"), self.tag(b"t")
            text = escape(value).encode("utf-8")
            return (
                _start_tag(c, [*head, (b"t", b'"inlineStr"')])
                + b"<" + is_ + b"><" + t + b' xml:space="preserve">' + text
                + b"</" + t + b"></" + is_ + b"></" + c + b">"
            )  # fmt: skip
        if isinstance(value, date):
            number = str((value - self.epoch).days)
        elif isinstance(value, float) and not math.isfinite(value):
            return _start_tag(c, head, empty=True)
        else:
            number = repr(value) if isinstance(value, float) else str(int(value))
        return (
            _start_tag(c, head) + b"<" + v + b">" + number.encode() + b"</" + v + b"></" + c + b">"
        )

    def check_replaceable(self, address: str, cell: _Element) -> None:
        body = self.data[cell.tag_end : cell.end]
        formula = re.search(rb"<(\w+:)?f\b([^>]*)>", body)
        if formula and b"ref=" in formula[2]:
            raise ExportError(messages.EXPORT_SHARED_FORMULA.format(cell=address, part=self.part))

    def patch_row(
        self, row: _Element, targets: dict[int, tuple[str, CellValue]], hide: bool
    ) -> None:
        row_style = _attr(row, b"s") if _attr(row, b"customFormat") in (b"1", b"true") else None
        attrs = [(k, v) for k, v in row.attrs if k not in (b"spans", b"hidden")]
        if hide:
            attrs.append((b"hidden", b'"1"'))
        inner_start = row.tag_end
        cells = [] if row.empty else _elements(self.data, self.tag(b"c"), row.tag_end, row.end)
        pieces: list[bytes] = []
        pos = inner_start
        pending = sorted(targets.items())
        for cell in cells:
            ref = _attr(cell, b"r")
            if ref is None:
                raise ExportError(messages.EXPORT_IMPLICIT_CELLS.format(part=self.part))
            column = _split(ref.decode())[1]
            while pending and pending[0][0] < column:
                _col, (address, value) = pending.pop(0)
                pieces.append(self.data[pos : cell.start])
                pos = cell.start
                style = [(b"s", b'"' + row_style + b'"')] if row_style else []
                pieces.append(self.cell_xml(address, value, style))
            if pending and pending[0][0] == column:
                _col, (address, value) = pending.pop(0)
                self.check_replaceable(address, cell)
                pieces.append(self.data[pos : cell.start])
                pieces.append(self.cell_xml(address, value, cell.attrs))
                pos = cell.end
        tail_end = row.end if row.empty else self.data.rfind(b"</", row.tag_end, row.end)
        pieces.append(self.data[pos:tail_end] if not row.empty else b"")
        for _col, (address, value) in pending:
            style = [(b"s", b'"' + row_style + b'"')] if row_style else []
            pieces.append(self.cell_xml(address, value, style))
        body = b"".join(pieces)
        name = self.tag(b"row")
        new = _start_tag(name, attrs) + body + b"</" + name + b">"
        self.edits.append((row.start, row.end, new))

    def new_row(self, number: int, targets: dict[int, tuple[str, CellValue]], hide: bool) -> bytes:
        attrs = [(b"r", f'"{number}"'.encode())]
        if hide:
            attrs.append((b"hidden", b'"1"'))
        name = self.tag(b"row")
        body = b"".join(self.cell_xml(a, v, []) for _c, (a, v) in sorted(targets.items()))
        return _start_tag(name, attrs) + body + b"</" + name + b">"

    def apply(self, cells: dict[str, CellValue], hidden_rows: set[int]) -> bytes:
        by_row: dict[int, dict[int, tuple[str, CellValue]]] = {}
        for address, value in cells.items():
            row_number, column = _split(address)
            by_row.setdefault(row_number, {})[column] = (address, value)
        for row_number in hidden_rows:
            by_row.setdefault(row_number, {})
        match = self.sheet_data
        if match[2]:  # <sheetData/>: nothing to walk, everything is new
            rows = b"".join(self.new_row(n, t, n in hidden_rows) for n, t in sorted(by_row.items()))
            name = self.tag(b"sheetData")
            self.edits.append(
                (match.start(), match.end(), b"<" + name + b">" + rows + b"</" + name + b">")
            )
            return self._render(cells)
        close = self.data.find(b"</" + self.tag(b"sheetData") + b">", match.end())
        existing = _elements(self.data, self.tag(b"row"), match.end(), close)
        pending = sorted(by_row.items())
        for row in existing:
            ref = _attr(row, b"r")
            if ref is None:
                raise ExportError(messages.EXPORT_IMPLICIT_CELLS.format(part=self.part))
            number = int(ref)
            while pending and pending[0][0] < number:
                n, targets = pending.pop(0)
                self.edits.append(
                    (row.start, row.start, self.new_row(n, targets, n in hidden_rows))
                )
            if pending and pending[0][0] == number:
                n, targets = pending.pop(0)
                self.patch_row(row, targets, n in hidden_rows)
        tail = b"".join(self.new_row(n, t, n in hidden_rows) for n, t in pending)
        if tail:
            self.edits.append((close, close, tail))
        return self._render(cells)

    def _render(self, cells: dict[str, CellValue]) -> bytes:
        data = self.data
        # From the end backwards, so earlier offsets stay valid; at one offset the replaced row
        # goes before the new row inserted in front of it.
        for start, end, new in sorted(self.edits, key=lambda edit: edit[:2], reverse=True):
            data = data[:start] + new + data[end:]
        return _widen_dimension(data, cells)


def _widen_dimension(data: bytes, cells: dict[str, CellValue]) -> bytes:
    match = re.search(rb'(<(?:\w+:)?dimension\s+ref=")([A-Z]+[0-9]+)(?::([A-Z]+[0-9]+))?"', data)
    if match is None or not cells:
        return data
    first = _split(match[2].decode())
    last = _split(match[3].decode()) if match[3] else first
    points = [first, last, *(_split(address) for address in cells)]
    top, left = min(p[0] for p in points), min(p[1] for p in points)
    bottom, right = max(p[0] for p in points), max(p[1] for p in points)
    ref = f"{get_column_letter(left)}{top}:{get_column_letter(right)}{bottom}".encode()
    return data[: match.start(2)] + ref + data[match.end() - 1 :]


#: Children of <worksheet> that follow rowBreaks (CT_Worksheet's sequence). Excel wraps
#: controls and OLE objects in mc:AlternateContent, which therefore follows it too.
_AFTER_ROW_BREAKS = {
    b"colBreaks", b"customProperties", b"cellWatches", b"ignoredErrors", b"smartTags",
    b"drawing", b"legacyDrawing", b"legacyDrawingHF", b"drawingHF", b"picture", b"oleObjects",
    b"controls", b"webPublishItems", b"tableParts", b"extLst", b"AlternateContent",
}  # fmt: skip
#: A tag (attribute values may hold ">"), a comment or a processing instruction.
_TAG = re.compile(
    rb"<(/?)((?:[\w.-]+:)?)([\w.-]+)(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>|<!--.*?-->|<\?.*?\?>",
    re.DOTALL,
)


def _put_row_break(data: bytes, after: int) -> bytes:
    """`data` with one manual page break after row `after`, where the schema wants it.

    The children of <worksheet> after sheetData are walked at their own depth: an extLst also
    stands inside conditional formats and cells, and must not be taken for the sheet's own.
    An empty rowBreaks the template may carry is replaced.
    """
    opened = re.search(rb"<(\w+:)?sheetData\b[^>]*?(/?)>", data)
    if opened is None:
        raise ValueError("no sheetData")
    prefix = opened[1] or b""
    if opened[2]:
        pos = opened.end()
    else:
        close = b"</" + prefix + b"sheetData>"
        pos = data.index(close, opened.end()) + len(close)
    name, brk = prefix + b"rowBreaks", prefix + b"brk"
    new = (
        b"<" + name + b' count="1" manualBreakCount="1"><' + brk
        + b' id="' + str(after).encode() + b'" max="16383" man="1"/></' + name + b">"
    )  # fmt: skip
    depth = 0
    for tag in _TAG.finditer(data, pos):
        if tag[3] is None:  # comment or processing instruction
            continue
        if tag[1]:
            if depth == 0:  # </worksheet>
                return data[: tag.start()] + new + data[tag.start() :]
            depth -= 1
            continue
        if depth == 0 and tag[3] == b"rowBreaks":
            end = tag.end()
            if not tag[4]:
                closer = b"</" + tag[2] + b"rowBreaks>"
                end = data.index(closer, end) + len(closer)
            return data[: tag.start()] + new + data[end:]
        if depth == 0 and tag[3] in _AFTER_ROW_BREAKS:
            return data[: tag.start()] + new + data[tag.start() :]
        if not tag[4]:
            depth += 1
    raise ValueError("no </worksheet>")


def patch_sheet_xml(
    data: bytes,
    cells: dict[str, CellValue],
    *,
    hidden_rows: set[int] | None = None,
    row_break: int | None = None,
    date1904: bool = False,
    part: str = "",
) -> bytes:
    """The worksheet XML `data` with `cells` (address -> value) rewritten and rows hidden.

    `row_break`: the row after which a manual page break is put.
    """
    epoch = ooxml.EPOCH_1904 if date1904 else ooxml.EPOCH_1900
    patcher = _SheetPatcher(data, epoch=epoch, part=part)
    patched = patcher.apply(cells, hidden_rows or set())
    return patched if row_break is None else _put_row_break(patched, row_break)


def _full_calc_on_load(workbook: bytes) -> bytes:
    match = re.search(rb"<((?:\w+:)?)calcPr\b([^>]*?)(/?)>", workbook)
    if match:
        attrs = re.sub(rb'\s+fullCalcOnLoad\s*=\s*("[^"]*"|\'[^\']*\')', b"", match[2])
        tag = b"<" + match[1] + b"calcPr" + attrs + b' fullCalcOnLoad="1"' + match[3] + b">"
        return workbook[: match.start()] + tag + workbook[match.end() :]
    # calcPr follows definedNames and precedes these (CT_Workbook order).
    later = rb"<(\w+:)?(oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes"
    later += rb"|webPublishing|fileRecoveryPr|webPublishObjects|extLst)\b|</(\w+:)?workbook>"
    found = re.search(later, workbook)
    if found is None:
        raise ValueError("no </workbook>")
    prefix = re.search(rb"<(\w+:)?workbook\b", workbook)
    name = (prefix[1] if prefix and prefix[1] else b"") + b"calcPr"
    return (
        workbook[: found.start()]
        + b"<"
        + name
        + b' fullCalcOnLoad="1"/>'
        + workbook[found.start() :]
    )


def _drop_calc_chain_refs(name: str, data: bytes) -> bytes:
    if name == ooxml.WORKBOOK_RELS:
        return re.sub(rb"<Relationship\b[^>]*calcChain\.xml[^>]*/>", b"", data)
    return re.sub(rb"<Override\b[^>]*/xl/calcChain\.xml[^>]*/>", b"", data)


def write_patched(
    template: Path,
    output: Path,
    *,
    sheet: str,
    cells: dict[str, CellValue],
    hidden_rows: set[int] | None = None,
    row_break: int | None = None,
) -> None:
    """Write a copy of `template` to `output` with `cells` of `sheet` filled.

    `row_break`: the row of `sheet` after which a manual page break is put.

    Raises:
        ExportError: a target cell holds a shared formula, or rows or cells lack addresses.
    """
    with zipfile.ZipFile(template) as source:
        part = ooxml.sheet_part(source, sheet)
        if part is None:
            raise ExportError(messages.EXPORT_NO_SHEET.format(sheet=sheet, path=template))
        date1904 = ooxml.uses_1904(source)
        with zipfile.ZipFile(output, "w") as target:
            for info in source.infolist():
                name = info.filename
                if name == CALC_CHAIN:
                    continue
                data = source.read(name)
                if name == part:
                    data = patch_sheet_xml(
                        data,
                        cells,
                        hidden_rows=hidden_rows,
                        row_break=row_break,
                        date1904=date1904,
                        part=part,
                    )
                elif name == ooxml.WORKBOOK:
                    data = _full_calc_on_load(data)
                elif name in (ooxml.WORKBOOK_RELS, "[Content_Types].xml"):
                    data = _drop_calc_chain_refs(name, data)
                copy = zipfile.ZipInfo(name, date_time=info.date_time)
                copy.compress_type = info.compress_type
                copy.external_attr = info.external_attr
                target.writestr(copy, data)
