"""The reason asked when a sent report is reopened or a unit's report returned: the dialog
names the report and unit it is about, says who reads the reason, and needs some text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.send_view import SendView
from egov_desktop.ui.widgets.reason_dialog import ReasonDialog
from tests.ui.test_exchange_views import ROW, TODAY, P, _finish, _imported, _receive

Asked = list[tuple[str, str, str, str]]


def _answer(asked: Asked, reason: str | None):  # type: ignore[no-untyped-def]
    def ask(_parent: QWidget, title: str, subject: str, explanation: str, ok: str) -> str | None:
        asked.append((title, subject, explanation, ok))
        return reason

    return ask


def test_the_dialog_names_its_subject_and_takes_ok_only_with_a_reason(qtbot: QtBot) -> None:
    subject = "Phường Ba Đình (00004) — Quý III năm 2025"
    dialog = ReasonDialog("Return the report", subject, "The unit receives it.", "Return")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.subject.text() == subject
    assert dialog.width() >= 480  # the bare prompt was 200 pixels: a reason did not fit
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.reason.setText("Thiếu số liệu lĩnh vực Hộ tịch")  # as an input method commits it
    assert dialog.ok_button.isEnabled()
    assert dialog.text().strip() == "Thiếu số liệu lĩnh vực Hộ tịch"


def test_reopening_names_the_report_and_its_period(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    view = SendView(commune.packages, today=lambda: TODAY)
    qtbot.addWidget(view)
    _finish(commune, ROW)
    view.refresh()
    assert view.send(tmp_path) is not None
    view.forms_table.selectRow(0)
    asked: Asked = []
    view.ask_reason = _answer(asked, None)  # cancelled: nothing reopened
    view.reopen_button.click()
    assert asked[0][:2] == ("Reopen for correction", "Report II.06a — Quý III năm 2025")
    assert "as a correction" in asked[0][2]
    assert commune.entry.grid(form="II.06a", period=P).locked_version == 1
    view.ask_reason = _answer(asked, "Sai số liệu Hộ tịch")
    view.reopen_button.click()
    grid = commune.entry.grid(form="II.06a", period=P)
    assert grid.locked_version is None and grid.status == "in_progress"


def test_returning_names_the_unit_and_the_period(
    qtbot: QtBot, office: Services, commune: Services, tmp_path: Path
) -> None:
    receive_view = _receive(qtbot, office, tmp_path)
    _imported(receive_view, commune, tmp_path)
    asked: Asked = []
    receive_view.ask_reason = _answer(asked, None)
    receive_view.return_button.click()
    assert asked[0][:2] == ("Return the report", "Phường Ba Đình (00004) — Quý III năm 2025")
    assert not list((tmp_path / "replies").glob("*.egovr"))
    receive_view.ask_reason = _answer(asked, "Thiếu số liệu")
    receive_view.return_button.click()
    assert [p.name for p in (tmp_path / "replies").glob("*.egovr")] == ["TL_00004_2025-Q3_v1.egovr"]
    assert receive_view.selected_unit() == "00004"
