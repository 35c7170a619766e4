"""The entry grid's model without a window: shape, roles, flags and edits through `commit`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from egov_desktop.ui.models.entry_table_model import (
    CLOSED_BACKGROUND,
    ERROR_BACKGROUND,
    TOTAL_BACKGROUND,
    Change,
    EntryTableModel,
    ProblemRole,
    format_number,
)
from tests.ui.fakes import FakeEntryService

FORM, PERIOD = "II.06a", "2025-Q3"
D = Qt.ItemDataRole


class Harness:
    """A model over the fake service; `commit` writes and refreshes as the view does."""

    def __init__(self) -> None:
        self.service = FakeEntryService()
        self.commits: list[list[Change]] = []
        self.model = EntryTableModel(self.service.parse_value, self.commit)
        self.reload()

    def commit(self, changes: Sequence[Change]) -> bool:
        self.commits.append(list(changes))
        self.service.set_values(changes, form=FORM, period=PERIOD)
        self.reload()
        return True

    def reload(self) -> None:
        self.model.set_grid(self.service.grid(form=FORM, period=PERIOD))

    def text(self, row: int, column: int, role: int = D.DisplayRole) -> object:
        return self.model.data(self.model.index(row, column), role)


@pytest.fixture
def h(qapp: QApplication) -> Harness:
    return Harness()


def test_numbers_use_vietnamese_grouping() -> None:
    assert format_number(1234567) == "1.234.567"
    assert format_number(0) == "0"
    assert format_number(None) == ""


def test_rows_are_the_sectors_and_a_total_row(h: Harness) -> None:
    assert h.model.rowCount() == 6  # five sectors + "Tổng số"
    assert h.model.columnCount() == 13
    assert [h.text(r, 1) for r in range(6)] == [
        "Chứng thực",
        "Hộ tịch",
        "Đất đai",
        "Bảo trợ xã hội",
        "Người có công",
        "Total",  # "Tổng số" once the Vietnamese translation is loaded
    ]
    assert [h.text(r, 0) for r in range(6)] == ["1", "2", "3", "4", "5", ""]
    assert h.model.headerData(2, Qt.Orientation.Horizontal) == "Tổng số"
    assert "Số hồ sơ nhận giải quyết" in h.model.headerData(
        2, Qt.Orientation.Horizontal, D.ToolTipRole
    )


def test_values_display_grouped_edit_raw_and_blank_when_empty(h: Harness) -> None:
    h.service.set_values([(1, 3, 12500), (2, 3, 7)], form=FORM, period=PERIOD)
    h.reload()
    assert h.text(0, 2) == "12.500"
    assert h.text(0, 2, D.EditRole) == "12500"
    assert h.text(0, 3) == ""
    assert h.text(5, 2) == "12.507"  # the total row sums the column
    assert h.text(5, 3) == ""  # a column nobody typed in stays blank, even in the total
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert h.text(0, 2, D.TextAlignmentRole) == right
    assert h.text(5, 2, D.FontRole).bold()


def test_only_figure_cells_of_sector_rows_are_editable(h: Harness) -> None:
    editable = Qt.ItemFlag.ItemIsEditable
    assert h.model.flags(h.model.index(0, 2)) & editable
    assert not h.model.flags(h.model.index(0, 0)) & editable  # TT
    assert not h.model.flags(h.model.index(0, 1)) & editable  # sector name
    assert not h.model.flags(h.model.index(5, 2)) & editable  # total row
    h.model.read_only = True  # a completed report
    assert not h.model.flags(h.model.index(0, 2)) & editable


def test_a_closed_column_is_grey_read_only_and_says_why(h: Harness) -> None:
    """A column the period leaves empty (II.07b "Cấp huyện" after 07/2025) takes no figure."""
    reason = 'Cột (5) "Trực tiếp" để trống từ kỳ báo cáo bắt đầu ngày 01/07/2025.'
    h.model.set_grid(replace(h.service.grid(form=FORM, period=PERIOD), closed={5: reason}))
    closed, open_ = h.model.index(0, 4), h.model.index(0, 3)  # columns (5) and (4)
    assert not h.model.flags(closed) & Qt.ItemFlag.ItemIsEditable
    assert h.model.flags(open_) & Qt.ItemFlag.ItemIsEditable
    assert h.model.cell_key(0, 4) is None and h.model.closed_reason(4) == reason
    assert h.text(0, 4, D.BackgroundRole).color() == CLOSED_BACKGROUND
    assert reason in h.text(0, 4, D.ToolTipRole)
    assert not h.model.setData(closed, "3") and h.commits == []


def test_set_data_parses_and_commits_one_change(h: Harness) -> None:
    assert h.model.setData(h.model.index(1, 3), "1.234")
    assert h.commits == [[(2, 4, 1234)]]
    assert h.text(1, 3) == "1.234"
    assert h.model.setData(h.model.index(1, 3), "1234")  # same figure: no write
    assert len(h.commits) == 1
    assert h.model.setData(h.model.index(1, 3), "")  # empty clears
    assert h.commits[-1] == [(2, 4, None)]


def test_set_data_refuses_bad_text_with_the_service_message(h: Harness, qtbot) -> None:
    with qtbot.waitSignal(h.model.rejected) as blocker:
        assert not h.model.setData(h.model.index(0, 2), "-5")
    row, column, message = blocker.args
    assert (row, column) == (0, 2)
    assert "âm" in message
    assert h.commits == []
    assert not h.model.setData(h.model.index(5, 2), "3")  # the total row is computed


def test_problems_colour_their_cells_and_explain_in_the_tooltip(h: Harness) -> None:
    h.service.set_values([(1, 3, 10), (1, 4, 4), (1, 5, 5)], form=FORM, period=PERIOD)
    h.reload()
    assert h.text(0, 2, ProblemRole) == "error"
    assert h.text(0, 2, D.BackgroundRole).color() == ERROR_BACKGROUND
    assert "(10) khác" in h.text(0, 2, D.ToolTipRole)
    assert h.text(1, 2, ProblemRole) is None
    assert h.text(5, 2, D.BackgroundRole).color() == TOTAL_BACKGROUND


def test_carried_over_figures_are_grey_italic(h: Harness) -> None:
    h.service.set_values([(1, 11, 8)], form=FORM, period="2025-Q2")
    h.service.prefill_carry_over(form=FORM, period=PERIOD)
    h.reload()
    assert h.text(0, 5) == "8"
    assert h.text(0, 5, D.FontRole).italic()
    assert h.text(0, 5, D.ForegroundRole) is not None
    assert "previous period" in h.text(0, 5, D.ToolTipRole)


def test_refresh_of_the_same_shape_keeps_rows(h: Harness, qtbot) -> None:
    with qtbot.assertNotEmitted(h.model.modelReset), qtbot.waitSignal(h.model.dataChanged):
        h.service.set_values([(1, 3, 1)], form=FORM, period=PERIOD)
        h.reload()
    h.service.sectors.add("Tư pháp")
    with qtbot.waitSignal(h.model.modelReset):
        h.reload()
    assert h.model.rowCount() == 7


def test_locate_finds_sector_cells_and_the_total_row(h: Harness) -> None:
    assert h.model.locate(2, 7) == (1, 6)
    assert h.model.locate(None, 3) == (5, 2)
    assert h.model.locate(99, 3) is None
    assert h.model.cell_key(1, 6) == (2, 7)
    assert h.model.cell_key(5, 6) is None
