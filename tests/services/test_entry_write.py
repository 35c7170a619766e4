"""EntryService writing a report (services/entry_write.py): figures stored and audited, all or
nothing, closed columns refused, statuses and their notes, and the period mode figures record."""

import sqlite3
from datetime import date

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import StoredModeError, ValidationError
from egov_desktop.services.entry_dto import CellChange
from egov_desktop.services.setup import SetupRequest
from tests.services.test_entry import (
    GOOD,
    F,
    audit,
    change_mode,
    fill,
    recorded_mode,
    row_of,
    sector,
)


def test_unknown_source_is_a_bug(commune: Services) -> None:
    with pytest.raises(ValueError):
        commune.entry.set_values([], form=F, period="2025-Q3", source="guessed")


def test_set_values_stores_audits_and_totals(commune: Services) -> None:
    civil, land = sector(commune, "Hộ tịch"), sector(commune, "Đất đai")
    changed = commune.entry.set_values(
        [(civil, 3, 10), (civil, 4, 10), (land, 3, 5)], form=F, period="2025-Q3"
    )
    assert changed == [
        CellChange(civil, 3, None, 10),
        CellChange(civil, 4, None, 10),
        CellChange(land, 3, None, 5),
    ]
    grid = commune.entry.grid(form=F, period="2025-Q3")
    assert row_of(grid, civil)[3] == 10 and row_of(grid, civil)[5] is None
    assert grid.rows[0].sources == {3: "typed", 4: "typed"}
    assert grid.total[3] == 15 and grid.total[4] == 10 and grid.total[5] == 0
    assert grid.status == "in_progress"
    values = audit(commune, "report_value")
    assert values == [
        ("Nguyễn Văn An", "typed", "col3", None, "10"),
        ("Nguyễn Văn An", "typed", "col4", None, "10"),
        ("Nguyễn Văn An", "typed", "col3", None, "5"),
    ]
    assert audit(commune, "report_status") == [
        ("Nguyễn Văn An", "typed", "status", "empty", "in_progress")
    ]
    # The figures are the unit's mode's (cutoff): shown over the calendar window they would
    # claim days they were not counted over.
    with pytest.raises(ValidationError, match="15/06/2025 – 14/09/2025") as refused:
        commune.entry.grid(form=F, period="2025-Q3", mode="calendar")
    assert "01/07/2025 – 30/09/2025" in refused.value.message
    assert "egov stats --form II.06a --period 2025-Q3 --mode calendar" in refused.value.cli_hint
    assert commune.entry.grid(form=F, period="2025-Q3", mode="cutoff").total[3] == 15


def test_only_real_changes_are_written(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    commune.entry.set_values([(civil, 3, 10)], form=F, period="2025-Q3", actor="Lê Văn C")
    again = commune.entry.set_values(
        [(civil, 3, 10), (civil, 4, None)], form=F, period="2025-Q3", source="pasted"
    )
    assert again == []
    changed = commune.entry.set_values([(civil, 3, 12)], form=F, period="2025-Q3", source="pasted")
    assert changed == [CellChange(civil, 3, 10, 12)]
    cleared = commune.entry.set_values([(civil, 3, None)], form=F, period="2025-Q3")
    assert cleared == [CellChange(civil, 3, 12, None)]
    assert row_of(commune.entry.grid(form=F, period="2025-Q3"), civil)[3] is None
    assert audit(commune, "report_value") == [
        ("Lê Văn C", "typed", "col3", None, "10"),
        ("Nguyễn Văn An", "pasted", "col3", "10", "12"),
        ("Nguyễn Văn An", "typed", "col3", "12", None),
    ]


def test_undo_is_a_new_audited_write(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    (change,) = commune.entry.set_values([(civil, 7, 3)], form=F, period="2025-Q3")
    commune.entry.set_values(
        [(change.sector_id, change.column, change.old)], form=F, period="2025-Q3"
    )
    assert row_of(commune.entry.grid(form=F, period="2025-Q3"), civil)[7] is None
    assert [a[3:] for a in audit(commune, "report_value")] == [(None, "3"), ("3", None)]


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        ((None, 3, -1), "số âm"),
        ((None, 3, 1_000_001), "quá lớn"),
        ((None, 2, 1), "không có cột số liệu"),
        ((None, 14, 1), "không có cột số liệu"),
        ((9999, 3, 1), "không có dòng"),
    ],
)
def test_batches_are_all_or_nothing(
    commune: Services, change: tuple[int | None, int, int], needle: str
) -> None:
    civil = sector(commune, "Hộ tịch")
    row = change[0] if change[0] is not None else civil
    with pytest.raises(ValidationError, match=needle):
        commune.entry.set_values(
            [(civil, 3, 1), (row, change[1], change[2])], form=F, period="2025-Q3"
        )
    grid = commune.entry.grid(form=F, period="2025-Q3")
    assert row_of(grid, civil)[3] is None
    assert grid.status == "empty"
    assert audit(commune, "report_value") == []


