"""A 1024×600 screen: less the taskbar and the title bar, the window has about 520 pixels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.main_window import MainWindow
from tests.ui.helpers import shown_window

#: 600 pixels, less a 40-pixel taskbar and a title bar.
HEIGHT = 520


def _every_page_fits(qtbot: QtBot, window: MainWindow) -> None:
    assert window.nav is not None and window.pages is not None
    for row in range(window.pages.count()):
        window.nav.setCurrentRow(row)
        QApplication.processEvents()
        page = window.pages.widget(row)
        assert page.minimumSizeHint().height() <= HEIGHT - 60, type(page).__name__
    # What the window's layout asks, with its status bar: every page at once.
    assert window.minimumSizeHint().height() <= HEIGHT
    for page in (window.targets_view, window.dvc_view, window.report):
        if page is not None:  # a page's background load ends before the window closes
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=10_000)


def test_a_commune_s_pages_fit_a_small_screen_s_height(
    qtbot: QtBot, vietnamese: None, commune: Services, tmp_path: Path
) -> None:
    _every_page_fits(qtbot, shown_window(qtbot, commune, tmp_path))


def test_an_office_s_pages_fit_a_small_screen_s_height(
    qtbot: QtBot, vietnamese: None, office: Services, tmp_path: Path
) -> None:
    _every_page_fits(qtbot, shown_window(qtbot, office, tmp_path))


def test_the_window_may_be_made_as_small_as_the_screen_leaves(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = shown_window(qtbot, commune, tmp_path)
    room = window.screen().availableGeometry()
    assert window.minimumWidth() <= room.width()
    assert window.minimumHeight() <= room.height() - 40  # the title bar is outside it
    assert window.height() <= room.height() - 40


def test_the_home_page_scrolls_on_a_short_window(
    qtbot: QtBot, vietnamese: None, office: Services, tmp_path: Path
) -> None:
    window = shown_window(qtbot, office, tmp_path)
    window.resize(1024, HEIGHT)
    QApplication.processEvents()
    home = window.home
    assert home is not None and home.todo is not None
    bar = home.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # the to-do list is below the fold, scrolled to
    home.scroll_area.ensureWidgetVisible(home.todo.table)
    QApplication.processEvents()
    table = home.todo.table
    bottom = table.mapTo(home, table.rect().bottomLeft()).y()
    assert bottom <= home.height()
