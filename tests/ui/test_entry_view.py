"""The entry page driven as a clerk does: the period it opens on, the keyboard, checks, forms."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication

from egov_desktop.ui.models.entry_table_model import ProblemRole
from egov_desktop.ui.views.entry_view import EntryView
from tests.ui.entry_page import (
    CTRL,
    FORM,
    Q2,
    Q3,
    SHIFT,
    K,
    current,
    go,
    press,
    problem_texts,
    stored,
)
from tests.ui.fakes import FakeEntryService


def test_opens_on_the_current_quarter_with_its_real_window(entry_view: EntryView) -> None:
    assert (entry_view.form_code, entry_view.period_code) == (FORM, Q3)
    assert (
        entry_view.period_label.text()
        == "Quý III năm 2025 (Từ ngày 15/06/2025 đến ngày 14/09/2025)"
    )
    assert entry_view.status_label.text() == "Not started"
    assert entry_view.model.rowCount() == 6 and entry_view.model.columnCount() == 13
    assert entry_view.table.grouped_header.header_layout.rows == 4


def test_a_clerk_fills_the_quarter_from_the_keyboard(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    go(entry_view, 0, 2)
    # Chứng thực: type digits, Tab to the right; Enter at the end goes down.
    press("12", K.Key_Tab, "5", K.Key_Tab, "4", K.Key_Tab, "3", K.Key_Tab)
    press("10", K.Key_Tab, "2", K.Key_Tab, "6", K.Key_Tab, "2", K.Key_Tab)
    press("2", K.Key_Tab, "1", K.Key_Tab, "1", K.Key_Return)
    assert current(entry_view) == (1, 12)
    # Hộ tịch: arrows leave a cell being typed into, as in a spreadsheet.
    press(*[K.Key_Left] * 10)
    assert current(entry_view) == (1, 2)
    press("1.500", K.Key_Right, "1000", K.Key_Right, "500", K.Key_Right, "0", K.Key_Right)
    press("1500", K.Key_Right, "1500", K.Key_Down)
    assert current(entry_view) == (2, 7)
    assert [stored(fake_entry, 1, c) for c in range(3, 14)] == [12, 5, 4, 3, 10, 2, 6, 2, 2, 1, 1]
    assert [stored(fake_entry, 2, c) for c in range(3, 9)] == [1500, 1000, 500, 0, 1500, 1500]
    assert {source for (*_, source) in fake_entry.audit} == {"typed"}
    assert entry_view.model.data(entry_view.model.index(1, 2)) == "1.500"
    assert entry_view.model.data(entry_view.model.index(5, 2)) == "1.512"  # the total row
    assert problem_texts(entry_view) == []
    assert entry_view.problems_title.text() == "Checks: no problems found"
    assert entry_view.status_label.text() == "In progress"


def test_enter_moves_down_and_f2_amends_the_figure(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    go(entry_view, 0, 2)
    press("7", K.Key_Return, "8", K.Key_Return)
    assert current(entry_view) == (2, 2)
    press((K.Key_Return, SHIFT), (K.Key_Return, SHIFT))
    assert current(entry_view) == (0, 2)
    press(K.Key_F2, "5", K.Key_Return)  # F2 keeps the figure and appends
    assert stored(fake_entry, 1, 3) == 75
    assert stored(fake_entry, 2, 3) == 8


def test_a_bad_value_is_refused_in_the_cell(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    go(entry_view, 0, 2)
    press("9", K.Key_Return)
    go(entry_view, 0, 2)
    press("abc", K.Key_Return)
    assert stored(fake_entry, 1, 3) == 9  # the old value stays
    assert current(entry_view) == (0, 2)  # and the cell stays current to retype
    assert "không phải là số nguyên" in entry_view.message.text()
    press("-4", K.Key_Tab)
    assert "âm" in entry_view.message.text()
    assert stored(fake_entry, 1, 3) == 9
    press("11", K.Key_Return)
    assert stored(fake_entry, 1, 3) == 11
    assert entry_view.message.text() == ""


def test_copy_puts_the_selected_rectangle_as_tsv(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    fake_entry.set_values([(1, 3, 1234), (2, 4, 5)], form=FORM, period=Q3)
    entry_view.reload()
    entry_view.table.select_block(0, 1, 1, 3)
    press((K.Key_C, CTRL))
    assert QGuiApplication.clipboard().text() == "Chứng thực\t1234\t\nHộ tịch\t\t5\n"


def test_switching_period_clears_undo(entry_view: EntryView, fake_entry: FakeEntryService) -> None:
    go(entry_view, 0, 2)
    press("5", K.Key_Return)
    assert entry_view.undo_stack.count() == 1
    entry_view.period_picker.next_button.click()
    assert entry_view.period_code == "2025-Q4"
    assert "(Từ ngày 15/09/2025 đến ngày 14/12/2025)" in entry_view.period_label.text()
    assert entry_view.undo_stack.count() == 0
    assert entry_view.model.value(0, 2) is None
    entry_view.period_picker.previous_button.click()
    entry_view.period_picker.previous_button.click()
    assert entry_view.period_code == Q2


def test_each_broken_identity_is_listed_and_its_cells_coloured(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    go(entry_view, 1, 2)
    press("12", K.Key_Tab, "5", K.Key_Tab, "4", K.Key_Tab, "1", K.Key_Tab, "9", K.Key_Return)
    texts = problem_texts(entry_view)
    assert texts == [
        "Error — Hộ tịch: Số hồ sơ nhận giải quyết (12) khác Trực tuyến + Trực tiếp, "
        "dịch vụ bưu chính + Từ kỳ trước (10)",
        "Error — Hộ tịch: Đã giải quyết (9) khác Trước hạn + Đúng hạn + Quá hạn (0)",
        "Error — Hộ tịch: Số hồ sơ nhận giải quyết (12) khác Đã giải quyết + Đang giải quyết (9)",
    ]
    assert entry_view.problems_title.text() == "Checks: 3 error(s), 0 warning(s)"
    role = [entry_view.model.data(entry_view.model.index(1, c), ProblemRole) for c in range(2, 13)]
    assert role == ["error"] * 9 + [None, None]  # (3)–(11) take part; (12), (13) do not
    assert entry_view.model.data(entry_view.model.index(0, 2), ProblemRole) is None
    # Choosing a problem selects its cells.
    entry_view.problems.itemClicked.emit(entry_view.problems.item(1))
    assert entry_view.table.selected_cells() == [(1, 6), (1, 7), (1, 8), (1, 9)]
    assert current(entry_view) == (1, 6)


def test_another_form_brings_its_own_columns_and_header(entry_view: EntryView) -> None:
    entry_view.form_combo.setCurrentIndex(1)
    entry_view.form_combo.activated.emit(1)
    assert entry_view.form_code == "II.07b"
    assert entry_view.model.columnCount() == 14
    assert entry_view.table.grouped_header.header_layout.rows == 3
    assert entry_view.period_code == Q3  # same period kind: the period is kept
    assert entry_view.form_title.text().startswith("II.07b")


def test_open_shows_a_given_form_and_period(entry_view: EntryView) -> None:
    entry_view.open("II.06a", "2025-Q1")
    assert entry_view.period_code == "2025-Q1"
    assert entry_view.period_picker.period().code == "2025-Q1"
    assert entry_view.period_label.text().startswith("Quý I năm 2025")
