"""Administrative units of both catalogues (2025 and legacy) and the 2025 conversion lineage.

The rows come from `resources/admin_units/*.csv` (domain.md §7.4); reading the files is the
job of `services.units`, so everything here works on rows already in memory.
"""

from __future__ import annotations

import heapq
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from egov_desktop.domain import messages
from egov_desktop.domain.text import clean_text, fold
from egov_desktop.errors import ValidationError

CATALOG_2025 = "2025"
CATALOG_LEGACY = "legacy"
CATALOGS = (CATALOG_2025, CATALOG_LEGACY)

LEVEL_PROVINCE = "province"
LEVEL_DISTRICT = "district"
LEVEL_COMMUNE = "commune"
LEVELS = (LEVEL_PROVINCE, LEVEL_DISTRICT, LEVEL_COMMUNE)

#: Width of a code at each level; codes are text and keep their leading zeros.
CODE_WIDTHS = {LEVEL_PROVINCE: 2, LEVEL_DISTRICT: 3, LEVEL_COMMUNE: 5}
#: An agency's electronic identifier (mã định danh điện tử), e.g. "000.00.31.H26": groups of
#: letters and digits joined by dots.
AGENCY_CODE = re.compile(r"[0-9A-Z]+(\.[0-9A-Z]+)*")
AGENCY_CODE_LIMIT = 32

_LEVEL_ORDER = {level: index for index, level in enumerate(LEVELS)}
_PROVINCE_KINDS = ("Thành phố", "Tỉnh")

#: Type words a query may start with, as folded word tuples, longest first.
_QUERY_KINDS: tuple[tuple[tuple[str, ...], str], ...] = tuple(
    sorted(
        (
            (tuple(fold(kind).split()), kind)
            for kind in (
                "Thị trấn",
                "Đặc khu",
                "Thị xã",
                "Thành phố",
                "Phường",
                "Huyện",
                "Quận",
                "Tỉnh",
                "Xã",
            )
        ),
        key=lambda item: -len(item[0]),
    )
)

# Apostrophes vanish ("Ea H'leo" is found by "ea hleo" and "ea h'leo"); any other punctuation
# separates words ("Bà Rịa - Vũng Tàu", "ba dinh, ha noi").
_APOSTROPHES = re.compile(r"['\u2019\u02bc`]")
_SEPARATORS = re.compile(r"[\W_]+")


def search_key(text: str) -> str:
    """Folded words of `text` without punctuation: what unit search compares."""
    return _SEPARATORS.sub(" ", _APOSTROPHES.sub("", fold(text))).strip()


def names_unit(text: str, *, names: Iterable[str], code: str, label: str = "") -> bool | None:
    """Whether `text`, a sheet's unit line ("Đơn vị báo cáo: UBND Phường Ba Đình"), is the unit's.

    The unit is called one of `names` and has `code`; `label` is the line's printed wording
    around the name ("Đơn vị báo cáo:"), which names nobody. None: the line names no unit at
    all (blank, or the template's dotted placeholder). The comparison is lenient, since the line
    was typed by hand: the name's words without its type ("Ba Đình" of "Phường Ba Đình") in a
    row, in any case and with or without diacritics, or the unit's code as a word.
    """
    words = search_key(text).split()
    printed = search_key(label).split()
    if printed and words[: len(printed)] == printed:
        words = words[len(printed) :]
    if not words:
        return None
    if code.strip() in words:
        return True
    for name in names:
        _, _, place = _split_kind(search_key(name).split())
        size = len(place)
        if size and any(words[i : i + size] == place for i in range(len(words) - size + 1)):
            return True
    return False


@dataclass(frozen=True, slots=True)
class AdminUnit:
    """One province, district (legacy only) or commune of a catalogue."""

    code: str
    name: str
    level: str
    kind: str
    province_code: str
    province_name: str
    district_code: str | None = None
    district_name: str | None = None


