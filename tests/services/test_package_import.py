"""The office's side of the exchange: refusals that write nothing, new sectors, clears, audit."""

from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import asdict
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
from tests.packages import CUTOFF, OTHER, F, P, package


@pytest.fixture
def office(services: Services) -> Services:
    """Services of a data folder bound to the Hà Nội office that aggregates its communes."""
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator", officer="Lê Văn Cường"))
    return services


def figures(office: Services) -> dict[str, dict[int, int | None]]:
    """The 00004 figures the office holds, by sector name (filled cells only)."""
    grid = office.entry.grid(form=F, period=P, unit="00004")
    return {
        row.sector: {c: v for c, v in row.values.items() if v is not None}
        for row in grid.rows
        if any(v is not None for v in row.values.values())
    }


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


def test_new_sectors_are_created_for_that_unit(office: Services, tmp_path: Path) -> None:
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 4, 4: 4}, "Nghề cá ven bờ": {3: 2, 4: 2}})
    done = office.package_import.apply(path)
    assert done.status == dto.IMPORTED and done.new_unit and done.backup
    assert figures(office) == {"Hộ tịch": {3: 4, 4: 4}, "Nghề cá ven bờ": {3: 2, 4: 2}}
    # The office's own list of sectors does not grow with a commune's.
    assert "Nghề cá ven bờ" not in {s.name for s in office.sectors.list(include_hidden=True)}


def test_a_figure_the_package_no_longer_holds_is_cleared(office: Services, tmp_path: Path) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 3, 5: 1}}))
    later = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 4, 4: 4}}, version=2)

    preview = office.package_import.preview(later)
    assert {(c.column, c.old, c.new) for c in preview.changes} == {(4, 3, 4), (5, 1, None)}
    office.package_import.apply(later)
    assert figures(office) == {"Hộ tịch": {3: 4, 4: 4}}


def test_each_figure_names_the_package_version_it_came_from(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    office.package_import.apply(package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 4}}, version=2))
    figures = office.provenance.behind(form=F, period=P)
    assert [(f.column, f.value, f.kind, f.version, f.state) for f in figures] == [
        (3, 5, "package", 2, dto.IMPORTED),
        # Unchanged by v2: it came in v1 and stands on v2, which is in force.
        (4, 4, "package", 1, dto.IMPORTED),
    ]
    assert [f.current_version for f in figures] == [2, 2]
    assert all(f.unit_code == "00004" and f.row == "Hộ tịch" for f in figures)
    assert figures[0].received_at is not None


def test_the_audit_trail_holds_each_package_and_every_figure_it_changed(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 3}}))
    office.package_import.apply(package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5}}, version=2))
    with office.database.uow() as uow:
        rows = [
            (a.entity, a.source, a.field, a.old_value, a.new_value)
            for a in reversed(uow.audit.recent(100))
            if a.entity in ("report_value", "received_package")
        ]
    # A new figure's history starts at its row, which names v1; changes and clears are kept.
    assert rows == [
        ("received_package", "package:00004:v1", "state", None, "imported: 2"),
        ("report_value", "package:00004:v2", "col3", "4", "5"),
        ("report_value", "package:00004:v2", "col4", "3", None),
        ("received_package", "package:00004:v2", "state", None, "imported: 2"),
    ]


def test_a_package_figure_the_office_declines_stays_in_the_history(
    office: Services, tmp_path: Path
) -> None:
    office.entry.set_values(
        [(office.entry.find_row(form=F, name="Hộ tịch", unit="00004"), 3, 7)],
        form=F,
        period=P,
        unit="00004",
    )
    path = package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}})
    done = office.package_import.apply(path, prefer=dto.PREFER_OFFICE)
    assert done.status == dto.IMPORTED
    assert figures(office) == {"Hộ tịch": {3: 7, 4: 4}}
    with office.database.uow() as uow:
        declined = [a for a in uow.audit.recent(100) if a.entity == "declined_value"]
    assert [(a.field, a.old_value, a.new_value, a.source) for a in declined] == [
        ("col3", "7", "4", "package:00004:v1")
    ]
    kinds = {f.column: f.kind for f in office.provenance.behind(form=F, period=P)}
    assert kinds == {3: "typed", 4: "package"}


