import errno
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from egov_desktop.cli import main
from tests.cli.runner import run


def test_setup_then_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    code, out, _ = run(capsys, "--data-dir", data, "setup", "--unit", "00004", "--role", "commune")
    assert code == 0
    assert "Phường Ba Đình" in out
    code, out, _ = run(capsys, "--data-dir", data, "info", "--json")
    assert code == 0
    info = json.loads(out)
    assert info["unit"] == {
        "code": "00004",
        "name": "Phường Ba Đình",
        "level": "commune",
        "province": {"code": "01", "name": "Thành phố Hà Nội"},
    }
    assert info["role"] == "commune"
    assert info["catalog"] == "2025"
    assert info["period_mode"] == "cutoff"
    assert info["data_dir"] == str(Path(data).resolve())


def test_unknown_unit_exits_2_and_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "d"
    code, out, err = run(
        capsys, "--data-dir", str(data), "setup", "--unit", "99999", "--role", "commune"
    )
    assert code == 2
    assert "Không tìm thấy đơn vị" in err and "99999" in err
    assert out == ""
    assert not data.exists()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--unit", "00004", "--role", "boss"], 'tham số --role: "boss" không hợp lệ'),
        (["--unit", "00004", "--role", "commune", "--period-mode", "weekly"], "--period-mode"),
        (["--unit", "00004", "--role", "commune", "--catalog", "1990"], "Danh mục"),
        (["--unit", "01", "--role", "commune"], "không phải cấp xã"),
        (["--unit", "00004", "--role", "aggregator"], "cơ quan tổng hợp"),
        (["--unit", "00004", "--role", "commune", "--agency-code", "H26/01"], "Mã định danh"),
    ],
)
def test_bad_setup_input_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    data = tmp_path / "d"
    code, _, err = run(capsys, "--data-dir", str(data), "setup", *args)
    assert code == 2
    assert needle in err
    assert not data.exists()


def test_agency_code_and_receiving_unit_are_set_and_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    setup = ("--data-dir", data, "setup", "--unit", "00004", "--role", "commune")
    extra = ("--agency-code", "000.00.31.h26", "--receiving-unit", "Sở Nội vụ Hà Nội")
    assert run(capsys, *setup, *extra)[0] == 0
    assert run(capsys, *setup)[0] == 0  # not named again: kept
    info = json.loads(run(capsys, "--data-dir", data, "info", "--json")[1])
    assert (info["agency_code"], info["receiving_unit"]) == ("000.00.31.H26", "Sở Nội vụ Hà Nội")
    text = run(capsys, "--data-dir", data, "info")[1]
    assert "Mã định danh điện tử: 000.00.31.H26" in text


def test_aggregator_province(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    assert run(capsys, "--data-dir", data, "setup", "--unit", "01", "--role", "aggregator")[0] == 0
    info = json.loads(run(capsys, "--data-dir", data, "info", "--json")[1])
    assert info["unit"]["level"] == "province"
    assert info["role"] == "aggregator"


def test_rebinding_to_another_unit_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "d")
    run(capsys, "--data-dir", data, "setup", "--unit", "00004", "--role", "commune")
    db = Path(data) / "egov.sqlite"
    before = sqlite3.connect(db).execute("SELECT count(*) FROM audit_entry").fetchone()
    code, _, err = run(capsys, "--data-dir", data, "setup", "--unit", "00008", "--role", "commune")
    assert code == 2 and "đã gắn với đơn vị" in err
    # The window's words, then the option the command line names another folder with.
    assert (
        "hãy dùng một thư mục dữ liệu khác. Dòng lệnh: chọn thư mục dữ liệu bằng --data-dir" in err
    )
    after = sqlite3.connect(db).execute("SELECT count(*) FROM audit_entry").fetchone()
    assert before == after


def test_info_before_setup_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "info", "--json")
    assert code == 2 and "Chưa thiết lập" in err


