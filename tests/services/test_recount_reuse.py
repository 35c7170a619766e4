"""The send page's check counts the register again only after a register write."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.db.dvc_repositories import DvcCountRepository
from egov_desktop.db.register_repositories import DossierRepository
from egov_desktop.services.register_dto import DossierInput
from tests.clock import register_clock_at

P = "2025-Q3"


def _dossier(code: str, channel: str = "online", received: date = date(2025, 8, 1)) -> DossierInput:
    return DossierInput(code, "Hộ tịch", channel, received, date(2025, 8, 5))


@pytest.fixture
def counted(commune: Services) -> Services:
    """II.06a and 766 of 2025-Q3 counted from a register of three dossiers, and done."""
    for code in ("A", "B", "C"):
        commune.register.add(_dossier(code))
    for form in ("II.06a", "766"):
        commune.stats.apply(form=form, period=P)
        commune.entry.set_status(form=form, period=P, status="done", note="")
    return commune


@pytest.fixture
def counts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The register counts made, by form."""
    made: list[str] = []
    for cls, name, form in (
        (DossierRepository, "ii06a", "II.06a"),
        (DvcCountRepository, "counts", "766"),
    ):
        original = getattr(cls, name)

        def spy(self: Any, *args: Any, _o: Any = original, _f: str = form) -> Any:
            made.append(_f)
            return _o(self, *args)

        monkeypatch.setattr(cls, name, spy)
    return made


def test_a_refresh_with_no_register_write_counts_nothing_again(
    counted: Services, counts: list[str]
) -> None:
    assert counted.packages.recounts(P, reuse=True) == {}
    assert counts == ["II.06a", "766"]
    assert counted.packages.recounts(P, reuse=True) == {}
    assert counts == ["II.06a", "766"]
    # Without reuse (a command, or before sending) the register is counted afresh.
    assert counted.packages.recounts(P) == {}
    assert counts == ["II.06a", "766"] * 2


def _edit(services: Services) -> None:
    first = services.register.list(limit=10)[-1]
    services.register.update(first.id, {"channel": "direct"})


def _add(services: Services) -> None:
    services.register.add(_dossier("D"))


def _delete(services: Services) -> None:
    services.register.delete(services.register.list(limit=10)[0].id)


@pytest.mark.parametrize("write", [_edit, _add, _delete], ids=["edit", "add", "delete"])
def test_a_register_write_makes_the_counted_reports_stale_on_the_next_refresh(
    counted: Services, write: Callable[[Services], None]
) -> None:
    assert counted.packages.recounts(P, reuse=True) == {}
    write(counted)
    found = counted.packages.recounts(P, reuse=True)
    assert sorted(found) == ["766", "II.06a"]
    assert found == counted.packages.recounts(P)  # the same as counting afresh


def test_an_edit_under_a_clock_set_back_is_counted_on_the_next_refresh(
    counted: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The edit's time is older than the register's newest change: counted all the same."""
    assert counted.packages.recounts(P, reuse=True) == {}
    register_clock_at(monkeypatch, datetime(2020, 1, 1, 8))
    _edit(counted)
    found = counted.packages.recounts(P, reuse=True)
    assert sorted(found) == ["766", "II.06a"]
    assert found == counted.packages.recounts(P)


def test_a_write_undone_leaves_nothing_stale(counted: Services) -> None:
    """The counts are the register's after the write, not a flag raised by any write."""
    first = counted.register.list(limit=10)[-1]
    counted.register.update(first.id, {"channel": "direct"})
    assert sorted(counted.packages.recounts(P, reuse=True)) == ["766", "II.06a"]
    counted.register.update(first.id, {"channel": "online"})
    assert counted.packages.recounts(P, reuse=True) == {}


def test_counting_the_reports_again_clears_the_flag(counted: Services) -> None:
    _add(counted)
    assert sorted(counted.packages.recounts(P, reuse=True)) == ["766", "II.06a"]
    counted.stats.apply(form="II.06a", period=P)
    assert sorted(counted.packages.recounts(P, reuse=True)) == ["766"]
