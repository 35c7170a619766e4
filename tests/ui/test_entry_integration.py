"""The entry page over the real services and database: what the clerk does is what is stored."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from egov_desktop.app import window_services
from egov_desktop.bootstrap import Services
from egov_desktop.domain.periods import period_containing
from egov_desktop.services.register_dto import DossierInput
from egov_desktop.ui.main_window import MainWindow
from egov_desktop.ui.views.entry_view import EntryView
from egov_desktop.ui.views.sectors_view import SectorsView
from tests.ui.entry_page import press, problem_texts, shown
from tests.ui.helpers import double_click

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
TODAY = date(2025, 8, 20)


def _window(qtbot: QtBot, commune: Services, tmp_path: Path) -> MainWindow:
    """The commune's main window, not shown yet (the test sizes it)."""
    window = MainWindow(
        data_dir=commune.paths.data_dir,
        ui_state=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
    )
    window.attach(window_services(commune))
    qtbot.addWidget(window)
    return window


def _entry_page(
    qtbot: QtBot, commune: Services, tmp_path: Path, width: int | None = None
) -> tuple[MainWindow, EntryView]:
    """The main window shown (`width` wide, 700 high), on its entry page (keep the window)."""
    window = _window(qtbot, commune, tmp_path)
    if width is not None:
        window.resize(width, 700)
    window.show()
    qtbot.waitExposed(window)
    entry = window.entry
    assert entry is not None and window.pages is not None
    window.pages.setCurrentWidget(entry)
    entry.refresh()
    return window, entry


def _entry(qtbot: QtBot, commune: Services) -> EntryView:
    return shown(qtbot, EntryView(commune.entry, period_mode=lambda: "cutoff", today=lambda: TODAY))


def test_typing_pasting_undoing_and_completing_with_the_real_services(
    qtbot: QtBot, commune: Services
) -> None:
    view = _entry(qtbot, commune)
    assert (view.form_code, view.period_code) == ("II.06a", "2025-Q3")
    first = commune.sectors.list()[0]
    view.table.setCurrentIndex(view.model.index(0, 2))
    view.table.setFocus()
    # (3)=10 = (4)4 + (5)6 + (6)0; (7)=8 = (8)2 + (9)5 + (10)1; (11)=2 = (12)2 + (13)0.
    press("10", K.Key_Tab, "4", K.Key_Tab, "6", K.Key_Tab, "0", K.Key_Tab)
    press("8", K.Key_Tab, "2", K.Key_Tab, "5", K.Key_Tab, "1", K.Key_Tab, "2", K.Key_Tab)
    press("2", K.Key_Tab, "0", K.Key_Return)
    grid = commune.entry.grid(form="II.06a", period="2025-Q3")
    row = next(r for r in grid.rows if r.sector_id == first.id)
    assert [row.values[c] for c in range(3, 14)] == [10, 4, 6, 0, 8, 2, 5, 1, 2, 2, 0]
    assert set(row.sources.values()) == {"typed"}
    assert grid.problems == () and grid.status == "in_progress"

    # A pasted block that breaks I1 on the second row: listed, coloured, completion refused.
    QGuiApplication.clipboard().setText("1.500\t700\t500\r\n")
    view.table.setCurrentIndex(view.model.index(1, 2))
    press((K.Key_V, CTRL))
    assert view.model.data(view.model.index(1, 2)) == "1.500"
    assert any("(1.500) khác" in view.problems.item(i).text() for i in range(view.problems.count()))
    view.done_button.click()
    assert "Chưa thể đánh dấu hoàn thành" in view.message.text()

    # Undo the paste (a new write, audited as typed), then complete.
    press((K.Key_Z, CTRL))
    assert view.model.value(1, 2) is None
    view.done_button.click()
    assert commune.entry.grid(form="II.06a", period="2025-Q3").status == "done"
    assert view.status_label.text() == "Complete"
    assert view.undo_stack.count() == 0


def test_the_todo_list_opens_a_report_on_the_entry_page(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, commune, tmp_path)
    window.show()
    qtbot.waitExposed(window)
    assert window.home is not None and window.home.todo is not None and window.entry is not None
    todo = window.home.todo
    assert todo.model.rowCount() >= 2
    current = period_containing(date.today(), "Q", "cutoff")
    row = next(
        r
        for r in range(todo.model.rowCount())
        if (todo.model.item(r).form, todo.model.item(r).period_code) == ("II.06a", current.code)
    )
    rect = todo.table.visualRect(todo.model.index(row, 1))
    double_click(qtbot, todo.table.viewport(), rect.center())
    assert window.pages is not None and window.pages.currentWidget() is window.entry
    assert (window.entry.form_code, window.entry.period_code) == ("II.06a", current.code)


def test_sectors_page_changes_the_rows_of_the_grid(qtbot: QtBot, commune: Services) -> None:
    sectors = SectorsView(commune.sectors)
    qtbot.addWidget(sectors)
    sectors.refresh()
    view = _entry(qtbot, commune)
    before = view.model.rowCount()
    sectors.name.setText("Tư pháp - Hộ tịch liên thông")
    sectors.add_button.click()
    view.refresh()
    assert view.model.rowCount() == before + 1
    assert view.model.data(view.model.index(before - 1, 1)) == "Tư pháp - Hộ tịch liên thông"
    sectors.list.setCurrentIndex(sectors.model.index(0))
    sectors.hide_button.click()
    view.refresh()
    assert view.model.rowCount() == before


