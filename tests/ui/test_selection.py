"""The item behind a list's single selected row."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableWidget
from pytestqt.qtbot import QtBot

from egov_desktop.ui.selection import single_selected


def test_one_selected_row_gives_its_item_none_or_many_give_none(qtbot: QtBot) -> None:
    table = QTableWidget(3, 2)
    qtbot.addWidget(table)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
    items = ["a", "b"]  # the third row has no item behind it
    assert single_selected(table, items) is None
    table.selectRow(1)
    assert single_selected(table, items) == "b"
    table.selectRow(0)
    assert single_selected(table, items) is None
    table.clearSelection()
    table.selectRow(2)
    assert single_selected(table, items) is None
