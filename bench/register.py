"""The dossier register at scale: II.06a, import and the register page, beside their floors.

- II.06a for 2025-Q3 (cutoff) over 1,000,000 dossiers, `StatsService.compute` end to end,
  against one hand-written SQL aggregate (the same SUM(CASE …) columns, GROUP BY sector) run
  through sqlite3 on the same indexed table. Target: at most 1.5x.
- Import of a 100,000-row .xlsx register, `RegisterImportService.apply` end to end (read,
  legacy-text check, parse, validate, plan against the register, backup, one transaction with
  its audit rows) into an empty register, against a bare openpyxl read-only pass over the
  file's values. Target: at most 1.5x.
- The register page over 1,000,000 dossiers: first page of 100 plus the count. Target: 0.5 s.

Data is generated (four years of receipts, 30 sectors, most resolved within a month) and
written with executemany in one transaction. Figures are medians, the two sides interleaved.

Run: .venv/bin/python bench/register.py [--dossiers N] [--rows N]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from egov_desktop.bootstrap import Services, open_services  # noqa: E402
from egov_desktop.config import AppPaths  # noqa: E402
from egov_desktop.domain.text import fold  # noqa: E402
from egov_desktop.export.readers import read_sheet  # noqa: E402
from egov_desktop.services.sectors import default_sectors  # noqa: E402
from egov_desktop.services.setup import SetupRequest  # noqa: E402

TARGET_STATS = 1.5
TARGET_IMPORT = 1.5
TARGET_PAGE_S = 0.5
FIRST_DAY = date(2022, 1, 1)
DAYS = 4 * 365
STATUSES = ("Đã giải quyết", "Rút hồ sơ", "Trả lại", "Dừng giải quyết")
CHANNELS = ("online", "direct", "postal")
NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em")
AGGREGATE = """
SELECT sector, count(*),
  SUM(CASE WHEN received >= :s AND channel = 'online' THEN 1 ELSE 0 END),
  SUM(CASE WHEN received >= :s AND channel <> 'online' THEN 1 ELSE 0 END),
  SUM(CASE WHEN received < :s THEN 1 ELSE 0 END),
  SUM(CASE WHEN resolved <= :e THEN 1 ELSE 0 END),
  SUM(CASE WHEN resolved <= :e AND status NOT IN ('Rút hồ sơ', 'Trả lại')
           AND resolved < due THEN 1 ELSE 0 END),
  SUM(CASE WHEN resolved <= :e AND (status IN ('Rút hồ sơ', 'Trả lại') OR due IS NULL
           OR resolved = due) THEN 1 ELSE 0 END),
  SUM(CASE WHEN resolved <= :e AND status NOT IN ('Rút hồ sơ', 'Trả lại')
           AND resolved > due THEN 1 ELSE 0 END),
  SUM(CASE WHEN resolved IS NULL OR resolved > :e THEN 1 ELSE 0 END),
  SUM(CASE WHEN (resolved IS NULL OR resolved > :e)
           AND (due IS NULL OR due >= :e OR status = 'Chờ bổ sung') THEN 1 ELSE 0 END),
  SUM(CASE WHEN (resolved IS NULL OR resolved > :e)
           AND due < :e AND status <> 'Chờ bổ sung' THEN 1 ELSE 0 END)
