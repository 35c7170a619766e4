"""The 2025 reform at the office's command line: old communes' figures typed by the office for
periods before 1 July 2025."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from tests.cli.runner import run

F = "II.06a"
Q1 = "2025-Q1"
Q3 = "2025-Q3"
DIEN_BIEN = "Phường Điện Biên (mã cũ 00019)"


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def _dump(folder: str) -> list[str]:
    with sqlite3.connect(Path(folder) / "egov.sqlite") as db:
        return list(db.iterdump())


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "office")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "01", "--role", "aggregator")
    return folder


def test_the_office_types_an_old_commune_s_report_before_the_reform(
    capsys: pytest.CaptureFixture[str], office: str
) -> None:
    def entry(*args: str) -> tuple[int, str, str]:
        return run(capsys, "--data-dir", office, "entry", *args)

    cell = ("set", "--form", F, "--period", Q1, "--sector", "Hộ tịch", "--col", "3", "5")
    before = _dump(office)
    # Phường Ba Đình (00004) did not exist in Q1 2025: its code names four old communes.
    code, out, err = entry(*cell, "--unit", "00004")
    assert (code, out) == (2, "")
    assert "Phường Trúc Bạch (mã cũ 00004);" in err and DIEN_BIEN in err
    assert "--unit <mã cũ> --catalog legacy" in err
    code, out, err = entry(*cell, "--unit", "00004", "--catalog", "2025")
    assert (code, out) == (2, "") and "được thành lập từ ngày 01/07/2025" in err
    assert _dump(office) == before
    # An old code reaches its old commune, and says so.
    code, out, _ = entry(*cell, "--unit", "00019")
    assert (code, out) == (0, f"Đã ghi ({DIEN_BIEN}).\n")
    for col in ("4", "7", "8"):
        code, out, _ = entry(*cell[:-2], col, "5", "--unit", "00019", "--catalog", "legacy")
        assert (code, out) == (0, "Đã ghi.\n")
    code, out, _ = entry("status", "--form", F, "--period", Q1, "--unit", "00019", "--set",
                         "done", "--note", "Cơ quan nhập thay")  # fmt: skip
    assert (code, out) == (0, f"II.06a — {DIEN_BIEN} — Quý I năm 2025: hoàn thành\n")
    # It counts for that old commune in the completeness matrix…
    args = ("--data-dir", office, "completeness", "--period", Q1, "--forms", F)
    matrix = json.loads(_ok(capsys, *args, "--json"))
    (row,) = [u for u in matrix["units"] if u["unit_code"] == "00004"]
    assert (row["status"], row["old_expected"], row["old_received"]) == ("entered", 4, 1)
    assert row["old_entered"] == [DIEN_BIEN] and DIEN_BIEN not in row["old_missing"]
    line = next(x for x in _ok(capsys, *args).splitlines() if x.startswith("00004"))
    assert f"cơ quan nhập thay {DIEN_BIEN}, đã nhận 1/4 xã cũ" in line
    # …and sums into Ba Đình's row, naming the office as its source.
    agg = json.loads(_ok(capsys, "--data-dir", office, "entry", "show", "--form", "II.06a-agg",
                         "--period", Q1, "--json"))  # fmt: skip
    (ba_dinh,) = [r for r in agg["rows"] if r["unit"] == "00004"]
    assert ba_dinh["values"]["3"] == 5 and ba_dinh["lineage"] == [
        "00019 Phường Điện Biên (một phần)"
    ]
    sources = _ok(capsys, "--data-dir", office, "package", "sources", "--period", Q1,
                  "--unit", "00004", "--column", "3")  # fmt: skip
    assert sources.splitlines()[0].startswith(f"{DIEN_BIEN} → Phường Ba Đình (00004)\tHộ tịch")
    # After the reform the old commune no longer reports.
    code, _, err = entry("set", "--form", F, "--period", Q3, "--sector", "Hộ tịch", "--col", "3",
                         "1", "--unit", "00019")  # fmt: skip
    assert code == 2 and "đã hợp nhất vào Phường Ba Đình (00004) từ ngày 01/07/2025" in err


def test_a_hand_filled_file_of_an_old_commune_is_read_for_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    folder = str(tmp_path / "old")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "00019", "--role", "commune",
        "--catalog", "legacy")  # fmt: skip
    for col in (3, 4, 7, 8):
        _ok(capsys, "--data-dir", folder, "entry", "set", "--form", F, "--period", Q1,
            "--sector", "Hộ tịch", "--col", str(col), "2")  # fmt: skip
    _ok(capsys, "--data-dir", folder, "report", "export", "--form", F, "--period", Q1,
        "--out", str(tmp_path))  # fmt: skip
    (filled,) = tmp_path.glob("II.06a_00019_2025-Q1.xlsx")
    read = ("--data-dir", office, "entry", "import-excel", str(filled), "--form", F,
            "--period", Q1)  # fmt: skip
    code, _, err = run(capsys, *read, "--unit", "00004")
    assert code == 2 and DIEN_BIEN in err
    out = _ok(capsys, *read, "--unit", "00019")
    assert out.endswith(f"đã ghi 4 ô cho {DIEN_BIEN}.\n")


def _district(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The data folder of Quận Ba Đình (001), a district office of the legacy catalogue."""
    folder = str(tmp_path / "district")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "001", "--role", "aggregator",
        "--catalog", "legacy")  # fmt: skip
    return folder