@dataclass(frozen=True, slots=True)
class _Entry:
    """A unit with its search keys, computed once per catalogue."""

    unit: AdminUnit
    order: int
    kind_key: str
    name_key: str
    short_key: str
    name_words: str
    all_words: str


def _entry(unit: AdminUnit, order: int, keys: dict[str, str]) -> _Entry:
    def key(text: str) -> str:
        # Province and district names repeat thousands of times: fold each once.
        found = keys.get(text)
        if found is None:
            found = keys[text] = search_key(text)
        return found

    name_key = key(unit.name)
    kind_key = key(unit.kind)
    short_key = name_key
    if kind_key and name_key.startswith(kind_key + " "):
        short_key = name_key[len(kind_key) + 1 :]
    context: list[str] = []
    if unit.level == LEVEL_COMMUNE:
        context = [unit.district_name or "", unit.province_name]
    elif unit.level == LEVEL_DISTRICT:
        context = [unit.province_name]
    # Leading and trailing spaces let `" " + token in words` test for a word prefix.
    name_words = f" {name_key} "
    all_words = " ".join([name_words.rstrip(), *(key(c) for c in context if c)]) + " "
    return _Entry(unit, order, kind_key, name_key, short_key, name_words, all_words)


def _code(value: str | None) -> str:
    return "".join((value or "").split())


def _check_code(code: str, level: str) -> str:
    if len(code) != CODE_WIDTHS[level] or not (code.isascii() and code.isdigit()):
        raise ValueError(f"{level} code {code!r} is not {CODE_WIDTHS[level]} digits")
    return code


def _province_kind(name: str) -> str:
    for kind in _PROVINCE_KINDS:
        if name.startswith(kind + " "):
            return kind
    return ""


