"""The checks under a grid: each problem says where it lies, and a long one reads whole."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from egov_desktop.services.entry_dto import Problem
from egov_desktop.ui.widgets.problem_list import ProblemList

LONG = "Cột (6) “Từ kỳ trước” không đối chiếu được với kỳ trước: " + "hai kỳ không nối tiếp " * 20


def _texts(problems: ProblemList) -> list[str]:
    return [problems.item(i).text() for i in range(problems.count())]


def test_a_problem_names_its_row_the_total_row_or_the_whole_report(qtbot: QtBot) -> None:
    problems = ProblemList()
    qtbot.addWidget(problems)
    problems.set_problems(
        [
            Problem("warning", "I5", None, None, (6, 11), "không so được", whole_report=True),
            Problem("error", "I4", None, None, (3, 7, 11), "(3) khác (7) + (11)"),
            Problem("error", "I1", "Hộ tịch", 1, (3, 4), "(3) khác (4)"),
        ]
    )
    assert _texts(problems) == [
        "Error — Total: (3) khác (7) + (11)",
        "Error — Hộ tịch: (3) khác (4)",
        "Warning — Whole report: không so được",
    ]


def test_a_long_problem_wraps_to_the_list_s_width(qtbot: QtBot) -> None:
    problems = ProblemList()
    qtbot.addWidget(problems)
    problems.resize(600, 200)
    problems.show()
    qtbot.waitExposed(problems)
    problems.set_problems([Problem("warning", "I5", None, None, (6,), LONG, whole_report=True)])
    QApplication.processEvents()  # the list lays its items out later
    item = problems.item(0)
    rect = problems.visualItemRect(item)
    assert not problems.horizontalScrollBar().isVisible()
    metrics = problems.fontMetrics()
    # The width the item's text is wrapped to: less the style sheet's padding (4 px each side)
    # and the delegate's text margin, which the platform's style sets.
    margin = problems.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, problems)
    room = QRect(0, 0, rect.width() - 2 * 4 - 2 * (margin + 1), 10_000)
    lines = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
    assert lines.height() >= 3 * metrics.height()
    assert rect.height() >= lines.height()  # every wrapped line, not one cut off at the side
