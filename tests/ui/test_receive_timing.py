"""Receive page: a report corrected after the deadline still reads as sent on time."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from tests.packages import package
from tests.ui.receive import receive_page


def test_the_matrix_names_the_first_version_a_corrected_report_was_judged_on(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    """Q3 is due on 19/09/2025: v1 came on 18/09, its correction v2 on 25/09."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 1}}))
    late = datetime(2025, 9, 25, 8, 0)
    office.package_import.apply(
        package(tmp_path / "v2.egov", {"Hộ tịch": {3: 2}}, version=2, created_at=late)
    )
    view = receive_page(qtbot, office, tmp_path, date(2025, 10, 20))
    view.show_period("II.06a", "2025-Q3")
    table = view.table
    (row,) = [r for r in range(table.rowCount()) if "00004" in table.item(r, 0).text()]
    assert table.item(row, 1).text() == (
        "received v2 · 25/09/2025 · on time (first sent as v1 on 18/09/2025)"
    )
    view.grab().save(str(tmp_path / "timing.png"))
