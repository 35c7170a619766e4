"""The office's side of the exchange: refusals that write nothing, batches, windows and modes."""

from __future__ import annotations

import gc
import hashlib
import json
import zipfile
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

import pytest

from egov_desktop import __version__
from egov_desktop.bootstrap import Services
from egov_desktop.errors import PackageError, StoredModeError, ValidationError
from egov_desktop.exchange import archive
from egov_desktop.exchange.package import (
    IDENTITY,
    MANIFEST,
    PAYLOAD,
    PackagePeriod,
    PackageUnit,
)
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.setup import SetupRequest
from egov_desktop.services.unit_entry import UnitEntry
from tests.packages import CUTOFF, OTHER, UNIT, F, P, held_figures, package


def nothing_written(office: Services, code: str = "00004") -> bool:
    with office.database.uow() as uow:
        unit = uow.units.find("2025", code)
        return unit is None or not uow.received_packages.for_unit_period(unit.id, P)


def test_an_unknown_form_is_refused(office: Services, tmp_path: Path) -> None:
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 1}}, forms=("II.99z",), form="II.99z")
    with pytest.raises(PackageError) as caught:
        office.package_import.apply(path, prefer=dto.PREFER_PACKAGE)
    assert "II.99z" in caught.value.message
    assert nothing_written(office)
    assert not list(office.paths.backups.glob("*"))


def test_a_column_the_form_lacks_is_refused(office: Services, tmp_path: Path) -> None:
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 1, 14: 1}})
    with pytest.raises(PackageError) as caught:
        office.package_import.apply(path, prefer=dto.PREFER_PACKAGE)
    assert "cột 14" in caught.value.message
    # Made by another release (one that knows the column): the office is told to update.
    assert "phiên bản test của ứng dụng" in caught.value.message
    assert nothing_written(office)
    same = package(tmp_path / "q.egov", {"Hộ tịch": {3: 1, 14: 1}}, app_version=__version__)
    with pytest.raises(PackageError) as caught:
        office.package_import.apply(same, prefer=dto.PREFER_PACKAGE)
    assert "cột 14" in caught.value.message and "phiên bản" not in caught.value.message


@pytest.mark.parametrize(
    ("figures", "said"),
    [
        ({"": {3: 1}}, "II.06a dòng «sector:»"),  # a sector with no name
        ({"unit": {3: 1}}, "II.06a dòng «unit»"),  # a unit's row in a form of sectors
        # One sector twice (case, Unicode form): one cell at the office, two figures here.
        ({"Hộ tịch": {3: 1}, "hộ tịch": {3: 2}}, "cột 3 có hai số liệu"),
        ({"Hộ tịch": {3: 1}, "Ho\u0323\u0302 ti\u0323ch": {3: 2}}, "cột 3 có hai số liệu"),
    ],
)
def test_a_figure_for_no_row_or_twice_for_one_cell_is_refused(
    office: Services, tmp_path: Path, figures: dict[str, dict[int, int]], said: str
) -> None:
    path = package(tmp_path / "p.egov", figures)
    with pytest.raises(PackageError) as caught:
        office.package_import.apply(path, prefer=dto.PREFER_PACKAGE)
    assert said in caught.value.message and "gói bị từ chối" in caught.value.message
    assert nothing_written(office)
    assert not list(office.paths.backups.glob("*"))


def test_an_absolute_path_entry_is_refused(office: Services, tmp_path: Path) -> None:
    good = package(tmp_path / "good.egov", {"Hộ tịch": {3: 1}})
    bad = tmp_path / "bad.egov"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("/etc/cron.d/x", b"* * * * * root true")
    with pytest.raises(PackageError) as caught:
        office.package_import.preview(bad)
    assert "không an toàn" in caught.value.message and "/etc/cron.d/x" in caught.value.message
    assert nothing_written(office)


