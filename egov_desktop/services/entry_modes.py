"""A report's figures stay with the period mode they were counted in (domain.md §5.1)."""

from __future__ import annotations

from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain.period_modes import stored_in_other_mode
from egov_desktop.domain.periods import Period
from egov_desktop.errors import StoredModeError
from egov_desktop.services.dto import ROLE_AGGREGATOR
from egov_desktop.services.qd766 import FORM_766
from egov_desktop.services.sectors import own_unit_id
from egov_desktop.services.unit_settings import period_mode

#: Forms a commune counts from its register (StatsService), in another mode too.
COUNTED_FORMS = ("II.06a", FORM_766)


def refuse_other_mode(
    uow: UnitOfWork, *, form: str, period: Period, unit_id: int, counted_mode: str | None, used: str
) -> None:
    """StoredModeError when a report's figures were counted in another mode than `used`.

    `counted_mode`: the mode they were counted in; None when the report holds no figure (it
    is then the unit's mode's).
    """
    current = period_mode(uow)
    stored = counted_mode or current
    if stored == used:
        return
    # A commune counts its own II.06a and 766 again from its register; the rest is re-entered.
    counted = (
        form in COUNTED_FORMS
        and uow.settings.get("role") != ROLE_AGGREGATOR
        and unit_id == own_unit_id(uow)
    )
    text, hint = stored_in_other_mode(form, period, stored, used, current=current, counted=counted)
    raise StoredModeError(text, stored=stored, mode=used, recount=counted, cli_hint=hint)
