"""The entry page's report actions (ui/views/entry_actions.py): complete with a note, re-open,
take the figures from the previous period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from egov_desktop.services.entry_dto import Problem
from egov_desktop.ui.views.entry_view import EntryView
from tests.ui.entry_page import (
    CTRL,
    FORM,
    Q2,
    Q3,
    K,
    go,
    press,
    problem_texts,
    stored,
)
from tests.ui.fakes import FakeEntryService


def test_complete_is_refused_while_errors_remain(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    fake_entry.set_values([(1, 3, 4)], form=FORM, period=Q3)
    entry_view.reload()
    entry_view.done_button.click()
    assert "Chưa thể hoàn thành" in entry_view.message.text()
    assert entry_view.status_label.text() == "In progress"
    assert fake_entry.statuses[(FORM, Q3)][0] == "in_progress"


def test_complete_an_empty_report_asks_for_a_note(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    entry_view.reload()
    asked: list[list[Problem]] = []
    entry_view.ask_note = lambda warnings: asked.append(list(warnings)) or None  # cancelled
    entry_view.done_button.click()
    assert len(asked) == 1 and "no figure at all" in asked[0][0].message
    assert (FORM, Q3) not in fake_entry.statuses
    entry_view.ask_note = lambda warnings: "Kỳ này không có hồ sơ"
    entry_view.done_button.click()
    assert fake_entry.statuses[(FORM, Q3)] == ("done", "Kỳ này không có hồ sơ")


def _warning_only(fake_entry: FakeEntryService) -> None:
    fake_entry.set_values([(1, 11, 5), (1, 12, 5)], form=FORM, period=Q2)
    fake_entry.set_values([(1, 3, 4), (1, 6, 4), (1, 7, 4), (1, 8, 4)], form=FORM, period=Q3)


def test_complete_with_warnings_asks_for_a_note(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    _warning_only(fake_entry)
    entry_view.reload()
    assert problem_texts(entry_view) == [
        "Warning — Chứng thực: Từ kỳ trước (4) khác Đang giải quyết của quý ii năm 2025 (5)"
    ]
    asked: list[list[object]] = []
    entry_view.ask_note = lambda warnings: asked.append(list(warnings)) or None  # cancelled
    entry_view.done_button.click()
    assert len(asked) == 1 and fake_entry.statuses[(FORM, Q3)][0] == "in_progress"
    entry_view.ask_note = lambda warnings: "Kỳ trước chuyển sang đã điều chỉnh"
    entry_view.done_button.click()
    assert fake_entry.statuses[(FORM, Q3)] == ("done", "Kỳ trước chuyển sang đã điều chỉnh")
    assert entry_view.status_label.text() == "Complete"
    assert entry_view.reopen_button.isVisible() and not entry_view.done_button.isVisible()
    # A completed report is read-only until re-opened, and says so when typed into.
    go(entry_view, 1, 2)
    entry_view.show_message("")
    press("7")
    assert entry_view.table.state() != QAbstractItemView.State.EditingState
    assert entry_view.message.text() == "This report is complete. Re-open it to change figures."
    entry_view.show_message("")
    go(entry_view, 1, 1)  # the sector's name takes no figure in any report: nothing to say
    press("7")
    assert entry_view.message.text() == ""
    go(entry_view, 1, 2)
    press(K.Key_Delete)
    entry_view.table.select_block(0, 2, 0, 2)
    press(K.Key_Delete)
    assert stored(fake_entry, 1, 3) == 4
    assert "Re-open" in entry_view.message.text()
    entry_view.reopen_button.click()
    assert entry_view.status_label.text() == "In progress"
    go(entry_view, 1, 2)
    press("7", K.Key_Return)
    assert stored(fake_entry, 2, 3) == 7


def test_the_note_dialog_needs_text(qtbot: QtBot) -> None:
    from egov_desktop.ui.widgets.note_dialog import NoteDialog

    dialog = NoteDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.note.setText("  Ho\u0302̀ sơ  ")  # decomposed, as some input methods send it
    assert dialog.ok_button.isEnabled()
    assert dialog.text() == "Hồ sơ"


def test_carry_over_fills_column_6_in_grey_italics(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    fake_entry.set_values([(1, 11, 5), (2, 11, 2)], form=FORM, period=Q2)
    entry_view.carry_button.click()
    assert [stored(fake_entry, s, 6) for s in (1, 2, 3)] == [5, 2, None]
    index = entry_view.model.index(0, 5)
    assert entry_view.model.data(index) == "5"
    assert entry_view.model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "2 figures" in entry_view.message.text()
    press((K.Key_Z, CTRL))
    assert stored(fake_entry, 1, 6) is None


def test_taking_figures_from_the_previous_period_is_offered_only_where_it_applies(
    entry_view: EntryView,
) -> None:
    assert entry_view.carry_button.isVisible() and entry_view.carry_button.isEnabled()  # II.06a
    entry_view.form_combo.setCurrentIndex(1)
    entry_view.form_combo.activated.emit(1)
    assert entry_view.form_code == "II.07b"
    assert not entry_view.carry_button.isVisible()
    entry_view.form_combo.setCurrentIndex(0)
    entry_view.form_combo.activated.emit(0)
    assert entry_view.carry_button.isVisible()
