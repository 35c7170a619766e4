"""Smoke test of the frozen onedir: python installer/smoke_test.py dist/egov-desktop.

Runs the windowed `egov-desktop --smoke-test` offscreen on a fresh data folder, then the console
`egov info --json` on that folder, checks that `egov` carries no PySide6, and checks the size.
A windowed build has no stdout on Windows, so the GUI's verdict is read from the result file.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

MAX_MB = 130.0
TIMEOUT_S = 120
BAD_MARKERS = (
    "ModuleNotFoundError",
    "ImportError",
    "Could not load the Qt platform plugin",
    "Traceback",
)
EXE_SUFFIX = ".exe" if os.name == "nt" else ""


def _run(cmd: list[str], env: dict[str, str]) -> tuple[int, str]:
    print("+ " + " ".join(cmd), flush=True)
    try:
        done = subprocess.run(
            cmd,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
        )
    except subprocess.TimeoutExpired:
        return -1, f"timed out after {TIMEOUT_S} s"
    output = done.stdout + done.stderr
    if output.strip():
        print(output.rstrip())
    return done.returncode, output


def _bad_markers(output: str) -> list[str]:
    return [marker for marker in BAD_MARKERS if marker in output]


def check_gui(
    onedir: Path, data_dir: Path, env: dict[str, str], expect: str | None = None
) -> list[str]:
    """The windowed executable starts and reports `startup ok` (and `expect`, when given)."""
    result = data_dir.parent / f"smoke-result-{data_dir.name}.txt"
    exe = str(onedir / f"egov-desktop{EXE_SUFFIX}")
    cmd = [exe, "--smoke-test", "--smoke-test-result", str(result), "--data-dir", str(data_dir)]
    code, output = _run(cmd, env)
    problems = [f"egov-desktop printed {marker!r}" for marker in _bad_markers(output)]
    if code != 0:
        problems.append(f"egov-desktop exited with {code}")
    text = result.read_text(encoding="utf-8") if result.exists() else ""
    if "startup ok" not in text:
        problems.append(f"result file lacks 'startup ok': {text.strip() or '(missing or empty)'}")
    elif expect is not None and expect not in text:
        problems.append(f"result file lacks {expect!r}: {text.strip()}")
    return problems


def check_setup(onedir: Path, data_dir: Path, env: dict[str, str]) -> list[str]:
    """`egov setup` binds a folder (migrations from base inside the bundle) and `info` reads it."""
    exe = str(onedir / f"egov{EXE_SUFFIX}")
    code, output = _run(
        [exe, "--data-dir", str(data_dir), "setup", "--unit", "00004", "--role", "commune"], env
    )
    problems = [f"egov setup printed {marker!r}" for marker in _bad_markers(output)]
    if code != 0:
        problems.append(f"egov setup exited with {code}: {output.strip()}")
    code, output = _run([exe, "--data-dir", str(data_dir), "info", "--json"], env)
    if code != 0 or '"00004"' not in output:
        problems.append(f"egov info after setup: exit {code}: {output.strip()}")
    return problems


def check_cli(onedir: Path, data_dir: Path, env: dict[str, str]) -> list[str]:
    """The console executable answers on the same folder; 2 is a clean refusal, not a crash."""
    exe = str(onedir / f"egov{EXE_SUFFIX}")
    code, output = _run([exe, "--data-dir", str(data_dir), "info", "--json"], env)
    problems = [f"egov printed {marker!r}" for marker in _bad_markers(output)]
    if code not in (0, 2):
        problems.append(f"egov exited with {code}")
    return problems


def check_cli_has_no_qt(onedir: Path) -> list[str]:
    """`egov` must not carry PySide6 in its own archive (it shares the folder with the GUI)."""
    try:
        from PyInstaller.archive.readers import pkg_archive_contents
    except ImportError:
        print("PyInstaller not importable here: skipping the egov archive check")
        return []
    names = pkg_archive_contents(str(onedir / f"egov{EXE_SUFFIX}"), recursive=True)
    qt = sorted(n for n in names if n.split(".")[0] in {"PySide6", "shiboken6"})
    return [f"egov bundles Qt modules: {', '.join(qt[:5])}"] if qt else []


def onedir_mb(onedir: Path) -> float:
    """Size of the folder's regular files in MB (10^6 bytes)."""
    files = [f for f in onedir.rglob("*") if f.is_file() and not f.is_symlink()]
    return sum(f.stat().st_size for f in files) / 1e6


def main(argv: list[str]) -> int:
    """Run every check and print each problem; exit 1 when there is any."""
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A Windows console or pipe may be cp1252; relaying Vietnamese output must not crash.
        sys.stdout.reconfigure(errors="backslashreplace")
    onedir = Path(argv[0] if argv else "dist/egov-desktop").resolve()
    if not onedir.is_dir():
        print(f"FAIL: no onedir at {onedir}")
        return 1
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    work = Path(tempfile.mkdtemp(prefix="egov-frozen-smoke-"))
    try:
        data_dir = work / "data"
        data_dir.mkdir()
        problems = check_gui(onedir, data_dir, env)
        problems += check_cli(onedir, data_dir, env)
        bound = work / "bound"
        problems += check_setup(onedir, bound, env)
        problems += check_gui(onedir, bound, env, expect="unit: 00004")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    problems += check_cli_has_no_qt(onedir)
    size = onedir_mb(onedir)
    print(f"onedir size: {size:.1f} MB (limit {MAX_MB:.0f} MB)")
    if size > MAX_MB:
        problems.append(f"onedir is {size:.1f} MB, over {MAX_MB:.0f} MB")
    for problem in problems:
        print(f"FAIL: {problem}")
    if not problems:
        print("frozen smoke test: OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
