"""What the home page and `egov info` show."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.errors import ValidationError
from egov_desktop.services.backups import BackupService
from egov_desktop.services.dto import HomeSummary, PeriodInfo
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.setup import SetupService

#: How far the clock may be behind the newest recorded moment before it is called wrong: a
#: time-zone or daylight-saving change, or a clock put right by a few minutes, is no dead battery.
CLOCK_TOLERANCE = timedelta(hours=1)
#: Setting: "newest recorded moment|clock" when the user said the clock was right although
#: the trail held later moments (a clock once set ahead leaves them there).
CLOCK_CONFIRMED = "clock_confirmed"


def period_info(period: Period, mode: str) -> PeriodInfo:
    """A period with its window in `mode`."""
    start, end = period.window(mode)
    return PeriodInfo(period.code, period.label, start, end, period.window_text(mode))


def clock_behind(now: datetime, last_recorded_at: datetime | None) -> bool:
    """Whether `now` is earlier than a moment already recorded, by more than the tolerance."""
    return last_recorded_at is not None and now < last_recorded_at - CLOCK_TOLERANCE


def _confirmed(value: str | None) -> tuple[datetime, datetime] | None:
    """(newest recorded moment, clock) of a confirmation; None if there is none or it is garbled."""
    latest, _sep, clock = (value or "").partition("|")
    try:
        return datetime.fromisoformat(latest), datetime.fromisoformat(clock)
    except ValueError:
        return None


def _still_behind(uow: UnitOfWork, now: datetime, latest: datetime | None) -> bool:
    """`clock_behind`, unless the user confirmed the clock and nothing since says otherwise.

    A confirmation holds while the trail has nothing newer than what it saw and the clock has
    not gone back before the moment it was given (a battery that resets the clock again).
    """
    if latest is None or not clock_behind(now, latest):
        return False
    confirmed = _confirmed(uow.settings.get(CLOCK_CONFIRMED))
    if confirmed is None:
        return True
    seen, clock = confirmed
    return latest > seen or clock_behind(now, clock)


class StatusService:
    """Summaries of the data folder."""

    def __init__(
        self, uow: UowFactory, setup: SetupService, backups: BackupService, data_dir: Path
    ) -> None:
        self._uow = uow
        self._setup = setup
        self._backups = backups
        self._data_dir = data_dir

    def home(self, today: date | None = None, now: datetime | None = None) -> HomeSummary:
        """The unit, its period mode, the current month and quarter, the last backup, the clock.

        The app cannot know the true time offline; a clock earlier than the newest audit entry
        (a dead CMOS battery boots Windows in 2000) is the one wrong clock it can notice.
        """
        info = self._setup.require()
        moment = now or datetime.now()
        day = today or moment.date()
        mode = info.period_mode
        backups = self._backups.list()
        with self._uow() as uow:
            latest = uow.audit.latest_at()
            behind = _still_behind(uow, moment, latest)
        return HomeSummary(
            setup=info,
            current_month=period_info(period_containing(day, "M", mode), mode),
            current_quarter=period_info(period_containing(day, "Q", mode), mode),
            last_backup=backups[0] if backups else None,
            data_dir=self._data_dir,
            now=moment,
            last_recorded_at=latest,
            clock_behind=behind,
        )

    def confirm_clock(self, now: datetime | None = None, *, actor: str | None = None) -> None:
        """The user says the clock is right: later moments in the trail were a clock set ahead.

        The warning stays off until something newer than today's newest moment is recorded
        or the clock goes back before `now`. Refused when the clock is not behind.
        """
        moment = now or datetime.now()
        with self._uow() as uow:
            latest = uow.audit.latest_at()
            if latest is None or not _still_behind(uow, moment, latest):
                raise ValidationError(messages.CLOCK_NOT_BEHIND)
            value = f"{latest.isoformat()}|{moment.isoformat()}"
            old = uow.settings.set(CLOCK_CONFIRMED, value)
            unit_id = own_unit_id(uow)
            uow.audit.record(
                actor=actor or default_actor(uow, unit_id),
                unit_id=unit_id,
                entity="setting",
                entity_key=CLOCK_CONFIRMED,
                field="value",
                old_value=old,
                new_value=value,
                source="typed",
                at=moment,
            )
