import os
import sqlite3
import time
from datetime import datetime
from pathlib import Path

import pytest

from egov_desktop.db import backup
from egov_desktop.db.schema import HEAD_REVISION
from egov_desktop.domain import messages
from egov_desktop.durable import STALE_AFTER_SECONDS
from egov_desktop.errors import CorruptDatabaseError, StorageError, ValidationError
from tests.db.databases import app_database, value_of


def test_backup_copies_committed_data_including_wal(tmp_path: Path) -> None:
    db = app_database(tmp_path / "egov.sqlite", "một")
    # Keep a reader open so the committed row may still sit in the WAL file.
    holder = sqlite3.connect(db)
    made = backup.make_backup(db, tmp_path / "backups", "manual")
    holder.close()
    assert made.path.name.startswith("egov_manual_")
    assert value_of(made.path) == "một"
    assert backup.list_backups(tmp_path / "backups")[0].path == made.path


def test_the_newest_of_one_second_is_the_one_written_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restore's safety copy and a manual backup in the same second: the manual one is
    newer, whatever order the folder lists them in."""
    db = app_database(tmp_path / "egov.sqlite", "một")
    folder = tmp_path / "backups"
    first = backup.make_backup(db, folder, "before-restore")
    second = backup.make_backup(db, folder, "manual")
    same = first.created_at.strftime("%Y%m%d-%H%M%S")
    if second.created_at.strftime("%Y%m%d-%H%M%S") != same:  # the clock ticked: rename into it
        moved = second.path.with_name(f"egov_manual_{same}.sqlite")
        second.path.replace(moved)
        second = backup.BackupFile(moved, "manual", first.created_at, second.size)
    old = first.path.stat().st_mtime_ns
    os.utime(second.path, ns=(old + 1_000_000, old + 1_000_000))
    real = Path.iterdir
    for backwards in (False, True):  # whatever order the folder lists them in
        with monkeypatch.context() as patch:
            patch.setattr(
                Path, "iterdir", lambda self, b=backwards: iter(sorted(real(self), reverse=b))
            )
            assert backup.list_backups(folder)[0].path == second.path


def test_quick_check_flags_garbage(tmp_path: Path) -> None:
    bad = tmp_path / "egov.sqlite"
    bad.write_bytes(b"this is not a database" * 100)
    with pytest.raises(CorruptDatabaseError, match="bị hỏng"):
        backup.quick_check(bad)


def test_quick_check_flags_a_damaged_page(tmp_path: Path) -> None:
    db = tmp_path / "egov.sqlite"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(400)])
    conn.commit()
    conn.close()
    data = bytearray(db.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200
    db.write_bytes(bytes(data))
    with pytest.raises(CorruptDatabaseError):
        backup.quick_check(db)


def _garbled_schema(path: Path) -> Path:
    """A file whose schema SQLite cannot parse, and whose index name is no longer UTF-8.

    SQLite's complaint quotes the name: Python cannot decode the message itself.
    """
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute('CREATE INDEX "ix_é" ON t (v)')
    conn.commit()
    conn.close()
    data = path.read_bytes().replace(b'" ON t (v', b'" OX t (v', 1)
    path.write_bytes(data.replace("ix_é".encode(), b"ix_\xc3A", 1))
    return path


def test_a_damaged_name_in_sqlites_complaint_is_damage_not_a_crash(tmp_path: Path) -> None:
    db = _garbled_schema(tmp_path / "egov.sqlite")
    with pytest.raises(CorruptDatabaseError):
        backup.quick_check(db)
    with pytest.raises(ValidationError, match="bị hỏng"):
        backup.check_backup(db)


def test_restore_keeps_the_replaced_file(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    db = app_database(tmp_path / "egov.sqlite", "cũ")
    saved = backup.make_backup(db, backups, "manual")
    conn = sqlite3.connect(db)
    conn.execute("UPDATE t SET v = 'mới'")
    conn.commit()
    conn.close()
    safety = backup.restore(saved.path, db, backups)
    assert value_of(db) == "cũ"
    assert safety is not None and value_of(safety.path) == "mới"


def test_restore_of_a_corrupt_database_keeps_its_bytes_aside(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    good = backup.make_backup(app_database(tmp_path / "src.sqlite", "tốt"), backups, "manual")
    db = tmp_path / "egov.sqlite"
    db.write_bytes(b"garbage" * 1000)
    backup.restore(good.path, db, backups)
    assert value_of(db) == "tốt"
    [aside] = backups.glob("corrupt_*.sqlite")
    assert aside.read_bytes() == b"garbage" * 1000
    assert not list(backups.glob("*.partial"))


class _Frozen(datetime):
    """A clock stopped at 01/01/2025 08:00: two copies made within one second."""

    @classmethod
    def now(cls, tz: object = None) -> "_Frozen":
        return cls(2025, 1, 1, 8, 0, 0)


def test_a_corrupt_database_is_kept_aside_with_its_log_and_never_over_an_earlier_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last edits may be in the write-ahead log only, which the restore removes."""
    backups = tmp_path / "backups"
    good = backup.make_backup(app_database(tmp_path / "src.sqlite", "tốt"), backups, "manual")
    db = tmp_path / "egov.sqlite"
    monkeypatch.setattr(backup, "datetime", _Frozen)
    for number in (1, 2):
        db.write_bytes(b"garbage %d" % number * 1000)
        db.with_name("egov.sqlite-wal").write_bytes(b"log %d" % number * 100)
        backup.restore(good.path, db, backups)
        assert value_of(db) == "tốt" and not db.with_name("egov.sqlite-wal").exists()
    kept = sorted(p.name for p in backups.glob("corrupt_*"))
    assert kept == [
        "corrupt_20250101-080000-1.sqlite",
        "corrupt_20250101-080000-1.sqlite-wal",
        "corrupt_20250101-080000.sqlite",
        "corrupt_20250101-080000.sqlite-wal",
    ]
    assert (backups / kept[2]).read_bytes() == b"garbage 1" * 1000
    assert (backups / kept[3]).read_bytes() == b"log 1" * 100
    assert (backups / kept[1]).read_bytes() == b"log 2" * 100


