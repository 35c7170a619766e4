"""A backup never takes a disk's last space: older backups make room, the essential ones stay."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from egov_desktop.db import backup
from tests.db.databases import app_database, value_of

MB = 1_000_000


def _database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", ("x" * 1000,))
    conn.commit()
    conn.close()
    return path


def _old_backups(
    folder: Path, start: datetime, count: int, step: timedelta, size: int = 10 * MB
) -> list[str]:
    """`count` backups of `size` bytes (stand-ins: only names and sizes matter), oldest first."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for number in range(count):
        stamp = (start + number * step).strftime("%Y%m%d-%H%M%S")
        reason = "before-migrate-0003" if number == 0 else "manual"
        path = folder / f"egov_{reason}_{stamp}.sqlite"
        with path.open("wb") as out:
            out.truncate(size)
        names.append(path.name)
    return names


def _disk(monkeypatch: pytest.MonkeyPatch, folder: Path, size: int) -> None:
    """A disk of `size` bytes holding only the backups folder."""

    def free(_folder: Path) -> int:
        return size - sum(p.stat().st_size for p in folder.iterdir() if p.is_file())

    monkeypatch.setattr(backup, "_free_bytes", free)


def test_the_oldest_backups_that_are_not_essential_make_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    # One a week from January: a migration's, then eleven manual ones over three months.
    names = _old_backups(folder, datetime(2025, 1, 6, 8), 12, timedelta(days=7))
    # Room for the twelve and the reserve, less 25 MB: three must go for the next one.
    _disk(monkeypatch, folder, 12 * 10 * MB + backup.RESERVE_BYTES - 25 * MB)
    made = backup.make_backup(_database(tmp_path / "egov.sqlite"), folder, "manual")
    left = sorted(p.name for p in folder.iterdir())
    assert made.path.name in left
    gone = sorted(set(names) - set(left))
    # Kept: the migration's (06/01), January's newest (27/01), February's (24/02), the
    # newest five. Gone: the oldest of the others.
    assert gone == [
        "egov_manual_20250113-080000.sqlite",
        "egov_manual_20250120-080000.sqlite",
        "egov_manual_20250203-080000.sqlite",
    ]


def test_the_essential_backups_stay_and_the_backup_is_still_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    names = _old_backups(folder, datetime(2025, 3, 1, 8), 6, timedelta(days=1))
    _disk(monkeypatch, folder, 60 * MB)  # far less than the reserve
    made = backup.make_backup(_database(tmp_path / "egov.sqlite"), folder, "manual")
    left = {p.name for p in folder.iterdir()}
    # The migration's and the newest five are all there is: they stay, and the backup is made
    # all the same (a disk truly full says so when it is written).
    assert made.path.name in left and set(names) <= left


def test_a_disk_with_room_loses_no_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "backups"
    names = _old_backups(folder, datetime(2025, 1, 6, 8), 12, timedelta(days=7))
    _disk(monkeypatch, folder, 200 * MB + backup.RESERVE_BYTES)
    backup.make_backup(_database(tmp_path / "egov.sqlite"), folder, "manual")
    assert set(names) <= {p.name for p in folder.iterdir()}


def test_the_backup_being_restored_is_never_removed_to_make_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    database = _database(tmp_path / "egov.sqlite")
    names = _old_backups(folder, datetime(2025, 1, 6, 8), 12, timedelta(days=7))
    # The oldest that is not essential: the first the room would take.
    chosen = folder / "egov_manual_20250113-080000.sqlite"
    chosen.unlink()
    backup._copy(app_database(tmp_path / "old.sqlite", "cũ"), chosen)
    _disk(monkeypatch, folder, 12 * 10 * MB + backup.RESERVE_BYTES - 25 * MB)
    monkeypatch.chdir(tmp_path)
    backup.restore(Path("backups") / chosen.name, database, folder)  # as a command names it
    assert value_of(database) == "cũ"
    left = {p.name for p in folder.iterdir()}
    assert chosen.name in left
    assert {"egov_manual_20250120-080000.sqlite", "egov_manual_20250203-080000.sqlite"}.isdisjoint(
        left
    )
    assert names[0] in left  # the migration's


def test_a_disk_that_cannot_say_how_full_it_is_loses_no_backup(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "backups"
    names = _old_backups(folder, datetime(2025, 1, 6, 8), 12, timedelta(days=7))

    def unknown(_folder: Path) -> int:
        raise OSError("the share does not say")

    monkeypatch.setattr(backup, "_free_bytes", unknown)
    backup.make_backup(_database(tmp_path / "egov.sqlite"), folder, "manual")
    assert set(names) <= {p.name for p in folder.iterdir()}


def test_backups_beyond_their_share_of_the_disk_make_room_though_it_has_space(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups must not crowd out the clerk's own files: a tenth of a 30 GB disk is 3 GB."""
    folder = tmp_path / "backups"
    names = _old_backups(folder, datetime(2025, 1, 6, 8), 12, timedelta(days=7), 300 * MB)
    monkeypatch.setattr(backup, "_disk_bytes", lambda _folder: 30_000 * MB)
    assert backup.budget(folder) == 3_000 * MB
    made = backup.make_backup(_database(tmp_path / "egov.sqlite"), folder, "manual")
    left = {p.name for p in folder.iterdir()}
    # 3.6 GB held: three of the oldest that are not essential go, as for a full disk.
    assert sorted(set(names) - left) == [
        "egov_manual_20250113-080000.sqlite",
        "egov_manual_20250120-080000.sqlite",
        "egov_manual_20250203-080000.sqlite",
    ]
    assert made.path.name in left
    assert backup.budget(tmp_path / "not" / "made") == 3_000 * MB  # its nearest existing parent
    monkeypatch.setattr(backup, "_disk_bytes", lambda _folder: 1_000 * MB)
    assert backup.budget(folder) == backup.BUDGET_MIN  # a small disk still keeps 2 GB
