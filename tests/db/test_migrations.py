"""Every released schema upgrades to head with its data, and a backup is made first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from egov_desktop.db import migrate
from egov_desktop.db.base import Base
from egov_desktop.db.database import open_database
from egov_desktop.db.engine import make_engine
from egov_desktop.errors import NewerDatabaseError

FIXTURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "db").glob("v*.sqlite"))


def test_there_is_a_fixture_per_released_revision() -> None:
    assert FIXTURES, "no fixture databases"


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.stem for f in FIXTURES])
def test_fixture_upgrades_to_head(fixture: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "egov.sqlite"
    shutil.copy(fixture, db_path)
    fixture_rev = fixture.stem[1:]
    db = open_database(db_path, tmp_path / "backups")
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
        with db.uow() as uow:
            assert uow.settings.get("role") == "commune"
            unit = uow.units.find("2025", "00004")
            assert unit is not None and unit.name == "Phường Ba Đình"
            # The rows each later revision's tables held survive as well.
            if fixture_rev >= "0002":
                figure = uow.values.cells(unit.id, "II.06a", "2025-Q3")[("sector:1", 4)]
                # 0012 keys them by their cell: the figure and its source stay.
                assert (figure.value, figure.source) == (10, "typed")
            if fixture_rev >= "0003":
                dossier = uow.dossiers.by_code(unit.id, "H26.01-250701-0001")
                assert dossier is not None and dossier.applicant == "Nguyễn Văn Bình"
                # Added by 0007: a dossier recorded before did not say, so it counts as not.
                assert dossier.components_reused == (fixture_rev >= "0007")
                assert not dossier.components_reused_national
                # Added by 0011: how the result is taken was not recorded, printed blank.
                assert dossier.result_delivery == ""
            if fixture_rev >= "0004":
                assert uow.target_figures.get(unit.id, "dvctt_full_process", "2025-Q3") is not None
            if fixture_rev >= "0005":
                sent = uow.sent_packages.for_unit(unit.id, "2025-Q3")
                assert [(s.version, s.reply_kind) for s in sent] == [(1, "receipt")]
                lock = uow.locks.get(unit.id, "II.06a", "2025-Q3")
                assert lock is not None and lock.locked
            if fixture_rev >= "0006":
                assert unit.agency_code == "000.00.31.H26"
            else:
                assert unit.agency_code is None  # added by 0006, unknown until typed
            if fixture_rev >= "0002":
                # Added by 0009: the report's figures are the unit's setting's (cutoff).
                status = uow.statuses.get(unit.id, "II.06a", "2025-Q3")
                assert status is not None and status.period_mode == "cutoff"
            if fixture_rev >= "0009":
                status = uow.statuses.get(unit.id, "II.07b", "2025-Q2")
                assert status is not None and status.period_mode == "calendar"
            # Added by 0010: a register written before starts at revision 0.
            revision = 3 if fixture_rev >= "0010" else 0
            assert uow.dossiers.fingerprint(unit.id)[3] == revision
        if fixture_rev != migrate.head_revision():
            assert db.migration_backup is not None
            assert Path(db.migration_backup).exists()
        else:
            assert db.migration_backup is None
    finally:
        db.close()


@pytest.mark.parametrize(
    ("setting", "recorded"),
    [("calendar", "calendar"), ("cutoff", "cutoff"), (None, "cutoff"), ("", "cutoff")],
)
def test_reports_stored_before_0009_take_the_unit_s_mode(
    tmp_path: Path, setting: str | None, recorded: str
) -> None:
    """Existing reports get the unit's period_mode setting, cutoff when it is unset."""
    db_path = tmp_path / "egov.sqlite"
    shutil.copy(FIXTURES[0].with_name("v0008.sqlite"), db_path)
    conn = sqlite3.connect(db_path)
    if setting is None:
        conn.execute("DELETE FROM app_setting WHERE key = 'period_mode'")
    else:
        conn.execute("UPDATE app_setting SET value = ? WHERE key = 'period_mode'", (setting,))
    conn.execute(
        "INSERT INTO report_status (unit_id, form, period, status, note, updated_at, updated_by)"
        " VALUES (1, 'II.07b', '2025-Q2', 'done', '', '2025-06-20 08:00:00', 'Nguyễn Văn An')"
    )
    conn.commit()
    conn.close()
    open_database(db_path, tmp_path / "backups").close()
    conn = sqlite3.connect(db_path)
    try:
        rows = conn.execute("SELECT form, period_mode FROM report_status ORDER BY form").fetchall()
    finally:
        conn.close()
    assert rows == [("II.06a", recorded), ("II.07b", recorded)]


