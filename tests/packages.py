"""Commune packages written for the office's tests, as a commune's application writes them."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from pathlib import Path

from egov_desktop.bootstrap import Services
from egov_desktop.exchange.package import (
    Manifest,
    Package,
    PackagePeriod,
    PackageStatus,
    PackageUnit,
    PackageValue,
    write_package,
)
from tests.zips import uninflatable

P = "2025-Q3"
F = "II.06a"
UNIT = PackageUnit("00004", "Phường Ba Đình", "2025", "01")
OTHER = PackageUnit("00008", "Phường Ngọc Hà", "2025", "01")
#: Q3 2025 as 00004 counts it (NĐ 09/2019 cut-off, like the office).
CUTOFF = PackagePeriod(P, "cutoff", date(2025, 6, 15), date(2025, 9, 14))


def package(
    path: Path,
    figures: dict[str, dict[int, int | None]],
    *,
    version: int = 1,
    forms: tuple[str, ...] = (F,),
    form: str = F,
    agency_code: str = "",
    window: PackagePeriod = CUTOFF,
    app_version: str = "test",
    unit: PackageUnit = UNIT,
    created_at: datetime = datetime(2025, 9, 18, 9, 0),
) -> Path:
    """Write a package of `unit` (00004) with `figures` (sector -> column -> value) for `form`.

    The figures are of `window`'s period (Q3 2025 unless given). The sector "unit" is the unit's
    own row of a form whose rows are units (II.07b). Sent at `created_at` (Q3 is due 19/09).
    """
    values = tuple(
        PackageValue(form, window.code, *_row(name, unit), col, value, "typed")
        for name, columns in figures.items()
        for col, value in columns.items()
    )
    manifest = Manifest(
        package_id=uuid.uuid4().hex,
        version=version,
        kind="report" if version == 1 else "correction",
        unit=unit,
        periods=(window,),
        forms=forms,
        created_at=created_at,
        officer="Nguyễn Văn An",
        app_version=app_version,
        agency_code=agency_code,
    )
    write_package(path, Package(manifest, values, (PackageStatus(form, window.code, "done"),)))
    return path


def _row(name: str, unit: PackageUnit) -> tuple[str, str]:
    """(portable row key, row label) of a sector, or of the unit's own row ("unit")."""
    return ("unit", unit.name) if name == "unit" else (f"sector:{name}", name)


def damaged(path: Path, target: Path) -> Path:
    """A copy of `path` whose payload's compressed data no longer inflates."""
    return uninflatable(path, target, "payload.json")


def held_figures(office: Services) -> dict[str, dict[int, int | None]]:
    """The 00004 figures the office holds, by sector name (filled cells only)."""
    grid = office.entry.grid(form=F, period=P, unit="00004")
    return {
        row.sector: {c: v for c, v in row.values.items() if v is not None}
        for row in grid.rows
        if any(v is not None for v in row.values.values())
    }


def received_states(office: Services) -> list[tuple[int, str, str | None]]:
    """(version, state, stored file) of 00004's received packages, newest first."""
    with office.database.uow() as uow:
        unit = uow.units.find("2025", "00004")
        assert unit is not None
        return [
            (r.version, r.state, r.stored_file)
            for r in uow.received_packages.for_unit_period(unit.id, P)
        ]
