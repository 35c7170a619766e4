"""The carry-over (II.06a column 6): the previous period's figures, when its window abuts.

Column (6) of period N is column (11) of period N−1 only when both were counted in the same
period mode (domain.md §5.7): in two modes a gap or an overlap of days lies between them. The
previous report records its mode (report_status.period_mode); across two modes nothing is
pre-filled, and the carry-over check says why instead of comparing.
"""

from __future__ import annotations

from dataclasses import dataclass

from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain import messages
from egov_desktop.domain.forms import Form
from egov_desktop.domain.period_modes import carry_over_other_mode
from egov_desktop.domain.periods import Period
from egov_desktop.domain.validation import previous_period
from egov_desktop.services.dto import ROLE_AGGREGATOR
from egov_desktop.services.entry_modes import COUNTED_FORMS
from egov_desktop.services.sectors import own_unit_id
from egov_desktop.services.unit_settings import period_mode


@dataclass(frozen=True)
class Carried:
    """The previous period's figures as this report may take them."""

    #: Row key -> the previous period's stored figures; None when there are none to take.
    figures: dict[str, dict[int, int | None]] | None = None
    #: Why they are not taken (counted in another mode): the carry-over check's warning.
    not_checked: str = ""
    #: The same, as the refusal of the pre-fill.
    refusal: str = ""
    #: The refusal's command-line hint (UserError.cli_hint).
    refusal_hint: str = ""


def carried(uow: UnitOfWork, spec: Form, period: Period, unit_id: int, mode: str) -> Carried:
    """The previous period's figures of `spec` for `period` counted in `mode`."""
    before = previous_period(period)
    if before is None or not uow.values.any(unit_id, spec.code, before.code):
        return Carried()
    carry = spec.carry_over
    status = uow.statuses.get(unit_id, spec.code, before.code)
    # Figures stored without a recorded mode are the mode in force's (migration 0009).
    counted = (status.period_mode if status is not None else None) or period_mode(uow)
    if carry is not None and counted != mode:
        why = carry_over_other_mode(period, before, mode, counted)
        column = spec.column(carry.left)
        title = column.title if column is not None else ""
        recount = (
            spec.code in COUNTED_FORMS
            and unit_id == own_unit_id(uow)
            and uow.settings.get("role") != ROLE_AGGREGATOR
        )
        return Carried(
            not_checked=messages.CARRY_OVER_NOT_CHECKED.format(
                column=carry.left, title=title, why=why
            ),
            refusal=messages.CARRY_OVER_NOT_PREFILLED.format(
                column=carry.left,
                title=title,
                form=spec.code,
                period=period.in_sentence,
                why=why,
                start=f"{period.window(mode)[0]:%d/%m/%Y}",
                recount=messages.CARRY_OVER_RECOUNT if recount else "",
            ),
            refusal_hint=messages.CARRY_OVER_RECOUNT_CLI.format(form=spec.code, period=period.code)
            if recount
            else "",
        )
    figures: dict[str, dict[int, int | None]] = {}
    for (key, col), row in uow.values.cells(unit_id, spec.code, before.code).items():
        figures.setdefault(key, {})[col] = row.value
    return Carried(figures)
