"""Report screen: pick form, period and template, preview the filled table, export to Excel.

The export runs in a worker thread with a progress dialog, so the window never freezes; the
file is checked by the service before it is offered to open.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.period_modes import mode_name
from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.domain.validation import format_number
from egov_desktop.errors import StoredModeError, UserError
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.widgets.checks_panel import ChecksPanel
from egov_desktop.ui.widgets.page_title import page_title
from egov_desktop.ui.widgets.period_picker import PeriodPicker
from egov_desktop.ui.widgets.stored_mode_box import days
from egov_desktop.ui.workers import BackgroundJob

if TYPE_CHECKING:
    from egov_desktop.services.provenance import ProvenanceService
    from egov_desktop.services.report_export import (
        ExportPreview,
        ExportResult,
        ReportExportService,
    )

logger = logging.getLogger(__name__)

#: Period kind of each exportable form (the aggregated sheet follows II.06a).
_KIND = {"II.06a": "Q", "II.06a-agg": "Q", "II.07b": "Q"}
#: At an office, the sheets by unit and the report whose figures stand behind their rows.
_BEHIND = {"II.06a-agg": "II.06a", "766-dvc": "766", "766-digitisation": "766"}


class ReportView(QWidget):
    """Preview and export; `exported` carries the ExportResult of each file written."""

    exported = Signal(object)

    def __init__(
        self,
        reports: ReportExportService,
        *,
        period_mode: Callable[[], str],
        provenance: ProvenanceService | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reports = reports
        self._provenance = provenance
        self._preview: ExportPreview | None = None
        self._period_mode = period_mode
        self._today = today
        self._job: BackgroundJob | None = None
        self._progress: QProgressDialog | None = None
        #: (form, period, mode): that report shown and exported in the mode its figures were
        #: counted in, which the user chose when they were refused in the unit's mode.
        self._as_counted: tuple[str, str, str] | None = None
        #: The mode of the last refusal, offered by `as_counted_button`.
        self._refused_mode: str | None = None
        #: Replaced in tests; the defaults open modal dialogs.
        self.ask_path: Callable[[str], Path | None] = self._ask_path
        self.offer_open: Callable[[ExportResult], None] = self._offer_open
        # The label column's cap is a share of the view: sized again once a resize settles.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(150)
        self._refit.timeout.connect(self._fit_columns)
        self._build()
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._refit.start()

    def _fit_columns(self) -> None:
        if self.table.columnCount():
            _widths(self.table)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = page_title(self.tr("Reports"))
        layout.addWidget(title)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Form:")))
        self.form_combo = QComboBox()
        self.form_combo.activated.connect(lambda _i: self._form_chosen())
        pick.addWidget(self.form_combo)
        pick.addSpacing(16)
        pick.addWidget(QLabel(self.tr("Period:")))
        self.period_picker = PeriodPicker()
        self.period_picker.changed.connect(lambda _p: self.update_preview())
        pick.addWidget(self.period_picker)
        self.sector_combo = QComboBox()
        self.sector_combo.activated.connect(lambda _i: self.update_preview())
        self.sector_combo.hide()
        pick.addWidget(self.sector_combo)
        pick.addStretch(1)
        layout.addLayout(pick)
        # A row of its own: beside the form and period it left a 1024-pixel screen no room.
        export = QHBoxLayout()
        export.addWidget(QLabel(self.tr("Template:")))
        self.template_combo = QComboBox()
        self.template_combo.setMinimumContentsLength(24)
        export.addWidget(self.template_combo, 1)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        export.addWidget(self.export_button)
        layout.addLayout(export)

        self.caption = QLabel()
        self.caption.setStyleSheet("font-weight: bold;")
        self.caption.setWordWrap(True)
        layout.addWidget(self.caption)
        # A report counted in another period mode than the unit's: shown and exported as counted
        # only when asked (the figures would otherwise carry the wrong days).
        self.as_counted_button = QPushButton()
        self.as_counted_button.clicked.connect(self._show_as_counted)
        self.as_counted_button.hide()
        as_counted = QHBoxLayout()
        as_counted.addWidget(self.as_counted_button)
        as_counted.addStretch(1)
        layout.addLayout(as_counted)
        # An office's sheet summing units' figures counted in another period mode says so.
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00;")
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.hide()
        layout.addWidget(self.warnings)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(lambda r, c: self.show_sources(r, c))
        splitter.addWidget(self.table)
        self.checks = ChecksPanel()
        self.problems_label = self.checks.title
        self.problems = self.checks.problems
        splitter.addWidget(self.checks)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

    # -- state -----------------------------------------------------------------------------

    @property
    def form(self) -> str:
        return str(self.form_combo.currentData() or "")

    @property
    def sector(self) -> str | None:
        """The sector the register sheet is limited to; None for all (and other forms)."""
        data = None if self.sector_combo.isHidden() else self.sector_combo.currentData()
        return str(data) if data else None

    @property
    def period(self) -> Period:
        return self.period_picker.period()

    def refresh(self) -> None:
        """Reload forms and templates (another page may have added one), then the preview."""
        current = self.form
        self.form_combo.clear()
        for code in self._reports.forms():
            self.form_combo.addItem(self._reports.form_name(code), code)
        index = self.form_combo.findData(current)
        self.form_combo.setCurrentIndex(max(index, 0))
        self._form_chosen()

    def _form_chosen(self) -> None:
        kind = _KIND.get(self.form, "Q")
        if self.period_picker.period().kind != kind or not self.caption.text():
            mode = self._period_mode()
            self.period_picker.set_period(period_containing(self._today(), kind, mode))
        self.sector_combo.clear()
        try:
            sectors = self._reports.sectors_for(self.form)
        except UserError:
            sectors = []
        self.sector_combo.addItem(self.tr("All sectors"), None)
        for name in sectors:
            self.sector_combo.addItem(name, name)
        self.sector_combo.setVisible(bool(sectors))
        self.template_combo.clear()
        try:
            templates = self._reports.templates_for(self.form) if self.form else []
        except UserError as error:
            show_user_error(self, error)
            templates = []
        for info in templates:
            origin = self.tr("built-in") if info.builtin else self.tr("unit's own")
            self.template_combo.addItem(f"{info.label} ({origin})", str(info.mapping_path))
        self.update_preview()

    @property
    def mode(self) -> str | None:
        """The period mode the report is shown and exported in; None: the unit's."""
        chosen = self._as_counted
        if chosen is not None and chosen[:2] == (self.form, self.period.code):
            return chosen[2]
        return None

    def update_preview(self) -> None:
        """Fill the preview table with what the export would write."""
        self.as_counted_button.hide()
        try:
            preview = self._reports.preview(
                form=self.form, period=self.period.code, mode=self.mode, sector=self.sector
            )
        except StoredModeError as error:
            self._show_empty(error.message)
            self._refused_mode = error.stored
            self.as_counted_button.setText(
                self.tr("Show and export the figures as counted ({mode}: {days})")
                .replace("{mode}", mode_name(error.stored))
                .replace("{days}", days(self.period, error.stored))
            )
            self.as_counted_button.show()
            return
        except UserError as error:
            self._show_empty(error.message)
            return
        self._show(preview)

    def _show_as_counted(self) -> None:
        if self._refused_mode is not None:
            self._as_counted = (self.form, self.period.code, self._refused_mode)
            self.update_preview()

    def _show_empty(self, message: str) -> None:
        self._preview = None
        self.table.clear()
        self.table.setRowCount(0)
        self.table.setColumnCount(0)
        self.caption.setText(message)
        self.warnings.clear()
        self.warnings.hide()
        self.checks.clear()
        self.export_button.setEnabled(False)

    def show_sources(self, row: int, column: int, *, show: bool = True) -> QDialog | None:
        """At an office: the figures behind a cell of a sheet by unit, with their packages."""
        preview = self._preview
        form = _BEHIND.get(self.form)
        if self._provenance is None or preview is None or form is None:
            return None
        from egov_desktop.ui.views.sources_dialog import SourcesDialog

        unit = preview.keys[row] if 0 <= row < len(preview.keys) else None  # else: the total
        dialog = SourcesDialog(
            self._provenance, form=form, period=self.period.code, unit=unit, parent=self
        )
        picked = preview.columns[column - 1] if 1 <= column <= len(preview.columns) else ""
        if form == "II.06a" and picked.isdigit():  # the sheet's columns are the report's
            dialog.select_column(int(picked))
        if show:
            dialog.exec()
        return dialog

    def _show(self, preview: ExportPreview) -> None:
        self._preview = preview
        self.export_button.setEnabled(True)
        name = self._reports.form_name(preview.form)
        caption = f"{name} — {preview.period_label} {preview.window}"
        if self.mode is not None:
            caption += " — " + self.tr("as counted, in the period mode {mode}").replace(
                "{mode}", mode_name(self.mode)
            )
        self.caption.setText(caption)
        self.warnings.setText("\n".join(preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        # The rows are sectors, units, dossiers or targets: the sheet says which.
        first = preview.label_title or self.tr("Item")
        headers = [first, *[f"({c})" for c in preview.columns]]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        # The headers are the sheet's column numbers, narrow enough for the figures: each says
        # what it counts when hovered.
        for c, column in enumerate(preview.columns, start=1):
            title = preview.column_titles.get(column)
            header = self.table.horizontalHeaderItem(c)
            if title and header is not None:
                header.setToolTip(f"({column}) {title}")
        # Sheets without a total row (the register, the 766 and targets sheets) show none.
        self.table.setRowCount(len(preview.rows) + (1 if preview.total else 0))
        bold = QFont()
        bold.setBold(True)
        for r, (label, values) in enumerate(preview.rows):
            item = QTableWidgetItem(label)
            item.setToolTip(label)  # a capped label column wraps or elides a long name
            self.table.setItem(r, 0, item)
            for c, column in enumerate(preview.columns, start=1):
                self.table.setItem(r, c, _cell(values.get(column)))
        last = len(preview.rows)
        if preview.total:
            total_item = QTableWidgetItem(self.tr("Total"))
            total_item.setFont(bold)
            self.table.setItem(last, 0, total_item)
            for c, column in enumerate(preview.columns, start=1):
                item = _cell(preview.total.get(column))
                item.setFont(bold)
                self.table.setItem(last, c, item)
        _widths(self.table)
        problems = list(preview.problems)
        title = (
            self.tr("Checks: {count} problem(s) — the file can still be exported.").replace(
                "{count}", str(len(problems))
            )
            if problems
            else self.tr("Checks: no problems.")
        )
        # A report nobody has filled in passes every check: "no problems" under an empty
        # table read as if it were ready to send.
        if not problems and not any(
            value not in (None, "") for _label, values in preview.rows for value in values.values()
        ):
            title = self.tr("Nothing entered for this period yet: every cell is empty.")
        self.checks.show_problems(title, problems)

    # -- export ----------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where, then write the file in a worker thread with a progress dialog."""
        if self._job is not None:
            return
        form, period, sector, mode = self.form, self.period.code, self.sector, self.mode
        template = self.template_combo.currentData()
        try:
            suggested = self._reports.default_name(form, period)
        except UserError as error:
            show_user_error(self, error)
            return
        target = self.ask_path(suggested)
        if target is None:
            return
        progress = QProgressDialog(self.tr("Exporting…"), "", 0, 100, self)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self.export_button.setEnabled(False)

        def run(report: Callable[[int, str], None]) -> ExportResult:
            return self._reports.export(
                form=form,
                period=period,
                mode=mode,
                out=target,
                template=template,
                progress=report,
                sector=sector,
            )

        job = BackgroundJob(run, self)
        job.progress.connect(self._progress_changed)
        job.done.connect(self._export_done)
        job.failed.connect(self._export_failed)
        self._job, self._progress = job, progress
        job.start()

    def _progress_changed(self, percent: int, text: str) -> None:
        # A modal QProgressDialog processes events in setValue, which may deliver `done`.
        dialog = self._progress
        if dialog is not None:
            dialog.setLabelText(text)
            dialog.setValue(percent)

    def _stop_worker(self) -> None:
        if self._progress is not None:
            self._progress.close()
        self._job = self._progress = None
        self.export_button.setEnabled(True)

    def _export_done(self, result: ExportResult) -> None:
        self._stop_worker()
        self.exported.emit(result)
        self.offer_open(result)

    def _export_failed(self, error: Exception) -> None:
        self._stop_worker()
        if not isinstance(error, UserError):
            logger.error("Export failed", exc_info=error)
            error = UserError(str(error))
        show_user_error(self, error)

    def is_busy(self) -> bool:
        return self._job is not None

    def wait(self) -> None:
        """Block until a running export has finished (the window is closing)."""
        if self._job is not None:
            self._job.wait()

    def _ask_path(self, suggested: str) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export report"),
            str(Path.home() / suggested),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def _offer_open(self, result: ExportResult) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Report exported"),
            self.tr("The report was written and checked:\n{path}").replace(
                "{path}", str(result.path)
            ),
            parent=self,
        )
        open_file = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(self.tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        elif box.clickedButton() is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))


