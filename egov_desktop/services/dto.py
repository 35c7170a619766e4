"""Frozen data crossing from services into the GUI and the CLI (no ORM object leaves services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from egov_desktop.domain.periods import MODE_CUTOFF
from egov_desktop.domain.units import CATALOG_2025

ROLE_COMMUNE = "commune"
ROLE_AGGREGATOR = "aggregator"
ROLES = (ROLE_COMMUNE, ROLE_AGGREGATOR)


@dataclass(frozen=True)
class UnitInfo:
    """An administrative unit as shown to the user."""

    code: str
    name: str
    level: str
    kind: str
    province_code: str
    province_name: str
    district_code: str | None = None
    district_name: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "code": self.code,
            "name": self.name,
            "level": self.level,
            "province_code": self.province_code,
            "province_name": self.province_name,
        }
        if self.district_code is not None:
            data["district_code"] = self.district_code
            data["district_name"] = self.district_name
        return data


@dataclass(frozen=True)
class SetupInfo:
    """What a data folder is bound to."""

    unit: UnitInfo
    role: str
    catalog: str
    period_mode: str
    officer: str
    head: str
    agency_code: str = ""
    #: As typed in the settings; "" means the default text (see report_texts.fixed_texts).
    receiving_unit: str = ""


@dataclass(frozen=True)
class PeriodInfo:
    """A reporting period with its real window in the installation's mode."""

    code: str
    label: str
    start: date
    end: date
    window_text: str


@dataclass(frozen=True)
class BackupInfo:
    """One backup file."""

    path: Path
    reason: str
    created_at: datetime
    size: int


@dataclass(frozen=True)
class RestoreChoice:
    """The newest backup a restore would accept, and the newer ones passed over."""

    #: None when no backup in the folder can be restored.
    backup: BackupInfo | None
    #: (backup, why it cannot be restored: a Vietnamese message naming it), newest first.
    passed_over: tuple[tuple[BackupInfo, str], ...]


@dataclass(frozen=True)
class HomeSummary:
    """Everything the home page shows."""

    setup: SetupInfo
    current_month: PeriodInfo
    current_quarter: PeriodInfo
    last_backup: BackupInfo | None
    data_dir: Path
    #: The computer's clock when the summary was read.
    now: datetime
    #: The newest moment of the audit trail; None before anything was recorded.
    last_recorded_at: datetime | None
    #: `now` is earlier than `last_recorded_at` by more than a time-zone quirk: the clock is wrong.
    clock_behind: bool


@dataclass(frozen=True)
class SetupRequest:
    """A setup as typed by the user, before validation."""

    unit_code: str
    role: str
    catalog: str = CATALOG_2025
    period_mode: str = MODE_CUTOFF
    officer: str = ""
    head: str = ""
    #: Mã định danh điện tử of the unit's agency; None keeps the stored one, "" clears it.
    agency_code: str | None = None
    #: "Đơn vị nhận báo cáo" printed on the reports; None keeps it, "" restores the default.
    receiving_unit: str | None = None


@dataclass(frozen=True)
class AboutFacts:
    """What the IT officer asks a clerk on the phone: versions, folders, unit, room on the disk."""

    app_version: str
    os: str
    #: The computer's clock when the facts were read.
    now: datetime
    data_dir: Path
    logs_dir: Path
    #: None before the folder is bound to a unit.
    setup: SetupInfo | None
    #: The database with its write-ahead log.
    database_bytes: int
    backup_count: int
    backup_bytes: int
    newest_backup: datetime | None
    #: Free bytes on the data folder's disk; None when the system cannot tell.
    free_bytes: int | None