class UnitCatalog:
    """One catalogue of units, indexed by code and ready for diacritic-insensitive search."""

    def __init__(self, name: str, units: Iterable[AdminUnit]) -> None:
        if name not in CATALOGS:
            raise ValidationError(messages.UNKNOWN_CATALOG.format(value=name))
        self.name = name
        self._by_code: dict[str, AdminUnit] = {}
        for unit in units:
            if unit.code in self._by_code:
                raise ValueError(f"duplicate unit code {unit.code!r} in catalogue {name}")
            self._by_code[unit.code] = unit
        ordered = sorted(self._by_code.values(), key=_order)
        self._by_level: dict[str, list[AdminUnit]] = {level: [] for level in LEVELS}
        for unit in ordered:
            self._by_level[unit.level].append(unit)
        keys: dict[str, str] = {}
        self._entries = [_entry(unit, order, keys) for order, unit in enumerate(ordered)]

    @classmethod
    def from_rows(cls, name: str, rows: Iterable[Mapping[str, str]]) -> UnitCatalog:
        """Build a catalogue from CSV rows (`units_2025.csv` or `units_legacy.csv` columns)."""
        legacy = name == CATALOG_LEGACY
        units: dict[str, AdminUnit] = {}
        cleaned: dict[str, str] = {}

        def clean(value: str) -> str:
            # Province and district names and the types repeat on thousands of rows.
            found = cleaned.get(value)
            if found is None:
                found = cleaned[value] = clean_text(value)
            return found

        for row in rows:
            province_code = _check_code(_code(row["province_code"]), LEVEL_PROVINCE)
            province_name = clean(row["province_name"])
            if province_code not in units:
                units[province_code] = AdminUnit(
                    code=province_code,
                    name=province_name,
                    level=LEVEL_PROVINCE,
                    kind=_province_kind(province_name),
                    province_code=province_code,
                    province_name=province_name,
                )
            district_code: str | None = None
            district_name: str | None = None
            if legacy:
                district_code = _check_code(_code(row["district_code"]), LEVEL_DISTRICT)
                district_name = clean(row["district_name"])
                if district_code not in units:
                    units[district_code] = AdminUnit(
                        code=district_code,
                        name=district_name,
                        level=LEVEL_DISTRICT,
                        kind=clean(row["district_type"]),
                        province_code=province_code,
                        province_name=province_name,
                        district_code=district_code,
                        district_name=district_name,
                    )
            commune_code = _code(row.get("commune_code"))
            if not commune_code:
                # An island district with no commune (legacy catalogue only).
                continue
            units[_check_code(commune_code, LEVEL_COMMUNE)] = AdminUnit(
                code=commune_code,
                name=clean_text(row["commune_name"]),
                level=LEVEL_COMMUNE,
                kind=clean(row["commune_type"]),
                province_code=province_code,
                province_name=province_name,
                district_code=district_code,
                district_name=district_name,
            )
        return cls(name, units.values())

    def __len__(self) -> int:
        return len(self._by_code)

    def get(self, code: str) -> AdminUnit | None:
        """The unit with this code at any level (spaces ignored), or None."""
        return self._by_code.get(_code(code))

    def province_of(self, unit: AdminUnit) -> AdminUnit:
        """The province a unit belongs to (a province is its own)."""
        return self._by_code[unit.province_code]

    def provinces(self) -> list[AdminUnit]:
        """Every province, by code."""
        return list(self._by_level[LEVEL_PROVINCE])

    def districts(self, province_code: str | None = None) -> list[AdminUnit]:
        """Districts by code, optionally of one province; always empty for the 2025 catalogue."""
        wanted = _code(province_code) if province_code is not None else None
        return [
            unit
            for unit in self._by_level[LEVEL_DISTRICT]
            if wanted is None or unit.province_code == wanted
        ]

    def communes(
        self, *, province_code: str | None = None, district_code: str | None = None
    ) -> list[AdminUnit]:
        """Communes by code, optionally of one province and/or one (legacy) district."""
        province = _code(province_code) if province_code is not None else None
        district = _code(district_code) if district_code is not None else None
        return [
            unit
            for unit in self._by_level[LEVEL_COMMUNE]
            if (province is None or unit.province_code == province)
            and (district is None or unit.district_code == district)
        ]

    def is_under(self, unit_code: str, office_code: str) -> bool:
        """Whether the unit lies inside the office's province or (legacy) district."""
        unit = self.get(unit_code)
        office = self.get(office_code)
        if unit is None or office is None or unit.code == office.code:
            return False
        if office.level == LEVEL_PROVINCE:
            return unit.province_code == office.code
        if office.level == LEVEL_DISTRICT:
            return unit.district_code == office.code
        return False

    def search(
        self, text: str, *, limit: int = 50, levels: Collection[str] | None = None
    ) -> list[AdminUnit]:
        """Units matching `text`, ignoring case and diacritics; best matches first.

        Digits match code prefixes. Otherwise every word must start a word of the unit's name
        or of its district or province. A leading type word ("xa", "phuong", "thi tran" …)
        narrows the search to that kind, unless the unit's own name contains that very word
        ("xa la" still finds Phường Xa La).
        """
        query = search_key(text)
        if not query or limit <= 0:
            return []
        if levels is None:
            entries: Iterable[_Entry] = self._entries
        else:
            wanted = set(levels)
            entries = [entry for entry in self._entries if entry.unit.level in wanted]
        digits = query.replace(" ", "")
        if digits.isdigit():
            return _search_code(entries, digits, limit)
        words = query.split()
        all_tokens = [" " + word for word in words]
        hits: list[tuple[_Entry, list[str]]]
        phrase, kind_key, core = _split_kind(words)
        if kind_key is None:
            hits = [(e, words) for e in entries if all(t in e.all_words for t in all_tokens)]
        else:
            core_tokens = [" " + word for word in core]
            hits = []
            for entry in entries:
                haystack = entry.all_words
                if entry.kind_key == kind_key:
                    if all(token in haystack for token in core_tokens):
                        hits.append((entry, core))
                elif phrase in entry.name_words and all(t in haystack for t in all_tokens):
                    hits.append((entry, words))
        best = heapq.nsmallest(
            limit, ((_rank(entry, used), entry.order, entry.unit) for entry, used in hits)
        )
        return [unit for _, _, unit in best]


