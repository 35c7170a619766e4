"""The receive page's matrix as a province office has it: 126 units, a few of them to act on."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services import exchange_dto as dto
from egov_desktop.ui.views.receive_view import ReceiveView
from tests.packages import OTHER, F, P, package
from tests.ui.receive import inbox_column, receive_page


def _page(qtbot: QtBot, office: Services, tmp_path: Path) -> ReceiveView:
    view = receive_page(qtbot, office, tmp_path, date(2025, 10, 20), entry=office.entry)
    view.show_period(F, P)
    return view


def _row(view: ReceiveView, unit: str) -> int:
    return next(
        r
        for r in range(view.table.rowCount())
        if view.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == unit
    )


def _queued(office: Services, tmp_path: Path) -> None:
    """00004 sent v1, accepted; its v2 waits as an update request."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    office.package_import.accept("00004", P, tmp_path / "replies")
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 5}}, version=2)
    assert office.package_import.apply(v2).status == dto.QUEUED


def test_the_buttons_acting_on_a_unit_wait_for_one_to_be_chosen(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    _queued(office, tmp_path)
    view = _page(qtbot, office, tmp_path)
    assert view.table.rowCount() == 126
    acting = (view.accept_button, view.return_button, view.enter_button)
    assert not any(b.isEnabled() for b in (*acting, view.update_button))
    assert view.sources_button.isEnabled()  # every unit's figures when none is chosen
    view.table.selectRow(_row(view, "00008"))  # nothing waits for it
    assert all(b.isEnabled() for b in acting) and not view.update_button.isEnabled()
    view.table.selectRow(_row(view, "00004"))
    assert all(b.isEnabled() for b in (*acting, view.update_button))
    view.refresh()  # the matrix read again: the chosen unit stays chosen, with its buttons
    assert view.selected_unit() == "00004"
    assert all(b.isEnabled() for b in (*acting, view.update_button))
    view.table.clearSelection()
    assert not any(b.isEnabled() for b in (*acting, view.update_button))


def test_the_unit_whose_update_request_waits_says_so_in_its_row(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    _queued(office, tmp_path)
    view = _page(qtbot, office, tmp_path)
    assert "1 update request(s) waiting." in view.summary.text()
    cells = [view.table.item(r, 1).text() for r in range(view.table.rowCount())]
    (row,) = [r for r, text in enumerate(cells) if "update request" in text]
    assert row == _row(view, "00004")
    assert cells[row] == "accepted v1 · 18/09/2025 · on time · v2 waits as an update request"


def test_the_inbox_tells_a_new_version_from_a_unit_s_first_package(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    package(inbox / "BC_00004_2025-Q3_v2.egov", {"Hộ tịch": {3: 5, 4: 5}}, version=2)
    package(inbox / "BC_00008_2025-Q3_v1.egov", {"Hộ tịch": {3: 4}}, unit=OTHER)
    assert inbox_column(qtbot, office, inbox, 3) == [
        "replaces v1, ready to import: 2 figure(s) change",
        "new, ready to import",
    ]
