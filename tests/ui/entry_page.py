"""Driving the entry page as a clerk does: keys to whichever widget has the focus, the cell to
type into, and the figures the fake service stored (the fixtures are in conftest.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.ui.views.entry_view import EntryView
from tests.ui.fakes import FakeEntryService

FORM, Q3, Q2 = "II.06a", "2025-Q3", "2025-Q2"
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def shown(qtbot: QtBot, page: EntryView) -> EntryView:
    """`page` shown at a desk size, active and opened on its first form's current period."""
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def press(*keys: str | K | tuple[K, Qt.KeyboardModifier]) -> None:
    """Type as on a keyboard: each key goes to whichever widget has the focus."""
    for key in keys:
        if isinstance(key, str):
            for char in key:
                _send(char, Qt.KeyboardModifier.NoModifier)
        elif isinstance(key, tuple):
            _send(*key)
        else:
            _send(key, Qt.KeyboardModifier.NoModifier)


def _send(key: str | K, modifier: Qt.KeyboardModifier) -> None:
    from PySide6.QtTest import QTest

    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()  # Qt commits an editor on Enter through a queued call


def go(view: EntryView, row: int, column: int) -> None:
    view.table.setCurrentIndex(view.model.index(row, column))
    view.table.setFocus()


def current(view: EntryView) -> tuple[int, int]:
    index = view.table.currentIndex()
    return index.row(), index.column()


def stored(service: FakeEntryService, sector: int, column: int, period: str = Q3) -> int | None:
    return service._value(FORM, period, sector, column)


def problem_texts(view: EntryView) -> list[str]:
    return [view.problems.item(i).text() for i in range(view.problems.count())]