@pytest.mark.parametrize(
    ("words", "says"),
    [("database is locked", messages.LOCKED), ("database or disk is full", messages.DISK_FULL)],
)
def test_a_sound_database_whose_safety_copy_fails_is_not_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, words: str, says: str
) -> None:
    """Locked by another program or on a full disk, the database is sound: the restore stops."""
    backups = tmp_path / "backups"
    good = backup.make_backup(app_database(tmp_path / "src.sqlite", "tốt"), backups, "manual")
    db = app_database(tmp_path / "egov.sqlite", "của đơn vị")
    log = db.with_name("egov.sqlite-wal")
    log.write_bytes(b"")  # a database open elsewhere has its log
    real = backup._copy

    def copy(source: Path, target: Path) -> None:
        if source == db:
            raise sqlite3.OperationalError(words)
        real(source, target)

    monkeypatch.setattr(backup, "_copy", copy)
    with pytest.raises(StorageError) as refused:
        backup.restore(good.path, db, backups)
    assert refused.value.message == says
    assert log.exists() and not list(backups.glob("*.partial"))
    assert value_of(db) == "của đơn vị"
    assert not list(backups.glob("corrupt_*")) and not list(tmp_path.glob("egov.sqlite.*"))


class _Killed(BaseException):
    """The process ending at this point: nothing after it runs, no cleanup either."""


