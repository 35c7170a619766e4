"""Update requests waiting behind an accepted period: kept, applied, refused when unreadable."""

from __future__ import annotations

from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.unit_entry import UnitEntry
from tests.packages import F, P, held_figures, package, received_states


def _accepted_then_queued(office: Services, tmp_path: Path) -> Path:
    """v1 imported and accepted; v2 waits as an update request. Returns v2's stored copy."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    office.package_import.accept("00004", P, tmp_path / "replies")
    later = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 6, 4: 5}}, version=2)
    assert office.package_import.apply(later).status == dto.QUEUED
    ((_v, _s, stored), _accepted) = received_states(office)
    assert stored is not None
    return office.paths.data_dir / stored


def test_an_update_request_is_kept_relative_to_the_data_folder(
    office: Services, tmp_path: Path
) -> None:
    _accepted_then_queued(office, tmp_path)
    ((version, state, stored), accepted) = received_states(office)
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
    before, backups = received_states(office), list(office.paths.backups.glob("*"))
    with pytest.raises(ValidationError) as caught:
        office.package_import.apply_queued("00004", P)
    assert "gói cập nhật v2 của đơn vị 00004" in caught.value.message
    assert "Chưa thay đổi gì" in caught.value.message
    assert received_states(office) == before  # still queued behind the accepted v1
    assert held_figures(office) == {"Hộ tịch": {3: 4, 4: 4}}
    assert list(office.paths.backups.glob("*")) == backups


def test_an_applied_update_request_leaves_no_copy_behind(office: Services, tmp_path: Path) -> None:
    _accepted_then_queued(office, tmp_path)
    done = office.package_import.apply_queued("00004", P)
    assert done.status == dto.IMPORTED and done.backup
    assert held_figures(office) == {"Hộ tịch": {3: 6, 4: 5}}
    assert received_states(office) == [(2, dto.IMPORTED, None), (1, "superseded", None)]
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
    assert held_figures(office) == {"Hộ tịch": {3: 6, 4: 5}}
    assert not stored.exists()


def _typed_over_accepted(office: Services, tmp_path: Path) -> Path:
    """v1 accepted (Hộ tịch 4, 4), then the office typed (4) = 3: v2 (6, 5) to be queued."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    office.package_import.accept("00004", P, tmp_path / "replies")
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    UnitEntry(office.entry, "00004").set_values([(row, 4, 3)], form=F, period=P)
    return package(tmp_path / "v2.egov", {"Hộ tịch": {3: 6, 4: 5}}, version=2)


def test_an_update_request_asks_before_changing_a_figure_the_office_typed(
    office: Services, tmp_path: Path
) -> None:
    """The office typed Hộ tịch (4) while v1 was accepted; v2 changes it: the office chooses."""
    later = _typed_over_accepted(office, tmp_path)
    assert office.package_import.apply(later, prefer=dto.PREFER_OFFICE).status == dto.QUEUED
    preview = office.package_import.preview_queued("00004", P)
    assert [(c.column, c.old, c.new) for c in preview.conflicts] == [(4, 3, 5)]
    before, backups = received_states(office), list(office.paths.backups.glob("*"))
    undecided = office.package_import.apply_queued("00004", P)
    assert undecided.status == dto.CONFLICT
    assert held_figures(office) == {"Hộ tịch": {3: 4, 4: 3}}
    assert received_states(office) == before
    assert list(office.paths.backups.glob("*")) == backups
    done = office.package_import.apply_queued("00004", P, prefer=dto.PREFER_OFFICE)
    assert done.status == dto.IMPORTED and done.declined == 1
    assert held_figures(office) == {"Hộ tịch": {3: 6, 4: 3}}
    assert [s[:2] for s in received_states(office)] == [(2, dto.IMPORTED), (1, "superseded")]


def test_an_update_request_takes_the_package_s_figure_when_chosen(
    office: Services, tmp_path: Path
) -> None:
    later = _typed_over_accepted(office, tmp_path)
    assert office.package_import.apply(later, prefer=dto.PREFER_PACKAGE).status == dto.QUEUED
    (change,) = office.package_import.preview_queued("00004", P).conflicts
    done = office.package_import.apply_queued("00004", P, choices={change.key: dto.PREFER_PACKAGE})
    assert done.status == dto.IMPORTED and done.declined == 0
    assert held_figures(office) == {"Hộ tịch": {3: 6, 4: 5}}


def test_a_package_to_wait_as_an_update_request_asks_nothing_at_its_import(
    office: Services, tmp_path: Path
) -> None:
    """Its conflicts are decided when the request is applied, against the figures then."""
    later = _typed_over_accepted(office, tmp_path)
    preview = office.package_import.preview(later)
    assert preview.status == dto.QUEUED and len(preview.conflicts) == 1
    assert office.package_import.apply(later).status == dto.QUEUED
    assert [s[:2] for s in received_states(office)] == [(2, dto.QUEUED), (1, dto.ACCEPTED)]
    assert held_figures(office) == {"Hộ tịch": {3: 4, 4: 3}}
    again = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 6, 4: 5}}, version=3)
    ((_path, done),) = office.package_import.apply_many([again])
    assert isinstance(done, dto.PackagePreview) and done.status == dto.QUEUED
