"""Excel export of the aggregated II.06a against a bare openpyxl pass (target: at most 1.3x).

Data: 100 units in three groups, each unit's row the sum of its 30 sectors (so 3,000 sector
rows are aggregated first, outside the timing). The figure is `export_report` end to end: copy
of the pristine template, rows inserted beyond the 40 prepared ones, every cell written with
Times New Roman, save, and the independent re-read and check of the written file.

The floor is what no export can avoid: openpyxl loads the same template, writes the same cells
(values only, at the same addresses, no styling, no row insertion) and saves. Each figure is
the median of 21 runs after 1 warm-up, the two interleaved.

Run: .venv/bin/python bench/export.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from egov_desktop.export.model import ReportData, RowGroup, TableRow  # noqa: E402
from egov_desktop.export.plan import build_plan  # noqa: E402
from egov_desktop.export.templates import Template, get_template  # noqa: E402
from egov_desktop.export.writer import export_report  # noqa: E402

RUNS = 21
TARGET_RATIO = 1.3
UNITS = 100
SECTORS = 30
GROUPS = (
    RowGroup("dept", "Sở, ban, ngành"),
    RowGroup("special", "Đặc khu"),
    RowGroup("commune", "Xã, phường"),
)
FIXED = {
    "parent_agency": "UBND Tỉnh Thanh Hóa",
    "agency_name": "Văn phòng UBND Tỉnh Thanh Hóa",
    "reporting_unit": "Văn phòng UBND Tỉnh Thanh Hóa",
    "receiving_unit": "Văn phòng Chính phủ",
    "period_label": "Quý III năm 2025",
    "window": "(Từ ngày 15/06/2025 đến ngày 14/09/2025)",
    "place_date": "Thanh Hóa, ngày 05 tháng 10 năm 2025",
    "officer": "Lê Văn Cường",
    "head": "Phạm Thị Dung",
}


def sector_values(unit: int, sector: int) -> dict[str, int]:
    online, direct, carried = (unit + sector) % 17, (unit * sector) % 23, sector % 4
    received = online + direct + carried
    early, late = sector % 3, unit % 2
    resolved = max(received - sector % 5, early + late)
    pending = received - resolved
    return {
        "3": received, "4": online, "5": direct, "6": carried,
        "7": resolved, "8": early, "9": resolved - early - late, "10": late,
        "11": pending, "12": pending - min(pending, 1), "13": min(pending, 1),
    }  # fmt: skip


def build_data() -> ReportData:
    """100 unit rows, each the column sums of its 30 sector rows."""
    rows = []
    for unit in range(UNITS):
        totals: dict[str, int | float | None] = {}
        for sector in range(SECTORS):
            for key, value in sector_values(unit, sector).items():
                totals[key] = int(totals.get(key) or 0) + value
        group = "dept" if unit < 15 else "special" if unit < 17 else "commune"
        label = f"Sở số {unit + 1}" if group == "dept" else f"Xã số {unit + 1}"
        rows.append(TableRow(f"u{unit:03d}", label, dict(totals), group))  # type: ignore[arg-type]
    return ReportData("II.06a-agg", dict(FIXED), rows, groups=list(GROUPS))


def floor_cells(template: Template, data: ReportData) -> dict[tuple[int, int], object]:
    """The same cells the export writes, at the addresses they end up at."""
    plan = build_plan(template.mapping, data)
    cells: dict[tuple[int, int], object] = {}
    table = plan.tables[0]
    first = table.spec.first_row
    for offset, row in enumerate(table.rows):
        for letter, value in row.cells.items():
            cells[(first + offset, column_index_from_string(letter))] = value
    total_row = first + len(table.rows)
    for letter, value in (table.total or {}).items():
        cells[(total_row, column_index_from_string(letter))] = value
    for address, text in plan.fixed.items():
        letter, row = coordinate_from_string(address)
        cells[(row, column_index_from_string(letter))] = text
    return cells


def bare_openpyxl(template: Template, cells: dict[tuple[int, int], object], out: Path) -> int:
    """Load, write, save; returns how many targets were skipped as covered by a footer merge.

    Without row insertion the long table runs into the signature block; the few cells that land
    inside its merged ranges cannot be written and are skipped.
    """
    workbook = load_workbook(template.workbook)
    ws = workbook[template.mapping.sheet]
    skipped = 0
    for (row, column), value in cells.items():
        cell = ws.cell(row=row, column=column)
        if isinstance(cell, MergedCell):
            skipped += 1
            continue
        cell.value = value
    workbook.save(out)
    return skipped


def medians(actions: dict[str, Callable[[], object]]) -> dict[str, float]:
    """Median time of each action; runs are interleaved so background load hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in actions}
    for action in actions.values():
        action()
    for _ in range(RUNS):
        for name, action in actions.items():
            start = time.perf_counter()
            action()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def main() -> int:
    template = get_template("II.06a-agg")
    start = time.perf_counter()
    data = build_data()
    built = time.perf_counter() - start
    cells = floor_cells(template, data)
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        figures = medians(
            {
                "export": lambda: export_report(data, template, output=out / "export.xlsx"),
                "floor": lambda: bare_openpyxl(template, cells, out / "floor.xlsx"),
            }
        )
        export, floor = figures["export"], figures["floor"]
        skipped = bare_openpyxl(template, cells, out / "floor.xlsx")
    ratio = export / floor
    print(f"data: {UNITS} units x {SECTORS} sectors aggregated in {built * 1000:.1f} ms")
    print(f"cells written: {len(cells)} (floor skips {skipped} under footer merges)")
    print(f"export_ms: {export * 1000:.1f}   floor_ms: {floor * 1000:.1f}   ratio: {ratio:.2f}")
    verdict = "OK" if ratio <= TARGET_RATIO else "OVER TARGET"
    print(f"target: <= {TARGET_RATIO}x  -> {verdict}")
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    raise SystemExit(main())
