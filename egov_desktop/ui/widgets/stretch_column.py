"""One table column takes the width the others leave, but never less than a readable floor.

Qt's own Stretch mode shrinks the column to a sliver when the other columns already fill the
view (the register on a 1024-pixel screen); here the table scrolls sideways instead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView
from typing_extensions import override


class StretchColumn(QObject):
    """Fits `column` of `table` whenever the view or another column changes width."""

    def __init__(self, table: QTableView, column: int, floor: int) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._floor = floor
        table.viewport().installEventFilter(self)
        table.horizontalHeader().sectionResized.connect(self._section_resized)
        self.fit()

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self._column and not header.isSectionHidden(c)
        )
        room = self._table.viewport().width() - others
        self._table.setColumnWidth(self._column, max(self._floor, room))

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column != self._column:
            self.fit()
