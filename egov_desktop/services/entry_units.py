"""Which unit's report a figure belongs to: the own unit, or a subordinate one at an office."""

from __future__ import annotations

from egov_desktop.db.models import Unit
from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY
from egov_desktop.errors import ValidationError
from egov_desktop.services.lineage import legacy_commune_under
from egov_desktop.services.office_units import typed_unit
from egov_desktop.services.sectors import own_unit_id
from egov_desktop.services.unit_settings import period_mode
from egov_desktop.services.units import load_catalog, unit_row


def own_unit(uow: UnitOfWork) -> Unit:
    """The data folder's own unit."""
    own = uow.units.get(own_unit_id(uow))
    assert own is not None
    return own


def typed_unit_id(
    uow: UnitOfWork,
    code: str | None,
    catalog: str | None,
    period: Period,
    *,
    clearing: bool = False,
) -> int | None:
    """Like `unit_id_of`, for figures the office writes of `period` (`typed_unit` decides).

    `clearing`: only empty cells are written. A unit named with its catalogue that holds
    figures may then be cleared whatever the period, so that figures stored for a 2025
    commune's pre-reform period before this check existed can be removed.
    """
    if code is None:
        return None
    if clearing and catalog is not None:
        held = uow.units.find(catalog, code.strip())
        if held is not None and held.id != own_unit_id(uow):
            return held.id
    found = typed_unit(own_unit(uow), code, catalog, period=period, mode=period_mode(uow))
    return unit_id_of(uow, found.code, found.catalog)


def unit_id_of(uow: UnitOfWork, code: str | None, catalog: str | None = None) -> int | None:
    """None for the own unit; else a subordinate unit's id (added from the catalogue).

    A unit of another `catalog` is an old commune (legacy) whose pre-reform figures a
    province office holds.
    """
    if code is None:
        return None
    own = own_unit(uow)
    wanted = code.strip()
    if catalog not in (None, own.catalog):
        other = uow.units.find(catalog, wanted)
        if other is not None:
            return other.id
        old = load_catalog(CATALOG_LEGACY).get(wanted)
        if (
            catalog == CATALOG_LEGACY
            and own.catalog == CATALOG_2025
            and old is not None
            and legacy_commune_under(wanted, own.code)
        ):
            return uow.units.add(unit_row(old, CATALOG_LEGACY)).id
        raise ValidationError(messages.UNKNOWN_SUBORDINATE.format(code=code, office=own.name))
    row = uow.units.find(own.catalog, wanted)
    if row is not None and row.id != own.id:
        return row.id
    units = load_catalog(own.catalog)
    found = units.get(wanted)
    if found is None or row is not None or not units.is_under(wanted, own.code):
        raise ValidationError(messages.UNKNOWN_SUBORDINATE.format(code=code, office=own.name))
    return uow.units.add(unit_row(found, own.catalog)).id
