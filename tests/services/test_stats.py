import random
from datetime import date, timedelta
from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.domain import counting
from egov_desktop.domain.dossiers import STATUSES, DossierFacts
from egov_desktop.errors import StoredModeError, ValidationError
from egov_desktop.services.register_dto import ComputedReport, DossierInput
from tests import registers

COLS = tuple(range(3, 14))


def d(month: int, day: int) -> date:
    """A day of 2025."""
    return date(2025, month, day)


#: The register of domain.md §5.9: code, sector, channel, r, u, x, status.
WORKED = [
    ("HS01", "Hộ tịch", "online", d(6, 20), d(6, 25), d(6, 24), "Đã giải quyết"),
    ("HS02", "Hộ tịch", "direct", d(7, 14), d(7, 17), d(7, 17), "Đã giải quyết"),
    ("HS03", "Chứng thực", "postal", d(9, 8), d(9, 10), d(9, 12), "Đã giải quyết"),
    ("HS04", "Đất đai", "direct", d(5, 20), d(7, 4), d(9, 20), "Đã giải quyết"),
    ("HS05", "Đất đai", "online", d(8, 25), d(9, 5), None, "Chờ bổ sung"),
    ("HS06", "Hộ tịch", "direct", d(9, 1), d(9, 5), d(9, 9), "Rút hồ sơ"),
]


def v(*numbers: int) -> dict[int, int]:
    return dict(zip(COLS, numbers, strict=True))


def rows_of(report: ComputedReport) -> dict[str, dict[int, int]]:
    """Rows with at least one figure."""
    return {r.sector: r.values for r in report.rows if any(r.values.values())}


def simple(code: str, sector: str) -> DossierInput:
    return DossierInput(code=code, sector=sector, channel="direct", received=d(7, 1), due=d(7, 2))


def add_worked(services: Services) -> None:
    for code, sector, channel, r, u, x, status in WORKED:
        services.register.add(
            DossierInput(
                code=code, sector=sector, channel=channel, received=r, due=u, resolved=x,
                status=status,
            )
        )  # fmt: skip


class TestWorkedExample:
    """The figures printed in domain.md §5.9."""

    def test_q3_cutoff(self, commune: Services) -> None:
        add_worked(commune)
        report = commune.stats.compute(period="2025-Q3", mode="cutoff")
        assert (report.start, report.end) == (date(2025, 6, 15), date(2025, 9, 14))
        assert rows_of(report) == {
            "Hộ tịch": v(3, 1, 2, 0, 3, 1, 2, 0, 0, 0, 0),
            "Chứng thực": v(1, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0),
            "Đất đai": v(2, 1, 0, 1, 0, 0, 0, 0, 2, 1, 1),
        }
        assert report.total == v(6, 2, 3, 1, 4, 1, 2, 1, 2, 1, 1)

    @pytest.mark.parametrize(
        ("period", "mode", "total"),
        [
            ("2025-Q3", "calendar", (5, 1, 3, 1, 4, 0, 2, 2, 1, 1, 0)),
            ("2025-M08", "cutoff", (2, 0, 0, 2, 1, 0, 1, 0, 1, 0, 1)),
            ("2025-M09", "cutoff", (4, 1, 2, 1, 2, 0, 1, 1, 2, 1, 1)),
        ],
    )
    def test_other_windows(
        self, commune: Services, period: str, mode: str, total: tuple[int, ...]
    ) -> None:
        add_worked(commune)
        assert commune.stats.compute(period=period, mode=mode).total == v(*total)

    def test_carry_over(self, commune: Services) -> None:
        """Column 6 of M09 equals column 11 of M08 (I5)."""
        add_worked(commune)
        august = commune.stats.compute(period="2025-M08", mode="cutoff")
        september = commune.stats.compute(period="2025-M09", mode="cutoff")
        assert september.total[6] == august.total[11] == 1


