"""The home page's "to do" list; a double click opens the report on the entry page."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.errors import UserError
from egov_desktop.ui.models.todo_table_model import TodoTableModel

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import TodoItem


class TodoView(QWidget):
    """Reports to file with their deadlines; `open_requested(form, period code)`."""

    open_requested = Signal(str, str)

    def __init__(self, todo: Callable[[], list[TodoItem]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._todo = todo
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("To do"))
        title.setStyleSheet("font-size: 13pt; font-weight: bold;")
        layout.addWidget(title)
        self.model = TodoTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumWidth(720)
        self.table.setToolTip(self.tr("Double-click a report to open it"))
        # activated: double click, or Enter on the keyboard.
        self.table.activated.connect(self._open)
        layout.addWidget(self.table)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def refresh(self) -> None:
        try:
            items = self._todo()
        except UserError as error:
            self.message.setText(error.message)
            return
        self.message.setText("")
        self.model.set_items(items)
        self.table.resizeColumnsToContents()
        # Exactly as tall as its rows: the list reads as part of the page, not a scrolling box.
        rows = max(self.model.rowCount(), 1)
        height = (
            self.table.horizontalHeader().sizeHint().height()
            + rows * self.table.verticalHeader().defaultSectionSize()
            + 2 * self.table.frameWidth()
        )
        self.table.setFixedHeight(height)

    def _open(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.open_requested.emit(item.form, item.period_code)
