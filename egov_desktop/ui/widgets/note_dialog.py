"""Asks for the short note a report needs when it is completed with warnings left."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from typing_extensions import override

from egov_desktop.domain.validation import clean_note
from egov_desktop.errors import UserError
from egov_desktop.ui.widgets.required_text import answer_buttons, answer_field

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import Problem


class NoteDialog(QDialog):
    """Lists the warnings and takes a one-line explanation; OK needs some text."""

    def __init__(self, warnings: list[Problem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Complete with warnings"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These warnings remain. Write a short note explaining them; it is kept with the "
                "report."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        details = QLabel("\n".join(f"• {p.message}" for p in warnings))
        details.setWordWrap(True)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(details)
        # A note longer than the report keeps is refused on OK, as `egov entry status --note`
        # refuses it, and stays to be shortened.
        self.note = answer_field()
        self.note.setPlaceholderText(self.tr("Note"))
        layout.addWidget(self.note)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        self.error.hide()
        layout.addWidget(self.error)
        buttons, self.ok_button = answer_buttons(
            self, self.note, self.tr("Mark complete"), self.tr("Cancel")
        )
        layout.addWidget(buttons)
        self.resize(560, 240)

    @override
    def accept(self) -> None:
        try:
            clean_note(self.note.text())
        except UserError as error:
            self.error.setText(error.message)
            self.error.show()
            self.note.setFocus()
            return
        super().accept()

    def text(self) -> str:
        return unicodedata.normalize("NFC", self.note.text().strip())


def ask_note(warnings: list[Problem], parent: QWidget | None) -> str | None:
    """The note typed, or None when the user cancels."""
    dialog = NoteDialog(warnings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()