class TestRealisticRegister:
    """tests/registers.py imported, then counted by hand from its four rows.

    H01.001 Hộ tịch, online, r 01/07, u 03/07, x 02/07; H01.002 Chứng thực, direct, r = u = x
    = 02/07; H01.003 Đất đai, postal, r 12/07, u 01/08, pending; H01.004 Hộ tịch, online,
    r 10/07, u 15/07, pending, "Chờ bổ sung".
    """

    @pytest.fixture
    def imported(self, commune: Services, tmp_path: Path) -> Services:
        commune.register_import.apply(registers.write_xlsx(tmp_path / "so.xlsx"))
        return commune

    def test_q3_cutoff(self, imported: Services) -> None:
        # All four received in 15/06–14/09. H01.001 early (x < u), H01.002 on time (x = u),
        # H01.003 pending and past its due date (01/08 < 14/09), H01.004 waiting: in time.
        assert rows_of(imported.stats.compute(period="2025-Q3")) == {
            "Hộ tịch": v(2, 2, 0, 0, 1, 1, 0, 0, 1, 1, 0),
            "Chứng thực": v(1, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0),
            "Đất đai": v(1, 0, 1, 0, 0, 0, 0, 0, 1, 0, 1),
        }

    def test_m07_cutoff(self, imported: Services) -> None:
        # 15/06–14/07: H01.003 (u 01/08 >= 14/07) is pending in time.
        report = imported.stats.compute(period="2025-M07", mode="cutoff")
        assert rows_of(report)["Đất đai"] == v(1, 0, 1, 0, 0, 0, 0, 0, 1, 1, 0)
        assert report.total == v(4, 2, 2, 0, 2, 1, 1, 0, 2, 2, 0)

    def test_m08_cutoff(self, imported: Services) -> None:
        # 15/07–14/08: the resolved ones finished before S and are ignored; the two pending
        # ones are carried over; H01.003 is late (01/08 < 14/08), H01.004 waits.
        assert rows_of(imported.stats.compute(period="2025-M08", mode="cutoff")) == {
            "Hộ tịch": v(1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0),
            "Đất đai": v(1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1),
        }

    def test_calendar_months(self, imported: Services) -> None:
        july = imported.stats.compute(period="2025-M07", mode="calendar")
        assert july.total == v(4, 2, 2, 0, 2, 1, 1, 0, 2, 2, 0)
        august = imported.stats.compute(period="2025-M08", mode="calendar")
        # 01/08–31/08: H01.003 due 01/08 < 31/08 is late; H01.004 waits.
        assert august.total == v(2, 0, 0, 2, 0, 0, 0, 0, 2, 1, 1)
        assert imported.stats.compute(period="2025-M06", mode="calendar").total == v(*[0] * 11)

    def test_html_copy_moves_h01_003_out_of_m07(self, commune: Services, tmp_path: Path) -> None:
        commune.register_import.apply(registers.write_html(tmp_path / "so.xls"))
        report = commune.stats.compute(period="2025-M07", mode="cutoff")
        assert "Đất đai" not in rows_of(report)  # received 15/07, the day after E


def test_rows_follow_the_unit_order_then_collation(commune: Services) -> None:
    add_worked(commune)
    commune.register.add(simple("X1", "ân xá"))
    commune.register.add(simple("X2", "Zeta"))
    report = commune.stats.compute(period="2025-Q3")
    names = [r.sector for r in report.rows]
    unit = [s.name for s in commune.sectors.list()]
    assert names[: len(unit)] == unit
    assert names[len(unit) :] == ["ân xá", "Zeta"]
    assert report.rows[-1].sector_id is None


def test_apply_adds_a_register_spelling_differing_in_accents_for_its_own_row(
    commune: Services,
) -> None:
    """§5.6 tells rows apart by their accents: "ho tich" is a row, and needs a line to go in."""
    commune.register.add(simple("X1", "ho tich"))
    report = commune.stats.apply(period="2025-Q3")
    assert report.added_sectors == ("ho tich",)
    grid = commune.entry.grid(form="II.06a", period="2025-Q3")
    assert {r.sector: r.values[3] for r in grid.rows}["ho tich"] == 1