def test_env_var_selects_the_data_dir(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("EGOV_DATA_DIR", str(tmp_path / "env"))
    assert run(capsys, "setup", "--unit", "00004", "--role", "commune")[0] == 0
    assert (tmp_path / "env" / "egov.sqlite").exists()


def test_units_search_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "units", "search", "phuong ba dinh", "--json")
    assert code == 0
    rows = json.loads(out)
    assert rows[0] == {
        "code": "00004",
        "name": "Phường Ba Đình",
        "level": "commune",
        "province_code": "01",
        "province_name": "Thành phố Hà Nội",
    }
    names = {
        (r["name"], r["province_name"])
        for r in json.loads(run(capsys, "units", "search", "ba dinh", "--json")[1])
    }
    assert ("Xã Ba Đình", "Tỉnh Thanh Hóa") in names


def test_units_search_legacy_has_district(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "units", "search", "phuc xa", "--catalog", "legacy", "--json")
    assert code == 0
    first = json.loads(out)[0]
    assert first["district_name"] == "Quận Ba Đình"


def test_backup_create_list_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = str(tmp_path / "d")
    run(
        capsys,
        "--data-dir",
        data,
        "setup",
        "--unit",
        "00004",
        "--role",
        "commune",
        "--officer",
        "A",
    )
    assert run(capsys, "--data-dir", data, "backup", "create")[0] == 0
    run(
        capsys,
        "--data-dir",
        data,
        "setup",
        "--unit",
        "00004",
        "--role",
        "commune",
        "--officer",
        "B",
    )
    listed = json.loads(run(capsys, "--data-dir", data, "backup", "list", "--json")[1])
    manual = [b for b in listed if b["reason"] == "manual"]
    assert manual
    assert run(capsys, "--data-dir", data, "backup", "restore", "--file", manual[0]["path"])[0] == 0
    info = json.loads(run(capsys, "--data-dir", data, "info", "--json")[1])
    assert info["officer"] == "A"


def test_restoring_another_unit_s_backup_names_the_data_folder_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    own, other = str(tmp_path / "own"), str(tmp_path / "other")
    assert run(capsys, "--data-dir", own, "setup", "--unit", "00004", "--role", "commune")[0] == 0
    assert run(capsys, "--data-dir", other, "setup", "--unit", "00008", "--role", "commune")[0] == 0
    assert run(capsys, "--data-dir", other, "backup", "create")[0] == 0
    (made,) = (tmp_path / "other" / "backups").glob("egov_manual_*.sqlite")
    code, _, err = run(capsys, "--data-dir", own, "backup", "restore", "--file", str(made))
    assert code == 2 and 'là dữ liệu của đơn vị "Phường Ngọc Hà" (00008)' in err
    assert "Dòng lệnh: chọn thư mục dữ liệu bằng --data-dir THƯ_MỤC." in err


def test_restore_is_refused_while_the_window_has_the_folder_open(
    capsys: pytest.CaptureFixture[str], data: str
) -> None:
    folder = Path(data)
    assert run(capsys, "--data-dir", data, "backup", "create")[0] == 0
    window = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (folder / "egov.lock").write_text(f"{window.pid}\negov-desktop\nhost\n", encoding="utf-8")
        before = (folder / "egov.sqlite").read_bytes()
        code, _, err = run(capsys, "--data-dir", data, "backup", "restore", "--newest")
        assert code == 2 and "hãy đóng cửa sổ ứng dụng" in err and "egov.lock" in err
        assert (folder / "egov.sqlite").read_bytes() == before
    finally:
        window.kill()
        window.wait()
    # Once the window is gone, its stale lock file does not stand in the way.
    assert run(capsys, "--data-dir", data, "backup", "restore", "--newest")[0] == 0


def test_restore_newest_without_backups_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", str(tmp_path / "d"), "backup", "restore", "--newest")
    assert code == 2 and "Chưa có bản sao lưu" in err


