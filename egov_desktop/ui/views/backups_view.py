"""Backups page: what exists, a backup made on demand, and a restore of the chosen one."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.text import size_text
from egov_desktop.errors import UserError
from egov_desktop.services import backups as reasons
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.selection import single_selected
from egov_desktop.ui.widgets.page_title import PAGE_MARGINS, page_title

if TYPE_CHECKING:
    from egov_desktop.services.backups import BackupService
    from egov_desktop.services.dto import BackupInfo


class BackupsView(QWidget):
    """Lists the backups folder, makes a backup on request and asks for a restore."""

    #: The user confirmed restoring this backup file (the window does it: it reopens the data).
    restore_requested = Signal(Path)

    def __init__(
        self, backups: BackupService, *, can_restore: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._backups = backups
        self._items: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        title = page_title(self.tr("Backups"))
        layout.addWidget(title)
        note = QLabel(
            self.tr(
                "A backup is made every day, before every upgrade of the database, every import "
                "and every restore. Copy the backups folder to a USB drive from time to time. "
                "When the backups would take more than a tenth of the disk, or leave it short "
                "of space, the oldest make room for the next one; the newest five, each "
                "month's newest and those made before an upgrade always stay."
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
        self.restore_button = QPushButton(self.tr("Restore the selected backup…"))
        self.restore_button.setEnabled(False)
        self.restore_button.setVisible(can_restore)
        self.restore_button.clicked.connect(self.request_restore)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made at"), self.tr("Reason"), self.tr("File")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None)
        )
        layout.addWidget(self.table)
        self.space = QLabel()
        self.space.setWordWrap(True)
        layout.addWidget(self.space)
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list."""
        items = self._backups.list()
        self._items = items
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            self.table.setItem(row, 0, QTableWidgetItem(f"{item.created_at:%d/%m/%Y %H:%M:%S}"))
            self.table.setItem(row, 1, QTableWidgetItem(reasons.reason_label(item.reason)))
            # Every backup is in the same folder ("Open backups folder"): its name tells them
            # apart, where the whole path ran off the page.
            name = QTableWidgetItem(item.path.name)
            name.setToolTip(str(item.path))
            self.table.setItem(row, 2, name)
        for column in (0, 1):  # the file's column takes the rest of the width
            self.table.resizeColumnToContents(column)
        used, free = self._backups.space()
        text = self.tr("{count} backups take {used}.")
        if free is not None:
            text = self.tr("{count} backups take {used}; the disk has {free} free.")
        self.space.setText(
            text.replace("{count}", str(len(items)))
            .replace("{used}", size_text(used))
            .replace("{free}", size_text(free or 0))
        )

    def create_backup(self) -> None:
        """Back up now and show it at the top of the list."""
        try:
            self._backups.create(reasons.MANUAL)
        except UserError as error:
            show_user_error(self, error)
        self.refresh()

    def selected(self) -> BackupInfo | None:
        return single_selected(self.table, self._items)

    def request_restore(self) -> None:
        """Ask, then hand the chosen backup to the window (which closes and reopens the data)."""
        item = self.selected()
        if item is not None and self.confirm_restore(item):
            self.restore_requested.emit(item.path)

    def confirm_restore(self, item: BackupInfo) -> bool:
        # Enter on a box read too quickly must not replace everything entered since the backup.
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.restore_question(item),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_question(self, item: BackupInfo) -> str:
        """What a restore of `item` does, and which sent packages its history no longer lists."""
        text = self.tr(
            "Put the data back as it was on {when}? Everything entered since then is "
            "replaced. The data as it is now is backed up first, so this can be undone by "
            "restoring that backup."
        ).replace("{when}", f"{item.created_at:%H:%M:%S %d/%m/%Y}")
        other = self._backups.other_unit(item.path)
        if other is not None:
            text += "\n\n" + self.tr(
                "This backup holds the data of another unit, {unit}: after the restore this "
                "data folder works for that unit."
            ).replace("{unit}", other)
        sent = self._backups.sent_after(item.path)
        if sent:
            files = ", ".join(sent[:3]) + (", …" if len(sent) > 3 else "")
            text += "\n\n" + self.tr(
                "{count} package(s) sent after this backup ({files}) will no longer be in the "
                "history of sent packages; the next package is numbered after them."
            ).replace("{count}", str(len(sent))).replace("{files}", files)
        return text

    def show_restored(self, source: Path, safety: BackupInfo | None) -> None:
        """Say what the restore did, once the window shows the restored data."""
        text = self.tr("The data was restored from {file}.").replace("{file}", source.name)
        if safety is not None:
            text += " " + self.tr("The data as it was before is kept in {file}.").replace(
                "{file}", safety.path.name
            )
        self.message.setText(text)
