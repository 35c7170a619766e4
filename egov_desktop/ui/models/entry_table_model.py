"""The entry grid's model: one row per sector plus the computed "Tổng số" row, form columns."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from typing_extensions import override

from egov_desktop.errors import ValidationError
from egov_desktop.services.entry_dto import SOURCE_COMPUTED

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import EntryGrid, Problem

#: Column kinds of the form definition.
KIND_SEQ, KIND_LABEL, KIND_INT = "seq", "label", "int"
#: Severity of a problem, as the services report it.
ERROR, WARNING = "error", "warning"

#: Custom role: "error", "warning" or None for the cell.
ProblemRole = Qt.ItemDataRole.UserRole + 1

ERROR_BACKGROUND = QColor("#f6c9c9")
WARNING_BACKGROUND = QColor("#fbe3a6")
TOTAL_BACKGROUND = QColor("#e9edf2")
#: A column the period leaves empty ("Cấp huyện" after the 2025 reform).
CLOSED_BACKGROUND = QColor("#eeeeee")
COMPUTED_FOREGROUND = QColor("#6b6b6b")

#: (sector id, column number, new value or None to clear).
Change = tuple[int, int, int | None]
AnyIndex = QModelIndex | QPersistentModelIndex


def format_number(value: int | None) -> str:
    """Vietnamese digit grouping: 12345 -> "12.345"; None -> ""."""
    return "" if value is None else f"{value:,}".replace(",", ".")


class EntryTableModel(QAbstractTableModel):
    """Shows an EntryGrid; edits are parsed by the service and handed to `commit`.

    The model never writes by itself: `commit` (the view's undoable write) stores the change and
    hands back the fresh grid through `set_grid`, so what is shown is always what was saved.
    """

    #: (row, column, Vietnamese message): a typed value was refused; the old value stays.
    rejected = Signal(int, int, str)

    def __init__(
        self,
        parse: Callable[[str], int | None],
        commit: Callable[[Sequence[Change]], bool],
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._parse = parse
        self._commit = commit
        self._grid: EntryGrid | None = None
        self._cell_problems: dict[tuple[int, int], list[Problem]] = {}
        self.read_only = False
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)

    # -- loading ---------------------------------------------------------------------------

    @property
    def grid(self) -> EntryGrid | None:
        return self._grid

    def set_grid(self, grid: EntryGrid | None) -> None:
        """Show `grid`; the same shape keeps the selection and current cell (refresh after edit)."""
        same_shape = (
            self._grid is not None
            and grid is not None
            and self._grid.form.columns == grid.form.columns
            and [r.sector_id for r in self._grid.rows] == [r.sector_id for r in grid.rows]
        )
        if not same_shape:
            self.beginResetModel()
        self._grid = grid
        self._cell_problems = {}
        if grid is not None:
            rows = {r.sector_id: i for i, r in enumerate(grid.rows)}
            columns = {c.number: i for i, c in enumerate(grid.form.columns)}
            for problem in grid.problems:
                # A problem without a sector is about the total row (the sums).
                row = len(grid.rows) if problem.sector_id is None else rows.get(problem.sector_id)
                if row is None:
                    continue  # a hidden sector's figures are not shown
                for number in problem.columns:
                    if number in columns:
                        self._cell_problems.setdefault((row, columns[number]), []).append(problem)
        if same_shape:
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        else:
            self.endResetModel()

    # -- geometry --------------------------------------------------------------------------

    @override
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid.rows) + 1  # the total row

    @override
    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid.form.columns)

    def total_row(self) -> int:
        return self.rowCount() - 1

    def is_total(self, row: int) -> bool:
        return self._grid is not None and row == len(self._grid.rows)

    def kind(self, column: int) -> str:
        assert self._grid is not None
        return self._grid.form.columns[column].kind

    def is_editable(self, row: int, column: int) -> bool:
        return (
            self._grid is not None
            and not self.read_only
            and 0 <= row < len(self._grid.rows)
            and 0 <= column < self.columnCount()
            and self.kind(column) == KIND_INT
            and self.closed_reason(column) is None
        )

    def closed_reason(self, column: int) -> str | None:
        """Why a figure column stays empty for this period; None for an open column."""
        if self._grid is None or not 0 <= column < self.columnCount():
            return None
        return self._grid.closed.get(self._grid.form.columns[column].number)

    def cell_key(self, row: int, column: int) -> tuple[int, int] | None:
        """(sector id, column number) of an editable cell, else None."""
        if self._grid is None or not (
            0 <= row < len(self._grid.rows) and 0 <= column < self.columnCount()
        ):
            return None
        if self.kind(column) != KIND_INT or self.closed_reason(column) is not None:
            return None
        return self._grid.rows[row].sector_id, self._grid.form.columns[column].number

    def locate(self, sector_id: int | None, number: int) -> tuple[int, int] | None:
        """(row, column) of a sector's column number; None sector means the total row."""
        if self._grid is None:
            return None
        columns = [c.number for c in self._grid.form.columns]
        if number not in columns:
            return None
        if sector_id is None:
            return self.total_row(), columns.index(number)
        for row, grid_row in enumerate(self._grid.rows):
            if grid_row.sector_id == sector_id:
                return row, columns.index(number)
        return None

    # -- values ----------------------------------------------------------------------------

    def value(self, row: int, column: int) -> int | None:
        """The stored number of a cell (the total row's sums included)."""
        if self._grid is None or self.kind(column) != KIND_INT:
            return None
        number = self._grid.form.columns[column].number
        if self.is_total(row):
            if all(r.values.get(number) is None for r in self._grid.rows):
                return None  # an untouched column stays blank, as in the sheet
            return self._grid.total.get(number)
        return self._grid.rows[row].values.get(number)

    def plain_text(self, row: int, column: int) -> str:
        """A cell as copied to the clipboard: digits without grouping, text as shown."""
        kind = self.kind(column)
        if kind == KIND_INT:
            value = self.value(row, column)
            return "" if value is None else str(value)
        return self._text(row, column)

    def _text(self, row: int, column: int) -> str:
        assert self._grid is not None
        kind = self.kind(column)
        if kind == KIND_INT:
            return format_number(self.value(row, column))
        if self.is_total(row):
            return (
                QCoreApplication.translate("EntryTableModel", "Total") if kind == KIND_LABEL else ""
            )
        if kind == KIND_SEQ:
            return str(row + 1)
        return self._grid.rows[row].sector

    def _source(self, row: int, column: int) -> str | None:
        assert self._grid is not None
        if self.is_total(row) or self.kind(column) != KIND_INT:
            return None
        return self._grid.rows[row].sources.get(self._grid.form.columns[column].number)

    def problems_at(self, row: int, column: int) -> list[Problem]:
        return self._cell_problems.get((row, column), [])

    def severity(self, row: int, column: int) -> str | None:
        problems = self.problems_at(row, column)
        if not problems:
            return None
        return ERROR if any(p.severity == ERROR for p in problems) else WARNING

    @override
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._grid is None:
            return None
        row, column = index.row(), index.column()
        kind = self.kind(column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return self.plain_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind == KIND_INT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if kind == KIND_SEQ:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole:
            if self.is_total(row):
                return self._bold
            return self._italic if self._source(row, column) == SOURCE_COMPUTED else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self._source(row, column) == SOURCE_COMPUTED:
                return QBrush(COMPUTED_FOREGROUND)
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            severity = self.severity(row, column)
            if severity == ERROR:
                return QBrush(ERROR_BACKGROUND)
            if severity == WARNING:
                return QBrush(WARNING_BACKGROUND)
            if self.closed_reason(column) is not None:
                return QBrush(CLOSED_BACKGROUND)
            return QBrush(TOTAL_BACKGROUND) if self.is_total(row) else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == ProblemRole:
            return self.severity(row, column)
        return None

    def _tooltip(self, row: int, column: int) -> str | None:
        if self.kind(column) == KIND_LABEL:
            return self._text(row, column)  # a long sector name is elided in its cell
        lines = [p.message for p in self.problems_at(row, column)]
        closed = self.closed_reason(column)
        if closed is not None:
            lines.append(closed)
        if self._source(row, column) == SOURCE_COMPUTED:
            lines.append(
                QCoreApplication.translate(
                    "EntryTableModel",
                    "Taken from the previous period's pending dossiers; type a number to "
                    "replace it.",
                )
            )
        if self.is_total(row) and self.kind(column) == KIND_INT:
            lines.append(
                QCoreApplication.translate("EntryTableModel", "Sum of the rows above (read-only).")
            )
        return "\n".join(lines) or None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            self._grid is None
            or orientation != Qt.Orientation.Horizontal
            or not 0 <= section < self.columnCount()
        ):
            return None
        info = self._grid.form.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return info.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"({info.number}) " + " — ".join(info.path)
        return None

    @override
    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.is_editable(index.row(), index.column()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    @override
    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Parse the typed text through the service and hand the change to `commit`."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        key = self.cell_key(index.row(), index.column())
        if key is None or self.read_only:
            return False
        try:
            number = self._parse("" if value is None else str(value))
        except ValidationError as error:
            self.rejected.emit(index.row(), index.column(), error.message)
            return False
        if number == self.value(index.row(), index.column()):
            return True  # nothing changed: no write, no undo step
        return self._commit([(key[0], key[1], number)])
