"""Vietnamese text: NFC on the way in, and accent-free keys for search (domain.md §9)."""

from __future__ import annotations

import unicodedata

# "đ" has no decomposition in Unicode, so NFD alone would keep it apart from "d".
_LETTERS = str.maketrans({"đ": "d", "Đ": "d"})


def nfc(s: str) -> str:
    """The NFC form of `s`, so that text typed on different systems compares equal."""
    return unicodedata.normalize("NFC", s)


def clean_text(s: str) -> str:
    """Text as stored: NFC, no surrounding whitespace, single spaces inside."""
    return " ".join(nfc(s).split())


def fold(s: str) -> str:
    """Search key of `s`: lowercase, without diacritics, đ as d, single spaces."""
    decomposed = unicodedata.normalize("NFD", s.lower().translate(_LETTERS))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", bare).split())