# Sizing each row to its wrapped label costs time per row; a long register sheet keeps one
# line per row (the full label is in its tooltip).
_WRAPPED_ROWS = 300


def _widths(table: QTableWidget) -> None:
    """Every column as wide as its content; a long label column is capped; room is shared.

    A target's or a unit's full name takes at most two fifths of the view and wraps, so the
    figures stay in sight. Room the columns leave goes first to the label (up to its full
    width), then the other columns share the rest equally when that keeps each one as wide as
    its content (the figures of II.06a); otherwise they keep their content widths. No column
    takes all the slack: (13) once stretched across the view while (3)–(12) stayed narrow.
    """
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    count = table.columnCount()
    room = max(table.viewport().width(), table.width())
    cap = max(room * 2 // 5, table.fontMetrics().horizontalAdvance("x" * 24))
    label = table.columnWidth(0)
    # What the view shows once a frame and a vertical scroll bar are taken off.
    inside = table.width() - 2 * table.frameWidth() - table.verticalScrollBar().sizeHint().width()
    avail = max(table.viewport().width(), inside)
    others = [table.columnWidth(c) for c in range(1, count)]
    table.setColumnWidth(0, max(min(label, cap), min(label, avail - sum(others))))
    rest = avail - table.columnWidth(0)
    if others and rest > sum(others) and rest // len(others) >= max(others):
        for column in range(1, count):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    if table.rowCount() <= _WRAPPED_ROWS:
        table.resizeRowsToContents()


def _cell(value: object) -> QTableWidgetItem:
    """A value as the sheet shows it to a Vietnamese reader: 01/10/2026, 1.234,5; text as is."""
    if isinstance(value, date):
        return QTableWidgetItem(f"{value:%d/%m/%Y}")
    if isinstance(value, int | float) and not isinstance(value, bool):
        item = QTableWidgetItem(format_number(value))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item
    return QTableWidgetItem("" if value is None else str(value))
