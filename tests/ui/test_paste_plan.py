"""Clipboard text: Excel's TSV in and out; every pasted cell checked before anything is written."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication

from egov_desktop.ui.models.entry_table_model import EntryTableModel
from egov_desktop.ui.models.paste_plan import fill_block, parse_tsv, plan_paste, to_tsv
from tests.ui.fakes import FakeEntryService


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("1\t2\t3\n", [["1", "2", "3"]]),  # Excel ends a copy with a newline
        ("1\t2\r\n3\t4\r\n", [["1", "2"], ["3", "4"]]),
        ("1.234\t\t5", [["1.234", "", "5"]]),
        ('"a\tb"\t"say ""hi"""\n', [["a\tb", 'say "hi"']]),
        ("7", [["7"]]),
        ("", []),
        ("\n", [[""]]),
    ],
)
def test_parse_tsv(text: str, rows: list[list[str]]) -> None:
    assert parse_tsv(text) == rows


def test_to_tsv_round_trips() -> None:
    rows = [["1", "", "3"], ["4", "5", "6"]]
    assert to_tsv(rows) == "1\t\t3\n4\t5\t6\n"
    assert parse_tsv(to_tsv(rows)) == rows


def test_fill_block() -> None:
    assert fill_block("5", 2, 3) == [["5"] * 3, ["5"] * 3]


@pytest.fixture
def model(qapp: QApplication) -> tuple[EntryTableModel, FakeEntryService]:
    service = FakeEntryService()
    model = EntryTableModel(service.parse_value, lambda changes: True)
    model.set_grid(service.grid(form="II.06a", period="2025-Q3"))
    return model, service


def test_a_clean_block_becomes_changes(model: tuple[EntryTableModel, FakeEntryService]) -> None:
    m, service = model
    plan = plan_paste(m, [["10", "1.200", ""], ["3", "4", "5"]], 0, 2, service.parse_value)
    assert plan.invalid == []
    assert plan.changes() == [
        (1, 3, 10),
        (1, 4, 1200),
        (1, 5, None),
        (2, 3, 3),
        (2, 4, 4),
        (2, 5, 5),
    ]


def test_invalid_cells_are_named_with_their_problem(
    model: tuple[EntryTableModel, FakeEntryService],
) -> None:
    m, service = model
    rows = [["abc", "-3", "1,5", "7"], ["1", "2", "3", "4"]]
    plan = plan_paste(m, rows, 4, 10, service.parse_value)  # last sector row, column (11)
    problems = {(c.row, c.column): c.problem for c in plan.invalid}
    assert "không phải là số nguyên" in problems[(4, 10)]
    assert "âm" in problems[(4, 11)]
    assert (4, 12) in problems  # "1,5" is not an integer
    assert problems[(4, 13)] == "Outside the table"
    assert problems[(5, 10)] == "The total row is computed"
    assert plan.changes() == []
    assert plan.invalid[0].place == "Người có công — (11) Tổng số"


def test_labels_pasted_back_over_themselves_are_not_errors(
    model: tuple[EntryTableModel, FakeEntryService],
) -> None:
    m, service = model
    plan = plan_paste(m, [["1", "Chứng thực", "5"]], 0, 0, service.parse_value)
    assert plan.invalid == []
    assert plan.changes() == [(1, 3, 5)]
    plan = plan_paste(m, [["Hộ tịch", "5"]], 0, 1, service.parse_value)
    assert [c.problem for c in plan.invalid] == ["This column is not typed in"]
    assert plan.changes() == [(1, 3, 5)]


def test_a_closed_column_refuses_a_pasted_figure_with_its_reason(
    model: tuple[EntryTableModel, FakeEntryService],
) -> None:
    m, service = model
    reason = "Cột (5) để trống cho kỳ này."
    m.set_grid(replace(service.grid(form="II.06a", period="2025-Q3"), closed={5: reason}))
    plan = plan_paste(m, [["1", "2", "3"]], 0, 2, service.parse_value)  # columns (3)–(5)
    assert [(c.column, c.problem) for c in plan.invalid] == [(4, reason)]
    assert plan_paste(m, [["1", "2", ""]], 0, 2, service.parse_value).invalid == []
