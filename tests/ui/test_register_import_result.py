"""Register import dialog after applying: it stays on what the import did until it is closed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.register_import_dialog import RegisterImportDialog
from tests import registers
from tests.ui.helpers import register_page


@pytest.mark.answers_modals
def test_the_page_shows_the_import_however_its_result_is_closed(
    qtbot: QtBot, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = register_page(qtbot, commune, date(2025, 8, 20))
    path = registers.write_xlsx(tmp_path / "so.xlsx")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), ""))
    )
    seen: list[tuple[str, bool]] = []

    def import_then_escape() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RegisterImportDialog)
        qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
        seen.append((dialog.summary.text(), dialog.isVisible()))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(0, import_then_escape)
    with qtbot.waitSignal(view.changed, timeout=10000):
        view.import_file()
    assert seen == [("Imported: 4 new, 0 updated, 0 unchanged, 0 rejected.", True)]
    assert commune.register.count() == 4
    assert QApplication.activeModalWidget() is None
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
