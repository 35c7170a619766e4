"""The window from the keyboard: Ctrl+digit opens a page, F6 goes between the page list and
the page, and the keyboard lands in the field a page is typed in first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.main_window import MainWindow
from tests.ui.helpers import shown_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    window = shown_window(qtbot, services, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def _focus() -> QWidget | None:
    return QApplication.focusWidget()


def _inside(page: QWidget) -> bool:
    focus = _focus()
    return focus is not None and page.isAncestorOf(focus)


def test_ctrl_and_a_digit_opens_that_page_its_first_field_ready(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, commune, tmp_path)
    assert window.nav is not None and window.pages is not None
    assert _focus() is window.nav  # arrows step through the pages at once
    qtbot.keyClick(window.nav, Qt.Key.Key_4, CTRL)
    assert window.pages.currentWidget() is window.register
    assert window.register is not None and _focus() is window.register.search
    qtbot.keyClick(_focus() or window, Qt.Key.Key_3, CTRL)
    assert window.pages.currentWidget() is window.report
    assert window.report is not None and _inside(window.report)
    # The list says which key opens each page.
    assert window.nav.item(3).toolTip() == "Ctrl+4"
    assert window.nav.item(0).toolTip() == "Ctrl+1"


def test_ctrl_0_opens_the_tenth_page_and_f1_the_about_page(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    """A commune has twelve pages: the digits' row reaches the tenth, F1 (help) the last."""
    window = _window(qtbot, commune, tmp_path)
    assert window.nav is not None and window.pages is not None
    assert window.nav.count() > 10
    qtbot.keyClick(window.nav, Qt.Key.Key_0, CTRL)
    assert window.nav.currentRow() == 9
    assert window.nav.item(9).toolTip() == "Ctrl+0"
    qtbot.keyClick(_focus() or window, Qt.Key.Key_F1)
    assert window.pages.currentWidget() is window.about_view
    assert window.nav.item(window.nav.count() - 1).toolTip() == "F1"
    assert window.nav.item(10).toolTip() == ""  # no key of its own: the list reaches it


def test_f6_goes_between_the_page_list_and_the_page(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, commune, tmp_path)
    assert window.nav is not None and window.register is not None
    window.nav.setCurrentRow(3)
    assert _focus() is window.nav
    qtbot.keyClick(window.nav, Qt.Key.Key_F6)
    assert _focus() is window.register.search
    qtbot.keyClick(window.register.search, Qt.Key.Key_F6)
    assert _focus() is window.nav


def test_arrows_in_the_page_list_open_pages_and_enter_goes_into_one(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, commune, tmp_path)
    assert window.nav is not None and window.pages is not None and window.entry is not None
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.pages.currentWidget() is window.entry
    assert _focus() is window.nav  # still browsing
    qtbot.keyClick(window.nav, Qt.Key.Key_Return)
    table = window.entry.table
    assert _focus() is table
    # The first figure of the first row, ready to be typed over.
    index = table.currentIndex()
    assert window.entry.model.is_editable(index.row(), index.column())
    assert index.row() == 0
    assert not any(window.entry.model.is_editable(0, c) for c in range(index.column()))
