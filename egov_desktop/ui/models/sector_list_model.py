"""The unit's sectors in their order, hidden ones greyed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from typing_extensions import override

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import SectorInfo

#: Custom role: the SectorInfo of a row.
SectorRole = Qt.ItemDataRole.UserRole + 1
HIDDEN_FOREGROUND = QColor("#808080")
AnyIndex = QModelIndex | QPersistentModelIndex


class SectorListModel(QAbstractListModel):
    """Read-only list; changes go through SectorService and come back with `set_sectors`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._sectors: list[SectorInfo] = []
        self._italic = QFont()
        self._italic.setItalic(True)

    def set_sectors(self, sectors: list[SectorInfo]) -> None:
        self.beginResetModel()
        self._sectors = list(sectors)
        self.endResetModel()

    def sector(self, row: int) -> SectorInfo | None:
        return self._sectors[row] if 0 <= row < len(self._sectors) else None

    def row_of(self, sector_id: int) -> int:
        return next((i for i, s in enumerate(self._sectors) if s.id == sector_id), -1)

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._sectors)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        sector = self._sectors[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if sector.hidden:
                hidden = QCoreApplication.translate("SectorListModel", "hidden")
                return f"{index.row() + 1}. {sector.name} ({hidden})"
            return f"{index.row() + 1}. {sector.name}"
        if role == Qt.ItemDataRole.ForegroundRole and sector.hidden:
            return QBrush(HIDDEN_FOREGROUND)
        if role == Qt.ItemDataRole.FontRole and sector.hidden:
            return self._italic
        if role == SectorRole:
            return sector
        return None
