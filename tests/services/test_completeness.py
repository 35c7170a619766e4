"""The office's to-do: its units' reports by deadline, how many have come in."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.domain.periods import Period, next_period
from egov_desktop.errors import ValidationError
from egov_desktop.exchange.package import PackagePeriod, PackageUnit
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.completeness import reminder_text
from egov_desktop.services.entry_dto import STATUS_EMPTY, STATUS_IN_PROGRESS
from egov_desktop.services.setup import SetupRequest
from egov_desktop.services.unit_entry import UnitEntry
from egov_desktop.services.units import load_catalog
from tests.packages import package

P = "2025-Q3"
TODAY = date(2025, 10, 20)  # Q4 2025 under way; Q3 due on 19/09/2025


def test_the_office_s_list_counts_the_units_that_reported(
    office: Services, commune: Services, tmp_path: Path
) -> None:
    before = {(i.form, i.period_code): i for i in office.completeness.todo(TODAY)}
    assert set(before) == {(f, p) for f in ("II.06a", "II.07b", "766") for p in (P, "2025-Q4")}
    expected = before[("II.06a", P)].expected
    assert expected is not None and expected > 100  # Hà Nội's communes
    assert before[("II.06a", P)].reported == 0 and before[("II.06a", P)].status == STATUS_EMPTY
    assert before[("II.06a", P)].days_left == (date(2025, 9, 19) - TODAY).days

    sector = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    row = {3: 12, 4: 10, 5: 2, 7: 10, 8: 5, 9: 4, 10: 1, 11: 2, 12: 1, 13: 1}
    commune.entry.set_values([(sector, c, v) for c, v in row.items()], form="II.06a", period=P)
    commune.entry.set_status(form="II.06a", period=P, status="done", note="ok")
    office.package_import.apply(Path(commune.packages.send(period=P, out=tmp_path).file))

    after = {(i.form, i.period_code): i for i in office.completeness.todo(TODAY)}
    item = after[("II.06a", P)]
    assert (item.reported, item.expected, item.status) == (1, expected, STATUS_IN_PROGRESS)
    assert after[("II.07b", P)].reported == 0
    ordered = [i.deadline for i in office.completeness.todo(TODAY)]
    assert ordered == sorted(ordered)


def test_a_commune_has_no_office_list(commune: Services) -> None:
    with pytest.raises(ValidationError):
        commune.completeness.todo(TODAY)


def _old_reports(office: Services, tmp_path: Path, *codes: str) -> None:
    """Old communes (legacy catalogue) of Hà Nội send their Q1 2025 II.06a."""
    early = PackagePeriod("2025-Q1", "cutoff", date(2024, 12, 15), date(2025, 3, 14))
    names = load_catalog("legacy")
    paths = [
        package(
            tmp_path / f"{code}.egov",
            {"Hộ tịch": {3: 1, 4: 1, 7: 1, 8: 1}},
            window=early,
            unit=PackageUnit(code, names.get(code).name, "legacy", "01"),  # type: ignore[union-attr]
        )
        for code in codes
    ]
    office.package_import.apply_many(paths)


def test_a_merged_commune_has_reported_once_every_old_commune_has(
    office: Services, tmp_path: Path
) -> None:
    # Phường Ba Đình (00004) took over Trúc Bạch, Quán Thánh, Ngọc Hà (in part) and Điện Biên.
    _old_reports(office, tmp_path, "00004", "00013", "00016", "00103")
    matrix = office.completeness.matrix("2025-Q1", ["II.06a"])
    entries = {e.unit_code: e for e in matrix.entries}
    merged = entries["00004"]
    assert merged.status == dto.RECEIVED and merged.partial and not merged.complete
    assert (merged.old_expected, merged.old_received) == (4, 3)
    assert merged.old_missing == ("Phường Điện Biên (mã cũ 00019)",)
    assert ("00004", "Phường Ba Đình") in matrix.missing_units()
    # Xuân La's (00103) successor is Xuân Đỉnh (00611): Tây Hồ, the 2025 commune of that
    # code, has neither received nor entered anything.
    assert entries["00103"].status == dto.MISSING
    assert entries["00611"].old_received == 1
    none = entries["00008"]  # Ngọc Hà: none of its five old communes has sent
    assert none.status == dto.MISSING and none.old_received == 0 and len(none.old_missing) == 5
    text = reminder_text(matrix, date(2025, 4, 1))
    assert "Phường Ba Đình (00004) – còn thiếu báo cáo của Phường Điện Biên (mã cũ 00019)" in text
    spring = date(2025, 4, 1)  # Q1 2025 is the previous period
    before = next(i for i in office.completeness.todo(spring) if i.period_code == "2025-Q1")
    assert before.reported == 0
    _old_reports(office, tmp_path, "00019")
    done = {e.unit_code: e for e in office.completeness.matrix("2025-Q1", ["II.06a"]).entries}
    assert done["00004"].complete and done["00004"].old_missing == ()
    assert (done["00004"].old_expected, done["00004"].old_received) == (4, 4)
    after = next(i for i in office.completeness.todo(spring) if i.period_code == "2025-Q1")
    assert after.reported == 1
    # After the reform the 2025 communes report themselves: no old communes are expected.
    assert all(e.old_expected == 0 for e in office.completeness.matrix(P, ["II.06a"]).entries)


def test_what_the_office_holds_of_one_unit_s_report(office: Services, tmp_path: Path) -> None:
    office.package_import.apply(package(tmp_path / "v2.egov", {"Hộ tịch": {3: 1}}, version=2))
    held = UnitEntry(office.entry, "00004", office.completeness).held(form="II.06a", period=P)
    assert held is not None and (held.status, held.version) == (dto.RECEIVED, 2)
    other = UnitEntry(office.entry, "00025", office.completeness).held(form="II.06a", period=P)
    assert other is not None and (other.status, other.version) == (dto.MISSING, None)
    stranger = UnitEntry(office.entry, "99999", office.completeness)
    assert stranger.held(form="II.06a", period=P) is None
    assert UnitEntry(office.entry, "00004").held(form="II.06a", period=P) is None


@pytest.mark.parametrize(
    ("mode", "kind", "last"),
    [
        # 2025-Q3 of the cut-off mode starts on 15/06/2025: the district's last quarter is Q2.
        ("cutoff", "Q", "2025-Q2"),
        ("cutoff", "M", "2025-M06"),
        ("cutoff", "H", "2025-H1"),
        ("cutoff", "9M", "2024-9M"),
        ("cutoff", "Y", "2024-Y"),
        ("calendar", "Q", "2025-Q2"),
        ("calendar", "M", "2025-M06"),
        ("calendar", "Y", "2024-Y"),
    ],
)
def test_a_district_office_collects_the_periods_before_the_reform_only(
    services: Services, mode: str, kind: str, last: str
) -> None:
    services.setup.apply(
        SetupRequest(unit_code="001", role="aggregator", catalog="legacy", period_mode=mode)
    )
    found = services.completeness.last_period(kind)
    assert found is not None and found.code == last
    assert services.completeness.matrix(last).period == last
    later = Period(found.year + 1, "9M") if kind == "9M" else next_period(found)
    with pytest.raises(ValidationError) as caught:
        services.completeness.matrix(later.code)
    start, end = later.window(mode)
    # The reason the district's import gives such a period's package, said of the period.
    assert caught.value.message == (
        f"{later.label} ({start:%d/%m/%Y} – {end:%d/%m/%Y}), kết thúc sau ngày 30/06/2025: "
        "cấp huyện không còn từ ngày 01/07/2025, báo cáo các kỳ này do xã, phường mới gửi về "
        "cấp tỉnh; Quận Ba Đình chỉ nhận báo cáo các kỳ kết thúc đến ngày 30/06/2025."
    )


def test_a_custom_period_opens_the_district_s_refusal_and_is_lowered_in_the_reminder(
    services: Services,
) -> None:
    services.setup.apply(SetupRequest(unit_code="001", role="aggregator", catalog="legacy"))
    custom = "2025-07-01..2025-08-15"
    with pytest.raises(ValidationError) as caught:
        services.completeness.matrix(custom)
    assert caught.value.message.startswith("Từ 01/07/2025 đến 15/08/2025, kết thúc sau ngày ")
    matrix = dto.Completeness(
        period=custom,
        period_label=Period.parse(custom).label,
        forms=("II.06a",),
        deadlines={},
    )
    assert reminder_text(matrix, date(2025, 9, 1)) == (
        "Đến ngày 01/09/2025, tất cả các đơn vị đã gửi báo cáo II.06a từ 01/07/2025 đến 15/08/2025."
    )


def test_a_district_office_s_list_is_of_its_last_periods(services: Services) -> None:
    services.setup.apply(SetupRequest(unit_code="001", role="aggregator", catalog="legacy"))
    listed = {(i.form, i.period_code) for i in services.completeness.todo(TODAY)}
    assert {("II.06a", "2025-Q1"), ("II.06a", "2025-Q2")} <= listed
    assert all(Period.parse(p).window("cutoff")[1] < date(2025, 7, 1) for _f, p in listed)


def test_a_province_office_keeps_the_periods_before_the_reform(
    office: Services, tmp_path: Path
) -> None:
    assert office.completeness.last_period("Q") is None
    _old_reports(office, tmp_path, "00006")
    matrix = office.completeness.matrix("2025-Q1", ["II.06a"])
    assert {e.unit_code: e.status for e in matrix.entries}["00008"] == dto.RECEIVED


def _entry(office: Services) -> dto.CompletenessEntry:
    found = office.completeness.entry("00004", "II.06a", P)
    assert found is not None
    return found


def test_a_correction_after_the_deadline_does_not_make_a_report_sent_in_time_late(
    office: Services, tmp_path: Path
) -> None:
    """Q3 is due on 19/09/2025: v1 came on 18/09, its correction v2 on 25/09."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 1}}))
    entry = _entry(office)
    assert (entry.version, entry.on_time, entry.first_version) == (1, True, None)
    later = datetime(2025, 9, 25, 8, 0)
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 2}}, version=2, created_at=later)
    office.package_import.apply(v2)
    entry = _entry(office)
    assert (entry.version, entry.sent_at, entry.on_time) == (2, later, True)
    assert (entry.first_version, entry.first_sent_at) == (1, datetime(2025, 9, 18, 9, 0))


