"""Opening the register screen on 1,000,000 dossiers: time to the first painted page and memory.

Each figure is measured in a fresh process (so that memory is the screen's own), beside its
floor: a bare Qt window with an empty QTableView shown the same way. Two openings are measured:
the default view (the current quarter) and the whole register (period filter off), which pages
through 1,000,000 rows. Targets: under 0.5 s to the first page, RSS under 250 MB.

Run: .venv/bin/python bench/register_screen.py [--dossiers N] [--reuse DATA_DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_S = 0.5
TARGET_RSS_MB = 250


def _rss_mb() -> float:
    """Peak resident memory of this process in MB.

    VmHWM belongs to the process image (ru_maxrss would carry the parent's peak over exec).
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(kind: str, data_dir: str) -> None:
    """Runs in its own process; prints one JSON line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    app = QApplication([])
    if kind == "floor":
        start = time.perf_counter()
        view = QTableView()
        view.resize(1200, 700)
        view.show()
        app.processEvents()
        view.grab()
        took = time.perf_counter() - start
        print(json.dumps({"seconds": took, "rss_mb": _rss_mb(), "rows": 0}))
        return
    from egov_desktop.bootstrap import open_services
    from egov_desktop.config import AppPaths
    from egov_desktop.ui.views.register_view import RegisterView

    services = open_services(AppPaths.resolve(Path(data_dir)))
    start = time.perf_counter()
    # "Today" inside the generated years, so that the current quarter holds real dossiers.
    screen = RegisterView(
        services.register,
        services.catalogue,
        services.register_import,
        period_mode=lambda: "cutoff",
        today=lambda: date(2025, 8, 20),
    )
    screen.resize(1200, 700)
    if kind == "whole":
        screen.by_period.setChecked(False)
    screen.show()
    screen.refresh()
    app.processEvents()
    screen.grab()  # the first page is really painted
    took = time.perf_counter() - start
    rows = screen.model.rowCount()
    services.close()
    print(json.dumps({"seconds": took, "rss_mb": _rss_mb(), "rows": rows}))


def _run(kind: str, data_dir: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--reuse", data_dir],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if done.returncode != 0:
        raise SystemExit(f"{kind} run failed:\n{done.stderr}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument(
        "--reuse", help="data folder holding a generated register (generated there if missing)"
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.reuse or "")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = args.reuse
        if data_dir is None or not Path(data_dir).exists():
            from bench.register import fill_register, fresh

            root = Path(data_dir).parent if data_dir else Path(tmp)
            services = fresh(root, Path(data_dir).name if data_dir else "big")
            start = time.perf_counter()
            fill_register(services.paths.database, args.dossiers)
            services.close()
            data_dir = str(services.paths.data_dir)
            print(f"generated {args.dossiers:,} dossiers in {time.perf_counter() - start:.1f} s")
        slow = False
        floors = [_run("floor", data_dir) for _ in range(args.runs)]
        floor_s = sorted(f["seconds"] for f in floors)[len(floors) // 2]
        floor_mb = max(f["rss_mb"] for f in floors)
        print(f"floor (bare Qt window with an empty table): {floor_s:.3f} s, RSS {floor_mb:.0f} MB")
        for kind, name in (("default", "current quarter"), ("whole", "whole register")):
            runs = [_run(kind, data_dir) for _ in range(args.runs)]
            took = sorted(r["seconds"] for r in runs)[len(runs) // 2]
            rss = max(r["rss_mb"] for r in runs)
            ok = took < TARGET_S and rss < TARGET_RSS_MB
            slow = slow or not ok
            print(
                f"register screen, {name} ({int(runs[0]['rows']):,} rows): {took:.3f} s "
                f"(floor {floor_s:.3f} s, ratio {took / floor_s:.1f}x, target < {TARGET_S} s), "
                f"RSS {rss:.0f} MB (floor {floor_mb:.0f} MB, target < {TARGET_RSS_MB} MB) "
                f"{'ok' if ok else 'SLOW'}"
            )
    return 1 if slow else 0


if __name__ == "__main__":
    raise SystemExit(main())
