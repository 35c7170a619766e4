"""Report figures in a form both sides understand.

A commune's rows are keyed by its own database ids (`sector:17`); a package names them instead
(`sector:<name>`, `unit`, `row:<key>`), and the office maps the names onto its own rows for the
sending unit, creating the sectors it has not seen yet.
"""

from __future__ import annotations

from collections.abc import Callable

from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain.sectors import OrderKey, match, name_key
from egov_desktop.services.sectors import report_order

SECTOR = "sector:"
UNIT = "unit"


def portable_key(uow: UnitOfWork, unit_id: int, row_key: str) -> tuple[str, str] | None:
    """(portable key, row label) of a stored row key; None for a row that no longer exists."""
    kind, _, rest = row_key.partition(":")
    if kind == "sector":
        sector = uow.sectors.get(unit_id, int(rest))
        return None if sector is None else (SECTOR + sector.name, sector.name)
    if kind == "unit":
        unit = uow.units.get(int(rest))
        return None if unit is None else (UNIT, unit.name)
    return row_key, rest


class LocalKeys:
    """Maps portable keys onto one unit's rows at the office (sectors created on demand)."""

    def __init__(
        self,
        uow: UnitOfWork,
        unit_id: int | None,
        *,
        fresh: bool = False,
        order: Callable[[str], OrderKey] | None = None,
    ) -> None:
        """`fresh`: the unit was just added, it has no sectors yet (no need to ask).

        `order`: the office's report order of sector names, when the caller already has it
        (an import of many packages sorts every unit's new sectors by the same key).
        """
        self._uow = uow
        self._order = order
        self._unit_id = unit_id
        self._sectors = [] if unit_id is None or fresh else uow.sectors.keys(unit_id)
        self._by_key = {s.name_key: s for s in self._sectors}
        #: Portable key -> stored key (None: not there yet); a package names each row 13 times.
        self._seen: dict[str, str | None] = {}

    def find(self, portable: str) -> str | None:
        """The stored row key, or None when the office has no such row yet."""
        if portable in self._seen:
            return self._seen[portable]
        found = self._find(portable)
        self._seen[portable] = found
        return found

    def _find(self, portable: str) -> str | None:
        if portable.startswith(SECTOR):
            name = portable[len(SECTOR) :]
            found = self._by_key.get(name_key(name))
            if found is None and self._sectors:  # the same sector spelt without its diacritics
                found = match(name, [(s.name, s) for s in self._sectors])
            return None if found is None else f"sector:{found.id}"
        if portable == UNIT:
            return None if self._unit_id is None else f"unit:{self._unit_id}"
        return portable

    def make_all(self, portables: list[str]) -> dict[str, str]:
        """Create, in one statement, the sectors of `portables` the unit does not have yet.

        Returns each of `portables`' stored row key.
        """
        assert self._unit_id is not None
        missing: dict[str, list[str]] = {}  # a new sector's name key -> the portables naming it
        for portable in portables:
            if self.find(portable) is None:  # only a sector can be missing
                missing.setdefault(name_key(portable[len(SECTOR) :]), []).append(portable)
        if missing:
            position = max((s.position for s in self._sectors), default=0)
            # In the office's report order (§5.6), whatever order the package names them in.
            order = self._order or report_order(self._uow)
            names = sorted((named[0][len(SECTOR) :] for named in missing.values()), key=order)
            added = self._uow.sectors.add_many(self._unit_id, names, position + 1)
            self._sectors = self._sectors + added  # after the unit's others, in its order
            for sector in added:
                self._by_key[sector.name_key] = sector
                for portable in missing[sector.name_key]:
                    self._seen[portable] = f"sector:{sector.id}"
        made: dict[str, str] = {}
        for portable in portables:
            found = self._seen[portable]
            assert found is not None  # a sector was created above; any other row is found
            made[portable] = found
        return made

    def make(self, portable: str) -> str:
        """The stored row key, creating the sector for the unit when it is new."""
        assert self._unit_id is not None
        known = self.find(portable)
        return known if known is not None else self.make_all([portable])[portable]
