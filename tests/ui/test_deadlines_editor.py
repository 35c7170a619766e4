"""Settings → Reporting deadlines: edits reach the service and the to-do list."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.settings_view import SettingsView
from egov_desktop.ui.widgets.deadlines_editor import DeadlinesEditor


def test_changing_a_deadline_moves_the_todo_date(qtbot: QtBot, commune: Services) -> None:
    editor = DeadlinesEditor(commune.deadlines)
    qtbot.addWidget(editor)
    assert editor.spins["II.06a"].value() == 5
    before = {(i.form, i.period_code): i.deadline for i in commune.entry.todo(date(2025, 10, 1))}

    editor.spins["II.06a"].setValue(9)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    after = {(i.form, i.period_code): i.deadline for i in commune.entry.todo(date(2025, 10, 1))}
    assert (after[("II.06a", "2025-Q3")] - before[("II.06a", "2025-Q3")]).days == 4
    assert after[("II.07b", "2025-Q3")] == before[("II.07b", "2025-Q3")]


def test_restore_defaults_clears_the_override(qtbot: QtBot, commune: Services) -> None:
    commune.deadlines.set("II.07b", 30)
    editor = DeadlinesEditor(commune.deadlines)
    qtbot.addWidget(editor)
    assert editor.spins["II.07b"].value() == 30

    editor.defaults_button.click()
    editor.save_button.click()

    assert not {d.form: d for d in commune.deadlines.list()}["II.07b"].overridden
    assert editor.spins["II.07b"].value() == 5


def test_the_settings_page_shows_the_deadlines(qtbot: QtBot, commune: Services) -> None:
    view = SettingsView(commune.setup, deadlines=commune.deadlines)
    qtbot.addWidget(view)
    assert view.deadlines is not None
    with qtbot.waitSignal(view.saved):
        view.deadlines.save_button.click()
