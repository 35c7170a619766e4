"""Register page: the dossier just saved is the one selected, scrolled to, or said hidden;
a reload keeps the selection."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.dossier_dialog import DossierDialog
from egov_desktop.ui.views.register_view import CODE, RegisterView
from tests.registers import add_dossier
from tests.ui.helpers import register_page

TODAY = date(2025, 8, 20)
#: More dossiers than the page shows at once: the saved one must be scrolled to.
MANY = 60


@pytest.fixture
def page(qtbot: QtBot, commune: Services) -> RegisterView:
    """The page over MANY dossiers received from 1 July on (HS-00 the oldest, last row)."""
    for n in range(MANY):
        add_dossier(commune, f"HS-{n:02d}", date(2025, 7, 1) + timedelta(days=n // 3))
    shown = register_page(qtbot, commune, TODAY)
    shown.resize(900, 500)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _typed(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[DossierDialog], None]
) -> list[DossierDialog]:
    """The dossier dialog, when opened, filled by `fill` and saved (as the clerk would)."""
    opened: list[DossierDialog] = []

    def exec_(dialog: DossierDialog) -> int:
        opened.append(dialog)
        fill(dialog)
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(DossierDialog, "exec", exec_)
    return opened


def _new(code: str, received: str) -> Callable[[DossierDialog], None]:
    def fill(dialog: DossierDialog) -> None:
        dialog.code.setText(code)
        dialog.sector.setEditText("Hộ tịch")
        dialog.received.setText(received)
        dialog.due.setText("29/08/2025")

    return fill


def _selected_code(page: RegisterView) -> str | None:
    selected = page.selected()
    return None if selected is None else selected.code


def _in_view(page: RegisterView, index: QModelIndex) -> bool:
    return page.table.viewport().rect().contains(page.table.visualRect(index))


def test_a_dossier_added_is_selected_and_scrolled_to(
    page: RegisterView, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.selectRow(0)
    # Received before all the others: the list's last row, far below what is shown.
    opened = _typed(monkeypatch, _new("HS-MOI", "30/06/2025"))
    page.add_dossier()
    assert opened and opened[0].result() == 1
    assert _selected_code(page) == "HS-MOI"
    current = page.table.currentIndex()
    assert current.row() == MANY and _in_view(page, current)
    assert page.count_label.text() == f"{MANY + 1} dossier(s)"


def test_a_dossier_edited_stays_selected_where_its_new_date_puts_it(
    page: RegisterView, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.selectRow(0)
    moved = _selected_code(page)
    assert moved is not None

    def older(dialog: DossierDialog) -> None:
        dialog.received.setText("30/06/2025")

    _typed(monkeypatch, older)
    page.edit_dossier()
    assert _selected_code(page) == moved
    assert page.table.currentIndex().row() == MANY - 1
    assert _in_view(page, page.table.currentIndex())


def test_a_reload_keeps_the_dossier_selected(page: RegisterView, commune: Services) -> None:
    row = MANY - 2
    page.table.selectRow(row)
    kept = _selected_code(page)
    add_dossier(commune, "HS-NEW", TODAY)  # elsewhere: the next reading shows one more row on top
    page.refresh()
    assert _selected_code(page) == kept
    assert page.table.currentIndex().row() == row + 1
    assert page.table.currentIndex().column() == CODE


def test_a_dossier_the_search_hides_is_said_saved_not_silently_missing(
    qtbot: QtBot, page: RegisterView, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.search.setText("HS-05")
    page.apply_filters()
    page.table.selectRow(0)
    _typed(monkeypatch, _new("HS-KHAC", "20/08/2025"))
    page.add_dossier()
    assert page.model.rowCount() == 1
    assert _selected_code(page) is None
    assert page.count_label.text() == (
        "1 dossier(s). Dossier HS-KHAC was saved but is not in the list as filtered."
    )
    # The next reading of the list says the count alone again.
    page.search.clear()
    page.apply_filters()
    assert page.count_label.text() == f"{MANY + 1} dossier(s)"


def test_after_a_delete_the_next_dossier_is_selected_and_the_last_row_s_neighbour_at_the_end(
    page: RegisterView, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in a file list: Delete again goes on to the next dossier, never to nothing."""
    monkeypatch.setattr(page, "confirm_delete", lambda dossier: True)
    page.select_dossier(commune.register.find("HS-30").id)
    row = page.table.currentIndex().row()
    page.delete_dossier()
    assert commune.register.count() == MANY - 1
    assert page.table.currentIndex().row() == row
    assert _selected_code(page) == page.model.dossier(row).code != "HS-30"
    last = page.model.rowCount() - 1
    page.select_dossier(page.model.dossier(last).id)
    page.delete_dossier()
    assert page.table.currentIndex().row() == last - 1 == page.model.rowCount() - 1
    assert _selected_code(page) is not None
