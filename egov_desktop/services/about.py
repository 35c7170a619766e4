"""What the About page and `egov info` tell the IT officer, and the third-party notices.

A clerk with no remote access phones or messages whoever installed the application: the
details here are what that person asks for first, as text that pastes whole into a chat.
"""

from __future__ import annotations

import platform
from datetime import datetime
from pathlib import Path

from egov_desktop import __version__, config
from egov_desktop.config import AppPaths
from egov_desktop.db.backup import database_bytes
from egov_desktop.domain import messages
from egov_desktop.domain.text import size_text
from egov_desktop.services.backups import BackupService
from egov_desktop.services.dto import AboutFacts, SetupInfo
from egov_desktop.services.setup import SetupService

#: Under resources/: the licences of the libraries and data the application ships with.
NOTICES_FILE = "notices.md"
#: Under resources/: the licences' full texts, one file each (LGPL and GPL, PSF, MIT, BSD).
LICENCES_FOLDER = "licenses"
#: The first build number of Windows 11, which Python before 3.12 still calls Windows 10.
WINDOWS_11_BUILD = 22000

#: The rows of the details, in their order (keys of `rows`).
VERSION = "version"
OS = "os"
CLOCK = "clock"
UNIT = "unit"
ROLE = "role"
CATALOG = "catalog"
MODE = "mode"
DATA_DIR = "data_dir"
LOGS_DIR = "logs_dir"
DATABASE = "database"
BACKUPS = "backups"
NEWEST_BACKUP = "newest_backup"
FREE = "free"
ROWS = (
    VERSION,
    OS,
    CLOCK,
    UNIT,
    ROLE,
    CATALOG,
    MODE,
    DATA_DIR,
    LOGS_DIR,
    DATABASE,
    BACKUPS,
    NEWEST_BACKUP,
    FREE,
)
LABELS = {
    VERSION: messages.ABOUT_VERSION,
    OS: messages.ABOUT_OS,
    CLOCK: messages.ABOUT_CLOCK,
    UNIT: messages.ABOUT_UNIT,
    ROLE: messages.ABOUT_ROLE,
    CATALOG: messages.ABOUT_CATALOG,
    MODE: messages.ABOUT_MODE,
    DATA_DIR: messages.ABOUT_DATA_DIR,
    LOGS_DIR: messages.ABOUT_LOGS_DIR,
    DATABASE: messages.ABOUT_DATABASE,
    BACKUPS: messages.ABOUT_BACKUPS,
    NEWEST_BACKUP: messages.ABOUT_NEWEST_BACKUP,
    FREE: messages.ABOUT_FREE,
}


def os_text() -> str:
    """The operating system as an IT officer names it: "Windows 11 Professional (10.0.22631)"."""
    machine = platform.machine()
    if platform.system() == "Windows":
        release, version, _service_pack, _kind = platform.win32_ver()
        build = version.rpartition(".")[2]
        if release == "10" and build.isdigit() and int(build) >= WINDOWS_11_BUILD:
            release = "11"
        name = " ".join(p for p in ("Windows", release, platform.win32_edition() or "") if p)
        text = f"{name} ({version})" if version else name
    else:
        text = " ".join(p for p in (platform.system(), platform.release()) if p) or "?"
    return f"{text}, {machine}" if machine else text


def notices() -> str:
    """The third-party notices (Markdown), as shipped under resources/."""
    return config.resource_path(NOTICES_FILE).read_text(encoding="utf-8")


def _moment(value: datetime) -> str:
    return f"{value:%d/%m/%Y %H:%M}"


def _unit(setup: SetupInfo | None) -> str:
    if setup is None:
        return messages.ABOUT_NOT_SET_UP
    unit = setup.unit
    place = ", ".join(p for p in (unit.district_name, unit.province_name) if p and p != unit.name)
    named = messages.UNIT_LABEL.format(name=unit.name, code=unit.code)
    return f"{named}, {place}" if place else named


def rows(facts: AboutFacts) -> list[tuple[str, str]]:
    """(key of `ROWS`, Vietnamese value) of each detail.

    A folder not set up yet has no role, catalogue nor period mode.
    """
    setup = facts.setup
    values = {
        VERSION: f"egov_desktop {facts.app_version}",
        OS: facts.os,
        CLOCK: _moment(facts.now),
        UNIT: _unit(setup),
        DATA_DIR: str(facts.data_dir),
        LOGS_DIR: str(facts.logs_dir),
        DATABASE: size_text(facts.database_bytes),
        BACKUPS: messages.ABOUT_BACKUPS_VALUE.format(
            count=facts.backup_count, size=size_text(facts.backup_bytes)
        ),
        NEWEST_BACKUP: messages.ABOUT_NONE_YET
        if facts.newest_backup is None
        else _moment(facts.newest_backup),
        FREE: messages.ABOUT_UNKNOWN if facts.free_bytes is None else size_text(facts.free_bytes),
    }
    if setup is not None:
        values[ROLE] = messages.ROLE_NAMES.get(setup.role, setup.role)
        values[CATALOG] = messages.CATALOG_NAMES.get(setup.catalog, setup.catalog)
        values[MODE] = messages.MODE_NAMES.get(setup.period_mode, setup.period_mode)
    return [(key, values[key]) for key in ROWS if key in values]


def text(facts: AboutFacts) -> str:
    """The details as plain text, one "Label: value" a line, to paste into a chat."""
    return "\n".join(f"{LABELS[key]}: {value}" for key, value in rows(facts))


def storage_line(facts: AboutFacts) -> str:
    """One line on the room the database and the backups take and the disk has left."""
    return messages.ABOUT_STORAGE_LINE.format(
        database=size_text(facts.database_bytes),
        count=facts.backup_count,
        backups=size_text(facts.backup_bytes),
        free=messages.ABOUT_UNKNOWN if facts.free_bytes is None else size_text(facts.free_bytes),
    )


class AboutService:
    """The details of one data folder and of the computer it is on."""

    def __init__(self, setup: SetupService, backups: BackupService, paths: AppPaths) -> None:
        self._setup = setup
        self._backups = backups
        self._paths = paths

    def facts(self, now: datetime | None = None) -> AboutFacts:
        """Read the details again: the backups and the room on the disk change."""
        items = self._backups.list()
        used, free = self._backups.space()
        return AboutFacts(
            app_version=__version__,
            os=os_text(),
            now=now or datetime.now(),
            data_dir=self._paths.data_dir,
            logs_dir=self._paths.logs,
            setup=self._setup.current(),
            database_bytes=database_bytes(self._paths.database),
            backup_count=len(items),
            backup_bytes=used,
            newest_backup=items[0].created_at if items else None,
            free_bytes=free,
        )

    def text(self, facts: AboutFacts | None = None) -> str:
        """`text` of `facts`, read now when not given."""
        return text(facts or self.facts())

    @staticmethod
    def notices() -> str:
        return notices()

    @staticmethod
    def licences_folder() -> Path:
        """The folder of the licences' full texts, shipped with the application."""
        return config.resource_path(LICENCES_FOLDER)