def test_a_register_written_before_0010_gets_a_revision_at_its_first_write(
    tmp_path: Path,
) -> None:
    """The upgrade from 0009 adds the table, empty; the register's writes then raise it."""
    db_path = tmp_path / "egov.sqlite"
    shutil.copy(FIXTURES[0].with_name("v0009.sqlite"), db_path)
    db = open_database(db_path, tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT * FROM register_revision").fetchall()
        assert rows == []
        with db.uow() as uow:
            before = uow.dossiers.fingerprint(1)
            dossier = uow.dossiers.by_code(1, "H26.01-250701-0001")
            assert dossier is not None
            uow.dossiers.edit(dossier, {"note": "sửa"}, dossier.search_key)
        with db.uow() as uow:
            after = uow.dossiers.fingerprint(1)
        assert before[3] == 0 and after[3] == 1
        assert after[:2] == before[:2]
    finally:
        db.close()


def test_new_database_matches_the_models(tmp_path: Path) -> None:
    db = open_database(tmp_path / "egov.sqlite", tmp_path / "backups")
    try:
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert db.migration_backup is None
    finally:
        db.close()


def test_database_from_a_newer_build_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "egov.sqlite"
    open_database(db_path, tmp_path / "backups").close()
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(NewerDatabaseError, match="phiên bản mới hơn"):
        open_database(db_path, tmp_path / "backups")
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    conn.close()


def test_head_constant_matches_alembic() -> None:
    from egov_desktop.db.schema import HEAD_REVISION

    assert migrate.head_revision() == HEAD_REVISION


def test_current_database_opens_without_alembic(tmp_path: Path) -> None:
    import subprocess
    import sys

    open_database(tmp_path / "egov.sqlite", tmp_path / "backups").close()
    code = (
        "import sys; from pathlib import Path;"
        "from egov_desktop.db.database import open_database;"
        f"open_database(Path({str(tmp_path / 'egov.sqlite')!r}), Path({str(tmp_path)!r})).close();"
        "raise SystemExit(1 if 'alembic' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


def test_0013_stores_a_row_s_figures_together_and_gives_them_back_both_ways(
    tmp_path: Path,
) -> None:
    """Every figure and its source survive the upgrade and, after it, the downgrade."""
    db_path = tmp_path / "egov.sqlite"
    shutil.copy(FIXTURES[0].with_name("v0012.sqlite"), db_path)
    conn = sqlite3.connect(db_path)
    conn.executemany(
        "INSERT INTO report_value (unit_id, form, period, row_key, col, value, source)"
        " VALUES (1, ?, '2025-Q3', ?, ?, ?, ?)",
        [
            ("II.06a", "sector:1", 3, 12, "package:00004:v2"),
            ("II.06a", "sector:1", 13, 0, "pasted"),
            ("II.06a", "sector:2", 4, 7, "typed"),
            ("II.07b", "dvc", 5, 1250, "register"),
        ],
    )
    conn.commit()
    select = "SELECT unit_id, form, period, row_key, col, value, source FROM report_value"
    before = sorted(conn.execute(select).fetchall())
    conn.close()
    open_database(db_path, tmp_path / "backups").close()
    conn = sqlite3.connect(db_path)
    try:
        assert sorted(conn.execute(select).fetchall()) == before
        assert conn.execute("SELECT count(*) FROM report_row").fetchone() == (3,)
    finally:
        conn.close()
    engine = make_engine(db_path)
    cfg = migrate.alembic_config()
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0012")
    engine.dispose()
    conn = sqlite3.connect(db_path)
    try:
        assert sorted(conn.execute(select).fetchall()) == before
        kinds = dict(conn.execute("SELECT name, type FROM sqlite_master WHERE type != 'index'"))
        assert kinds["report_value"] == "table" and "report_row" not in kinds
    finally:
        conn.close()