def test_apply_writes_computed_values_and_adds_sectors(commune: Services) -> None:
    add_worked(commune)
    commune.register.add(simple("X1", "Ân xá"))
    report = commune.stats.apply(period="2025-Q3")
    assert report.added_sectors == ("Ân xá",)
    assert report.changed > 0
    grid = commune.entry.grid(form="II.06a", period="2025-Q3")
    by_name = {r.sector: r for r in grid.rows}
    assert by_name["Hộ tịch"].values == v(3, 1, 2, 0, 3, 1, 2, 0, 0, 0, 0)
    assert by_name["Hộ tịch"].sources[3] == "computed"
    assert by_name["Ân xá"].values[3] == 1
    assert grid.total == report.total
    assert grid.problems == ()
    # Applying again writes nothing new.
    assert commune.stats.apply(period="2025-Q3").changed == 0


def test_another_modes_count_is_shown_but_never_stored(commune: Services) -> None:
    """The stored figures are the unit's (cutoff) report: a calendar count would be sent and
    exported under the cutoff window."""
    add_worked(commune)
    commune.register.add(simple("X1", "Ân xá"))
    assert commune.stats.compute(period="2025-Q3", mode="calendar").total[3] == 5 + 1
    with pytest.raises(ValidationError) as refused:
        commune.stats.apply(period="2025-Q3", mode="calendar")
    assert "không --apply" in refused.value.cli_hint
    grid = commune.entry.grid(form="II.06a", period="2025-Q3")
    assert all(v is None for r in grid.rows for v in r.values.values())
    assert "Ân xá" not in [r.sector for r in grid.rows]  # no sector added either
    assert commune.stats.apply(period="2025-Q3", mode="cutoff").total[3] == 6 + 1


def test_dossiers_behind_a_cell(commune: Services) -> None:
    add_worked(commune)
    behind = commune.stats.dossiers_behind(period="2025-Q3", column=9, sector="ho tich")
    assert [d.code for d in behind] == ["HS02", "HS06"]
    assert [d.code for d in commune.stats.dossiers_behind(period="2025-Q3", column=13)] == ["HS04"]
    with pytest.raises(ValidationError, match="không có cột"):
        commune.stats.dossiers_behind(period="2025-Q3", column=2)


def test_only_ii06a_is_computed(commune: Services) -> None:
    with pytest.raises(ValidationError, match="chưa tính được"):
        commune.stats.compute(form="II.07b", period="2025-Q3")


def test_sql_aggregate_agrees_with_domain_counting(commune: Services) -> None:
    """Random registers: the SQL columns equal domain/counting for many windows and modes."""
    rng = random.Random(7)
    statuses = list(STATUSES)
    sectors = ["Hộ tịch", "hộ tịch", "Đất đai", "Chứng thực", "Ân xá"]
    facts = []
    for n in range(400):
        r = date(2025, 1, 1) + timedelta(days=rng.randrange(300))
        u = r + timedelta(days=rng.randrange(0, 30))
        x = r + timedelta(days=rng.randrange(0, 60)) if rng.random() < 0.7 else None
        status = rng.choice(statuses)
        if status in ("Trả lại", "Rút hồ sơ", "Đã giải quyết") and x is None:
            x = r
        sector = rng.choice(sectors)
        channel = rng.choice(["online", "direct", "postal"])
        commune.register.add(
            DossierInput(
                code=f"R{n}", sector=sector, channel=channel, received=r, due=u, resolved=x,
                status=status,
            )
        )  # fmt: skip
        facts.append(DossierFacts(r, u, x, channel, status, sector))
    for period in ("2025-M03", "2025-Q2", "2025-Q3", "2025-H2", "2025-9M", "2025-Y"):
        for mode in ("cutoff", "calendar"):
            report = commune.stats.compute(period=period, mode=mode)
            expected = counting.count_ii06a(facts, report.start, report.end)
            got = {counting.sector_key(r.sector): r.values for r in report.rows}
            for name, values in expected.items():
                assert got[counting.sector_key(name)] == values, (period, mode, name)
            assert report.total == counting.totals(expected)