def test_an_oversized_payload_is_refused(
    office: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = package(tmp_path / "p.egov", {f"Lĩnh vực {i}": {3: i} for i in range(200)})
    # The real limit is 64 MB; a smaller one keeps the test file small.
    monkeypatch.setattr(archive, "MAX_ENTRY_BYTES", 4096)
    with pytest.raises(PackageError) as caught:
        office.package_import.apply(path, prefer=dto.PREFER_PACKAGE)
    assert "quá lớn" in caught.value.message
    assert nothing_written(office)


def test_two_versions_of_a_new_unit_in_one_batch_keep_the_newer(
    office: Services, tmp_path: Path
) -> None:
    first = package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4}})
    second = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 6}, "Đất đai": {3: 1}}, version=2)
    results = office.package_import.apply_many([first, second])
    assert [getattr(r, "status", r) for _p, r in results] == [dto.IMPORTED, dto.IMPORTED]
    assert held_figures(office) == {"Hộ tịch": {3: 6}, "Đất đai": {3: 1}}
    assert {f.version for f in office.provenance.behind(form=F, period=P)} == {2}
    results = office.package_import.apply_many([first, second])
    assert [getattr(r, "status", r) for _p, r in results] == [dto.UNCHANGED, dto.UNCHANGED]
    again = office.package_import.preview(second)
    assert (again.status, again.changes, again.unchanged) == (dto.UNCHANGED, (), 2)


def test_an_older_version_later_in_the_batch_changes_nothing(
    office: Services, tmp_path: Path
) -> None:
    first = package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4}})
    second = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 6}}, version=2)
    results = office.package_import.apply_many([second, first])
    assert [getattr(r, "status", r) for _p, r in results] == [dto.IMPORTED, dto.OLDER]
    assert held_figures(office) == {"Hộ tịch": {3: 6}}


def test_a_figure_over_the_limit_is_refused(office: Services, tmp_path: Path) -> None:
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 1_000_001}})
    with pytest.raises(PackageError) as caught:
        office.package_import.apply(path)
    assert "1.000.000" in caught.value.message
    assert nothing_written(office)


def test_sources_of_an_unknown_unit_or_column_are_refused(office: Services) -> None:
    with pytest.raises(ValidationError):
        office.provenance.behind(form=F, period=P, unit="99999")
    with pytest.raises(ValidationError):
        office.provenance.behind(form=F, period=P, column=99)


def test_the_sender_s_agency_code_is_kept_and_a_malformed_one_refused(
    office: Services, tmp_path: Path
) -> None:
    bad = package(tmp_path / "bad.egov", {"Hộ tịch": {3: 1}}, agency_code="H26/01")
    with pytest.raises(PackageError) as caught:
        office.package_import.apply(bad)
    assert "H26/01" in caught.value.message
    assert nothing_written(office)
    good = package(tmp_path / "good.egov", {"Hộ tịch": {3: 1}}, agency_code="000.00.31.H26")
    office.package_import.apply(good)
    with office.database.uow() as uow:
        unit = uow.units.find("2025", "00004")
        assert unit is not None and unit.agency_code == "000.00.31.H26"
        changed = [a for a in uow.audit.recent(100) if a.field == "agency_code"]
        assert [(a.old_value, a.new_value, a.source) for a in changed] == [
            (None, "000.00.31.H26", "package:00004:v1")
        ]


def test_a_unit_counting_another_window_is_flagged(office: Services, tmp_path: Path) -> None:
    same = office.package_import.preview(package(tmp_path / "a.egov", {"Hộ tịch": {4: 1}}))
    assert same.window == same.office_window == (date(2025, 6, 15), date(2025, 9, 14))
    assert not same.other_window
    calendar = PackagePeriod(P, "calendar", date(2025, 7, 1), date(2025, 9, 30))
    other = package(tmp_path / "b.egov", {"Hộ tịch": {4: 1}}, window=calendar)
    preview = office.package_import.preview(other)
    assert preview.other_window and preview.window == (date(2025, 7, 1), date(2025, 9, 30))
    # A warning, not a refusal: the office may import it (or return it with a reason).
    assert office.package_import.apply(other).status == dto.IMPORTED
    office.setup.apply(SetupRequest(unit_code="01", role="aggregator", period_mode="calendar"))
    assert not office.package_import.preview(other).other_window


