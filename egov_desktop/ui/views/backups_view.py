"""Backups page: what exists, and a backup made on demand."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.errors import UserError
from egov_desktop.ui.errors import show_user_error

if TYPE_CHECKING:
    from egov_desktop.services.backups import BackupService


class BackupsView(QWidget):
    """Lists the backups folder and makes a backup on request."""

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Backups"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        note = QLabel(
            self.tr(
                "A backup is made every day, before every upgrade of the database and before "
                "every restore. Copy the backups folder to a USB drive from time to time."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        self.create_button = QPushButton(self.tr("Back up now"))
        self.create_button.clicked.connect(self.create_backup)
        self.open_button = QPushButton(self.tr("Open backups folder"))
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._backups.folder)))
        )
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made at"), self.tr("Reason"), self.tr("File")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.refresh()

    def _reason_text(self, reason: str) -> str:
        if reason.startswith("before-migrate"):
            return self.tr("Before database upgrade")
        texts = {
            "daily": self.tr("Daily"),
            "manual": self.tr("On demand"),
            "before-restore": self.tr("Before restore"),
        }
        return texts.get(reason, reason)

    def refresh(self) -> None:
        """Reload the list."""
        items = self._backups.list()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            self.table.setItem(row, 0, QTableWidgetItem(f"{item.created_at:%d/%m/%Y %H:%M:%S}"))
            self.table.setItem(row, 1, QTableWidgetItem(self._reason_text(item.reason)))
            self.table.setItem(row, 2, QTableWidgetItem(str(item.path)))
        self.table.resizeColumnsToContents()

    def create_backup(self) -> None:
        """Back up now and show it at the top of the list."""
        try:
            self._backups.create("manual")
        except UserError as error:
            show_user_error(self, error)
        self.refresh()
