"""The entry page's message: wrapped and selectable, as tall as its text up to a bound."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.ui.widgets.message_bar import MAX_LINES, MessageBar

WORDS = "Không thể lấy cột (6) từ kỳ trước vì hai kỳ không nối tiếp nhau. "


@pytest.fixture
def bar(qtbot: QtBot) -> Iterator[MessageBar]:
    """A bar at the top of a page 500 pixels wide (its window, kept alive here)."""
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    shown = MessageBar(page)
    layout.addWidget(shown)
    layout.addStretch(1)
    page.resize(500, 400)
    page.show()
    qtbot.waitExposed(page)
    yield shown


def test_nothing_to_say_hides_the_bar_and_the_cross_closes_it(
    qtbot: QtBot, bar: MessageBar
) -> None:
    assert bar.isHidden()
    bar.show_text("Đã lấy 2 số liệu từ kỳ trước.")
    assert bar.isVisible() and not bar.error
    bar.show_text("Số âm không hợp lệ.", error=True)
    assert bar.error and bar.text() == "Số âm không hợp lệ."
    qtbot.mouseClick(bar.close_button, Qt.MouseButton.LeftButton)
    assert bar.isHidden() and bar.text() == ""
    bar.show_text("Lỗi", error=True)
    bar.show_text("")
    assert bar.isHidden() and not bar.error


def test_a_long_message_wraps_and_can_be_copied(bar: MessageBar) -> None:
    bar.show_text(WORDS * 3, error=True)
    label = bar.label
    assert label.wordWrap()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.width() <= bar.area.viewport().width()
    assert label.height() >= label.heightForWidth(label.width())
    assert bar.area.viewport().height() >= label.height()  # every line in sight
    assert not bar.area.verticalScrollBar().isVisible()


def test_a_very_long_message_scrolls_within_a_bounded_height(bar: MessageBar) -> None:
    bar.show_text(WORDS * 40, error=True)
    QApplication.processEvents()  # the scroll area sets its range once the text is laid out
    lines = bar.area.viewport().height() / bar.label.fontMetrics().lineSpacing()
    assert MAX_LINES - 1 < lines <= MAX_LINES
    assert bar.area.verticalScrollBar().isVisible()
    assert bar.label.height() >= bar.label.heightForWidth(bar.label.width())  # reached by scroll
    bar.show_text(WORDS, error=True)  # shorter: as tall as its two lines
    assert bar.area.height() == bar.label.heightForWidth(bar.area.viewport().width())
    assert not bar.area.verticalScrollBar().isVisible()
    bar.window().resize(1000, 400)  # wider: one line
    QApplication.processEvents()
    assert bar.area.height() == bar.label.fontMetrics().lineSpacing()
