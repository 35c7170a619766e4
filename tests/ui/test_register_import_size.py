"""The register import dialog's size: the rows to fix get the room the screen has."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.register_import_dialog import RegisterImportDialog
from egov_desktop.ui.widgets.screen_fit import TITLE_BAR
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
