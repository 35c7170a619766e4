"""Online backups through SQLite's backup API, integrity checks and restore."""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from egov_desktop.db.errors import corrupt, corrupt_reason, storage_errors
from egov_desktop.domain import file_errors, messages
from egov_desktop.durable import PARTIAL, copy_whole, remove_stale, replace_durably
from egov_desktop.errors import CorruptDatabaseError, ValidationError

logger = logging.getLogger(__name__)

#: How many of the newest backups are always kept.
KEEP_BACKUPS = 60
#: Beyond those, the newest backup of each of the last days and months that have one, so that a
#: busy week of imports does not rotate away the state of a month ago.
KEEP_DAYS = 30
KEEP_MONTHS = 12
#: Free space a backup leaves on its disk, which the database itself, Windows and the clerk's
#: other files need: older backups are removed first (all but the essential ones).
RESERVE_BYTES = 1_000_000_000
#: However short of space the disk is, the newest this many backups stay.
KEEP_ALWAYS = 5
#: All backups together take at most this share of their disk, and never need to stay under
#: BUDGET_MIN: an office's database grows by about 90 MB a year and each import is backed up,
#: and backups must not crowd out the clerk's own files. Beyond it, the oldest go first.
BUDGET_SHARE = 0.1
BUDGET_MIN = 2_000_000_000
#: The backup's copy a restore puts beside the database before renaming it into place.
RESTORING = ".restoring"
_SIDECARS = ("-journal", "-wal", "-shm")
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


def _connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection to an existing file (callers check that it exists)."""
    try:
        return sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.OperationalError:
        # A read-only URI cannot open a WAL file whose -shm is missing on a read-only
        # folder; fall back to a normal connection, which reports the real problem.
        return sqlite3.connect(path)


def _connect_tidy(path: Path) -> sqlite3.Connection:
    """A connection that leaves no -wal and -shm files behind when it closes (never creates).

    Read-write: closing it removes the files a WAL database grows when opened, which a
    read-only connection would leave behind; read-only on a read-only file or folder.
    """
    try:
        return sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    except sqlite3.OperationalError:
        return _connect_ro(path)


def _check_problem(path: Path) -> str | None:
    """SQLite's words for what `PRAGMA quick_check` finds wrong in `path`; None when ok."""
    with storage_errors(path):
        conn = _connect_ro(path)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError as error:
            return str(error)
        except UnicodeDecodeError as error:
            # SQLite's message quoted a damaged name, which Python cannot decode.
            return f"database disk image is malformed ({error})"
        finally:
            conn.close()
    results = [str(row[0]) for row in rows]
    return None if results == ["ok"] else "; ".join(results[:3])


def quick_check(path: Path) -> None:
    """Raise CorruptDatabaseError unless `PRAGMA quick_check` says ok (a missing file is fine)."""
    if not path.exists():
        return
    problem = _check_problem(path)
    if problem is not None:
        raise corrupt(path, problem)


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


def make_backup(
    database: Path, backups_dir: Path, reason: str, *, spare: Path | None = None
) -> BackupFile:
    """Copy `database` into `backups_dir` through the online backup API (safe with WAL).

    `spare`: a backup never removed to make room (the one a restore is about to copy in).
    """
    if not re.fullmatch(r"[a-z0-9-]+", reason):
        raise ValueError(f"bad backup reason {reason!r}")
    with storage_errors(backups_dir / "x"):
        backups_dir.mkdir(parents=True, exist_ok=True)
        _make_room(database, backups_dir, spare)
        now = datetime.now()
        stamp = now.strftime("%Y%m%d-%H%M%S")
        target = backups_dir / f"egov_{reason}_{stamp}.sqlite"
        counter = 1
        while target.exists():
            target = backups_dir / f"egov_{reason}_{stamp}-{counter}.sqlite"
            counter += 1
        partial = target.with_suffix(PARTIAL)
        try:
            _copy(database, partial)
            partial.replace(target)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink()
    made = BackupFile(target, reason, now, target.stat().st_size)
    _rotate(backups_dir)
    _sweep(database, backups_dir)
    return made


def _remove(path: Path) -> None:
    """Remove `path` and the journal files SQLite may have left beside it."""
    for item in (path, *(path.with_name(path.name + suffix) for suffix in _SIDECARS)):
        item.unlink(missing_ok=True)


def _sweep(database: Path, backups_dir: Path) -> None:
    """Remove what copies that never finished left: half-written backups, a restore's copy.

    Nothing lists them, so without this each killed backup of a large database would keep its
    size on the disk for good.
    """
    remove_stale(
        [*backups_dir.glob(f"*{PARTIAL}"), database.with_name(database.name + RESTORING)], _remove
    )


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
    days, months, migrations = _landmarks(backups)
    kept.update(days.values(), months.values(), migrations.values())
    return [item for index, item in enumerate(backups) if index in kept]


