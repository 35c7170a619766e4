"""The GUI process: smoke test, single instance per data folder, corrupt database handling."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile

from egov_desktop import app
from egov_desktop.cli import main as cli_main
from egov_desktop.services.dto import BackupInfo

pytestmark = pytest.mark.slow


def _gui(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "egov_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_smoke_test_on_a_set_up_folder(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert cli_main(["--data-dir", str(data), "setup", "--unit", "00004", "--role", "commune"]) == 0
    result_file = tmp_path / "smoke.txt"
    result = _gui("--smoke-test", "--data-dir", str(data), "--smoke-test-result", str(result_file))
    assert result.returncode == 0, result.stderr
    assert "startup ok" in result.stdout
    text = result_file.read_text(encoding="utf-8")
    assert text.startswith("startup ok") and "00004" in text
    assert "Traceback" not in result.stderr


def test_smoke_test_without_data_dir_uses_a_fresh_folder(tmp_path: Path) -> None:
    env_free = {k: v for k, v in os.environ.items() if k != "EGOV_DATA_DIR"}
    result = subprocess.run(
        [sys.executable, "-m", "egov_desktop", "--smoke-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env_free, "QT_QPA_PLATFORM": "offscreen"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "startup ok" in result.stdout and "not set up" in result.stdout


def test_second_instance_says_so_and_exits(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    lock = QLockFile(str(data / "egov.lock"))
    assert lock.tryLock(100)
    try:
        result = _gui("--smoke-test", "--data-dir", str(data))
    finally:
        lock.unlock()
    assert result.returncode == 0
    assert "đang chạy" in result.stdout
    assert "startup ok" not in result.stdout


@pytest.mark.parametrize(
    ("error", "says", "code"),
    [
        (QLockFile.LockError.LockFailedError, "đang chạy", 0),
        (QLockFile.LockError.PermissionError, "Không có quyền ghi", 2),
        (QLockFile.LockError.UnknownError, "Không có quyền ghi", 2),
    ],
)
def test_a_folder_that_cannot_be_written_is_not_called_already_open(
    tmp_path: Path, error: QLockFile.LockError, says: str, code: int
) -> None:
    refusal, exit_code = app.lock_refusal(error, tmp_path)
    assert says in refusal.message and exit_code == code


def test_corrupt_database_is_reported_not_traced(tmp_path: Path) -> None:
    data = tmp_path / "d"
    data.mkdir()
    (data / "egov.sqlite").write_bytes(b"not a database at all" * 200)
    result = _gui("--smoke-test", "--data-dir", str(data))
    assert result.returncode == 2
    assert "bị hỏng" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_corrupt_database_restores_the_newest_backup_when_confirmed(tmp_path: Path) -> None:
    from egov_desktop.app import open_or_recover
    from egov_desktop.config import AppPaths

    data = tmp_path / "d"
    assert cli_main(["--data-dir", str(data), "setup", "--unit", "00004", "--role", "commune"]) == 0
    assert cli_main(["--data-dir", str(data), "backup", "create"]) == 0
    for side in data.glob("egov.sqlite*"):
        side.unlink()
    (data / "egov.sqlite").write_bytes(b"broken" * 1000)
    (data / "egov.sqlite-wal").write_bytes(b"last edits" * 100)  # found at start, kept
    # A package sent after the backup: the question names it (the backup's history lacks it).
    (data / "outbox").mkdir()
    (data / "outbox" / "BC_00004_2025-Q3_v1.egov").write_bytes(b"sent")
    asked: list[str] = []
    named: list[list[str]] = []

    def confirm(error: object, newest: BackupInfo, sent: Sequence[str]) -> bool:
        asked.append(str(error))
        named.append(list(sent))
        return True

    services = open_or_recover(AppPaths.resolve(data), confirm)
    try:
        assert "bị hỏng" in asked[0]
        assert named == [["BC_00004_2025-Q3_v1.egov"]]
        assert services.setup.require().unit.code == "00004"
    finally:
        services.close()
    [aside] = (data / "backups").glob("corrupt_*.sqlite")
    assert aside.read_bytes() == b"broken" * 1000
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"last edits" * 100


def test_a_restore_puts_the_backup_in_place_and_a_damaged_one_changes_nothing(
    tmp_path: Path,
) -> None:
    from egov_desktop.app import restore_and_reopen
    from egov_desktop.bootstrap import open_services
    from egov_desktop.config import AppPaths

    data = tmp_path / "d"
    assert cli_main(["--data-dir", str(data), "setup", "--unit", "00004", "--role", "commune"]) == 0
    services = open_services(AppPaths.resolve(data))
    made = services.backups.create("manual")
    services.sectors.add("Sau khi sao lưu")
    damaged = data / "backups" / "egov_manual_20250101-000000.sqlite"
    damaged.write_bytes(b"broken" * 1000)
    same, error, safety = restore_and_reopen(services, damaged)
    assert same is services and error is not None and safety is None
    assert "không phải bản sao lưu dữ liệu của ứng dụng" in error.message
    assert "Sau khi sao lưu" in [s.name for s in services.sectors.list()]  # still open, as it was
    reopened, error, safety = restore_and_reopen(services, made.path)
    try:
        assert error is None and safety is not None and safety.reason == "before-restore"
        assert "Sau khi sao lưu" not in [s.name for s in reopened.sectors.list()]
    finally:
        reopened.close()


def test_corrupt_database_is_left_alone_when_declined(tmp_path: Path) -> None:
    from egov_desktop.app import open_or_recover
    from egov_desktop.config import AppPaths
    from egov_desktop.errors import CorruptDatabaseError

    data = tmp_path / "d"
    assert cli_main(["--data-dir", str(data), "setup", "--unit", "00004", "--role", "commune"]) == 0
    assert cli_main(["--data-dir", str(data), "backup", "create"]) == 0
    for side in data.glob("egov.sqlite*"):
        side.unlink()
    (data / "egov.sqlite").write_bytes(b"broken" * 1000)
    with pytest.raises(app.RestoreDeclinedError):
        open_or_recover(AppPaths.resolve(data), lambda error, newest, sent: False)
    assert (data / "egov.sqlite").read_bytes() == b"broken" * 1000
    # Without a backup to offer, the damage itself is the error to show.
    for backup in (data / "backups").glob("*"):
        backup.unlink()
    with pytest.raises(CorruptDatabaseError):
        open_or_recover(AppPaths.resolve(data), lambda error, newest, sent: False)


def test_an_unusable_newest_backup_is_not_offered(tmp_path: Path) -> None:
    from egov_desktop.app import open_or_recover
    from egov_desktop.config import AppPaths
    from egov_desktop.errors import CorruptDatabaseError

    data = tmp_path / "d"
    assert cli_main(["--data-dir", str(data), "setup", "--unit", "00004", "--role", "commune"]) == 0
    for side in data.glob("egov.sqlite*"):
        side.unlink()
    (data / "egov.sqlite").write_bytes(b"broken" * 1000)
    for backup in (data / "backups").glob("*"):
        backup.unlink()
    (data / "backups").mkdir(exist_ok=True)
    (data / "backups" / "egov_manual_20250101-000000.sqlite").write_bytes(b"")
    asked: list[str] = []
    with pytest.raises(CorruptDatabaseError):
        open_or_recover(AppPaths.resolve(data), lambda error, newest, sent: bool(asked.append("?")))
    assert asked == [] and (data / "egov.sqlite").read_bytes() == b"broken" * 1000


def test_quitting_at_the_damaged_database_question_shows_nothing_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The question already showed the damage; a second box with the same text was noise."""
    data = tmp_path / "d"
    assert cli_main(["--data-dir", str(data), "setup", "--unit", "00004", "--role", "commune"]) == 0
    assert cli_main(["--data-dir", str(data), "backup", "create"]) == 0
    for side in data.glob("egov.sqlite*"):
        side.unlink()
    (data / "egov.sqlite").write_bytes(b"broken" * 1000)
    asked: list[str] = []
    shown: list[str] = []
    monkeypatch.setattr(
        app, "confirm_restore", lambda error, newest, sent: asked.append("?") or False
    )
    monkeypatch.setattr(app, "_fail", lambda error, smoke, result: shown.append(error.message))
    args, _ = app._parse(["--data-dir", str(data)])
    from egov_desktop.config import AppPaths

    app._Startup(None, AppPaths.resolve(data), args).load()  # type: ignore[arg-type]
    assert asked == ["?"] and shown == []


