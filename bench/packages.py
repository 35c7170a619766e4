"""An office imports 100 commune packages (30 sectors each) beside the bare unzip-and-parse.

The floor is `read_package` on each file: open the zip, check the manifest and the payload's
SHA-256, parse the JSON. The figure is `PackageImportService.apply_many` on the same files into
a fresh aggregating office (the office picks the 100 files, or they sit in its inbox folder):
the same read and checks, the unit check against the catalogue, the preview against what the
office holds, one backup before the batch and one transaction with every value's audit row.
Target: at most 2x; the exit status is 1 when it is missed.

For reference (no target): the same files imported one by one with `apply`, as an office that
opens each file apart does (a backup and a committed transaction for each: 100 of both); the
read plus a bare INSERT of the same figures (what storing them costs at least); and the literal
unzip-and-parse (zip entries read, payload hashed, JSON loaded: no checks, no objects), to show
how generous the floor already is.

Run: .venv/bin/python bench/packages.py [--units N] [--sectors N] [--runs N]
(each figure the median of its runs, 5 unless given: one run is a cold start.)
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
import zipfile
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from egov_desktop.bootstrap import open_services  # noqa: E402
from egov_desktop.config import AppPaths  # noqa: E402
from egov_desktop.exchange.package import (  # noqa: E402
    Manifest,
    Package,
    PackagePeriod,
    PackageStatus,
    PackageUnit,
    PackageValue,
    package_filename,
    read_package,
    write_package,
)
from egov_desktop.services.sectors import default_sectors  # noqa: E402
from egov_desktop.services.setup import SetupRequest  # noqa: E402
from egov_desktop.services.units import load_catalog  # noqa: E402

TARGET = 2.0
PERIOD = "2025-Q3"


def sector_names(n: int) -> list[str]:
    names = list(default_sectors())
    return (names + [f"Lĩnh vực khác {i}" for i in range(n)])[:n]


def write_packages(folder: Path, units: int, sectors: int) -> list[Path]:
    """One package per commune of Hà Nội, every II.06a column of every sector filled."""
    communes = load_catalog("2025").communes(province_code="01")[:units]
    paths = []
    for number, unit in enumerate(communes):
        values = []
        for index, name in enumerate(sector_names(sectors)):
            base = (number * 7 + index * 3) % 40 + 1
            row = {4: base, 5: base // 2, 6: 1, 8: base, 9: base // 2, 10: 0, 12: 1, 13: 0}
            row[3], row[7], row[11] = row[4] + row[5] + row[6], row[8] + row[9] + row[10], 1
            values += [
                PackageValue("II.06a", PERIOD, f"sector:{name}", name, col, value, "typed")
                for col, value in sorted(row.items())
            ]
        manifest = Manifest(
            package_id=uuid.uuid4().hex,
            version=1,
            kind="report",
            unit=PackageUnit(unit.code, unit.name, "2025", unit.province_code),
            periods=(PackagePeriod(PERIOD, "cutoff", date(2025, 6, 15), date(2025, 9, 14)),),
            forms=("II.06a",),
            created_at=datetime(2025, 9, 18, 9, 0),
            officer="Cán bộ một cửa",
            app_version="bench",
        )
        path = folder / package_filename(unit.code, PERIOD, 1)
        write_package(
            path, Package(manifest, tuple(values), (PackageStatus("II.06a", PERIOD, "done"),))
        )
        paths.append(path)
    return paths


def floor(paths: list[Path]) -> float:
    start = time.perf_counter()
    for path in paths:
        read_package(path)
    return time.perf_counter() - start


def literal_floor(paths: list[Path]) -> float:
    """Unzip and parse with nothing else: the manifest and payload read, hashed and loaded."""
    start = time.perf_counter()
    for path in paths:
        with zipfile.ZipFile(path) as archive:
            json.loads(archive.read("manifest.json"))
            payload = archive.read("payload.json")
            hashlib.sha256(payload).hexdigest()
            json.loads(payload)
    return time.perf_counter() - start


def floor_with_writes(root: Path, paths: list[Path]) -> float:
    """The same read, then the figures alone written with a bare INSERT into an office's table.

    Not the target's floor: it shows how much of the ratio storing the figures costs at least
    (each report row's figures as one JSON object, as the office stores them; no checks, no
    preview, no sectors, no audit, no backup).
    """
    services = open_services(AppPaths.resolve(root / "bare-writes"))
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator", officer="Bench"))
    services.close()
    db = sqlite3.connect(root / "bare-writes" / "egov.sqlite")
    try:
        db.execute("PRAGMA synchronous=FULL")
        db.execute("DELETE FROM report_row")
        db.commit()
        start = time.perf_counter()
        for unit, path in enumerate(paths, start=1000):
            rows: dict[tuple[str, str, str], dict[str, list[object]]] = {}
            for v in read_package(path).values:
                rows.setdefault((v.form, v.period, v.row_key), {})[str(v.column)] = [
                    v.value,
                    "package",
                ]
            db.executemany(
                "INSERT INTO report_row (unit_id, form, period, row_key, cells)"
                " VALUES (?, ?, ?, ?, ?)",
                [(unit, *key, json.dumps(cells)) for key, cells in rows.items()],
            )
        db.commit()
        return time.perf_counter() - start
    finally:
        db.close()


def figure(root: Path, name: str, paths: list[Path], batch: bool = True) -> tuple[float, float]:
    """(seconds for all imports, seconds of them spent making backups).

    `batch`: `apply_many` on the 100 files (what the receive page and `egov package import`
    do); otherwise `apply` file by file, each with its own backup.
    """
    services = open_services(AppPaths.resolve(root / name))
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator", officer="Bench"))
    backups = 0.0
    create = services.backups.create

    def timed_backup(reason: str = "manual"):  # type: ignore[no-untyped-def]
        nonlocal backups
        start = time.perf_counter()
        try:
            return create(reason)
        finally:
            backups += time.perf_counter() - start

    services.backups.create = timed_backup  # type: ignore[method-assign]
    start = time.perf_counter()
    if batch:
        results = [r for _p, r in services.package_import.apply_many(paths)]
    else:
        results = [services.package_import.apply(path) for path in paths]
    took = time.perf_counter() - start
    for result in results:
        assert getattr(result, "status", result) == "imported", result
    totals = services.entry.aggregated(form="II.06a", period=PERIOD)
    assert len(totals) == len(paths), "every unit must be in the aggregate"
    services.close()
    return took, backups


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--sectors", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        folder = root / "usb"
        folder.mkdir()
        paths = write_packages(folder, args.units, args.sectors)
        floors: list[float] = []
        literal: list[float] = []
        writes: list[float] = []
        runs: dict[bool, list[tuple[float, float]]] = {True: [], False: []}
        for run in range(args.runs):
            floors.append(floor(paths))
            literal.append(literal_floor(paths))
            writes.append(floor_with_writes(root / f"bare{run}", paths))
            for batch in (True, False):
                runs[batch].append(figure(root, f"office{run}-{batch}", paths, batch))
        bare = statistics.median(floors)
        done = statistics.median(t for t, _b in runs[True])
        backup = statistics.median(b for _t, b in runs[True])
        ratio = done / bare
        print(
            f"apply_many (one batch): {args.units} packages ({args.sectors} sectors each) in "
            f"{done:.3f} s, floor (bare unzip-and-parse) {bare:.3f} s, ratio {ratio:.2f}x "
            f"(target <= {TARGET}x) {'ok' if ratio <= TARGET else 'SLOW'}"
        )
        print(f"  of which the backup before the batch: {backup:.3f} s ({backup / done:.0%})")
        apart = statistics.median(t for t, _b in runs[False])
        backups = statistics.median(b for _t, b in runs[False])
        print(
            f"for reference: the same files imported one by one (apply) take {apart:.3f} s, "
            f"{apart / bare:.2f}x the floor, of which {backups:.3f} s ({backups / apart:.0%}) "
            f"are the {args.units} backups, one before each file"
        )
        bare_writes = statistics.median(writes)
        print(
            f"for reference: the same read plus a bare INSERT of the figures takes "
            f"{bare_writes:.3f} s, {bare_writes / bare:.2f}x the floor; the batch import is "
            f"{statistics.median(t for t, _b in runs[True]) / bare_writes:.2f}x that"
        )
        bare_zip = statistics.median(literal)
        print(
            f"for reference: the literal unzip-and-parse (no checks, no objects) takes "
            f"{bare_zip:.3f} s; the floor above is {bare / bare_zip:.2f}x that"
        )
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
