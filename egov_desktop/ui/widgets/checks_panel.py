"""The checks under a grid: a one-line summary, and the list of problems when there are any.

The panel sits in a splitter below the grid. With nothing to list it shrinks to its summary
line, so that a small screen gives the grid those rows; when problems come back, the list
gets the room it had before (or a fifth of the splitter the first time). A panel given
problems before its splitter is laid out (a page or dialog not shown yet) takes its fifth at
the first layout: the splitter has no height to share before that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget
from typing_extensions import override

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
        #: Problems came before the splitter had a height: their room is given at its layout.
        self._room_pending = False
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
        self._room_pending = False
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
        if sum(splitter.sizes()) == 0:
            # Shares of no height would be nothing for both, and the first layout would then
            # split the height evenly instead of by the stretch factors.
            self._room_pending = True
            return
        self._give_room(splitter)

    def _give_room(self, splitter: QSplitter) -> None:
        sizes = self._open_sizes
        if sizes is None or len(sizes) != splitter.count():
            total = sum(splitter.sizes())
            mine = splitter.indexOf(self)
            share = total // _FIRST_SHARE
            sizes = [total - share if i != mine else share for i in range(splitter.count())]
        splitter.setSizes(sizes)

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        splitter = self._splitter()
        if not self._room_pending or splitter is None or sum(splitter.sizes()) == 0:
            return
        self._room_pending = False
        self._give_room(splitter)