def _headless(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the GUI as on a server with no X11/Wayland display and no platform chosen."""
    gone = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if k not in gone}
    return subprocess.run(
        [sys.executable, "-m", "egov_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=60,
    )


def test_smoke_test_without_a_display_falls_back_to_offscreen(tmp_path: Path) -> None:
    result = _headless("--smoke-test", "--data-dir", str(tmp_path / "d"))
    assert result.returncode == 0, result.stderr
    assert "startup ok" in result.stdout


def test_normal_start_without_a_display_says_why(tmp_path: Path) -> None:
    result = _headless("--data-dir", str(tmp_path / "d"))
    assert result.returncode == 2
    assert "Không tìm thấy màn hình" in result.stderr


def test_the_launcher_s_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        app._parse(["--help"])
    shown = capsys.readouterr().out
    assert "cách dùng: egov-desktop" in shown and "thư mục dữ liệu" in shown
    assert "show" not in shown and "usage" not in shown


def test_the_restore_question_names_the_packages_the_backup_predates(qapp: object) -> None:
    from datetime import datetime

    newest = BackupInfo(Path("b.sqlite"), "daily", datetime(2026, 11, 2, 8, 30), 1)
    assert "{count}" not in app.restore_prompt(newest, [])
    text = app.restore_prompt(newest, ["BC_00004_2025-Q3_v1.egovx", "b", "c", "d"])
    assert "4 package(s) sent after this backup (BC_00004_2025-Q3_v1.egovx, b, c, …)" in text


def test_the_offered_backup_is_the_newest_a_restore_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged newest backup and one of another unit are passed over for this unit's older
    one: the clerk is not offered a backup that fails, nor one refused once they agree."""
    from egov_desktop import bootstrap
    from egov_desktop.app import open_or_recover
    from egov_desktop.config import AppPaths
    from egov_desktop.errors import CorruptDatabaseError

    data, other = tmp_path / "d", tmp_path / "other"
    for folder, unit in ((data, "00004"), (other, "00070")):
        setup = ["setup", "--unit", unit, "--role", "commune"]
        assert cli_main(["--data-dir", str(folder), *setup]) == 0
        assert cli_main(["--data-dir", str(folder), "backup", "create"]) == 0
    (own,) = (data / "backups").glob("egov_manual_*.sqlite")
    (foreign,) = (other / "backups").glob("egov_manual_*.sqlite")
    shutil.copyfile(foreign, data / "backups" / "egov_manual_29990101-000000.sqlite")
    (data / "backups" / "egov_manual_29990102-000000.sqlite").write_bytes(b"broken" * 1000)
    # Damaged pages elsewhere in the file, its setup still readable: it still tells its unit.
    opened = bootstrap.open_services
    calls: list[int] = []

    def damaged_once(paths: AppPaths) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise CorruptDatabaseError("hỏng")
        return opened(paths)

    monkeypatch.setattr(bootstrap, "open_services", damaged_once)
    offered: list[Path] = []

    def confirm(error: object, newest: BackupInfo, sent: Sequence[str]) -> bool:
        offered.append(newest.path)
        return True

    services = open_or_recover(AppPaths.resolve(data), confirm)
    try:
        assert offered == [own]
        assert services.setup.require().unit.code == "00004"
    finally:
        services.close()


def test_a_data_folder_that_is_a_file_is_refused_at_start(tmp_path: Path) -> None:
    afile = tmp_path / "notes.txt"
    afile.write_text("x", encoding="utf-8")
    result = _gui("--smoke-test", "--data-dir", str(afile))
    assert result.returncode == 2
    assert f"Thư mục dữ liệu {afile} là một tệp, không phải thư mục" in result.stdout
    assert afile.read_text(encoding="utf-8") == "x"
