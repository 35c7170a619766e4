"""The pure helpers of make.py (the task runner is not a package, so it is loaded by path)."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load_make() -> ModuleType:
    spec = importlib.util.spec_from_file_location("egov_make", ROOT / "make.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make = _load_make()


class TestInterpreter:
    def test_running_python_wins_when_supported(self) -> None:
        """A supported running Python is used without probing anything."""

        def probe(cmd: list[str]) -> tuple[int, int] | None:
            raise AssertionError("no probe expected")

        assert make.choose_interpreter((3, 12), "/usr/bin/python3", probe, False) == [
            "/usr/bin/python3"
        ]

    @pytest.mark.parametrize("current", [(3, 10), (3, 14), (2, 7)])
    def test_unsupported_running_python_falls_back_to_newest_found(
        self, current: tuple[int, int]
    ) -> None:
        """Candidates are probed newest first; ones that fail or report the wrong version skip."""
        probed: list[list[str]] = []
        answers = {"python3.13": None, "python3.12": (3, 10), "python3.11": (3, 11)}

        def probe(cmd: list[str]) -> tuple[int, int] | None:
            probed.append(cmd)
            return answers[cmd[0]]

        assert make.choose_interpreter(current, "/x/python", probe, False) == ["python3.11"]
        assert probed == [["python3.13"], ["python3.12"], ["python3.11"]]

    def test_windows_uses_the_py_launcher(self) -> None:
        def probe(cmd: list[str]) -> tuple[int, int] | None:
            return (3, 12) if cmd == ["py", "-3.12"] else None

        assert make.choose_interpreter((3, 9), "C:/py39/python.exe", probe, True) == ["py", "-3.12"]

    def test_none_found(self) -> None:
        assert make.choose_interpreter((3, 10), "/x/python", lambda cmd: None, False) is None


class TestVenv:
    def test_script_paths(self) -> None:
        venv = Path("v")
        assert make.venv_script(venv, "python", False) == Path("v/bin/python")
        assert make.venv_script(venv, "python", True) == Path("v/Scripts/python.exe")
        assert make.venv_script(venv, "lint-imports", True) == Path("v/Scripts/lint-imports.exe")

    def test_stamp_tracks_pyproject(self, tmp_path: Path) -> None:
        """Install when the stamp is missing or stale; skip once it matches pyproject.toml."""
        stamp = tmp_path / "stamp"
        digest = make.deps_digest(b"[project]\nname = 'a'\n")
        assert make.needs_install(stamp, digest)
        stamp.write_text(digest + "\n", encoding="ascii")
        assert not make.needs_install(stamp, digest)
        changed = make.deps_digest(b"[project]\nname = 'b'\n")
        assert changed != digest
        assert make.needs_install(stamp, changed)

    def test_finds_lrelease_binary_when_no_entry_point(self, tmp_path: Path) -> None:
        assert make.find_lrelease(tmp_path, False) is None
        binary = tmp_path / "lib/python3.11/site-packages/PySide6/lrelease"
        binary.parent.mkdir(parents=True)
        binary.touch()
        assert make.find_lrelease(tmp_path, False) == binary
        script = tmp_path / "bin/pyside6-lrelease"
        script.parent.mkdir()
        script.touch()
        assert make.find_lrelease(tmp_path, False) == script

    def test_stale_translations(self, tmp_path: Path) -> None:
        ts = tmp_path / "egov_desktop_vi.ts"
        ts.write_text("<TS/>", encoding="utf-8")
        assert make.stale_translations(tmp_path) == [ts]
        qm = ts.with_suffix(".qm")
        qm.write_bytes(b"qm")
        os.utime(ts, (1_000_000, 1_000_000))
        assert make.stale_translations(tmp_path) == []
        os.utime(ts, (qm.stat().st_mtime + 10, qm.stat().st_mtime + 10))
        assert make.stale_translations(tmp_path) == [ts]


class TestSystemPackages:
    def test_offscreen_needs_only_the_qt_set(self) -> None:
        assert make.qt_packages({}) == make.APT_QT
        offscreen = {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}
        assert make.qt_packages(offscreen) == make.APT_QT

    def test_display_adds_xcb(self) -> None:
        packages = make.qt_packages({"DISPLAY": ":99"})
        assert "libxcb-cursor0" in packages and "libgl1" in packages

    def test_command_text_for_a_normal_user(self) -> None:
        text = make.shell_text(make.apt_commands(["libgl1", "libegl1"], root=False))
        assert text == (
            "sudo apt-get update && sudo apt-get install -y --no-install-recommends libgl1 libegl1"
        )

    def test_root_runs_apt_without_sudo(self) -> None:
        update, install = make.apt_commands(["binutils"], root=True)
        assert update == ["apt-get", "update"]
        assert install == ["apt-get", "install", "-y", "--no-install-recommends", "binutils"]


class TestSteps:
    @staticmethod
    def _exit(code: int) -> list[str]:
        return [sys.executable, "-c", f"raise SystemExit({code})"]

    def test_stops_at_first_failure(self, tmp_path: Path) -> None:
        """The failing step is named, its code propagates, later steps never run."""
        marker = tmp_path / "ran"
        touch = [sys.executable, "-c", f"open({str(marker)!r}, 'w').close()"]
        steps = [("ok", self._exit(0)), ("broken", self._exit(3)), ("later", touch)]
        with pytest.raises(make.StepError, match="step 'broken' failed with exit code 3") as info:
            make.run_steps(steps, dict(os.environ))
        assert info.value.code == 3
        assert not marker.exists()

    def test_pytest_collecting_nothing_fails(self) -> None:
        with pytest.raises(make.StepError, match="no tests were collected") as info:
            make.run_steps([("pytest", self._exit(5))], dict(os.environ))
        assert info.value.code == 5

    def test_all_pass(self) -> None:
        make.run_steps([("a", self._exit(0)), ("b", self._exit(0))], dict(os.environ))

    def test_unknown_command_and_stray_arguments(self) -> None:
        assert make.main(["nonsense"]) == 2
        assert make.main(["lint", "--fix"]) == 2
