"""The merged II.06a header: spans as in domain.md §4.1, painted over the grid's columns."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.widgets.entry_table import EntryTableView
from egov_desktop.ui.widgets.grouped_header import HeaderLayout, Span
from tests.ui.fakes import FakeEntryService


def _ii06a_checks(layout: HeaderLayout) -> None:
    assert (layout.rows, layout.columns) == (4, 13)  # three header rows + the numbering row
    assert layout.gaps() == [] and layout.overlaps() == []

    def span(row: int, column: int) -> Span:
        found = layout.span_at(row, column)
        assert found is not None
        return found

    # Columns 1 and 2 span the three header rows.
    assert (span(0, 0).row_span, span(0, 1).row_span) == (3, 3)
    assert span(0, 1).text.startswith("Lĩnh vực")
    # Level-1 groups: 3–6, 7–10, 11–13.
    received = span(0, 2)
    assert (received.text, received.column, received.col_span) == (
        "Số hồ sơ nhận giải quyết",
        2,
        4,
    )
    assert span(0, 5) is received
    resolved = span(0, 6)
    assert (resolved.text, resolved.col_span) == ("Số hồ sơ đã giải quyết", 4)
    pending = span(0, 12)
    assert (pending.text, pending.column, pending.col_span) == (
        "Số lượng hồ sơ đang giải quyết",
        10,
        3,
    )
    # Column 3 spans rows 2–3; "Trong đó" spans columns 4–5 on row 2; 6–13 span rows 2–3.
    assert (span(1, 2).text, span(1, 2).row_span) == ("Tổng số", 2)
    within = span(1, 3)
    assert (within.text, within.col_span, within.row_span) == ("Trong đó", 2, 1)
    assert span(1, 4) is within
    assert span(2, 3).text == "Trực tuyến"
    assert span(2, 4).text == "Trực tiếp, dịch vụ bưu chính"
    assert all(span(1, c).row_span == 2 for c in range(5, 13))
    # The numbering row.
    assert [span(3, c).text for c in range(13)] == [f"({n})" for n in range(1, 14)]
    assert all(span(3, c).numbering for c in range(13))


def test_layout_of_the_ii06a_definition() -> None:
    _ii06a_checks(HeaderLayout.from_form(FakeEntryService().form("II.06a")))


def test_layout_of_the_shipped_ii06a_form(commune: Services) -> None:
    """The header the real form file describes has the same merges."""
    _ii06a_checks(HeaderLayout.from_form(commune.entry.form("II.06a")))


def test_a_column_missing_from_the_header_still_gets_its_title() -> None:
    form = FakeEntryService().form("II.06a")
    layout = HeaderLayout.from_form(
        type(form)(**{**form.__dict__, "header": form.header[1:]}), numbering=False
    )
    assert layout.gaps() == []
    assert layout.span_at(0, 0) == Span(0, 0, 3, 1, "TT")


@pytest.fixture
def table(qtbot: QtBot, qapp: QApplication) -> EntryTableView:
    view = EntryTableView()
    view.grouped_header.set_header_layout(HeaderLayout.from_form(FakeEntryService().form("II.06a")))
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(3, 13)
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(1100, 400)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_spans_cover_the_sections_and_the_header_is_four_rows_high(table: EntryTableView) -> None:
    header = table.grouped_header
    heights = header.row_heights()
    assert len(heights) == 4
    line = header.fontMetrics().height()
    assert all(h > line for h in heights)
    assert header.sizeHint().height() == sum(heights)
    assert header.height() == sum(heights)
    received = header.header_layout.span_at(0, 2)
    assert received is not None
    rect = header.span_rect(received)
    assert rect.left() == header.sectionViewportPosition(2)
    assert rect.width() == sum(header.sectionSize(c) for c in range(2, 6))
    assert rect.top() == 0 and rect.height() == heights[0]


def test_narrow_columns_make_the_wrapped_header_taller(table: EntryTableView) -> None:
    header = table.grouped_header
    before = sum(header.row_heights())
    for column in range(2, 13):
        header.resizeSection(column, 40)
    assert sum(header.row_heights()) > before
    assert header.sizeHint().height() == sum(header.row_heights())
