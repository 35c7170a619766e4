"""Suggestions of an editable combo: words of the name or the code, accents optional; no key
picks an item the user did not choose."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from egov_desktop.ui.widgets.folded_completer import FoldedCompleter

# The headless platform cannot raise a popup or give it the keyboard, and says so.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")

ITEMS = [
    ("1.000656", "Đăng ký lại khai tử"),
    ("1.001193", "Đăng ký khai sinh"),
    ("1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân"),
    ("2.000001", "Đăng ký khai sinh có yếu tố nước ngoài"),
]


class Form(QDialog):
    """A combo between a line edit and a Save button that is the default (Enter saves)."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.before = QLineEdit()
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.addItem("", None)
        for code, name in ITEMS:
            self.combo.addItem(f"{code} — {name}", code)
        self.suggestions = FoldedCompleter(self.combo)
        self.chosen: list[int] = []
        self.suggestions.chosen.connect(self.chosen.append)
        self.saved = 0
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self._save)
        for widget in (self.before, self.combo, buttons):
            layout.addWidget(widget)

    def _save(self) -> None:
        self.saved += 1

    @property
    def popup(self) -> QWidget:
        return self.suggestions.completer.popup()


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.combo.setFocus()
    return widget


def key(qtbot: QtBot, form: Form, which: Qt.Key) -> None:
    """A key where the user's keyboard sends it: the suggestions while they are open."""
    qtbot.keyClick(form.popup if form.popup.isVisible() else form.combo, which)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("khai sinh", ["1.001193", "2.000001"]),
        ("KHAI SINH", ["1.001193", "2.000001"]),
        ("dang ky khai", ["1.000656", "1.001193", "2.000001"]),
        ("sinh dang ky", ["1.001193", "2.000001"]),  # every word, in any order
        ("1.0011", ["1.001193"]),
        ("hon nhan", ["1.004873"]),
        ("khai sinh xyz", []),
    ],
)
def test_typed_words_find_items_by_name_or_code(
    qtbot: QtBot, form: Form, typed: str, found: list[str]
) -> None:
    qtbot.keyClicks(form.combo, typed)
    assert [text.split(" — ")[0] for text in form.suggestions.suggestions] == found
    assert form.popup.isVisible() is bool(found)
    assert form.combo.currentText() == typed and form.combo.currentIndex() == 0


def test_accents_typed_in_any_unicode_form_are_folded(form: Form) -> None:
    edit = form.combo.lineEdit()
    assert edit is not None
    edit.setText(unicodedata.normalize("NFD", "Đăng Ký Khai Sinh"))
    form.suggestions.show_suggestions()
    assert [t.split(" — ")[0] for t in form.suggestions.suggestions] == ["1.001193", "2.000001"]


def test_down_then_enter_takes_the_highlighted_suggestion_without_saving(
    qtbot: QtBot, form: Form
) -> None:
    qtbot.keyClicks(form.combo, "khai sinh")
    key(qtbot, form, Qt.Key.Key_Down)
    # Moving in the suggestions changes neither the text typed nor the combo's item.
    assert form.combo.currentText() == "khai sinh" and form.combo.currentIndex() == 0
    key(qtbot, form, Qt.Key.Key_Return)
    assert form.chosen == [2] and form.combo.currentText() == "1.001193 — Đăng ký khai sinh"
    assert not form.popup.isVisible() and form.saved == 0 and form.isVisible()
    key(qtbot, form, Qt.Key.Key_Return)  # the suggestions are closed: now Enter saves
    assert form.saved == 1


def test_enter_with_nothing_highlighted_only_closes_the_suggestions(
    qtbot: QtBot, form: Form
) -> None:
    qtbot.keyClicks(form.combo, "dang ky")
    key(qtbot, form, Qt.Key.Key_Enter)
    assert form.chosen == [] and form.combo.currentIndex() == 0 and form.saved == 0
    assert not form.popup.isVisible() and form.combo.currentText() == "dang ky"


@pytest.mark.parametrize("which", [Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown])
def test_stepping_keys_open_the_suggestions_instead_of_picking_an_item(
    qtbot: QtBot, form: Form, which: Qt.Key
) -> None:
    qtbot.keyClicks(form.combo, "xyz")  # nothing matches: no suggestions open
    assert not form.popup.isVisible()
    qtbot.keyClick(form.combo, which)
    assert form.combo.currentText() == "xyz" and form.combo.currentIndex() == 0
    form.combo.lineEdit().clear()  # type: ignore[union-attr]
    qtbot.keyClick(form.combo, which)
    assert form.popup.isVisible() and len(form.suggestions.suggestions) == len(ITEMS)
    assert form.combo.currentIndex() == 0 and form.chosen == []


def test_keys_reaching_the_field_while_the_suggestions_are_open(qtbot: QtBot, form: Form) -> None:
    """Where the platform does not give the open suggestions the keyboard."""
    qtbot.keyClicks(form.combo, "khai sinh")
    qtbot.keyClick(form.combo, Qt.Key.Key_Escape)
    assert not form.popup.isVisible() and form.isVisible()
    qtbot.keyClick(form.combo, Qt.Key.Key_Down)  # opens them again
    qtbot.keyClick(form.combo, Qt.Key.Key_Down)  # and moves to the first
    qtbot.keyClick(form.combo, Qt.Key.Key_Return)
    assert form.chosen == [2] and form.saved == 0


def test_the_wheel_does_not_pick_another_item(form: Form) -> None:
    form.combo.setCurrentIndex(1)
    centre = QPointF(form.combo.rect().center())
    wheel = QWheelEvent(
        centre,
        QPointF(form.combo.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(form.combo, wheel)
    assert form.combo.currentIndex() == 1
