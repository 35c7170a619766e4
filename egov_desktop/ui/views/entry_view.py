"""Report entry: pick a form and period, type or paste the figures, see the checks, complete.

EntryView lays the page out, chooses the form and period, and reads and shows the report (its
grid, checks and status). What the grid's edits write is EntryEditing's (entry_editing), what
the carry-over, complete and re-open buttons do EntryActions' (entry_actions), and what the page
offers for a report counted in another period mode StoredModeChoice's (entry_mode_choice). Each
is a QObject of its own, so that its texts are translated under its own class name.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.errors import StoredModeError, UserError
from egov_desktop.services.entry_dto import (
    STATUS_DONE,
    STATUS_EMPTY,
    STATUS_IN_PROGRESS,
    Problem,
)
from egov_desktop.services.stats import SUPPORTED_FORMS as COMPUTED_FORMS
from egov_desktop.ui.models.entry_table_model import ERROR, WARNING, EntryTableModel
from egov_desktop.ui.models.paste_plan import PastePlan
from egov_desktop.ui.views.entry_actions import EntryActions
from egov_desktop.ui.views.entry_editing import EntryEditing
from egov_desktop.ui.views.entry_mode_choice import StoredModeChoice
from egov_desktop.ui.widgets.checks_panel import ChecksPanel
from egov_desktop.ui.widgets.entry_table import EntryTableView
from egov_desktop.ui.widgets.grouped_header import HeaderLayout
from egov_desktop.ui.widgets.message_bar import MessageBar
from egov_desktop.ui.widgets.note_dialog import ask_note
from egov_desktop.ui.widgets.page_title import page_title
from egov_desktop.ui.widgets.paste_preview import confirm_paste
from egov_desktop.ui.widgets.period_picker import PeriodPicker
from egov_desktop.ui.widgets.stored_mode_box import StoredModeBox

if TYPE_CHECKING:
    from egov_desktop.services.entry import EntryService
    from egov_desktop.services.entry_dto import EntryGrid, FormInfo
    from egov_desktop.services.unit_entry import UnitEntry

logger = logging.getLogger(__name__)

_STATUS_STYLE = {
    STATUS_EMPTY: "background: #e4e4e4; color: #333;",
    STATUS_IN_PROGRESS: "background: #fbe3a6; color: #4a3500;",
    STATUS_DONE: "background: #cdebd3; color: #0f4d1c;",
}


class EntryView(QWidget):
    """The screen a clerk lives in: one form, one period, every edit saved at once.

    `dossiers_requested(form, period, column, sector or None)` asks for the dossiers behind a
    figure; `compute_requested(form, period)` for the figures computed from the register.
    """

    dossiers_requested = Signal(str, str, int, object)
    compute_requested = Signal(str, str)
    #: (form, period code) now shown.
    opened = Signal(str, str)

    def __init__(
        self,
        entry: EntryService | UnitEntry,
        *,
        period_mode: Callable[[], str],
        actor: Callable[[], str | None] = lambda: None,
        today: Callable[[], date] = date.today,
        register_checks: Callable[[str, str], list[Problem]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: What the page and its parts read and write through; `actor` names who writes.
        self.service = entry
        #: (form, period) -> the checks of the report against the unit's register, which
        #: `egov validate` lists too (StatsService.recount_problems); None: no register.
        self._register_checks = register_checks
        self._period_mode = period_mode
        self.actor = actor
        self._today = today
        self._forms: list[FormInfo] = []
        self.form_code = ""
        self.period_code = ""
        #: Replaced in tests; the defaults open modal dialogs.
        self.ask_note: Callable[[list[Problem]], str | None] = lambda w: ask_note(w, self)
        self.confirm_paste: Callable[[PastePlan], bool] = lambda p: confirm_paste(p, self)
        #: A report counted in another period mode than the unit's: why, what the user chose.
        self.mode_choice = StoredModeChoice(self)
        self.confirm_adopt: Callable[[StoredModeError], bool] = self.mode_choice.ask_adopt
        self.undo_stack = QUndoStack(self)
        #: The grid's edits, and the carry-over, complete and re-open buttons' slots.
        self.editing = EntryEditing(self)
        self.report_actions = EntryActions(self)
        self.model = EntryTableModel(entry.parse_value, self.editing.commit_typed, self)
        self.model.rejected.connect(self._rejected)
        self._build()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title = page_title(self.tr("Report entry"))
        layout.addWidget(title)

        pick = QHBoxLayout()
        # Alt and an underlined letter: each once on the page, the translation's own letters.
        form_label = QLabel(self.tr("&Form:"))
        pick.addWidget(form_label)
        self.form_combo = QComboBox()
        self.form_combo.activated.connect(self._form_chosen)
        form_label.setBuddy(self.form_combo)
        pick.addWidget(self.form_combo)
        pick.addSpacing(16)
        self.period_caption = QLabel(self.tr("&Period:"))
        pick.addWidget(self.period_caption)
        self.period_picker = PeriodPicker()
        self.period_picker.changed.connect(self._period_chosen)
        pick.addWidget(self.period_picker)
        pick.addSpacing(16)
        pick.addWidget(QLabel(self.tr("Status:")))
        self.status_label = QLabel()
        pick.addWidget(self.status_label)
        self.done_button = QPushButton(self.tr("&Mark complete"))
        self.done_button.clicked.connect(self.report_actions.mark_done)
        self.reopen_button = QPushButton(self.tr("&Re-open"))
        self.reopen_button.clicked.connect(self.report_actions.reopen)
        pick.addWidget(self.done_button)
        pick.addWidget(self.reopen_button)
        pick.addStretch(1)
        layout.addLayout(pick)

        caption = QHBoxLayout()
        self.form_title = QLabel()
        self.form_title.setStyleSheet("font-weight: bold;")
        self.form_title.setWordWrap(True)
        self.period_label = QLabel()
        self.period_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        caption.addWidget(self.form_title, 1)
        caption.addWidget(self.period_label)
        layout.addLayout(caption)
        self.mode_box = StoredModeBox()
        self.mode_box.as_counted_button.clicked.connect(self.mode_choice.show_as_counted)
        self.mode_box.recount_button.clicked.connect(
            lambda: self.compute_requested.emit(self.form_code, self.period_code)
        )
        self.mode_box.adopt_button.clicked.connect(self.mode_choice.adopt_mode)
        layout.addWidget(self.mode_box)

        tools = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.redo_button = QPushButton(self.tr("Re&do"))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_stack.undoTextChanged.connect(self.undo_button.setToolTip)
        self.undo_stack.redoTextChanged.connect(self.redo_button.setToolTip)
        self.carry_button = QPushButton(self.tr("&Take figures from the previous period"))
        self.carry_button.setToolTip(
            self.tr("Fill column (6) with the previous period's pending dossiers (column 11)")
        )
        self.carry_button.clicked.connect(self.report_actions.carry_over)
        # The checks tell the clerk to recount by this name: a command only in the grid's
        # context menu, under another name, was not found.
        self.recount_button = QPushButton(self.tr("Re&count from the register…"))
        self.recount_button.clicked.connect(
            lambda: self.compute_requested.emit(self.form_code, self.period_code)
        )
        self.recount_button.hide()
        hint = QLabel(
            self.tr("Type digits to fill a cell; Enter, Tab and arrows move; Ctrl+V pastes.")
        )
        hint.setStyleSheet("color: #555;")
        # Beside the buttons on a 1024-pixel screen the hint takes two lines, never more room.
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for button in (self.undo_button, self.redo_button, self.carry_button, self.recount_button):
            tools.addWidget(button)
        tools.addWidget(hint, 1)
        layout.addLayout(tools)
        self._add_shortcuts()

        self.table = EntryTableView()
        self.table.setModel(self.model)
        self.table.paste_requested.connect(self.editing.paste_text)
        self.table.clear_requested.connect(self.editing.clear_cells)
        self.table.typing_refused.connect(self.editing.refuse_typing)
        self._add_register_actions()
        self.checks = ChecksPanel()
        self.problems_title = self.checks.title
        self.problems = self.checks.problems
        self.problems.chosen.connect(self.select_problem)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.checks)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        #: The last refusal or notice, at the page's foot: outside the splitter, a long one
        #: takes its room from the grid and the checks only while it is shown.
        self.message = MessageBar()
        layout.addWidget(self.message)

    def _add_shortcuts(self) -> None:
        """Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z anywhere on the page (an open editor keeps its own)."""
        for keys, slot in (
            ([QKeySequence(QKeySequence.StandardKey.Undo)], self.undo_stack.undo),
            ([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")], self.undo_stack.redo),
        ):
            action = QAction(self)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    # -- choosing form and period ----------------------------------------------------------

    def _add_register_actions(self) -> None:
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.drill_action = QAction(self.tr("Show the dossiers behind this figure"), self.table)
        self.drill_action.setShortcut(QKeySequence("Ctrl+D"))
        self.drill_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.drill_action.triggered.connect(self.request_dossiers)
        self.compute_action = QAction(self.tr("Recount from the register…"), self)
        self.compute_action.triggered.connect(
            lambda: self.compute_requested.emit(self.form_code, self.period_code)
        )
        self.table.addAction(self.drill_action)
        self.table.addAction(self.compute_action)

    def focus_start(self) -> None:
        """The keyboard in the grid, on its current figure or else on the first one.

        The first figure is the first to type (or to read, in a completed report): never a
        sector's name, where typing does nothing.
        """
        index = self.table.currentIndex()
        if not (index.isValid() and self.model.cell_key(index.row(), index.column())):
            first = next(
                (
                    (row, column)
                    for row in range(self.model.rowCount())
                    for column in range(self.model.columnCount())
                    if self.model.cell_key(row, column) is not None
                ),
                None,
            )
            if first is not None:
                self.table.setCurrentIndex(self.model.index(*first))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def request_dossiers(self) -> None:
        """Ask for the dossiers counted in the current cell (II.06a figures only)."""
        grid = self.model.grid
        index = self.table.currentIndex()
        if grid is None or not index.isValid() or grid.form.code != "II.06a":
            return
        column = grid.form.columns[index.column()]
        if column.kind != "int":
            return
        row = index.row()
        sector = None if self.model.is_total(row) else grid.rows[row].sector
        self.dossiers_requested.emit(grid.form.code, grid.period_code, column.number, sector)

    def refresh(self) -> None:
        """Called when the page is shown: first time chooses the current period, later reloads."""
        if not self._forms:
            self._load_forms()
            if not self._forms:
                return
            form = self._forms[0]
            self._choose(form, self._default_period(form))
        else:
            self.reload()

    def _load_forms(self) -> None:
        try:
            self._forms = list(self.service.forms())
        except UserError as error:
            self.show_message(error.message, error=True)
            return
        self.form_combo.clear()
        for form in self._forms:
            # The code is what offices call a form; its long title is on the line below.
            self.form_combo.addItem(form.code, form.code)
            self.form_combo.setItemData(
                self.form_combo.count() - 1, form.title, Qt.ItemDataRole.ToolTipRole
            )

    def _default_period(self, form: FormInfo) -> Period:
        return period_containing(self._today(), form.period_kind, self._period_mode())

    def open(self, form: str, period: str) -> None:
        """Show `form` for `period` (a period code), e.g. from the home page's to-do list."""
        if not self._forms:
            self._load_forms()
        info = next((f for f in self._forms if f.code == form), None)
        if info is None:
            return
        self._choose(info, Period.parse(period))

    def _form_chosen(self, index: int) -> None:
        form = self._forms[index]
        current = Period.parse(self.period_code) if self.period_code else None
        period = (
            current
            if current is not None and current.kind == form.period_kind
            else self._default_period(form)
        )
        self._choose(form, period)

    def _period_chosen(self, period: Period) -> None:
        form = next(f for f in self._forms if f.code == self.form_code)
        self._choose(form, period)

    def _choose(self, form: FormInfo, period: Period) -> None:
        changed_form = form.code != self.form_code
        self.form_code, self.period_code = form.code, period.code
        self.form_combo.setCurrentIndex(self.form_combo.findData(form.code))
        self.period_picker.set_period(period)
        # A form of one period a year has no choice but its year.
        picker = self.period_picker
        self.period_caption.setBuddy(picker.number if picker.number.isEnabled() else picker.year)
        # Undo steps belong to the form and period they were made in.
        self.undo_stack.clear()
        self.show_message("")
        # What the user chose for a report counted in another mode holds for that one only.
        self.mode_choice.as_counted = self.mode_choice.adopted = False
        if changed_form:
            self.compute_action.setEnabled(form.code in COMPUTED_FORMS)
            self.recount_button.setVisible(
                form.code in COMPUTED_FORMS and self.compute_action.isVisible()
            )
            self.table.grouped_header.set_header_layout(HeaderLayout.from_form(form))
            self.form_title.setText(f"{form.code} — {form.title}")
        self.reload()
        self.table.fit_columns()
        self.opened.emit(form.code, period.code)

    def without_register(self) -> None:
        """For another unit's figures (an office typing them): no register stands behind them."""
        self._register_checks = None
        for action in (self.drill_action, self.compute_action):
            self.table.removeAction(action)
            action.setEnabled(False)
        self.compute_action.setVisible(False)
        self.drill_action.setVisible(False)
        self.recount_button.hide()

    # -- showing ---------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the grid again and show it (values, totals, checks, status)."""
        if not self.form_code:
            return
        try:
            grid = self.service.grid(
                form=self.form_code, period=self.period_code, adopt_mode=self.mode_choice.adopted
            )
        except StoredModeError as refusal:
            self.mode_choice.refused(refusal)
            return
        except UserError as error:
            self.show_message(error.message, error=True)
            return
        self.mode_choice.refusal = None
        self.show_grid(grid)

    def show_grid(self, grid: EntryGrid) -> None:
        """Show `grid`: its figures, window, status and checks, and the buttons its status has."""
        self.mode_choice.show_note(grid)
        done = grid.status == STATUS_DONE
        self.model.read_only = done
        self.model.set_grid(grid)
        self.period_label.setText(f"{grid.period_label} {grid.window_text}")
        self.status_label.setText(self.status_text(grid.status))
        self.status_label.setStyleSheet(
            "padding: 2px 10px; border-radius: 8px; " + _STATUS_STYLE.get(grid.status, "")
        )
        tip = grid.note if done and grid.note else ""
        self.status_label.setToolTip(self.tr("Note: {note}").replace("{note}", tip) if tip else "")
        if grid.locked_version is not None:
            # Sent to the office: only the send page can reopen it, with a reason.
            # A sent report is a finished one: "Hoàn thành · " before it made the row wider
            # than a 1024-pixel screen leaves, and the end of "đã khóa" was cut off.
            sent = self.tr("sent (package v{version}), locked").replace(
                "{version}", str(grid.locked_version)
            )
            self.status_label.setText(sent[:1].upper() + sent[1:])
            self.status_label.setToolTip(
                self.tr("To correct it, reopen it on the Send reports page with a reason.")
            )
        self.done_button.setVisible(not done)
        self.reopen_button.setVisible(done and grid.locked_version is None)
        # Only a form with a carry-over rule (II.06a's column 6) has figures to take.
        self.carry_button.setVisible(grid.form.carries_over)
        self.carry_button.setEnabled(not done and grid.form.carries_over)
        self.recount_button.setEnabled(not done)
        problems = [*grid.problems, *self.register_problems(grid)]
        errors = sum(1 for p in problems if p.severity == ERROR)
        warnings = sum(1 for p in problems if p.severity == WARNING)
        title = (
            self.tr("Checks: {errors} error(s), {warnings} warning(s)")
            .replace("{errors}", str(errors))
            .replace("{warnings}", str(warnings))
            if problems
            else self.tr("Checks: no problems found")
        )
        self.checks.show_problems(title, problems)

    def register_problems(self, grid: EntryGrid) -> list[Problem]:
        """Figures counted from the register that it now counts otherwise, as validate says."""
        if self._register_checks is None:
            return []
        try:
            return self._register_checks(grid.form.code, grid.period_code)
        except UserError as error:
            self.show_message(error.message, error=True)
            return []

    def status_text(self, status: str) -> str:
        return {
            STATUS_EMPTY: self.tr("Not started"),
            STATUS_IN_PROGRESS: self.tr("In progress"),
            STATUS_DONE: self.tr("Complete"),
        }.get(status, status)

    def show_message(self, text: str, *, error: bool = False) -> None:
        """`text` under the grid, in red for an error; "" takes the message away."""
        self.message.show_text(text, error=error)

    def _rejected(self, row: int, column: int, message: str) -> None:
        """A refused figure: the service's message under the grid; the cell stays current."""
        info = self.model.grid.form.columns[column] if self.model.grid else None
        where = self.model.data(self.model.index(row, 1)) if info else ""
        prefix = f"{where} — ({info.number}) {info.title}: " if info else ""
        self.show_message(prefix + message, error=True)

    def select_problem(self, problem: Problem) -> None:
        """Select the cells a problem is about and bring them into view."""
        cells = [self.model.locate(problem.sector_id, n) for n in problem.columns]
        found = [c for c in cells if c is not None]
        if not found:
            return
        selection = self.table.selectionModel()
        selection.clearSelection()
        for row, column in found:
            selection.select(
                self.model.index(row, column), QItemSelectionModel.SelectionFlag.Select
            )
        first = self.model.index(*found[0])
        selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.table.scrollTo(first)
        self.table.setFocus()
