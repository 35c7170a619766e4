"""The entry page driven as a clerk does: keyboard, clipboard, undo, checks and completion."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.services.entry_dto import Problem
from egov_desktop.ui.models.entry_table_model import ProblemRole
from egov_desktop.ui.models.paste_plan import PastePlan
from egov_desktop.ui.views.entry_view import EntryView
from egov_desktop.ui.widgets.paste_preview import PastePreviewDialog
from tests.ui.fakes import FakeEntryService

FORM, Q3, Q2 = "II.06a", "2025-Q3", "2025-Q2"
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def service() -> FakeEntryService:
    return FakeEntryService()


@pytest.fixture
def view(qtbot: QtBot, service: FakeEntryService) -> EntryView:
    page = EntryView(service, period_mode=lambda: "cutoff", today=lambda: date(2025, 8, 20))
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    return page


def press(*keys: str | K | tuple[K, Qt.KeyboardModifier]) -> None:
    """Type as on a keyboard: each key goes to whichever widget has the focus."""
    for key in keys:
        if isinstance(key, str):
            for char in key:
                _send(char, Qt.KeyboardModifier.NoModifier)
        elif isinstance(key, tuple):
            _send(*key)
        else:
            _send(key, Qt.KeyboardModifier.NoModifier)


def _send(key: str | K, modifier: Qt.KeyboardModifier) -> None:
    from PySide6.QtTest import QTest

    widget = QApplication.focusWidget()
    assert widget is not None
    QTest.keyClick(widget, key, modifier)
    QApplication.processEvents()  # Qt commits an editor on Enter through a queued call


def go(view: EntryView, row: int, column: int) -> None:
    view.table.setCurrentIndex(view.model.index(row, column))
    view.table.setFocus()


def current(view: EntryView) -> tuple[int, int]:
    index = view.table.currentIndex()
    return index.row(), index.column()


def stored(service: FakeEntryService, sector: int, column: int, period: str = Q3) -> int | None:
    return service._value(FORM, period, sector, column)


def problem_texts(view: EntryView) -> list[str]:
    return [view.problems.item(i).text() for i in range(view.problems.count())]


def test_opens_on_the_current_quarter_with_its_real_window(view: EntryView) -> None:
    assert (view.form_code, view.period_code) == (FORM, Q3)
    assert view.period_label.text() == "Quý III năm 2025 (Từ ngày 15/06/2025 đến ngày 14/09/2025)"
    assert view.status_label.text() == "Not started"
    assert view.model.rowCount() == 6 and view.model.columnCount() == 13
    assert view.table.grouped_header.header_layout.rows == 4


def test_a_clerk_fills_the_quarter_from_the_keyboard(
    view: EntryView, service: FakeEntryService
) -> None:
    go(view, 0, 2)
    # Chứng thực: type digits, Tab to the right; Enter at the end goes down.
    press("12", K.Key_Tab, "5", K.Key_Tab, "4", K.Key_Tab, "3", K.Key_Tab)
    press("10", K.Key_Tab, "2", K.Key_Tab, "6", K.Key_Tab, "2", K.Key_Tab)
    press("2", K.Key_Tab, "1", K.Key_Tab, "1", K.Key_Return)
    assert current(view) == (1, 12)
    # Hộ tịch: arrows leave a cell being typed into, as in a spreadsheet.
    press(*[K.Key_Left] * 10)
    assert current(view) == (1, 2)
    press("1.500", K.Key_Right, "1000", K.Key_Right, "500", K.Key_Right, "0", K.Key_Right)
    press("1500", K.Key_Right, "1500", K.Key_Down)
    assert current(view) == (2, 7)
    assert [stored(service, 1, c) for c in range(3, 14)] == [12, 5, 4, 3, 10, 2, 6, 2, 2, 1, 1]
    assert [stored(service, 2, c) for c in range(3, 9)] == [1500, 1000, 500, 0, 1500, 1500]
    assert {source for (*_, source) in service.audit} == {"typed"}
    assert view.model.data(view.model.index(1, 2)) == "1.500"
    assert view.model.data(view.model.index(5, 2)) == "1.512"  # the total row
    assert problem_texts(view) == []
    assert view.problems_title.text() == "Checks: no problems found"
    assert view.status_label.text() == "In progress"


def test_enter_moves_down_and_f2_amends_the_figure(
    view: EntryView, service: FakeEntryService
) -> None:
    go(view, 0, 2)
    press("7", K.Key_Return, "8", K.Key_Return)
    assert current(view) == (2, 2)
    press((K.Key_Return, SHIFT), (K.Key_Return, SHIFT))
    assert current(view) == (0, 2)
    press(K.Key_F2, "5", K.Key_Return)  # F2 keeps the figure and appends
    assert stored(service, 1, 3) == 75
    assert stored(service, 2, 3) == 8


def test_a_bad_value_is_refused_in_the_cell(view: EntryView, service: FakeEntryService) -> None:
    go(view, 0, 2)
    press("9", K.Key_Return)
    go(view, 0, 2)
    press("abc", K.Key_Return)
    assert stored(service, 1, 3) == 9  # the old value stays
    assert current(view) == (0, 2)  # and the cell stays current to retype
    assert "không phải là số nguyên" in view.message.text()
    press("-4", K.Key_Tab)
    assert "âm" in view.message.text()
    assert stored(service, 1, 3) == 9
    press("11", K.Key_Return)
    assert stored(service, 1, 3) == 11
    assert view.message.text() == ""


def test_delete_clears_the_selection_in_one_undo_step(
    view: EntryView, service: FakeEntryService
) -> None:
    service.set_values([(1, 3, 5), (1, 4, 2), (2, 3, 7)], form=FORM, period=Q3)
    view.reload()
    view.table.select_block(0, 2, 1, 3)
    press(K.Key_Delete)
    assert [stored(service, 1, 3), stored(service, 1, 4), stored(service, 2, 3)] == [None] * 3
    assert view.undo_stack.count() == 1
    press((K.Key_Z, CTRL))
    assert [stored(service, 1, 3), stored(service, 1, 4), stored(service, 2, 3)] == [5, 2, 7]


def test_copy_puts_the_selected_rectangle_as_tsv(
    view: EntryView, service: FakeEntryService
) -> None:
    service.set_values([(1, 3, 1234), (2, 4, 5)], form=FORM, period=Q3)
    view.reload()
    view.table.select_block(0, 1, 1, 3)
    press((K.Key_C, CTRL))
    assert QGuiApplication.clipboard().text() == "Chứng thực\t1234\t\nHộ tịch\t\t5\n"


def test_pasting_an_excel_block(view: EntryView, service: FakeEntryService) -> None:
    QGuiApplication.clipboard().setText("10\t4\t6\t0\r\n1.200\t700\t500\t\r\n")  # Excel's copy
    go(view, 0, 2)
    press((K.Key_V, CTRL))
    assert [stored(service, 1, c) for c in (3, 4, 5, 6)] == [10, 4, 6, 0]
    assert [stored(service, 2, c) for c in (3, 4, 5, 6)] == [1200, 700, 500, None]
    assert {source for (*_, source) in service.audit} == {"pasted"}
    assert view.undo_stack.count() == 1
    assert view.table.selected_cells() == [(r, c) for r in (0, 1) for c in (2, 3, 4, 5)]


def test_one_value_pasted_over_a_selection_fills_it(
    view: EntryView, service: FakeEntryService
) -> None:
    QGuiApplication.clipboard().setText("3\n")
    view.table.select_block(0, 11, 2, 12)
    press((K.Key_V, CTRL))
    assert [stored(service, s, c) for s in (1, 2, 3) for c in (12, 13)] == [3] * 6


def test_an_invalid_paste_is_previewed_and_only_valid_cells_pasted(
    view: EntryView, service: FakeEntryService
) -> None:
    plans: list[PastePlan] = []

    def confirm(plan: PastePlan) -> bool:
        plans.append(plan)
        return True

    view.confirm_paste = confirm
    QGuiApplication.clipboard().setText("5\tx\t-2\t9\n1,5\t7\t8\t\n")
    go(view, 4, 10)  # Người có công, column (11): the block runs past the grid's edges
    press((K.Key_V, CTRL))
    (plan,) = plans
    bad = {(c.row, c.column) for c in plan.invalid}
    assert bad == {(4, 11), (4, 12), (4, 13), (5, 10), (5, 11), (5, 12)}
    assert stored(service, 5, 11) == 5
    assert view.message.text() == "Pasted 1 cells; 6 invalid cells were skipped."


def test_cancelling_the_preview_pastes_nothing(view: EntryView, service: FakeEntryService) -> None:
    view.confirm_paste = lambda plan: False
    QGuiApplication.clipboard().setText("5\tabc\n")
    go(view, 0, 2)
    press((K.Key_V, CTRL))
    assert service.audit == []
    assert "nothing was changed" in view.message.text()


@pytest.mark.answers_modals
def test_the_preview_dialog_lists_each_cell_with_its_problem(
    qtbot: QtBot, view: EntryView, service: FakeEntryService
) -> None:
    shown: list[PastePreviewDialog] = []

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PastePreviewDialog)
        shown.append(dialog)
        dialog.paste_button.click()

    QGuiApplication.clipboard().setText("4\t-1\t2\n")
    go(view, 0, 2)
    QTimer.singleShot(0, accept_dialog)
    press((K.Key_V, CTRL))
    (dialog,) = shown
    table = dialog.table.model()
    assert table.rowCount() == 3
    assert table.data(table.index(0, 0)) == "Chứng thực — (4) Trực tuyến"
    assert "âm" in table.data(table.index(0, 2))
    assert table.data(table.index(1, 2)) == "OK"
    assert "1 of the pasted cells" in dialog.summary.text()
    assert [stored(service, 1, c) for c in (3, 4, 5)] == [4, None, 2]


def test_undo_and_redo_from_keys_and_buttons(view: EntryView, service: FakeEntryService) -> None:
    go(view, 0, 2)
    press("1", K.Key_Return, "2", K.Key_Return, "3", K.Key_Return)
    assert view.undo_button.isEnabled() and not view.redo_button.isEnabled()
    press((K.Key_Z, CTRL))
    assert stored(service, 3, 3) is None
    press((K.Key_Z, CTRL))
    assert stored(service, 2, 3) is None
    press((K.Key_Y, CTRL))
    assert stored(service, 2, 3) == 2
    press((K.Key_Z, CTRL | SHIFT))
    assert stored(service, 3, 3) == 3
    view.undo_button.click()
    view.undo_button.click()
    assert [stored(service, s, 3) for s in (1, 2, 3)] == [1, None, None]
    view.redo_button.click()
    assert stored(service, 2, 3) == 2
    # Undo writes again through the service, audited as typed.
    assert [a[4:] for a in service.audit[-2:]] == [(2, None, "typed"), (None, 2, "typed")]
    assert view.model.data(view.model.index(1, 2)) == "2"


def test_switching_period_clears_undo(view: EntryView, service: FakeEntryService) -> None:
    go(view, 0, 2)
    press("5", K.Key_Return)
    assert view.undo_stack.count() == 1
    view.period_picker.next_button.click()
    assert view.period_code == "2025-Q4"
    assert "(Từ ngày 15/09/2025 đến ngày 14/12/2025)" in view.period_label.text()
    assert view.undo_stack.count() == 0
    assert view.model.value(0, 2) is None
    view.period_picker.previous_button.click()
    view.period_picker.previous_button.click()
    assert view.period_code == Q2


def test_each_broken_identity_is_listed_and_its_cells_coloured(
    view: EntryView, service: FakeEntryService
) -> None:
    go(view, 1, 2)
    press("12", K.Key_Tab, "5", K.Key_Tab, "4", K.Key_Tab, "1", K.Key_Tab, "9", K.Key_Return)
    texts = problem_texts(view)
    assert texts == [
        "Error — Hộ tịch: Số hồ sơ nhận giải quyết (12) khác Trực tuyến + Trực tiếp, "
        "dịch vụ bưu chính + Từ kỳ trước (10)",
        "Error — Hộ tịch: Đã giải quyết (9) khác Trước hạn + Đúng hạn + Quá hạn (0)",
        "Error — Hộ tịch: Số hồ sơ nhận giải quyết (12) khác Đã giải quyết + Đang giải quyết (9)",
    ]
    assert view.problems_title.text() == "Checks: 3 error(s), 0 warning(s)"
    role = [view.model.data(view.model.index(1, c), ProblemRole) for c in range(2, 13)]
    assert role == ["error"] * 9 + [None, None]  # (3)–(11) take part; (12), (13) do not
    assert view.model.data(view.model.index(0, 2), ProblemRole) is None
    # Choosing a problem selects its cells.
    view.problems.itemClicked.emit(view.problems.item(1))
    assert view.table.selected_cells() == [(1, 6), (1, 7), (1, 8), (1, 9)]
    assert current(view) == (1, 6)


def test_complete_is_refused_while_errors_remain(
    view: EntryView, service: FakeEntryService
) -> None:
    service.set_values([(1, 3, 4)], form=FORM, period=Q3)
    view.reload()
    view.done_button.click()
    assert "Chưa thể hoàn thành" in view.message.text()
    assert view.status_label.text() == "In progress"
    assert service.statuses[(FORM, Q3)][0] == "in_progress"


def test_complete_an_empty_report_asks_for_a_note(
    view: EntryView, service: FakeEntryService
) -> None:
    view.reload()
    asked: list[list[Problem]] = []
    view.ask_note = lambda warnings: asked.append(list(warnings)) or None  # cancelled
    view.done_button.click()
    assert len(asked) == 1 and "no figure at all" in asked[0][0].message
    assert (FORM, Q3) not in service.statuses
    view.ask_note = lambda warnings: "Kỳ này không có hồ sơ"
    view.done_button.click()
    assert service.statuses[(FORM, Q3)] == ("done", "Kỳ này không có hồ sơ")


def _warning_only(service: FakeEntryService) -> None:
    service.set_values([(1, 11, 5), (1, 12, 5)], form=FORM, period=Q2)
    service.set_values([(1, 3, 4), (1, 6, 4), (1, 7, 4), (1, 8, 4)], form=FORM, period=Q3)


def test_complete_with_warnings_asks_for_a_note(view: EntryView, service: FakeEntryService) -> None:
    _warning_only(service)
    view.reload()
    assert problem_texts(view) == [
        "Warning — Chứng thực: Từ kỳ trước (4) khác Đang giải quyết của quý ii năm 2025 (5)"
    ]
    asked: list[list[object]] = []
    view.ask_note = lambda warnings: asked.append(list(warnings)) or None  # cancelled
    view.done_button.click()
    assert len(asked) == 1 and service.statuses[(FORM, Q3)][0] == "in_progress"
    view.ask_note = lambda warnings: "Kỳ trước chuyển sang đã điều chỉnh"
    view.done_button.click()
    assert service.statuses[(FORM, Q3)] == ("done", "Kỳ trước chuyển sang đã điều chỉnh")
    assert view.status_label.text() == "Complete"
    assert view.reopen_button.isVisible() and not view.done_button.isVisible()
    # A completed report is read-only until re-opened.
    go(view, 1, 2)
    press("7")
    assert view.table.state() != QAbstractItemView.State.EditingState
    press(K.Key_Delete)
    view.table.select_block(0, 2, 0, 2)
    press(K.Key_Delete)
    assert stored(service, 1, 3) == 4
    assert "Re-open" in view.message.text()
    view.reopen_button.click()
    assert view.status_label.text() == "In progress"
    go(view, 1, 2)
    press("7", K.Key_Return)
    assert stored(service, 2, 3) == 7


def test_the_note_dialog_needs_text(qtbot: QtBot) -> None:
    from egov_desktop.ui.widgets.note_dialog import NoteDialog

    dialog = NoteDialog([])
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    dialog.note.setText("  Ho\u0302̀ sơ  ")  # decomposed, as some input methods send it
    assert dialog.ok_button.isEnabled()
    assert dialog.text() == "Hồ sơ"


def test_carry_over_fills_column_6_in_grey_italics(
    view: EntryView, service: FakeEntryService
) -> None:
    service.set_values([(1, 11, 5), (2, 11, 2)], form=FORM, period=Q2)
    view.carry_button.click()
    assert [stored(service, s, 6) for s in (1, 2, 3)] == [5, 2, None]
    index = view.model.index(0, 5)
    assert view.model.data(index) == "5"
    assert view.model.data(index, Qt.ItemDataRole.FontRole).italic()
    assert "2 figures" in view.message.text()
    press((K.Key_Z, CTRL))
    assert stored(service, 1, 6) is None


def test_another_form_brings_its_own_columns_and_header(view: EntryView) -> None:
    view.form_combo.setCurrentIndex(1)
    view.form_combo.activated.emit(1)
    assert view.form_code == "II.07b"
    assert view.model.columnCount() == 14
    assert view.table.grouped_header.header_layout.rows == 3
    assert view.period_code == Q3  # same period kind: the period is kept
    assert view.form_title.text().startswith("II.07b")


def test_open_shows_a_given_form_and_period(view: EntryView) -> None:
    view.open("II.06a", "2025-Q1")
    assert view.period_code == "2025-Q1"
    assert view.period_picker.period().code == "2025-Q1"
    assert view.period_label.text().startswith("Quý I năm 2025")


def test_taking_figures_from_the_previous_period_is_offered_only_where_it_applies(
    view: EntryView,
) -> None:
    assert view.carry_button.isVisible() and view.carry_button.isEnabled()  # II.06a
    view.form_combo.setCurrentIndex(1)
    view.form_combo.activated.emit(1)
    assert view.form_code == "II.07b"
    assert not view.carry_button.isVisible()
    view.form_combo.setCurrentIndex(0)
    view.form_combo.activated.emit(0)
    assert view.carry_button.isVisible()
