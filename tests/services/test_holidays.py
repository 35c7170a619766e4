"""The unit's corrections of the days off, and the due dates they propose."""

from __future__ import annotations

from datetime import date

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from egov_desktop.services.holidays import PROPOSED, SHIPPED, USER
from egov_desktop.services.register_dto import ProcedureInput


def test_shipped_and_proposed_years_are_labelled(commune: Services) -> None:
    shipped = commune.holidays.days_off(2025)
    assert shipped and all(d.source == SHIPPED for d in shipped)
    proposed = commune.holidays.days_off(2030)
    assert proposed[0] == type(proposed[0])(date(2030, 1, 1), "Tết Dương lịch", PROPOSED)
    assert all(d.day.weekday() < 5 for d in proposed)


def test_the_2026_schedule_as_announced(commune: Services) -> None:
    """Swapped days (2/1, 31/8) and Giỗ Tổ on a Sunday (26/4 → 27/4) are days off."""
    days = {d.day for d in commune.holidays.days_off(2026)}
    assert {date(2026, 1, 2), date(2026, 4, 27), date(2026, 8, 31)} <= days
    assert len(days) == 13 and date(2026, 9, 3) not in days
    commune.catalogue.add(ProcedureInput(code="1.002", name="Khai tử", sector="Hộ tịch",
                                         processing_days=1))  # fmt: skip
    assert commune.catalogue.propose_due("1.002", date(2026, 8, 28)) == date(2026, 9, 3)


def test_a_compensatory_day_moves_the_proposed_due_date(commune: Services) -> None:
    commune.catalogue.add(ProcedureInput(code="1.001", name="Khai sinh", sector="Hộ tịch",
                                         processing_days=1))  # fmt: skip
    friday = date(2026, 9, 3)
    assert commune.catalogue.propose_due("1.001", friday) == date(2026, 9, 4)
    commune.holidays.add(date(2026, 9, 4), "Nghỉ bù Quốc khánh")
    assert commune.catalogue.propose_due("1.001", friday) == date(2026, 9, 7)
    assert [d.source for d in commune.holidays.days_off(2026) if d.day == date(2026, 9, 4)] == [
        USER
    ]
    commune.holidays.remove(date(2026, 9, 4))
    assert commune.catalogue.propose_due("1.001", friday) == date(2026, 9, 4)


def test_a_proposed_day_can_become_a_working_day_and_the_year_be_reset(
    commune: Services,
) -> None:
    before = commune.holidays.days_off(2026)
    commune.holidays.remove(date(2026, 9, 1))
    assert date(2026, 9, 1) not in {d.day for d in commune.holidays.days_off(2026)}
    commune.holidays.reset(2026)
    assert commune.holidays.days_off(2026) == before


def test_bad_edits_are_refused_and_change_nothing(commune: Services) -> None:
    before = commune.holidays.days_off(2026)
    for edit in (
        lambda: commune.holidays.add(date(2026, 9, 5), "Thứ Bảy"),
        lambda: commune.holidays.add(date(2026, 9, 8), "  "),
        lambda: commune.holidays.remove(date(2026, 9, 8)),
        lambda: commune.holidays.days_off(1900),
    ):
        with pytest.raises(ValidationError):
            edit()
    assert commune.holidays.days_off(2026) == before


def test_edits_are_audited(commune: Services) -> None:
    commune.holidays.add(date(2026, 9, 4), "Nghỉ bù Quốc khánh")
    with commune.database.uow() as uow:
        entries = [e for e in uow.audit.recent() if e.entity == "holiday"]
        assert entries[0].entity_key == "2026-09-04"
        assert entries[0].new_value == "nghỉ: Nghỉ bù Quốc khánh"
