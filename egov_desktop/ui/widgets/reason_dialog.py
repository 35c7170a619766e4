"""Asks for the reason a report is reopened or returned, naming the report it is about.

The reason travels: with the corrected package to the office, or in the return file to the
unit. A bare one-line prompt did not say which report or unit the reason was for, nor who
would read it; this dialog names both and takes the OK only with some text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from egov_desktop.ui.widgets.required_text import answer_buttons, answer_field


class ReasonDialog(QDialog):
    """`subject` (the report, the unit) in bold, `explanation` below it, then the reason."""

    def __init__(
        self,
        title: str,
        subject: str,
        explanation: str,
        ok_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.subject = QLabel(subject)
        self.subject.setWordWrap(True)
        self.subject.setStyleSheet("font-weight: bold;")
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.subject)
        self.explanation = QLabel(explanation)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        caption = QLabel(self.tr("&Reason:"))
        layout.addWidget(caption)
        self.reason = answer_field()
        caption.setBuddy(self.reason)
        layout.addWidget(self.reason)
        buttons, self.ok_button = answer_buttons(self, self.reason, ok_text, self.tr("Cancel"))
        layout.addWidget(buttons)
        self.setMinimumWidth(min(520, self.screen().availableGeometry().width() - 40))

    def text(self) -> str:
        return self.reason.text()


def ask_reason(
    parent: QWidget, title: str, subject: str, explanation: str, ok_text: str
) -> str | None:
    """The reason typed, or None when the user cancelled."""
    dialog = ReasonDialog(title, subject, explanation, ok_text, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.text()
