"""What the home page and `egov info` show."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.services.backups import BackupService
from egov_desktop.services.dto import HomeSummary, PeriodInfo
from egov_desktop.services.setup import SetupService


def period_info(period: Period, mode: str) -> PeriodInfo:
    """A period with its window in `mode`."""
    start, end = period.window(mode)
    return PeriodInfo(period.code, period.label, start, end, period.window_text(mode))


class StatusService:
    """Summaries of the data folder."""

    def __init__(self, setup: SetupService, backups: BackupService, data_dir: Path) -> None:
        self._setup = setup
        self._backups = backups
        self._data_dir = data_dir

    def home(self, today: date | None = None) -> HomeSummary:
        """The unit, its period mode, the current month and quarter, and the last backup."""
        info = self._setup.require()
        day = today or date.today()
        mode = info.period_mode
        backups = self._backups.list()
        return HomeSummary(
            setup=info,
            current_month=period_info(period_containing(day, "M", mode), mode),
            current_quarter=period_info(period_containing(day, "Q", mode), mode),
            last_backup=backups[0] if backups else None,
            data_dir=self._data_dir,
        )
