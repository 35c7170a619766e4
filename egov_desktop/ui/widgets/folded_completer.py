"""Suggestions for an editable combo box: the items holding every typed word, accents optional.

"khai sinh", "Khai sinh" and "1.001193" all find "1.001193 — Đăng ký khai sinh": typed text
and items are compared through `domain.text.fold`, the key the register and the setup
wizard's unit search use. A key never changes the combo's value on its own: Up, Down, Page
Up and Page Down open the suggestions instead of stepping to a neighbouring item, and Enter
in the suggestions takes the highlighted one without reaching the dialog's default button.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractProxyModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit
from typing_extensions import override

from egov_desktop.domain.text import fold

#: Keys with which a combo box steps to another item without asking.
_STEPS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})
_ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})


class _FoldedFilter(QSortFilterProxyModel):
    """The source's non-empty items whose folded text holds every folded typed word."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._keys: dict[str, str] = {}

    def set_text(self, text: str) -> None:
        self._words = fold(text).split()
        self.invalidateRowsFilter()

    @override
    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        text = self.sourceModel().index(row, 0, parent).data()
        if not text:
            return False
        key = self._keys.get(text)
        if key is None:
            key = self._keys[text] = fold(text)
        return all(word in key for word in self._words)


class FoldedCompleter(QObject):
    """Suggestions under `combo`'s line edit; `chosen` carries the combo index picked."""

    chosen = Signal(int)

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        edit = combo.lineEdit()
        assert edit is not None, "an editable combo box"
        self._combo = combo
        self._edit: QLineEdit = edit
        self._filter = _FoldedFilter(self)
        self._filter.setSourceModel(combo.model())
        # The combo's own completer matches prefixes only and completes inline as one types.
        combo.setCompleter(None)  # type: ignore[arg-type]  # None removes it (Qt API)
        self.completer = QCompleter(self._filter, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        # Driven here, not by the line edit: the typed text is folded before it filters, and
        # a highlighted suggestion does not replace what was typed until it is chosen.
        self.completer.setWidget(edit)
        # The index overload: the text one could not tell two items of equal text apart.
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]
        edit.textEdited.connect(self._edited)
        for watched in (combo, edit, self.completer.popup()):
            watched.installEventFilter(self)

    @property
    def suggestions(self) -> list[str]:
        """The texts offered for what is typed now, in the combo's order."""
        return [self._filter.index(r, 0).data() for r in range(self._filter.rowCount())]

    def show_suggestions(self) -> None:
        """Open the suggestions for the text in the line edit (every item for none)."""
        self._filter.set_text(self._edit.text())
        popup = self.completer.popup()
        if self._filter.rowCount() == 0:
            popup.hide()
            return
        self.completer.complete()
        popup.setCurrentIndex(QModelIndex())  # nothing is chosen until the user moves to it

    def _edited(self, text: str) -> None:
        if text.strip():
            self.show_suggestions()
        else:
            self.completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        completion = self.completer.completionModel()
        assert isinstance(completion, QAbstractProxyModel)
        row = self._filter.mapToSource(completion.mapToSource(index)).row()
        if row < 0:
            return
        self._combo.setCurrentIndex(row)
        self._combo.setToolTip(self._combo.itemText(row))
        self.chosen.emit(row)

    def _take_highlighted(self) -> None:
        popup = self.completer.popup()
        current = popup.currentIndex()
        popup.hide()
        if current.isValid():
            self._activated(current)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and watched is self._combo:
            return True  # scrolling over the field must not pick another item
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        popup = self.completer.popup()
        key = event.key()
        if key in _ENTER and (watched is popup or popup.isVisible()):
            # The highlighted suggestion, if any, is taken; this Enter saves nothing.
            self._take_highlighted()
            return True
        if key == Qt.Key.Key_Escape and watched is not popup and popup.isVisible():
            popup.hide()  # closes the suggestions, not the dialog
            return True
        if watched is popup or key not in _STEPS:
            return False
        if event.modifiers() & Qt.KeyboardModifier.AltModifier:
            return False  # Alt+Down opens the combo's own list: choosing there is deliberate
        if popup.isVisible():
            # Keys reach the field while the suggestions are open where the platform does not
            # give the popup the keyboard: they move in the suggestions all the same.
            QCoreApplication.sendEvent(popup, event)
        else:
            self.show_suggestions()
        return True
