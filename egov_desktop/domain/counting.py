"""Biểu II.06a columns 3–13 counted from the dossier register (domain.md §5.3–5.6).

For a window [S, E] (both ends included, compared as dates) one dossier counts in:

===  ==========================================  =============================================
Col  Header                                      SQL-friendly predicate (r, u, x; S, E bound)
===  ==========================================  =============================================
3    Số hồ sơ nhận giải quyết — Tổng số          (4) OR (5) OR (6)
4    Trực tuyến                                  r BETWEEN S AND E AND channel = 'online'
5    Trực tiếp, dịch vụ bưu chính                r BETWEEN S AND E AND channel <> 'online'
6    Từ kỳ trước                                 r < S AND (x IS NULL OR x >= S)
7    Số hồ sơ đã giải quyết — Tổng số            (3) AND x IS NOT NULL AND x <= E
8    Trước hạn                                   (7) AND NOT closed AND x < u
9    Đúng hạn                                    (7) AND (closed OR u IS NULL OR x = u)
10   Quá hạn                                     (7) AND NOT closed AND x > u
11   Số lượng hồ sơ đang giải quyết — Tổng số    (3) AND (x IS NULL OR x > E)
12   Trong hạn                                   (11) AND (u IS NULL OR u >= E OR waiting)
13   Quá hạn                                     (11) AND u < E AND NOT waiting
===  ==========================================  =============================================

"closed" is status IN ('Rút hồ sơ', 'Trả lại'); "waiting" is status = 'Chờ bổ sung'.

A missing due date is outside the rules (the register requires one, §5.7); such a dossier is
counted as on time (9) or in time (12), the catch-all columns of the vendor footnotes (§4.1),
so that every dossier still lands in exactly one column of each group.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from egov_desktop.domain import messages
from egov_desktop.domain.dossiers import CHANNEL_ONLINE, STATUS_WAITING, DossierFacts
from egov_desktop.domain.text import clean_text
from egov_desktop.errors import ValidationError

COL_RECEIVED = 3
COL_ONLINE = 4
COL_DIRECT_POSTAL = 5
COL_CARRIED_OVER = 6
COL_RESOLVED = 7
COL_EARLY = 8
COL_ON_TIME = 9
COL_LATE = 10
COL_PENDING = 11
COL_PENDING_IN_TIME = 12
COL_PENDING_OVERDUE = 13

#: The figure columns of II.06a, in order.
COLUMNS = tuple(range(COL_RECEIVED, COL_PENDING_OVERDUE + 1))

#: Label of the total row.
TOTAL_ROW = "Tổng số"


def _check_window(start: date, end: date) -> None:
    if start > end:
        raise ValidationError(
            messages.BAD_WINDOW.format(start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}")
        )


def _columns(d: DossierFacts, start: date, end: date) -> set[int]:
    r, u, x = d.received, d.due, d.resolved
    if start <= r <= end:
        columns = {COL_RECEIVED, COL_ONLINE if d.channel == CHANNEL_ONLINE else COL_DIRECT_POSTAL}
    elif r < start and (x is None or x >= start):
        columns = {COL_RECEIVED, COL_CARRIED_OVER}
    else:
        return set()
    if x is not None and x <= end:
        columns.add(COL_RESOLVED)
        columns.add(resolved_column(x, u, closed_without_decision=d.closed_without_decision))
    else:
        columns.add(COL_PENDING)
        if u is None or u >= end or d.status == STATUS_WAITING:
            columns.add(COL_PENDING_IN_TIME)
        else:
            columns.add(COL_PENDING_OVERDUE)
    return columns


def resolved_column(resolved: date, due: date | None, *, closed_without_decision: bool) -> int:
    """Column 8, 9 or 10: how a dossier resolved on `resolved` counts against its `due` date.

    A dossier withdrawn or returned counts as on time, as one without a due date does.
    """
    if closed_without_decision or due is None or resolved == due:
        return COL_ON_TIME
    return COL_EARLY if resolved < due else COL_LATE


def classify(d: DossierFacts, start: date, end: date) -> set[int]:
    """The II.06a columns (3–13) `d` counts in for the window [start, end]; empty if ignored.

    Raises:
        ValidationError: when start is after end.
    """
    _check_window(start, end)
    return _columns(d, start, end)


def select(
    dossiers: Iterable[DossierFacts],
    start: date,
    end: date,
    column: int,
    *,
    sector: str | None = None,
) -> list[DossierFacts]:
    """The dossiers behind one cell: those counted in `column` (of `sector`'s row if given)."""
    _check_window(start, end)
    key = None if sector is None else sector_key(sector)
    return [
        d
        for d in dossiers
        if (key is None or sector_key(d.sector) == key) and column in _columns(d, start, end)
    ]


def _zero_row() -> dict[int, int]:
    return dict.fromkeys(COLUMNS, 0)


def count_ii06a(
    dossiers: Iterable[DossierFacts],
    start: date,
    end: date,
    *,
    sector_order: Sequence[str] = (),
) -> dict[str, dict[int, int]]:
    """II.06a rows for [start, end]: sector name → {3..13: count}, in report order (§5.6).

    Sectors are matched on their NFC, trimmed, case-insensitive name. The rows are the
    sectors of `sector_order` (zero rows included, in that order), then every other sector
    with a dossier counted in the window, by Vietnamese collation. A configured sector keeps
    its configured spelling; another takes the first of its spellings in code-point order,
    so the result does not depend on the order of the register.

    Raises:
        ValidationError: when start is after end.
    """
    _check_window(start, end)
    rows: dict[str, dict[int, int]] = {}
    spellings: dict[str, set[str]] = {}
    for d in dossiers:
        columns = _columns(d, start, end)
        if not columns:
            continue
        key = sector_key(d.sector)
        spellings.setdefault(key, set()).add(d.sector)
        row = rows.setdefault(key, _zero_row())
        for column in columns:
            row[column] += 1
    report: dict[str, dict[int, int]] = {}
    configured: set[str] = set()
    for name in sector_order:
        key = sector_key(name)
        if key not in configured:
            configured.add(key)
            report[clean_text(name)] = rows.get(key, _zero_row())
    others = sorted(
        (min(spellings[key]) for key in rows if key not in configured), key=vietnamese_sort_key
    )
    for name in others:
        report[name] = rows[sector_key(name)]
    return report


def totals(rows: Mapping[str, Mapping[int, int]]) -> dict[int, int]:
    """The "Tổng số" row: column-wise sum of the sector rows (identity I6)."""
    total = _zero_row()
    for row in rows.values():
        for column in COLUMNS:
            total[column] += row.get(column, 0)
    return total


def sector_key(name: str) -> str:
    """Matching key of a sector name: NFC, trimmed, single-spaced, case-insensitive (§5.6)."""
    return unicodedata.normalize("NFC", clean_text(name).casefold())


# Vietnamese collation (§5.6). Letters outside the Vietnamese alphabet (f, j, w, z) sit where
# the Latin alphabet puts them, so foreign words still sort sensibly.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
_LETTER_BASE = 0x10000  # above every code point, so letters follow digits and punctuation
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")  # breve, circumflex, horn: part of the letter
#: Tie-break order: ngang, huyền, hỏi, ngã, sắc, nặng (the common dictionary order).
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def vietnamese_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...], str]:
    """Sort key: letters in Vietnamese alphabet order, case-insensitive, tones as tie-breaker.

    "Ân xá" < "Bảo trợ xã hội" < "Chứng thực" < "Đất đai" < "Xây dựng".
    """
    clean = clean_text(text)
    decomposed = unicodedata.normalize("NFD", clean.lower())
    letters: list[int] = []
    tones: list[int] = []
    index = 0
    while index < len(decomposed):
        base = decomposed[index]
        index += 1
        marks = ""
        tone = 0
        while index < len(decomposed) and unicodedata.combining(decomposed[index]):
            mark = decomposed[index]
            if mark in _LETTER_MARKS:
                marks += mark
            tone = _TONE_RANK.get(mark, tone)
            index += 1
        letter = unicodedata.normalize("NFC", base + marks)
        rank = _LETTER_RANK.get(letter)
        letters.append(ord(base) if rank is None else _LETTER_BASE + rank)
        tones.append(tone)
    return tuple(letters), tuple(tones), clean
