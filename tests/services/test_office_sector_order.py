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
