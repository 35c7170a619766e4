"""The provincial systems' "Excel" export: an HTML table saved with an .xls name."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from egov_desktop.export.readers.common import RawCell, RawSheet

_CHARSET = re.compile(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.IGNORECASE)


def _decode(data: bytes) -> str:
    """BOM, then the declared charset, then UTF-8, then Windows-1258 (Vietnamese ANSI)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    declared = _CHARSET.search(data[:4096])
    candidates = [declared.group(1).decode("ascii")] if declared else []
    for encoding in [*candidates, "utf-8", "cp1258"]:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("utf-8", errors="replace")


class _TableParser(HTMLParser):
    """Collects the first table's cells, expanding colspan and rowspan into a plain grid."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[str | None]] = []
        self._depth = 0
        self._done = False
        self._row: list[str | None] | None = None
        self._text: list[str] | None = None
        self._span = (1, 1)
        self._pending: dict[tuple[int, int], str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._done:
            return
        if tag == "table":
            self._depth += 1
        elif self._depth and tag == "tr":
            self._row = []
            self._fill_pending()
        elif self._depth and tag in ("td", "th") and self._row is not None:
            found = dict(attrs)
            self._span = (_int(found.get("rowspan")), _int(found.get("colspan")))
            self._text = []
        elif tag == "br" and self._text is not None:
            self._text.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self._done:
            return
        if tag in ("td", "th") and self._text is not None and self._row is not None:
            text = re.sub(r"[ \t\r\f\v\xa0]+", " ", "".join(self._text)).strip()
            rows, cols = self._span
            r = len(self.rows)
            for i in range(cols):
                c = len(self._row)
                self._row.append(text if i == 0 else None)
                for down in range(1, rows):
                    self._pending[(r + down, c)] = None
            self._text = None
            self._fill_pending()
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None
        elif tag == "table" and self._depth:
            self._depth -= 1
            if self._depth == 0:
                self._done = True

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def _fill_pending(self) -> None:
        """Cells covered by a rowspan from above take their place before the next real cell."""
        assert self._row is not None
        r = len(self.rows)
        while (r, len(self._row)) in self._pending:
            self._row.append(self._pending.pop((r, len(self._row))))


def _int(value: str | None) -> int:
    try:
        return max(1, int(value or 1))
    except ValueError:
        return 1


def read_html(path: Path) -> RawSheet:
    """The first HTML table's rows as text cells (dates and numbers are parsed later)."""
    parser = _TableParser()
    parser.feed(_decode(path.read_bytes()))
    parser.close()
    rows = []
    for row in parser.rows:
        cells = [RawCell(value if value else None) for value in row]
        while cells and cells[-1].value is None:
            cells.pop()
        rows.append(cells)
    return RawSheet(path.stem, rows, "html")
