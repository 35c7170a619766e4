"""Alt and an underlined letter: the dossier form's fields and the entry page's buttons, each
letter once in its window, in English and in the Vietnamese the clerks read."""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.dossier_dialog import DossierDialog
from egov_desktop.ui.views.entry_view import EntryView
from tests.ui.entry_page import go, press
from tests.ui.helpers import mnemonics, shown_window

TODAY = date(2025, 8, 20)
ALT = Qt.KeyboardModifier.AltModifier
#: The dossier form's labels with a letter, the button proposing the due date, and its seven
#: flags (Save and Cancel are Enter and Escape: Vietnamese has no plain letter left for them).
DOSSIER_KEYS = 21
#: The entry page's: form, period, complete (or re-open), undo, redo, carry over, recount.
ENTRY_KEYS = 7


def _active(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _dialog(qtbot: QtBot, commune: Services) -> DossierDialog:
    dialog = DossierDialog(commune.register, commune.catalogue, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    _active(qtbot, dialog)
    return dialog


def _once_each(window: QWidget, least: int) -> list[tuple[str, str]]:
    """The window's letters, at least `least` of them: each once, each a key on the keyboard.

    A Vietnamese letter with a mark (ư, đ, ố) is typed through the input method, never with
    Alt: the letter must be a plain one.
    """
    found = mnemonics(window)
    letters = [letter for letter, _text in found]
    assert len(found) >= least, found
    assert len(set(letters)) == len(letters), sorted(found)
    assert all(letter in string.ascii_lowercase for letter in letters), found
    return found


def _every_flag_has_one(dialog: DossierDialog, found: list[tuple[str, str]]) -> None:
    texts = {text for _letter, text in found}
    assert all(box.text() in texts for box in dialog.flags.values()), found


def _untranslated_none(found: list[tuple[str, str]]) -> None:
    """Each name read in Vietnamese, its own letter chosen (every one has a marked letter)."""
    assert [text for _letter, text in found if text.isascii()] == [], found


def _alt(qtbot: QtBot, key: Qt.Key) -> QWidget | None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, ALT)
    return QApplication.focusWidget()


def test_alt_and_a_label_s_letter_goes_to_its_dossier_field(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = _dialog(qtbot, commune)
    _every_flag_has_one(dialog, _once_each(dialog, DOSSIER_KEYS))
    # A label's "&" is a letter only with its field: never an "&" shown as it is.
    for label in dialog.findChildren(QLabel):
        assert "&" not in label.text() or label.buddy() is not None, label.text()
    assert _alt(qtbot, Qt.Key.Key_O) is dialog.note
    assert _alt(qtbot, Qt.Key.Key_R) is dialog.received
    assert _alt(qtbot, Qt.Key.Key_U) is dialog.due
    assert _alt(qtbot, Qt.Key.Key_P) is dialog.procedure
    assert _alt(qtbot, Qt.Key.Key_S) is dialog.sector
    assert _alt(qtbot, Qt.Key.Key_T) is dialog.status
    # The button's letter presses it: no procedure chosen yet, said in the dialog.
    _alt(qtbot, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: dialog.error.text() != "")
    # A flag's letter ticks it, and again clears it.
    synced = dialog.flags["synced"]
    assert _alt(qtbot, Qt.Key.Key_Y) is synced
    qtbot.waitUntil(synced.isChecked)
    _alt(qtbot, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: not synced.isChecked())
    assert _alt(qtbot, Qt.Key.Key_B) is dialog.flags["financial_obligation"]


def test_alt_and_a_letter_presses_an_entry_page_button(entry_view: EntryView) -> None:
    qtbot = QtBot(entry_view)
    _once_each(entry_view, ENTRY_KEYS)
    assert _alt(qtbot, Qt.Key.Key_F) is entry_view.form_combo
    assert _alt(qtbot, Qt.Key.Key_P) is entry_view.period_picker.number
    go(entry_view, 0, 2)
    press("5", Qt.Key.Key_Return)
    assert entry_view.model.value(0, 2) == 5
    _alt(qtbot, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: entry_view.model.value(0, 2) is None)
    _alt(qtbot, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: entry_view.model.value(0, 2) == 5)


@pytest.mark.usefixtures("vietnamese")
def test_the_vietnamese_letters_are_once_each_in_the_dossier_form(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = _dialog(qtbot, commune)
    found = _once_each(dialog, DOSSIER_KEYS)
    _untranslated_none(found)
    _every_flag_has_one(dialog, found)


@pytest.mark.usefixtures("vietnamese")
def test_the_vietnamese_letters_are_once_each_in_the_window_on_the_entry_page(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = shown_window(qtbot, commune, tmp_path)
    _active(qtbot, window)
    assert window.nav is not None and window.entry is not None
    qtbot.keyClick(window.nav, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.pages is not None and window.pages.currentWidget() is window.entry
    _untranslated_none(_once_each(window, ENTRY_KEYS))
