"""EntryService reading a report (services/entry.py, entry_sheet.py): forms, the grid and its
checks, rows, closed columns, the carry-over shown, the to-do list, and another period mode."""

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


def test_a_counted_form_says_to_count_it_again_from_the_register(commune: Services) -> None:
    civil = sector(commune, "Hộ tịch")
    fill(commune, civil, {3: 1}, "2025-Q3")
    change_mode(commune, "calendar")
    with pytest.raises(StoredModeError) as refused:
        commune.entry.grid(form=F, period="2025-Q3")
    assert refused.value.recount
    assert "Tính lại từ sổ theo dõi hồ sơ…" in refused.value.message  # the page's button
    assert "egov " not in refused.value.message
    assert "egov stats --form II.06a --period 2025-Q3 --apply" in refused.value.cli_hint
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
