"""At an office, sectors collected from packages come in report order (domain.md §5.6)."""

from __future__ import annotations

from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.exchange.package import PackageUnit
from egov_desktop.services.setup import SetupRequest
from tests import packages
from tests.packages import F, P

#: Names as a package may list them: neither the catalogue's order nor the alphabet's.
ARRIVED = ["Nghề cá ven bờ", "Bảo trợ xã hội", "Ân xá", "Đất đai", "Hộ tịch"]
#: The catalogue's sectors in its order, then the others by Vietnamese collation.
REPORT_ORDER = ["Hộ tịch", "Đất đai", "Bảo trợ xã hội", "Ân xá", "Nghề cá ven bờ"]


@pytest.fixture
def office(services: Services) -> Services:
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    return services


def package(path: Path, code: str, names: list[str], *, version: int = 1) -> Path:
    """A package of the commune `code` with one received dossier in each sector of `names`."""
    figures = {name: {3: 1, 4: 1} for name in names}
    unit = PackageUnit(code, f"Xã {code}", "2025", "01")
    return packages.package(path, figures, version=version, unit=unit)


def stored_order(office: Services, code: str) -> list[str]:
    with office.database.uow() as uow:
        unit = uow.units.find("2025", code)
        assert unit is not None
        return [s.name for s in uow.sectors.ordered(unit.id)]


def test_a_new_unit_s_sectors_are_created_in_report_order(office: Services, tmp_path: Path) -> None:
    office.package_import.apply(package(tmp_path / "p.egov", "00004", ARRIVED))
    assert stored_order(office, "00004") == REPORT_ORDER
    rows = office.entry.grid(form=F, period=P, unit="00004").rows
    assert [r.sector for r in rows] == REPORT_ORDER


def test_sectors_a_later_package_adds_are_shown_in_report_order(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", "00004", ["Nghề cá ven bờ"]))
    later = package(tmp_path / "v2.egov", "00004", ARRIVED, version=2)
    office.package_import.apply(later)
    rows = office.entry.grid(form=F, period=P, unit="00004").rows
    assert [r.sector for r in rows] == REPORT_ORDER


def test_sector_totals_follow_the_report_order(office: Services, tmp_path: Path) -> None:
    office.package_import.apply(package(tmp_path / "a.egov", "00004", ARRIVED[:3]))
    office.package_import.apply(package(tmp_path / "b.egov", "00008", ARRIVED[2:]))
    totals = office.entry.sector_totals(form=F, period=P)
    assert [t.name for t in totals] == REPORT_ORDER
    assert next(t for t in totals if t.name == "Ân xá").values[3] == 2


def test_the_office_s_own_order_comes_first(office: Services, tmp_path: Path) -> None:
    """An office that reordered its own list of sectors reads its reports in that order."""
    office.sectors.move(office.sectors.find("Bảo trợ xã hội").id, 1)
    office.package_import.apply(package(tmp_path / "p.egov", "00004", ARRIVED))
    expected = ["Bảo trợ xã hội", "Hộ tịch", "Đất đai", "Ân xá", "Nghề cá ven bờ"]
    assert [t.name for t in office.entry.sector_totals(form=F, period=P)] == expected
    rows = office.entry.grid(form=F, period=P, unit="00004").rows
    assert [r.sector for r in rows] == expected


def test_a_preview_lists_figures_in_report_order_then_column_by_column(
    office: Services, tmp_path: Path
) -> None:
    preview = office.package_import.preview(package(tmp_path / "p.egov", "00004", ARRIVED))
    rows = list(dict.fromkeys(c.row for c in preview.changes))
    assert rows == REPORT_ORDER  # by code point "Đất đai" would come last
    assert [c.column for c in preview.changes[:2]] == [3, 4]


def test_conflicting_figures_come_in_column_order(office: Services, tmp_path: Path) -> None:
    """Figures the package clears came after the others: the conflicts ran 3, 4, 7, 9, 5."""
    office.package_import.apply(package(tmp_path / "v1.egov", "00004", ["Hộ tịch"]))
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values(
        [(row, 3, 9), (row, 4, 9), (row, 5, 9), (row, 7, 9)], form=F, period=P, unit="00004"
    )
    figures = {"Hộ tịch": {3: 1, 4: 2, 7: 2}}
    unit = PackageUnit("00004", "Xã 00004", "2025", "01")
    later = packages.package(tmp_path / "v2.egov", figures, version=2, unit=unit)
    preview = office.package_import.preview(later)
    assert [c.column for c in preview.conflicts] == [3, 4, 5, 7]


def test_the_figures_behind_a_total_come_in_report_order(office: Services, tmp_path: Path) -> None:
    office.package_import.apply(package(tmp_path / "p.egov", "00004", ARRIVED))
    behind = office.provenance.behind(form=F, period=P, unit="00004")
    assert list(dict.fromkeys(f.row for f in behind)) == REPORT_ORDER
    assert [f.column for f in behind[:2]] == [3, 4]
