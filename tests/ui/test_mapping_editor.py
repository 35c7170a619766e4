"""The mapping editor of a province's own workbook."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from egov_desktop.ui.views.mapping_editor import MappingEditor
from egov_desktop.ui.widgets.screen_fit import TITLE_BAR
from tests.ui.small_screen import small_screen


def _document() -> dict[str, Any]:
    return {
        "form": "II.06a",
        "cells": {"period_label": {"cell": "A10", "format": "Kỳ báo cáo: {value}"}},
        "tables": [
            {
                "anchor": "A17",
                "label_column": "B",
                "prepared_rows": 30,
                "columns": {str(n): chr(ord("A") + n - 1) for n in range(3, 14)},
            }
        ],
    }


def test_the_save_button_stays_on_a_small_screen(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = small_screen(monkeypatch)
    editor = MappingEditor(_document(), [])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert editor.height() + TITLE_BAR <= room.height()
    assert editor.width() <= room.width()


def test_each_column_of_the_form_is_named(qtbot: QtBot) -> None:
    editor = MappingEditor(_document(), [])
    qtbot.addWidget(editor)
    texts = [editor.columns.item(row, 0).text() for row in range(editor.columns.rowCount())]
    assert texts[:2] == [
        "(3) Số hồ sơ nhận giải quyết › Tổng số",
        "(4) Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến",
    ]
    # The names are for reading: the document keeps the numbers.
    assert editor.document()["tables"][0]["columns"]["4"] == "D"


def test_a_sheet_that_is_no_entry_form_names_its_columns_by_its_layout(qtbot: QtBot) -> None:
    """The DVC sheet of QĐ 766 (and the register, the targets): its own header, not a bare
    number the clerk would look up on the printed sheet."""
    document = {**_document(), "form": "766-dvc"}
    document["tables"] = [{**_document()["tables"][0], "columns": {"2": "B", "4": "D"}}]
    editor = MappingEditor(document, [])
    qtbot.addWidget(editor)
    texts = [editor.columns.item(row, 0).text() for row in range(editor.columns.rowCount())]
    assert texts == [
        "(2) Mã định danh",
        "(4) Số hồ sơ nhận giải quyết › Số mới tiếp nhận trực tuyến",
    ]
    assert editor.columns.item(1, 0).toolTip() == texts[1]  # whole when the column elides it


def test_only_the_addresses_can_be_typed(qtbot: QtBot) -> None:
    """What a row is cannot be typed over: only where it goes in the workbook."""
    editor = MappingEditor(_document(), [])
    qtbot.addWidget(editor)
    for table in (editor.fixed, editor.columns):
        assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
        assert table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable


def test_the_findings_are_shown_above_the_addresses(qtbot: QtBot) -> None:
    """The doctor's findings and the texts the proposal did not place, told before saving."""
    told = "Không tìm thấy trong tệp tinh.xlsx chỗ ghi: Họ tên thủ trưởng."
    editor = MappingEditor(_document(), [told])
    qtbot.addWidget(editor)
    assert not editor.findings_label.isHidden() and editor.findings_label.text() == told
    quiet = MappingEditor(_document(), [])
    qtbot.addWidget(quiet)
    assert quiet.findings_label.isHidden()
