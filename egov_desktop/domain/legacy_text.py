"""Pre-Unicode Vietnamese text: TCVN3 (ABC), VNI-Windows and cp1258 to NFC (domain.md §9).

Legacy font encodings reach us as Latin-1 code points (what Excel stores for a cell in a
.VnTime or VNI-Times font). The tables below are written pair by pair from the code charts
(TCVN 5712:1993 VN3 and VNI-Windows) rather than as aligned strings, because a string table
shifted by one character corrupts text silently.
"""

from __future__ import annotations

import re
import unicodedata

TCVN3 = "tcvn3"
VNI = "vni"
UNICODE = "unicode"

#: TCVN3 code → Unicode letter. TCVN3 has capitals only for ă â ê ô ơ ư đ; other capitals
#: come from the "H" fonts (.VnTimeH), which draw the lowercase codes as capitals.
_TCVN3_CHART = (
    (0xA1, "Ă"), (0xA2, "Â"), (0xA3, "Ê"), (0xA4, "Ô"), (0xA5, "Ơ"), (0xA6, "Ư"), (0xA7, "Đ"),
    (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
    (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
    (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"), (0xC6, "ặ"),
    (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
    (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
    (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
    (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
    (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
    (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
    (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
    (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
    (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
    (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
)  # fmt: skip
_TCVN3_TABLE = {code: letter for code, letter in _TCVN3_CHART}

# VNI-Windows writes a base letter followed by a mark byte. Each mark byte and what it adds
# (combining characters: breve U+0306, circumflex U+0302; tones U+0300 grave, U+0301 acute,
# U+0309 hook, U+0303 tilde, U+0323 dot below). Capital letters take the capital byte.
_VNI_TONES = (
    (0xF8, 0xD8, "\u0300"), (0xF9, 0xD9, "\u0301"), (0xFB, 0xDB, "\u0309"),
    (0xF5, 0xD5, "\u0303"), (0xEF, 0xCF, "\u0323"),
)  # fmt: skip
_VNI_CIRCUMFLEX = (
    (0xE2, 0xC2, "\u0302"), (0xE0, 0xC0, "\u0302\u0300"), (0xE1, 0xC1, "\u0302\u0301"),
    (0xE5, 0xC5, "\u0302\u0309"), (0xE3, 0xC3, "\u0302\u0303"), (0xE4, 0xC4, "\u0302\u0323"),
)  # fmt: skip
_VNI_BREVE = (
    (0xEA, 0xCA, "\u0306"), (0xE8, 0xC8, "\u0306\u0300"), (0xE9, 0xC9, "\u0306\u0301"),
    (0xFA, 0xDA, "\u0306\u0309"), (0xFC, 0xDC, "\u0306\u0303"), (0xEB, 0xCB, "\u0306\u0323"),
)  # fmt: skip
#: Letters that are a single VNI byte (lowercase, capital, Unicode letter).
_VNI_SINGLE = (
    (0xEC, 0xCC, "ì"), (0xED, 0xCD, "í"), (0xE6, 0xC6, "ỉ"), (0xF3, 0xD3, "ĩ"), (0xF2, 0xD2, "ị"),
    (0xEE, 0xCE, "ỵ"), (0xF4, 0xD4, "ơ"), (0xF6, 0xD6, "ư"), (0xF1, 0xD1, "đ"),
)  # fmt: skip
#: Base letters (lowercase byte, Unicode letter) and the mark groups each one takes.
_VNI_BASES = (
    (ord("a"), "a", _VNI_TONES + _VNI_CIRCUMFLEX + _VNI_BREVE),
    (ord("e"), "e", _VNI_TONES + _VNI_CIRCUMFLEX),
    (ord("o"), "o", _VNI_TONES + _VNI_CIRCUMFLEX),
    (ord("u"), "u", _VNI_TONES),
    (ord("y"), "y", _VNI_TONES[:4]),  # ỵ is the single byte 0xEE
    (0xF4, "ơ", _VNI_TONES),
    (0xF6, "ư", _VNI_TONES),
)


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for lower, upper, letter in _VNI_SINGLE:
        table[chr(lower)] = letter
        table[chr(upper)] = letter.upper()
    for base, letter, marks in _VNI_BASES:
        for lower, upper, combining in marks:
            composed = unicodedata.normalize("NFC", letter + combining)
            table[chr(base) + chr(lower)] = composed
            table[chr(base).upper() + chr(upper)] = composed.upper()
    return table


_VNI_TABLE = _vni_table()
# Longest first, so that "ôù" (ớ) wins over "ô" (ơ).
_VNI_PATTERN = re.compile("|".join(re.escape(k) for k in sorted(_VNI_TABLE, key=len)[::-1]))

# Characters typical of TCVN3 text (the §9 heuristic): the codes of the lowercase letters.
# Built from the chart, because the string printed in domain.md has "Ñª" (ẹ ê) fused into
# U+046A by an encoding slip.
_TCVN3_MARKERS = frozenset(chr(code) for code, letter in _TCVN3_CHART if letter.islower())
# Latin-1 letters that are also ordinary Vietnamese letters in Unicode text.
_LATIN1_VIETNAMESE = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_TCVN3_STRONG = _TCVN3_MARKERS - _LATIN1_VIETNAMESE
# VNI pairs that also occur in other text: Unicode "hoà", "hoá", "xoã" written with the old
# tone placement, and TCVN3 "uỷ" (uû) and "Yế" (YÕ).
_VNI_AMBIGUOUS = frozenset({"oà", "oá", "oã", "OÀ", "OÁ", "OÃ", "uû", "YÕ"})
_VNI_PAIRS = [k for k in _VNI_TABLE if len(k) == 2 and k not in _VNI_AMBIGUOUS]
_VNI_EVIDENCE = re.compile("|".join(re.escape(k) for k in _VNI_PAIRS))
# Letters no legacy font encoding produces: Latin Extended-A/B (ă đ ĩ ũ ơ ư), combining
# marks (NFD text) and Latin Extended Additional (ạ ả … ỹ).
_UNICODE_ONLY = re.compile("[\u0100-\u024f\u0300-\u036f\u1e00-\u1eff]")


def tcvn3_to_unicode(text: str, *, capitals: bool = False) -> str:
    """Decode TCVN3 text; `capitals` for an "H" font (.VnTimeH), which shows only capitals."""
    decoded = unicodedata.normalize("NFC", text.translate(_TCVN3_TABLE))
    return decoded.upper() if capitals else decoded


def vni_to_unicode(text: str) -> str:
    """Decode VNI-Windows text ("Xin chaøo" → "Xin chào")."""
    decoded = _VNI_PATTERN.sub(lambda match: _VNI_TABLE[match.group()], text)
    return unicodedata.normalize("NFC", decoded)


def is_capital_font(font_name: str | None) -> bool:
    """Whether a TCVN3 font is an "H" font, drawing every letter as a capital (.VnTimeH)."""
    return bool(font_name) and str(font_name).strip().endswith("H")


def detect_encoding(text: str, font_name: str | None = None) -> str:
    """The encoding of a cell's text, "tcvn3", "vni" or "unicode" (domain.md §9 heuristic).

    Text holding letters only Unicode has (ă, đ, ơ, ư, ạ … ỹ, combining marks) is Unicode,
    whatever its font. Otherwise a font named ".Vn…" means TCVN3 and "VNI…" means VNI. Without
    a telling font, vowel + mark-byte pairs ("aø", "oâ") mean VNI; several characters of the
    TCVN3 set, one at least that is not a plain Vietnamese Latin-1 letter, mean TCVN3.
    """
    if _UNICODE_ONLY.search(text):
        return UNICODE
    font = (font_name or "").strip().lower()
    if font.startswith(".vn"):
        return TCVN3
    if font.startswith("vni"):
        return VNI
    if _VNI_EVIDENCE.search(text):
        return VNI
    markers = sum(1 for ch in text if ch in _TCVN3_MARKERS)
    strong = sum(1 for ch in text if ch in _TCVN3_STRONG)
    if markers >= 2 and strong >= 1:
        return TCVN3
    return UNICODE


def to_unicode(text: str, font_name: str | None = None) -> str:
    """NFC Unicode text of a cell, decoding TCVN3 or VNI when `detect_encoding` finds them."""
    encoding = detect_encoding(text, font_name)
    if encoding == TCVN3:
        return tcvn3_to_unicode(text, capitals=is_capital_font(font_name))
    if encoding == VNI:
        return vni_to_unicode(text)
    return unicodedata.normalize("NFC", text)


def decode_cp1258(data: bytes) -> str:
    """Decode Windows-1258 bytes to NFC: the codec yields base letters + combining tones."""
    return unicodedata.normalize("NFC", data.decode("cp1258"))
