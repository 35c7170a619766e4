"""Open a data folder's database: check it, back it up, migrate it, hand out units of work."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from egov_desktop.db import backup, migrate
from egov_desktop.db.engine import make_engine, make_session_factory
from egov_desktop.db.errors import storage_errors
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


def open_database(path: Path, backups_dir: Path) -> Database:
    """quick_check, then migrate (with a backup when behind), then return the ready database."""
    backup.quick_check(path)
    with storage_errors(path):
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    try:
        made = migrate.upgrade(engine, path, backups_dir)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine, make_uow_factory(make_session_factory(engine), path), made)
