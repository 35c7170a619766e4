"""The kinds of file a user may hand one command in place of another, told by their zip parts.

An Excel workbook, a data package, a reply file and a template bundle are all zip files: a
file of the wrong kind is refused saying what it is and which command imports it.
"""

from __future__ import annotations

from collections.abc import Collection

from egov_desktop.domain import messages

WORKBOOK, PACKAGE, REPLY, BUNDLE = "workbook", "package", "reply", "bundle"
#: A part only that kind of file holds (the names exchange/ and services/templates write).
_PARTS = {
    "[Content_Types].xml": WORKBOOK,
    "manifest.json": PACKAGE,
    "reply.json": REPLY,
    "bundle.json": BUNDLE,
}
#: What an old Excel .xls (an OLE2 compound file) begins with.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0"


def kind_of(parts: Collection[str]) -> str | None:
    """The kind of a zip holding `parts`, None for none known."""
    return next((kind for part, kind in _PARTS.items() if part in parts), None)


def wrong_kind(name: str, found: str | None, expected: str) -> tuple[str, str] | None:
    """The refusal of `name`, a file of kind `found` given where `expected` was; None if fine.

    The refusal and its command-line hint (messages.py).
    """
    if found is None or found == expected:
        return None
    text = messages.FILE_IS_OTHER_KIND[found].format(
        name=name, expected=messages.FILE_KINDS[expected]
    )
    return text, messages.FILE_IS_OTHER_KIND_CLI[found]
