"""The office enters a subordinate unit's report itself (a unit without the application)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from egov_desktop.services.entry import EntryService
from egov_desktop.services.unit_entry import UnitEntry
from egov_desktop.ui.views.entry_view import EntryView


class UnitEntryDialog(QDialog):
    """The entry screen bound to one unit; figures typed here are marked as the office's own."""

    def __init__(
        self,
        entry: EntryService,
        unit_code: str,
        unit_name: str,
        *,
        form: str,
        period: str,
        period_mode: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Figures of {unit} entered by the office").replace("{unit}", unit_name)
        )
        self.resize(1200, 700)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "{unit} ({code}) sends no package: the figures typed here are kept as entered "
                "by the office, and a package the unit sends later is compared with them."
            )
            .replace("{unit}", unit_name)
            .replace("{code}", unit_code)
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        self.entry_view = EntryView(UnitEntry(entry, unit_code), period_mode=period_mode)
        layout.addWidget(self.entry_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        layout.addWidget(buttons)
        self.entry_view.refresh()
        self.entry_view.open(form, period)
