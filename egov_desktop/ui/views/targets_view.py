"""Dashboard of the IT-application targets: each unit's trend against each target."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.errors import UserError
from egov_desktop.services.report_export import ReportExportService
from egov_desktop.services.targets import TargetsService
from egov_desktop.services.targets_dto import TargetProgress
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.widgets.page_title import PAGE_MARGINS, page_title
from egov_desktop.ui.widgets.period_picker import PeriodPicker
from egov_desktop.ui.widgets.target_chart import FLAG_COLOURS, TargetChart
from egov_desktop.ui.widgets.wrapped_height import WrappedHeight
from egov_desktop.ui.workers import BackgroundJob

logger = logging.getLogger(__name__)

#: The form ReportExportService writes the targets sheet as.
EXPORT_FORM = "targets"
_MAX = 10_000_000


def _number(value: float | None, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "ratio" and value > 100:
        # A trend past 100 % only says the target will be reached.
        return "≥ 100%"
    text = f"{value:.1f}".replace(".", ",") if kind == "ratio" else f"{value:g}"
    return text + "%" if kind == "ratio" else text


class TargetsView(QWidget):
    """Table of targets by unit with flags, the chart of the selected row, and figure entry."""

    figure_saved = Signal()

    def __init__(
        self,
        targets: TargetsService,
        reports: ReportExportService | None = None,
        *,
        period_mode: Callable[[], str] = lambda: "cutoff",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._targets = targets
        self._reports = reports
        self._today = today
        self._rows: list[TargetProgress] = []
        self._job: BackgroundJob | None = None

        title = page_title(self.tr("IT-application and e-government targets"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export to Excel"))
        self.export_button.clicked.connect(self.export)
        # Shown only once the export service can write the targets sheet.
        self.export_button.setVisible(reports is not None and EXPORT_FORM in reports.forms())
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Unit"),
                self.tr("Target"),
                self.tr("Deadline"),
                self.tr("Latest figure"),
                self.tr("Projected at deadline"),
                self.tr("Assessment"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # An indicator's name is a sentence: it wraps, and its row grows to hold it.
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line keeps its margins
        # Qt's own hint wrapped a name wider than it paints: a three-line name lost its last
        # line's lower half in a 1024-wide window.
        margin = self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
        )
        self.table.setItemDelegateForColumn(
            0,
            WrappedHeight(
                self.table,
                lambda index: self.table.columnWidth(index.column()) - 2 * (margin + 1),
                6,
            ),
        )
        # Rows fitted to their contents are not fitted again when the names' column narrows;
        # fitted after the signal, once the column has its new width.
        self.table.horizontalHeader().sectionResized.connect(
            lambda column, _old, _new: (
                QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)
                if column == 0
                else None
            )
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 7):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selected)

        self.chart = TargetChart()
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)

        entry = QGroupBox(self.tr("Enter the unit's figure"))
        form = QFormLayout(entry)
        self.indicator_combo = QComboBox()
        for indicator in targets.indicators():
            self.indicator_combo.addItem(indicator.name, indicator.code)
        self.indicator_combo.setMinimumContentsLength(28)
        self.indicator_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.indicator_combo.currentIndexChanged.connect(self._indicator_changed)
        self.period_picker = PeriodPicker()
        self.period_picker.set_period(period_containing(today(), "Q", period_mode()))
        self.period_picker.changed.connect(lambda _p: self._load_figure())
        self.numerator_spin = QSpinBox()
        self.numerator_spin.setRange(0, _MAX)
        self.denominator_spin = QSpinBox()
        self.denominator_spin.setRange(0, _MAX)
        self.denominator_label = QLabel(self.tr("Denominator"))
        self.save_button = QPushButton(self.tr("Save figure"))
        self.save_button.clicked.connect(self.save_figure)
        form.addRow(self.tr("Indicator"), self.indicator_combo)
        form.addRow(self.tr("Period"), self.period_picker)
        form.addRow(self.tr("Numerator"), self.numerator_spin)
        form.addRow(self.denominator_label, self.denominator_spin)
        form.addRow(self.save_button)
        self._indicator_changed()

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.chart)
        bottom.addWidget(entry)
        bottom.setStretchFactor(0, 3)
        bottom.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(bottom)
        # Half each: the wrapped names make the table's rows two or three lines tall.
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the progress in a worker thread (computed figures read the register)."""
        if self._job is not None:
            return
        today = self._today()
        self.refresh_button.setEnabled(False)
        self.status_label.setText(self.tr("Computing…"))
        job = BackgroundJob(lambda _report: self._targets.progress(today), self)
        job.done.connect(self._loaded)
        job.failed.connect(self._failed)
        self._job = job
        job.start()

    def load_now(self) -> None:
        """Load in the GUI thread (tests, screenshots)."""
        self._loaded(self._targets.progress(self._today()))

    def is_busy(self) -> bool:
        return self._job is not None

    def wait(self) -> None:
        """Block until a running computation has ended (the window is closing)."""
        if self._job is not None:
            self._job.wait()

    def _failed(self, error: Exception) -> None:
        self._job = None
        self.refresh_button.setEnabled(True)
        self.status_label.setText("")
        if not isinstance(error, UserError):
            logger.error("Targets progress failed", exc_info=error)
            error = UserError(str(error))
        show_user_error(self, error)

    def _loaded(self, rows: list[TargetProgress]) -> None:
        self._job = None
        self.refresh_button.setEnabled(True)
        self._rows = rows
        selected = self.table.currentRow()
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            target = row.target
            cells = [
                target.name,
                row.unit_name,
                _number(target.target, target.kind),
                f"{target.deadline:%d/%m/%Y}",
                row.points[-1].text if row.points else "—",
                _number(row.projected, target.kind),
                row.flag_label,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(f"{target.name}\n{target.plan}\n{target.document}")
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == 6:
                    item.setForeground(QBrush(QColor("white")))
                    item.setBackground(QBrush(QColor(FLAG_COLOURS.get(row.flag, "#757575"))))
                self.table.setItem(index, column, item)
        # A commune's rows are all its own: the unit's name said the same thing on each row
        # and took the room the indicators' names need on a 1024-pixel screen.
        self.table.setColumnHidden(1, len({row.unit_name for row in rows}) <= 1)
        counts = {label: 0 for label in dict.fromkeys(r.flag_label for r in rows)}
        for row in rows:
            counts[row.flag_label] += 1
        summary = ", ".join(f"{label}: {n}" for label, n in counts.items())
        self.status_label.setText(
            self.tr("Targets: %1").replace("%1", str(len(rows)))
            + (f" — {summary}" if summary else "")
        )
        if rows:
            self.table.selectRow(min(max(selected, 0), len(rows) - 1))
        else:
            self.chart.show_progress(None)

    def _selected(self) -> None:
        index = self.table.currentRow()
        if 0 <= index < len(self._rows):
            row = self._rows[index]
            self.chart.show_progress(row)
            found = self.indicator_combo.findData(row.target.indicator)
            if found >= 0:
                self.indicator_combo.setCurrentIndex(found)

    # -- entry -----------------------------------------------------------------------------

    def _indicator_changed(self) -> None:
        code = self.indicator_combo.currentData()
        kind = next((i.kind for i in self._targets.indicators() if i.code == code), "ratio")
        ratio = kind == "ratio"
        self.denominator_spin.setEnabled(ratio)
        self.denominator_label.setEnabled(ratio)
        self._load_figure()

    def _load_figure(self) -> None:
        # The stored figure, so that saving again does not silently replace it with 0/0.
        code = self.indicator_combo.currentData()
        if code is None:
            return
        try:
            figure = self._targets.figure(code, self.period_picker.period().code)
        except UserError as error:
            show_user_error(self, error)
            return
        self.numerator_spin.setValue(figure.numerator if figure else 0)
        self.denominator_spin.setValue((figure.denominator or 0) if figure else 0)

    def save_figure(self) -> None:
        code = self.indicator_combo.currentData()
        period: Period = self.period_picker.period()
        denominator = self.denominator_spin.value() if self.denominator_spin.isEnabled() else None
        try:
            figure = self._targets.set(code, period.code, self.numerator_spin.value(), denominator)
        except UserError as error:
            show_user_error(self, error)
            return
        self.load_now()
        self.status_label.setText(
            self.tr("Saved %1 for %2: %3")
            .replace("%1", self.indicator_combo.currentText())
            .replace("%2", period.in_sentence)
            .replace("%3", figure.text)
        )
        self.figure_saved.emit()

    # -- export ----------------------------------------------------------------------------

    def export(self) -> None:
        if self._reports is None:
            return
        period = period_containing(self._today(), "Q", "calendar").code
        try:
            suggested = self._reports.default_name(EXPORT_FORM, period)
        except UserError as error:
            show_user_error(self, error)
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if chosen:
            # As on the report page: a name typed without ".xlsx" is still the workbook's.
            path = Path(chosen)
            self.export_to(path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx"))

    def export_to(self, path: Path) -> Path | None:
        """Write the targets sheet as of the current quarter to `path`."""
        if self._reports is None:
            return None
        period = period_containing(self._today(), "Q", "calendar").code
        try:
            result = self._reports.export(form=EXPORT_FORM, period=period, out=path)
        except UserError as error:
            show_user_error(self, error)
            return None
        self.status_label.setText(self.tr("Exported to %1").replace("%1", str(result.path)))
        return result.path
