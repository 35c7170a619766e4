"""The home summary notices a computer clock set earlier than what the folder already recorded."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from tests.clock import record_at

RECORDED = datetime(2026, 11, 24, 9, 15)


@pytest.fixture(autouse=True)
def _moments_of_the_test_only(commune: Services) -> None:
    """The setup's entries are dated by the real clock: each test chooses every moment."""
    with sqlite3.connect(commune.paths.database) as db:
        db.execute("DELETE FROM audit_entry")


def test_a_clock_before_the_last_recorded_moment_is_behind(commune: Services) -> None:
    record_at(commune, RECORDED)
    boot = datetime(2000, 1, 1, 8, 0)
    summary = commune.status.home(now=boot)
    assert summary.clock_behind
    assert (summary.now, summary.last_recorded_at) == (boot, RECORDED)
    # "Today" follows the clock, wrong as it is: the warning is what tells the user.
    assert summary.current_month.code == "2000-M01"


def test_a_clock_behind_by_less_than_an_hour_is_not(commune: Services) -> None:
    record_at(commune, RECORDED)
    assert not commune.status.home(now=RECORDED - timedelta(minutes=59)).clock_behind
    assert not commune.status.home(now=RECORDED + timedelta(days=1)).clock_behind
    assert commune.status.home(now=RECORDED - timedelta(minutes=61)).clock_behind


def test_the_newest_moment_counts_not_the_last_row(commune: Services) -> None:
    """An edit made while the clock was wrong does not hide that it is still wrong."""
    record_at(commune, RECORDED)
    record_at(commune, datetime(2000, 1, 1, 8, 5))
    summary = commune.status.home(now=datetime(2000, 1, 1, 9, 0))
    assert summary.last_recorded_at == RECORDED
    assert summary.clock_behind


def test_rows_of_no_unit_count_too(commune: Services) -> None:
    record_at(commune, RECORDED, unit_id=None)
    assert commune.status.home(now=datetime(2026, 1, 1)).last_recorded_at == RECORDED


def test_an_empty_audit_trail_warns_of_nothing(commune: Services) -> None:
    with sqlite3.connect(commune.paths.database) as db:
        db.execute("DELETE FROM audit_entry")
    summary = commune.status.home(now=datetime(2000, 1, 1, 8, 0))
    assert summary.last_recorded_at is None
    assert not summary.clock_behind


def test_a_confirmed_clock_is_not_warned_of(commune: Services) -> None:
    """A clock once set ahead left later moments: the user says today's clock is right."""
    record_at(commune, RECORDED)
    today = datetime(2026, 11, 20, 8, 0)
    commune.status.confirm_clock(now=today)
    assert not commune.status.home(now=today).clock_behind
    assert not commune.status.home(now=today + timedelta(days=2)).clock_behind
    with sqlite3.connect(commune.paths.database) as db:
        logged = db.execute(
            "SELECT at, entity_key, new_value FROM audit_entry ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert logged == (
        "2026-11-20 08:00:00.000000",
        "clock_confirmed",
        "2026-11-24T09:15:00|2026-11-20T08:00:00",
    )


def test_a_clock_going_back_again_is_warned_of_after_a_confirmation(commune: Services) -> None:
    record_at(commune, RECORDED)
    today = datetime(2026, 11, 20, 8, 0)
    commune.status.confirm_clock(now=today)
    assert not commune.status.home(now=today - timedelta(minutes=59)).clock_behind
    assert commune.status.home(now=datetime(2000, 1, 1, 8, 0)).clock_behind


def test_a_newer_moment_recorded_after_a_confirmation_warns_again(commune: Services) -> None:
    record_at(commune, RECORDED)
    today = datetime(2026, 11, 20, 8, 0)
    commune.status.confirm_clock(now=today)
    record_at(commune, RECORDED + timedelta(days=1))
    assert commune.status.home(now=today).clock_behind


def test_a_clock_that_is_not_behind_cannot_be_confirmed(commune: Services) -> None:
    record_at(commune, RECORDED)
    with pytest.raises(ValidationError, match="không có gì cần xác nhận"):
        commune.status.confirm_clock(now=RECORDED + timedelta(minutes=5))
    with sqlite3.connect(commune.paths.database) as db:
        assert (
            db.execute("SELECT value FROM app_setting WHERE key = 'clock_confirmed'").fetchall()
            == []
        )


def test_a_garbled_confirmation_is_ignored(commune: Services) -> None:
    record_at(commune, RECORDED)
    with sqlite3.connect(commune.paths.database) as db:
        db.execute("INSERT INTO app_setting (key, value) VALUES ('clock_confirmed', 'x|y')")
    assert commune.status.home(now=datetime(2026, 11, 20, 8, 0)).clock_behind
