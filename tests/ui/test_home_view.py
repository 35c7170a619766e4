"""The Home page's summary lines and to-do list."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.main_window import MainWindow
from egov_desktop.ui.views.home_view import HomeView
from tests.ui.helpers import shown_window


def _home(qtbot: QtBot, services: Services, tmp_path: Path) -> tuple[MainWindow, HomeView]:
    """The page and its window (which must outlive the test's use of the page)."""
    window = shown_window(qtbot, services, tmp_path)
    assert window.home is not None
    return window, window.home


def test_a_province_office_s_province_is_not_said_twice(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    _window, home = _home(qtbot, office, tmp_path)
    assert home.fields["unit"].text() == "Thành phố Hà Nội (01)"
    assert not home.fields["province"].isVisible()


def test_a_commune_s_province_is_shown_under_its_name(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    _window, home = _home(qtbot, commune, tmp_path)
    assert home.fields["province"].isVisible()
    assert home.fields["province"].text() == "Thành phố Hà Nội (01)"


def test_the_to_do_cells_keep_their_text_off_the_grid_lines(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    _window, home = _home(qtbot, office, tmp_path)
    assert home.todo is not None
    table = home.todo.table
    metrics = table.fontMetrics()
    for column in range(table.model().columnCount() - 1):  # the last one stretches
        widest = max(
            metrics.horizontalAdvance(str(table.model().index(row, column).data()))
            for row in range(table.model().rowCount())
        )
        assert table.columnWidth(column) >= widest + 12, column
