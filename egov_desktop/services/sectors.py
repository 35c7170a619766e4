"""The unit's sector list: seeded from resources/sectors/default.toml, then extended by the unit."""

from __future__ import annotations

import builtins
import functools
import logging
import tomllib
from collections.abc import Callable

from egov_desktop import config
from egov_desktop.db.models import Sector
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.sectors import (
    OrderKey,
    clean_name,
    match,
    name_key,
    parse_catalog,
    report_order_key,
)
from egov_desktop.domain.text import clean_text, fold
from egov_desktop.errors import SetupRequiredError, ValidationError
from egov_desktop.services.entry_dto import SectorInfo

logger = logging.getLogger(__name__)

#: Catalogue a unit's list starts from.
DEFAULT_CATALOG = "default.toml"
#: Who edits when setup names no officer.
FALLBACK_ACTOR = "cán bộ"


@functools.cache
def default_sectors() -> tuple[str, ...]:
    """Names of the shipped sector catalogue, read once."""
    path = config.resource_path("sectors", DEFAULT_CATALOG)
    with path.open("rb") as handle:
        names = parse_catalog(tomllib.load(handle))
    logger.debug("Loaded %d sectors from %s", len(names), path)
    return tuple(names)


def own_unit_id(uow: UnitOfWork) -> int:
    """Id of the data folder's own unit; SetupRequiredError before setup."""
    value = uow.settings.get("own_unit_id")
    if value is None or uow.units.get(int(value)) is None:
        raise SetupRequiredError(messages.NOT_SET_UP, cli_hint=messages.NOT_SET_UP_CLI)
    return int(value)


def default_actor(uow: UnitOfWork, unit_id: int) -> str:
    """The officer named at setup, else a generic name."""
    return officer_name(uow, unit_id) or FALLBACK_ACTOR


def officer_name(uow: UnitOfWork, unit_id: int) -> str:
    """The officer named at setup; "" when none was (a printed name is then left blank)."""
    unit = uow.units.get(unit_id)
    return (unit.officer_name if unit is not None else None) or ""


def ensure_sectors(uow: UnitOfWork, unit_id: int, actor: str) -> list[Sector]:
    """The unit's sectors in order, seeded from the catalogue the first time."""
    rows = uow.sectors.ordered(unit_id)
    if rows:
        return rows
    for position, name in enumerate(default_sectors(), start=1):
        uow.sectors.add(unit_id, name, name_key(name), position)
    uow.audit.record(
        actor=actor,
        unit_id=unit_id,
        entity="sector",
        entity_key="*",
        field="seed",
        old_value=None,
        new_value=DEFAULT_CATALOG,
        source="computed",
    )
    return uow.sectors.ordered(unit_id)


def report_order(uow: UnitOfWork) -> Callable[[str], OrderKey]:
    """Sort key for sector names in the data folder's own report order (§5.6).

    Its own list first, in its order (before it has one, the catalogue it would be seeded
    with: reading a report does not write the list), then the others by Vietnamese collation.
    """
    names = [row.name for row in uow.sectors.keys(own_unit_id(uow))]
    return report_order_key(names or builtins.list(default_sectors()))


def find_sector(rows: builtins.list[Sector], name: str) -> Sector:
    """The sector called `name`; ValidationError when the list has none."""
    found = match(name, [(row.name, row) for row in rows])
    if found is None:
        raise ValidationError(messages.UNKNOWN_SECTOR.format(name=name.strip()))
    return found


def _refuse_listed(rows: builtins.list[Sector], name: str, *, accents_apart: bool = False) -> None:
    """Refuse `name` when the list has that sector already; the message names the listed one.

    The same sector is the same name whatever its case, spaces or Unicode form, and also, as
    `match` and the register import find it, the same letters without their accents ("ho tich"
    is "Hộ tịch"): added, it would be a second report row for one sector. `accents_apart`
    keeps only the first test, for a name the register already counts as a row of its own.
    """
    key = name_key(name)
    existing = next((r for r in rows if r.name_key == key), None)
    if existing is not None:
        # A hidden sector is not on the entry grid: "already listed" alone would puzzle.
        exists = messages.SECTOR_EXISTS_HIDDEN if existing.hidden else messages.SECTOR_EXISTS
        raise ValidationError(exists.format(name=name, existing=existing.name))
    if accents_apart:
        return
    folded = fold(name)
    existing = next((r for r in rows if fold(r.name) == folded), None)
    if existing is not None:
        exists = (
            messages.SECTOR_EXISTS_UNACCENTED_HIDDEN
            if existing.hidden
            else messages.SECTOR_EXISTS_UNACCENTED
        )
        raise ValidationError(exists.format(name=name, existing=existing.name))


