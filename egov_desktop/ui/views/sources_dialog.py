"""The figures behind an office's totals, each with the package version it came from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period
from egov_desktop.domain.validation import format_number
from egov_desktop.errors import UserError
from egov_desktop.services import entry_dto
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.provenance import ProvenanceService
from egov_desktop.services.report_kinds import column_titles, report_names
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.widgets.screen_fit import fit_to_screen


class SourcesDialog(QDialog):
    """One report's figures at the office: unit, row, column, value and source; a column filter."""

    def __init__(
        self,
        provenance: ProvenanceService,
        *,
        form: str,
        period: str,
        unit: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._provenance = provenance
        self._form, self._period, self._unit = form, period, unit
        self.setWindowTitle(self.tr("Figures and their sources"))
        # Wide enough for a package's source beside the longest sector's name.
        fit_to_screen(self, 1100, 640)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.column_combo = QComboBox()
        self.column_combo.addItem(self.tr("All columns"), None)
        # A number alone sends the clerk to the printed form to know which column it is.
        self._titles = column_titles(form)
        for column in provenance.columns(form):
            text = self.tr("Column ({n})").replace("{n}", str(column))
            if column in self._titles:
                text = (
                    self.tr("Column ({n}): {title}")
                    .replace("{n}", str(column))
                    .replace("{title}", self._titles[column])
                )
            self.column_combo.addItem(text, column)
        self.column_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.total = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.column_combo)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Figure"),
                self.tr("Source"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total)
        layout.addWidget(buttons)
        self.figures: list[dto.FigureSource] = []
        if unit is None and self.column_combo.count() > 1:
            # Every unit's every figure runs to tens of thousands of rows: one column at first.
            self.column_combo.blockSignals(True)
            self.column_combo.setCurrentIndex(1)
            self.column_combo.blockSignals(False)
        self.refresh()

    def select_column(self, column: int) -> None:
        index = self.column_combo.findData(column)
        if index >= 0:
            self.column_combo.setCurrentIndex(index)

    def refresh(self) -> None:
        column = self.column_combo.currentData()
        try:
            self.figures = self._provenance.behind(
                form=self._form, period=self._period, unit=self._unit, column=column
            )
        except UserError as error:
            show_user_error(self, error)
            return
        who = self.tr("every unit") if self._unit is None else self._unit_text(self._unit)
        self.caption.setText(
            self.tr("{form}, {period}, {who}")
            .replace("{form}", report_names().get(self._form, self._form))
            .replace("{period}", Period.parse(self._period).label)
            .replace("{who}", who)
        )
        self.table.setRowCount(len(self.figures))
        for r, figure in enumerate(self.figures):
            number = QTableWidgetItem(format_number(figure.value))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            cells = [
                QTableWidgetItem(self.unit_text(figure)),
                QTableWidgetItem(figure.row),
                self._column_item(figure.column),
                number,
                QTableWidgetItem(self.source_text(figure)),
            ]
            for c, item in enumerate(cells):
                self.table.setItem(r, c, item)
        if not self.figures:
            # An empty list alone reads as a fault: say why there is nothing to show.
            self.total.setText(
                self.tr(
                    "No figure yet: no package of this report was imported and the office "
                    "entered none."
                )
            )
            return
        if column is None:  # figures of different columns add up to nothing
            self.total.setText(self.tr("{n} figure(s)").replace("{n}", str(len(self.figures))))
            return
        total = sum(f.value for f in self.figures)
        self.total.setText(
            self.tr("{n} figure(s), sum {sum}")
            .replace("{n}", str(len(self.figures)))
            .replace("{sum}", format_number(total))
        )

    def _unit_text(self, code: str) -> str:
        """The unit by its name and code; its code alone when the office cannot name it."""
        if self.figures and self.figures[0].into_code == code:
            return f"{self.figures[0].into_name} ({code})"
        try:  # nothing received from it: the unit whose figures the office would hold
            name = self._provenance.reach(form=self._form, period=self._period, unit=code).name
        except UserError:
            return code
        return f"{name} ({code})"

    def _column_item(self, column: int) -> QTableWidgetItem:
        item = QTableWidgetItem(f"({column})")
        item.setToolTip(self._titles.get(column, ""))
        return item

    def unit_text(self, figure: dto.FigureSource) -> str:
        """The unit; an old commune (before 1 July 2025) by its old code, with its successor."""
        if not figure.old:
            return f"{figure.unit_code} {figure.unit_name}"
        return (
            self.tr("{name} (old code {code}) → {into}")
            .replace("{name}", figure.unit_name)
            .replace("{code}", figure.unit_code)
            .replace("{into}", figure.into_name)
        )

    def source_text(self, figure: dto.FigureSource) -> str:
        if figure.kind == entry_dto.SOURCE_PACKAGE:
            text = self.tr("from package v{version}").replace("{version}", str(figure.version))
            if figure.received_at is not None:
                text += " " + self.tr("received {time}").replace(
                    "{time}", f"{figure.received_at:%H:%M %d/%m/%Y}"
                )
            if figure.current_version not in (None, figure.version):
                text += ", " + self.tr("unchanged in package v{version}").replace(
                    "{version}", str(figure.current_version)
                )
            if figure.state == dto.ACCEPTED:
                text += ", " + self.tr("accepted")
            return text
        labels = {
            entry_dto.SOURCE_TYPED: self.tr("typed by the office"),
            entry_dto.SOURCE_PASTED: self.tr("pasted by the office"),
            entry_dto.SOURCE_IMPORTED: self.tr("read from the unit's filled Excel file"),
            entry_dto.SOURCE_COMPUTED: self.tr("computed"),
        }
        return labels.get(figure.kind, figure.kind)
