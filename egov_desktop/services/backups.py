"""Backups of the data folder's database: list, make now, restore."""

from __future__ import annotations

from pathlib import Path

from egov_desktop.db import backup
from egov_desktop.domain import messages
from egov_desktop.errors import ValidationError
from egov_desktop.services.dto import BackupInfo
from egov_desktop.services.outbox import sent_after

#: Why a backup was made (the file name says it): before each kind of import, and the others.
DAILY = "daily"
MANUAL = "manual"
BEFORE_RESTORE = backup.BEFORE_RESTORE
BEFORE_REGISTER_IMPORT = "before-import"
BEFORE_PACKAGE_IMPORT = "before-package-import"
BEFORE_CATALOGUE = "before-catalogue-import"
BEFORE_UNIT_FILE = "before-unit-file-import"
#: A migration's backup is "before-migrate-<revision>".
BEFORE_MIGRATE = backup.BEFORE_MIGRATE


def _info(item: backup.BackupFile) -> BackupInfo:
    return BackupInfo(item.path, item.reason, item.created_at, item.size)


class BackupService:
    """Backups in `backups/` of one data folder."""

    def __init__(self, database: Path, backups_dir: Path, outbox: Path | None = None) -> None:
        """`outbox`: where a commune keeps the packages it sent (see `sent_after`)."""
        self._database = database
        self._dir = backups_dir
        self._outbox = outbox

    @property
    def folder(self) -> Path:
        return self._dir

    def list(self) -> list[BackupInfo]:
        """Backups, newest first."""
        return [_info(item) for item in backup.list_backups(self._dir)]

    def create(self, reason: str = MANUAL) -> BackupInfo:
        """Back up the database now."""
        return _info(backup.make_backup(self._database, self._dir, reason))

    def sent_after(self, source: Path) -> tuple[str, ...]:
        """The packages sent after `source` was made, which its history does not list."""
        return () if self._outbox is None else tuple(sent_after_backup(source, self._outbox))

    def newest(self) -> BackupInfo:
        """The newest backup; ValidationError when there is none."""
        items = self.list()
        if not items:
            raise ValidationError(messages.NO_BACKUP.format(path=self._dir))
        return items[0]


def sent_after_backup(source: Path, outbox: Path) -> list[str]:
    """File names of the outbox packages sent after the backup `source` was made.

    None are named when the backup cannot be read: restoring it is refused anyway.
    """
    recorded = backup.sent_versions(source)
    return [] if recorded is None else [p.name for p in sent_after(outbox, recorded)]


def restore_backup(database: Path, backups_dir: Path, source: Path) -> BackupInfo | None:
    """Replace the database with `source` (the database must be closed); returns the safety copy."""
    made = backup.restore(source, database, backups_dir)
    return None if made is None else _info(made)


def newest_backup(backups_dir: Path) -> BackupInfo | None:
    """The newest backup in a folder, without opening any database."""
    items = backup.list_backups(backups_dir)
    return _info(items[0]) if items else None


def check_backup(source: Path) -> None:
    """ValidationError unless `source` can be restored (it exists and passes quick_check)."""
    backup.check_backup(source)
