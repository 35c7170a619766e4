"""Small things a clerk would otherwise wonder about: what a button with nothing chosen does,
where the data folder is after a message came and went."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.send_view import SendView
from tests.ui.helpers import shown_window


def test_reopen_with_no_report_chosen_says_to_choose_one(qtbot: QtBot, commune: Services) -> None:
    view = SendView(commune.packages, today=lambda: date(2025, 10, 20))
    qtbot.addWidget(view)
    view.refresh()
    view.forms_table.clearSelection()
    view.reopen_button.click()  # no dialog opens: it would wait here for an answer
    assert view.message.text() == "Choose the report to reopen in the list above first."


def test_the_data_folder_comes_back_after_a_passing_message(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = shown_window(qtbot, commune, tmp_path)
    bar = window.statusBar()
    assert str(window.data_folder_label.text()).startswith("Data folder: ")
    bar.showMessage("12 figure(s) changed from the register.", 8000)
    assert not window.data_folder_label.isVisible()  # the message has the bar meanwhile
    bar.clearMessage()  # as when its time is up
    assert window.data_folder_label.isVisible()