def test_counting_again_after_a_mode_change_records_the_new_mode(commune: Services) -> None:
    """The figures counted over the cutoff window are replaced by the calendar count."""
    add_worked(commune)
    commune.stats.apply(period="2025-Q3")
    with commune.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    with pytest.raises(StoredModeError):
        commune.entry.grid(form="II.06a", period="2025-Q3")
    report = commune.stats.apply(period="2025-Q3")
    assert report.mode == "calendar" and report.changed > 0
    grid = commune.entry.grid(form="II.06a", period="2025-Q3")
    assert (grid.mode, grid.counted_mode) == ("calendar", "calendar")
    assert grid.total == commune.stats.compute(period="2025-Q3", mode="calendar").total


def test_a_recount_equal_to_the_stored_figures_still_records_the_new_mode(
    commune: Services,
) -> None:
    """Counted again in the new mode, even unchanged figures are that mode's now."""
    commune.register.add(simple("X1", "Hộ tịch"))  # received 1 July: in both windows
    commune.stats.apply(period="2025-Q3")
    with commune.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    assert commune.stats.apply(period="2025-Q3").changed == 0
    assert commune.entry.grid(form="II.06a", period="2025-Q3").counted_mode == "calendar"


class TestRecount:
    """Stored figures counted from the register, then left behind by the register."""

    @staticmethod
    def count(services: Services, *codes: str) -> None:
        for code in codes:
            services.register.add(simple(code, "Hộ tịch"))
        for form in ("II.06a", "766"):
            services.stats.apply(form=form, period="2025-Q3")

    def test_a_report_that_still_matches(self, commune: Services) -> None:
        self.count(commune, "A", "B")
        assert commune.stats.recount(form="II.06a", period="2025-Q3") is None
        assert commune.stats.recount(form="766", period="2025-Q3") is None

    def test_a_dossier_added_since_is_named_cell_by_cell(self, commune: Services) -> None:
        self.count(commune, "A", "B")
        commune.register.add(simple("C", "Hộ tịch"))
        found = commune.stats.recount(form="II.06a", period="2025-Q3")
        assert found is not None and found.counted_only
        assert (
            found.lines[0] == "Hộ tịch, cột (3) Số hồ sơ nhận giải quyết: đã lưu 2, sổ đếm được 3"
        )
        qd766 = commune.stats.recount(form="766", period="2025-Q3")
        assert qd766 is not None
        assert "cột (4) Số mới tiếp nhận trực tiếp: đã lưu 2, sổ đếm được 3" in qd766.lines

    def test_as_a_report_check(self, commune: Services) -> None:
        """One warning of the register as a whole, as `egov validate` and the entry page list."""
        self.count(commune, "A")
        assert commune.stats.recount_problems(form="II.06a", period="2025-Q3") == []
        commune.register.add(simple("C", "Hộ tịch"))
        (problem,) = commune.stats.recount_problems(form="II.06a", period="2025-Q3")
        assert (problem.severity, problem.code, problem.sector) == (
            "warning",
            "recount",
            "Sổ theo dõi hồ sơ",
        )
        assert problem.message.startswith(
            "Số liệu đã lưu khác số đếm từ sổ theo dõi hồ sơ: Hộ tịch, cột (3) "
        )
        # The windows name the entry page's button; the command is the CLI's hint.
        assert 'Hãy tính lại (trang Nhập báo cáo: "Tính lại từ sổ theo dõi hồ sơ…").' in (
            problem.message
        )
        assert "egov " not in problem.message
        assert "egov stats --form II.06a --period 2025-Q3 --apply" in problem.cli_hint

    def test_a_figure_typed_over_the_count_is_the_unit_s(self, commune: Services) -> None:
        self.count(commune, "A")
        row = commune.sectors.find("Hộ tịch").id
        commune.entry.set_values([(row, 3, 5)], form="II.06a", period="2025-Q3")
        found = commune.stats.recount(form="II.06a", period="2025-Q3")
        assert found is not None and not found.counted_only

    def test_typed_figures_are_not_compared(self, commune: Services) -> None:
        commune.register.add(simple("A", "Hộ tịch"))
        row = commune.sectors.find("Hộ tịch").id
        commune.entry.set_values([(row, 3, 7)], form="II.06a", period="2025-Q3")
        assert commune.stats.recount(form="II.06a", period="2025-Q3") is None
        assert commune.stats.recount(form="II.07b", period="2025-Q3") is None
