"""II.07b's district columns after the reform: hidden, refused on entry, neither sent nor taken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from egov_desktop.bootstrap import Services
from egov_desktop.exchange.package import PackagePeriod, read_package
from egov_desktop.services.sectors import own_unit_id
from tests.packages import CUTOFF, P, package

B = "II.07b"
#: Q3 2025 counted over calendar months: it starts on 01/07/2025, the district columns closed.
CALENDAR = PackagePeriod(P, "calendar", date(2025, 7, 1), date(2025, 9, 30))
#: The unit's row: (5), (9), (13) are the "Cấp huyện" columns.
ROW = {3: 6, 4: 0, 5: 1, 6: 5, 7: 2, 8: 0, 9: 2, 10: 0, 11: 3, 12: 0, 13: 3, 14: 0}


def _sent_columns(path: str) -> set[int]:
    return {v.column for v in read_package(Path(path)).values if v.form == B}


def test_a_package_leaves_out_the_district_figures_its_period_hides(
    commune: Services, tmp_path: Path
) -> None:
    row = commune.entry.find_row(form=B, name="Phường Ba Đình")
    # Cut-off 2025-Q3 starts on 15/06/2025: the district columns still take figures.
    commune.entry.set_values([(row, c, v) for c, v in ROW.items()], form=B, period=P)
    commune.entry.set_status(form=B, period=P, status="done")
    sent = commune.packages.send(period=P, forms=[B], out=tmp_path / "v1")
    assert _sent_columns(sent.file) == set(ROW)
    # The unit now counts calendar quarters: Q3 starts on 01/07/2025 and hides them.
    commune.packages.reopen(form=B, period=P, reason="Tính lại theo quý dương lịch")
    with commune.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    # The clerk enters the report again over the new days (the figures were counted over
    # cut-off days): the district columns are hidden.
    grid = commune.entry.grid(form=B, period=P, adopt_mode=True)
    assert (grid.rows[0].values[5], grid.total[13]) == (None, None)
    # Its totals no longer count the district: corrected before the report is done again.
    commune.entry.set_values(
        [(row, 3, 5), (row, 7, 0), (row, 11, 0)], form=B, period=P, adopt_mode=True
    )
    commune.entry.set_status(form=B, period=P, status="done")
    again = commune.packages.send(period=P, forms=[B], out=tmp_path / "v2")
    assert _sent_columns(again.file) == set(ROW) - {5, 9, 13}
    # The figures stay stored (a later mode change shows them again), only unsent.
    with commune.database.uow() as uow:
        assert (f"unit:{row}", 5) in uow.values.cells(row, B, P)


def test_the_office_leaves_out_district_figures_the_period_leaves_empty(
    office: Services, tmp_path: Path
) -> None:
    # Sent by an older release over calendar days, which kept the hidden figures.
    path = package(tmp_path / "v1.egov", {"unit": ROW}, form=B, forms=(B,), window=CALENDAR)
    preview = office.package_import.preview(path)
    assert [(c.form, c.column, c.figures) for c in preview.ignored] == [
        (B, 5, 1),
        (B, 9, 1),
        (B, 13, 1),
    ]
    assert preview.ignored[0].reason == "không còn chính quyền cấp huyện"
    assert {c.column for c in preview.changes} == set(ROW) - {5, 9, 13}
    office.package_import.apply(path)
    # The report is the package's, counted over calendar days: read over them.
    grid = office.entry.grid(form=B, period=P, unit="00004", mode="calendar")
    assert grid.rows[0].values[3] == 6
    with office.database.uow() as uow:
        (unit,) = uow.values.holders(B, P, own_unit_id(uow))
        stored = {col for _key, col in uow.values.cells(unit.id, B, P)}
    assert stored == set(ROW) - {5, 9, 13}
    # Counted over cut-off days (from 15/06/2025), like the office: the columns are open.
    cutoff = package(
        tmp_path / "v2.egov", {"unit": ROW}, form=B, forms=(B,), window=CUTOFF, version=2
    )
    kept = office.package_import.apply(cutoff)
    assert kept.ignored == () and {c.column for c in kept.changes} == {5, 9, 13}
    # The next version counted over calendar days: what the office held there is cleared.
    v3 = package(
        tmp_path / "v3.egov", {"unit": ROW}, form=B, forms=(B,), window=CALENDAR, version=3
    )
    cleared = office.package_import.apply(v3)
    assert {(c.column, c.old, c.new) for c in cleared.changes} == {
        (5, 1, None),
        (9, 2, None),
        (13, 3, None),
    }


def test_an_office_counting_calendar_periods_keeps_a_cutoff_packages_district_figures(
    office: Services, tmp_path: Path
) -> None:
    with office.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    path = package(tmp_path / "v1.egov", {"unit": ROW}, form=B, forms=(B,), window=CUTOFF)
    done = office.package_import.apply_many([path])[0][1]
    assert not isinstance(done, Exception)
    # Counted from 15/06/2025, the district still had figures: the report keeps the package's
    # days, so the office sees them over those days (and is told its own mode differs).
    assert done.ignored == ()
    grid = office.entry.grid(form=B, period=P, unit="00004", mode="cutoff")
    assert grid.rows[0].values[5] == 1 and grid.closed == {}
