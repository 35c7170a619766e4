"""A 1024×600 screen with a taskbar, for a dialog's first size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

#: What a 1024×600 screen leaves above a 40-pixel taskbar.
ROOM = QRect(0, 0, 1024, 560)


def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Make every screen report `ROOM` as its free room; returns it."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(ROOM))
    return ROOM
