"""Days after the end of its period each report is due; the to-do list counts down to them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.errors import UserError
from egov_desktop.ui.errors import show_user_error

if TYPE_CHECKING:
    from egov_desktop.services.deadlines import DeadlineService

#: Same bound as the service enforces (a year).
MAX_DAYS = 365


class DeadlinesEditor(QGroupBox):
    """One spin box per form; Save stores only the forms whose figure changed."""

    saved = Signal()

    def __init__(self, deadlines: DeadlineService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = deadlines
        self.setTitle(self.tr("Reporting deadlines"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Days after the end of the period by which each report is due. "
                "The to-do list on the home page counts down to these dates."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        # A grid, not a form: a form's labels never wrap, and a form's full title ("II.06a — TÌNH
        # HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC …") made the page wider than a 1024-pixel screen.
        self._grid = QGridLayout()
        self._grid.setColumnStretch(0, 1)
        layout.addLayout(self._grid)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save deadlines"))
        self.save_button.clicked.connect(self.save)
        self.defaults_button = QPushButton(self.tr("Restore defaults"))
        self.defaults_button.clicked.connect(self.restore_defaults)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.defaults_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        self._defaults: dict[str, int] = {}
        self._stored: dict[str, int] = {}
        self.refresh()

    def refresh(self) -> None:
        """Show the stored deadlines."""
        for item in self._service.list():
            spin = self.spins.get(item.form)
            if spin is None:
                spin = QSpinBox()
                spin.setRange(0, MAX_DAYS)
                spin.setSuffix(self.tr(" days after the period"))
                spin.setToolTip(
                    self.tr("Default: {days} days").replace("{days}", str(item.default_days))
                )
                self.spins[item.form] = spin
                label = QLabel(f"{item.form} — {item.title}")
                label.setWordWrap(True)
                label.setBuddy(spin)
                self.labels[item.form] = label
                row = self._grid.rowCount()
                self._grid.addWidget(label, row, 0)
                self._grid.addWidget(spin, row, 1)
            spin.setValue(item.days)
            self._defaults[item.form] = item.default_days
            self._stored[item.form] = item.days

    def restore_defaults(self) -> None:
        """Put every form's default in its box (Save stores them)."""
        for form, spin in self.spins.items():
            spin.setValue(self._defaults[form])

    def save(self) -> None:
        """Store the changed deadlines, each in its own audited transaction."""
        try:
            for form, spin in self.spins.items():
                days = spin.value()
                if days != self._stored[form]:
                    self._service.set(form, None if days == self._defaults[form] else days)
        except UserError as error:
            show_user_error(self, error)
        self.refresh()
        self.saved.emit()
