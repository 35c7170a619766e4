"""The register page from the keyboard: Ctrl+F finds, Enter and Delete act on the selected
dossier only from the list, Insert adds one."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import DossierInfo
from egov_desktop.ui.views.dossier_dialog import DossierDialog
from egov_desktop.ui.views.register_view import RegisterView
from tests.registers import add_dossier
from tests.ui.helpers import register_page

TODAY = date(2025, 8, 20)
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def view(qtbot: QtBot, commune: Services) -> RegisterView:
    for code in ("A1", "A2"):
        add_dossier(commune, code, date(2025, 7, 1), due=date(2025, 7, 10))
    page = register_page(qtbot, commune, TODAY)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.selectRow(0)
    return page


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The dossier dialogs opened, by title; each is cancelled."""
    titles: list[str] = []

    def run(dialog: DossierDialog) -> int:
        titles.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(DossierDialog, "exec", run)
    return titles


@pytest.fixture
def asked(view: RegisterView) -> list[str]:
    """The dossiers a deletion was asked for; each is declined."""
    codes: list[str] = []

    def confirm(dossier: DossierInfo) -> bool:
        codes.append(dossier.code)
        return False

    view.confirm_delete = confirm  # type: ignore[method-assign]
    return codes


def test_ctrl_f_puts_the_keyboard_in_the_search_box_its_text_selected(
    qtbot: QtBot, view: RegisterView
) -> None:
    view.search.setText("nguyen")
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is view.search
    assert view.search.selectedText() == "nguyen"


def test_enter_in_the_search_box_does_not_open_the_selected_dossier(
    qtbot: QtBot, view: RegisterView, opened: list[str]
) -> None:
    view.search.setFocus()
    qtbot.keyClicks(view.search, "A2")
    qtbot.keyClick(view.search, Qt.Key.Key_Return)
    assert opened == []
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened == ["Edit dossier"]
    qtbot.keyClick(view.table, Qt.Key.Key_Insert)
    assert opened == ["Edit dossier", "New dossier"]


def test_delete_asks_only_from_the_list(qtbot: QtBot, view: RegisterView, asked: list[str]) -> None:
    view.sector_combo.setFocus()
    qtbot.keyClick(view.sector_combo, Qt.Key.Key_Delete)
    view.search.setFocus()
    qtbot.keyClick(view.search, Qt.Key.Key_Delete)
    assert asked == []
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 1
    assert view.model.rowCount() == 2  # declined: nothing deleted


def test_alt_and_a_letter_presses_a_button_each_letter_once(
    qtbot: QtBot, view: RegisterView, opened: list[str]
) -> None:
    texts = [
        widget.text()
        for widget in view.findChildren(QAbstractButton)
        if widget.isVisible() and "&" in widget.text()
    ]
    letters = [text[text.index("&") + 1].lower() for text in texts]
    assert len(letters) >= 6 and len(set(letters)) == len(letters), texts
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    # A button's letter clicks it as the mouse would, the press shown for a moment first.
    qtbot.waitUntil(lambda: opened == ["New dossier"])
