"""Settings: the year's days off (holidays, Tết, nghỉ bù) used to propose due dates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.errors import UserError
from egov_desktop.services.holidays import PROPOSED, SHIPPED, HolidayService
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.widgets.column_widths import fit_to_samples

# A year has about twenty days off; fewer rows than this hide most of them.
VISIBLE_ROWS = 8


class HolidaysEditor(QGroupBox):
    """Weekdays off of one year, where each comes from, and the unit's corrections."""

    saved = Signal()

    def __init__(
        self, holidays: HolidayService, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._holidays = holidays
        self.setTitle(self.tr("Days off (holidays, Tết, compensatory days)"))
        year = (today or date.today()).year
        hint = QLabel(
            self.tr(
                "Used to propose due dates. Check the year's announcement and correct the list "
                "when it differs; reports always count the due date recorded on each dossier."
            )
        )
        hint.setWordWrap(True)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setPrefix(self.tr("Year "))
        self.year.valueChanged.connect(lambda _v: self.refresh())
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Day"), self.tr("Name"), self.tr("Source")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self._sources = {
            SHIPPED: self.tr("announced schedule"),
            PROPOSED: self.tr("computed (check the announcement)"),
        }
        self._corrected = self.tr("corrected by the unit")
        self._size_table()
        self.day = QDateEdit()
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        self.day.setDate(QDate(year, 1, 1))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Nghỉ bù Quốc khánh"))
        self.add_button = QPushButton(self.tr("Add day off"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("Make the selected day a working day"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.reset_button = QPushButton(self.tr("Undo this year's corrections"))
        self.reset_button.clicked.connect(self.reset)
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        top.addWidget(self.reset_button)
        add_row = QHBoxLayout()
        add_row.addWidget(self.day)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.status)
        self.refresh()

    def _size_table(self) -> None:
        """Day and source widths from their known texts; enough rows to see the year."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        samples = {0: ["00/00/0000"], 2: [*self._sources.values(), self._corrected]}
        fit_to_samples(self.table, samples)
        rows = self.table.verticalHeader().defaultSectionSize() * VISIBLE_ROWS
        frame = 2 * self.table.frameWidth()
        self.table.setMinimumHeight(header.sizeHint().height() + rows + frame)

    def refresh(self) -> None:
        try:
            days = self._holidays.days_off(self.year.value())
        except UserError as error:
            show_user_error(self, error)
            return
        self.table.setRowCount(len(days))
        for row, item in enumerate(days):
            day = QTableWidgetItem(f"{item.day:%d/%m/%Y}")
            day.setData(Qt.ItemDataRole.UserRole, item.day.isoformat())
            self.table.setItem(row, 0, day)
            self.table.setItem(row, 1, QTableWidgetItem(item.name))
            source = self._sources.get(item.source, self._corrected)
            self.table.setItem(row, 2, QTableWidgetItem(source))

    def add(self) -> None:
        picked = self.day.date()
        day = date(picked.year(), picked.month(), picked.day())
        self._apply(lambda: self._holidays.add(day, self.name.text()), day.year)

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return
        day = date.fromisoformat(str(item.data(Qt.ItemDataRole.UserRole)))
        self._apply(lambda: self._holidays.remove(day), day.year)

    def reset(self) -> None:
        year = self.year.value()
        self._apply(lambda: self._holidays.reset(year), year)

    def _apply(self, change: Callable[[], None], year: int) -> None:
        self.status.clear()  # "Saved." belongs to the previous change, not to this one
        try:
            change()
        except UserError as error:
            show_user_error(self, error)
            return
        self.name.clear()
        self.year.setValue(year)
        self.refresh()
        self.status.setText(self.tr("Saved."))
        self.saved.emit()
