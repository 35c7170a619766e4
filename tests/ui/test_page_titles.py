"""Every page's title has the same size and place: switching pages does not move it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.main_window import MainWindow
from egov_desktop.ui.widgets.page_title import PAGE_TITLE
from tests.ui.helpers import shown_window


def _title(window: MainWindow, page_name: str) -> QLabel:
    """The title of the page `page_name`, opened from the navigation list."""
    assert window.nav is not None and window.pages is not None
    for row in range(window.pages.count()):
        page: QWidget = window.pages.widget(row)
        if type(page).__name__ == page_name:
            window.nav.setCurrentRow(row)
            QApplication.processEvents()
            title = page.findChild(QLabel, PAGE_TITLE)
            assert title is not None, page_name
            return title
    raise AssertionError(f"no {page_name} page")


@pytest.mark.parametrize(
    "page_name",
    [
        "SendView",
        "TemplatesView",
        "DvcView",
        "TargetsView",
        "RegisterView",
        "SectorsView",
        "BackupsView",
        "SettingsView",
        "AboutView",
    ],
)
def test_the_title_has_the_entry_page_s_size_and_place(
    qtbot: QtBot, commune: Services, tmp_path: Path, page_name: str
) -> None:
    window = shown_window(qtbot, commune, tmp_path)
    entry = _title(window, "EntryView")
    where = entry.mapTo(window, QPoint(0, 0))
    size = entry.font().pointSize()
    title = _title(window, page_name)
    assert title.isVisible()
    assert title.font().pointSize() == size == 16
    assert title.mapTo(window, QPoint(0, 0)) == where
    for page in (window.targets_view, window.dvc_view, window.report):
        if page is not None:  # a page's background load ends before the window closes
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=10_000)


def test_the_office_s_receive_page_has_the_title_of_its_other_pages(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    window = shown_window(qtbot, office, tmp_path)
    report = _title(window, "ReportView")
    where, size = report.mapTo(window, QPoint(0, 0)), report.font().pointSize()
    title = _title(window, "ReceiveView")
    assert title.isVisible()
    assert (title.font().pointSize(), title.mapTo(window, QPoint(0, 0))) == (size, where)
    if window.report is not None:
        qtbot.waitUntil(lambda: not window.report.is_busy(), timeout=10_000)


def test_a_long_title_beside_buttons_does_not_widen_its_page_past_a_small_screen(
    qtbot: QtBot, vietnamese: None, commune: Services, tmp_path: Path
) -> None:
    window = shown_window(qtbot, commune, tmp_path)
    window.resize(1024, 560)
    assert window.nav is not None and window.targets_view is not None
    _title(window, "TargetsView")
    room = 1024 - window.nav.width()
    assert window.targets_view.minimumSizeHint().width() <= room
    qtbot.waitUntil(lambda: not window.targets_view.is_busy(), timeout=10_000)
