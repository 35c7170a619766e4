"""The entry grid's edits (ui/views/entry_editing.py): Delete, paste with its preview, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.ui.models.paste_plan import PastePlan
from egov_desktop.ui.views.entry_view import EntryView
from egov_desktop.ui.widgets.paste_preview import PastePreviewDialog
from tests.ui.entry_page import (
    CTRL,
    FORM,
    Q3,
    SHIFT,
    K,
    go,
    press,
    stored,
)
from tests.ui.fakes import FakeEntryService


def test_delete_clears_the_selection_in_one_undo_step(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    fake_entry.set_values([(1, 3, 5), (1, 4, 2), (2, 3, 7)], form=FORM, period=Q3)
    entry_view.reload()
    entry_view.table.select_block(0, 2, 1, 3)
    press(K.Key_Delete)
    assert [stored(fake_entry, 1, 3), stored(fake_entry, 1, 4), stored(fake_entry, 2, 3)] == [
        None
    ] * 3
    assert entry_view.undo_stack.count() == 1
    press((K.Key_Z, CTRL))
    assert [stored(fake_entry, 1, 3), stored(fake_entry, 1, 4), stored(fake_entry, 2, 3)] == [
        5,
        2,
        7,
    ]


def test_pasting_an_excel_block(entry_view: EntryView, fake_entry: FakeEntryService) -> None:
    QGuiApplication.clipboard().setText("10\t4\t6\t0\r\n1.200\t700\t500\t\r\n")  # Excel's copy
    go(entry_view, 0, 2)
    press((K.Key_V, CTRL))
    assert [stored(fake_entry, 1, c) for c in (3, 4, 5, 6)] == [10, 4, 6, 0]
    assert [stored(fake_entry, 2, c) for c in (3, 4, 5, 6)] == [1200, 700, 500, None]
    assert {source for (*_, source) in fake_entry.audit} == {"pasted"}
    assert entry_view.undo_stack.count() == 1
    assert entry_view.table.selected_cells() == [(r, c) for r in (0, 1) for c in (2, 3, 4, 5)]


def test_one_value_pasted_over_a_selection_fills_it(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    QGuiApplication.clipboard().setText("3\n")
    entry_view.table.select_block(0, 11, 2, 12)
    press((K.Key_V, CTRL))
    assert [stored(fake_entry, s, c) for s in (1, 2, 3) for c in (12, 13)] == [3] * 6
    assert entry_view.table.selected_cells() == [(r, c) for r in (0, 1, 2) for c in (11, 12)]


def test_one_value_fills_only_the_cells_picked_apart(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    fake_entry.set_values([(2, 4, 8)], form=FORM, period=Q3)
    entry_view.reload()
    QGuiApplication.clipboard().setText("3\r\n")
    selection = entry_view.table.selectionModel()
    for row, column in ((0, 2), (2, 4)):  # Ctrl+click on two cells
        selection.select(
            entry_view.model.index(row, column), QItemSelectionModel.SelectionFlag.Select
        )
    press((K.Key_V, CTRL))
    assert [stored(fake_entry, 1, 3), stored(fake_entry, 3, 5)] == [3, 3]
    # The cells between keep what they had.
    assert [stored(fake_entry, 2, 4), stored(fake_entry, 1, 4), stored(fake_entry, 2, 3)] == [
        8,
        None,
        None,
    ]
    assert entry_view.table.selected_cells() == [(0, 2), (2, 4)]
    press((K.Key_Z, CTRL))
    assert [stored(fake_entry, 1, 3), stored(fake_entry, 3, 5), stored(fake_entry, 2, 4)] == [
        None,
        None,
        8,
    ]


def test_an_invalid_paste_is_previewed_and_only_valid_cells_pasted(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    plans: list[PastePlan] = []

    def confirm(plan: PastePlan) -> bool:
        plans.append(plan)
        return True

    entry_view.confirm_paste = confirm
    QGuiApplication.clipboard().setText("5\tx\t-2\t9\n1,5\t7\t8\t\n")
    go(entry_view, 4, 10)  # Người có công, column (11): the block runs past the grid's edges
    press((K.Key_V, CTRL))
    (plan,) = plans
    bad = {(c.row, c.column) for c in plan.invalid}
    assert bad == {(4, 11), (4, 12), (4, 13), (5, 10), (5, 11), (5, 12)}
    assert stored(fake_entry, 5, 11) == 5
    assert entry_view.message.text() == "Pasted 1 cells; 6 invalid cells were skipped."


def test_cancelling_the_preview_pastes_nothing(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    entry_view.confirm_paste = lambda plan: False
    QGuiApplication.clipboard().setText("5\tabc\n")
    go(entry_view, 0, 2)
    press((K.Key_V, CTRL))
    assert fake_entry.audit == []
    assert "nothing was changed" in entry_view.message.text()


@pytest.mark.answers_modals
def test_the_preview_dialog_lists_each_cell_with_its_problem(
    qtbot: QtBot, entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    shown: list[PastePreviewDialog] = []

    def accept_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PastePreviewDialog)
        shown.append(dialog)
        dialog.paste_button.click()

    QGuiApplication.clipboard().setText("4\t-1\t2\n")
    go(entry_view, 0, 2)
    QTimer.singleShot(0, accept_dialog)
    press((K.Key_V, CTRL))
    (dialog,) = shown
    table = dialog.table.model()
    assert table.rowCount() == 3
    assert table.data(table.index(0, 0)) == "Chứng thực — (4) Trực tuyến"
    assert "âm" in table.data(table.index(0, 2))
    assert table.data(table.index(1, 2)) == "OK"
    assert "1 of the pasted cells" in dialog.summary.text()
    assert [stored(fake_entry, 1, c) for c in (3, 4, 5)] == [4, None, 2]


def test_undo_and_redo_from_keys_and_buttons(
    entry_view: EntryView, fake_entry: FakeEntryService
) -> None:
    go(entry_view, 0, 2)
    press("1", K.Key_Return, "2", K.Key_Return, "3", K.Key_Return)
    assert entry_view.undo_button.isEnabled() and not entry_view.redo_button.isEnabled()
    press((K.Key_Z, CTRL))
    assert stored(fake_entry, 3, 3) is None
    press((K.Key_Z, CTRL))
    assert stored(fake_entry, 2, 3) is None
    press((K.Key_Y, CTRL))
    assert stored(fake_entry, 2, 3) == 2
    press((K.Key_Z, CTRL | SHIFT))
    assert stored(fake_entry, 3, 3) == 3
    entry_view.undo_button.click()
    entry_view.undo_button.click()
    assert [stored(fake_entry, s, 3) for s in (1, 2, 3)] == [1, None, None]
    entry_view.redo_button.click()
    assert stored(fake_entry, 2, 3) == 2
    # Undo writes again through the service, audited as typed.
    assert [a[4:] for a in fake_entry.audit[-2:]] == [(2, None, "typed"), (None, 2, "typed")]
    assert entry_view.model.data(entry_view.model.index(1, 2)) == "2"