@pytest.mark.parametrize(
    "window",
    [
        # The calendar quarter's days, said to be the cut-off mode's.
        PackagePeriod(P, "cutoff", date(2025, 7, 1), date(2025, 9, 30)),
        # Days of no mode at all.
        PackagePeriod(P, "cutoff", date(2025, 6, 1), date(2025, 8, 31)),
        PackagePeriod(P, "weekly", date(2025, 6, 15), date(2025, 9, 14)),
    ],
)
def test_a_package_whose_period_days_no_mode_gives_is_refused(
    office: Services, tmp_path: Path, window: PackagePeriod
) -> None:
    bad = package(tmp_path / "bad.egov", {"Hộ tịch": {4: 1}}, window=window)
    for attempt in (office.package_import.preview, office.package_import.apply):
        with pytest.raises(PackageError) as refused:
            attempt(bad)
        assert refused.value.message.startswith(
            f"Gói bad.egov ghi Quý III năm 2025 từ {window.start:%d/%m/%Y} đến "
            f"{window.end:%d/%m/%Y}: không phải các ngày của kỳ này theo cách tính kỳ nào "
            "(chốt số liệu theo NĐ 09/2019: 15/06/2025 – 14/09/2025; theo lịch (tháng, quý "
            "dương lịch): 01/07/2025 – 30/09/2025)."
        )
    assert held_figures(office) == {} and not list(office.paths.backups.glob("*"))


def test_a_package_of_no_period_is_refused(office: Services, tmp_path: Path) -> None:
    window = PackagePeriod("2025-Q5", "cutoff", date(2025, 6, 15), date(2025, 9, 14))
    bad = package(tmp_path / "bad.egov", {"Hộ tịch": {4: 1}}, window=window)
    with pytest.raises(PackageError, match="Phần mô tả của gói bad.egov không hợp lệ"):
        office.package_import.apply(bad)
    assert held_figures(office) == {}


def _relabelled(path: Path, target: Path, unit: PackageUnit, *, old_format: bool = False) -> Path:
    """`path` with its manifest naming `unit`; `old_format`: a payload without its identity."""
    with zipfile.ZipFile(path) as z:
        manifest, payload = json.loads(z.read(MANIFEST)), json.loads(z.read(PAYLOAD))
    manifest["unit"] = asdict(unit)
    if old_format:  # as the released format wrote it: the hash is all that binds the payload
        del payload[IDENTITY]
    data = json.dumps(payload).encode()
    manifest["payload_sha256"] = hashlib.sha256(data).hexdigest()
    with zipfile.ZipFile(target, "w") as z:
        z.writestr(MANIFEST, json.dumps(manifest).encode())
        z.writestr(PAYLOAD, data)
    return target


def test_a_package_received_before_but_edited_since_is_not_taken_for_the_same(
    office: Services, tmp_path: Path
) -> None:
    """Same package id, figures edited and the hash sealed again: not a no-op re-import."""
    genuine = package(tmp_path / "p.egov", {"Hộ tịch": {3: 4}})
    assert office.package_import.apply(genuine).status == dto.IMPORTED
    assert office.package_import.apply(genuine).status == dto.UNCHANGED
    with zipfile.ZipFile(genuine) as z:
        manifest, payload = json.loads(z.read(MANIFEST)), json.loads(z.read(PAYLOAD))
    payload["values"][0]["value"] = 9
    data = json.dumps(payload).encode()
    manifest["payload_sha256"] = hashlib.sha256(data).hexdigest()
    edited = tmp_path / "edited.egov"
    with zipfile.ZipFile(edited, "w") as z:
        z.writestr(MANIFEST, json.dumps(manifest).encode())
        z.writestr(PAYLOAD, data)
    with pytest.raises(PackageError) as caught:
        office.package_import.preview(edited)
    assert "khác gói đã nhập: gói đã bị sửa sau khi tạo; gói bị từ chối" in caught.value.message
    (_path, outcome) = office.package_import.apply_many([edited])[0]
    assert isinstance(outcome, PackageError)
    assert held_figures(office) == {"Hộ tịch": {3: 4}}