def test_form_766_is_computed_from_the_register_on_the_entry_page(
    qtbot: QtBot, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commune.register.add(
        DossierInput(
            "D1",
            "Hộ tịch",
            "online",
            date(2025, 7, 1),
            date(2025, 7, 3),
            resolved=date(2025, 7, 2),
            components_digitised=True,
        )  # fmt: skip
    )
    _window_kept, entry = _entry_page(qtbot, commune, tmp_path, width=1400)
    assert [entry.form_combo.itemData(i) for i in range(entry.form_combo.count())] == [
        "II.06a", "II.07b", "766",
    ]  # fmt: skip
    entry.open("II.07b", "2025-Q3")
    assert not entry.compute_action.isEnabled()
    entry.open("766", "2025-Q3")
    assert entry.compute_action.isEnabled()
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: yes))
    entry.compute_action.trigger()
    grid = entry.model.grid
    assert grid is not None and grid.form.code == "766"
    (expected,) = commune.dvc.tracking("2025-Q3")
    assert grid.rows[0].values[3] == expected.received_online == 1
    assert grid.rows[0].values[12] == expected.components_digitised == 1
    assert grid.rows[0].sources[3] == "computed"


def _counted_then_one_more_dossier(commune: Services) -> None:
    """II.06a 2025-Q3 counted from the register (`stats --apply`), then a dossier added."""
    for code in ("R1", "R2"):
        commune.register.add(
            DossierInput(code, "Hộ tịch", "direct", date(2025, 7, 1), date(2025, 7, 3))
        )
        if code == "R1":
            commune.stats.apply(form="II.06a", period="2025-Q3")


def test_the_entry_page_warns_as_validate_does_of_figures_the_register_now_counts_otherwise(
    qtbot: QtBot, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Counted with `stats --apply`, then a dossier added: the page says so, as validate does."""
    _counted_then_one_more_dossier(commune)
    _window_kept, entry = _entry_page(qtbot, commune, tmp_path)
    entry.open("II.06a", "2025-Q3")
    (said,) = commune.stats.recount_problems(form="II.06a", period="2025-Q3")
    assert said.message.startswith("Số liệu đã lưu khác số đếm từ sổ theo dõi hồ sơ: Hộ tịch, ")
    assert problem_texts(entry) == [f"Warning — Sổ theo dõi hồ sơ: {said.message}"]
    assert entry.problems_title.text() == "Checks: 0 error(s), 1 warning(s)"
    # Completing asks for a note about it, as for the report's own warnings.
    asked: list[list[str]] = []
    entry.ask_note = lambda warnings: asked.append([w.message for w in warnings]) or None
    entry.done_button.click()
    assert asked == [[said.message]]
    assert commune.entry.grid(form="II.06a", period="2025-Q3").status != "done"
    # Counted again from the register: nothing left to say.
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: yes))
    entry.compute_action.trigger()
    assert problem_texts(entry) == []
    assert entry.problems_title.text() == "Checks: no problems found"


def test_a_recount_takes_away_the_refusal_it_answers(
    qtbot: QtBot, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "Cannot be marked complete" in red, then the recount the checks ask for: the red goes."""
    _counted_then_one_more_dossier(commune)
    (row,) = commune.entry.grid(form="II.06a", period="2025-Q3").rows[:1]
    commune.entry.set_values([(row.sector_id, 4, 9)], form="II.06a", period="2025-Q3")
    _window_kept, entry = _entry_page(qtbot, commune, tmp_path)
    entry.open("II.06a", "2025-Q3")
    entry.done_button.click()
    assert entry.message.text().startswith("Chưa thể đánh dấu hoàn thành")
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: yes))
    entry.compute_action.trigger()
    assert problem_texts(entry) == [] and entry.message.text() == ""


def test_figures_pasted_from_other_documents_stay_numbers(qtbot: QtBot, commune: Services) -> None:
    """Grouped, padded, full-width or trailed by a web page's invisible space: all figures."""
    view = _entry(qtbot, commune)
    QGuiApplication.clipboard().setText(" 1.000 \t\u00a07\u00a0\t１２\t3\u200b\r\n")
    view.table.setCurrentIndex(view.model.index(0, 2))
    view.table.setFocus()
    press((K.Key_V, CTRL))
    assert [view.model.value(0, c) for c in (2, 3, 4, 5)] == [1000, 7, 12, 3]
    assert view.message.text() == ""
    press((K.Key_Z, CTRL))
    assert [view.model.value(0, c) for c in (2, 3, 4, 5)] == [None] * 4


def test_the_recount_the_checks_ask_for_is_a_button_of_the_page(
    qtbot: QtBot, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The warning says to recount "from the register": a button of that name, in sight."""
    _counted_then_one_more_dossier(commune)
    _window_kept, entry = _entry_page(qtbot, commune, tmp_path, width=1024)
    entry.open("II.07b", "2025-Q3")
    assert not entry.recount_button.isVisible()  # typed from the catalogue, not counted
    entry.open("II.06a", "2025-Q3")
    button = entry.recount_button
    assert button.isVisible() and button.isEnabled()
    assert (
        button.text().replace("&", "")
        == entry.compute_action.text()
        == "Recount from the register…"
    )
    corner = button.mapTo(entry, button.rect().bottomRight())
    assert corner.x() <= entry.width() and button.width() >= button.sizeHint().width()
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *_a, **_k: yes))
    button.click()
    assert problem_texts(entry) == []
