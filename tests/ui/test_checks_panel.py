"""The checks under a grid take no room while there is nothing to list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTableWidget
from pytestqt.qtbot import QtBot

from egov_desktop.services.entry_dto import Problem
from egov_desktop.ui.widgets.checks_panel import ChecksPanel

PROBLEM = Problem("error", "I1", "Hộ tịch", 1, (3, 4), "(3) khác (4)")


def _shown(qtbot: QtBot) -> tuple[QSplitter, ChecksPanel]:
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(QTableWidget(30, 5))
    panel = ChecksPanel()
    splitter.addWidget(panel)
    qtbot.addWidget(splitter)
    splitter.resize(800, 600)
    splitter.show()
    qtbot.waitExposed(splitter)
    return splitter, panel


def test_with_no_problem_the_grid_takes_all_but_the_summary_line(qtbot: QtBot) -> None:
    splitter, panel = _shown(qtbot)
    panel.show_problems("Checks: no problems found", [])
    grid, checks = splitter.sizes()
    assert panel.problems.isHidden()
    assert checks <= panel.title.sizeHint().height() + 2
    assert grid > 600 - 60


def test_problems_get_room_and_keep_the_room_the_user_gave_them(qtbot: QtBot) -> None:
    splitter, panel = _shown(qtbot)
    panel.show_problems("Checks: 1 error(s), 0 warning(s)", [PROBLEM])
    assert panel.problems.isVisible()
    assert splitter.sizes()[1] >= 100  # a fifth of the splitter the first time
    splitter.setSizes([300, 300])  # the user drags the handle
    panel.show_problems("Checks: no problems found", [])
    assert splitter.sizes()[1] < 40
    panel.show_problems("Checks: 1 error(s), 0 warning(s)", [PROBLEM])
    assert abs(splitter.sizes()[1] - 300) <= 2
    assert panel.problems.count() == 1


def test_problems_found_before_the_splitter_is_laid_out_leave_the_grid_most_of_it(
    qtbot: QtBot,
) -> None:
    """A page or dialog fills its grid and checks before it is shown for the first time."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(QTableWidget(30, 5))
    panel = ChecksPanel()
    splitter.addWidget(panel)
    splitter.setStretchFactor(0, 4)
    splitter.setStretchFactor(1, 1)
    qtbot.addWidget(splitter)
    panel.show_problems("Checks: 1 error(s), 0 warning(s)", [PROBLEM])
    splitter.resize(800, 600)
    splitter.show()
    qtbot.waitExposed(splitter)
    grid, checks = splitter.sizes()
    assert panel.problems.isVisible()
    assert checks <= 600 // 5 + 2  # a fifth, as when the problems come to a shown grid
    assert grid >= 600 * 3 // 4
