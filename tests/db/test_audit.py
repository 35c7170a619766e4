"""The audit trail names one person one way, however the name was typed."""

from __future__ import annotations

import sqlite3
import unicodedata

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
