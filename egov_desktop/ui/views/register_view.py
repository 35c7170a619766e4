"""Sổ theo dõi hồ sơ: the register page with filters, diacritic-blind search and editing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.dossiers import (
    CHANNEL_DIRECT,
    CHANNEL_LABELS,
    CHANNEL_ONLINE,
    STATUSES,
)
from egov_desktop.domain.periods import period_containing
from egov_desktop.errors import UserError
from egov_desktop.services.register_dto import DossierInfo, DossierQuery
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.models.dossier_table_model import DossierSource, DossierTableModel
from egov_desktop.ui.widgets.column_widths import fit_to_samples
from egov_desktop.ui.widgets.focus import quiet_when_unfocused
from egov_desktop.ui.widgets.page_title import PAGE_MARGINS, page_title
from egov_desktop.ui.widgets.period_picker import PeriodPicker
from egov_desktop.ui.widgets.stretch_column import StretchColumn

if TYPE_CHECKING:
    from egov_desktop.services.catalogue import CatalogueService
    from egov_desktop.services.register import RegisterService
    from egov_desktop.services.register_import import RegisterImportService

#: Quiet time after the last key before the search runs (a query per key is wasted work).
SEARCH_DELAY_MS = 300

CODE, PROCEDURE, SECTOR, APPLICANT, CHANNEL, STATUS = 0, 1, 2, 3, 4, 8
DATES = (5, 6, 7)
# Typical texts the columns are measured by (the longest status and date are known).
SAMPLE_CODE = "000.00.31.H26-250701-0001"
SAMPLE_SECTOR = "Bảo trợ xã hội"
SAMPLE_APPLICANT = "Nguyễn Văn Cường"
SAMPLE_DATE = "00/00/0000"
# Fewer characters than this of a procedure's name would not tell procedures apart.
PROCEDURE_CHARS = 24
# Mẫu 07's order (code, procedure, applicant, then the dates), so that a 1024-pixel screen
# shows those; sector and channel, which the filters above pick, come last.
SHOWN_ORDER = (CODE, PROCEDURE, APPLICANT, *DATES, STATUS, SECTOR, CHANNEL)


class RegisterView(QWidget):
    """The unit's register; `changed` fires after any add, edit, delete or import."""

    changed = Signal()

    def __init__(
        self,
        register: RegisterService,
        catalogue: CatalogueService,
        importer: RegisterImportService,
        *,
        period_mode: Callable[[], str],
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._catalogue = catalogue
        self._importer = importer
        self._period_mode = period_mode
        self._today = today
        self.model = DossierTableModel(today, self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self._build()
        self._started = False

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        title = page_title(self.tr("Dossier register"))
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.by_period = QCheckBox(self.tr("&Period:"))
        self.by_period.setChecked(True)
        self.by_period.toggled.connect(self._period_toggled)
        self.period_picker = PeriodPicker()
        self.period_picker.changed.connect(lambda _p: self.apply_filters())
        self.sector_combo = QComboBox()
        self.sector_combo.setMinimumContentsLength(14)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status_combo.addItem(status, status)
        self.channel_combo = QComboBox()
        self.channel_combo.addItem(self.tr("All channels"), None)
        for code, label in CHANNEL_LABELS.items():
            self.channel_combo.addItem(label, code)
        self.overdue_check = QCheckBox(self.tr("Over&due now"))
        for combo in (self.sector_combo, self.status_combo, self.channel_combo):
            combo.activated.connect(lambda _i: self.apply_filters())
        self.overdue_check.toggled.connect(lambda _c: self.apply_filters())
        # Two rows: in one, the filters need more than a 1024-pixel screen leaves the page.
        for widget in (self.by_period, self.period_picker, self.overdue_check):
            filters.addWidget(widget)
        filters.addStretch(1)
        layout.addLayout(filters)
        narrow = QHBoxLayout()
        for combo in (self.sector_combo, self.status_combo, self.channel_combo):
            narrow.addWidget(combo)
        narrow.addStretch(1)
        layout.addLayout(narrow)

        tools = QHBoxLayout()
        # Alt and the underlined letter, as in any Windows program; each letter once a page
        # (the translation chooses its own letters, once each too).
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search code, applicant or procedure (accents optional)…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        tools.addWidget(self.search, 1)
        self.add_button = QPushButton(self.tr("&Add dossier…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.add_button.clicked.connect(self.add_dossier)
        self.edit_button.clicked.connect(self.edit_dossier)
        self.delete_button.clicked.connect(self.delete_dossier)
        self.import_button.clicked.connect(self.import_file)
        for button in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            tools.addWidget(button)
        layout.addLayout(tools)

        self.banner = QWidget()
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        self.banner.setStyleSheet("background: #fff3cd;")
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        clear = QPushButton(self.tr("Show the whole register"))
        clear.clicked.connect(self.apply_filters)
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(clear)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        quiet_when_unfocused(self.table)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self._size_columns()
        self.table.doubleClicked.connect(lambda _i: self.edit_dossier())
        # Delete and Enter act on the selected dossier only while the list has the keyboard:
        # pressed in the search box or a filter they are that field's own.
        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_dossier),
            (QKeySequence(Qt.Key.Key_Return), self.edit_dossier),
            (QKeySequence(Qt.Key.Key_Enter), self.edit_dossier),
        ):
            shortcut = QShortcut(keys, self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Insert), self, self.add_dossier)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_start)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel()
        layout.addWidget(self.count_label)

    def focus_start(self) -> None:
        """The keyboard in the search box, its text selected to be typed over (Ctrl+F)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _size_columns(self) -> None:
        """Widths from the font, as sizing to contents would: that reads a million rows.

        Dates, codes and statuses have a known longest text; names get a typical one and can
        be widened by hand (the tooltip shows the whole text); the procedure takes what is
        left, and the view scrolls sideways when nothing is.
        """
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        samples = {
            CODE: [SAMPLE_CODE],
            SECTOR: [SAMPLE_SECTOR],
            APPLICANT: [SAMPLE_APPLICANT],
            CHANNEL: [CHANNEL_LABELS[CHANNEL_ONLINE], CHANNEL_LABELS[CHANNEL_DIRECT]],
            STATUS: list(STATUSES),
            **dict.fromkeys(DATES, [SAMPLE_DATE]),
        }
        fit_to_samples(self.table, samples)
        for visual, logical in enumerate(SHOWN_ORDER):
            header.moveSection(header.visualIndex(logical), visual)
        floor = PROCEDURE_CHARS * metrics.averageCharWidth()
        self.procedure_fit = StretchColumn(self.table, PROCEDURE, floor)

    # -- filters ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the sector list and the rows (the page was opened again).

        The dossier selected stays selected while it is still listed.
        """
        current = self.selected()
        if not self._started:
            self._started = True
            self.period_picker.set_period(
                period_containing(self._today(), "Q", self._period_mode())
            )
        sector = self.sector_combo.currentData()
        self.sector_combo.clear()
        self.sector_combo.addItem(self.tr("All sectors"), None)
        for name in self._register.sectors():
            self.sector_combo.addItem(name, name)
        self.sector_combo.setCurrentIndex(max(self.sector_combo.findData(sector), 0))
        if self.banner.isHidden():
            self.apply_filters()
        else:
            self.model.reload()
            self._show_count()
        if current is not None:
            self.select_dossier(current.id)

    def query(self) -> DossierQuery:
        """The filters as the service takes them."""
        return DossierQuery(
            period=self.period_picker.period().code if self.by_period.isChecked() else None,
            sector=self.sector_combo.currentData(),
            status=self.status_combo.currentData(),
            channel=self.channel_combo.currentData(),
            overdue=self.overdue_check.isChecked(),
            today=self._today(),
            search=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        """Show the dossiers the filters select (only their count is read now)."""
        self._search_timer.stop()
        self.banner.hide()
        query = self.query()
        try:
            source = DossierSource(
                lambda: self._register.count(query),
                lambda offset, limit: self._register.list(query, offset=offset, limit=limit),
                lambda dossier_id: self._register.position(dossier_id, query),
            )
            self.model.set_source(source)
        except UserError as error:
            show_user_error(self, error)
            return
        self._show_count()

    def show_dossiers(self, rows: list[DossierInfo], caption: str) -> None:
        """Show a fixed list (the dossiers behind a report figure) with a way back."""
        self.model.set_source(DossierSource.of(rows))
        self.banner_label.setText(caption)
        self.banner.show()
        self._show_count()

    def _period_toggled(self, checked: bool) -> None:
        self.period_picker.setEnabled(checked)
        self.apply_filters()

    def _show_count(self, note: str = "") -> None:
        text = self.tr("{count} dossier(s)").replace(
            "{count}", f"{self.model.rowCount():,}".replace(",", ".")
        )
        self.count_label.setText(f"{text}. {note}" if note else text)

    def select_dossier(self, dossier_id: int) -> bool:
        """Select the dossier's row and scroll to it; False when the list does not show it."""
        try:
            row = self.model.row_of(dossier_id)
        except UserError:
            return False  # the filters' own refusal, already said by apply_filters
        if row is None:
            return False
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, CODE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    # -- editing ---------------------------------------------------------------------------

    def selected(self) -> DossierInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.dossier(rows[0].row()) if rows else None

    def add_dossier(self) -> None:
        from egov_desktop.ui.views.dossier_dialog import DossierDialog

        dialog = DossierDialog(self._register, self._catalogue, today=self._today, parent=self)
        if dialog.exec():
            self._edited(dialog.saved)

    def edit_dossier(self) -> None:
        from egov_desktop.ui.views.dossier_dialog import DossierDialog

        current = self.selected()
        if current is None:
            return
        dialog = DossierDialog(
            self._register, self._catalogue, dossier=current, today=self._today, parent=self
        )
        if dialog.exec():
            self._edited(dialog.saved)

    def delete_dossier(self) -> None:
        current = self.selected()
        if current is None or not self.confirm_delete(current):
            return
        row = self.table.currentIndex().row()
        try:
            self._register.delete(current.id)
        except UserError as error:
            show_user_error(self, error)
            return
        self._edited()
        # The row that took its place (or the new last one) is selected, as in a file list:
        # the keyboard stays in the list, and Delete goes on to the next dossier.
        row = min(row, self.model.rowCount() - 1)
        if row >= 0:
            self._select_row(row)

    def confirm_delete(self, dossier: DossierInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete dossier"),
            self.tr(
                "Delete dossier {code} from the register? The audit trail keeps a record."
            ).replace("{code}", dossier.code),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            # Enter keeps the dossier: deleting takes a deliberate "Yes".
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_file(self) -> None:
        from egov_desktop.ui.views.register_import_dialog import RegisterImportDialog

        dialog = RegisterImportDialog(self._importer, parent=self, today=self._today)
        if not dialog.choose_file():
            return
        dialog.exec()
        # Closed however, once applied the import has changed the register.
        if dialog.imported is not None:
            self._edited()

    def _edited(self, saved: DossierInfo | None = None) -> None:
        """Show the register as changed; a dossier just saved is selected, or said hidden."""
        self.refresh()
        if saved is not None and not self.select_dossier(saved.id):
            # Saved but not listed: without a word the clerk would think it lost.
            self.table.clearSelection()
            self._show_count(
                self.tr("Dossier {code} was saved but is not in the list as filtered.").replace(
                    "{code}", saved.code
                )
            )
        self.changed.emit()
