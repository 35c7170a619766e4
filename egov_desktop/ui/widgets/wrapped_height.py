"""Items as tall as their text wrapped at the width the view paints it in.

Qt's own size hint wraps at a width of its own: with some styles (Windows) and in a column
that narrowed since, it came out a line short of what is painted, and the last line was cut.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

Index = QModelIndex | QPersistentModelIndex


class WrappedHeight(QStyledItemDelegate):
    """Heights for `view`'s items wrapped at `width(index)` pixels, plus `padding` (vertical)."""

    def __init__(
        self, view: QAbstractItemView, width: Callable[[Index], int], padding: int
    ) -> None:
        super().__init__(view)
        self._view = view
        self._width = width
        self._padding = padding

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        width = self._width(index)
        if width <= 0:
            return hint
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = QRect(0, 0, width, 100_000)
        lines = self._view.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), lines.height() + self._padding))
