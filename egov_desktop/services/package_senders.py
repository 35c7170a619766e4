"""Whose packages an aggregating office holds, and which sender a code names in its commands.

Shared by the import, the office's replies (accept, return) and the update requests waiting
behind an accepted period, as well as the completeness matrix and the figures' provenance:
each refuses a commune's data folder the same way and finds a sender by the same rules.
"""

from __future__ import annotations

from egov_desktop.db.models import Unit
from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain import messages
from egov_desktop.errors import ValidationError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.dto import ROLE_AGGREGATOR, SetupInfo
from egov_desktop.services.office_units import one_unit, under_office
from egov_desktop.services.setup import SetupService

#: States of a received package the office can accept or return.
REPLIABLE = (dto.IMPORTED, dto.ACCEPTED, dto.RETURNED)
#: The state of an update request waiting behind an accepted period.
QUEUED = (dto.QUEUED,)


def waiting_states(queued: bool) -> tuple[str, ...]:
    """The states `senders` looks for: update requests only, or the packages to reply to."""
    return QUEUED if queued else REPLIABLE


def require_office(setup: SetupService) -> SetupInfo:
    """The setup of an aggregating office; ValidationError for a commune's data folder."""
    info = setup.require()
    if info.role != ROLE_AGGREGATOR:
        raise ValidationError(messages.PACKAGE_ONLY_AGGREGATOR)
    return info


def holders(uow: UnitOfWork, office: SetupInfo, period: str, states: tuple[str, ...]) -> list[Unit]:
    """The units holding packages in `states` for `period` (the office's own excluded)."""
    found: dict[int, Unit] = {}
    for sender, row in uow.received_packages.for_period(period):
        if row.state in states and sender.code != office.unit.code:
            found[sender.id] = sender
    return list(found.values())


def sender(
    uow: UnitOfWork,
    office: SetupInfo,
    code: str,
    period: str,
    states: tuple[str, ...],
    nothing: str,
    catalog: str | None,
) -> Unit:
    """The one unit `code` (and `catalog`, if given) reaches with packages in `states`.

    None sent: `nothing` for a unit of the office (it is not "not in the province"). Several
    (old communes merged into one 2025 commune): refused, naming each with its code.
    """
    wanted = code.strip()
    held = holders(uow, office, period, states)
    found = one_unit(
        held, wanted, office.catalog, catalog, period=period, what=messages.PACKAGES_SENT
    )
    if found is not None:
        return found
    if under_office(office, wanted, catalog):
        raise ValidationError(nothing)
    raise ValidationError(messages.UNKNOWN_SUBORDINATE.format(code=code, office=office.unit.name))
