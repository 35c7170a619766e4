"""A one-line answer a dialog cannot be confirmed without: a note, a reason.

No maximum length: Qt would cut a pasted text without a word; the service refuses a text too
long with its message, as the CLI does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton


def answer_field() -> QLineEdit:
    """The line the answer is typed in."""
    field = QLineEdit()
    # Vietnamese is typed through an input method (Unikey, EVKey, ibus).
    field.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
    return field


def answer_buttons(
    dialog: QDialog, field: QLineEdit, ok_text: str, cancel_text: str
) -> tuple[QDialogButtonBox, QPushButton]:
    """OK (`ok_text`, enabled only once `field` holds more than spaces) and Cancel."""
    buttons = QDialogButtonBox()
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    ok.setEnabled(False)
    field.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
    return buttons, ok
