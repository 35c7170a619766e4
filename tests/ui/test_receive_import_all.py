"""Importing the whole inbox folder says what it left there, and why."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services import exchange_dto as dto
from tests.packages import OTHER, F, P, package
from tests.ui.receive import receive_page


def _inbox(office: Services, tmp_path: Path) -> Path:
    """00004's v2 changes a figure the office typed; 00008's v1 is new; one file is no package.

    00004's v1 from before sits there too, older than what the office holds.
    """
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    v1 = package(inbox / "BC_00004_2025-Q3_v1.egov", {"Hộ tịch": {3: 4, 4: 4}})
    office.package_import.apply(v1)
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values([(row, 4, 9)], form=F, period=P, unit="00004")
    package(inbox / "BC_00004_2025-Q3_v2.egov", {"Hộ tịch": {3: 5, 4: 5}}, version=2)
    package(inbox / "BC_00004_2025-Q3_v1 (1).egov", {"Hộ tịch": {3: 3, 4: 3}})
    package(inbox / "BC_00008_2025-Q3_v1.egov", {"Hộ tịch": {3: 4, 4: 4}}, unit=OTHER)
    (inbox / "BC_00025_2025-Q3_v1.egov").write_bytes(b"not a zip")
    return inbox


def test_the_message_counts_the_packages_left_for_a_choice_and_the_refused(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    view = receive_page(qtbot, office, tmp_path, date(2025, 10, 20))
    view.inbox.set_folder(_inbox(office, tmp_path))
    view.show_period(F, P)
    states = [state for _path, state in view.inbox.entries]
    assert sorted(states) == ["", dto.CONFLICT, dto.IMPORTED, dto.OLDER, dto.UNCHANGED]
    assert [p.unit_code for p in view.import_inbox()] == ["00008"]
    assert view.summary.text() == (
        "1 package(s) imported from the inbox folder. 1 package(s) left in the folder: they "
        "change figures the office typed; double-click one to choose which figures stay. "
        "2 package(s) not imported: the reason is in the list."
    )
    # Clicked again, with nothing new: not silence, the same account of what is left.
    assert view.import_inbox() == []
    assert view.summary.text().startswith(
        "No new package in the inbox folder to import. 1 package(s) left in the folder:"
    )
    assert view.summary.text().endswith("2 package(s) not imported: the reason is in the list.")


def test_a_click_with_nothing_new_says_so(qtbot: QtBot, office: Services, tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    package(inbox / "BC_00008_2025-Q3_v1.egov", {"Hộ tịch": {3: 4, 4: 4}}, unit=OTHER)
    view = receive_page(qtbot, office, tmp_path, date(2025, 10, 20))
    view.inbox.set_folder(inbox)
    view.show_period(F, P)
    view.import_inbox()
    assert view.summary.text() == "1 package(s) imported from the inbox folder."
    view.import_inbox()  # imported already: nothing new, nothing left to see to
    assert view.summary.text() == "No new package in the inbox folder to import."