def test_status_rules(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {**GOOD, 10: 1}, "2025-Q3")
    with pytest.raises(ValidationError, match="Đã giải quyết \\(12\\) khác") as info:
        commune.entry.set_status(form=F, period="2025-Q3", status="done", note="xong")
    assert "Hộ tịch" in info.value.message
    fill(commune, civil, {10: 2}, "2025-Q3")
    done = commune.entry.set_status(form=F, period="2025-Q3", status="done")
    assert done.status == "done" and done.problems == ()
    # Editing a finished report reopens it.
    commune.entry.set_values([(civil, 13, 3)], form=F, period="2025-Q3", actor="B")
    assert commune.entry.grid(form=F, period="2025-Q3").status == "in_progress"
    assert [a[2:] for a in audit(commune, "report_status")] == [
        ("status", "empty", "in_progress"),
        ("status", "in_progress", "done"),
        ("status", "done", "in_progress"),
    ]
    with pytest.raises(ValidationError, match="Trạng thái không hợp lệ"):
        commune.entry.set_status(form=F, period="2025-Q3", status="finished")


def test_done_with_warnings_needs_a_note(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {**GOOD, 11: 4, 12: 4, 13: 0, 7: 16, 8: 10}, "2025-Q2")
    fill(commune, civil, GOOD, "2025-Q3")  # column 6 is 5, Q2's column 11 is 4
    (warning,) = commune.entry.validate(form=F, period="2025-Q3")
    assert warning.severity == "warning" and warning.code == "I5"
    assert warning.message == "Từ kỳ trước (5) khác Đang giải quyết của Quý II năm 2025 (4)"
    with pytest.raises(ValidationError, match="ghi chú"):
        commune.entry.set_status(form=F, period="2025-Q3", status="done", note="   ")
    with pytest.raises(ValidationError, match="quá dài"):
        commune.entry.set_status(form=F, period="2025-Q3", status="done", note="x" * 501)
    done = commune.entry.set_status(
        form=F, period="2025-Q3", status="done", note="  Nhập bổ sung 1 hồ sơ  "
    )
    assert (done.status, done.note) == ("done", "Nhập bổ sung 1 hồ sơ")
    assert ("note", "", "Nhập bổ sung 1 hồ sơ") in [a[2:] for a in audit(commune, "report_status")]


def test_empty_report_is_done_only_with_a_note_and_can_be_reset(commune: Services) -> None:
    with pytest.raises(ValidationError, match="chưa có số liệu nào"):
        commune.entry.set_status(form=F, period="2025-Q3", status="done")
    assert commune.entry.grid(form=F, period="2025-Q3").status == "empty"
    done = commune.entry.set_status(
        form=F, period="2025-Q3", status="done", note="Kỳ này không có hồ sơ"
    )
    assert (done.status, done.note) == ("done", "Kỳ này không có hồ sơ")
    assert commune.entry.set_status(form=F, period="2025-Q3", status="empty").status == "empty"