def test_a_package_relabelled_as_another_unit_is_refused(office: Services, tmp_path: Path) -> None:
    genuine = package(tmp_path / "p.egov", {"Hộ tịch": {3: 4}})
    with zipfile.ZipFile(genuine) as z:  # only the manifest is edited: the hash still fits
        manifest = json.loads(z.read(MANIFEST))
        manifest["unit"] = asdict(OTHER)
        relabelled = tmp_path / "relabelled.egov"
        with zipfile.ZipFile(relabelled, "w") as out:
            out.writestr(MANIFEST, json.dumps(manifest).encode())
            out.writestr(PAYLOAD, z.read(PAYLOAD))
    for attempt in (office.package_import.preview, office.package_import.apply):
        with pytest.raises(PackageError) as caught:
            attempt(relabelled)
        assert "đơn vị: phần mô tả ghi 00008, dữ liệu ghi 00004" in caught.value.message
    ((_path, refused),) = office.package_import.apply_many([relabelled])
    assert isinstance(refused, PackageError)
    assert nothing_written(office, "00008") and nothing_written(office)
    assert not list(office.paths.backups.glob("*"))
    assert office.package_import.apply(genuine).status == dto.IMPORTED
    assert held_figures(office) == {"Hộ tịch": {3: 4}}


def test_one_package_id_is_never_taken_for_another_unit_s(office: Services, tmp_path: Path) -> None:
    genuine = package(tmp_path / "p.egov", {"Hộ tịch": {3: 4}})
    # A package of the released format carries no identity in its payload: a relabelled copy
    # cannot be told from a genuine one, and is imported as 00008's.
    relabelled = _relabelled(genuine, tmp_path / "r.egov", OTHER, old_format=True)
    assert office.package_import.apply(relabelled).status == dto.IMPORTED
    # The genuine package of 00004 is not "already imported": its id is 00008's.
    for attempt in (office.package_import.preview, office.package_import.apply):
        with pytest.raises(PackageError) as caught:
            attempt(genuine)
        message = caught.value.message
        assert "đã được nhập cho đơn vị Phường Ngọc Hà (00008)" in message
        assert "gói này ghi đơn vị Phường Ba Đình (00004)" in message
    other = package(tmp_path / "o.egov", {"Hộ tịch": {3: 2}}, unit=OTHER, version=2)
    results = office.package_import.apply_many([genuine, other])
    assert isinstance(results[0][1], PackageError)
    assert getattr(results[1][1], "status", None) == dto.IMPORTED
    assert nothing_written(office)


def test_one_package_id_twice_in_a_batch_under_two_units(office: Services, tmp_path: Path) -> None:
    genuine = package(tmp_path / "p.egov", {"Hộ tịch": {3: 4}})
    relabelled = _relabelled(genuine, tmp_path / "r.egov", OTHER, old_format=True)
    results = office.package_import.apply_many([genuine, relabelled])
    assert getattr(results[0][1], "status", None) == dto.IMPORTED
    assert isinstance(results[1][1], PackageError)
    assert nothing_written(office, "00008") and held_figures(office) == {"Hộ tịch": {3: 4}}


def test_genuine_packages_of_two_units_never_collide(office: Services, tmp_path: Path) -> None:
    ours = package(tmp_path / "a.egov", {"Hộ tịch": {3: 4}})
    theirs = package(tmp_path / "b.egov", {"Hộ tịch": {3: 6}}, unit=OTHER)
    results = office.package_import.apply_many([ours, theirs])
    assert [getattr(r, "status", r) for _p, r in results] == [dto.IMPORTED, dto.IMPORTED]
    assert office.package_import.preview(theirs).status == dto.UNCHANGED
    assert office.package_import.apply(ours).status == dto.UNCHANGED
    assert held_figures(office) == {"Hộ tịch": {3: 4}}


