"""Reports to file: each form and period with its status and the days left to its deadline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from typing_extensions import override

from egov_desktop.services.entry_dto import STATUS_DONE, STATUS_EMPTY, STATUS_IN_PROGRESS

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import TodoItem

#: Column constants.
FORM, PERIOD, STATUS, DEADLINE, LEFT = range(5)
#: Custom role: the TodoItem of a row.
ItemRole = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b00000")
DONE = QColor("#1d6b2c")
AnyIndex = QModelIndex | QPersistentModelIndex


def status_text(status: str, item: TodoItem | None = None) -> str:
    """The status as the clerk reads it; at an office, how many units have reported."""
    if item is not None and item.expected is not None:
        return (
            QCoreApplication.translate("TodoTableModel", "{n} of {m} units reported")
            .replace("{n}", str(item.reported or 0))
            .replace("{m}", str(item.expected))
        )
    return {
        STATUS_EMPTY: QCoreApplication.translate("TodoTableModel", "Not started"),
        STATUS_IN_PROGRESS: QCoreApplication.translate("TodoTableModel", "In progress"),
        STATUS_DONE: QCoreApplication.translate("TodoTableModel", "Complete"),
    }.get(status, status)


def days_text(item: TodoItem) -> str:
    """Days left ("5 days left"), "due today" or overdue; a filed report says so instead."""
    if item.status == STATUS_DONE:
        if item.expected is not None:
            return QCoreApplication.translate("TodoTableModel", "all received")
        return QCoreApplication.translate("TodoTableModel", "filed")
    if item.days_left > 0:
        return QCoreApplication.translate("TodoTableModel", "{n} days left").replace(
            "{n}", str(item.days_left)
        )
    if item.days_left == 0:
        return QCoreApplication.translate("TodoTableModel", "due today")
    return QCoreApplication.translate("TodoTableModel", "{n} days overdue").replace(
        "{n}", str(-item.days_left)
    )


class TodoTableModel(QAbstractTableModel):
    """Rows as the service orders them (soonest deadline first); overdue ones in red."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[TodoItem] = []
        self._bold = QFont()
        self._bold.setBold(True)
        self._titles = (
            QCoreApplication.translate("TodoTableModel", "Form"),
            QCoreApplication.translate("TodoTableModel", "Period"),
            QCoreApplication.translate("TodoTableModel", "Status"),
            QCoreApplication.translate("TodoTableModel", "Deadline"),
            QCoreApplication.translate("TodoTableModel", "Time"),
        )

    def set_items(self, items: list[TodoItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> TodoItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    @staticmethod
    def overdue(item: TodoItem) -> bool:
        return item.days_left < 0 and item.status != STATUS_DONE

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                item.form,
                item.period_label,
                status_text(item.status, item),
                f"{item.deadline:%d/%m/%Y}",
                days_text(item),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.form} — {item.form_title}"
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.overdue(item):
                return QBrush(OVERDUE)
            if item.status == STATUS_DONE:
                return QBrush(DONE)
            return None
        if role == Qt.ItemDataRole.FontRole and self.overdue(item) and column == LEFT:
            return self._bold
        if role == ItemRole:
            return item
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None
