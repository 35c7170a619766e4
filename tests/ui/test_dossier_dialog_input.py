"""Dossier dialog: what a clerk pastes into its fields from a web page or a spreadsheet."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.dossier_dialog import DossierDialog

TODAY = date(2025, 8, 20)


def _new_dossier(qtbot: QtBot, commune: Services, code: str) -> DossierDialog:
    """The dialog of a new dossier of Hộ tịch, its code typed, the rest to fill."""
    dialog = DossierDialog(commune.register, commune.catalogue, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.sector.setEditText("Hộ tịch")
    return dialog


def test_dates_pasted_with_blanks_or_a_time_of_day_are_those_dates(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = _new_dossier(qtbot, commune, "HS-023")
    for edit, copied in (
        (dialog.received, "\r\n 01/08/2025 \r\n"),  # a cell of a web page's table
        (dialog.due, "5/8/2025 16:30"),  # the portal's due time
        (dialog.resolved, "04/08/2025\t"),
    ):
        QGuiApplication.clipboard().setText(copied)
        edit.selectAll()
        edit.paste()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    saved = commune.register.find("HS-023")
    assert (saved.received, saved.due, saved.resolved) == (
        date(2025, 8, 1),
        date(2025, 8, 5),
        date(2025, 8, 4),
    )


def test_text_pasted_after_a_date_is_not_cut_off_into_that_date(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = _new_dossier(qtbot, commune, "HS-024")
    dialog.due.setText("05/08/2025")
    pasted = "01/08/2025" + " " * 30 + "hoặc 02/08/2025"
    QGuiApplication.clipboard().setText(pasted)
    dialog.received.selectAll()
    dialog.received.paste()
    assert dialog.received.text() == pasted
    dialog.save()
    assert dialog.result() == 0 and "is not a date" in dialog.error.text()
    assert commune.register.count() == 0


def test_how_the_result_is_taken_is_chosen_or_typed_and_shown_again(
    qtbot: QtBot, commune: Services
) -> None:
    """Mẫu số 07 column 10: one of the usual answers, or the clerk's own words."""
    dialog = _new_dossier(qtbot, commune, "HS-030")
    dialog.due.setText("25/08/2025")
    assert [dialog.result_delivery.itemText(i) for i in range(dialog.result_delivery.count())] == [
        "",
        "Trực tiếp",
        "Qua dịch vụ bưu chính công ích",
        "Trực tuyến",
    ]
    dialog.result_delivery.setCurrentIndex(2)
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()
    saved = commune.register.find("HS-030")
    assert saved.result_delivery == "Qua dịch vụ bưu chính công ích"
    again = DossierDialog(commune.register, commune.catalogue, dossier=saved, today=lambda: TODAY)
    qtbot.addWidget(again)
    assert again.result_delivery.currentText() == "Qua dịch vụ bưu chính công ích"
    again.result_delivery.setEditText("Người được ủy quyền nhận thay")
    again.save()
    assert again.result() == QDialog.DialogCode.Accepted, again.error.text()
    assert commune.register.find("HS-030").result_delivery == "Người được ủy quyền nhận thay"
