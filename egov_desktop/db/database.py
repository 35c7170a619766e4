"""Open a data folder's database: check it, back it up, migrate it, hand out units of work."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from egov_desktop.db import backup
from egov_desktop.db.engine import make_engine, make_session_factory
from egov_desktop.db.errors import storage_errors
from egov_desktop.db.local_disk import require_local
from egov_desktop.db.schema import HEAD_REVISION
from egov_desktop.db.uow import UowFactory, make_uow_factory


@dataclass
class Database:
    """An open, checked and migrated database."""

    path: Path
    engine: Engine
    uow: UowFactory
    migration_backup: str | None

    def close(self) -> None:
        self.engine.dispose()


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in the file, read without Alembic (None for a new file)."""
    if not path.exists():
        return None
    with storage_errors(path):
        conn = sqlite3.connect(path)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.OperationalError as error:
            if "no such table" in str(error):
                return None
            raise
        finally:
            conn.close()
    return None if row is None else str(row[0])


def open_database(path: Path, backups_dir: Path) -> Database:
    """quick_check, then migrate (with a backup when behind), then return the ready database.

    A folder on a network drive is refused before anything is opened or created there.
    """
    require_local(path.parent)
    backup.quick_check(path)
    with storage_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    made: str | None = None
    try:
        # Alembic costs a noticeable part of start-up: load it only when there is work for it.
        if stored_revision(path) != HEAD_REVISION:
            from egov_desktop.db import migrate

            made = migrate.upgrade(engine, path, backups_dir)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, make_uow_factory(make_session_factory(engine), path), made)
