"""The register as a table that fetches pages on demand, so a million dossiers stay smooth.

Only the row count is asked up front; a page of rows is read the first time one of its rows is
painted, and a handful of pages are kept (least recently used first out).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from egov_desktop.domain.dossiers import STATUS_IN_PROGRESS, STATUS_WAITING, format_day
from egov_desktop.services.register_dto import DossierInfo

PAGE = 200
KEEP_PAGES = 12
_OVERDUE = QBrush(QColor("#c62828"))
_Index = QModelIndex | QPersistentModelIndex
# The tooltip repeats the text: names and procedures are often cut to fit a small screen.
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole)


def _day(value: date | None) -> str:
    # Four-digit years: a date imported before the register checked years shows as typed.
    return "" if value is None else format_day(value)


class DossierSource:
    """Where the rows come from: the register behind a filter, or a fixed list (drill-down)."""

    def __init__(
        self,
        count: Callable[[], int],
        page: Callable[[int, int], Sequence[DossierInfo]],
        position: Callable[[int], int | None] = lambda _id: None,
    ) -> None:
        self.count = count
        self.page = page
        #: The row of the dossier with that id, None when not listed (read without paging:
        #: the register may hold a million rows).
        self.position = position

    @classmethod
    def of(cls, rows: Sequence[DossierInfo]) -> DossierSource:
        fixed = list(rows)
        rows_by_id = {d.id: row for row, d in reversed(list(enumerate(fixed)))}
        return cls(
            lambda: len(fixed),
            lambda offset, limit: fixed[offset : offset + limit],
            rows_by_id.get,
        )


class DossierTableModel(QAbstractTableModel):
    """Read-only rows of the register; `dossier(row)` gives the DossierInfo behind a row."""

    def __init__(self, today: Callable[[], date] = date.today, parent: Any = None) -> None:
        super().__init__(parent)
        self._today = today
        self._source = DossierSource.of([])
        self._rows = 0
        self._pages: OrderedDict[int, Sequence[DossierInfo]] = OrderedDict()
        self.fetches = 0
        self.headers = [
            self.tr("Dossier code"),
            self.tr("Procedure"),
            self.tr("Sector"),
            self.tr("Applicant"),
            self.tr("Channel"),
            self.tr("Received"),
            self.tr("Due"),
            self.tr("Resolved"),
            self.tr("Status"),
        ]

    def set_source(self, source: DossierSource) -> None:
        """Show another filter's rows (only their count is read now)."""
        self.beginResetModel()
        self._source = source
        self._pages.clear()
        self._rows = source.count()
        self.endResetModel()

    def reload(self) -> None:
        """Read the same filter again after an edit."""
        self.set_source(self._source)

    def row_of(self, dossier_id: int) -> int | None:
        """The row showing the dossier with id `dossier_id`, None when it is not shown."""
        row = self._source.position(dossier_id)
        return row if row is not None and 0 <= row < self._rows else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return str(section + 1)

    def dossier(self, row: int) -> DossierInfo | None:
        """The dossier shown in `row`, reading its page when needed."""
        if not 0 <= row < self._rows:
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            page = self._source.page(number * PAGE, PAGE)
            self.fetches += 1
            self._pages[number] = page
            while len(self._pages) > KEEP_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        offset = row - number * PAGE
        return page[offset] if offset < len(page) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role not in _ROLES:
            return None
        d = self.dossier(index.row())
        if d is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _OVERDUE if self.overdue(d) else None
        column = index.column()
        values = (
            d.code,
            d.procedure_name,
            d.sector,
            d.applicant,
            d.channel_label,
            _day(d.received),
            _day(d.due),
            _day(d.resolved),
            d.status,
        )
        return values[column]

    def overdue(self, d: DossierInfo) -> bool:
        """Pending and past its due date today."""
        pending = d.status in (STATUS_IN_PROGRESS, STATUS_WAITING) and d.resolved is None
        return pending and d.due is not None and d.due < self._today()
