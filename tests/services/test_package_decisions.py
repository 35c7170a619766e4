"""A package value the office declined is not asked about again when a later version repeats it."""

from __future__ import annotations

from pathlib import Path

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.services import exchange_dto as dto
from tests.packages import F, P, held_figures, package, received_states


def _declined_at_v2(office: Services, tmp_path: Path) -> None:
    """v1 imported; the office types 7 in (3); v2 brings 5 there and the office keeps its 7."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    _type(office, 3, 7)
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 4}}, version=2)
    assert [(c.column, c.old, c.new) for c in office.package_import.preview(v2).conflicts] == [
        (3, 7, 5)
    ]
    assert office.package_import.apply(v2, prefer=dto.PREFER_OFFICE).status == dto.IMPORTED


def _queued_after_decline(office: Services, tmp_path: Path) -> None:
    """As `_declined_at_v2`, then v2 accepted and v3 (5 again in (3)) waiting behind it."""
    _declined_at_v2(office, tmp_path)
    office.package_import.accept("00004", P, tmp_path / "replies")
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=3)
    assert office.package_import.apply(v3).status == dto.QUEUED


def _type(office: Services, column: int, value: int) -> None:
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values([(row, column, value)], form=F, period=P, unit="00004")


def _declined(office: Services) -> list[tuple[str, str | None, str | None, str]]:
    """(field, office's figure, package's figure, source) of the declined figures, oldest first."""
    with office.database.uow() as uow:
        rows = [a for a in uow.audit.recent(500) if a.entity == "declined_value"]
    return [(a.field, a.old_value, a.new_value, a.source) for a in reversed(rows)]


def test_the_same_declined_value_is_kept_as_decided_then_another_is_a_conflict_again(
    office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    # v3 corrects another figure and brings the declined 5 again: nothing to ask.
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=3)
    preview = office.package_import.preview(v3)
    assert preview.status == dto.IMPORTED and preview.conflicts == ()
    assert [(c.column, c.old, c.new) for c in preview.changes] == [(4, 4, 6)]
    ((kept, version, _at),) = preview.decided_before
    assert (kept.column, kept.old, kept.new, version) == (3, 7, 5, 2)
    assert (preview.declined, preview.unchanged) == (1, 1)
    done = office.package_import.apply(v3)  # no --prefer needed
    assert done.status == dto.IMPORTED and done.declined == 1
    assert [(c.column, c.new) for c in done.changes] == [(4, 6)]
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 6}}
    assert received_states(office)[0][:2] == (3, dto.IMPORTED)
    with office.database.uow() as uow:
        said = [a.new_value for a in uow.audit.recent(100) if a.entity == "received_package"]
    assert said[0] == "imported: 1"  # the figure kept is not counted as changed
    # The history still holds the package's value, for this version too.
    assert _declined(office) == [
        ("col3", "7", "5", "package:00004:v2"),
        ("col3", "7", "5", "package:00004:v3"),
    ]
    # v4 brings another value: the office has not decided on it.
    v4 = package(tmp_path / "v4.egov", {"Hộ tịch": {3: 8, 4: 6}}, version=4)
    assert office.package_import.preview(v4).decided_before == ()
    refused = office.package_import.apply(v4)
    assert refused.status == dto.CONFLICT
    assert [(c.column, c.old, c.new) for c in refused.conflicts] == [(3, 7, 8)]
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 6}}


def test_the_choice_is_remembered_from_the_version_it_was_made_at(
    office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    office.package_import.apply(package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5}}, version=3))
    v4 = package(tmp_path / "v4.egov", {"Hộ tịch": {3: 5, 4: 1}}, version=4)
    ((_kept, version, _at),) = office.package_import.preview(v4).decided_before
    assert version == 2  # v3 repeated the choice; the office made it at v2


def test_a_figure_the_office_changed_since_its_choice_is_asked_again(
    office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    _type(office, 3, 9)
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5, 4: 4}}, version=3)
    preview = office.package_import.preview(v3)
    assert [(c.column, c.old, c.new) for c in preview.conflicts] == [(3, 9, 5)]
    assert preview.decided_before == ()


def test_a_figure_the_office_took_from_a_package_since_is_not_a_choice_to_remember(
    office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    # v3 brings 6: the office takes it, then types its 7 back.
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 6, 4: 4}}, version=3)
    assert office.package_import.apply(v3, prefer=dto.PREFER_PACKAGE).status == dto.IMPORTED
    _type(office, 3, 7)
    v4 = package(tmp_path / "v4.egov", {"Hộ tịch": {3: 5, 4: 4}}, version=4)
    assert [(c.column, c.old, c.new) for c in office.package_import.preview(v4).conflicts] == [
        (3, 7, 5)
    ]


def test_a_cleared_figure_the_office_kept_is_not_asked_again(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    _type(office, 4, 3)
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 4}}, version=2)
    assert office.package_import.apply(v2, prefer=dto.PREFER_OFFICE).status == dto.IMPORTED
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5}}, version=3)
    done = office.package_import.apply(v3)
    assert done.status == dto.IMPORTED and held_figures(office) == {"Hộ tịch": {3: 5, 4: 3}}
    assert [(d.change.column, d.change.new) for d in done.decided_before] == [(4, None)]


def test_a_batch_imports_a_version_whose_conflicts_were_all_decided(
    office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=3)
    ((_path, done),) = office.package_import.apply_many([v3])
    assert isinstance(done, dto.PackagePreview)
    assert (done.status, done.declined) == (dto.IMPORTED, 1)
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 6}}


def test_an_update_request_repeating_a_declined_value_applies_without_a_choice(
    office: Services, tmp_path: Path
) -> None:
    _queued_after_decline(office, tmp_path)
    preview = office.package_import.preview_queued("00004", P)
    assert preview.conflicts == () and len(preview.decided_before) == 1
    done = office.package_import.apply_queued("00004", P)
    assert done.status == dto.IMPORTED
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 6}}
    assert _declined(office)[-1] == ("col3", "7", "5", "package:00004:v3")


def test_the_office_can_take_the_package_s_value_it_kept_before(
    office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=3)
    ((kept, _version, _at),) = office.package_import.preview(v3).decided_before
    done = office.package_import.apply(v3, choices={kept.key: dto.PREFER_PACKAGE})
    assert done.status == dto.IMPORTED and (done.declined, done.decided_before) == (0, ())
    assert [(c.column, c.old, c.new) for c in done.changes] == [(3, 7, 5), (4, 4, 6)]
    assert held_figures(office) == {"Hộ tịch": {3: 5, 4: 6}}
    assert [d[2:] for d in _declined(office)] == [("5", "package:00004:v2")]  # not again at v3
    # Keeping the office's figure by choice is the same as the remembered choice.
    _type(office, 3, 7)
    office.package_import.apply(
        package(tmp_path / "v4.egov", {"Hộ tịch": {3: 8, 4: 6}}, version=4),
        prefer=dto.PREFER_OFFICE,
    )
    v5 = package(tmp_path / "v5.egov", {"Hộ tịch": {3: 8, 4: 6}}, version=5)
    ((kept, _version, _at),) = office.package_import.preview(v5).decided_before
    office.package_import.apply(v5, choices={kept.key: dto.PREFER_OFFICE})
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 6}}


def test_reconsidering_asks_again_about_every_figure_kept_before(
    office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=3)
    preview = office.package_import.preview(v3, reconsider=True)
    assert preview.decided_before == () and (preview.declined, preview.unchanged) == (0, 0)
    assert [(c.column, c.old, c.new) for c in preview.conflicts] == [(3, 7, 5)]
    assert office.package_import.apply(v3, reconsider=True).status == dto.CONFLICT
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 4}}
    ((_path, done),) = office.package_import.apply_many(
        [v3], prefer=dto.PREFER_PACKAGE, reconsider=True
    )
    assert isinstance(done, dto.PackagePreview) and done.status == dto.IMPORTED
    assert held_figures(office) == {"Hộ tịch": {3: 5, 4: 6}}


def test_an_update_request_can_take_the_package_s_value_kept_before(
    office: Services, tmp_path: Path
) -> None:
    _queued_after_decline(office, tmp_path)
    asked = office.package_import.preview_queued("00004", P, reconsider=True)
    assert [(c.column, c.old, c.new) for c in asked.conflicts] == [(3, 7, 5)]
    ((kept, _version, _at),) = office.package_import.preview_queued("00004", P).decided_before
    done = office.package_import.apply_queued("00004", P, choices={kept.key: dto.PREFER_PACKAGE})
    assert done.status == dto.IMPORTED and done.declined == 0
    assert held_figures(office) == {"Hộ tịch": {3: 5, 4: 6}}


def test_a_figure_typed_while_the_import_backs_up_is_not_overwritten(
    office: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The import decides again in its writing transaction: a figure the office typed after
    the choices were checked (the window beside the CLI) is a conflict nobody decided."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=2)
    assert office.package_import.preview(v2).conflicts == ()
    backups = office.package_import._backups
    create = backups.create

    def typed_meanwhile(reason: str) -> object:
        made = create(reason)
        _type(office, 3, 7)
        return made

    monkeypatch.setattr(backups, "create", typed_meanwhile)
    refused = office.package_import.apply(v2)
    assert refused.status == dto.CONFLICT
    assert [(c.column, c.old, c.new) for c in refused.conflicts] == [(3, 7, 5)]
    assert refused.backup is not None
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 4}}
