"""Vietnamese text: NFC on the way in, accent-free keys for search (domain.md §9), typed reasons."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from egov_desktop.domain import messages
from egov_desktop.errors import ValidationError

# "đ" has no decomposition in Unicode, so NFD alone would keep it apart from "d".
_LETTERS = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(s: str) -> str:
    """The NFC form of `s`, so that text typed on different systems compares equal."""
    return unicodedata.normalize("NFC", s)


#: Characters that show as nothing, which text copied from a web page or a Word file brings
#: along (zero-width space and joiners, word joiner, byte-order mark): kept, "Hộ tịch" and
#: "Hộ tịch\u200b" would look the same and be two names, "5\u200b" would be no number.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def clean_text(s: str) -> str:
    """Text as stored: NFC, no surrounding whitespace, single spaces inside, nothing invisible."""
    return " ".join(nfc(s).translate(INVISIBLE).split())


#: Longest reason accepted for reopening a sent report or returning a received one.
REASON_LIMIT = 500


def checked_reason(reason: str, missing: str) -> str:
    """A reason as it travels with a package or a reply: cleaned, required, not too long.

    `missing` is the message for an empty reason, which says what needed one.
    """
    text = clean_text(reason)
    if not text:
        raise ValidationError(missing)
    if len(text) > REASON_LIMIT:
        raise ValidationError(messages.NAME_TOO_LONG.format(field="Lý do", limit=REASON_LIMIT))
    return text


def fold(s: str) -> str:
    """Search key of `s`: lowercase, without diacritics, đ as d, single spaces."""
    decomposed = unicodedata.normalize("NFD", s.lower().translate(_LETTERS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).split())


def nfc_json(text: str) -> Any:
    """`json.loads` with every string in NFC (files made elsewhere may hold decomposed text).

    Raw characters are normalised in one pass over the text; strings written as escapes
    (an ASCII-only writer) are normalised after parsing. json.JSONDecodeError as json.loads.
    """
    if not text.isascii():
        text = nfc(text)
    value = json.loads(text)
    return _nfc_strings(value) if "\\u" in text else value


def _nfc_strings(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_strings(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k): _nfc_strings(v) for k, v in value.items()}
    return value


def size_text(size: int) -> str:
    """A file's size as a Vietnamese reader reads it: "850 KB", "12,5 MB", "1,2 GB"."""
    for unit, scale in (("GB", 10**9), ("MB", 10**6)):
        if size >= scale:
            shown = f"{size / scale:.1f}".rstrip("0").rstrip(".")
            return f"{shown.replace('.', ',')} {unit}"
    return f"{max(1, round(size / 1000)) if size else 0} KB"
