"""Plain rows from a spreadsheet file, whatever its real format (sniffed, not trusted by name)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import NamedTuple

from egov_desktop.domain import messages
from egov_desktop.errors import ValidationError

CellValue = str | int | float | date | datetime | None

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class RawCell(NamedTuple):
    """A cell's value as stored, and its font name (legacy TCVN3/VNI text depends on it).

    A tuple: a register of 100,000 rows makes a million of them, and a tuple is built fastest.
    """

    value: CellValue
    font: str | None = None


@dataclass(frozen=True)
class RawSheet:
    """The first sheet of a file, as rows of cells (merged areas repeat nothing)."""

    name: str
    rows: list[list[RawCell]]
    kind: str


def sniff(head: bytes) -> str:
    """The real format ("xlsx", "xls" or "html") from the first bytes, whatever the name."""
    if head.startswith(_ZIP):
        return "xlsx"
    if head.startswith(_OLE):
        return "xls"
    text = head.lstrip(b"\xef\xbb\xbf\xff\xfe\xfe\xff \t\r\n\x00").lower()
    if text.startswith((b"<", b"<\x00")) or b"<table" in head.lower():
        return "html"
    raise ValidationError(messages.SPREADSHEET_UNKNOWN.format(name="?"))


def read_sheet(path: Path) -> RawSheet:
    """The first worksheet of `path` as rows; refuses files that are no spreadsheet.

    Raises:
        ValidationError: saying in Vietnamese why the file cannot be read (failures.py).
    """
    from egov_desktop.export.readers.failures import unreadable

    try:
        with path.open("rb") as stream:
            head = stream.read(4096)
    except OSError as error:
        raise unreadable(path, error) from error
    if not head:
        raise ValidationError(
            messages.SPREADSHEET_UNREADABLE.format(
                name=path.name, detail=messages.SPREADSHEET_EMPTY
            )
        )
    try:
        kind = sniff(head)
    except ValidationError:
        raise ValidationError(messages.SPREADSHEET_UNKNOWN.format(name=path.name)) from None
    try:
        if kind == "xlsx":
            from egov_desktop.export.readers.xlsx import read_xlsx

            return read_xlsx(path)
        if kind == "xls":
            from egov_desktop.export.readers.xls import read_xls

            return read_xls(path)
        from egov_desktop.export.readers.html import read_html

        return read_html(path)
    except OSError as error:  # the file went away or was locked after its first bytes
        raise unreadable(path, error, kind) from error
