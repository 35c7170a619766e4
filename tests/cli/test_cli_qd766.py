"""`egov stats --form 766`: communes compute and send their QĐ 766 figures; the office's sheets."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from egov_desktop.bootstrap import open_services
from egov_desktop.config import AppPaths
from egov_desktop.services.register_dto import DossierInput
from tests.cli.runner import run

P = "2025-Q3"
F = "766"
#: Each commune's register: (code, channel, digitised components) received on 01/08/2025.
REGISTERS = {
    "00004": [("A1", "online", True), ("A2", "online", False), ("A3", "direct", True)],
    "00008": [("B1", "postal", False)],
}


def _ok(capsys: pytest.CaptureFixture[str], folder: str, *args: str) -> str:
    code, out, err = run(capsys, "--data-dir", folder, *args)
    assert code == 0, err
    return out


def _commune(tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str) -> str:
    folder = str(tmp_path / code)
    _ok(capsys, folder, "setup", "--unit", code, "--role", "commune")
    services = open_services(AppPaths.resolve(Path(folder)))
    try:
        for name, channel, digitised in REGISTERS[code]:
            services.register.add(
                DossierInput(
                    name,
                    "Hộ tịch",
                    channel,
                    date(2025, 8, 1),
                    date(2025, 8, 5),
                    components_digitised=digitised,
                )  # fmt: skip
            )
    finally:
        services.close()
    return folder


def _show(capsys: pytest.CaptureFixture[str], folder: str, *extra: str) -> Any:
    args = ("entry", "show", "--form", F, "--period", P, *extra, "--json")
    return json.loads(_ok(capsys, folder, *args))


def test_766_from_two_communes_to_the_office_s_sheets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    office = str(tmp_path / "office")
    _ok(capsys, office, "setup", "--unit", "01", "--role", "aggregator")
    for code in REGISTERS:
        folder = _commune(tmp_path, capsys, code)
        text = _ok(capsys, folder, "stats", "--form", F, "--period", P)
        assert text.splitlines()[1].startswith("Đơn vị\t3\t4")
        applied = json.loads(_ok(capsys, folder, "stats", "--form", F, "--period", P,
                                 "--apply", "--json"))  # fmt: skip
        assert applied["form"] == F and applied["applied"]["changed"] == 14
        _ok(capsys, folder, "entry", "status", "--form", F, "--period", P, "--set", "done")
        sent = json.loads(_ok(capsys, folder, "package", "export", "--period", P, "--forms", F,
                              "--out", str(out), "--json"))  # fmt: skip
        _ok(capsys, office, "package", "import", sent["file"], "--json")
    first = _show(capsys, office, "--unit", "00004")["rows"][0]["values"]
    assert (first["3"], first["4"], first["5"], first["11"], first["12"]) == (2, 1, 0, 3, 2)
    second = _show(capsys, office, "--unit", "00008")["rows"][0]["values"]
    assert (second["5"], second["11"], second["12"]) == (1, 1, 0)
    _ok(capsys, office, "report", "export", "--form", "766-digitisation", "--period", P,
        "--out", str(tmp_path / "so-hoa.xlsx"))  # fmt: skip
    sheet = load_workbook(tmp_path / "so-hoa.xlsx").active
    assert sheet is not None
    rows = [[sheet.cell(r, c).value for c in (3, 4, 5)] for r in (14, 15)]
    assert rows == [[3, 1, 2], [1, 1, 0]]
    # The office's indicators are its units' figures added up: 2 online of 4 new receipts.
    got = json.loads(_ok(capsys, office, "dvc", "indicators", "--period", P, "--json"))
    assert got["units"] == 2
    rates = {i["code"]: i for i in got["indicators"]}
    assert (
        rates["online_receipt_rate"]["numerator"],
        rates["online_receipt_rate"]["denominator"],
    ) == (2, 4)
    assert "2 đơn vị" in _ok(capsys, office, "dvc", "indicators", "--period", P).splitlines()[0]


def test_a_form_the_register_cannot_compute_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _commune(tmp_path, capsys, "00008")
    code, _, err = run(capsys, "--data-dir", folder, "stats", "--form", "II.07b", "--period", P)
    assert code == 2 and "II.06a, 766" in err


def test_a_correction_does_not_carry_a_766_the_register_left_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """II.06a reopened and counted again after one more dossier; 766 was counted before it."""
    folder, out = _commune(tmp_path, capsys, "00004"), str(tmp_path / "usb")
    for form in ("II.06a", F):
        _ok(capsys, folder, "stats", "--form", form, "--period", P, "--apply")
        _ok(capsys, folder, "entry", "status", "--form", form, "--period", P, "--set", "done")
    first = json.loads(_ok(capsys, folder, "package", "export", "--period", P, "--out", out,
                           "--json"))  # fmt: skip
    assert first["forms"] == ["II.06a", F]
    _ok(capsys, folder, "package", "reopen", "--form", "II.06a", "--period", P,
        "--reason", "thêm HS19")  # fmt: skip
    _ok(capsys, folder, "dossiers", "add", "--code", "HS19", "--sector", "Hộ tịch", "--channel",
        "trực tuyến", "--received", "02/08/2025", "--due", "06/08/2025")  # fmt: skip
    _ok(capsys, folder, "stats", "--form", "II.06a", "--period", P, "--apply")
    _ok(capsys, folder, "entry", "status", "--form", "II.06a", "--period", P, "--set", "done")
    # validate names the cells the register now counts otherwise: a warning, exit 0.
    code, text, _ = run(capsys, "--data-dir", folder, "validate", "--form", F, "--period", P)
    assert code == 0 and text.startswith("Cảnh báo — Sổ theo dõi hồ sơ: Số liệu đã lưu khác")
    assert "cột (3) Số mới tiếp nhận trực tuyến: đã lưu 2, sổ đếm được 3" in text
    assert f"egov stats --form {F} --period {P} --apply" in text
    # Named, the stale 766 is refused and nothing is written.
    code, _, err = run(capsys, "--data-dir", folder, "package", "export", "--period", P,
                       "--forms", f"II.06a,{F}", "--out", out)  # fmt: skip
    assert code == 2 and f"Biểu {F} Quý III năm 2025 chưa gửi được" in err
    assert sorted(p.name for p in Path(out).iterdir()) == ["BC_00004_2025-Q3_v1.egov"]
    # By default the correction carries the reopened II.06a; the sent 766 is named on stderr.
    code, text, err = run(capsys, "--data-dir", folder, "package", "export", "--period", P,
                          "--out", out, "--json")  # fmt: skip
    assert code == 0 and json.loads(text)["forms"] == ["II.06a"]
    assert f"Lưu ý: Biểu {F} Quý III năm 2025 đã gửi (gói v1) nhưng sổ theo dõi hồ sơ" in err
    assert f"egov package reopen --form {F} --period {P}" in err
