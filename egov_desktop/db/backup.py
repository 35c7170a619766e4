"""Online backups through SQLite's backup API, integrity checks and restore."""

from __future__ import annotations

import contextlib
import re
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from egov_desktop.db.errors import corrupt, storage_errors
from egov_desktop.domain import messages
from egov_desktop.errors import CorruptDatabaseError, StorageError, ValidationError

#: How many of the newest backups are always kept.
KEEP_BACKUPS = 60
#: Beyond those, the newest backup of each of the last days and months that have one, so that a
#: busy week of imports does not rotate away the state of a month ago.
KEEP_DAYS = 30
KEEP_MONTHS = 12
_NAME = re.compile(r"^egov_(?P<reason>[a-z0-9-]+)_(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?\.sqlite$")


@dataclass(frozen=True)
class BackupFile:
    """One backup in the backups folder."""

    path: Path
    reason: str
    created_at: datetime
    size: int


#: The reason of the safety copy a restore makes of the database it replaces.
BEFORE_RESTORE = "before-restore"
#: A migration's backup is "before-migrate-<revision it upgrades from>".
BEFORE_MIGRATE = "before-migrate"


def quick_check(path: Path) -> None:
    """Raise CorruptDatabaseError unless `PRAGMA quick_check` says ok (a missing file is fine)."""
    if not path.exists():
        return
    with storage_errors(path):
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.OperationalError:
            # A read-only URI cannot open a WAL file whose -shm is missing on a read-only
            # folder; fall back to a normal connection, which reports the real problem.
            conn = sqlite3.connect(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as error:
            raise corrupt(path, str(error)) from error
        finally:
            conn.close()
    results = [str(row[0]) for row in rows]
    if results != ["ok"]:
        detail = "; ".join(results[:3])
        raise corrupt(path, detail)


def _copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(database: Path, backups_dir: Path, reason: str) -> BackupFile:
    """Copy `database` into `backups_dir` through the online backup API (safe with WAL)."""
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    with storage_errors(backups_dir / "x"):
        backups_dir.mkdir(parents=True, exist_ok=True)
        now = datetime.now()
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = backups_dir / f"egov_{reason}_{stamp}.sqlite"
        counter = 1
        while target.exists():
            target = backups_dir / f"egov_{reason}_{stamp}-{counter}.sqlite"
            counter += 1
        partial = target.with_suffix(".partial")
        try:
            _copy(database, partial)
            partial.replace(target)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
    made = BackupFile(target, reason, now, target.stat().st_size)
    _rotate(backups_dir)
    return made


def list_backups(backups_dir: Path) -> list[BackupFile]:
    """Backups, newest first."""
    if not backups_dir.is_dir():
        return []
    found: list[tuple[datetime, int, int, BackupFile]] = []
    for path in backups_dir.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        created = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        # Within one second the file written last is the newest (a restore's safety copy, then
        # a manual backup: their names differ by reason, not by counter); the counter of one
        # reason's backups breaks a tie.
        order = int(match["n"] or 0)
        stat = path.stat()
        found.append(
            (
                created,
                stat.st_mtime_ns,
                order,
                BackupFile(path, match["reason"], created, stat.st_size),
            )
        )
    found.sort(key=lambda item: item[:3], reverse=True)
    return [item[3] for item in found]


def retained(backups: list[BackupFile]) -> list[BackupFile]:
    """The backups rotation keeps, of `backups` (newest first).

    The newest KEEP_BACKUPS; the newest of each of the last KEEP_DAYS days and KEEP_MONTHS
    months with a backup; the newest made before each migration (the schema it upgraded from).
    """
    kept = set(range(min(KEEP_BACKUPS, len(backups))))
    days: dict[date, int] = {}
    months: dict[tuple[int, int], int] = {}
    migrations: dict[str, int] = {}
    for index, item in enumerate(backups):
        day = item.created_at.date()
        if day not in days and len(days) < KEEP_DAYS:
            days[day] = index
        month = (day.year, day.month)
        if month not in months and len(months) < KEEP_MONTHS:
            months[month] = index
        if item.reason.startswith(BEFORE_MIGRATE):
            migrations.setdefault(item.reason, index)
    kept.update(days.values(), months.values(), migrations.values())
    return [item for index, item in enumerate(backups) if index in kept]


def _rotate(backups_dir: Path) -> None:
    found = list_backups(backups_dir)
    keep = {item.path for item in retained(found)}
    for old in found:
        if old.path not in keep:
            with contextlib.suppress(OSError):
                old.path.unlink()


def check_backup(backup: Path) -> None:
    """ValidationError unless `backup` is a file that passes quick_check (a restorable copy)."""
    if not backup.is_file():
        raise ValidationError(messages.BACKUP_NOT_FOUND.format(path=backup))
    try:
        quick_check(backup)
    except CorruptDatabaseError as error:
        raise ValidationError(
            messages.BACKUP_INVALID.format(path=backup, detail=error.message)
        ) from error


def sent_versions(path: Path) -> set[int] | None:
    """The package versions a database (a backup) records as sent; None when it cannot be read.

    A database from before packages were recorded has none.
    """
    try:
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        except sqlite3.OperationalError:  # see quick_check
            conn = sqlite3.connect(path)
        try:
            known = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sent_package'"
            ).fetchone()
            rows = conn.execute("SELECT version FROM sent_package").fetchall() if known else []
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return {int(row[0]) for row in rows}


def restore(backup: Path, database: Path, backups_dir: Path) -> BackupFile | None:
    """Replace `database` with `backup`; the current file is saved first (even a corrupt one).

    Must run while no engine holds the database open. Returns the safety copy, if one was made.
    """
    check_backup(backup)
    safety: BackupFile | None = None
    with storage_errors(database):
        if database.exists():
            try:
                safety = make_backup(database, backups_dir, BEFORE_RESTORE)
            except (StorageError, sqlite3.DatabaseError):
                # A corrupt file cannot be read by the backup API: keep its bytes aside instead.
                backups_dir.mkdir(parents=True, exist_ok=True)
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                aside = backups_dir / f"corrupt_{stamp}.sqlite"
                database.replace(aside)
            for suffix in ("-wal", "-shm"):
                side = database.with_name(database.name + suffix)
                if side.exists():
                    side.unlink()
        staging = database.with_name(database.name + ".restoring")
        _copy(backup, staging)
        staging.replace(database)
    return safety