def test_a_report_sent_again_after_a_return_is_judged_on_its_own_date(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 1}}))
    office.package_import.return_("00004", P, "Thiếu lĩnh vực", tmp_path / "replies")
    assert _entry(office).on_time is True  # returned: the cell says so, with v1's date
    later = datetime(2025, 9, 25, 8, 0)
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 2}}, version=2, created_at=later)
    office.package_import.apply(v2)
    entry = _entry(office)
    assert (entry.status, entry.version, entry.on_time, entry.first_version) == (
        dto.RECEIVED,
        2,
        False,
        None,
    )
    # A correction of the resent report is judged on the resent one's date.
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 3}}, version=3, created_at=later)
    office.package_import.apply(v3)
    entry = _entry(office)
    assert (entry.version, entry.on_time, entry.first_version) == (3, False, 2)


def test_a_form_first_sent_in_a_later_version_is_judged_on_that_version(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 1}}))
    later = datetime(2025, 9, 25, 8, 0)
    both = package(
        tmp_path / "v2.egov",
        {"unit": {3: 1}},
        version=2,
        forms=("II.06a", "II.07b"),
        form="II.07b",
        created_at=later,
    )
    office.package_import.apply(both)
    entries = {e.form: e for e in office.completeness.matrix(P).entries if e.unit_code == "00004"}
    assert (entries["II.06a"].on_time, entries["II.06a"].first_version) == (True, 1)
    assert (entries["II.07b"].on_time, entries["II.07b"].first_version) == (False, None)