def test_a_district_office_has_no_matrix_of_a_period_after_the_reform(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _district(tmp_path, capsys)
    before = _dump(folder)
    code, out, err = run(capsys, "--data-dir", folder, "completeness", "--period", Q3, "--json")
    assert (code, out) == (2, "")
    assert "Quý III năm 2025 (15/06/2025 – 14/09/2025), kết thúc sau ngày 30/06/2025" in err
    assert "Quận Ba Đình chỉ nhận báo cáo các kỳ kết thúc đến ngày 30/06/2025." in err
    assert _dump(folder) == before
    matrix = json.loads(
        _ok(capsys, "--data-dir", folder, "completeness", "--period", "2025-Q2", "--json")
    )
    assert {u["unit_code"] for u in matrix["units"]} >= {"00001", "00004"}


def test_a_2025_commune_makes_no_package_of_a_period_before_the_reform(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    commune = str(tmp_path / "commune")
    _ok(capsys, "--data-dir", commune, "setup", "--unit", "00004", "--role", "commune")
    for col in (3, 4, 7, 8):
        _ok(capsys, "--data-dir", commune, "entry", "set", "--form", F, "--period", Q1,
            "--sector", "Hộ tịch", "--col", str(col), "2")  # fmt: skip
    _ok(capsys, "--data-dir", commune, "entry", "status", "--form", F, "--period", Q1,
        "--set", "done", "--note", "ok")  # fmt: skip
    before = _dump(commune)
    usb = tmp_path / "usb"
    code, out, err = run(capsys, "--data-dir", commune, "package", "export", "--period", Q1,
                         "--out", str(usb))  # fmt: skip
    assert (code, out) == (2, "") and _dump(commune) == before and not usb.exists()
    # The reason the office gives when it refuses such a package, said before it is made.
    assert (
        "Không tạo gói báo cáo của Phường Ba Đình (mã 00004) cho Quý I năm 2025 (15/12/2024 – "
        "14/03/2025), kết thúc trước ngày 01/07/2025: Phường Ba Đình được thành lập từ ngày "
        "01/07/2025, báo cáo các kỳ này là của các xã, phường cũ (Phường Trúc Bạch (mã cũ 00004)"
    ) in err
    assert err.rstrip().endswith(
        "mỗi xã gửi gói của mình. Không cơ quan tổng hợp nào nhận gói này."
    )


def test_a_district_office_types_no_figures_of_a_period_after_the_reform(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _district(tmp_path, capsys)
    cell = ("--data-dir", folder, "entry", "set", "--form", F, "--sector", "Hộ tịch",
            "--col", "3", "1", "--unit", "00004")  # fmt: skip
    before = _dump(folder)
    code, _, err = run(capsys, *cell, "--period", Q3)
    assert code == 2
    assert "Quý III năm 2025 (15/06/2025 – 14/09/2025), kết thúc sau ngày 30/06/2025" in err
    assert "Quận Ba Đình chỉ nhận báo cáo các kỳ kết thúc đến ngày 30/06/2025." in err
    assert _dump(folder) == before
    _ok(capsys, *cell, "--period", "2025-Q2")