def test_two_versions_of_a_new_unit_in_one_batch_keep_the_newer(
    office: Services, tmp_path: Path
) -> None:
    first = package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4}})
    second = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 6}, "Đất đai": {3: 1}}, version=2)
    results = office.package_import.apply_many([first, second])
    assert [getattr(r, "status", r) for _p, r in results] == [dto.IMPORTED, dto.IMPORTED]
    assert figures(office) == {"Hộ tịch": {3: 6}, "Đất đai": {3: 1}}
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
    assert figures(office) == {"Hộ tịch": {3: 6}}


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


def _states(office: Services) -> list[tuple[int, str, str | None]]:
    """(version, state, stored file) of 00004's received packages, newest first."""
    with office.database.uow() as uow:
        unit = uow.units.find("2025", "00004")
        assert unit is not None
        return [
            (r.version, r.state, r.stored_file)
            for r in uow.received_packages.for_unit_period(unit.id, P)
        ]


def _accepted_then_queued(office: Services, tmp_path: Path) -> Path:
    """v1 imported and accepted; v2 waits as an update request. Returns v2's stored copy."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    office.package_import.accept("00004", P, tmp_path / "replies")
    later = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 6, 4: 5}}, version=2)
    assert office.package_import.apply(later).status == dto.QUEUED
    ((_v, _s, stored), _accepted) = _states(office)
    assert stored is not None
    return office.paths.data_dir / stored


def test_an_update_request_is_kept_relative_to_the_data_folder(
    office: Services, tmp_path: Path
) -> None:
    _accepted_then_queued(office, tmp_path)
    ((version, state, stored), accepted) = _states(office)
    assert (version, state, accepted[:2]) == (2, dto.QUEUED, (1, dto.ACCEPTED))
    assert stored is not None and not Path(stored).is_absolute()
    assert stored.startswith("packages/queued/") and (office.paths.data_dir / stored).is_file()


@pytest.mark.parametrize("damage", ["deleted", "truncated", "another package"])
def test_an_unreadable_update_request_changes_nothing(
    office: Services, tmp_path: Path, damage: str
) -> None:
    stored = _accepted_then_queued(office, tmp_path)
    if damage == "deleted":
        stored.unlink()
    elif damage == "truncated":
        stored.write_bytes(stored.read_bytes()[:100])
    else:
        package(stored, {"Hộ tịch": {3: 9}}, version=2)
    before, backups = _states(office), list(office.paths.backups.glob("*"))
    with pytest.raises(ValidationError) as caught:
        office.package_import.apply_queued("00004", P)
    assert "gói cập nhật v2 của đơn vị 00004" in caught.value.message
    assert "Chưa thay đổi gì" in caught.value.message
    assert _states(office) == before  # still queued behind the accepted v1
    assert figures(office) == {"Hộ tịch": {3: 4, 4: 4}}
    assert list(office.paths.backups.glob("*")) == backups


def test_an_applied_update_request_leaves_no_copy_behind(office: Services, tmp_path: Path) -> None:
    _accepted_then_queued(office, tmp_path)
    done = office.package_import.apply_queued("00004", P)
    assert done.status == dto.IMPORTED and done.backup
    assert figures(office) == {"Hộ tịch": {3: 6, 4: 5}}
    assert _states(office) == [(2, dto.IMPORTED, None), (1, "superseded", None)]
    assert not list(office.paths.queued_packages.iterdir())
    with pytest.raises(ValidationError) as caught:
        office.package_import.apply_queued("00004", P)
    assert "đang chờ" in caught.value.message


def test_an_update_request_stored_with_an_absolute_path_is_still_applied(
    office: Services, tmp_path: Path
) -> None:
    stored = _accepted_then_queued(office, tmp_path)
    with office.database.uow() as uow:
        row = uow.received_packages.for_unit_period(uow.units.find("2025", "00004").id, P)[0]  # type: ignore[union-attr]
        row.stored_file = str(stored.resolve())  # as earlier releases kept it
    assert office.package_import.apply_queued("00004", P).status == dto.IMPORTED
    assert figures(office) == {"Hộ tịch": {3: 6, 4: 5}}
    assert not stored.exists()


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
    assert figures(office) == {"Hộ tịch": {3: 4}}


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
    assert nothing_written(office, "00008") and figures(office) == {"Hộ tịch": {3: 4}}


def test_genuine_packages_of_two_units_never_collide(office: Services, tmp_path: Path) -> None:
    ours = package(tmp_path / "a.egov", {"Hộ tịch": {3: 4}})
    theirs = package(tmp_path / "b.egov", {"Hộ tịch": {3: 6}}, unit=OTHER)
    results = office.package_import.apply_many([ours, theirs])
    assert [getattr(r, "status", r) for _p, r in results] == [dto.IMPORTED, dto.IMPORTED]
    assert office.package_import.preview(theirs).status == dto.UNCHANGED
    assert office.package_import.apply(ours).status == dto.UNCHANGED
    assert figures(office) == {"Hộ tịch": {3: 4}}


def test_figures_the_office_keeps_are_not_counted_as_changed(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values([(row, 3, 7), (row, 4, 8)], form=F, period=P, unit="00004")
    later = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 6, 5: 1}}, version=2)
    assert len(office.package_import.preview(later).conflicts) == 2
    done = office.package_import.apply(later, prefer=dto.PREFER_OFFICE)
    assert done.status == dto.IMPORTED and figures(office) == {"Hộ tịch": {3: 7, 4: 8, 5: 1}}
    assert [(c.column, c.old, c.new) for c in done.changes] == [(5, None, 1)]
    assert (done.declined, done.unchanged, done.conflicts) == (2, 2, ())
    assert _states(office)[0][:2] == (2, dto.IMPORTED)
    with office.database.uow() as uow:
        unit = uow.units.find("2025", "00004")
        assert unit is not None
        assert uow.received_packages.for_unit_period(unit.id, P)[0].changed == 1
        said = [a.new_value for a in uow.audit.recent(100) if a.entity == "received_package"]
    assert said[0] == "imported: 1"


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
        "Gói p.egov là báo cáo của Phường Vĩnh Phúc (mã cũ 00006) cho kỳ 2025-Q3 (15/06/2025 – "
        "14/09/2025), kết thúc sau ngày 30/06/2025: các kỳ này do Phường Ngọc Hà (mã 00008), "
        "đơn vị tiếp nhận Phường Vĩnh Phúc từ ngày 01/07/2025, báo cáo; gói bị từ chối."
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
    assert message.startswith(f"Gói p.egov là báo cáo kỳ 2025-Q3 ({window.start:%d/%m/%Y} – ")
    assert "cấp huyện không còn từ ngày 01/07/2025" in message
    assert "Quận Ba Đình chỉ nhận báo cáo các kỳ kết thúc đến ngày 30/06/2025" in message
    assert not list(services.paths.backups.glob("*"))
    figures = {"Hộ tịch": {3: 1}}
    early = package(tmp_path / "q.egov", figures, unit=OLD_COMMUNE, window=BEFORE_REFORM)
    assert services.package_import.apply(early).status == dto.IMPORTED


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
    assert figures(office) == {"Hộ tịch": {4: 2}}


def test_the_office_s_sheets_warn_of_units_counted_in_another_mode(
    office: Services, tmp_path: Path
) -> None:
    assert office.entry.mode_warnings(form=F, period=P) == []
    office.package_import.apply(package(tmp_path / "a.egov", {"Hộ tịch": {4: 1}}, window=CALENDAR))
    office.package_import.apply(package(tmp_path / "b.egov", {"Hộ tịch": {4: 2}}, unit=OTHER))
    # The office types a unit's figures itself: in its own mode.
    typed = UnitEntry(office.entry, "00025")
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00025")
    typed.set_values([(row, 4, 3)], form=F, period=P)
    assert _recorded(office, "00025") == "cutoff"
    [warning] = office.entry.mode_warnings(form=F, period=P)
    assert "01/07/2025 – 30/09/2025" in warning and "15/06/2025 – 14/09/2025" in warning
    assert "1 đơn vị" in warning and warning.endswith("Phường Ba Đình (00004).")
    # The sheet in calendar mode: the other two are the ones counted otherwise.
    [other] = office.entry.mode_warnings(form=F, period=P, mode="calendar")
    assert "2 đơn vị" in other and "(00008)" in other and "(00025)" in other
    # Still summed: the office decides.
    assert sum(u.values.get(4, 0) for u in office.entry.aggregated(form=F, period=P)) == 6
    assert office.entry.mode_warnings(form="766", period=P) == []


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
    assert figures(office) == {"Hộ tịch": {4: 5}}