def _split_kind(words: list[str]) -> tuple[str, str | None, list[str]]:
    """The leading type phrase of a query (as " xa "), its kind key, and the words after it."""
    for phrase, kind in _QUERY_KINDS:
        size = len(phrase)
        if len(words) > size and tuple(words[:size]) == phrase:
            return " " + " ".join(phrase) + " ", search_key(kind), words[size:]
    return "", None, words


def _search_code(entries: Iterable[_Entry], digits: str, limit: int) -> list[AdminUnit]:
    """Units whose code starts with `digits`, the exact code first."""
    exact: list[AdminUnit] = []
    prefixed: list[AdminUnit] = []
    for entry in entries:
        code = entry.unit.code
        if code.startswith(digits):
            (exact if code == digits else prefixed).append(entry.unit)
    return (exact + prefixed)[:limit]


def _order(unit: AdminUnit) -> tuple[str, int, str]:
    """Sort key: province, then its own row before its districts and communes, then code."""
    return (unit.province_code, _LEVEL_ORDER[unit.level], unit.code)


def _rank(entry: _Entry, words: list[str]) -> int:
    """0 exact name, 1 name starts with the query, 2 name contains it, 3 only the context does.

    Only the words found in the unit's own name count, so "ba dinh ha noi" is an exact match
    for Phường Ba Đình of Hà Nội.
    """
    name_words = entry.name_words
    if len(words) == 1:
        in_name = words[0] if " " + words[0] in name_words else ""
    else:
        in_name = " ".join(word for word in words if " " + word in name_words)
    if not in_name:
        return 3
    if in_name in (entry.short_key, entry.name_key):
        return 0
    if entry.short_key.startswith(in_name) or entry.name_key.startswith(in_name):
        return 1
    return 2


@dataclass(frozen=True, slots=True)
class Conversion:
    """One link from a legacy unit to a 2025 commune that took over all or part of it."""

    old_commune_code: str | None
    old_district_code: str
    old_province_code: str
    new_commune_code: str
    whole: bool
    is_default: bool


def _flag(value: str, column: str) -> bool:
    text = value.strip()
    if text not in ("0", "1"):
        raise ValueError(f"{column} must be 0 or 1, not {value!r}")
    return text == "1"


class ConversionTable:
    """Lineage between the legacy catalogue and the 2025 one (domain.md §7.2)."""

    def __init__(self, conversions: Iterable[Conversion]) -> None:
        self._rows = tuple(
            sorted(
                conversions,
                key=lambda c: (
                    c.old_province_code,
                    c.old_district_code,
                    c.old_commune_code or "",
                    not c.is_default,
                    c.new_commune_code,
                ),
            )
        )
        self._by_new: dict[str, list[Conversion]] = defaultdict(list)
        self._by_old: dict[str, list[Conversion]] = defaultdict(list)
        for row in self._rows:
            self._by_new[row.new_commune_code].append(row)
            for old in (row.old_commune_code, row.old_district_code, row.old_province_code):
                if old:
                    self._by_old[old].append(row)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> ConversionTable:
        """Build the table from `conversion_2025.csv` rows."""
        return cls(
            Conversion(
                old_commune_code=_code(row["old_commune_code"]) or None,
                old_district_code=_code(row["old_district_code"]),
                old_province_code=_code(row["old_province_code"]),
                new_commune_code=_code(row["new_commune_code"]),
                whole=_flag(row["whole"], "whole"),
                is_default=_flag(row["is_default"], "is_default"),
            )
            for row in rows
        )

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Conversion]:
        return iter(self._rows)

    def predecessors(self, new_code: str) -> list[Conversion]:
        """The legacy units a 2025 commune was formed from, by old code."""
        return list(self._by_new.get(_code(new_code), ()))

    def successors(self, old_code: str) -> list[Conversion]:
        """Where a legacy commune went (default first); a district or province code gives all."""
        return list(self._by_old.get(_code(old_code), ()))