def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["setup"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("cách dùng: egov setup")
    assert "Lỗi: thiếu tham số bắt buộc: --unit, --role.\n" in err


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ([], "Lỗi: thiếu lệnh, hãy chọn một trong: setup, info, clock,"),
        (["backup"], "Lỗi: thiếu lệnh, hãy chọn một trong: create, list, restore.\n"),
        (
            ["backup", "xoa"],
            "Lỗi: không có lệnh «xoa», hãy chọn một trong: create, list, restore.\n",
        ),
    ],
)
def test_a_missing_or_unknown_command_is_named_with_the_commands(
    capsys: pytest.CaptureFixture[str], args: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert said in err
    assert "command" not in err.split("Lỗi:", 1)[1]


def test_argparse_s_own_texts_are_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["units", "search", "--limit", "mười", "Ba Đình"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert 'tham số --limit: phải là số nguyên, ví dụ 50, không phải "mười"' in err
    with pytest.raises(SystemExit) as exit_info:
        main(["info", "--help"])
    assert exit_info.value.code == 0
    help_text = capsys.readouterr().out
    assert "tùy chọn:" in help_text and "hiện hướng dẫn này rồi thoát" in help_text


def test_cli_does_not_import_qt() -> None:
    code = (
        "import sys, egov_desktop.cli, egov_desktop.bootstrap;"
        "bad=[m for m in sys.modules if m.startswith(('PySide6','shiboken6'))];"
        "print(bad); raise SystemExit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    egov = Path(sys.executable).with_name("egov")
    if not egov.exists():
        pytest.skip("egov entry point not installed")
    result = subprocess.run(
        [
            str(egov),
            "--data-dir",
            str(tmp_path / "d"),
            "setup",
            "--unit",
            "00004",
            "--role",
            "commune",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert "Phường Ba Đình" in result.stdout


ROOT = Path(__file__).resolve().parents[2]


def test_a_reader_that_stops_early_ends_the_command_quietly(tmp_path: Path) -> None:
    """`egov … --json | head -c 10`: no traceback, no log, exit 1 as Python's own on EPIPE."""
    data = tmp_path / "d"
    command = [
        sys.executable, "-m", "egov_desktop.cli", "--data-dir", str(data),
        "units", "search", "x", "--catalog", "legacy", "--limit", "100000", "--json",
    ]  # fmt: skip
    # Well over a pipe's buffer, so that the command is still writing when the reader leaves.
    child = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env_here()
    )
    assert child.stdout is not None and child.stderr is not None
    assert child.stdout.read(10).startswith(b"[")
    child.stdout.close()
    err = child.stderr.read().decode("utf-8")
    child.stderr.close()
    assert child.wait(timeout=120) == 1
    assert err == ""
    assert not data.exists()


def _env_here() -> dict[str, str]:
    """The environment with this checkout's package first on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


class _GoneReader(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")


def test_broken_pipe_in_process_is_no_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _GoneReader())
    code = main(["--data-dir", str(tmp_path / "d"), "units", "search", "Ba Đình", "--json"])
    assert code == 1
    assert capsys.readouterr().err == ""
    assert not (tmp_path / "d").exists()


class _ClosedWindowsPipe(io.StringIO):
    """Windows' stdout once its reader has gone: writing fails with EINVAL, not EPIPE."""

    def write(self, text: str) -> int:
        raise OSError(errno.EINVAL, "Invalid argument")


def test_a_reader_gone_on_windows_is_no_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "stdout", _ClosedWindowsPipe())
    code = main(["--data-dir", str(tmp_path / "d"), "units", "search", "Ba Đình", "--json"])
    assert code == 1
    assert capsys.readouterr().err == ""  # no "Lỗi không mong muốn", nothing in the crash log
    assert isinstance(sys.stdout, _ClosedWindowsPipe)  # as the command found it
    # Any other failure of the output is not taken for the reader leaving.
    monkeypatch.setattr(sys, "stdout", _FullDisk())
    assert main(["--data-dir", str(tmp_path / "d"), "units", "search", "Ba Đình"]) == 1
    assert "Lỗi không mong muốn" in capsys.readouterr().err


class _FullDisk(io.StringIO):
    def write(self, text: str) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")
