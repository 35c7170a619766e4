"""Settings page: period mode, signature-block names, configuration packages, deadlines."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from egov_desktop.domain.periods import MODE_CALENDAR, MODE_CUTOFF
from egov_desktop.errors import UserError
from egov_desktop.services.agency import default_receiving_unit
from egov_desktop.services.dto import SetupRequest

if TYPE_CHECKING:
    from egov_desktop.services.deadlines import DeadlineService
    from egov_desktop.services.holidays import HolidayService
    from egov_desktop.services.preset import Preset, PresetResult, PresetService
    from egov_desktop.services.setup import SetupService
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.widgets.deadlines_editor import DeadlinesEditor
from egov_desktop.ui.widgets.holidays_editor import HolidaysEditor
from egov_desktop.ui.widgets.page_title import page_title, scrolling_page

#: Dynamic property of the main window holding the data folder (set by app.py), from which the
#: page builds its preset service when none is passed in.
DATA_DIR_PROPERTY = "egovDataDir"


class SettingsView(QWidget):
    """Edits what may change after setup; the unit itself stays bound to the data folder."""

    saved = Signal()

    def __init__(
        self,
        setup: SetupService,
        parent: QWidget | None = None,
        *,
        presets: PresetService | None = None,
        deadlines: DeadlineService | None = None,
        holidays: HolidayService | None = None,
    ) -> None:
        super().__init__(parent)
        self._setup = setup
        self._presets = presets
        #: Asks before a period-mode change relabels stored figures; replaced in tests.
        self.confirm_mode_change: Callable[[str], bool] = self._ask_mode_change
        # The page is taller than a 768-pixel screen leaves it: it scrolls rather than
        # squeezing the days-off table to a few rows.
        scroll, layout = scrolling_page(self)
        self.scroll_area = scroll
        title = page_title(self.tr("Settings"))
        layout.addWidget(title)
        form = QFormLayout()
        self.unit_label = QLabel()
        self.mode = QComboBox()
        self.mode.addItem(
            self.tr("Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)"), MODE_CUTOFF
        )
        self.mode.addItem(self.tr("Calendar periods"), MODE_CALENDAR)
        # No maximum lengths: Qt would cut a pasted name without a word. The service refuses
        # one too long, as `egov setup` does, and the text stays to be shortened.
        self.officer = QLineEdit()
        self.head = QLineEdit()
        self.agency_code = QLineEdit()
        self.agency_code.setPlaceholderText(self.tr("e.g. 000.00.31.H26"))
        self.agency_code.setToolTip(
            self.tr("The agency's electronic identifier, printed in the QĐ 766 sheet")
        )
        self.receiving_unit = QLineEdit()
        self.receiving_unit.setToolTip(
            self.tr("Printed on the reports; leave empty for the text shown in grey")
        )
        form.addRow(self.tr("Unit:"), self.unit_label)
        form.addRow(self.tr("Period mode:"), self.mode)
        form.addRow(self.tr("Officer preparing reports:"), self.officer)
        form.addRow(self.tr("Head of the unit:"), self.head)
        form.addRow(self.tr("Electronic identifier code:"), self.agency_code)
        form.addRow(self.tr("Receiving unit:"), self.receiving_unit)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.save_button)
        self.import_button = QPushButton(self.tr("Import configuration package…"))
        self.import_button.setToolTip(
            self.tr("Apply an egov-preset.json file prepared by IT staff (unit, period mode, ...)")
        )
        self.import_button.clicked.connect(lambda: self.import_preset())
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)  # a preset's mode-change warning is a long line
        layout.addWidget(self.status)
        self.deadlines = None if deadlines is None else DeadlinesEditor(deadlines)
        if self.deadlines is not None:
            self.deadlines.saved.connect(self.saved)
            layout.addWidget(self.deadlines)
        self.holidays = None if holidays is None else HolidaysEditor(holidays)
        if self.holidays is not None:
            layout.addWidget(self.holidays, 1)
        else:
            layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """Show the stored values."""
        info = self._setup.require()
        self.unit_label.setText(f"{info.unit.name} ({info.unit.code}), {info.unit.province_name}")
        self.mode.setCurrentIndex(max(0, self.mode.findData(info.period_mode)))
        self.officer.setText(info.officer)
        self.head.setText(info.head)
        self.agency_code.setText(info.agency_code)
        self.receiving_unit.setText(info.receiving_unit)
        self.receiving_unit.setPlaceholderText(default_receiving_unit(info.unit))
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
            agency_code=self.agency_code.text(),
            receiving_unit=self.receiving_unit.text(),
        )
        warning = self._setup.mode_change_warning(request.period_mode)
        if warning is not None and not self.confirm_mode_change(warning):
            self.mode.setCurrentIndex(max(0, self.mode.findData(info.period_mode)))
            return
        try:
            self._setup.apply(request, actor=self.officer.text() or info.officer)
        except UserError as error:
            show_user_error(self, error)
            return
        self.refresh()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()

    def _ask_mode_change(self, warning: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Change the period mode"),
            warning + "\n\n" + self.tr("Change the period mode all the same?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_preset(self, path: Path | None = None) -> bool:
        """Apply a configuration package chosen by the user; True when it was applied."""
        from egov_desktop.services.preset import PRESET_FILE, load_preset

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import configuration package"),
                "",
                self.tr("Configuration package ({pattern})").replace(
                    "{pattern}", f"{PRESET_FILE} *.json"
                ),
            )
            if not chosen:
                return False
            path = Path(chosen)
        try:
            preset = load_preset(path)
            if not self.confirm_preset(preset):
                return False
            result = self._preset_service().apply(preset)
        except UserError as error:
            show_user_error(self, error)
            return False
        self.refresh()
        message = self.tr("Configuration package applied.")
        if result.templates:
            message += " " + self.tr("{count} template(s) copied.").replace(
                "{count}", str(len(result.templates))
            )
        for note in self.preset_notes(result):
            message += "\n" + note
        self.status.setText(message)
        self.saved.emit()
        return True

    def preset_notes(self, result: PresetResult) -> list[str]:
        """What the clerk should know about an applied preset, one "Note: …" line each."""
        warnings = [
            *result.template_problems,  # copied, but not usable until added
            *(finding for finding, _hint in result.template_findings),  # blanks to place
        ]
        if result.mode_warning:  # the period mode changed over reports holding figures
            warnings.append(result.mode_warning)
        return [self.tr("Note: {warning}").replace("{warning}", w) for w in warnings]

    def confirm_preset(self, preset: Preset) -> bool:
        """Show what the package sets and ask before applying it."""
        request = preset.request
        unit = preset.unit
        details = [
            self.tr("Unit: {unit}").replace("{unit}", f"{unit.name} ({unit.code})"),
            self.tr("Period mode: {mode}").replace("{mode}", self.mode_text(request.period_mode)),
        ]
        if request.officer:
            details.append(self.tr("Officer: {name}").replace("{name}", request.officer))
        if request.head:
            details.append(self.tr("Head: {name}").replace("{name}", request.head))
        if preset.templates:
            details.append(
                self.tr("Templates: {count}").replace("{count}", str(len(preset.templates)))
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Import configuration package"),
            self.tr("Apply the configuration package {file}?").replace(
                "{file}", preset.source.name
            ),
            parent=self,
        )
        # As the Settings page asks before changing the mode itself.
        warning = self._preset_service().mode_change_warning(preset)
        if warning:
            details += ["", warning]
        box.setInformativeText("\n".join(details))
        apply = box.addButton(self.tr("Apply"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        # Over stored figures Enter keeps the mode, as the page's own mode change asks.
        box.setDefaultButton(cancel if warning else apply)
        box.exec()
        return box.clickedButton() is apply

    def mode_text(self, mode: str) -> str:
        """The period mode as the combo box names it."""
        index = self.mode.findData(mode)
        return self.mode.itemText(index) if index >= 0 else mode

    def _preset_service(self) -> PresetService:
        from egov_desktop.services.preset import PresetService

        if self._presets is None:
            data_dir = self.window().property(DATA_DIR_PROPERTY)
            if not data_dir:
                raise RuntimeError("the data folder is unknown: app.py sets it on the window")
            self._presets = PresetService(self._setup, Path(str(data_dir)))
        return self._presets
