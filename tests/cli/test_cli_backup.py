"""`egov backup`: a restore refuses anything but this unit's own backups, and changes nothing
when it does; read-only commands leave a fresh folder as it was."""

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from egov_desktop.db.schema import HEAD_REVISION
from tests.cli.runner import run

ROOT = Path(__file__).resolve().parents[2]


def _setup(capsys: pytest.CaptureFixture[str], data: Path, unit: str = "00004") -> None:
    code, _, err = run(
        capsys, "--data-dir", str(data), "setup", "--unit", unit, "--role", "commune"
    )
    assert code == 0, err


def _state(data: Path) -> dict[str, bytes]:
    """Every file of the data folder but the log, with its bytes."""
    return {
        str(p.relative_to(data)): p.read_bytes()
        for p in sorted(data.rglob("*"))
        if p.is_file() and "logs" not in p.parts
    }


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "d"
    _setup(capsys, folder)
    assert run(capsys, "--data-dir", str(folder), "backup", "create")[0] == 0
    return folder


def _refused(capsys: pytest.CaptureFixture[str], data: Path, source: Path) -> str:
    before = _state(data)
    code, out, err = run(
        capsys, "--data-dir", str(data), "backup", "restore", "--file", str(source)
    )
    assert code == 2 and out == ""
    assert _state(data) == before
    return err


