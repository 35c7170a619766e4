"""The office enters a subordinate unit's report itself (a unit without the application)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.errors import UserError
from egov_desktop.services.entry import EntryService
from egov_desktop.services.filled_import import FilledReportService
from egov_desktop.services.unit_entry import UnitEntry
from egov_desktop.ui.errors import show_user_error
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
        filled: FilledReportService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._filled = filled
        self._unit = unit_code
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
        self.entry_view.without_register()
        layout.addWidget(self.entry_view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.read_button = buttons.addButton(
            self.tr("Read the unit's Excel file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.read_button.setToolTip(
            self.tr("A copy of the form's template filled in by the unit: its figures are read in")
        )
        self.read_button.clicked.connect(self._choose_excel)
        self.read_button.setVisible(filled is not None)
        buttons.rejected.connect(self.accept)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        layout.addWidget(buttons)
        self.entry_view.refresh()
        self.entry_view.open(form, period)

    def read_excel(self, path: Path) -> int | None:
        """Read the unit's filled-in copy of the template; the number of figures stored."""
        if self._filled is None or not self.entry_view.form_code:
            return None
        try:
            changed = self._filled.apply(
                path,
                form=self.entry_view.form_code,
                period=self.entry_view.period_code,
                unit=self._unit,
            )
        except UserError as error:
            show_user_error(self, error)
            return None
        self.entry_view.reload()
        self.entry_view.show_message(
            self.tr("{count} figure(s) read from {file}.")
            .replace("{count}", str(len(changed)))
            .replace("{file}", path.name)
        )
        return len(changed)

    def _choose_excel(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Read the unit's Excel file"), "", self.tr("Excel files (*.xlsx)")
        )
        if chosen:
            self.read_excel(Path(chosen))