def append_sector(
    uow: UnitOfWork, unit_id: int, actor: str, name: str, *, accents_apart: bool = False
) -> Sector:
    """Put `name` at the end of the unit's list, audited; refused when the list has it already.

    Inside the caller's transaction, so that a dossier saved with a new sector adds both or
    neither. `accents_apart` as for `_refuse_listed`.
    """
    clean = clean_name(name)
    rows = ensure_sectors(uow, unit_id, actor)
    _refuse_listed(rows, clean, accents_apart=accents_apart)
    position = max((r.position for r in rows), default=0) + 1
    row = uow.sectors.add(unit_id, clean, name_key(clean), position)
    uow.audit.record(
        actor=actor,
        unit_id=unit_id,
        entity="sector",
        entity_key=row.name,
        field="name",
        old_value=None,
        new_value=clean,
        source="typed",
    )
    return row


def set_hidden(uow: UnitOfWork, unit_id: int, actor: str, row: Sector, hidden: bool) -> None:
    """Hide a sector or show it again, audited; nothing changes when it already is so."""
    if row.hidden == hidden:
        return
    uow.audit.record(
        actor=actor,
        unit_id=unit_id,
        entity="sector",
        entity_key=row.name,
        field="hidden",
        old_value=str(row.hidden),
        new_value=str(hidden),
        source="typed",
    )
    row.hidden = hidden


def show_sector(uow: UnitOfWork, unit_id: int, actor: str, name: str) -> Sector:
    """Show the unit's sector `name` again, audited; ValidationError when the list has none.

    Inside the caller's transaction, as `append_sector`: a dossier saved with a hidden
    sector shows it and is stored, or neither.
    """
    key = name_key(name)
    row = next((r for r in ensure_sectors(uow, unit_id, actor) if r.name_key == key), None)
    if row is None:
        raise ValidationError(messages.UNKNOWN_SECTOR.format(name=clean_text(name)))
    set_hidden(uow, unit_id, actor, row, False)
    return row


def sector_info(row: Sector) -> SectorInfo:
    """The DTO of a sector."""
    return SectorInfo(id=row.id, name=row.name, position=row.position, hidden=row.hidden)


class SectorService:
    """Add, hide and reorder the unit's sectors; every change is audited."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def list(self, *, include_hidden: bool = False) -> builtins.list[SectorInfo]:
        """The sectors in the unit's order, hidden ones only when asked for."""
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            rows = ensure_sectors(uow, unit_id, default_actor(uow, unit_id))
            return [sector_info(r) for r in rows if include_hidden or not r.hidden]

    def find(self, name: str) -> SectorInfo:
        """The sector called `name` (hidden ones too); ValidationError when unknown."""
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            rows = ensure_sectors(uow, unit_id, default_actor(uow, unit_id))
            return sector_info(find_sector(rows, name))

    def add(
        self, name: str, *, actor: str | None = None, accents_apart: bool = False
    ) -> SectorInfo:
        """Append a sector; a name the list has already is refused (`_refuse_listed`).

        `accents_apart`: `name` is a spelling the register counts as a report row of its own
        (§5.6 tells rows apart by their accents), added to the list by `StatsService.apply`.
        """
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            who = actor or default_actor(uow, unit_id)
            return sector_info(append_sector(uow, unit_id, who, name, accents_apart=accents_apart))

    def set_hidden(self, sector_id: int, hidden: bool, *, actor: str | None = None) -> SectorInfo:
        """Hide a sector from the entry grid (its figures stay) or show it again."""
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            who = actor or default_actor(uow, unit_id)
            row = self._get(uow, unit_id, sector_id, who)
            set_hidden(uow, unit_id, who, row, hidden)
            return sector_info(row)

    def move(
        self, sector_id: int, position: int, *, actor: str | None = None
    ) -> builtins.list[SectorInfo]:
        """Put a sector at `position` (from 1, hidden sectors counted); return the whole list.

        A position outside the list is refused: put at the nearest end instead, a mistyped
        number would move the sector somewhere nobody asked for.
        """
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            who = actor or default_actor(uow, unit_id)
            row = self._get(uow, unit_id, sector_id, who)
            rows = [r for r in uow.sectors.ordered(unit_id) if r.id != row.id]
            if not 1 <= position <= len(rows) + 1:
                raise ValidationError(
                    messages.SECTOR_BAD_POSITION.format(position=position, count=len(rows) + 1)
                )
            target = position
            old = row.position
            rows.insert(target - 1, row)
            for number, item in enumerate(rows, start=1):
                item.position = number
            if old != target:
                self._audit(uow, unit_id, who, row, "position", str(old), str(target))
            return [sector_info(r) for r in rows]

    @staticmethod
    def _get(uow: UnitOfWork, unit_id: int, sector_id: int, actor: str) -> Sector:
        ensure_sectors(uow, unit_id, actor)
        row = uow.sectors.get(unit_id, sector_id)
        if row is None:
            raise ValidationError(messages.UNKNOWN_SECTOR_ID.format(sector_id=sector_id))
        return row

    @staticmethod
    def _audit(
        uow: UnitOfWork,
        unit_id: int,
        actor: str,
        row: Sector,
        field: str,
        old: str | None,
        new: str | None,
    ) -> None:
        uow.audit.record(
            actor=actor,
            unit_id=unit_id,
            entity="sector",
            entity_key=row.name,
            field=field,
            old_value=old,
            new_value=new,
            source="typed",
        )
