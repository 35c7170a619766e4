"""Bring a database to the head of the shipped migrations, backing it up first."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from egov_desktop.db.backup import BEFORE_MIGRATE, make_backup
from egov_desktop.db.errors import storage_errors
from egov_desktop.domain import messages
from egov_desktop.errors import NewerDatabaseError

logger = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    """Alembic configuration built in code (no alembic.ini; works inside the frozen bundle)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    """The newest revision shipped with this build."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def shipped_revisions() -> set[str]:
    """Every revision shipped with this build: a database at any of them can be upgraded."""
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for a new database."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, database: Path, backups_dir: Path) -> str | None:
    """Upgrade to head; back up first when an existing database is behind.

    Returns the path of the backup made, if any. Refuses a database from a newer build.
    """
    script = ScriptDirectory.from_config(alembic_config())
    with storage_errors(database):
        current = current_revision(engine)
        head = script.get_current_head()
        if current == head:
            return None
        if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
            raise NewerDatabaseError(messages.NEWER_DATABASE.format(revision=current))
        backup_path: str | None = None
        if current is not None:
            backup = make_backup(database, backups_dir, f"{BEFORE_MIGRATE}-{current}")
            backup_path = str(backup.path)
            logger.info("Backed up %s before migrating from %s", database, current)
        cfg = alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        logger.info("Database %s migrated from %s to %s", database, current, head)
        return backup_path
