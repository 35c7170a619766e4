"""Sectors (lĩnh vực): the shipped catalogue, clean names and the key they are matched by."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, TypeVar

from egov_desktop.domain import messages
from egov_desktop.domain.counting import sector_key, vietnamese_sort_key
from egov_desktop.domain.text import clean_text, fold, nfc
from egov_desktop.errors import ValidationError

#: Longest sector name accepted (it has to fit the report's label column).
NAME_LIMIT = 100

T = TypeVar("T")


def clean_name(name: str) -> str:
    """A sector name as stored: NFC, trimmed, single spaces; refused when empty or too long."""
    text = clean_text(name)
    if not text:
        raise ValidationError(messages.SECTOR_NAME_EMPTY)
    if len(text) > NAME_LIMIT:
        raise ValidationError(messages.NAME_TOO_LONG.format(field="Tên lĩnh vực", limit=NAME_LIMIT))
    return text


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """Identity of a name: the same whatever its case, surrounding spaces or Unicode form.

    Cached: an office matches the same few dozen names for every unit of a batch.
    """
    return nfc(clean_text(name).lower())


def parse_catalog(data: Mapping[str, Any]) -> list[str]:
    """Sector names of a catalogue file (`sectors = [...]`); ValueError on duplicates."""
    names = [clean_name(str(n)) for n in data.get("sectors", [])]
    if len({name_key(n) for n in names}) != len(names):
        raise ValueError("duplicate sector names in the catalogue")
    return names


def match(name: str, candidates: Sequence[tuple[str, T]]) -> T | None:
    """The item whose name equals `name` (case/space/NFC-insensitive).

    Without such a name, a single match ignoring diacritics is accepted, so that "ho tich" typed
    on a keyboard without Vietnamese input still finds "Hộ tịch"; several such matches are none.
    """
    key = name_key(name)
    for candidate, item in candidates:
        if name_key(candidate) == key:
            return item
    folded = fold(name)
    loose = [item for candidate, item in candidates if fold(candidate) == folded]
    return loose[0] if len(loose) == 1 else None


#: What `report_order_key` sorts by.
OrderKey = tuple[int, tuple[tuple[int, ...], tuple[int, ...], str]]


def report_order_key(configured: Sequence[str]) -> Callable[[str], OrderKey]:
    """Sort key putting sector names in report order (§5.6).

    First the names of `configured`, in its order; then every other name by Vietnamese
    collation. Names are matched like everywhere else: whatever their case, spaces or form.
    """
    rank: dict[str, int] = {}
    for index, name in enumerate(configured):
        rank.setdefault(name_key(name), index)
    others = len(rank)
    keys: dict[str, OrderKey] = {}  # an import sorts the same few names for every unit

    def key(name: str) -> OrderKey:
        found = keys.get(name)
        if found is None:
            found = keys[name] = (rank.get(name_key(name), others), vietnamese_sort_key(name))
        return found

    return key


class SectorSpellings:
    """The sector an imported row names, and the names no known sector is (report rows to be).

    `known` are the unit's sectors (hidden ones too) and the register's spellings, the unit's
    first. A name equal to a known one (case, spaces and Unicode form aside) is kept as written:
    the counting puts it in that sector's row (§5.6). A name that is one known sector without
    its accents ("ho tich") takes that sector's spelling, so that it never starts a report row of
    its own. Any other name, or one that could be several, is new: `use` counts its rows.
    """

    def __init__(self, known: Iterable[str]) -> None:
        self._keys: set[str] = set()
        self._folded: dict[str, dict[str, str]] = {}
        for name in known:
            key = sector_key(name)
            if key not in self._keys:
                self._keys.add(key)
                self._folded.setdefault(fold(name), {})[key] = name
        # An import repeats a handful of names a hundred thousand times.
        self._spelt: dict[str, str] = {}
        #: Sector key of each new name -> [its first spelling, rows].
        self._new: dict[str, list[Any]] = {}

    def spelling(self, name: str) -> str:
        """`name`, or the known sector's spelling when `name` is that sector without accents."""
        found = self._spelt.get(name)
        if found is None:
            found = name
            if sector_key(name) not in self._keys:
                loose = self._folded.get(fold(name), {})
                if len(loose) == 1:
                    found = next(iter(loose.values()))
            self._spelt[name] = found
        return found

    def use(self, name: str) -> None:
        """Count a row kept with the sector `name` (a `spelling`), when no known sector is it."""
        key = sector_key(name)
        if key not in self._keys:
            self._new.setdefault(key, [name, 0])[1] += 1

    def new(self) -> list[tuple[str, int]]:
        """(name, rows) of each new sector, in Vietnamese order."""
        return sorted(
            ((name, rows) for name, rows in self._new.values()),
            key=lambda item: vietnamese_sort_key(item[0]),
        )
