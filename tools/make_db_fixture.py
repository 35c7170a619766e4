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


#: Rows of the tables each later revision added, keyed by the revision that added them.
SAMPLE_SINCE = {
    "0002": [
        "INSERT INTO sector (id, unit_id, name, name_key, position, hidden, created_at)"
        " VALUES (1, 1, 'Hộ tịch', 'hộ tịch', 1, 0, '2025-07-01 08:00:00')",
        "INSERT INTO report_status (unit_id, form, period, status, note, updated_at, updated_by)"
        " VALUES (1, 'II.06a', '2025-Q3', 'in_progress', '', '2025-09-20 08:00:00',"
        " 'Nguyễn Văn An')",
    ],
    "0003": [
        "INSERT INTO procedure (unit_id, code, name, sector, processing_days, has_fee,"
        " online_payment, search_key, created_at, updated_at) VALUES (1, '1.001193',"
        " 'Đăng ký khai sinh', 'Hộ tịch', 3, 0, 0, '1.001193 dang ky khai sinh',"
        " '2025-07-01 08:00:00', '2025-07-01 08:00:00')",
        "INSERT INTO dossier (unit_id, code, procedure_code, procedure_name, sector, applicant,"
        " contact, lead_agency, channel, received, due, resolved, status, financial_obligation,"
        " paid_online, components_digitised, result_digitised, synced, note, search_key,"
        " created_at, updated_at) VALUES (1, 'H26.01-250701-0001', '1.001193',"
        " 'Đăng ký khai sinh', 'Hộ tịch', 'Nguyễn Văn Bình', '', '', 'direct', '2025-07-01',"
        " '2025-07-04', '2025-07-03', 'Đã giải quyết', 0, 0, 0, 0, 0, '',"
        " 'h26.01-250701-0001 nguyen van binh', '2025-07-01 08:00:00', '2025-07-03 08:00:00')",
    ],
    "0004": [
        "INSERT INTO target_figure (unit_id, indicator, period, numerator, denominator, source,"
        " updated_at, updated_by) VALUES (1, 'dvctt_full_process', '2025-Q3', 40, 50, 'typed',"
        " '2025-09-20 08:00:00', 'Nguyễn Văn An')",
    ],
    "0005": [
        "INSERT INTO sent_package (unit_id, package_id, version, kind, period, forms,"
        " created_at, officer, reason, file_name, payload_sha256, reply_kind, reply_at,"
        " reply_reason) VALUES (1, '5f0c1e2d3b4a49588d7e6f5a4b3c2d1e', 1, 'report', '2025-Q3',"
        " 'II.06a', '2025-09-18 09:00:00', 'Nguyễn Văn An', '',"
        " 'BC_00004_2025-Q3_v1.egov', 'ab', 'receipt', '2025-09-19 14:05:00', NULL)",
        "INSERT INTO report_lock (unit_id, form, period, version, locked, reopen_reason,"
        " updated_at, updated_by) VALUES (1, 'II.06a', '2025-Q3', 1, 1, '',"
        " '2025-09-18 09:00:00', 'Nguyễn Văn An')",
    ],
    "0006": ["UPDATE unit SET agency_code = '000.00.31.H26' WHERE id = 1"],
    "0007": ["UPDATE dossier SET components_reused = 1 WHERE unit_id = 1"],
    "0009": [
        # Migration 0009 gives the reports stored before it the unit's mode; the sample rows
        # of earlier revisions are written after it here, so they get it as the app would.
        "UPDATE report_status SET period_mode = 'cutoff' WHERE period_mode IS NULL",
        # A report entered again after the unit's mode changed: not the unit's setting's mode.
        "INSERT INTO report_status (unit_id, form, period, status, note, period_mode,"
        " updated_at, updated_by) VALUES (1, 'II.07b', '2025-Q2', 'in_progress', '',"
        " 'calendar', '2025-06-20 08:00:00', 'Nguyễn Văn An')",
    ],
    "0010": ["INSERT INTO register_revision (unit_id, revision) VALUES (1, 3)"],
}


def value_sample(revision: str) -> list[str]:
    """The sample figure as the revision stores it.

    0012 keeps who and when apart; 0013 stores a report row's figures together.
    """
    if revision < "0002":
        return []
    if revision < "0012":
        return [
            "INSERT INTO report_value (unit_id, form, period, row_key, col, value, source,"
            " updated_at, updated_by) VALUES (1, 'II.06a', '2025-Q3', 'sector:1', 4, 10,"
            " 'typed', '2025-09-20 08:00:00', 'Nguyễn Văn An')"
        ]
    if revision < "0013":
        return [
            "INSERT INTO report_value (unit_id, form, period, row_key, col, value, source)"
            " VALUES (1, 'II.06a', '2025-Q3', 'sector:1', 4, 10, 'typed')"
        ]
    return [
        "INSERT INTO report_row (unit_id, form, period, row_key, cells)"
        """ VALUES (1, 'II.06a', '2025-Q3', 'sector:1', '{"4":[10,"typed"]}')"""
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
        statements = (
            SAMPLE
            + [
                statement
                for since, rows in sorted(SAMPLE_SINCE.items())
                if since <= revision
                for statement in rows
            ]
            + value_sample(revision)
        )
        for statement in statements:
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