FROM {source}
GROUP BY sector
"""
FACTS = "sector, channel, received, due, resolved, status"
#: The hand-written floor: three index range scans (received in the window, still open,
#: closed on or after S) under one aggregate.
FLOOR_SQL = AGGREGATE.format(
    source=f"""(
  SELECT {FACTS} FROM dossier WHERE unit_id = :u AND received BETWEEN :s AND :e
  UNION ALL
  SELECT {FACTS} FROM dossier WHERE unit_id = :u AND resolved IS NULL AND received < :s
  UNION ALL
  SELECT {FACTS} FROM dossier WHERE unit_id = :u AND resolved >= :s AND received < :s)"""
)
#: The same aggregate with the WHERE clause written the obvious way (for information).
NAIVE_SQL = AGGREGATE.format(
    source="dossier WHERE unit_id = :u AND received <= :e AND (resolved IS NULL OR resolved >= :s)"
)


def median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved(a: Callable[[], object], b: Callable[[], object], runs: int) -> tuple[float, float]:
    a(), b()  # warm-up
    ta, tb = [], []
    for _ in range(runs):
        ta.append(median_time(a, 1))
        tb.append(median_time(b, 1))
    return statistics.median(ta), statistics.median(tb)


def fresh(root: Path, name: str) -> Services:
    services = open_services(AppPaths.resolve(root / name))
    services.setup.apply(SetupRequest(unit_code="00004", role="commune", officer="Bench"))
    return services


def dossier_rows(
    n: int,
    unit_id: int,
    seed: int = 1,
    *,
    first: date = FIRST_DAY,
    days: int = DAYS,
    sectors: list[str] | None = None,
) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    sectors = sectors or list(default_sectors())
    now = datetime(2026, 1, 1).isoformat(sep=" ")
    rows = []
    for i in range(n):
        received = first + timedelta(days=rng.randrange(days))
        due = received + timedelta(days=rng.randrange(1, 21))
        roll = rng.random()
        if roll < 0.003 or received >= date(2025, 12, 1):
            resolved, status = None, rng.choice(("Đang giải quyết", "Chờ bổ sung"))
        else:
            resolved = received + timedelta(days=rng.randrange(0, 30))
            status = STATUSES[0] if roll < 0.95 else rng.choice(STATUSES[1:])
        code = f"H{i:07d}"
        applicant = rng.choice(NAMES)
        procedure = "Đăng ký khai sinh"
        rows.append(
            (
                unit_id, code, None, procedure, rng.choice(sectors), applicant, "", "",
                rng.choice(CHANNELS), received.isoformat(), due.isoformat(),
                None if resolved is None else resolved.isoformat(), None, status,
                0, 0, 0, 0, 0, "", fold(f"{code} {applicant} {procedure}"), now, now,
            )
        )  # fmt: skip
    return rows


def fill_register(database: Path, n: int, **shape: Any) -> None:
    """`shape`: dossier_rows' first, days and sectors (default: four years, default sectors)."""
    conn = sqlite3.connect(database)
    unit_id = conn.execute("SELECT value FROM app_setting WHERE key = 'own_unit_id'").fetchone()
    rows = dossier_rows(n, int(unit_id[0]), **shape)
    with conn:
        conn.executemany(
            "INSERT INTO dossier (unit_id, code, procedure_code, procedure_name, sector, "
            "applicant, contact, lead_agency, channel, received, due, resolved, returned, status, "
            "financial_obligation, paid_online, components_digitised, result_digitised, synced, "
            "note, search_key, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.execute("ANALYZE")
    conn.close()


def write_register(path: Path, n: int) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("So theo doi")
    sheet.append(["SỔ THEO DÕI HỒ SƠ"])
    sheet.append(
        ["STT", "Mã hồ sơ", "Tên TTHC", "Lĩnh vực", "Tên tổ chức, cá nhân", "Hình thức nộp",
         "Nhận hồ sơ", "Hẹn trả kết quả", "Ngày có kết quả", "Trạng thái",
         "Thanh toán trực tuyến", "Số hóa kết quả"]
    )  # fmt: skip
    labels = {"online": "Trực tuyến", "direct": "Trực tiếp", "postal": "Bưu chính"}
    for i, row in enumerate(dossier_rows(n, 0, seed=2), start=1):
        received, due, resolved = (
            None if v is None else date.fromisoformat(str(v)) for v in (row[9], row[10], row[11])
        )
        sheet.append(
            [i, row[1], row[3], row[4], row[5], labels[str(row[8])], received, due, resolved,
             row[13], "x" if i % 3 == 0 else None, "x" if i % 2 == 0 and resolved else None]
        )  # fmt: skip
    book.save(path)


def bare_read(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for row in book.worksheets[0].iter_rows(values_only=True):
        count += len(row)
    book.close()
    return count


def report(name: str, figure: float, floor: float, target: float) -> None:
    ratio = figure / floor
    verdict = "ok" if ratio <= target else "SLOW"
    print(
        f"{name}: {figure:.3f} s, floor {floor:.3f} s, ratio {ratio:.2f}x "
        f"(target {target}x) {verdict}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--dossiers", type=int, default=1_000_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--reuse", help="data folder of an earlier run's register (no generation)")
    parser.add_argument("--skip-import", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        if args.reuse:
            services = open_services(AppPaths.resolve(Path(args.reuse)))
        else:
            services = fresh(root, "big")
            start = time.perf_counter()
            fill_register(services.paths.database, args.dossiers)
            print(f"generated {args.dossiers:,} dossiers in {time.perf_counter() - start:.1f} s")

        conn = sqlite3.connect(services.paths.database)
        unit_id = int(
            conn.execute("SELECT value FROM app_setting WHERE key='own_unit_id'").fetchone()[0]
        )
        params = {"u": unit_id, "s": "2025-06-15", "e": "2025-09-14"}
        computed = services.stats.compute(period="2025-Q3", mode="cutoff")
        floor_rows = conn.execute(FLOOR_SQL, params).fetchall()
        assert computed.total[3] == sum(r[1] for r in floor_rows), "the two disagree"
        figure, floor = interleaved(
            lambda: services.stats.compute(period="2025-Q3", mode="cutoff"),
            lambda: conn.execute(FLOOR_SQL, params).fetchall(),
            args.runs,
        )
        report(f"II.06a 2025-Q3 over {args.dossiers:,} dossiers", figure, floor, TARGET_STATS)
        naive = median_time(lambda: conn.execute(NAIVE_SQL, params).fetchall(), 3)
        print(f"  (the same aggregate with a plain OR'ed WHERE: {naive:.3f} s)")
        conn.close()

        def page() -> None:
            services.register.list(limit=100)
            services.register.count()

        page()
        took = median_time(page, args.runs)
        verdict = "ok" if took < TARGET_PAGE_S else "SLOW"
        print(f"register page (100 rows + count) over {args.dossiers:,}: {took:.3f} s "
              f"(target < {TARGET_PAGE_S} s) {verdict}")  # fmt: skip
        from egov_desktop.services.register_dto import DossierQuery

        search = DossierQuery(search="tran thi binh")
        took = median_time(lambda: services.register.list(search, limit=100), 3)
        print(f"  search page 'tran thi binh' (first 100, no target): {took:.3f} s")
        took = median_time(lambda: services.register.count(search), 3)
        print(f"  search count (no target): {took:.3f} s")
        services.close()

        if args.skip_import:
            return 0
        path = root / "so.xlsx"
        write_register(path, args.rows)
        runs = max(3, args.runs // 2)
        times, floors, reads = [], [], []
        bare_read(path)
        for i in range(runs + 1):
            target = fresh(root, f"imp{i}")
            start = time.perf_counter()
            done = target.register_import.apply(path)
            took = time.perf_counter() - start
            target.close()
            assert done.new == args.rows and not done.rejected, done.rejected[:3]
            start = time.perf_counter()
            bare_read(path)
            bare = time.perf_counter() - start
            start = time.perf_counter()
            read_sheet(path)
            read = time.perf_counter() - start
            if i:  # the first run warms caches
                times.append(took)
                floors.append(bare)
                reads.append(read)
        floor = statistics.median(floors)
        report(
            f"import of {args.rows:,} rows (.xlsx)", statistics.median(times), floor, TARGET_IMPORT
        )
        read = statistics.median(reads)
        rest = statistics.median(times) - read
        print(
            f"  of which export.readers.read_sheet alone: {read:.3f} s ({read / floor:.2f}x the "
            f"floor); the rest (parse, plan, backup, write): {rest:.3f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
