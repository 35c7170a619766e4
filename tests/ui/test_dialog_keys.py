"""Dialogs from the keyboard: where the keyboard starts, the order Tab follows, and what
Enter and Escape do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.dossier_dialog import DossierDialog
from egov_desktop.ui.views.unit_entry_dialog import UnitEntryDialog
from egov_desktop.ui.widgets.focus import tab_stops
from tests.ui.helpers import ba_dinh_dialog

TODAY = date(2025, 8, 20)


def _active(qtbot: QtBot, dialog: QDialog) -> None:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)


def _unit_dialog(qtbot: QtBot, office: Services, tmp_path: Path) -> UnitEntryDialog:
    dialog = ba_dinh_dialog(qtbot, office, tmp_path, {3: 2, 4: 2})
    _active(qtbot, dialog)
    return dialog


def test_the_unit_s_figures_open_on_the_first_figure(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = _unit_dialog(qtbot, office, tmp_path)
    view = dialog.entry_view
    assert QApplication.focusWidget() is view.table
    index = view.table.currentIndex()
    assert index.row() == 0 and view.model.cell_key(0, index.column()) is not None
    assert all(view.model.cell_key(0, c) is None for c in range(index.column()))


def test_enter_outside_the_grid_never_changes_the_period_and_escape_closes(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = _unit_dialog(qtbot, office, tmp_path)
    view = dialog.entry_view
    view.form_combo.setFocus()
    qtbot.keyClick(view.form_combo, Qt.Key.Key_Return)
    # Enter is the Close button's: the figures are saved as they are typed.
    assert view.period_code == "2025-Q3"
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    dialog.show()
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert view.period_code == "2025-Q3"


def _names(dialog: DossierDialog) -> list[QWidget]:
    return [
        dialog.code,
        dialog.procedure,
        dialog.sector,
        dialog.applicant,
        dialog.contact,
        dialog.lead_agency,
        dialog.channel,
        dialog.received,
        dialog.due,
        dialog.propose_button,
        dialog.resolved,
        dialog.returned,
        dialog.result_delivery,
        dialog.status,
        dialog.note,
        *dialog.flags.values(),
    ]


def test_the_dossier_form_is_typed_top_to_bottom_from_the_dossier_code(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = DossierDialog(commune.register, commune.catalogue, today=lambda: TODAY)
    _active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.code
    stops = tab_stops(dialog)
    assert stops[: len(_names(dialog))] == _names(dialog)
    assert [b.text() for b in stops[len(_names(dialog)) :]] == ["Save", "Cancel"]


def test_enter_saves_the_dossier_and_escape_cancels(qtbot: QtBot, commune: Services) -> None:
    dialog = DossierDialog(commune.register, commune.catalogue, today=lambda: TODAY)
    _active(qtbot, dialog)
    qtbot.keyClicks(dialog.code, "HS-1")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert dialog.isVisible()  # refused: no sector yet, said in the dialog
    assert dialog.error.text()
    dialog.sector.setEditText("Hộ tịch")
    dialog.due.setText("25/08/2025")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert commune.register.count() == 1
    other = DossierDialog(commune.register, commune.catalogue, today=lambda: TODAY)
    _active(qtbot, other)
    qtbot.keyClicks(other.code, "HS-2")
    qtbot.keyClick(other.code, Qt.Key.Key_Escape)
    assert other.result() == QDialog.DialogCode.Rejected and not other.isVisible()
    assert commune.register.count() == 1
