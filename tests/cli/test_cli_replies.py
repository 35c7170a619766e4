"""Replies at the office (accept, return) and at the commune (`package sent`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli_exchange import P, _commune, _ok, _send


def test_replies_written_elsewhere_are_kept_in_replies_and_named_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office = str(tmp_path / "office")
    _ok(capsys, "--data-dir", office, "setup", "--unit", "01", "--role", "aggregator")
    commune = _commune(tmp_path, capsys, "00004")
    usb = tmp_path / "usb"
    usb.mkdir()
    _ok(capsys, "--data-dir", office, "package", "import", str(_send(capsys, commune, usb)))
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
    assert "\tbiên nhận\t" in listed and "receipt" not in listed
    _ok(capsys, "--data-dir", commune, "reply", "import", str(usb / "TL_00004_2025-Q3_v1.egovr"))
    listed = _ok(capsys, "--data-dir", commune, "package", "sent")
    assert "\ttrả lại\t" in listed and "return" not in listed