def test_a_restore_over_a_corrupt_database_stopped_half_way_leaves_a_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed while copying the backup in, the folder still holds its (damaged) database: the
    next start offers the restore again instead of a fresh setup."""
    backups = tmp_path / "backups"
    good = backup.make_backup(app_database(tmp_path / "src.sqlite", "tốt"), backups, "manual")
    db = tmp_path / "egov.sqlite"
    db.write_bytes(b"garbage" * 1000)
    real = backup._copy

    def copy(source: Path, target: Path) -> None:
        if target.name.endswith(backup.RESTORING):
            target.write_bytes(b"SQLite format 3\x00 half")
            raise _Killed
        real(source, target)

    monkeypatch.setattr(backup, "_copy", copy)
    with pytest.raises(_Killed):
        backup.restore(good.path, db, backups)
    assert db.read_bytes() == b"garbage" * 1000

    monkeypatch.setattr(backup, "_copy", real)
    backup.restore(good.path, db, backups)
    assert value_of(db) == "tốt"


def test_the_copy_an_interrupted_restore_left_does_not_stop_the_next(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    good = backup.make_backup(app_database(tmp_path / "src.sqlite", "tốt"), backups, "manual")
    db = app_database(tmp_path / "egov.sqlite", "cũ")
    staging = tmp_path / f"egov.sqlite{backup.RESTORING}"
    staging.write_bytes(b"SQLite format 3\x00" + b"\x01" * 5000)
    staging.with_name(staging.name + "-journal").write_bytes(b"\x00" * 512)
    backup.restore(good.path, db, backups)
    assert value_of(db) == "tốt"
    assert not list(tmp_path.glob("egov.sqlite.*"))


def test_a_backup_removes_what_copies_that_never_finished_left(tmp_path: Path) -> None:
    """Half-written backups (and a restore's copy) of killed processes, once stale, go; a copy
    another process is writing right now stays."""
    db = app_database(tmp_path / "egov.sqlite", "v")
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = [
        folder / "egov_daily_20250101-080000.partial",
        folder / "egov_daily_20250101-080000.partial-journal",
        folder / "corrupt_20250101-080000.sqlite.partial",
        tmp_path / f"egov.sqlite{backup.RESTORING}",
        tmp_path / f"egov.sqlite{backup.RESTORING}-journal",
    ]
    long_ago = time.time() - STALE_AFTER_SECONDS - 60
    for path in stale:
        path.write_bytes(b"half")
        os.utime(path, (long_ago, long_ago))
    running = folder / "egov_manual_20250101-090000.partial"
    running.write_bytes(b"under way")
    backup.make_backup(db, folder, "manual")
    assert [p for p in stale if p.exists()] == []
    assert running.exists()
    assert [b.reason for b in backup.list_backups(folder)] == ["manual"]


def test_restore_refuses_a_bad_backup(tmp_path: Path) -> None:
    db = app_database(tmp_path / "egov.sqlite", "giữ")
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"nope" * 100)
    with pytest.raises(ValidationError):
        backup.restore(bad, db, tmp_path / "backups")
    assert value_of(db) == "giữ"


def test_rotation_keeps_the_newest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup, "KEEP_BACKUPS", 3)
    db = app_database(tmp_path / "egov.sqlite", "v")
    for _ in range(5):
        backup.make_backup(db, tmp_path / "backups", "manual")
    assert len(backup.list_backups(tmp_path / "backups")) == 3


def _made(stamp: str, reason: str = "before-package-import") -> backup.BackupFile:
    when = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return backup.BackupFile(Path(f"{reason}-{stamp}"), reason, when, 1)


def test_rotation_keeps_one_a_day_and_one_a_month_beyond_the_newest(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A busy day of imports does not rotate away last week's or last month's state."""
    monkeypatch.setattr(backup, "KEEP_BACKUPS", 3)
    monkeypatch.setattr(backup, "KEEP_DAYS", 2)
    monkeypatch.setattr(backup, "KEEP_MONTHS", 3)
    busy = [_made(f"2025-10-20 {h:02d}:00") for h in range(17, 9, -1)]
    older = [
        _made("2025-10-13 09:00"),
        _made("2025-10-13 08:00"),
        _made("2025-09-30 16:00", "before-migrate-0007"),
        _made("2025-09-02 08:00"),
        _made("2025-08-29 08:00", "before-migrate-0006"),
        _made("2025-08-01 08:00", "before-migrate-0006"),
        _made("2025-07-15 08:00"),
    ]
    kept = [b.created_at.strftime("%m-%d %H") for b in backup.retained(busy + older)]
    assert kept == [
        "10-20 17",  # the newest three
        "10-20 16",
        "10-20 15",
        "10-13 09",  # the newest of the second day
        "09-30 16",  # the newest of September; before migrating from 0007
        "08-29 08",  # the newest of August; before migrating from 0006
    ]


def test_rotation_removes_only_what_it_does_not_keep(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "KEEP_BACKUPS", 2)
    db = app_database(tmp_path / "egov.sqlite", "v")
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "egov_daily_20250101-080000.sqlite"
    old.write_bytes(b"x")
    for _ in range(4):
        backup.make_backup(db, folder, "manual")
    names = [b.path.name for b in backup.list_backups(folder)]
    assert len(names) == 3 and names[-1] == old.name  # the only one of its day and month


def test_checking_a_missing_backup_does_not_create_it(tmp_path: Path) -> None:
    missing = tmp_path / "nonexist.sqlite"
    with pytest.raises(ValidationError, match="Không tìm thấy tệp sao lưu"):
        backup.check_backup(missing)
    assert backup.sent_versions(missing) is None
    assert backup.read_contents(missing) is None
    assert not missing.exists()


def test_check_backup_refuses_what_is_no_application_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.commit()
    conn.close()
    for path in (empty, foreign):
        with pytest.raises(ValidationError, match="không phải bản sao lưu dữ liệu của ứng dụng"):
            backup.check_backup(path)


def test_check_backup_refuses_a_newer_schema(tmp_path: Path) -> None:
    newer = app_database(tmp_path / "newer.sqlite", "x", revision="9999")
    with pytest.raises(ValidationError, match="phiên bản mới hơn"):
        backup.check_backup(newer)


def test_check_backup_reads_the_schema_and_the_unit(tmp_path: Path) -> None:
    made = backup.check_backup(app_database(tmp_path / "a.sqlite", "x", unit="00004"))
    assert made == backup.BackupContents(
        HEAD_REVISION, backup.StoredUnit("00004", "Xã 00004", "2025")
    )
    assert backup.check_backup(app_database(tmp_path / "b.sqlite", "x")).unit is None
