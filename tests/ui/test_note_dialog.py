"""The note asked for when a report is completed with warnings: refused when too long, not cut."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from egov_desktop.services.entry_dto import Problem
from egov_desktop.ui.widgets.note_dialog import NoteDialog

WARNING = Problem(
    "warning", "I5", "Hộ tịch", 1, (6,), "Từ kỳ trước (4) khác kỳ trước chuyển sang (3)"
)


def _pasted(qtbot: QtBot, note: str) -> NoteDialog:
    dialog = NoteDialog([WARNING])
    qtbot.addWidget(dialog)
    dialog.show()
    QGuiApplication.clipboard().setText(note)
    dialog.note.paste()
    dialog.ok_button.click()
    return dialog


def test_a_note_too_long_is_refused_as_the_cli_refuses_it_and_kept(qtbot: QtBot) -> None:
    note = "Kỳ trước đã điều chỉnh số liệu theo văn bản của Sở. " * 12  # 624 characters
    dialog = _pasted(qtbot, note)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Ghi chú quá dài (tối đa 500 ký tự)."
    assert dialog.note.text() == note  # all of it, to be shortened


def test_a_note_as_long_as_the_cli_takes_is_kept_whole(qtbot: QtBot) -> None:
    note = "Kỳ trước đã điều chỉnh số liệu theo văn bản của Sở. " * 9  # 468 characters
    dialog = _pasted(qtbot, note)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.text() == note.strip()
