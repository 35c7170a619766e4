"""The office enters a subordinate unit's report itself (a unit without the application).

Before 1 July 2025 a province office's 2025 commune did not exist yet: its row is the sum of
the old communes it took over, and the dialog asks which old commune's figures are typed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period
from egov_desktop.errors import UserError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.completeness import CompletenessService
from egov_desktop.services.entry import EntryService
from egov_desktop.services.entry_dto import UnitRef
from egov_desktop.services.filled_import import FilledReportService
from egov_desktop.services.unit_entry import UnitEntry
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.views.entry_view import EntryView
from egov_desktop.ui.widgets.page_title import PAGE_TITLE
from egov_desktop.ui.widgets.screen_fit import fit_to_screen


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
        self.setWindowTitle(
            self.tr("Figures of {unit} entered by the office").replace("{unit}", unit_name)
        )
        # Wide enough for the form's 13 columns, never larger than the screen leaves under
        # the title bar (its buttons stay above a 1024×600 screen's taskbar).
        fit_to_screen(self, 1200, 700)
        layout = QVBoxLayout(self)
        self._name = unit_name
        # Whose figures these are, in a banner aligned with the entry screen's content.
        banner = QFrame()
        banner.setObjectName("unitBanner")
        banner.setStyleSheet(
            "#unitBanner { background: #eef4fb; border: 1px solid #c5d9ef; border-radius: 4px; }"
        )
        inside = QVBoxLayout(banner)
        inside.setContentsMargins(10, 6, 10, 6)
        top = QHBoxLayout()
        top.setContentsMargins(16, 4, 16, 0)  # EntryView's own margins
        top.addWidget(banner)
        layout.addLayout(top)
        self.note = QLabel()
        self.note.setWordWrap(True)
        inside.addWidget(self.note)
        # Shown for a period before the reform: whose figures, among the old communes.
        self.old_box = QWidget()
        old_row = QHBoxLayout(self.old_box)
        old_row.setContentsMargins(0, 0, 0, 0)
        old_label = QLabel(self.tr("Old commune:"))
        old_label.setStyleSheet("font-weight: bold;")
        old_row.addWidget(old_label)
        self.old_combo = QComboBox()
        self.old_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.old_combo.activated.connect(self._old_chosen)
        old_label.setBuddy(self.old_combo)
        old_row.addWidget(self.old_combo)
        old_row.addStretch(1)
        self.old_box.setVisible(False)
        inside.addWidget(self.old_box)
        self._unit_entry = UnitEntry(entry, unit_code, completeness)
        self.entry_view = EntryView(self._unit_entry, period_mode=period_mode)
        self.entry_view.without_register()
        # The window's title already says what the page's own would ("Report entry").
        for title in self.entry_view.findChildren(QLabel, PAGE_TITLE):
            title.hide()
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
        bottom = QHBoxLayout()
        bottom.setContentsMargins(16, 0, 16, 0)  # aligned with the entry screen's content
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.entry_view.refresh()
        self.entry_view.opened.connect(self._show_held)
        # The old communes' states change as their figures are typed.
        self.entry_view.undo_stack.indexChanged.connect(self._refresh_old)
        self.entry_view.open(form, period)
        if not self.note.text() and self.entry_view.form_code:  # `form` is not an entry form
            self._show_held(self.entry_view.form_code, self.entry_view.period_code)
        # The page's buttons are a dialog's "auto default" ones here: Enter in the form list
        # clicked the first of them, ◀, and showed the period before. Enter is Close's (every
        # figure is saved as it is typed); in the grid it moves down, as on the page.
        for button in self.entry_view.findChildren(QPushButton):
            button.setAutoDefault(False)
        close.setDefault(True)
        self.entry_view.focus_start()

    def _show_held(self, form: str, period: str) -> None:
        """What the office holds of this report, and what becomes of figures changed here."""
        try:
            target = self._unit_entry.target(form=form, period=period)
        except UserError as error:  # a 2025 commune no old commune is summed into
            self.old_box.setVisible(False)
            self.note.setText(error.message)
            return
        held = self._unit_entry.held(form=form, period=period)
        self.old_box.setVisible(target.old)
        if target.old:
            self._show_old(target, period, held)
            return
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
                    "{unit} ({code}) sent {form}: package v{version} of {date} was received "
                    "and accepted. Figures changed here are kept as entered by the office."
                ),
                dto.RETURNED: self.tr(
                    "{unit} ({code}) sent {form}: package v{version} of {date} was received "
                    "and returned to the unit. Figures changed here are kept as entered by the "
                    "office."
                ),
            }.get(
                held.status,
                self.tr(
                    "{unit} ({code}) sent {form}: package v{version} of {date} was received. "
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

    def _show_old(self, target: UnitRef, period: str, held: dto.CompletenessEntry | None) -> None:
        """Before the reform: the old communes to choose from, each with what the office holds."""
        self.note.setText(
            self.tr(
                "{period} ends before 1 July 2025, when {unit} ({code}) did not exist yet: its "
                "report is the sum of the reports of the old communes it took over, each entered "
                "on its own. Figures typed here are the chosen old commune's, kept as entered by "
                "the office."
            )
            .replace("{period}", Period.parse(period).label)
            .replace("{unit}", self._name)
            .replace("{code}", self._unit_entry.unit)
        )
        self.old_combo.clear()
        for unit in self._unit_entry.units(period):
            state = self._old_state(unit, held)
            self.old_combo.addItem(f"{unit.label} — {state}" if state else unit.label, unit.code)
        self.old_combo.setCurrentIndex(self.old_combo.findData(target.code))

    def _old_state(self, unit: UnitRef, held: dto.CompletenessEntry | None) -> str:
        """What the office holds of the old commune's report ("" when that cannot be told)."""
        if held is None:
            return ""
        if unit.label in held.old_entered:
            return self.tr("entered by the office")
        if unit.label in held.sent_by:
            returned = unit.label in held.old_missing
            return self.tr("returned to the unit") if returned else self.tr("package received")
        return self.tr("nothing received yet")

    def _old_chosen(self, index: int) -> None:
        code = self.old_combo.itemData(index)
        if code is None:
            return
        self._unit_entry.choose(str(code))
        # Opened again: the old commune's figures, with their own undo history.
        self.entry_view.open(self.entry_view.form_code, self.entry_view.period_code)

    def choose_old(self, code: str) -> None:
        """Type the figures of the old commune `code` (as picking it in the list does)."""
        self._old_chosen(self.old_combo.findData(code))

    def _refresh_old(self) -> None:
        if not self.old_box.isHidden() and self.entry_view.form_code:
            self._show_held(self.entry_view.form_code, self.entry_view.period_code)

    def read_excel(self, path: Path) -> int | None:
        """Read the unit's filled-in copy of the template; the number of figures stored."""
        if self._filled is None or not self.entry_view.form_code:
            return None
        form, period = self.entry_view.form_code, self.entry_view.period_code
        try:
            unit = self._unit_entry.target(form=form, period=period)
            changed = self._filled.apply(
                path, form=form, period=period, unit=unit.code, catalog=unit.catalog
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
