"""Writing an imported package: new sectors, clears, versions, the audit trail, declined figures."""

from __future__ import annotations

from pathlib import Path

from egov_desktop.bootstrap import Services
from egov_desktop.services import exchange_dto as dto
from tests.packages import F, P, held_figures, package, received_states


def test_new_sectors_are_created_for_that_unit(office: Services, tmp_path: Path) -> None:
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 4, 4: 4}, "Nghề cá ven bờ": {3: 2, 4: 2}})
    done = office.package_import.apply(path)
    assert done.status == dto.IMPORTED and done.new_unit and done.backup
    assert held_figures(office) == {"Hộ tịch": {3: 4, 4: 4}, "Nghề cá ven bờ": {3: 2, 4: 2}}
    # The office's own list of sectors does not grow with a commune's.
    assert "Nghề cá ven bờ" not in {s.name for s in office.sectors.list(include_hidden=True)}


def test_a_figure_the_package_no_longer_holds_is_cleared(office: Services, tmp_path: Path) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 3, 5: 1}}))
    later = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 4, 4: 4}}, version=2)

    preview = office.package_import.preview(later)
    assert {(c.column, c.old, c.new) for c in preview.changes} == {(4, 3, 4), (5, 1, None)}
    office.package_import.apply(later)
    assert held_figures(office) == {"Hộ tịch": {3: 4, 4: 4}}


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
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 4}}
    with office.database.uow() as uow:
        declined = [a for a in uow.audit.recent(100) if a.entity == "declined_value"]
    assert [(a.field, a.old_value, a.new_value, a.source) for a in declined] == [
        ("col3", "7", "4", "package:00004:v1")
    ]
    kinds = {f.column: f.kind for f in office.provenance.behind(form=F, period=P)}
    assert kinds == {3: "typed", 4: "package"}


def test_figures_the_office_keeps_are_not_counted_as_changed(
    office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values([(row, 3, 7), (row, 4, 8)], form=F, period=P, unit="00004")
    later = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 6, 5: 1}}, version=2)
    assert len(office.package_import.preview(later).conflicts) == 2
    done = office.package_import.apply(later, prefer=dto.PREFER_OFFICE)
    assert done.status == dto.IMPORTED and held_figures(office) == {"Hộ tịch": {3: 7, 4: 8, 5: 1}}
    assert [(c.column, c.old, c.new) for c in done.changes] == [(5, None, 1)]
    assert (done.declined, done.unchanged, done.conflicts) == (2, 2, ())
    assert received_states(office)[0][:2] == (2, dto.IMPORTED)
    with office.database.uow() as uow:
        unit = uow.units.find("2025", "00004")
        assert unit is not None
        assert uow.received_packages.for_unit_period(unit.id, P)[0].changed == 1
        said = [a.new_value for a in uow.audit.recent(100) if a.entity == "received_package"]
    assert said[0] == "imported: 1"


def test_a_new_unit_s_empty_figures_are_counted_unchanged_not_stored(
    office: Services, tmp_path: Path
) -> None:
    path = package(tmp_path / "p.egov", {"Hộ tịch": {3: 4, 4: None}, "Đất đai": {3: None}})
    preview = office.package_import.preview(path)
    assert [(c.row, c.column, c.old, c.new) for c in preview.changes] == [("Hộ tịch", 3, None, 4)]
    assert preview.unchanged == 2 and preview.new_unit
    [(_path, done)] = office.package_import.apply_many([path])
    assert isinstance(done, dto.PackagePreview) and done.status == dto.IMPORTED
    # Read after the write: what the preview showed, the figures stored left as they were sent.
    assert done.changes == preview.changes and done.unchanged == 2
    assert held_figures(office) == {"Hộ tịch": {3: 4}}
    with office.database.uow() as uow:
        received = uow.received_packages.for_period(P)
        assert [(r.version, r.changed) for _unit, r in received] == [(1, 1)]
