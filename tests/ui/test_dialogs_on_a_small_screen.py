"""The dossier form and the office's unit-entry dialog open within a 1024×600 screen's room:
their buttons never under the taskbar."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.dossier_dialog import DossierDialog
from egov_desktop.ui.widgets.screen_fit import TITLE_BAR
from tests.ui.helpers import ba_dinh_dialog
from tests.ui.small_screen import small_screen


def test_the_dossier_form_fits_under_the_title_bar(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = small_screen(monkeypatch)
    dialog = DossierDialog(commune.register, commune.catalogue, today=lambda: date(2025, 8, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() + TITLE_BAR <= room.height()
    assert dialog.width() <= room.width()


def test_the_unit_entry_dialog_fits_under_the_title_bar(
    qtbot: QtBot, office: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = small_screen(monkeypatch)
    dialog = ba_dinh_dialog(qtbot, office, tmp_path, {3: 1, 4: 1})
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() + TITLE_BAR <= room.height()
