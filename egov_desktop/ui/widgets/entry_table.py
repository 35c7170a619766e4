"""The entry grid's table view: Excel-like keys, TSV copy, paste and clear requests."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)
from typing_extensions import override

from egov_desktop.ui.models.entry_table_model import KIND_INT, KIND_LABEL, EntryTableModel
from egov_desktop.ui.models.paste_plan import to_tsv
from egov_desktop.ui.widgets.focus import quiet_when_unfocused
from egov_desktop.ui.widgets.grouped_header import GroupedHeaderView

Action = QAbstractItemView.CursorAction
Hint = QAbstractItemDelegate.EndEditHint
_ARROWS = {
    Qt.Key.Key_Up: Action.MoveUp,
    Qt.Key.Key_Down: Action.MoveDown,
    Qt.Key.Key_Left: Action.MoveLeft,
    Qt.Key.Key_Right: Action.MoveRight,
}
#: Column widths in pixels at the default font: sequence number and each figure.
SEQ_WIDTH = 40
NUMBER_WIDTH = 78
LABEL_MIN_WIDTH = 190


class NumberDelegate(QStyledItemDelegate):
    """A plain line editor (the service validates); arrows leave a cell being overwritten."""

    def __init__(self, view: EntryTableView) -> None:
        super().__init__(view)
        self._view = view

    @override
    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Started by typing: arrows commit and move (Excel's "enter" mode); started with F2 or a
        # double click, arrows move the text cursor instead.
        editor.setProperty("overwrite", self._view.typing_started)
        self._view.typing_started = False
        return editor

    @override
    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(editor, QLineEdit)
        ):
            key = event.key()
            action = _ARROWS.get(Qt.Key(key))
            vertical = key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            if action is not None and (vertical or editor.property("overwrite")):
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, Hint.NoHint)
                self._view.step(action)
                return True
        return super().eventFilter(editor, event)


class EntryTableView(QTableView):
    """Keys as in a spreadsheet: type to overwrite, Enter down, Tab right, Delete clears."""

    #: Clipboard text to paste at the current cell.
    paste_requested = Signal(str)
    #: [(row, column), …] of the selected cells to clear in one batch.
    clear_requested = Signal(list)
    #: A figure typed into a report that takes none (complete, sent, or of another mode).
    typing_refused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typing_started = False
        self._refused = False
        self.grouped_header = GroupedHeaderView(self)
        self.setHorizontalHeader(self.grouped_header)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setItemDelegate(NumberDelegate(self))
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        quiet_when_unfocused(self)

    @property
    def entry_model(self) -> EntryTableModel:
        model = self.model()
        assert isinstance(model, EntryTableModel)
        return model

    @override
    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if isinstance(model, EntryTableModel):
            model.rejected.connect(self._on_rejected)
            model.modelReset.connect(self.fit_columns)

    def _on_rejected(self, _row: int, _column: int, _message: str) -> None:
        self._refused = True

    # -- moving ----------------------------------------------------------------------------

    def step(self, action: QAbstractItemView.CursorAction) -> None:
        """Move the current cell as the arrow keys do; a refused value keeps the cell."""
        if self._refused:
            self._refused = False
            return
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    @override
    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Qt's Enter/Tab hints would open the next editor; a spreadsheet only moves.
        moves = {
            Hint.SubmitModelCache: Action.MoveDown,
            Hint.EditNextItem: Action.MoveNext,
            Hint.EditPreviousItem: Action.MovePrevious,
        }
        super().closeEditor(editor, Hint.NoHint)
        if hint in moves:
            self.step(moves[hint])
        else:
            self._refused = False

    # -- keys ------------------------------------------------------------------------------

    @override
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
            return
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit(QGuiApplication.clipboard().text())
        elif key == Qt.Key.Key_Delete:
            self.clear_requested.emit(self.selected_cells())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._refused = False
            self.step(Action.MoveUp if shift else Action.MoveDown)
        else:
            text = event.text()
            ctrl = event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            self.typing_started = bool(text) and text.isprintable() and not ctrl
            if self.typing_started and self._locked_figure():
                # Qt ignores a key on a cell it cannot edit: the clerk would see nothing happen.
                self.typing_refused.emit()
            super().keyPressEvent(event)
            self._caret_to_end()
            return
        event.accept()

    def _locked_figure(self) -> bool:
        """The current cell is a figure the report's state, not the column, keeps unchanged."""
        model = self.model()
        index = self.currentIndex()
        return (
            isinstance(model, EntryTableModel)
            and model.read_only
            and index.isValid()
            and model.cell_key(index.row(), index.column()) is not None
        )

    @override
    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.typing_started = False
        super().mouseDoubleClickEvent(event)
        self._caret_to_end()

    def _caret_to_end(self) -> None:
        """F2 and double click amend the figure: caret at the end, nothing selected (as Excel).

        Qt selects the whole text of a new line editor, which suits overwriting only.
        """
        editor = QApplication.focusWidget()
        if (
            self.state() == QAbstractItemView.State.EditingState
            and isinstance(editor, QLineEdit)
            and editor.parent() is self.viewport()
            and not editor.property("overwrite")
        ):
            editor.deselect()
            editor.end(False)

    # -- selection and clipboard -------------------------------------------------------------

    def selected_cells(self) -> list[tuple[int, int]]:
        return sorted((i.row(), i.column()) for i in self.selectionModel().selectedIndexes())

    def selection_bounds(self) -> tuple[int, int, int, int] | None:
        """(top, left, bottom, right) of the selection, or None."""
        cells = self.selected_cells()
        if not cells:
            return None
        rows = [r for r, _ in cells]
        columns = [c for _, c in cells]
        return min(rows), min(columns), max(rows), max(columns)

    def copy_selection(self) -> str:
        """Put the selected rectangle on the clipboard as TSV (numbers without grouping)."""
        bounds = self.selection_bounds()
        if bounds is None:
            return ""
        top, left, bottom, right = bounds
        chosen = set(self.selected_cells())
        model = self.entry_model
        rows = [
            [model.plain_text(r, c) if (r, c) in chosen else "" for c in range(left, right + 1)]
            for r in range(top, bottom + 1)
        ]
        text = to_tsv(rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def select_block(self, top: int, left: int, bottom: int, right: int) -> None:
        model = self.entry_model
        bottom = min(bottom, model.rowCount() - 1)
        right = min(right, model.columnCount() - 1)
        selection = self.selectionModel()
        selection.clearSelection()
        for r in range(top, bottom + 1):
            for c in range(left, right + 1):
                selection.select(model.index(r, c), QItemSelectionModel.SelectionFlag.Select)
        selection.setCurrentIndex(
            model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate
        )

    # -- geometry ----------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Narrow TT, even figure columns, the sector name taking the rest of the width."""
        model = self.model()
        if not isinstance(model, EntryTableModel) or model.grid is None:
            return
        scale = max(self.fontMetrics().averageCharWidth() / 7.0, 1.0)
        label = None
        others = 0
        for column in range(model.columnCount()):
            kind = model.kind(column)
            if kind == KIND_LABEL:
                label = column
                continue
            width = int((NUMBER_WIDTH if kind == KIND_INT else SEQ_WIDTH) * scale)
            self.setColumnWidth(column, width)
            others += width
        if label is not None:
            room = self.viewport().width() - others
            self.setColumnWidth(label, max(int(LABEL_MIN_WIDTH * scale), room))

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
