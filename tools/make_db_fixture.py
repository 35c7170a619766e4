"""Write tests/fixtures/db/v<REV>.sqlite: a database at a released schema revision with data.

Run once per release, before the next migration is added:
    python tools/make_db_fixture.py 0001
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from alembic import command
from sqlalchemy import text

from egov_desktop.db.engine import make_engine
from egov_desktop.db.migrate import alembic_config

ROOT = Path(__file__).resolve().parent.parent

#: Rows every fixture carries, so an upgrade test can see that data survives.
SAMPLE = [
    "INSERT INTO unit (id, catalog, code, name, level, kind, province_code, province_name,"
    " officer_name, head_name, created_at) VALUES (1, '2025', '00004', 'Phường Ba Đình',"
    " 'commune', 'Phường', '01', 'Thành phố Hà Nội', 'Nguyễn Văn An', 'Trần Thị Bình',"
    " '2025-07-01 08:00:00')",
    "INSERT INTO app_setting (key, value) VALUES ('own_unit_id', '1'), ('role', 'commune'),"
    " ('period_mode', 'cutoff')",
    "INSERT INTO audit_entry (at, actor, unit_id, entity, entity_key, field, old_value,"
    " new_value, source) VALUES ('2025-07-01 08:00:00', 'Nguyễn Văn An', 1, 'setup',"
    " '2025:00004', 'role', NULL, 'commune', 'typed')",
]


def main(revision: str) -> int:
    """Create the fixture for `revision`."""
    target = ROOT / "tests" / "fixtures" / "db" / f"v{revision}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    engine = make_engine(target)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        for statement in SAMPLE:
            conn.execute(text(statement))
    engine.dispose()
    # A single self-contained file (no -wal beside it) is what gets committed.
    conn = sqlite3.connect(target)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