#: An old commune of Quận Ba Đình; Phường Ngọc Hà (00008) took it over on 1 July 2025.
OLD_COMMUNE = PackageUnit("00006", "Phường Vĩnh Phúc", "legacy", "01", "001")
#: Q2 2025 as the cut-off counts it: over before the reform.
BEFORE_REFORM = PackagePeriod("2025-Q2", "cutoff", date(2025, 3, 15), date(2025, 6, 14))
CALENDAR_Q3 = PackagePeriod(P, "calendar", date(2025, 7, 1), date(2025, 9, 30))


def test_an_old_commune_s_report_after_the_reform_says_who_reports_it(
    office: Services, tmp_path: Path
) -> None:
    """Hà Nội's own old commune: not "outside Hà Nội", but a period its successor reports."""
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 1}}, unit=OLD_COMMUNE)
    with pytest.raises(PackageError) as caught:
        office.package_import.preview(path)
    assert caught.value.message == (
        "Gói p.egov là báo cáo của Phường Vĩnh Phúc (mã cũ 00006) cho Quý III năm 2025 "
        "(15/06/2025 – 14/09/2025), kết thúc sau ngày 30/06/2025: các kỳ này do Phường Ngọc Hà "
        "(mã 00008), đơn vị tiếp nhận Phường Vĩnh Phúc từ ngày 01/07/2025, báo cáo; gói bị từ chối."
    )
    figures = {"Hộ tịch": {3: 1}}
    early = package(tmp_path / "q.egov", figures, unit=OLD_COMMUNE, window=BEFORE_REFORM)
    assert office.package_import.preview(early).status == dto.IMPORTED


@pytest.mark.parametrize("window", [CUTOFF, CALENDAR_Q3])
def test_a_district_office_refuses_a_period_after_the_reform(
    services: Services, tmp_path: Path, window: PackagePeriod
) -> None:
    services.setup.apply(SetupRequest(unit_code="001", role="aggregator", catalog="legacy"))
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 1}}, unit=OLD_COMMUNE, window=window)
    with pytest.raises(PackageError) as caught:
        services.package_import.apply(path, prefer=dto.PREFER_PACKAGE)
    message = caught.value.message
    assert message.startswith(f"Gói p.egov là báo cáo Quý III năm 2025 ({window.start:%d/%m/%Y} – ")
    assert "cấp huyện không còn từ ngày 01/07/2025" in message
    assert "Quận Ba Đình chỉ nhận báo cáo các kỳ kết thúc đến ngày 30/06/2025" in message
    assert not list(services.paths.backups.glob("*"))
    figures = {"Hộ tịch": {3: 1}}
    early = package(tmp_path / "q.egov", figures, unit=OLD_COMMUNE, window=BEFORE_REFORM)
    assert services.package_import.apply(early).status == dto.IMPORTED


def test_a_district_office_refuses_a_2025_commune_s_package_saying_why(
    services: Services, tmp_path: Path
) -> None:
    """Phường Ba Đình (00004, 2025) reuses the code of Quận Ba Đình's old Phường Trúc Bạch:
    "not under Quận Ba Đình" would read as wrong; the reason is the reform."""
    services.setup.apply(SetupRequest(unit_code="001", role="aggregator", catalog="legacy"))
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 1}})
    with pytest.raises(PackageError) as caught:
        services.package_import.preview(path)
    message = caught.value.message
    assert "không thuộc địa bàn" not in message
    assert "cấp huyện không còn từ ngày 01/07/2025" in message
    early = package(tmp_path / "q.egov", {"Hộ tịch": {3: 1}}, window=BEFORE_REFORM)
    with pytest.raises(PackageError) as caught:
        services.package_import.apply(early)
    assert caught.value.message == (
        "Gói q.egov là của Phường Ba Đình (00004), xã, phường theo danh mục đơn vị hành chính "
        "từ ngày 01/07/2025; Quận Ba Đình là cơ quan cấp huyện, chỉ nhận báo cáo của các xã, "
        "phường cũ (danh mục trước ngày 01/07/2025) thuộc địa bàn. Gói bị từ chối."
    )
    assert not list(services.paths.backups.glob("*"))


