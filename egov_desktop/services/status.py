"""What the home page and `egov info` show."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from egov_desktop.db.uow import UowFactory
from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.services.backups import BackupService
from egov_desktop.services.dto import HomeSummary, PeriodInfo
from egov_desktop.services.setup import SetupService

#: How far the clock may be behind the newest recorded moment before it is called wrong: a
#: time-zone or daylight-saving change, or a clock put right by a few minutes, is no dead battery.
CLOCK_TOLERANCE = timedelta(hours=1)


def period_info(period: Period, mode: str) -> PeriodInfo:
    """A period with its window in `mode`."""
    start, end = period.window(mode)
    return PeriodInfo(period.code, period.label, start, end, period.window_text(mode))


def clock_behind(now: datetime, last_recorded_at: datetime | None) -> bool:
    """Whether `now` is earlier than a moment already recorded, by more than the tolerance."""
    return last_recorded_at is not None and now < last_recorded_at - CLOCK_TOLERANCE


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
        return HomeSummary(
            setup=info,
            current_month=period_info(period_containing(day, "M", mode), mode),
            current_quarter=period_info(period_containing(day, "Q", mode), mode),
            last_backup=backups[0] if backups else None,
            data_dir=self._data_dir,
            now=moment,
            last_recorded_at=latest,
            clock_behind=clock_behind(moment, latest),
        )
