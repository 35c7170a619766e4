"""Cài đặt: a period-mode change is confirmed when reports already hold figures; names too
long are refused, not cut."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views import settings_view
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
    assert asked and "II.06a Quý III năm 2025" in asked[0]
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


def test_a_pasted_name_too_long_is_refused_as_setup_refuses_it_and_kept(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(settings_view, "show_user_error", lambda _p, e: shown.append(e.message))
    view = SettingsView(commune.setup)
    qtbot.addWidget(view)
    before = commune.setup.require()
    long_name = "Ủy ban nhân dân " * 8  # 128 characters
    for edit, text, said in (
        (view.officer, long_name, "Tên cán bộ quá dài (tối đa 100 ký tự)."),
        (view.head, long_name, "Tên thủ trưởng đơn vị quá dài (tối đa 100 ký tự)."),
        (view.receiving_unit, long_name, "Đơn vị nhận báo cáo quá dài (tối đa 100 ký tự)."),
        (view.agency_code, "000.00.31.H26" * 3, "000.00.31.H26000.00.31.H26000.00.31.H26"),
    ):
        QGuiApplication.clipboard().setText(text)
        edit.selectAll()
        edit.paste()
        view.save()
        assert said in shown.pop()
        assert edit.text() == text  # all of it, to be shortened
        edit.clear()
    assert commune.setup.require() == before
