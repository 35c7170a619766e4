"""Finding units among 126: a search by name or code, and the units waiting for the office."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services import exchange_dto as dto
from egov_desktop.ui.views.receive_view import ReceiveView
from tests.packages import OTHER, F, P, package
from tests.ui.receive import receive_page


def _page(qtbot: QtBot, office: Services, tmp_path: Path) -> ReceiveView:
    """00004 accepted with its v2 waiting as an update request; 00008 received."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    office.package_import.accept("00004", P, tmp_path / "replies")
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 5}}, version=2)
    assert office.package_import.apply(v2).status == dto.QUEUED
    office.package_import.apply(package(tmp_path / "o.egov", {"Hộ tịch": {3: 1}}, unit=OTHER))
    view = receive_page(qtbot, office, tmp_path, date(2025, 10, 20))
    view.show_period(F, P)
    return view


def _units(view: ReceiveView) -> list[str]:
    table = view.table
    return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]


def test_typing_finds_units_by_name_or_code_accents_and_case_optional(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    view = _page(qtbot, office, tmp_path)
    assert len(_units(view)) == 126
    for typed in ("ngoc ha", "NGỌC Hà", "  ngọc   ha ", "00008", "ha ngoc"):
        view.search.setText(typed)
        assert _units(view) == ["00008"], typed
    view.search.setText("đình")  # the tone marks are folded too, as in every search
    names = [view.table.item(r, 0).text().split(" (")[0] for r in range(view.table.rowCount())]
    assert names == [
        "Phường Ba Đình",
        "Phường Định Công",
        "Phường Khương Đình",
        "Phường Xuân Đỉnh",
        "Xã Vân Đình",
    ]
    view.missing_only.setChecked(True)  # both at once: Ba Đình has sent
    assert len(_units(view)) == 4 and "00004" not in _units(view)
    view.search.setText("xyz")
    assert _units(view) == []
    view.search.clear()
    view.missing_only.setChecked(False)
    assert len(_units(view)) == 126


def test_the_units_waiting_for_the_office_are_listed_on_their_own(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    view = _page(qtbot, office, tmp_path)
    view.waiting_only.setChecked(True)  # received, or an update request waiting
    assert _units(view) == ["00004", "00008"]
    # One list or the other: the units to remind, or those the office is to act on.
    view.missing_only.setChecked(True)
    assert not view.waiting_only.isChecked() and len(_units(view)) == 124
    view.waiting_only.setChecked(True)
    assert not view.missing_only.isChecked() and _units(view) == ["00004", "00008"]


def test_the_summary_and_the_reminder_count_every_unit_whatever_is_shown(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    view = _page(qtbot, office, tmp_path)
    everyone = view.summary.text()
    assert everyone == "2 of 126 units have sent every report. 1 update request(s) waiting."
    reminder = view.copy_reminder()
    assert "Phường Giảng Võ" in reminder and "Phường Ngọc Hà" not in reminder
    view.waiting_only.setChecked(True)
    view.search.setText("ngoc")
    assert view.summary.text() == everyone + " Showing 1 of 126 units."
    assert view.copy_reminder() == reminder


def test_the_chosen_unit_stays_chosen_while_the_search_shows_it(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    view = _page(qtbot, office, tmp_path)
    view.search.setText("ba đình")
    view.table.selectRow(0)
    assert view.selected_unit() == "00004" and view.update_button.isEnabled()
    view.search.clear()  # back among 126: still the one to act on
    assert view.selected_unit() == "00004" and view.update_button.isEnabled()
    view.search.setText("ngọc hà")  # no longer shown: nothing to act on
    assert view.selected_unit() is None and not view.accept_button.isEnabled()
