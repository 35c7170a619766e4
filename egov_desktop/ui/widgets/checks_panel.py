"""The checks under a grid: a one-line summary, and the list of problems when there are any.

The panel sits in a splitter below the grid. With nothing to list it shrinks to its summary
line, so that a small screen gives the grid those rows; when problems come back, the list
gets the room it had before (or a fifth of the splitter the first time).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from egov_desktop.ui.widgets.problem_list import ProblemList

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import Problem

#: Qt's QWIDGETSIZE_MAX: no maximum height.
_NO_LIMIT = 16777215
#: The list's share of the splitter when it first has something to show.
_FIRST_SHARE = 5


class ChecksPanel(QWidget):
    """`title` says what the checks found; `problems` lists them (hidden while empty)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.problems = ProblemList()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.problems)
        #: The splitter's sizes while the list was last shown, to give it back its room.
        self._open_sizes: list[int] | None = None
        self._fold()

    def show_problems(self, title: str, problems: list[Problem]) -> None:
        self.title.setText(title)
        self.problems.set_problems(problems)
        if problems:
            self._unfold()
        else:
            self._fold()

    def clear(self) -> None:
        self.show_problems("", [])

    def _splitter(self) -> QSplitter | None:
        parent = self.parentWidget()
        return parent if isinstance(parent, QSplitter) else None

    def _fold(self) -> None:
        splitter = self._splitter()
        if self.problems.isVisibleTo(self) and splitter is not None:
            self._open_sizes = splitter.sizes()
        self.problems.hide()
        # The summary line and the layout's top margin: nothing of the empty list shows.
        folded = self.title.sizeHint().height() + 2
        self.setMaximumHeight(folded)
        if splitter is not None:  # at once, not at the next layout pass
            sizes = splitter.sizes()
            mine = splitter.indexOf(self)
            spare = sizes[mine] - folded
            if spare > 0:
                sizes[mine] = folded
                sizes[0 if mine else -1] += spare
                splitter.setSizes(sizes)

    def _unfold(self) -> None:
        if self.problems.isVisibleTo(self):
            return
        self.setMaximumHeight(_NO_LIMIT)
        self.problems.show()
        splitter = self._splitter()
        if splitter is None:
            return
        sizes = self._open_sizes
        if sizes is None or len(sizes) != splitter.count():
            total = sum(splitter.sizes())
            mine = splitter.indexOf(self)
            share = total // _FIRST_SHARE
            sizes = [total - share if i != mine else share for i in range(splitter.count())]
        splitter.setSizes(sizes)
