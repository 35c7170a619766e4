"""A dialog's first size: what suits its content, never more than the screen leaves."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

#: The title bar sits above a dialog's height: a dialog as tall as the screen's free room
#: would have its buttons under the taskbar.
TITLE_BAR = 40


def fit_to_screen(dialog: QWidget, width: int, height: int) -> None:
    """Resize `dialog` to `width`×`height`, less what a 1024×600 screen does not have."""
    room = dialog.screen().availableGeometry()
    dialog.resize(min(width, room.width()), min(height, room.height() - TITLE_BAR))