def test_a_report_of_zeros_is_not_empty(commune: Services) -> None:
    fill(commune, sector(commune, "Hộ tịch"), {n: 0 for n in range(3, 14)}, "2025-Q3")
    assert commune.entry.set_status(form=F, period="2025-Q3", status="done").status == "done"


def test_done_stores_the_shown_carry_over(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {11: 5, 12: 5, 3: 5, 6: 5, 7: 0}, "2025-Q4")
    fill(commune, civil, {3: 5, 4: 0, 7: 5, 9: 5}, "2026-Q1")  # column 6 shown as 5
    done = commune.entry.set_status(form=F, period="2026-Q1", status="done")
    assert done.status == "done"
    assert ("Nguyễn Văn An", "computed", "col6", None, "5") in audit(commune, "report_value")


CLOSED_MESSAGE = (
    'Cột (13) "Quy trình cấp huyện" của biểu II.07b để trống từ kỳ báo cáo bắt đầu ngày '
    "01/07/2025 (không còn chính quyền cấp huyện): Quý I năm 2026 không nhập số liệu vào cột này."
)


def test_ii07b_after_the_reform_refuses_a_district_figure(commune: Services) -> None:
    """§4.3: for a period starting on or after 01/07/2025, (5), (9), (13) stay empty."""
    unit_row = commune.entry.find_row(form="II.07b", name="Phường Ba Đình")
    for figure in (2, 0):
        with pytest.raises(ValidationError) as refused:
            commune.entry.set_values(
                [(unit_row, 11, 2), (unit_row, 13, figure)], form="II.07b", period="2026-Q1"
            )
        assert refused.value.message == CLOSED_MESSAGE
    # All or nothing: the open cell given with it was not stored either.
    grid = commune.entry.grid(form="II.07b", period="2026-Q1")
    assert grid.rows[0].values[11] is None and grid.status == "empty"
    assert sorted(grid.closed) == [5, 9, 13] and grid.closed[13] == CLOSED_MESSAGE
    # Before the reform the district columns take figures as before.
    commune.entry.set_values([(unit_row, 13, 2)], form="II.07b", period="2025-Q2")
    before = commune.entry.grid(form="II.07b", period="2025-Q2")
    assert before.rows[0].values[13] == 2 and before.closed == {}


def dump(services: Services) -> list[str]:
    """Every statement that rebuilds the database: equal dumps, equal contents."""
    connection = sqlite3.connect(services.paths.database)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_set_values_finds_the_row_and_stores(commune: Services) -> None:
    changed = commune.entry.set_values(
        [("ho tich", 3, 4), ("Hộ tịch", 4, 4)], form=F, period="2025-Q3"
    )
    civil = sector(commune, "Hộ tịch")
    assert changed == [CellChange(civil, 3, None, 4), CellChange(civil, 4, None, 4)]
    assert row_of(commune.entry.grid(form=F, period="2025-Q3"), civil)[3] == 4


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (("Hộ tịch", 3, -1), "số âm"),
        (("Hộ tịch", 2, 1), "không có cột số liệu"),
        (("Không có", 3, 1), "Không tìm thấy lĩnh vực"),
    ],
)
def test_a_refused_first_figure_leaves_no_seeded_sectors(
    commune: Services, change: tuple[str, int, int], needle: str
) -> None:
    """The sector list is seeded on first use: a refused write must not keep it."""
    before = dump(commune)
    with pytest.raises(ValidationError, match=needle):
        commune.entry.set_values([change], form=F, period="2025-Q3")
    assert dump(commune) == before


