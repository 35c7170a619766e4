"""Where the keys go is seen: a selection is drawn full blue only in the list or grid that has
the keyboard, and in a quieter colour, still readable, in the others."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.entry_view import EntryView
from tests.registers import add_dossier
from tests.ui.helpers import shown_window

CTRL = Qt.KeyboardModifier.ControlModifier


def _luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2 defines it."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """WCAG 2's contrast ratio of two colours, 1 (alike) to 21 (black on white)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _drawn(view: QAbstractItemView, index: QModelIndex) -> QColor:
    """The colour most of the cell at `index` is painted in: its background, not its text."""
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index).adjusted(2, 2, -2, -2)
    counts = Counter(
        image.pixel(x, y)
        for x in range(rect.left(), rect.right() + 1)
        for y in range(rect.top(), rect.bottom() + 1)
    )
    return QColor.fromRgb(counts.most_common(1)[0][0])


def _apart(focused: QColor, quiet: QColor) -> None:
    """Told apart at a glance: not a shade of the same blue."""
    assert abs(focused.lightness() - quiet.lightness()) >= 40, (focused.name(), quiet.name())


def _readable(view: QAbstractItemView, background: QColor) -> None:
    """The selected text stays readable on the quiet selection (WCAG AA, 4.5:1)."""
    group = QPalette.ColorGroup.Inactive
    text = view.palette().color(group, QPalette.ColorRole.HighlightedText)
    assert view.palette().color(group, QPalette.ColorRole.Highlight).name() == background.name()
    assert contrast(text, background) >= 4.5


def test_the_page_list_s_selection_tells_whether_it_has_the_keyboard(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = shown_window(qtbot, commune, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    nav = window.nav
    assert nav is not None and window.register is not None
    nav.setCurrentRow(3)
    index = nav.currentIndex()
    focused = _drawn(nav, index)
    qtbot.keyClick(nav, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.register.search
    quiet = _drawn(nav, index)
    _apart(focused, quiet)
    assert quiet != nav.palette().color(QPalette.ColorRole.Base)  # still seen as chosen
    _readable(nav, quiet)
    qtbot.keyClick(window.register.search, Qt.Key.Key_F6)
    assert _drawn(nav, index) == focused


def test_the_register_list_s_selection_tells_whether_it_has_the_keyboard(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    add_dossier(commune, "A1", date(2025, 7, 1), due=date(2025, 7, 10))
    window = shown_window(qtbot, commune, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.nav is not None and window.register is not None
    qtbot.keyClick(window.nav, Qt.Key.Key_4, CTRL)
    table = window.register.table
    table.selectRow(0)
    table.setFocus()
    index = table.model().index(0, 0)
    focused = _drawn(table, index)
    window.register.search.setFocus()
    quiet = _drawn(table, index)
    _apart(focused, quiet)
    _readable(table, quiet)


def test_the_entry_grid_s_selection_tells_whether_it_has_the_keyboard(
    entry_view: EntryView,
) -> None:
    table = entry_view.table
    entry_view.focus_start()
    index = table.currentIndex()
    assert table.selectionModel().isSelected(index)
    focused = _drawn(table, index)
    entry_view.form_combo.setFocus()
    quiet = _drawn(table, index)
    _apart(focused, quiet)
    _readable(table, quiet)
