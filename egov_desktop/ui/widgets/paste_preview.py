"""Shown when a pasted block holds unusable values: every cell, its problem, paste the rest?"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from egov_desktop.ui.models.entry_table_model import ERROR_BACKGROUND
from egov_desktop.ui.models.paste_plan import PasteCell, PastePlan

AnyIndex = QModelIndex | QPersistentModelIndex


class PasteCellsModel(QAbstractTableModel):
    """Place, pasted text and verdict of each pasted cell; the refused ones first."""

    def __init__(self, plan: PastePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cells: list[PasteCell] = plan.invalid + [c for c in plan.cells if c.valid]
        self._titles = (
            QCoreApplication.translate("PastePreview", "Cell"),
            QCoreApplication.translate("PastePreview", "Pasted value"),
            QCoreApplication.translate("PastePreview", "Problem"),
        )

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._cells)

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._titles)

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._cells[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return cell.place
            if index.column() == 1:
                return cell.text
            return cell.problem or QCoreApplication.translate("PastePreview", "OK")
        if role == Qt.ItemDataRole.BackgroundRole and not cell.valid:
            return QBrush(ERROR_BACKGROUND)
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None


class PastePreviewDialog(QDialog):
    """Accept = paste only the valid cells; reject = paste nothing."""

    def __init__(self, plan: PastePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check the pasted values"))
        self.plan = plan
        layout = QVBoxLayout(self)
        bad, good = len(plan.invalid), len(plan.valid)
        self.summary = QLabel(
            self.tr(
                "{bad} of the pasted cells cannot be used. Paste the {good} valid cells only, "
                "or cancel and correct the copied block."
            )
            .replace("{bad}", str(bad))
            .replace("{good}", str(good))
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableView()
        self.table.setModel(PasteCellsModel(plan, self.table))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox()
        self.paste_button = buttons.addButton(
            self.tr("Paste valid cells"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.paste_button.setEnabled(good > 0)
        self.cancel_button = buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 360)


def confirm_paste(plan: PastePlan, parent: QWidget | None) -> bool:
    """Ask whether to paste the valid cells of a partly invalid block."""
    return PastePreviewDialog(plan, parent).exec() == QDialog.DialogCode.Accepted