def test_a_refused_figure_for_a_subordinate_unit_adds_nothing(services: Services) -> None:
    """At an office, the unit row and its sectors come with the first figure, or not at all."""
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    before = dump(services)
    for period, column, value in (("2025-Q3", 3, -5), ("2025-Q3", 99, 1), ("0000-Q1", 3, 1)):
        with pytest.raises(ValidationError):
            services.entry.set_values(
                [("Hộ tịch", column, value)], form=F, period=period, unit="00004"
            )
    assert dump(services) == before
    services.entry.set_values([("Hộ tịch", 3, 5)], form=F, period="2025-Q3", unit="00004")
    assert dump(services) != before


def test_stored_figures_record_the_unit_s_period_mode(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {3: 1}, "2025-Q3")
    assert recorded_mode(commune, F, "2025-Q3") == "cutoff"
    change_mode(commune, "calendar")
    fill(commune, civil, {3: 2}, "2025-Q4")
    assert recorded_mode(commune, F, "2025-Q4") == "calendar"
    assert recorded_mode(commune, F, "2025-Q3") == "cutoff"  # counted before: unchanged
    # A report's first mode is no change: only the status is in the audit trail.
    assert [field for _a, _s, field, _o, _n in audit(commune, "report_status")] == [
        "status",
        "status",
    ]


def test_figures_counted_before_a_mode_change_are_refused_but_kept(commune: Services) -> None:
    """Shown, stored over or completed in the new mode they would claim other days."""
    unit_row = commune.entry.find_row(form="II.07b", name="Phường Ba Đình")
    commune.entry.set_values([(unit_row, 3, 7), (unit_row, 4, 7)], form="II.07b", period="2025-Q2")
    change_mode(commune, "calendar")
    with pytest.raises(StoredModeError) as refused:
        commune.entry.grid(form="II.07b", period="2025-Q2")
    error = refused.value
    assert (error.stored, error.mode, error.recount) == ("cutoff", "calendar", False)
    assert "15/03/2025 – 14/06/2025" in error.message and "01/04/2025 – 30/06/2025" in error.message
    assert "Nhập lại theo cách tính kỳ đang dùng…" in error.message
    assert "--new-mode" in error.cli_hint and "--new-mode" not in error.message
    # Seen as counted, over the days they were counted over: nothing is lost.
    shown = commune.entry.grid(form="II.07b", period="2025-Q2", mode="cutoff")
    assert (shown.mode, shown.counted_mode, shown.start) == ("cutoff", "cutoff", date(2025, 3, 15))
    assert row_of(shown, unit_row)[3] == 7
    with pytest.raises(StoredModeError):
        commune.entry.set_values([(unit_row, 3, 8)], form="II.07b", period="2025-Q2")
    with pytest.raises(StoredModeError):
        commune.entry.set_status(form="II.07b", period="2025-Q2", status="done")
    assert recorded_mode(commune, "II.07b", "2025-Q2") == "cutoff"
    kept = commune.entry.grid(form="II.07b", period="2025-Q2", mode="cutoff")
    assert row_of(kept, unit_row)[3] == 7
    # Chosen to be entered again: shown in the new mode, still the old mode's until saved.
    again = commune.entry.grid(form="II.07b", period="2025-Q2", adopt_mode=True)
    assert (again.mode, again.counted_mode) == ("calendar", "cutoff")
    assert recorded_mode(commune, "II.07b", "2025-Q2") == "cutoff"
    commune.entry.set_values([(unit_row, 3, 8)], form="II.07b", period="2025-Q2", adopt_mode=True)
    assert recorded_mode(commune, "II.07b", "2025-Q2") == "calendar"
    grid = commune.entry.grid(form="II.07b", period="2025-Q2")
    assert grid.counted_mode == "calendar"
    assert row_of(grid, unit_row)[3] == 8 and row_of(grid, unit_row)[4] == 7  # kept
    assert ("Nguyễn Văn An", "typed", "period_mode", "cutoff", "calendar") in audit(
        commune, "report_status"
    )
    with pytest.raises(StoredModeError):  # now the old mode is the other one
        commune.entry.grid(form="II.07b", period="2025-Q2", mode="cutoff")
