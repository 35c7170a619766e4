"""Where an office's figures come from, across the 2025 reform of the communes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from egov_desktop.exchange.package import PackagePeriod, PackageUnit
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.setup import SetupRequest
from tests.packages import F, package

EARLY = PackagePeriod("2025-Q1", "cutoff", date(2024, 12, 15), date(2025, 3, 14))
Q1 = EARLY.code
#: Old communes (legacy catalogue) and what each received in Q1 2025: the first three were
#: merged into Phường Ba Đình (00004), Phúc Xá into Phường Hồng Hà (00097).
OLD = {
    "00004": ("Phường Trúc Bạch", 30),
    "00013": ("Phường Quán Thánh", 8),
    "00016": ("Phường Ngọc Hà", 15),
    "00001": ("Phường Phúc Xá", 3),
}


@pytest.fixture
def office(services: Services, tmp_path: Path) -> Services:
    """The Hà Nội office holding the old communes' Q1 2025 reports."""
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    paths = [
        package(
            tmp_path / f"{code}.egov",
            {"Hộ tịch": {3: received, 4: received, 7: received, 8: received}},
            window=EARLY,
            unit=PackageUnit(code, name, "legacy", "01"),
        )
        for code, (name, received) in OLD.items()
    ]
    for path, outcome in services.package_import.apply_many(paths):
        assert isinstance(outcome, dto.PackagePreview), (path, outcome)
    return services


def test_a_merged_row_opens_onto_the_old_communes_summed_into_it(office: Services) -> None:
    (row,) = [u for u in office.entry.aggregated(form=F, period=Q1) if u.code == "00004"]
    figures = office.provenance.behind(form=F, period=Q1, unit="00004", column=3)
    assert sum(f.value for f in figures) == row.values[3] == 30 + 8 + 15
    assert [(f.unit_code, f.old, f.catalog, f.into_code, f.version) for f in figures] == [
        ("00004", True, "legacy", "00004", 1),
        ("00013", True, "legacy", "00004", 1),
        ("00016", True, "legacy", "00004", 1),
    ]
    assert figures[0].unit_name == "Phường Trúc Bạch" and figures[0].into_name == "Phường Ba Đình"
    # Every unit's figures come row by row of the sheet by unit.
    every = office.provenance.behind(form=F, period=Q1, column=3)
    assert [(f.into_code, f.unit_code) for f in every] == [
        ("00004", "00004"),
        ("00004", "00013"),
        ("00004", "00016"),
        ("00097", "00001"),
    ]
    # An old code that is no row's reaches that old commune; with a catalogue, the one unit.
    alone = office.provenance.behind(form=F, period=Q1, unit="00013", column=3)
    assert [(f.unit_name, f.value) for f in alone] == [("Phường Quán Thánh", 8)]
    legacy = office.provenance.behind(form=F, period=Q1, unit="00004", catalog="legacy", column=3)
    assert [(f.unit_name, f.value) for f in legacy] == [("Phường Trúc Bạch", 30)]
    assert office.provenance.behind(form=F, period=Q1, unit="00004", catalog="2025") == []
    with pytest.raises(ValidationError, match="Không có đơn vị mã 99999"):
        office.provenance.behind(form=F, period=Q1, unit="99999")


def test_a_code_reaches_one_unit_s_report_or_asks_which(office: Services) -> None:
    with pytest.raises(ValidationError) as caught:
        office.provenance.reach(form=F, period=Q1, unit="00004")
    message = caught.value.message
    assert "Phường Trúc Bạch (mã cũ 00004); Phường Quán Thánh (mã cũ 00013)" in message
    assert "Hãy chọn một trong các đơn vị đó." in message and "--" not in message
    assert "--catalog legacy" in caught.value.cli_hint
    found = office.provenance.reach(form=F, period=Q1, unit="00013")
    assert found == dto.Sender("00013", "Phường Quán Thánh", "legacy")
    grid = office.entry.grid(form=F, period=Q1, unit=found.code, catalog=found.catalog)
    assert [(r.sector, r.values[3]) for r in grid.rows] == [("Hộ tịch", 8)]
    assert office.entry.validate(form=F, period=Q1, unit="00013", catalog="legacy") == []
    chosen = office.provenance.reach(form=F, period=Q1, unit="00004", catalog="legacy")
    assert chosen.name == "Phường Trúc Bạch"
    # Phường Hồng Hà took over Phúc Xá alone: its code reaches Phúc Xá's report.
    assert office.provenance.reach(form=F, period=Q1, unit="00097").code == "00001"
    # Điện Biên (00019, also merged into Ba Đình) sent nothing: its empty report, which the
    # office may type.
    assert office.provenance.reach(form=F, period=Q1, unit="00019") == dto.Sender(
        "00019", "Phường Điện Biên", "legacy"
    )
    # A 2025 commune holding nothing did not exist before the reform: its old communes did.
    with pytest.raises(ValidationError) as caught:
        office.provenance.reach(form=F, period=Q1, unit="00025")
    assert "Phường Ngọc Khánh (mã cũ 00025); Phường Giảng Võ (mã cũ 00031)" in (
        caught.value.message
    )
    with pytest.raises(ValidationError, match="được thành lập từ ngày 01/07/2025"):
        office.provenance.reach(form=F, period=Q1, unit="00004", catalog="2025")
    # After the reform it is its own report.
    assert office.provenance.reach(form=F, period="2025-Q3", unit="00025") == dto.Sender(
        "00025", "Phường Giảng Võ", "2025"
    )
    with pytest.raises(ValidationError, match="Không có đơn vị mã 99999"):
        office.provenance.reach(form=F, period=Q1, unit="99999")
