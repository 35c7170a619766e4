"""Column (6) "Từ kỳ trước" across two period modes: nothing carried, and the check says why."""

from __future__ import annotations

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from egov_desktop.services.entry_dto import EntryGrid
from tests.services.test_entry import audit, change_mode, fill, recorded_mode, sector

F = "II.06a"
#: 2025-Q2 in cutoff mode: 15/03–14/06; 2025-Q3 in calendar mode: 01/07–30/09.
CUTOFF_Q2 = "15/03/2025 – 14/06/2025"
CALENDAR_Q3 = "01/07/2025 – 30/09/2025"
GAP = "các ngày 15/06/2025 – 30/06/2025 không thuộc kỳ nào"
#: A consistent row with 4 dossiers pending at the end of the period.
PENDING = {3: 4, 4: 4, 11: 4, 12: 4}


def col6(grid: EntryGrid, sector_id: int) -> tuple[int | None, str | None]:
    row = next(r for r in grid.rows if r.sector_id == sector_id)
    return row.values[6], row.sources.get(6)


@pytest.fixture
def civil(commune: Services) -> int:
    """2025-Q2 counted in cutoff mode (4 pending in Hộ tịch); the unit has since moved to
    calendar mode."""
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, PENDING, "2025-Q2")
    change_mode(commune, "calendar")
    return civil


def test_nothing_is_shown_as_carried_over_from_another_mode(commune: Services, civil: int) -> None:
    assert col6(commune.entry.grid(form=F, period="2025-Q3"), civil) == (None, None)
    assert commune.entry.validate(form=F, period="2025-Q3") == []  # an empty report


def test_the_prefill_is_refused_naming_both_modes_and_windows(
    commune: Services, civil: int
) -> None:
    before = audit(commune, "report_value")
    with pytest.raises(ValidationError) as refused:
        commune.entry.prefill_carry_over(form=F, period="2025-Q3")
    message = refused.value.message
    assert message.startswith(
        'Không thể lấy cột (6) "Từ kỳ trước" của biểu II.06a Quý III năm 2025 từ kỳ trước'
    )
    assert "Quý II năm 2025 được tính theo cách tính kỳ chốt số liệu theo NĐ 09/2019" in message
    assert CUTOFF_Q2 in message and CALENDAR_Q3 in message and GAP in message
    assert "hồ sơ nhận trước ngày 01/07/2025" in message
    assert "Tính lại từ sổ theo dõi hồ sơ…" in message and "egov " not in message
    assert "egov stats --form II.06a --period 2025-Q3 --apply" in refused.value.cli_hint
    assert audit(commune, "report_value") == before
    assert recorded_mode(commune, F, "2025-Q3") is None


def test_the_carry_over_check_says_why_instead_of_comparing(commune: Services, civil: int) -> None:
    """Equal to the previous period's (11) or not: the comparison across modes means nothing."""
    for typed in (4, 3):
        fill(commune, civil, {3: typed, 6: typed, 11: typed, 13: typed}, "2025-Q3")
        (problem,) = commune.entry.validate(form=F, period="2025-Q3")
        assert (problem.severity, problem.code, problem.sector) == ("warning", "I5", None)
        assert problem.whole_report  # not about the total row's figures: "Cả biểu"
        assert problem.message.startswith(
            'Cột (6) "Từ kỳ trước" không đối chiếu được với kỳ trước: Quý II năm 2025'
        )
        assert CUTOFF_Q2 in problem.message and CALENDAR_Q3 in problem.message


def test_done_stores_nothing_from_the_previous_period(commune: Services, civil: int) -> None:
    fill(commune, civil, {3: 2, 4: 2, 7: 2, 8: 2}, "2025-Q3")
    with pytest.raises(ValidationError):  # the warning wants a note
        commune.entry.set_status(form=F, period="2025-Q3", status="done")
    done = commune.entry.set_status(
        form=F, period="2025-Q3", status="done", note="Đổi cách tính kỳ từ quý 3"
    )
    assert done.status == "done" and col6(done, civil) == (None, None)


def test_an_old_report_is_checked_against_its_own_mode(commune: Services, civil: int) -> None:
    """2025-Q3 counted in cutoff mode like 2025-Q2: the carry-over check still compares."""
    change_mode(commune, "cutoff")
    fill(commune, civil, {3: 3, 6: 3, 11: 3, 13: 3}, "2025-Q3")
    change_mode(commune, "calendar")
    (problem,) = commune.entry.validate(form=F, period="2025-Q3")
    assert problem.code == "I5" and problem.message.startswith("Từ kỳ trước (3) khác")
    shown = commune.entry.grid(form=F, period="2025-Q3", mode="cutoff")
    assert [p.message for p in shown.problems] == [problem.message]


def test_the_previous_period_counted_again_in_the_unit_s_mode_carries_over(
    commune: Services, civil: int
) -> None:
    commune.entry.set_values([(civil, 11, 5), (civil, 12, 5)], form=F, period="2025-Q2",
                             adopt_mode=True)  # fmt: skip
    assert recorded_mode(commune, F, "2025-Q2") == "calendar"
    assert col6(commune.entry.grid(form=F, period="2025-Q3"), civil) == (5, "computed")
    changed = commune.entry.prefill_carry_over(form=F, period="2025-Q3")
    assert [(c.column, c.new) for c in changed if c.sector_id == civil] == [(6, 5)]


def test_re_entering_in_the_unit_s_mode_takes_that_mode_s_carry_over(commune: Services) -> None:
    """2025-Q3 counted in cutoff, re-entered in calendar mode after 2025-Q2 was."""
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, PENDING, "2025-Q2")
    fill(commune, civil, {3: 1, 4: 1, 7: 1, 8: 1}, "2025-Q3")
    change_mode(commune, "calendar")
    commune.entry.set_values([(civil, 11, 5), (civil, 12, 5)], form=F, period="2025-Q2",
                             adopt_mode=True)  # fmt: skip
    changed = commune.entry.prefill_carry_over(form=F, period="2025-Q3", adopt_mode=True)
    assert [(c.column, c.new) for c in changed if c.sector_id == civil] == [(6, 5)]
    assert recorded_mode(commune, F, "2025-Q3") == "calendar"
