"""Online public services (DVCTT): the catalogue's levels by period, bulk edits, indicators."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.errors import UserError
from egov_desktop.services.catalogue import CatalogueService
from egov_desktop.services.dvc import DvcService
from egov_desktop.services.dvc_dto import DvcChange, DvcEntry, IndicatorReport
from egov_desktop.services.register_dto import CatalogueImport
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.widgets.page_title import PAGE_MARGINS, page_title
from egov_desktop.ui.widgets.period_picker import PeriodPicker
from egov_desktop.ui.widgets.stretch_column import StretchColumn
from egov_desktop.ui.workers import BackgroundJob

logger = logging.getLogger(__name__)


#: Width the indicators' pane needs for their names on two or three lines (pixels).
INDICATORS_WIDTH = 330
#: Fewer characters than this of a procedure's name would not tell procedures apart.
PROCEDURE_CHARS = 24


class DvcView(QWidget):
    """The catalogue's DVCTT facts for one period, with bulk edits, and the period's indicators."""

    def __init__(
        self,
        dvc: DvcService,
        catalogue: CatalogueService,
        *,
        period_mode: Callable[[], str] = lambda: "cutoff",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._dvc = dvc
        self._catalogue = catalogue
        self._period_mode = period_mode
        self._entries: list[DvcEntry] = []
        self._job: BackgroundJob | None = None

        title = page_title(self.tr("Online public services (DVCTT)"))
        self.period_picker = PeriodPicker()
        self.period_picker.set_period(period_containing(today(), "Q", period_mode()))
        self.period_picker.changed.connect(lambda _p: self.refresh())
        self.import_button = QPushButton(self.tr("Import the province's list…"))
        self.import_button.clicked.connect(self.import_list)
        self.snapshot_button = QPushButton(self.tr("Record the catalogue for this period"))
        self.snapshot_button.clicked.connect(self.snapshot)
        self.ii07b_button = QPushButton(self.tr("Fill II.07b from the catalogue"))
        self.ii07b_button.clicked.connect(self.fill_ii07b)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(QLabel(self.tr("Period")))
        top.addWidget(self.period_picker)

        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("TTHC code"),
                self.tr("Procedure"),
                self.tr("Sector"),
                self.tr("DVCTT level"),
                self.tr("Online payment"),
                self.tr("Recorded for the period"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Long Vietnamese titles over short values ("Có", "Toàn trình"): titles wrap onto two
        # lines so that the procedure's name keeps the room.
        # (Qt reads the wrap flag from the alignment.)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        header.setMinimumHeight(2 * metrics.lineSpacing() + 10)
        widest = (
            "0.000000",  # a TTHC code
            "",
            self.tr("Sector"),
            self.tr("Full process"),
            self.tr("No"),
            self.tr("From the catalogue"),
        )
        for column, value in enumerate(widest):
            if column != 1:
                heading = self.table.horizontalHeaderItem(column)
                half = metrics.horizontalAdvance(heading.text()) // 2 if heading else 0
                header.resizeSection(column, max(metrics.horizontalAdvance(value), half) + 16)
        # Qt's Stretch mode left the name a word wide beside the indicators on a 1024-pixel
        # screen; the name keeps a readable width and the table scrolls sideways instead.
        self.procedure_fit = StretchColumn(
            self.table, 1, PROCEDURE_CHARS * metrics.averageCharWidth()
        )

        edits = QGroupBox(self.tr("Set for the selected procedures"))
        # Two rows (levels, payment), each as wide as its own buttons: one row of five, or a
        # grid aligning the rows' columns, left the indicators too little room at 1024.
        edit_rows = QVBoxLayout(edits)
        rows = (QHBoxLayout(), QHBoxLayout())
        self.full_button = QPushButton(self.tr("Full process"))
        self.partial_button = QPushButton(self.tr("Partial"))
        self.none_button = QPushButton(self.tr("Not online"))
        self.pay_button = QPushButton(self.tr("Online payment: yes"))
        self.no_pay_button = QPushButton(self.tr("Online payment: no"))
        changes = (
            (self.full_button, DvcChange(level_new="toan_trinh", level_old=4)),
            (self.partial_button, DvcChange(level_new="mot_phan", level_old=3)),
            (self.none_button, DvcChange(clear_level=True)),
            (self.pay_button, DvcChange(online_payment=True)),
            (self.no_pay_button, DvcChange(online_payment=False)),
        )
        for index, (button, change) in enumerate(changes):
            button.clicked.connect(lambda _c=False, ch=change: self.apply(ch))
            rows[index // 3].addWidget(button)
        for row in rows:
            row.addStretch(1)
            edit_rows.addLayout(row)

        self.indicator_table = QTableWidget(0, 3)
        self.indicator_table.setHorizontalHeaderLabels(
            [self.tr("Indicator"), self.tr("Numerator / denominator"), self.tr("Value")]
        )
        self.indicator_table.verticalHeader().setVisible(False)
        self.indicator_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ih = self.indicator_table.horizontalHeader()
        ih.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ih.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ih.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # The indicators' names are long: they wrap, and the rows grow with the column.
        self.indicator_table.setWordWrap(True)
        self.indicator_table.setTextElideMode(Qt.TextElideMode.ElideNone)
        ih.sectionResized.connect(
            lambda index, _old, _new: (
                self.indicator_table.resizeRowsToContents() if index == 0 else None
            )
        )
        self.denominator_combo = QComboBox()
        self.denominator_combo.addItem(self.tr("Online / new receipts (col. 4 + 5)"), "new")
        self.denominator_combo.addItem(self.tr("Online / all dossiers (col. 3)"), "all")
        self.denominator_combo.currentIndexChanged.connect(lambda _i: self.refresh_indicators())
        self.window_label = QLabel()
        # An office's label is a sentence: wrapped, it does not squeeze the procedure list.
        self.window_label.setWordWrap(True)
        self.estimate_label = QLabel()
        self.estimate_label.setWordWrap(True)
        self.estimate_label.setStyleSheet("color: #6d4c41;")
        indicators = QGroupBox(self.tr("Indicators of the period"))
        ind_layout = QVBoxLayout(indicators)
        ind_layout.addWidget(self.window_label)
        ind_layout.addWidget(self.denominator_combo)
        ind_layout.addWidget(self.indicator_table, 1)
        ind_layout.addWidget(self.estimate_label)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(edits)
        buttons = QGridLayout()
        for index, button in enumerate((self.import_button, self.snapshot_button)):
            buttons.addWidget(button, 0, index)
        buttons.addWidget(self.ii07b_button, 1, 0)
        buttons.setColumnStretch(2, 1)
        left_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(indicators)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self._split = split
        #: The user moved the divider: keep it where they put it.
        self._split_done = False
        split.splitterMoved.connect(lambda _pos, _index: setattr(self, "_split_done", True))
        self.status_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        layout.addWidget(self.status_label)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self._share_split()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._share_split()

    def _share_split(self) -> None:
        """Give the indicators room for their names, until the user moves the divider.

        The panes' own size hints would leave the names one word wide; on a narrow screen
        the indicators get up to half, enough for a name on two lines.
        """
        if self._split_done or not self.isVisible():
            return
        total = sum(self._split.sizes())
        right = max(total * 2 // 5, min(INDICATORS_WIDTH, total // 2))
        self._split.blockSignals(True)
        self._split.setSizes([total - right, right])
        self._split.blockSignals(False)

    @property
    def period(self) -> Period:
        return self.period_picker.period()

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the catalogue's facts and the indicators of the period shown."""
        try:
            self._entries = self._dvc.entries(self.period.code)
        except UserError as error:
            show_user_error(self, error)
            return
        selected = set(self.selected_codes())
        self.table.setRowCount(len(self._entries))
        for index, entry in enumerate(self._entries):
            cells = [
                entry.procedure_code,
                entry.name,
                entry.sector,
                self._level_text(entry),
                self.tr("Yes") if entry.online_payment else self.tr("No"),
                self.tr("Yes") if entry.recorded else self.tr("From the catalogue"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 1:  # names run to 200 characters: the cell shows the start
                    item.setToolTip(text)
                self.table.setItem(index, column, item)
            if entry.procedure_code in selected:
                self.table.selectRow(index)
        self.refresh_indicators()

    def _level_text(self, entry: DvcEntry) -> str:
        if entry.level_new == "toan_trinh":
            return self.tr("Full process")
        if entry.level_new == "mot_phan":
            return self.tr("Partial")
        if entry.level_old is not None:
            return self.tr("Level %1").replace("%1", str(entry.level_old))
        return "—"

    def refresh_indicators(self) -> None:
        try:
            report = self._dvc.indicators(
                self.period.code,
                self._period_mode(),
                denominator=self.denominator_combo.currentData(),
            )
        except UserError as error:
            show_user_error(self, error)
            return
        self.show_indicators(report)

    def show_indicators(self, report: IndicatorReport) -> None:
        if report.units is None:
            self.window_label.setText(f"{report.period_label} {report.window_text}")
        else:
            self.window_label.setText(
                self.tr(
                    "%1: the QĐ 766 figures of the %2 units that sent them, added up"
                    " (each unit counted over its own window)"
                )
                .replace("%1", report.period_label)
                .replace("%2", str(report.units))
            )
        self.indicator_table.setRowCount(len(report.indicators))
        for index, item in enumerate(report.indicators):
            counts = QTableWidgetItem(f"{item.numerator}/{item.denominator}")
            counts.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            value = QTableWidgetItem(item.text)
            value.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            name = QTableWidgetItem(item.name)
            name.setToolTip(item.name)
            self.indicator_table.setItem(index, 0, name)
            self.indicator_table.setItem(index, 1, counts)
            self.indicator_table.setItem(index, 2, value)
        self.indicator_table.resizeRowsToContents()
        lines = (
            [
                self.tr("QĐ 766 points (%1, not the official score):").replace(
                    "%1", report.estimates[0].label
                )
            ]
            if report.estimates
            else []
        )
        for estimate in report.estimates:
            points = f"{estimate.points:.2f}".replace(".", ",")
            lines.append(f"• {estimate.name}: {points}/{estimate.maximum:g}")
        self.estimate_label.setText("\n".join(lines))

    # -- edits -----------------------------------------------------------------------------

    def selected_codes(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        return [self._entries[r].procedure_code for r in rows if r < len(self._entries)]

    def apply(self, change: DvcChange) -> None:
        """Apply one change to every selected procedure, for the period shown."""
        try:
            changed = self._dvc.update(self.selected_codes(), self.period.code, change)
        except UserError as error:
            show_user_error(self, error)
            return
        self.refresh()
        self.status_label.setText(self.tr("Procedures changed: %1").replace("%1", str(changed)))

    def snapshot(self) -> None:
        try:
            added = self._dvc.snapshot(self.period.code)
        except UserError as error:
            show_user_error(self, error)
            return
        self.refresh()
        self.status_label.setText(self.tr("Procedures recorded: %1").replace("%1", str(added)))

    def fill_ii07b(self) -> None:
        try:
            cells = self._dvc.apply_ii07b(self.period.code)
        except UserError as error:
            show_user_error(self, error)
            return
        self.status_label.setText(
            self.tr(
                "II.07b filled from the catalogue (%1 cells changed); the figures stay editable."
            ).replace("%1", str(len(cells)))
        )

    # -- import ----------------------------------------------------------------------------

    def ask_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import the province's list"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xls *.htm *.html)"),
        )
        return Path(chosen) if chosen else None

    def import_list(self) -> None:
        """Import the province's published TTHC list, then record it for the period shown."""
        if self._job is not None:
            return
        path = self.ask_file()
        if path is None:
            return
        period = self.period.code

        def run(_report: Callable[[int, str], None]) -> CatalogueImport:
            result = self._catalogue.import_file(path)
            self._dvc.snapshot(period)
            return result

        self.import_button.setEnabled(False)
        self.status_label.setText(self.tr("Importing…"))
        job = BackgroundJob(run, self)
        job.done.connect(self._imported)
        job.failed.connect(self._import_failed)
        self._job = job
        job.start()

    def is_busy(self) -> bool:
        return self._job is not None

    def wait(self) -> None:
        if self._job is not None:
            self._job.wait()

    def _imported(self, result: CatalogueImport) -> None:
        self._job = None
        self.import_button.setEnabled(True)
        self.refresh()
        text = (
            self.tr("Imported: %1 new, %2 updated, %3 unchanged, %4 rejected.")
            .replace("%1", str(result.new))
            .replace("%2", str(result.updated))
            .replace("%3", str(result.unchanged))
            .replace("%4", str(len(result.rejected)))
        )
        if result.warnings:
            text += " " + self.tr(
                "%1 procedure(s) kept without a fee amount (the fee cell was not a number)."
            ).replace("%1", str(len(result.warnings)))
        self.status_label.setText(text)

    def _import_failed(self, error: Exception) -> None:
        self._job = None
        self.import_button.setEnabled(True)
        self.status_label.setText("")
        if not isinstance(error, UserError):
            logger.error("Catalogue import failed", exc_info=error)
            error = UserError(str(error))
        show_user_error(self, error)
