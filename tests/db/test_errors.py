"""SQLite environment failures become StorageError with a Vietnamese message."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest

from egov_desktop.db import engine as engine_module
from egov_desktop.db.database import open_database
from egov_desktop.db.errors import translate
from egov_desktop.errors import CorruptDatabaseError, StorageError

DB = Path("/data/egov.sqlite")


@pytest.mark.parametrize(
    ("error", "needle"),
    [
        (sqlite3.OperationalError("database or disk is full"), "Ổ đĩa đã đầy"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "quyền ghi"),
        (sqlite3.OperationalError("unable to open database file"), "quyền ghi"),
        (sqlite3.OperationalError("database is locked"), "đang bị một chương trình khác khóa"),
        (sqlite3.DatabaseError("file is not a database"), "bị hỏng"),
        (sqlite3.DatabaseError("database disk image is malformed"), "bị hỏng"),
        (OSError(errno.ENOSPC, "No space left on device"), "Ổ đĩa đã đầy"),
        (PermissionError(errno.EACCES, "Permission denied"), "quyền ghi"),
        (
            sqlite3.IntegrityError("UNIQUE constraint failed: dossier.unit_id, dossier.code"),
            "vừa được lưu từ nơi khác",
        ),
    ],
)
def test_environment_errors_are_translated(error: BaseException, needle: str) -> None:
    mapped = translate(error, DB)
    assert isinstance(mapped, StorageError)
    assert needle in mapped.message


def test_corruption_is_its_own_kind() -> None:
    assert isinstance(
        translate(sqlite3.DatabaseError("file is not a database"), DB), CorruptDatabaseError
    )


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        ("file is not a database", "không phải tệp cơ sở dữ liệu"),
        ("database disk image is malformed", "cấu trúc tệp bị hỏng"),
    ],
)
def test_a_damaged_database_is_explained_in_vietnamese(error: str, reason: str) -> None:
    mapped = translate(sqlite3.DatabaseError(error), DB)
    assert mapped is not None and reason in mapped.message
    assert error not in mapped.message  # SQLite's English goes to the log only


def test_programming_errors_are_not_hidden() -> None:
    assert translate(sqlite3.OperationalError("no such table: x"), DB) is None
    assert translate(sqlite3.IntegrityError("NOT NULL constraint failed: dossier.code"), DB) is None
    assert translate(ValueError("bug"), DB) is None


def test_a_locked_database_gives_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    db = open_database(tmp_path / "egov.sqlite", tmp_path / "backups")
    other = sqlite3.connect(tmp_path / "egov.sqlite", isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError, match="khóa"), db.uow() as uow:
            uow.settings.set("k", "v")
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.close()
