"""One round between a commune and its office, as a user walks it through the CLI: what each
command says (one line per imported file, new figures apart, both reply files, the forms sent,
a reply imported twice, the return reason once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_cli_exchange import FIGURES, P, _commune, _ok

F2 = "II.07b"


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "office")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "01", "--role", "aggregator")
    return folder


def _send_two_forms(capsys: pytest.CaptureFixture[str], commune: str, usb: Path) -> str:
    """`package export` of II.06a and II.07b (done, no figures); its line."""
    _ok(capsys, "--data-dir", commune, "entry", "status", "--form", F2, "--period", P,
        "--set", "done", "--note", "ok")  # fmt: skip
    return _ok(capsys, "--data-dir", commune, "package", "export", "--period", P,
               "--forms", f"II.06a,{F2}", "--out", str(usb))  # fmt: skip


def test_a_round_says_what_each_step_did(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    commune = _commune(tmp_path, capsys, "00008")
    said = _send_two_forms(capsys, commune, usb)
    first = usb / "BC_00008_2025-Q3_v1.egov"
    assert said == f"Đã tạo gói báo cáo v1 (II.06a, {F2}): {first}\n"
    # One line for one file; every figure of a unit's first package is new, not a change.
    said = _ok(capsys, "--data-dir", office, "package", "import", str(first))
    count = sum(len(columns) for columns in FIGURES["00008"].values())
    assert said == (
        f"{first.name}: Đã nhập — Phường Ngọc Hà (00008), Quý III năm 2025, gói v1 "
        f"({count} số liệu thêm mới, 0 không đổi).\n"
    )
    # Returned with a reason: the reply file and the printable note beside it.
    said = _ok(capsys, "--data-dir", office, "package", "return", "--unit", "00008",
               "--period", P, "--reason", "Thiếu số", "--out", str(usb))  # fmt: skip
    assert said.splitlines() == [
        f"Đã ghi tệp phản hồi: {usb / 'TL_00008_2025-Q3_v1.egovr'}",
        f"Bản in phiếu trả lại: {usb / 'TL_00008_2025-Q3_v1.xlsx'}",
    ]
    returned = str(usb / "TL_00008_2025-Q3_v1.egovr")
    said = _ok(capsys, "--data-dir", commune, "reply", "import", returned)
    assert "mở khóa" in said and "trước đây" not in said
    said = _ok(capsys, "--data-dir", commune, "reply", "import", returned)
    assert said.startswith("Tệp phản hồi TL_00008_2025-Q3_v1.egovr đã nhập trước đây")
    assert "mở khóa" not in said
    # The correction names the return once, though it reopened both forms.
    _ok(capsys, "--data-dir", commune, "entry", "set", "--form", "II.06a", "--period", P,
        "--sector", "Hộ tịch", "--col", "9", "2")  # fmt: skip
    _ok(capsys, "--data-dir", commune, "entry", "set", "--form", "II.06a", "--period", P,
        "--sector", "Hộ tịch", "--col", "8", "1")  # fmt: skip
    _ok(capsys, "--data-dir", commune, "entry", "status", "--form", "II.06a", "--period", P,
        "--set", "done", "--note", "ok")  # fmt: skip
    _send_two_forms(capsys, commune, usb)
    second = usb / "BC_00008_2025-Q3_v2.egov"
    sent = json.loads(_ok(capsys, "--data-dir", commune, "package", "sent", "--json"))
    assert {s["version"]: s["reason"] for s in sent}[2] == "Cơ quan tổng hợp trả lại: Thiếu số"
    # A figure a later version sent unchanged stands on that version.
    data = json.loads(_ok(capsys, "--data-dir", office, "package", "import", str(second),
                          "--json"))  # fmt: skip
    assert (data["changed"], data["new"]) == (2, 0)
    sources = json.loads(_ok(capsys, "--data-dir", office, "package", "sources", "--period", P,
                             "--unit", "00008", "--json"))  # fmt: skip
    states = {(f["row"], f["column"]): (f["version"], f["state"]) for f in sources["figures"]}
    assert states[("Hộ tịch", 9)] == (2, "imported")
    assert states[("Chứng thực", 4)] == (1, "imported")  # not "superseded": v2 has it too
    assert sources["total"] is None and sources["totals"]["4"] == 3 + 7
    text = _ok(capsys, "--data-dir", office, "package", "sources", "--period", P,
               "--unit", "00008")  # fmt: skip
    lines = text.splitlines()
    assert "gói v1" in lines[-2] and "gói v2 giữ nguyên" in lines[-2]
    assert lines[-1].startswith(f"{len(states)} số liệu; tổng theo cột: (3) 10, (4) 10,")
    # Accepted: the commune reads that the office accepted it, not only received it.
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00008", "--period", P,
        "--out", str(usb))  # fmt: skip
    said = _ok(capsys, "--data-dir", commune, "reply", "import",
               str(usb / "BN_00008_2025-Q3_v2.egovr"))  # fmt: skip
    assert said.startswith(
        "Cấp trên đã tiếp nhận gói v2 (báo cáo điều chỉnh: Cơ quan tổng hợp trả lại: Thiếu số) lúc "
    )
