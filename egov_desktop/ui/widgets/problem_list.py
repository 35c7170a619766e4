"""The plain-language problems of a grid, under it; choosing one selects its cells."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from egov_desktop.ui.models.entry_table_model import ERROR, ERROR_BACKGROUND, WARNING_BACKGROUND
from egov_desktop.ui.widgets.wrapped_height import WrappedHeight

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import Problem

ERROR_TEXT = QColor("#8a1010")
WARNING_TEXT = QColor("#6b4a00")
#: The style sheet's item padding (pixels): vertical, horizontal.
PADDING = (3, 4)


class ProblemList(QListWidget):
    """One line per problem, errors first; `chosen` carries the Problem clicked."""

    chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problems: list[Problem] = []
        # A long message wraps to the list's width (never a sideways scroll) and the list
        # scrolls by pixels, so that a problem taller than the list can still be read whole.
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.setSpacing(1)
        self.setStyleSheet(f"QListWidget::item {{ padding: {PADDING[0]}px {PADDING[1]}px; }}")
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        self.setItemDelegate(
            WrappedHeight(
                self,
                lambda _index: self.viewport().width() - 2 * PADDING[1] - 2 * margin,
                2 * PADDING[0] + 2,
            )
        )
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)

    def set_problems(self, problems: list[Problem]) -> None:
        self.clear()
        self.problems = sorted(problems, key=lambda p: p.severity != ERROR)
        for problem in self.problems:
            error = problem.severity == ERROR
            prefix = self.tr("Error") if error else self.tr("Warning")
            # The message names the figures; the row is said here (no sector: the total row's
            # figures, or the report as a whole).
            where = problem.sector or (
                self.tr("Whole report") if problem.whole_report else self.tr("Total")
            )
            item = QListWidgetItem(f"{prefix} — {where}: {problem.message}")
            item.setData(Qt.ItemDataRole.UserRole, problem)
            item.setForeground(QBrush(ERROR_TEXT if error else WARNING_TEXT))
            item.setBackground(QBrush(ERROR_BACKGROUND if error else WARNING_BACKGROUND))
            item.setToolTip(self.tr("Click to select the cells involved"))
            self.addItem(item)

    def _clicked(self, item: QListWidgetItem) -> None:
        problem = item.data(Qt.ItemDataRole.UserRole)
        if problem is not None:
            self.chosen.emit(problem)
