"""Replies at the office (accept, return) and at the commune (`package sent`)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.exchange.replies import read_reply
from tests.cli.test_cli_exchange import CORRECTED, P, _commune, _fill, _ok, _send


def _imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[str, str, Path]:
    """(office, commune, usb): the commune's first package sent and imported at the office."""
    office = str(tmp_path / "office")
    _ok(capsys, "--data-dir", office, "setup", "--unit", "01", "--role", "aggregator")
    commune = _commune(tmp_path, capsys, "00004")
    usb = tmp_path / "usb"
    usb.mkdir()
    _ok(capsys, "--data-dir", office, "package", "import", str(_send(capsys, commune, usb)))
    return office, commune, usb


def test_replies_written_elsewhere_are_kept_in_replies_and_named_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, commune, usb = _imported(tmp_path, capsys)
    said = _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004",
               "--period", P, "--out", str(usb))  # fmt: skip
    assert said == (
        f"Đã ghi tệp phản hồi: {usb / 'BN_00004_2025-Q3_v1.egovr'}\n"
        f"Bản in biên nhận: {usb / 'BN_00004_2025-Q3_v1.xlsx'}\n"
    )
    replies = Path(office) / "replies"
    for name in ("BN_00004_2025-Q3_v1.egovr", "BN_00004_2025-Q3_v1.xlsx"):
        assert (usb / name).read_bytes() == (replies / name).read_bytes()
    _ok(capsys, "--data-dir", office, "package", "return", "--unit", "00004", "--period", P,
        "--reason", "Thiếu chữ ký", "--out", str(usb))  # fmt: skip
    assert (replies / "TL_00004_2025-Q3_v1.egovr").exists()
    _ok(capsys, "--data-dir", commune, "reply", "import", str(usb / "BN_00004_2025-Q3_v1.egovr"))
    listed = _ok(capsys, "--data-dir", commune, "package", "sent")
    assert "\tđã tiếp nhận lúc " in listed and "receipt" not in listed
    _ok(capsys, "--data-dir", commune, "reply", "import", str(usb / "TL_00004_2025-Q3_v1.egovr"))
    listed = _ok(capsys, "--data-dir", commune, "package", "sent")
    assert "\ttrả lại lúc " in listed and ": Thiếu chữ ký\t" in listed and "return" not in listed


def _when(commune: str, capsys: pytest.CaptureFixture[str], version: int) -> str:
    """When the office's reply to `version` was written, as the listing shows it."""
    sent = json.loads(_ok(capsys, "--data-dir", commune, "package", "sent", "--json"))
    (item,) = [s for s in sent if s["version"] == version]
    return f"lúc {datetime.fromisoformat(item['reply_at']):%H:%M %d/%m/%Y}"


def test_the_commune_s_list_of_packages_sent_says_what_became_of_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = str(tmp_path / "office")
    _ok(capsys, "--data-dir", office, "setup", "--unit", "01", "--role", "aggregator")
    commune = _commune(tmp_path, capsys, "00004")
    sent = ("--data-dir", commune, "package", "sent")
    assert _ok(capsys, *sent) == "Chưa gửi gói nào.\n"
    assert _ok(capsys, *sent, "--period", P) == "Quý III năm 2025 chưa có gói nào đã gửi.\n"
    usb = tmp_path / "usb"
    usb.mkdir()
    first = _send(capsys, commune, usb)
    assert _ok(capsys, *sent) == f"v1\t2025-Q3\tII.06a\tchưa có phản hồi\t{first}\n"
    _ok(capsys, "--data-dir", office, "package", "import", str(first))
    _ok(capsys, "--data-dir", office, "package", "return", "--unit", "00004", "--period", P,
        "--reason", "Thiếu chữ ký", "--out", str(usb))  # fmt: skip
    said = _ok(capsys, "--data-dir", commune, "reply", "import",
               str(usb / "TL_00004_2025-Q3_v1.egovr"))  # fmt: skip
    assert said.startswith("Cấp trên trả lại gói v1: Thiếu chữ ký")
    returned = f"trả lại {_when(commune, capsys, 1)}: Thiếu chữ ký"
    _fill(capsys, commune, {"Hộ tịch": CORRECTED})
    second = _send(capsys, commune, usb)
    _ok(capsys, "--data-dir", office, "package", "import", str(second))
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004", "--period", P,
        "--out", str(usb))  # fmt: skip
    said = _ok(capsys, "--data-dir", commune, "reply", "import",
               str(usb / "BN_00004_2025-Q3_v2.egovr"))  # fmt: skip
    # v2 went back after the return: a correction, with the return as its reason.
    assert said.startswith(
        "Cấp trên đã tiếp nhận gói v2 (báo cáo điều chỉnh: Cơ quan tổng hợp trả lại: "
        "Thiếu chữ ký) lúc "
    )
    accepted = f"đã tiếp nhận {_when(commune, capsys, 2)}"
    assert _ok(capsys, *sent).splitlines() == [
        f"v2 (điều chỉnh)\t2025-Q3\tII.06a\t{accepted}\t{second}",
        f"v1\t2025-Q3\tII.06a\t{returned}\t{first}",
    ]


