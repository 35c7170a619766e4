"""The office types the figures of an old commune for a period before the 2025 reform."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from egov_desktop.exchange.package import PackagePeriod, PackageUnit
from egov_desktop.services import entry_units as entry_module
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.entry_dto import SOURCE_TYPED, UnitRef
from egov_desktop.services.setup import SetupRequest
from egov_desktop.services.unit_entry import UnitEntry
from tests.packages import F, package

Q1 = "2025-Q1"
EARLY = PackagePeriod(Q1, "cutoff", date(2024, 12, 15), date(2025, 3, 14))
#: Phường Ba Đình (00004) took over these four old communes (legacy catalogue).
BA_DINH = {
    "00004": "Phường Trúc Bạch",
    "00013": "Phường Quán Thánh",
    "00016": "Phường Ngọc Hà",
    "00019": "Phường Điện Biên",
}
DIEN_BIEN = "Phường Điện Biên (mã cũ 00019)"


@pytest.fixture
def office(services: Services) -> Services:
    """The Hà Nội province office (2025 catalogue, NĐ 09/2019 cut-off periods)."""
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    return services


def _sent(office: Services, tmp_path: Path, *codes: str) -> None:
    """Old communes of Ba Đình send their Q1 2025 II.06a (three dossiers each)."""
    paths = [
        package(
            tmp_path / f"{code}.egov",
            {"Hộ tịch": {3: 3, 4: 3, 7: 3, 8: 3}},
            window=EARLY,
            unit=PackageUnit(code, BA_DINH[code], "legacy", "01"),
        )
        for code in codes
    ]
    for path, outcome in office.package_import.apply_many(paths):
        assert isinstance(outcome, dto.PackagePreview), (path, outcome)


def _row(office: Services, code: str) -> dto.CompletenessEntry:
    return next(e for e in office.completeness.matrix(Q1, [F]).entries if e.unit_code == code)


def test_the_office_enters_an_old_commune_that_sent_nothing(
    office: Services, tmp_path: Path
) -> None:
    _sent(office, tmp_path, "00004", "00013", "00016")
    assert _row(office, "00004").old_missing == (DIEN_BIEN,)
    # Điện Biên has no application: the office types its figures, by its old code.
    office.entry.set_values(
        [("Hộ tịch", 3, 5), ("Hộ tịch", 4, 5)], form=F, period=Q1, unit="00019", catalog="legacy"
    )
    row = _row(office, "00004")
    assert row.complete and not row.partial and row.status == dto.RECEIVED
    assert (row.old_expected, row.old_received, row.old_missing) == (4, 4, ())
    assert row.old_entered == (DIEN_BIEN,)
    assert DIEN_BIEN not in row.sent_by  # it sent no package
    # Summed into Ba Đình on the sheet by unit, like the packages' figures.
    (agg,) = [u for u in office.entry.aggregated(form=F, period=Q1) if u.code == "00004"]
    assert agg.values[3] == 3 * 3 + 5
    assert "00019 Phường Điện Biên (một phần)" in agg.lineage
    # Its figures name the office as their source, under the old commune.
    figures = office.provenance.behind(form=F, period=Q1, unit="00004", column=3)
    typed = [f for f in figures if f.kind == SOURCE_TYPED]
    assert [(f.unit_code, f.catalog, f.old, f.into_code, f.value) for f in typed] == [
        ("00019", "legacy", True, "00004", 5)
    ]
    # Nothing was stored for the 2025 commune, which did not exist in Q1 2025.
    assert not any(f.unit_code == "00004" and not f.old for f in figures)


def test_old_communes_entered_by_the_office_alone_complete_the_merged_commune(
    office: Services,
) -> None:
    for code in ("00004", "00013"):
        office.entry.set_values([("Hộ tịch", 3, 1)], form=F, period=Q1, unit=code, catalog="legacy")
    row = _row(office, "00004")
    assert row.status == dto.ENTERED and row.partial and not row.complete
    assert row.old_missing == ("Phường Ngọc Hà (mã cũ 00016)", DIEN_BIEN)
    assert ("00004", "Phường Ba Đình") in office.completeness.matrix(Q1, [F]).missing_units()
    for code in ("00016", "00019"):
        office.entry.set_values([("Hộ tịch", 3, 1)], form=F, period=Q1, unit=code, catalog="legacy")
    row = _row(office, "00004")
    assert row.status == dto.ENTERED and row.complete
    assert (row.old_received, len(row.old_entered)) == (4, 4)


def test_a_merged_commune_s_own_code_reaches_its_old_communes_before_the_reform(
    office: Services,
) -> None:
    before = office.entry.aggregated(form=F, period=Q1)
    with pytest.raises(ValidationError) as several:
        office.entry.set_values([("Hộ tịch", 3, 1)], form=F, period=Q1, unit="00004")
    message = several.value.message
    assert message.startswith("Quý I năm 2025 kết thúc ngày 14/03/2025, trước ngày 01/07/2025")
    assert "Phường Trúc Bạch (mã cũ 00004); Phường Quán Thánh (mã cũ 00013)" in message
    assert "Nhập số liệu thay đơn vị…, rồi chọn xã cũ" in message and "--" not in message
    assert several.value.cli_hint == "Dòng lệnh: --unit <mã cũ> --catalog legacy."
    with pytest.raises(ValidationError) as named:
        office.entry.set_status(form=F, period=Q1, status="done", unit="00004", catalog="2025")
    assert named.value.message.startswith(
        "Phường Ba Đình (mã 00004) được thành lập từ ngày 01/07/2025; Quý I năm 2025 kết thúc "
        "ngày 14/03/2025"
    )
    assert "Hãy nhập cho từng xã cũ đã hợp nhất vào đơn vị: Phường Trúc Bạch" in (
        named.value.message
    )
    assert "--" not in named.value.message and "--catalog legacy" in named.value.cli_hint
    # Yên Sở (00340): no old commune is summed into its row.
    with pytest.raises(ValidationError, match="Không có xã cũ nào được cộng vào dòng"):
        office.entry.row_units(unit="00340", period=Q1)
    assert office.entry.aggregated(form=F, period=Q1) == before
    # One old commune reached by its old code: that one (the CLI names it).
    assert office.entry.typed_unit(unit="00019", period=Q1) == UnitRef(
        "00019", "Phường Điện Biên", "legacy", DIEN_BIEN, old=True
    )
    # The sheet's row of a 2025 commune offers its old communes to choose from.
    assert [u.code for u in office.entry.row_units(unit="00004", period=Q1)] == list(BA_DINH)


def test_after_the_reform_the_2025_commune_reports_and_the_old_one_does_not(
    office: Services,
) -> None:
    q3 = "2025-Q3"  # cut-off: 15/06 – 14/09/2025, ends after the reform
    assert office.entry.typed_unit(unit="00004", period=q3).catalog == "2025"
    with pytest.raises(ValidationError) as refused:
        office.entry.set_values(
            [("Hộ tịch", 3, 1)], form=F, period=q3, unit="00019", catalog="legacy"
        )
    assert refused.value.message == (
        "Phường Điện Biên (mã cũ 00019) đã hợp nhất vào Phường Ba Đình (00004) từ ngày "
        "01/07/2025; Quý III năm 2025 kết thúc ngày 14/09/2025, sau ngày đó, nên số liệu kỳ này "
        "là của Phường Ba Đình (00004): hãy nhập cho đơn vị đó."
    )
    # The office's mode decides where a period ends: a calendar 2025-Q2 ends on 30/06/2025.
    with office.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    with pytest.raises(ValidationError, match="kết thúc ngày 30/06/2025, trước ngày 01/07/2025"):
        office.entry.typed_unit(unit="00004", period="2025-Q2")


def test_figures_stored_for_a_2025_commune_before_this_check_can_be_cleared(
    office: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    with monkeypatch.context() as patch:  # an older release stored them under the 2025 unit
        patch.setattr(
            entry_module,
            "typed_unit",
            lambda _office, code, catalog, **_kw: UnitRef(code, "", "2025", ""),
        )
        office.entry.set_values([("Hộ tịch", 3, 4)], form=F, period=Q1, unit="00004")
    assert _row(office, "00004").status == dto.ENTERED
    with pytest.raises(ValidationError, match="được thành lập từ ngày 01/07/2025"):
        office.entry.set_values(
            [("Hộ tịch", 3, 5)], form=F, period=Q1, unit="00004", catalog="2025"
        )
    office.entry.set_values([("Hộ tịch", 3, None)], form=F, period=Q1, unit="00004", catalog="2025")
    assert _row(office, "00004").status == dto.MISSING


def test_the_entry_screen_s_unit_chooses_among_the_old_communes(
    office: Services, tmp_path: Path
) -> None:
    _sent(office, tmp_path, "00004", "00013")
    screen = UnitEntry(office.entry, "00004", office.completeness)
    # First the old commune the office holds nothing of yet.
    assert screen.target(form=F, period=Q1).code == "00016"
    screen.set_values([("Hộ tịch", 3, 2)], form=F, period=Q1)  # type: ignore[list-item]
    screen.choose("00019")
    assert all(r.values[3] is None for r in screen.grid(form=F, period=Q1).rows)
    screen.set_values([("Hộ tịch", 3, 7)], form=F, period=Q1)  # type: ignore[list-item]
    assert screen.target(form=F, period=Q1).label == DIEN_BIEN
    held = screen.held(form=F, period=Q1)
    assert held is not None and held.complete
    assert held.old_entered == ("Phường Ngọc Hà (mã cũ 00016)", DIEN_BIEN)
    # After the reform the screen types the 2025 commune's own report.
    q3 = screen.target(form=F, period="2025-Q3")
    assert (q3.code, q3.catalog, q3.old) == ("00004", "2025", False)
    # Back before the reform, the old commune chosen stays chosen.
    assert screen.target(form=F, period="2025-Q2").code == "00019"