def test_a_2025_commune_s_report_before_the_reform_is_refused_naming_its_old_communes(
    office: Services, tmp_path: Path
) -> None:
    """Before 1 July 2025 its old communes reported: its own figures would be summed on top."""
    old = package(
        tmp_path / "old.egov", {"Hộ tịch": {3: 2}}, unit=OLD_COMMUNE, window=BEFORE_REFORM
    )
    assert office.package_import.apply(old).status == dto.IMPORTED
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 100}}, unit=OTHER, window=BEFORE_REFORM)
    backups = list(office.paths.backups.glob("*"))
    with pytest.raises(PackageError) as caught:
        office.package_import.apply(path)
    message = caught.value.message
    assert message.startswith(
        "Gói p.egov là báo cáo của Phường Ngọc Hà (mã 00008) cho Quý II năm 2025 (15/03/2025 – "
        "14/06/2025), kết thúc trước ngày 01/07/2025: Phường Ngọc Hà được thành lập từ ngày "
        "01/07/2025, báo cáo các kỳ này là của các xã, phường cũ (Phường Vĩnh Phúc (mã cũ 00006); "
    )
    assert message.endswith("mỗi xã gửi gói của mình; gói bị từ chối.")
    assert list(office.paths.backups.glob("*")) == backups
    (row,) = office.entry.aggregated(form=F, period="2025-Q2")
    assert row.values[3] == 2


# -- the period mode each unit's figures were counted in (domain.md §5.1) ---------------------

CALENDAR = PackagePeriod(P, "calendar", date(2025, 7, 1), date(2025, 9, 30))


def _recorded(office: Services, code: str) -> str | None:
    with office.database.uow() as uow:
        unit = uow.units.find("2025", code)
        assert unit is not None
        status = uow.statuses.get(unit.id, F, P)
        return None if status is None else status.period_mode


def test_a_package_s_figures_keep_the_mode_they_were_counted_in(
    office: Services, tmp_path: Path
) -> None:
    """A calendar count at a cutoff office is not shown over the office's window."""
    office.package_import.apply(package(tmp_path / "a.egov", {"Hộ tịch": {4: 1}}, window=CALENDAR))
    assert _recorded(office, "00004") == "calendar"
    with pytest.raises(StoredModeError) as refused:
        office.entry.grid(form=F, period=P, unit="00004")
    assert (refused.value.stored, refused.value.mode) == ("calendar", "cutoff")
    assert not refused.value.recount  # the office holds no register of the unit's
    shown = office.entry.grid(form=F, period=P, unit="00004", mode="calendar")
    assert shown.rows[0].values[4] == 1 and shown.start == date(2025, 7, 1)
    # The unit counts in cutoff again: its next package is the office's mode's.
    office.package_import.apply(
        package(tmp_path / "b.egov", {"Hộ tịch": {4: 2}}, version=2, window=CUTOFF)
    )
    assert _recorded(office, "00004") == "cutoff"
    assert held_figures(office) == {"Hộ tịch": {4: 2}}


def test_the_office_s_sheets_warn_of_units_counted_in_another_mode(
    office: Services, tmp_path: Path
) -> None:
    assert office.entry.sheet_warnings(form=F, period=P) == []
    office.package_import.apply(package(tmp_path / "a.egov", {"Hộ tịch": {4: 1}}, window=CALENDAR))
    office.package_import.apply(package(tmp_path / "b.egov", {"Hộ tịch": {4: 2}}, unit=OTHER))
    # The office types a unit's figures itself: in its own mode.
    typed = UnitEntry(office.entry, "00025")
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00025")
    typed.set_values([(row, 4, 3)], form=F, period=P)
    assert _recorded(office, "00025") == "cutoff"
    [warning] = office.entry.sheet_warnings(form=F, period=P)
    assert "01/07/2025 – 30/09/2025" in warning and "15/06/2025 – 14/09/2025" in warning
    assert "1 đơn vị" in warning and warning.endswith("Phường Ba Đình (00004).")
    # The sheet in calendar mode: the other two are the ones counted otherwise.
    [other] = office.entry.sheet_warnings(form=F, period=P, mode="calendar")
    assert "2 đơn vị" in other and "(00008)" in other and "(00025)" in other
    # Still summed: the office decides.
    assert sum(u.values.get(4, 0) for u in office.entry.aggregated(form=F, period=P)) == 6
    assert office.entry.sheet_warnings(form="766", period=P) == []


