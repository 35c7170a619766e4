"""The register import dialog's size: the rows to fix get the room the screen has."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.register_import_dialog import RegisterImportDialog
from egov_desktop.ui.widgets.screen_fit import TITLE_BAR
from tests import registers
from tests.ui.helpers import previewed
from tests.ui.small_screen import small_screen


def _shown(qtbot: QtBot, commune: Services) -> RegisterImportDialog:
    dialog = RegisterImportDialog(commune.register_import)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_1366x768_screen_gives_the_dialog_its_height(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1366, 728))
    assert _shown(qtbot, commune).height() >= 640


def test_the_buttons_stay_on_a_small_screen(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = small_screen(monkeypatch)
    dialog = _shown(qtbot, commune)
    assert dialog.height() + TITLE_BAR <= room.height()
    assert dialog.width() <= room.width()


def test_the_row_number_column_is_as_narrow_as_its_numbers(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    rows: list[list[object]] = [["Mã hồ sơ", "Lĩnh vực", "Hình thức nộp", "Ngày nhận"]]
    rows += [[f"H{n}", "Hộ tịch", "Trực tuyến", "31/09/2025"] for n in range(12)]
    dialog = previewed(qtbot, commune, registers.write_rows(tmp_path / "so.xlsx", rows))
    table = dialog.rejected_table
    assert table.rowCount() == 12
    header = table.horizontalHeader()
    room = header.fontMetrics().horizontalAdvance(table.horizontalHeaderItem(0).text())
    assert table.columnWidth(0) <= room + 3 * header.fontMetrics().averageCharWidth() + 20
