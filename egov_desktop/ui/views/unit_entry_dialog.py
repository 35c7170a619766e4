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
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.completeness import CompletenessService
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
        completeness: CompletenessService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`completeness` tells the banner what the office holds of the unit's report."""
        super().__init__(parent)
        self._filled = filled
        self._unit = unit_code
        self.setWindowTitle(
            self.tr("Figures of {unit} entered by the office").replace("{unit}", unit_name)
        )
        self.resize(1200, 700)
        layout = QVBoxLayout(self)
        self._name = unit_name
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._unit_entry = UnitEntry(entry, unit_code, completeness)
        self.entry_view = EntryView(self._unit_entry, period_mode=period_mode)
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
        self.entry_view.opened.connect(self._show_held)
        self.entry_view.open(form, period)
        if not self.note.text() and self.entry_view.form_code:  # `form` is not an entry form
            self._show_held(self.entry_view.form_code, self.entry_view.period_code)

    def _show_held(self, form: str, period: str) -> None:
        """What the office holds of this report, and what becomes of figures changed here."""
        held = self._unit_entry.held(form=form, period=period)
        if held is None:
            text = self.tr(
                "Figures typed here for {unit} ({code}) are kept as entered by the office."
            )
        elif held.version is None:  # nothing received (the office may have typed figures)
            text = self.tr(
                "{unit} ({code}) has sent no package of {form} for this period: the figures "
                "typed here are kept as entered by the office, and a package the unit sends "
                "later is compared with them."
            )
        else:
            text = {
                dto.ACCEPTED: self.tr(
                    "{unit} ({code}) sent {form}: submission {version} of {date} was received "
                    "and accepted. Figures changed here are kept as entered by the office."
                ),
                dto.RETURNED: self.tr(
                    "{unit} ({code}) sent {form}: submission {version} of {date} was received "
                    "and returned to the unit. Figures changed here are kept as entered by the "
                    "office."
                ),
            }.get(
                held.status,
                self.tr(
                    "{unit} ({code}) sent {form}: submission {version} of {date} was received. "
                    "Figures changed here are kept as entered by the office."
                ),
            )
            sent = held.sent_at or held.received_at
            text = text.replace("{version}", str(held.version)).replace(
                "{date}", f"{sent:%d/%m/%Y}" if sent is not None else ""
            )
            if held.sent_by:  # a pre-reform period: the old communes it took over sent it
                text += " " + self.tr("Sent by: {units}.").replace(
                    "{units}", "; ".join(held.sent_by)
                )
        self.note.setText(
            text.replace("{unit}", self._name)
            .replace("{code}", self._unit_entry.unit)
            .replace("{form}", form)
        )

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