def test_the_office_enters_a_unit_s_figures_again_in_its_own_mode(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "a.egov", {"Hộ tịch": {4: 1}}, window=CALENDAR))
    typed = UnitEntry(office.entry, "00004")
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    with pytest.raises(StoredModeError):
        typed.set_values([(row, 4, 5)], form=F, period=P)
    assert _recorded(office, "00004") == "calendar"
    typed.set_values([(row, 4, 5)], form=F, period=P, adopt_mode=True)
    assert _recorded(office, "00004") == "cutoff"
    assert held_figures(office) == {"Hộ tịch": {4: 5}}


def test_the_preview_names_the_sender_as_the_office_s_catalogue_does(
    office: Services, tmp_path: Path
) -> None:
    """A unit on an older release may spell its name otherwise: the catalogue's is shown."""
    spelt = PackageUnit("00004", "P. Ba Đình", "2025", "01")
    first = package(tmp_path / "v1.egov", {"Hộ tịch": {4: 1}}, unit=spelt)
    assert office.package_import.preview(first).unit_name == "Phường Ba Đình"
    assert office.package_import.preview(first).sent_name == "P. Ba Đình"
    assert office.package_import.apply(first).unit_name == "Phường Ba Đình"
    later = package(tmp_path / "v2.egov", {"Hộ tịch": {4: 2}}, unit=spelt, version=2)
    assert office.package_import.preview(later).unit_name == "Phường Ba Đình"


def test_a_batch_runs_with_the_cycle_collector_paused(
    office: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    writer = office.package_import._writer
    write = writer.apply_planned
    during: list[bool] = []

    def watched(*args: object, **kwargs: object) -> dto.PackagePreview:
        during.append(gc.isenabled())
        return write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "apply_planned", watched)
    first = package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4}})
    office.package_import.apply_many([first, tmp_path / "missing.egov"])
    assert during == [False] and gc.isenabled()


def test_a_package_naming_its_unit_otherwise_carries_the_name_it_sent(
    office: Services, tmp_path: Path
) -> None:
    """A mistyped unit code may name another commune: the preview says so, the import goes on."""
    sent = PackageUnit("00004", "Xã Cũ A", "2025", "01")
    path = package(tmp_path / "v1.egov", {"Hộ tịch": {4: 1}}, unit=sent)
    preview = office.package_import.preview(path)
    assert (preview.status, preview.unit_name, preview.sent_name) == (
        dto.IMPORTED,
        "Phường Ba Đình",
        "Xã Cũ A",
    )
    assert office.package_import.apply(path).sent_name == "Xã Cũ A"
    assert held_figures(office) == {"Hộ tịch": {4: 1}}
    # The unit now held by the office: its stored name is the one compared.
    later = package(tmp_path / "v2.egov", {"Hộ tịch": {4: 2}}, unit=sent, version=2)
    assert office.package_import.preview(later).sent_name == "Xã Cũ A"
    same = package(tmp_path / "v3.egov", {"Hộ tịch": {4: 3}}, version=3)
    assert office.package_import.preview(same).sent_name == ""


@pytest.mark.parametrize(
    "spelt",
    [
        "Phường Ba Đình",
        "phường ba đình",
        "PHƯỜNG BA ĐÌNH",
        "  Phường   Ba\tĐình ",
    ],
)
def test_the_same_name_otherwise_cased_spaced_or_composed_is_not_flagged(
    office: Services, tmp_path: Path, spelt: str
) -> None:
    path = package(tmp_path / "p.egov", {"Hộ tịch": {4: 1}}, unit=replace(UNIT, name=spelt))
    preview = office.package_import.preview(path)
    assert (preview.unit_name, preview.sent_name) == ("Phường Ba Đình", "")
