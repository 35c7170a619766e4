"""Reporting deadlines per form: the form's default, overridable by the unit (audited)."""

from __future__ import annotations

from dataclasses import dataclass

from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.forms import DEADLINE_LIMIT, deadline_days
from egov_desktop.errors import ValidationError
from egov_desktop.services.entry import DEADLINE_KEY
from egov_desktop.services.report_forms import find_form, load_forms
from egov_desktop.services.sectors import default_actor, own_unit_id


@dataclass(frozen=True)
class FormDeadline:
    """How many days after the end of its period a form is due, and the form's own default."""

    form: str
    title: str
    days: int
    default_days: int

    @property
    def overridden(self) -> bool:
        return self.days != self.default_days


class DeadlineService:
    """Read and change the days-after-period deadlines the to-do list counts down to."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def list(self) -> list[FormDeadline]:
        with self._uow() as uow:
            settings = uow.settings
            return [
                FormDeadline(
                    form=spec.code,
                    title=spec.title,
                    days=deadline_days(spec, settings.get(DEADLINE_KEY.format(form=spec.code))),
                    default_days=spec.deadline_days,
                )
                for spec in load_forms().values()
            ]

    def set(self, form: str, days: int | None, *, actor: str | None = None) -> FormDeadline:
        """Override a form's deadline; None returns it to the form's default."""
        spec = find_form(form)
        if days is not None and not 0 <= days <= DEADLINE_LIMIT:
            raise ValidationError(messages.BAD_DEADLINE.format(value=days, limit=DEADLINE_LIMIT))
        key = DEADLINE_KEY.format(form=spec.code)
        value = "" if days is None else str(days)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            old = uow.settings.set(key, value)
            if (old or "") != value:
                uow.audit.record(
                    actor=actor or default_actor(uow, unit_id),
                    unit_id=unit_id,
                    entity="deadline",
                    entity_key=spec.code,
                    field="days_after_period_end",
                    old_value=old or None,
                    new_value=value or None,
                    source="typed",
                )
            current = deadline_days(spec, value)
        return FormDeadline(spec.code, spec.title, current, spec.deadline_days)
