from pathlib import Path

from egov_desktop.db.database import open_database


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "egov.sqlite", tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    finally:
        db.close()


def test_a_failed_unit_of_work_changes_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "egov.sqlite", tmp_path / "backups")
    try:
        with db.uow() as uow:
            uow.settings.set("k", "1")
        try:
            with db.uow() as uow:
                uow.settings.set("k", "2")
                raise RuntimeError("boom")
        except RuntimeError:
            pass
        with db.uow() as uow:
            assert uow.settings.get("k") == "1"
    finally:
        db.close()


def test_a_discarded_unit_of_work_changes_nothing(tmp_path: Path) -> None:
    db = open_database(tmp_path / "egov.sqlite", tmp_path / "backups")
    try:
        with db.uow() as uow:
            uow.settings.set("k", "1")
        with db.uow() as uow:
            uow.discard()
            uow.settings.set("k", "2")
            assert uow.settings.get("k") == "2"  # seen inside, as a preview needs it
        with db.uow() as uow:
            assert uow.settings.get("k") == "1"
    finally:
        db.close()
