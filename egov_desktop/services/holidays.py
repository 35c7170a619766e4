"""Days off: the shipped yearly data (or the proposal) corrected by the unit's own edits.

The yearly announcement of days off and compensatory days (nghỉ bù) sometimes differs from what
was shipped; the user adds or removes days for a year, and those corrections are business
settings of the data folder, audited like every edit.
"""

from __future__ import annotations

import functools
import json
import tomllib
from dataclasses import dataclass
from datetime import date
from typing import Any

from egov_desktop import config
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.text import clean_text
from egov_desktop.domain.workdays import WorkCalendar
from egov_desktop.errors import ValidationError
from egov_desktop.services.sectors import default_actor, own_unit_id

#: Business setting holding the unit's corrections: {"2026": {"add": {iso: name}, "remove": [iso]}}.
OVERRIDES_KEY = "holidays.overrides"
NAME_LIMIT = 200
YEARS = range(2000, 2101)

SHIPPED = "shipped"
PROPOSED = "proposed"
USER = "user"


@functools.cache
def shipped_holidays() -> dict[str, Any]:
    """The shipped data (resources/holidays/vn.toml), read once."""
    path = config.resource_path("holidays", "vn.toml")
    with path.open("rb") as handle:
        return tomllib.load(handle)


@functools.cache
def work_calendar() -> WorkCalendar:
    """The shipped calendar without the unit's corrections."""
    return WorkCalendar(shipped_holidays())


@dataclass(frozen=True)
class DayOff:
    """One weekday off and where it comes from (shipped data, the proposal, the user)."""

    day: date
    name: str
    source: str


def _merged(overrides: dict[str, Any]) -> WorkCalendar:
    data = dict(shipped_holidays())
    base = work_calendar()
    for year, change in overrides.items():
        days = base.days_off(int(year))
        for iso, name in change.get("add", {}).items():
            days[date.fromisoformat(iso)] = name
        for iso in change.get("remove", []):
            days.pop(date.fromisoformat(iso), None)
        data[year] = {
            "complete": True,
            "days_off": {d.isoformat(): n for d, n in days.items()},
            "source": "Đơn vị điều chỉnh",
        }
    return WorkCalendar(data)


class HolidayService:
    """The unit's calendar of days off for proposing due dates."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow
        self._cache: tuple[str, WorkCalendar] | None = None

    def calendar(self) -> WorkCalendar:
        """Shipped data plus the unit's corrections (rebuilt only when they change)."""
        with self._uow() as uow:
            raw = uow.settings.get(OVERRIDES_KEY) or "{}"
        if self._cache is None or self._cache[0] != raw:
            self._cache = (raw, _merged(self._parse(raw)))
        return self._cache[1]

    def days_off(self, year: int) -> list[DayOff]:
        """Weekdays off of `year` (weekends are never working days), with their source."""
        _check_year(year)
        with self._uow() as uow:
            change = self._parse(uow.settings.get(OVERRIDES_KEY)).get(str(year), {})
        added = set(change.get("add", {}))
        shipped = str(year) in shipped_holidays()
        out = []
        for day, name in sorted(self.calendar().days_off(year).items()):
            if day.weekday() >= 5:
                continue
            source = USER if day.isoformat() in added else SHIPPED if shipped else PROPOSED
            out.append(DayOff(day, name, source))
        return out

    def add(self, day: date, name: str, *, actor: str | None = None) -> None:
        """Make `day` a day off called `name` (e.g. "Nghỉ bù Quốc khánh")."""
        _check_year(day.year)
        text = clean_text(name)
        if not text:
            raise ValidationError(messages.HOLIDAY_NAME_REQUIRED)
        if len(text) > NAME_LIMIT:
            raise ValidationError(
                messages.NAME_TOO_LONG.format(field="Tên ngày nghỉ", limit=NAME_LIMIT)
            )
        if day.weekday() >= 5:
            raise ValidationError(messages.HOLIDAY_WEEKEND.format(day=f"{day:%d/%m/%Y}"))

        def change(entry: dict[str, Any]) -> None:
            entry.setdefault("add", {})[day.isoformat()] = text
            entry["remove"] = [d for d in entry.get("remove", []) if d != day.isoformat()]

        self._edit(day, change, f"nghỉ: {text}", actor)

    def remove(self, day: date, *, actor: str | None = None) -> None:
        """Make `day` a working day after all."""
        _check_year(day.year)
        if day not in self.calendar().days_off(day.year):
            raise ValidationError(messages.HOLIDAY_NOT_OFF.format(day=f"{day:%d/%m/%Y}"))

        def change(entry: dict[str, Any]) -> None:
            entry.get("add", {}).pop(day.isoformat(), None)
            if day in work_calendar().days_off(day.year):
                entry["remove"] = sorted({*entry.get("remove", []), day.isoformat()})

        self._edit(day, change, "làm việc", actor)

    def reset(self, year: int, *, actor: str | None = None) -> None:
        """Drop the unit's corrections of `year`."""
        _check_year(year)
        with self._uow() as uow:
            overrides = self._parse(uow.settings.get(OVERRIDES_KEY))
            old = overrides.pop(str(year), None)
            if old is None:
                return
            uow.settings.set(
                OVERRIDES_KEY, json.dumps(overrides, ensure_ascii=False, sort_keys=True)
            )
            self._audit(uow, str(year), json.dumps(old, ensure_ascii=False), None, actor)

    # Inside a transaction.

    def _edit(self, day: date, change: Any, new: str, actor: str | None) -> None:
        with self._uow() as uow:
            overrides = self._parse(uow.settings.get(OVERRIDES_KEY))
            entry = overrides.setdefault(str(day.year), {})
            change(entry)
            if not entry.get("add") and not entry.get("remove"):
                overrides.pop(str(day.year))
            uow.settings.set(
                OVERRIDES_KEY, json.dumps(overrides, ensure_ascii=False, sort_keys=True)
            )
            self._audit(uow, day.isoformat(), None, new, actor)

    @staticmethod
    def _audit(
        uow: UnitOfWork, key: str, old: str | None, new: str | None, actor: str | None
    ) -> None:
        unit_id = own_unit_id(uow)
        uow.audit.record(
            actor=actor or default_actor(uow, unit_id),
            unit_id=unit_id,
            entity="holiday",
            entity_key=key,
            field="day_off",
            old_value=old,
            new_value=new,
            source="typed",
        )

    @staticmethod
    def _parse(raw: str | None) -> dict[str, Any]:
        try:
            data = json.loads(raw or "{}")
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}


def _check_year(year: int) -> None:
    if year not in YEARS:
        raise ValidationError(messages.HOLIDAY_BAD_YEAR.format(year=year))
