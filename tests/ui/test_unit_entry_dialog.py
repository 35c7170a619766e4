"""The office's entry dialog for a unit's report: the grid keeps the dialog's height."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.unit_entry_dialog import UnitEntryDialog
from egov_desktop.ui.widgets.page_title import PAGE_TITLE
from tests.ui.helpers import ba_dinh_dialog


def _dialog(qtbot: QtBot, office: Services, tmp_path: Path) -> UnitEntryDialog:
    """Phường Ba Đình's Q3 2025 II.06a, received with (3) short of (4) + (5) + (6)."""
    dialog = ba_dinh_dialog(qtbot, office, tmp_path, {3: 32, 4: 99, 5: 10, 6: 1})
    dialog.resize(1024, 560)  # a 1024×600 screen, less the title bar
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    return dialog


def test_the_checks_leave_the_grid_most_of_a_small_screen_s_dialog(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, office, tmp_path)
    view = dialog.entry_view
    assert view.checks.problems.isVisible()
    assert view.checks.problems.count() >= 1
    assert view.table.height() > 2 * view.checks.height()


def test_the_dialog_s_title_is_not_said_again_above_the_form(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, office, tmp_path)
    titles = dialog.findChildren(QLabel, PAGE_TITLE)
    assert titles  # the entry page has one of its own
    assert not any(title.isVisible() for title in titles)
