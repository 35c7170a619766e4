"""II.07b's district columns after the reform at the command line: hidden figures are neither
put in a package (`package export`) nor taken from one (`package import`)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from egov_desktop.exchange.package import PackagePeriod, read_package
from tests.cli.runner import run
from tests.packages import package

B = "II.07b"
Q3 = "2025-Q3"
#: The II.07b row of Phường Ba Đình; (5), (9), (13) are the "Cấp huyện" columns.
ROW = {3: 6, 4: 0, 5: 1, 6: 5, 7: 2, 8: 0, 9: 2, 10: 0, 11: 3, 12: 0, 13: 3, 14: 0}
DISTRICT = {5, 9, 13}
#: Q3 2025 counted over calendar months: it starts on 01/07/2025, the district columns closed.
CALENDAR = PackagePeriod(Q3, "calendar", date(2025, 7, 1), date(2025, 9, 30))


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def _ii07b(capsys: pytest.CaptureFixture[str], folder: str, figures: dict[int, int]) -> None:
    for col, value in figures.items():
        _ok(capsys, "--data-dir", folder, "entry", "set", "--form", B, "--period", Q3,
            "--sector", "Phường Ba Đình", "--col", str(col), str(value))  # fmt: skip
    _ok(capsys, "--data-dir", folder, "entry", "status", "--form", B, "--period", Q3,
        "--set", "done")  # fmt: skip


def _export(capsys: pytest.CaptureFixture[str], folder: str, out: Path) -> Path:
    sent = json.loads(_ok(capsys, "--data-dir", folder, "package", "export", "--period", Q3,
                          "--forms", B, "--out", str(out), "--json"))  # fmt: skip
    return Path(sent["file"])


def test_district_figures_hidden_after_the_reform_are_neither_sent_nor_taken(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "00004")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "00004", "--role", "commune")
    # Cut-off 2025-Q3 starts on 15/06/2025: the district columns still take figures.
    _ii07b(capsys, folder, ROW)
    first = _export(capsys, folder, tmp_path / "v1")
    assert {v.column for v in read_package(first).values} == set(ROW)
    # Counted over calendar quarters, Q3 starts on 01/07/2025: those figures are hidden.
    _ok(capsys, "--data-dir", folder, "package", "reopen", "--form", B, "--period", Q3,
        "--reason", "Tính theo quý dương lịch")  # fmt: skip
    code, _, err = run(capsys, "--data-dir", folder, "setup", "--unit", "00004", "--role",
                       "commune", "--period-mode", "calendar")  # fmt: skip
    assert code == 0, err
    # Counted over cut-off days, the report is entered again over the new ones.
    for col, value in {3: 5, 7: 0, 11: 0}.items():
        _ok(capsys, "--data-dir", folder, "entry", "set", "--form", B, "--period", Q3,
            "--sector", "Phường Ba Đình", "--col", str(col), str(value), "--new-mode")  # fmt: skip
    _ok(capsys, "--data-dir", folder, "entry", "status", "--form", B, "--period", Q3,
        "--set", "done")  # fmt: skip
    second = _export(capsys, folder, tmp_path / "v2")
    assert {v.column for v in read_package(second).values} == set(ROW) - DISTRICT
    # An office counting calendar quarters takes the first package whole: it was counted
    # from 15/06/2025, when the district still had figures, and is read over those days.
    office = str(tmp_path / "office")
    _ok(capsys, "--data-dir", office, "setup", "--unit", "01", "--role", "aggregator",
        "--period-mode", "calendar")  # fmt: skip
    code, out, err = run(capsys, "--data-dir", office, "package", "import", str(first), "--json")
    assert code == 0 and json.loads(out)["ignored"] == [] and "cấp huyện" not in err
    # The correction, counted over calendar days, has none.
    code, out, err = run(capsys, "--data-dir", office, "package", "import", str(second), "--json")
    assert code == 0 and json.loads(out)["ignored"] == [] and "cấp huyện" not in err
    with sqlite3.connect(Path(office) / "egov.sqlite") as db:
        stored = {c for (c,) in db.execute("select col from report_value where form = 'II.07b'")}
    assert stored == set(ROW) - DISTRICT


def test_an_older_release_s_calendar_package_has_its_district_figures_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # An older release sent the hidden figures of a period counted over calendar days.
    path = package(tmp_path / "old.egov", {"unit": ROW}, form=B, forms=(B,), window=CALENDAR)
    office = str(tmp_path / "office")
    _ok(capsys, "--data-dir", office, "setup", "--unit", "01", "--role", "aggregator",
        "--period-mode", "calendar")  # fmt: skip
    code, out, err = run(capsys, "--data-dir", office, "package", "import", str(path),
                         "--dry-run")  # fmt: skip
    assert code == 0 and "sẽ không nhập các số liệu này (nhập tay cũng không nhận)" in err
    code, out, err = run(capsys, "--data-dir", office, "package", "import", str(path), "--json")
    assert code == 0
    assert [(c["form"], c["column"], c["figures"]) for c in json.loads(out)["ignored"]] == [
        (B, 5, 1),
        (B, 9, 1),
        (B, 13, 1),
    ]
    assert (
        "Gói có 3 số liệu ở cột II.07b (5) TTHC cấp huyện, II.07b (9) Tại BPMC cấp huyện, "
        "II.07b (13) Quy trình cấp huyện, các cột để trống ở Quý III năm 2025 (không còn chính "
        "quyền cấp huyện): không nhập các số liệu này (nhập tay cũng không nhận)."
    ) in err
    shown = json.loads(_ok(capsys, "--data-dir", office, "entry", "show", "--form", B,
                           "--period", Q3, "--unit", "00004", "--json"))  # fmt: skip
    assert shown["rows"][0]["values"]["3"] == 6 and shown["rows"][0]["values"]["5"] is None