def essential(backups: list[BackupFile]) -> list[BackupFile]:
    """The backups kept however short of space the disk is, of `backups` (newest first).

    The newest KEEP_ALWAYS, each of the last KEEP_MONTHS months' newest, each migration's.
    """
    kept = set(range(min(KEEP_ALWAYS, len(backups))))
    _days, months, migrations = _landmarks(backups)
    kept.update(months.values(), migrations.values())
    return [item for index, item in enumerate(backups) if index in kept]


def _landmarks(
    backups: list[BackupFile],
) -> tuple[dict[date, int], dict[tuple[int, int], int], dict[str, int]]:
    """Where in `backups` (newest first) each recent day's and month's newest is.

    And the newest made before each migration (the schema it upgraded from).
    """
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
    return days, months, migrations


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _disk_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).total


def free_space(folder: Path) -> int | None:
    """Bytes free on the disk of `folder` (or of its nearest existing parent); None if unknown."""
    return _on_disk(folder, _free_bytes)


def _on_disk(folder: Path, measure: Callable[[Path], int]) -> int | None:
    """`measure` of the disk `folder` is on (or will be on); None when the system cannot tell."""
    for place in (folder, *folder.parents):
        if place.is_dir():
            try:
                return measure(place)
            except OSError:
                return None
    return None


def database_bytes(database: Path) -> int:
    """The room the data takes: the database and its write-ahead log.

    The log holds the latest changes until the next checkpoint copies them into the database.
    """
    total = 0
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            total += path.stat().st_size
        except OSError:
            continue  # no log right after a checkpoint; no database before the first start
    return total


def _same_file(one: Path, other: Path) -> bool:
    """Whether both name one file, however written (relative, another case on Windows)."""
    try:
        return one.samefile(other)
    except OSError:
        return False


def _make_room(database: Path, backups_dir: Path, spare: Path | None) -> None:
    """Remove the oldest backups that are not essential until the disk can take one more.

    One more: the database's size, with RESERVE_BYTES left free after it, and all backups
    within their budget (`budget`). Should the disk stay short with only essential backups
    left, the backup is tried all the same (a full disk then says so).
    """
    size = database_bytes(database)
    free = free_space(backups_dir)
    used = _backups_bytes(backups_dir)
    limit = budget(backups_dir)

    def short() -> bool:
        # A disk that cannot say how full or how large it is is not cleared on a guess.
        low = free is not None and free < RESERVE_BYTES + size
        return low or (limit is not None and used + size > limit)

    if not short():
        return
    found = list_backups(backups_dir)
    keep = {item.path for item in essential(found)}
    for old in reversed(found):  # the oldest first
        if not short():
            break
        if old.path in keep or (spare is not None and _same_file(old.path, spare)):
            continue
        try:
            old.path.unlink()
        except OSError:
            logger.warning("Could not remove %s to make room", old.path, exc_info=True)
            continue
        used -= old.size
        free = free_space(backups_dir)
        logger.warning("Removed backup %s to make room for the next one", old.path.name)


def _backups_bytes(backups_dir: Path) -> int:
    """What the backups take, read quickly: a backup is made before every import."""
    with os.scandir(backups_dir) as entries:
        return sum(
            entry.stat().st_size for entry in entries if _NAME.match(entry.name) and entry.is_file()
        )


def budget(backups_dir: Path) -> int | None:
    """The most all backups may take on their disk; None when its size cannot be read."""
    disk = _on_disk(backups_dir, _disk_bytes)
    return None if disk is None else max(BUDGET_MIN, int(disk * BUDGET_SHARE))


def _rotate(backups_dir: Path) -> None:
    found = list_backups(backups_dir)
    keep = {item.path for item in retained(found)}
    for old in found:
        if old.path not in keep:
            with contextlib.suppress(OSError):
                old.path.unlink()


@dataclass(frozen=True)
class StoredUnit:
    """The own unit recorded in a database file."""

    code: str
    name: str
    catalog: str


@dataclass(frozen=True)
class BackupContents:
    """What a database file holds, read without migrating it: its schema and its own unit."""

    revision: str
    #: The unit the data folder was bound to (None: not set up yet).
    unit: StoredUnit | None