def test_a_receipt_of_a_correction_says_so_in_the_file_and_on_paper(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office, commune, usb = _imported(tmp_path, capsys)
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004", "--period", P,
        "--out", str(usb))  # fmt: skip
    first = read_reply(usb / "BN_00004_2025-Q3_v1.egovr")
    assert (first.correction, first.correction_reason) == (False, "")
    said = _ok(capsys, "--data-dir", commune, "reply", "import",
               str(usb / "BN_00004_2025-Q3_v1.egovr"))  # fmt: skip
    assert said.startswith("Cấp trên đã tiếp nhận gói v1 lúc ")
    assert "Báo cáo điều chỉnh" not in _printed(usb / "BN_00004_2025-Q3_v1.xlsx")
    _ok(capsys, "--data-dir", commune, "package", "reopen", "--form", "II.06a", "--period", P,
        "--reason", "Sót một hồ sơ hộ tịch")  # fmt: skip
    _fill(capsys, commune, {"Hộ tịch": CORRECTED})
    _ok(capsys, "--data-dir", office, "package", "import", str(_send(capsys, commune, usb)))
    # The period was accepted: the correction waits as an update request until applied.
    _ok(capsys, "--data-dir", office, "package", "apply-update", "--unit", "00004",
        "--period", P)  # fmt: skip
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004", "--period", P,
        "--out", str(usb))  # fmt: skip
    second = read_reply(usb / "BN_00004_2025-Q3_v2.egovr")
    assert (second.correction, second.correction_reason) == (True, "Sót một hồ sơ hộ tịch")
    printed = _printed(usb / "BN_00004_2025-Q3_v2.xlsx")
    assert "Loại báo cáo\tBáo cáo điều chỉnh" in printed
    assert "Lý do điều chỉnh\tSót một hồ sơ hộ tịch" in printed
    assert "Kết quả\tĐã tiếp nhận báo cáo điều chỉnh" in printed
    said = _ok(capsys, "--data-dir", commune, "reply", "import",
               str(usb / "BN_00004_2025-Q3_v2.egovr"))  # fmt: skip
    assert said.startswith(
        "Cấp trên đã tiếp nhận gói v2 (báo cáo điều chỉnh: Sót một hồ sơ hộ tịch) lúc "
    )


def _rows(path: Path) -> list[tuple[object, ...]]:
    """The printable receipt's rows of cell values."""
    sheet = load_workbook(path).active
    assert sheet is not None
    return list(sheet.iter_rows(values_only=True))


def _printed(path: Path) -> str:
    """The printable receipt's label and value cells, one "label<TAB>value" line each."""
    return "\n".join(f"{row[1]}\t{row[2]}" for row in _rows(path))


def _signer(path: Path) -> object:
    """The name printed under "NGƯỜI TIẾP NHẬN" (signed by hand above it)."""
    values = [row[2] for row in _rows(path)]
    return values[values.index("NGƯỜI TIẾP NHẬN") + 5]


def test_the_receipt_prints_the_office_s_officer_or_leaves_the_name_blank(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Never the generic "cán bộ" a clerk would sign above as if it were a name."""
    office, _commune, usb = _imported(tmp_path, capsys)
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004", "--period", P,
        "--out", str(usb))  # fmt: skip
    assert _signer(usb / "BN_00004_2025-Q3_v1.xlsx") is None
    assert read_reply(usb / "BN_00004_2025-Q3_v1.egovr").officer == "cán bộ"  # who, in the trail
    _ok(capsys, "--data-dir", office, "setup", "--unit", "01", "--role", "aggregator",
        "--officer", "Lê Văn Cường")  # fmt: skip
    _ok(capsys, "--data-dir", office, "package", "return", "--unit", "00004", "--period", P,
        "--reason", "Thiếu lĩnh vực đất đai", "--out", str(usb))  # fmt: skip
    assert _signer(usb / "TL_00004_2025-Q3_v1.xlsx") == "Lê Văn Cường"
