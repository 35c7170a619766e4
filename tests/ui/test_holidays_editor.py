"""Settings: the days-off editor adds, removes and resets corrections."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.widgets import holidays_editor
from egov_desktop.ui.widgets.holidays_editor import HolidaysEditor


def _days(editor: HolidaysEditor) -> list[str]:
    return [editor.table.item(r, 0).text() for r in range(editor.table.rowCount())]


def test_add_remove_and_reset(qtbot: QtBot, commune: Services) -> None:
    editor = HolidaysEditor(commune.holidays, today=date(2026, 3, 1))
    qtbot.addWidget(editor)
    assert "01/09/2026" in _days(editor)
    editor.day.setDate(QDate(2026, 9, 4))
    editor.name.setText("Nghỉ bù Quốc khánh")
    editor.add()
    row = _days(editor).index("04/09/2026")
    assert editor.table.item(row, 2).text() == "corrected by the unit"
    editor.table.selectRow(_days(editor).index("01/09/2026"))
    editor.remove_selected()
    assert "01/09/2026" not in _days(editor)
    editor.reset()
    assert "01/09/2026" in _days(editor) and "04/09/2026" not in _days(editor)


def test_a_weekend_day_is_refused_with_a_message(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        holidays_editor, "show_user_error", lambda _p, error: shown.append(error.message)
    )
    editor = HolidaysEditor(commune.holidays, today=date(2026, 3, 1))
    qtbot.addWidget(editor)
    editor.day.setDate(QDate(2026, 9, 4))
    editor.name.setText("Nghỉ bù")
    editor.add()
    assert editor.status.text() == "Saved."
    editor.day.setDate(QDate(2026, 9, 5))
    editor.name.setText("x")
    editor.add()
    assert shown and "thứ Bảy" in shown[0]
    assert editor.status.text() == ""  # the refused change saved nothing