def test_a_missing_file_is_refused_and_not_created(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nonexist.sqlite"
    err = _refused(capsys, data, missing)
    assert err == f"Lỗi: Không tìm thấy tệp sao lưu {missing}.\n"
    assert not missing.exists()
    code, out, _ = run(capsys, "--data-dir", str(data), "info")
    assert code == 0 and "Phường Ba Đình" in out


def test_a_file_that_is_no_database_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "notapkg.egov"
    package.write_bytes(b"PK\x03\x04 not a backup" * 50)
    err = _refused(capsys, data, package)
    assert err == f"Lỗi: Tệp {package} không phải bản sao lưu dữ liệu của ứng dụng.\n"


def test_a_refusal_prints_no_log_line(data: Path, tmp_path: Path) -> None:
    """A fresh process, as the user runs it: no English log line next to the message."""
    package = tmp_path / "notapkg.egov"
    package.write_bytes(b"hello\n")
    done = subprocess.run(
        [sys.executable, "-m", "egov_desktop.cli", "--data-dir", str(data), "backup", "restore"]
        + ["--file", str(package)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == f"Lỗi: Tệp {package} không phải bản sao lưu dữ liệu của ứng dụng.\n"


def test_a_sqlite_file_of_another_program_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    err = _refused(capsys, data, other)
    assert "không phải bản sao lưu dữ liệu của ứng dụng" in err
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    assert "không phải bản sao lưu dữ liệu của ứng dụng" in _refused(capsys, data, empty)


def test_a_backup_of_a_newer_schema_is_refused(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    newer = tmp_path / "newer.sqlite"
    newer.write_bytes((data / "egov.sqlite").read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    assert HEAD_REVISION != "9999"
    err = _refused(capsys, data, newer)
    assert "phiên bản mới hơn" in err and "9999" in err


def test_another_unit_s_backup_is_refused_but_fills_a_new_folder(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "o"
    _setup(capsys, other, "00008")
    code, out, _ = run(capsys, "--data-dir", str(other), "backup", "create")
    source = Path(out.removeprefix("Đã sao lưu: ").strip())
    err = _refused(capsys, data, source)
    assert '"Phường Ngọc Hà" (00008)' in err and '"Phường Ba Đình" (00004)' in err
    assert "--data-dir" in err
    fresh = tmp_path / "new"
    assert run(capsys, "--data-dir", str(fresh), "backup", "restore", "--file", str(source))[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(fresh), "info")
    assert code == 0 and "Phường Ngọc Hà" in out


def _officer(capsys: pytest.CaptureFixture[str], data: Path) -> str:
    code, out, err = run(capsys, "--data-dir", str(data), "info", "--json")
    assert code == 0, err
    return str(json.loads(out)["officer"])


def test_restore_newest_passes_over_a_damaged_and_another_unit_s_backup(
    data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """After a bad crash the newest backup may be damaged: the newest one that can be restored
    is restored, and stderr names those passed over and why."""
    setup = ["setup", "--unit", "00004", "--role", "commune"]
    assert run(capsys, "--data-dir", str(data), *setup, "--officer", "A")[0] == 0
    assert run(capsys, "--data-dir", str(data), "backup", "create")[0] == 0
    good = max((data / "backups").glob("egov_manual_*.sqlite"), key=lambda p: p.stat().st_mtime_ns)
    assert run(capsys, "--data-dir", str(data), *setup, "--officer", "B")[0] == 0
    other = tmp_path / "o"
    _setup(capsys, other, "00008")
    code, out, _ = run(capsys, "--data-dir", str(other), "backup", "create")
    foreign = data / "backups" / "egov_manual_29990101-000000.sqlite"
    shutil.copyfile(Path(out.removeprefix("Đã sao lưu: ").strip()), foreign)
    broken = data / "backups" / "egov_manual_29990102-000000.sqlite"
    broken.write_bytes(b"broken" * 1000)

    code, out, err = run(capsys, "--data-dir", str(data), "backup", "restore", "--newest")
    assert code == 0, err
    assert out.startswith(f"Đã khôi phục từ {good}.\n")
    lines = err.splitlines()
    assert lines[0] == "Lưu ý: đã bỏ qua 2 bản sao lưu không khôi phục được:"
    assert lines[1] == f"- Tệp {broken} không phải bản sao lưu dữ liệu của ứng dụng."
    assert lines[2].startswith(f'- Bản sao lưu {foreign} là dữ liệu của đơn vị "Phường Ngọc Hà"')
    assert _officer(capsys, data) == "A"


def test_restore_newest_when_no_backup_can_be_restored_changes_nothing(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    backups = sorted((data / "backups").glob("*.sqlite"))
    assert backups
    for item in backups:
        item.write_bytes(b"broken" * 1000)
    before = _state(data)
    code, out, err = run(capsys, "--data-dir", str(data), "backup", "restore", "--newest")
    assert code == 2 and out == ""
    assert _state(data) == before
    assert f"Lỗi: Không có bản sao lưu nào trong thư mục {data / 'backups'} khôi phục được" in err
    assert all(str(item) in err for item in backups)


def test_backup_list_names_the_reasons_in_vietnamese(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(data), "backup", "list")
    assert code == 0
    reasons = sorted(line.split("\t")[1] for line in out.splitlines())
    assert reasons == ["Hằng ngày", "Theo yêu cầu"]
    listed = json.loads(run(capsys, "--data-dir", str(data), "backup", "list", "--json")[1])
    assert sorted(b["reason"] for b in listed) == ["daily", "manual"]


@pytest.mark.parametrize(
    "command",
    [
        ["info"],
        ["info", "--json"],
        ["backup", "create"],
        ["sectors", "list"],
        ["entry", "show", "--form", "II.06a", "--period", "2025-Q3"],
        ["dvc", "indicators", "--period", "2025-Q3"],
        ["dossiers", "list"],
        ["package", "sent"],
    ],
)
def test_a_command_on_a_fresh_folder_says_setup_and_creates_nothing(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "new"
    code, out, err = run(capsys, "--data-dir", str(fresh), *command)
    assert code == 2 and out == ""
    assert err.startswith("Lỗi: Chưa thiết lập đơn vị cho thư mục dữ liệu này.")
    assert not fresh.exists()


def test_backup_list_of_a_fresh_folder_is_empty_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "new"
    assert run(capsys, "--data-dir", str(fresh), "backup", "list") == (0, "", "")
    assert not fresh.exists()
