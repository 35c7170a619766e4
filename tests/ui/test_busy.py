"""The wait cursor is shown during a task and removed however the task ends."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from egov_desktop.ui.busy import busy


def test_the_wait_cursor_comes_and_goes(qapp: QApplication) -> None:
    with busy():
        cursor = QGuiApplication.overrideCursor()
        assert cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
    assert QGuiApplication.overrideCursor() is None
    with pytest.raises(RuntimeError), busy():
        raise RuntimeError("failed")
    assert QGuiApplication.overrideCursor() is None
