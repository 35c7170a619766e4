"""The audit trail names one person one way, however the name was typed."""

from __future__ import annotations

import sqlite3
import unicodedata
from typing import Any

from sqlalchemy import event

from egov_desktop.bootstrap import Services
from egov_desktop.services.setup import SetupRequest


def test_an_officer_typed_in_decomposed_unicode_is_one_actor(services: Services) -> None:
    typed = unicodedata.normalize("NFD", "Nguyễn Văn An")
    assert typed != "Nguyễn Văn An"
    services.setup.apply(
        SetupRequest(unit_code="00004", role="commune", officer=typed), actor=typed
    )
    services.entry.set_values(
        [(services.entry.find_row(form="II.06a", name="Hộ tịch"), 3, 1)],
        form="II.06a",
        period="2025-Q3",
        actor=typed,
    )
    with sqlite3.connect(services.paths.database) as db:
        actors = {row[0] for row in db.execute("SELECT actor FROM audit_entry")}
    assert actors == {"Nguyễn Văn An"}


def test_the_newest_moment_is_read_without_scanning_the_trail(commune: Services) -> None:
    """Every read of audit_entry seeks the (unit_id, at) index by unit.

    `max(at)` over the table is reported as a SEARCH of that index too, but without a unit_id
    constraint it reads the whole index: the plan must name the constraint.
    """
    statements: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, *args: Any) -> None:
        statements.append((statement, parameters))

    engine = commune.database.engine
    event.listen(engine, "before_cursor_execute", keep)
    try:
        with commune.database.uow() as uow:
            assert uow.audit.latest_at() is not None
    finally:
        event.remove(engine, "before_cursor_execute", keep)
    reads = [(s, p) for s, p in statements if "audit_entry" in s]
    assert reads
    with sqlite3.connect(commune.paths.database) as db:
        for statement, parameters in reads:
            plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
            on_trail = [step for step in plan if "audit_entry" in step]
            assert on_trail, plan
            for step in on_trail:
                assert step.startswith("SEARCH") and "(unit_id=?)" in step, plan