def read_contents(path: Path, *, leave_log: bool = False) -> BackupContents | None:
    """The schema revision and own unit of an application database; None for any other file.

    Never creates `path`; a damaged or foreign file is None as well. `leave_log` for a data
    folder's own database: when it has a write-ahead log, read only, since a connection that
    may write deletes the log of a damaged file when it closes, and its last edits may be
    there only. Without one, the file is read as a backup is, leaving nothing behind.
    """
    if not path.is_file():
        return None
    log = path.with_name(path.name + "-wal")
    try:
        conn = _connect_ro(path) if leave_log and log.exists() else _connect_tidy(path)
        try:
            tables = {
                str(row[0])
                for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
            if not {"alembic_version", "app_setting", "unit"} <= tables:
                return None
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if version is None:
                return None
            own = conn.execute("SELECT value FROM app_setting WHERE key = 'own_unit_id'").fetchone()
            row = None
            if own is not None:
                row = conn.execute(
                    "SELECT code, name, catalog FROM unit WHERE id = ?", (own[0],)
                ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    unit = None if row is None else StoredUnit(str(row[0]), str(row[1]), str(row[2]))
    return BackupContents(str(version[0]), unit)


def known_revisions() -> set[str]:
    """The schema revisions this build can open (the shipped migrations)."""
    from egov_desktop.db.migrate import shipped_revisions  # Alembic: only when restoring

    return shipped_revisions()


def check_backup(backup: Path) -> BackupContents:
    """What `backup` holds; ValidationError unless this build can restore it.

    That is an existing file that passes quick_check, holds the application's tables and a
    schema revision this build ships. Only reads `backup` (a missing file is not created).
    """
    try:
        found = backup.is_file()
    except OSError as error:  # a name too long, no access to a folder on the way…
        raise ValidationError(file_errors.unreadable(backup, error)) from error
    if not found:
        raise ValidationError(messages.BACKUP_NOT_FOUND.format(path=backup))
    problem = _check_problem(backup)
    if problem is not None:
        logger.warning("Backup %s failed its integrity check: %s", backup, problem)
        reason = corrupt_reason(problem)
        if reason == messages.CORRUPT_NOT_DATABASE:
            raise ValidationError(messages.BACKUP_NOT_APP_DATA.format(path=backup))
        raise ValidationError(messages.BACKUP_DAMAGED.format(path=backup, detail=reason))
    contents = read_contents(backup)
    if contents is None:
        raise ValidationError(messages.BACKUP_NOT_APP_DATA.format(path=backup))
    if contents.revision not in known_revisions():
        raise ValidationError(messages.BACKUP_NEWER.format(path=backup, revision=contents.revision))
    return contents


def sent_versions(path: Path) -> set[int] | None:
    """The package versions a database (a backup) records as sent; None when it cannot be read.

    A database from before packages were recorded has none.
    """
    if not path.is_file():  # a normal connection would create it
        return None
    try:
        conn = _connect_ro(path)
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


def _keep_aside(database: Path, backups_dir: Path, log: Path | None) -> Path:
    """Copy the bytes of a database the backup API cannot read into the backups folder.

    `log` is a copy of its write-ahead log, taken before anything opened the file (SQLite
    deletes the log of a damaged file it closes): it goes beside the copy under the name SQLite
    pairs with it, since the last edits may be there only.
    """
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = backups_dir / f"corrupt_{stamp}.sqlite"
    counter = 1
    while aside.exists():  # a second restore within the second keeps the first one's copy
        aside = backups_dir / f"corrupt_{stamp}-{counter}.sqlite"
        counter += 1
    copy_whole(database, aside)
    if log is not None:
        replace_durably(log, aside.with_name(aside.name + "-wal"))
    return aside


def _copy_log(database: Path, backups_dir: Path) -> Path | None:
    """A copy of the database's write-ahead log, if it has one, as a partial file."""
    log = database.with_name(database.name + "-wal")
    if not log.exists():
        return None
    backups_dir.mkdir(parents=True, exist_ok=True)
    copy = backups_dir / f"log_{datetime.now().strftime('%Y%m%d-%H%M%S')}{PARTIAL}"
    shutil.copyfile(log, copy)
    return copy


def restore(backup: Path, database: Path, backups_dir: Path) -> BackupFile | None:
    """Replace `database` with `backup`; the current file is saved first (even a corrupt one).

    Must run while no engine holds the database open. Returns the safety copy, if one was made.
    Nothing is changed when `backup` fails `check_backup`. The database is replaced by one
    rename at the end: stopped at any moment, the folder holds the file it held or the
    backup's data, never no database at all.
    """
    check_backup(backup)
    safety: BackupFile | None = None
    staging = database.with_name(database.name + RESTORING)
    with storage_errors(database):
        # A restore that stopped half-way left its copy: never build on it.
        _remove(staging)
        if database.exists():
            log = _copy_log(database, backups_dir)
            try:
                safety = make_backup(database, backups_dir, BEFORE_RESTORE, spare=backup)
            except (CorruptDatabaseError, sqlite3.DatabaseError):
                # A corrupt file cannot be read by the backup API: keep its bytes aside instead.
                # Any other failure (locked by another program, a full disk, no right to write)
                # stops the restore with nothing changed: the database is sound and in use.
                _keep_aside(database, backups_dir, log)
                log = None
            finally:
                if log is not None:
                    log.unlink(missing_ok=True)
        _copy(backup, staging)
        # A WAL left beside the new file would be replayed into it (the safety copy has
        # checkpointed a readable database's WAL).
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        staging.replace(database)
    return safety
