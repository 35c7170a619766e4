"""`egov info` tells the IT officer the versions, the logs folder and the room the data takes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from egov_desktop import __version__
from egov_desktop.db import backup
from egov_desktop.domain.text import size_text
from egov_desktop.services import about
from tests.cli.runner import egov

#: The keys `egov info --json` had before "storage": scripts read them.
KEYS = {
    "unit",
    "role",
    "catalog",
    "period_mode",
    "officer",
    "head",
    "agency_code",
    "receiving_unit",
    "data_dir",
    "current_period",
    "last_backup",
    "clock",
}


def _backups(data: str) -> Path:
    """Three older backups of known size and time (setup made none)."""
    folder = Path(data) / "backups"
    folder.mkdir()
    for name, size in (
        ("egov_daily_20250819-170000.sqlite", 1_500_000),
        ("egov_manual_20250820-093000.sqlite", 2_000_000),
        ("egov_before-import_20250701-080000.sqlite", 1_200_000),
    ):
        (folder / name).write_bytes(b"x" * size)
    return folder


def _daily(folder: Path) -> backup.BackupFile:
    """Today's backup, which `info` made on opening the folder: the newest of four."""
    items = backup.list_backups(folder)
    assert len(items) == 4 and items[0].reason == "daily"
    return items[0]


def test_info_json_has_the_storage(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    folder = _backups(data)
    code, out, err = egov(capsys, data, "info", "--json")
    assert code == 0, err
    daily = _daily(folder)
    info = json.loads(out)
    assert set(info) == KEYS | {"storage"}
    database = Path(data).resolve() / "egov.sqlite"
    assert info["storage"] == {
        "app_version": __version__,
        "os": about.os_text(),
        "logs_dir": str(Path(data).resolve() / "logs"),
        "database_bytes": about.database_bytes(database),
        "backups": {"count": 4, "bytes": daily.size + 4_700_000},
        "newest_backup": daily.created_at.isoformat(sep=" "),
        "free_bytes": 10**15,  # tests/conftest.py: a roomy disk
    }
    assert info["storage"]["database_bytes"] > 0
    # The keys before it are as they were.
    assert info["last_backup"] == str(daily.path)
    assert info["unit"]["code"] == "00004" and info["data_dir"] == str(Path(data).resolve())


def test_info_json_says_null_when_the_disk_cannot_tell(
    data: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def unknown(_folder: object) -> int:
        raise OSError("not a local disk")

    monkeypatch.setattr(backup, "_free_bytes", unknown)
    code, out, err = egov(capsys, data, "info", "--json")
    assert code == 0, err
    assert json.loads(out)["storage"]["free_bytes"] is None


def test_info_text_tells_the_logs_folder_and_the_room(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _backups(data)
    code, out, err = egov(capsys, data, "info")
    assert code == 0, err
    daily = _daily(folder)
    lines = out.splitlines()
    assert lines[-2] == f"Thư mục nhật ký: {Path(data).resolve() / 'logs'}"
    assert lines[-1].startswith("Dung lượng: cơ sở dữ liệu ")
    room = size_text(daily.size + 4_700_000)
    assert lines[-1].endswith(f"; 4 bản sao lưu, {room}; ổ đĩa còn trống 1000000 GB")
