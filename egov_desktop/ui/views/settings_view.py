"""Settings page: period mode and the names printed in signature blocks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import MODE_CALENDAR, MODE_CUTOFF
from egov_desktop.errors import UserError
from egov_desktop.services.dto import SetupRequest

if TYPE_CHECKING:
    from egov_desktop.services.setup import SetupService
from egov_desktop.ui.errors import show_user_error


class SettingsView(QWidget):
    """Edits what may change after setup; the unit itself stays bound to the data folder."""

    saved = Signal()

    def __init__(self, setup: SetupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = setup
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        title = QLabel(self.tr("Settings"))
        title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        layout.addWidget(title)
        form = QFormLayout()
        self.unit_label = QLabel()
        self.mode = QComboBox()
        self.mode.addItem(
            self.tr("Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)"), MODE_CUTOFF
        )
        self.mode.addItem(self.tr("Calendar periods"), MODE_CALENDAR)
        self.officer = QLineEdit()
        self.officer.setMaxLength(100)
        self.head = QLineEdit()
        self.head.setMaxLength(100)
        form.addRow(self.tr("Unit:"), self.unit_label)
        form.addRow(self.tr("Period mode:"), self.mode)
        form.addRow(self.tr("Officer preparing reports:"), self.officer)
        form.addRow(self.tr("Head of the unit:"), self.head)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        self.status = QLabel()
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored values."""
        info = self._setup.require()
        self.unit_label.setText(f"{info.unit.name} ({info.unit.code}), {info.unit.province_name}")
        self.mode.setCurrentIndex(max(0, self.mode.findData(info.period_mode)))
        self.officer.setText(info.officer)
        self.head.setText(info.head)
        self.status.clear()

    def save(self) -> None:
        """Store the edits in one audited transaction."""
        info = self._setup.require()
        request = SetupRequest(
            unit_code=info.unit.code,
            role=info.role,
            catalog=info.catalog,
            period_mode=str(self.mode.currentData()),
            officer=self.officer.text(),
            head=self.head.text(),
        )
        try:
            self._setup.apply(request, actor=self.officer.text() or info.officer)
        except UserError as error:
            show_user_error(self, error)
            return
        self.refresh()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
