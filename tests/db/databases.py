"""Small databases shaped as the application's, for the backup and restore tests."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from egov_desktop.db.schema import HEAD_REVISION


def app_database(
    path: Path, value: str, *, revision: str = HEAD_REVISION, unit: str | None = None
) -> Path:
    """A database shaped as the application's (only the tables a restore reads) plus `t`."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE t (v TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (value,))
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    conn.execute("CREATE TABLE app_setting (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("CREATE TABLE unit (id INTEGER PRIMARY KEY, code TEXT, name TEXT, catalog TEXT)")
    if unit is not None:
        conn.execute("INSERT INTO unit VALUES (1, ?, ?, '2025')", (unit, f"Xã {unit}"))
        conn.execute("INSERT INTO app_setting VALUES ('own_unit_id', '1')")
    conn.commit()
    conn.close()
    return path


def value_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT v FROM t").fetchone()[0])
    finally:
        conn.close()
