"""The home page warns when the computer's clock is earlier than what the folder recorded."""

from __future__ import annotations

import sqlite3
from datetime import datetime

import pytest
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.home_view import HomeView
from tests.clock import record_at

RECORDED = datetime(2026, 11, 24, 9, 15)


@pytest.fixture(autouse=True)
def _moments_of_the_test_only(commune: Services) -> None:
    """The setup's entries are dated by the real clock: each test chooses every moment."""
    with sqlite3.connect(commune.paths.database) as db:
        db.execute("DELETE FROM audit_entry")


@pytest.mark.usefixtures("vietnamese")
def test_a_clock_behind_the_data_is_shown(qtbot: QtBot, commune: Services) -> None:
    record_at(commune, RECORDED)
    view = HomeView(lambda: commune.status.home(now=datetime(2000, 1, 1, 8, 0)))
    qtbot.addWidget(view)
    assert view.clock_box.isVisibleTo(view)
    assert view.clock_label.text() == (
        "Đồng hồ của máy tính đang chỉ 01/01/2000 08:00, sớm hơn lần ghi số liệu gần nhất "
        "(24/11/2026 09:15). Ngày giờ sai làm sai ngày hẹn trả, hạn nộp báo cáo và thời điểm "
        "ghi trong nhật ký: hãy chỉnh lại ngày giờ của máy (nếu máy hay bị lùi ngày khi khởi "
        "động, nhờ cán bộ CNTT thay pin CMOS)."
    )


def test_no_warning_while_the_clock_is_right_and_once_it_is_set_right(
    qtbot: QtBot, commune: Services
) -> None:
    record_at(commune, RECORDED)
    clock = [datetime(2026, 11, 24, 9, 0)]
    view = HomeView(lambda: commune.status.home(now=clock[0]))
    qtbot.addWidget(view)
    assert not view.clock_box.isVisibleTo(view)
    clock[0] = datetime(2000, 1, 1, 8, 0)
    view.refresh()
    assert view.clock_box.isVisibleTo(view)
    clock[0] = datetime(2026, 11, 25, 8, 0)
    view.refresh()
    assert not view.clock_box.isVisibleTo(view)


def test_confirming_the_clock_hides_the_warning(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_at(commune, RECORDED)
    today = datetime(2026, 11, 20, 8, 0)
    view = HomeView(
        lambda: commune.status.home(now=today),
        confirm_clock=lambda: commune.status.confirm_clock(now=today),
    )
    qtbot.addWidget(view)
    assert view.clock_box.isVisibleTo(view) and view.clock_right.isVisibleTo(view)
    answers = [False, True]
    monkeypatch.setattr(view, "ask_clock_right", lambda: answers.pop(0))
    view.clock_right.click()  # "No": nothing recorded, the warning stays
    assert view.clock_box.isVisibleTo(view)
    assert commune.status.home(now=today).clock_behind
    view.clock_right.click()
    assert not view.clock_box.isVisibleTo(view)
    assert not commune.status.home(now=today).clock_behind


def test_no_confirm_button_without_a_way_to_confirm(qtbot: QtBot, commune: Services) -> None:
    record_at(commune, RECORDED)
    view = HomeView(lambda: commune.status.home(now=datetime(2000, 1, 1, 8, 0)))
    qtbot.addWidget(view)
    assert view.clock_box.isVisibleTo(view)
    assert not view.clock_right.isVisibleTo(view)
