"""The receive page and the settings page from the keyboard."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.inbox_panel import InboxPanel
from egov_desktop.ui.views.settings_view import SettingsView
from egov_desktop.ui.widgets.focus import focus_start, tab_stops
from tests.packages import package
from tests.ui.receive import receive_page

CTRL = Qt.KeyboardModifier.ControlModifier


def _active(qtbot: QtBot, page: QWidget) -> None:
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def test_ctrl_f_finds_a_unit_and_f5_reads_the_inbox_folder_again(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    view = receive_page(qtbot, office, tmp_path)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    view.inbox.set_folder(inbox)
    _active(qtbot, view)
    focus_start(view)
    assert QApplication.focusWidget() is view.search
    view.search.setText("ba dinh")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is view.search
    assert view.search.selectedText() == "ba dinh"
    assert view.inbox.table.rowCount() == 0
    package(inbox / "00004.egov", {"Hộ tịch": {3: 2, 4: 2}})
    qtbot.keyClick(view.search, Qt.Key.Key_F5)
    assert view.inbox.table.rowCount() == 1


def test_tab_goes_down_the_settings_from_the_period_mode(qtbot: QtBot, commune: Services) -> None:
    view = SettingsView(commune.setup)
    qtbot.addWidget(view)
    _active(qtbot, view)
    # No stop on the page's scroll area, which shows no focus: the first is the first field.
    assert tab_stops(view)[:7] == [
        view.mode,
        view.officer,
        view.head,
        view.agency_code,
        view.receiving_unit,
        view.save_button,
        view.import_button,
    ]
    focus_start(view)
    assert QApplication.focusWidget() is view.mode


def test_enter_on_an_inbox_file_previews_it_as_a_double_click_does(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    first = package(inbox / "00004.egov", {"Hộ tịch": {3: 2, 4: 2}})
    second = package(inbox / "00004_v2.egov", {"Hộ tịch": {3: 3, 4: 3}}, version=2)
    panel = InboxPanel(office.package_import)
    qtbot.addWidget(panel)
    panel.set_folder(inbox)
    _active(qtbot, panel)
    opened: list[Path] = []
    panel.open_requested.connect(opened.append)
    table = panel.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened == [second]
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert opened == [second, first]
    # Enter elsewhere on the panel is that field's own.
    panel.import_all_button.setFocus()
    qtbot.keyClick(panel.import_all_button, Qt.Key.Key_Return)
    assert opened == [second, first]
