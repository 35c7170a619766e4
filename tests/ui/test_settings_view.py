"""Cài đặt: a period-mode change is confirmed when reports already hold figures."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.settings_view import SettingsView


def test_changing_the_mode_over_stored_figures_asks_first(qtbot: QtBot, commune: Services) -> None:
    row = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    commune.entry.set_values([(row, 3, 4)], form="II.06a", period="2025-Q3")
    view = SettingsView(commune.setup)
    qtbot.addWidget(view)
    asked: list[str] = []
    view.confirm_mode_change = lambda warning: asked.append(warning) or False
    view.mode.setCurrentIndex(view.mode.findData("calendar"))
    view.save()
    assert asked and "II.06a 2025-Q3" in asked[0]
    assert commune.setup.require().period_mode == "cutoff"  # declined: nothing changed
    assert view.mode.currentData() == "cutoff"
    view.confirm_mode_change = lambda warning: True
    view.mode.setCurrentIndex(view.mode.findData("calendar"))
    view.save()
    assert commune.setup.require().period_mode == "calendar"


def test_a_mode_change_without_figures_is_not_questioned(qtbot: QtBot, commune: Services) -> None:
    view = SettingsView(commune.setup)
    qtbot.addWidget(view)
    view.confirm_mode_change = lambda warning: False
    view.mode.setCurrentIndex(view.mode.findData("calendar"))
    view.save()
    assert commune.setup.require().period_mode == "calendar"
