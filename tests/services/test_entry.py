import sqlite3
from datetime import date

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.domain import validation
from egov_desktop.errors import SetupRequiredError, StoredModeError, ValidationError
from egov_desktop.services import entry_dto
from egov_desktop.services.entry_dto import CellChange, EntryGrid
from egov_desktop.services.setup import SetupRequest

F = "II.06a"
#: A consistent II.06a row: 3 = 4+5+6, 7 = 8+9+10, 11 = 12+13, 3 = 7+11.
GOOD = {3: 20, 4: 5, 5: 10, 6: 5, 7: 12, 8: 6, 9: 4, 10: 2, 11: 8, 12: 6, 13: 2}


def sector(services: Services, name: str) -> int:
    return services.sectors.find(name).id


def fill(services: Services, sector_id: int, values: dict[int, int], period: str) -> None:
    services.entry.set_values(
        [(sector_id, col, v) for col, v in values.items()], form=F, period=period
    )


def row_of(grid: EntryGrid, sector_id: int) -> dict[int, int | None]:
    return next(r.values for r in grid.rows if r.sector_id == sector_id)


def audit(services: Services, entity: str) -> list[tuple[str, str, str, str | None, str | None]]:
    with services.database.uow() as uow:
        return [
            (a.actor, a.source, a.field, a.old_value, a.new_value)
            for a in reversed(uow.audit.recent(1000))
            if a.entity == entity
        ]


def test_forms(commune: Services) -> None:
    codes = [f.code for f in commune.entry.forms()]
    assert codes == ["II.06a", "II.07b", "766"]
    form = commune.entry.form("ii.06A")
    assert form.code == F
    assert form.data_columns == tuple(range(3, 14))
    assert form.header_rows == 3
    assert form.header[0].text == "TT" and form.header[0].row_span == 3
    with pytest.raises(ValidationError, match="Không có biểu báo cáo"):
        commune.entry.form("II.99")


def test_sources() -> None:
    assert entry_dto.SOURCES == ("typed", "pasted", "computed", "imported")
    assert entry_dto.SOURCE_COMPUTED == validation.SOURCE_COMPUTED


def test_unknown_source_is_a_bug(commune: Services) -> None:
    with pytest.raises(ValueError):
        commune.entry.set_values([], form=F, period="2025-Q3", source="guessed")


def test_parse_value(commune: Services) -> None:
    assert commune.entry.parse_value("") is None
    assert commune.entry.parse_value("1.234") == 1234
    assert commune.entry.parse_value("1 234") == 1234
    for bad in ("-1", "1,5", "abc", "1000001"):
        with pytest.raises(ValidationError):
            commune.entry.parse_value(bad)


def test_empty_grid(commune: Services) -> None:
    grid = commune.entry.grid(form=F, period="2025-Q3")
    assert (grid.period_code, grid.mode) == ("2025-Q3", "cutoff")
    assert (grid.start, grid.end) == (date(2025, 6, 15), date(2025, 9, 14))
    assert grid.window_text == "(Từ ngày 15/06/2025 đến ngày 14/09/2025)"
    assert grid.period_label == "Quý III năm 2025"
    assert [r.sector for r in grid.rows] == [s.name for s in commune.sectors.list()]
    assert all(v is None for r in grid.rows for v in r.values.values())
    assert grid.total == {n: 0 for n in range(3, 14)}
    assert grid.problems == ()
    assert (grid.status, grid.note) == ("empty", "")
    with pytest.raises(ValidationError, match="Cách tính kỳ"):
        commune.entry.grid(form=F, period="2025-Q3", mode="weekly")


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
    assert "egov stats --form II.06a --period 2025-Q3 --mode calendar" in refused.value.message
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


