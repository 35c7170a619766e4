"""Input as a user produces it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot


def double_click(qtbot: QtBot, widget: QWidget, pos: QPoint) -> None:
    """A real double click: a first click, then the double-click event on the same spot."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)
