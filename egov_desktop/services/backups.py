"""Backups of the data folder's database: list, make now, restore."""

from __future__ import annotations

import logging
from pathlib import Path

from egov_desktop.db import backup
from egov_desktop.domain import messages
from egov_desktop.errors import UserError, ValidationError
from egov_desktop.services.dto import BackupInfo, RestoreChoice
from egov_desktop.services.outbox import sent_after

logger = logging.getLogger(__name__)

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
#: Vietnamese names of the reasons, the same on the Backups page and in `egov backup list`.
REASON_LABELS = {
    DAILY: "Hằng ngày",
    MANUAL: "Theo yêu cầu",
    BEFORE_RESTORE: "Trước khi khôi phục",
    BEFORE_REGISTER_IMPORT: "Trước khi nhập hồ sơ từ Excel",
    BEFORE_PACKAGE_IMPORT: "Trước khi nhập gói báo cáo của đơn vị",
    BEFORE_CATALOGUE: "Trước khi nhập danh mục TTHC",
    BEFORE_UNIT_FILE: "Trước khi đọc tệp Excel của đơn vị",
}
BEFORE_MIGRATE_LABEL = "Trước khi nâng cấp cơ sở dữ liệu"


def reason_label(reason: str) -> str:
    """The Vietnamese name of a backup's reason (an unknown one, from a newer build, as is)."""
    if reason.startswith(BEFORE_MIGRATE):
        return BEFORE_MIGRATE_LABEL
    return REASON_LABELS.get(reason, reason)


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

    def space(self) -> tuple[int, int | None]:
        """(bytes the backups take, bytes free on their disk or None when it cannot be told)."""
        used = sum(item.size for item in backup.list_backups(self._dir))
        return used, backup.free_space(self._dir)

    def create(self, reason: str = MANUAL) -> BackupInfo:
        """Back up the database now."""
        return _info(backup.make_backup(self._database, self._dir, reason))

    def sent_after(self, source: Path) -> tuple[str, ...]:
        """The packages sent after `source` was made, which its history does not list."""
        return () if self._outbox is None else tuple(sent_after_backup(source, self._outbox))

    def other_unit(self, source: Path) -> str | None:
        """The unit, "name (code)", whose data `source` holds when it is not this folder's."""
        foreign = _foreign(self._database, backup.read_contents(source))
        return None if foreign is None else f"{foreign[1].name} ({foreign[1].code})"

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


def _foreign(
    database: Path, contents: backup.BackupContents | None
) -> tuple[backup.StoredUnit, backup.StoredUnit] | None:
    """(this folder's unit, the backup's unit) when the backup holds another unit's data."""
    own = backup.read_contents(database, leave_log=True)
    if own is None or own.unit is None or contents is None or contents.unit is None:
        # A folder not set up (or too damaged to read) is bound to no unit yet.
        return None
    if (own.unit.code, own.unit.catalog) == (contents.unit.code, contents.unit.catalog):
        return None
    return own.unit, contents.unit


def _units_named(
    message: str, path: Path, foreign: tuple[backup.StoredUnit, backup.StoredUnit]
) -> str:
    """`message` naming the backup at `path`, the unit it holds and the folder's own unit."""
    own, other = foreign
    return message.format(
        path=path, other=other.name, other_code=other.code, name=own.name, code=own.code
    )


def restore_backup(
    database: Path, backups_dir: Path, source: Path, *, other_unit: bool = False
) -> BackupInfo | None:
    """Replace the database with `source` (the database must be closed); returns the safety copy.

    ValidationError, nothing changed, when `source` is not a backup this build can restore, or
    when it holds another unit's data and `other_unit` (the user agreed) is not set: the data
    folder is bound to its unit, and the CLI cannot ask.
    """
    foreign = _foreign(database, backup.check_backup(source))
    if foreign is not None and not other_unit:
        raise ValidationError(
            _units_named(messages.BACKUP_OTHER_UNIT, source, foreign),
            cli_hint=messages.OTHER_DATA_DIR_CLI,
        )
    made = backup.restore(source, database, backups_dir)
    return None if made is None else _info(made)


def list_backups(backups_dir: Path) -> list[BackupInfo]:
    """The backups in a folder, newest first, without opening any database."""
    return [_info(item) for item in backup.list_backups(backups_dir)]


def recovery_backup(database: Path, backups_dir: Path) -> BackupInfo | None:
    """The newest backup a restore of the damaged `database` would accept; None when none would.

    See `restorable_backup`.
    """
    return restorable_backup(database, backups_dir).backup


def restorable_backup(database: Path, backups_dir: Path) -> RestoreChoice:
    """The newest backup a restore into `database` would accept, and the newer ones passed over.

    A damaged backup, one of another release or one of another unit (when the database still
    tells its unit) is passed over for the one before it: the clerk gets what can be restored,
    not a backup refused once they agree. Reads only; `database` may be damaged or missing.
    """
    passed: list[tuple[BackupInfo, str]] = []
    for item in backup.list_backups(backups_dir):
        try:
            contents = backup.check_backup(item.path)
        except UserError as refused:
            logger.warning("Backup %s passed over: %s", item.path, refused.message)
            passed.append((_info(item), refused.message))
            continue
        foreign = _foreign(database, contents)
        if foreign is not None:
            logger.warning("Backup %s passed over: it holds another unit's data", item.path)
            passed.append(
                (_info(item), _units_named(messages.BACKUP_NOT_THIS_UNIT, item.path, foreign))
            )
            continue
        return RestoreChoice(_info(item), tuple(passed))
    return RestoreChoice(None, tuple(passed))


def check_backup(source: Path) -> None:
    """ValidationError unless `source` can be restored (see `backup.check_backup`).

    Reads `source` only: an existing application database, not damaged, of a known schema.
    """
    backup.check_backup(source)