def test_bad_period_and_form(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    with pytest.raises(ValidationError, match="Mã kỳ báo cáo không hợp lệ"):
        commune.entry.set_values([(civil, 3, 1)], form=F, period="2025-Q5")
    with pytest.raises(ValidationError, match="Không có biểu báo cáo"):
        commune.entry.set_values([(civil, 3, 1)], form="II.06b", period="2025-Q3")


def test_needs_setup(services: Services) -> None:
    with pytest.raises(SetupRequiredError):
        services.entry.grid(form=F, period="2025-Q3")


def test_problems_in_grid_and_validate(commune: Services) -> None:
    civil, land = sector(commune, "Hộ tịch"), sector(commune, "Đất đai")
    fill(commune, civil, {**GOOD, 10: 1}, "2025-Q3")
    fill(commune, land, GOOD, "2025-Q3")
    problems = commune.entry.validate(form=F, period="2025-Q3")
    assert len(problems) == 1
    (problem,) = problems
    assert (problem.severity, problem.code, problem.sector, problem.sector_id) == (
        "error",
        "I2",
        "Hộ tịch",
        civil,
    )
    assert problem.columns == (7, 8, 9, 10)
    assert problem.message == "Đã giải quyết (12) khác Trước hạn + Đúng hạn + Quá hạn (11)"
    assert commune.entry.grid(form=F, period="2025-Q3").problems == (problem,)
    assert commune.entry.validate(form=F, period="2025-Q3", mode="calendar") == problems


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


def test_carry_over_across_the_year_boundary(commune: Services) -> None:
    civil, land = sector(commune, "Hộ tịch"), sector(commune, "Đất đai")
    fill(commune, civil, {11: 7, 12: 7}, "2025-Q4")
    fill(commune, land, {11: 0}, "2025-Q4")
    grid = commune.entry.grid(form=F, period="2026-Q1")
    civil_row = next(r for r in grid.rows if r.sector_id == civil)
    assert civil_row.values[6] == 7 and civil_row.sources == {6: "computed"}
    assert row_of(grid, land)[6] == 0
    assert grid.total[6] == 7
    assert grid.status == "empty"
    # Nothing is stored until asked.
    assert commune.entry.grid(form=F, period="2026-Q2").total[6] == 0
    changed = commune.entry.prefill_carry_over(form=F, period="2026-Q1", actor="Máy")
    assert sorted(changed, key=lambda c: c.sector_id) == sorted(
        [CellChange(civil, 6, None, 7), CellChange(land, 6, None, 0)], key=lambda c: c.sector_id
    )
    grid = commune.entry.grid(form=F, period="2026-Q1")
    assert next(r for r in grid.rows if r.sector_id == civil).sources == {6: "computed"}
    assert grid.status == "in_progress"
    assert ("Máy", "computed", "col6", None, "7") in audit(commune, "report_value")
    assert commune.entry.prefill_carry_over(form=F, period="2026-Q1") == []


def test_typed_carry_over_differs_warns(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {11: 7, 12: 7}, "2025-Q4")
    commune.entry.set_values([(civil, 6, 6)], form=F, period="2026-Q1")
    codes = [(p.code, p.severity) for p in commune.entry.validate(form=F, period="2026-Q1")]
    assert ("I5", "warning") in codes


def test_no_carry_over_for_custom_periods(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {11: 7, 12: 7}, "2025-Q4")
    grid = commune.entry.grid(form=F, period="2026-01-01..2026-03-31")
    assert grid.total[6] == 0


def test_done_stores_the_shown_carry_over(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {11: 5, 12: 5, 3: 5, 6: 5, 7: 0}, "2025-Q4")
    fill(commune, civil, {3: 5, 4: 0, 7: 5, 9: 5}, "2026-Q1")  # column 6 shown as 5
    done = commune.entry.set_status(form=F, period="2026-Q1", status="done")
    assert done.status == "done"
    assert ("Nguyễn Văn An", "computed", "col6", None, "5") in audit(commune, "report_value")


def test_hidden_sectors(commune: Services) -> None:
    civil, land = sector(commune, "Hộ tịch"), sector(commune, "Đất đai")
    commune.sectors.set_hidden(civil, True)
    commune.sectors.set_hidden(land, True)
    commune.entry.set_values([(land, 3, 4)], form=F, period="2025-Q3")
    grid = commune.entry.grid(form=F, period="2025-Q3")
    ids = [r.sector_id for r in grid.rows]
    assert civil not in ids and land in ids
    assert grid.total[3] == 4


def test_rows_follow_the_unit_order(commune: Services) -> None:
    land = sector(commune, "Đất đai")
    commune.sectors.move(land, 1)
    added = commune.sectors.add("Lao động")
    rows = commune.entry.grid(form=F, period="2025-Q3").rows
    assert rows[0].sector == "Đất đai" and rows[-1].sector_id == added.id


def test_find_row(commune: Services) -> None:
    assert commune.entry.find_row(form=F, name="ho tich") == sector(commune, "Hộ tịch")
    with pytest.raises(ValidationError, match="Không tìm thấy lĩnh vực"):
        commune.entry.find_row(form=F, name="Không có")
    unit_row = commune.entry.find_row(form="II.07b", name="phường ba đình")
    with pytest.raises(ValidationError, match="không có dòng"):
        commune.entry.find_row(form="II.07b", name="Hộ tịch")
    grid = commune.entry.grid(form="II.07b", period="2025-Q3")
    assert [(r.sector_id, r.sector) for r in grid.rows] == [(unit_row, "Phường Ba Đình")]


def test_ii07b_identities(commune: Services) -> None:
    unit_row = commune.entry.find_row(form="II.07b", name="Phường Ba Đình")
    commune.entry.set_values(
        [(unit_row, 3, 100), (unit_row, 6, 100), (unit_row, 7, 120), (unit_row, 10, 120)],
        form="II.07b",
        period="2025-Q3",
    )
    (problem,) = commune.entry.validate(form="II.07b", period="2025-Q3")
    assert problem.message == "TTHC theo CCMC, MCLT (120) nhiều hơn Tổng số TTHC (100)"
    # Each form keeps its own figures.
    assert commune.entry.grid(form=F, period="2025-Q3").total[3] == 0


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


def test_ii07b_after_the_reform_shows_no_district_figure_and_its_total_is_empty(
    commune: Services,
) -> None:
    unit_row = commune.entry.find_row(form="II.07b", name="Phường Ba Đình")
    commune.entry.set_values(
        [
            (unit_row, 3, 5),
            (unit_row, 4, 0),
            (unit_row, 6, 5),
            (unit_row, 11, 2),
            (unit_row, 14, 2),
        ],
        form="II.07b",
        period="2026-Q1",
    )
    with commune.database.uow() as uow:  # a zero stored before the column closed
        uow.values.put(
            (unit_row, "II.07b", "2026-Q1", f"unit:{unit_row}", 5),
            value=0,
            source="computed",
            actor="x",
        )
    grid = commune.entry.grid(form="II.07b", period="2026-Q1")
    (row,) = grid.rows
    assert (row.values[5], row.values[9], row.values[13]) == (None, None, None)
    assert 5 not in row.sources
    assert (grid.total[5], grid.total[9], grid.total[13]) == (None, None, None)
    assert (grid.total[3], grid.total[11]) == (5, 2)
    # (3) = (4) + (5) + (6) and (11) = (12) + (13) + (14) hold with the empty cells.
    assert grid.problems == ()
    # Clearing a closed cell is allowed: it removes the figure stored there.
    assert commune.entry.set_values([(unit_row, 5, None)], form="II.07b", period="2026-Q1")
    with commune.database.uow() as uow:
        assert (f"unit:{unit_row}", 5) not in uow.values.cells(unit_row, "II.07b", "2026-Q1")


def test_the_reform_date_is_read_on_the_installation_s_window(commune: Services) -> None:
    """Cutoff 2025-Q3 starts 15/06/2025, before the reform; calendar 2025-Q3 on 01/07/2025."""
    assert commune.entry.grid(form="II.07b", period="2025-Q3").closed == {}
    assert commune.entry.grid(form="II.07b", period="2025-M07").closed == {}
    with commune.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    assert sorted(commune.entry.grid(form="II.07b", period="2025-Q3").closed) == [5, 9, 13]
    assert commune.entry.grid(form="II.07b", period="2025-Q2").closed == {}


def test_todo(commune: Services) -> None:
    items = commune.entry.todo(date(2025, 10, 1))
    assert [(i.form, i.period_code) for i in items] == [
        ("II.06a", "2025-Q3"),
        ("II.07b", "2025-Q3"),
        ("766", "2025-Q3"),
        ("II.06a", "2025-Q4"),
        ("II.07b", "2025-Q4"),
        ("766", "2025-Q4"),
    ]
    first = items[0]
    assert first.period_label == "Quý III năm 2025"
    assert first.form_title.startswith("TÌNH HÌNH")
    # Cut-off Q3 ends 14/09/2025; due 5 days later.
    assert first.deadline == date(2025, 9, 19) and first.days_left == -12
    assert items[3].deadline == date(2025, 12, 19) and items[3].days_left == 79
    assert {i.status for i in items} == {"empty"}
    civil = sector(commune, "Hộ tịch")
    commune.entry.set_values([(civil, 3, 1)], form=F, period="2025-Q3")
    assert commune.entry.todo(date(2025, 10, 1))[0].status == "in_progress"


def test_todo_in_calendar_mode_across_the_year(commune: Services) -> None:
    with commune.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
        uow.settings.set("deadline.II.06a", "15")
    items = [i for i in commune.entry.todo(date(2026, 1, 10)) if i.form == F]
    assert [i.period_code for i in items] == ["2025-Q4", "2026-Q1"]
    assert items[0].deadline == date(2026, 1, 15) and items[0].days_left == 5
    assert items[1].deadline == date(2026, 4, 15)
    other = [i for i in commune.entry.todo(date(2026, 1, 10)) if i.form == "II.07b"]
    assert other[0].deadline == date(2026, 1, 5) and other[0].days_left == -5


def test_only_a_form_with_a_carry_over_rule_takes_figures_from_the_previous_period(
    commune: Services,
) -> None:
    assert commune.entry.form(F).carries_over
    for form in ("II.07b", "766"):
        assert not commune.entry.form(form).carries_over
        with pytest.raises(ValidationError, match="không có cột nào lấy số liệu từ kỳ trước"):
            commune.entry.prefill_carry_over(form=form, period="2025-Q3")


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


# -- the period mode a report's figures were counted in (domain.md §5.1) ----------------------


def recorded_mode(
    services: Services, form: str, period: str, unit: str | None = None
) -> str | None:
    """report_status.period_mode of a report (the own unit's, or `unit`'s at an office)."""
    with services.database.uow() as uow:
        if unit is None:
            unit_id = int(uow.settings.get("own_unit_id") or 0)
        else:
            found = uow.units.find("2025", unit)
            assert found is not None
            unit_id = found.id
        status = uow.statuses.get(unit_id, form, period)
        return None if status is None else status.period_mode


def change_mode(services: Services, mode: str) -> None:
    """The unit's period mode changed in its settings, the rest kept."""
    info = services.setup.require()
    services.setup.apply(
        SetupRequest(
            unit_code=info.unit.code,
            role=info.role,
            period_mode=mode,
            officer=info.officer,
            head=info.head,
        )
    )


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
    assert "--new-mode" in error.message
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


def test_a_counted_form_says_to_count_it_again_from_the_register(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {3: 1}, "2025-Q3")
    change_mode(commune, "calendar")
    with pytest.raises(StoredModeError) as refused:
        commune.entry.grid(form=F, period="2025-Q3")
    assert refused.value.recount
    assert "egov stats --form II.06a --period 2025-Q3 --apply" in refused.value.message
    with pytest.raises(StoredModeError):
        commune.entry.prefill_carry_over(form=F, period="2025-Q3")


def test_an_empty_report_is_the_unit_s_mode_s(commune: Services) -> None:
    """Nothing stored: nothing to refuse in the unit's mode, another one is still refused."""
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {3: 1}, "2025-Q3")
    fill(commune, civil, {3: None}, "2025-Q3")  # emptied again
    change_mode(commune, "calendar")
    assert commune.entry.grid(form=F, period="2025-Q3").mode == "calendar"
    with pytest.raises(StoredModeError):
        commune.entry.grid(form=F, period="2025-Q3", mode="cutoff")
    fill(commune, civil, {3: 2}, "2025-Q3")
    assert recorded_mode(commune, F, "2025-Q3") == "calendar"
