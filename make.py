#!/usr/bin/env python3
"""Task runner for egov_desktop (stdlib only, Linux and Windows).

Usage: python3 make.py COMMAND [ARGS...]

  run [ARGS...]         set up .venv, then start the app (ARGS pass through)
  test [PYTEST ARGS...] set up, then ruff, ruff format, mypy, lint-imports, pytest (headless)
  lint                  the static checks alone
  freeze                PyInstaller onedir in dist/egov-desktop, then the frozen smoke test
  bench                 every bench/*.py script
  i18n                  resources/i18n/*.ts -> .qm with pyside6-lrelease
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / "egov-desktop-deps.sha256"
I18N_DIR = ROOT / "resources" / "i18n"
ONEDIR = Path("dist", "egov-desktop")
SUPPORTED = ((3, 11), (3, 12), (3, 13))
IS_WINDOWS = os.name == "nt"
IS_LINUX = sys.platform.startswith("linux")
# toolchain.md section 4: what Qt needs offscreen, and what the xcb plug-in adds under X.
APT_QT = ["libgl1", "libegl1", "libxkbcommon0", "libglib2.0-0", "libfontconfig1", "libfreetype6"]
APT_QT += ["libdbus-1-3", "fonts-dejavu-core"]
APT_XCB = ["xvfb", "xauth", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4"]
APT_XCB += ["libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0", "libxcb-render0"]
APT_XCB += ["libxcb-shape0", "libxcb-util1", "libxcb-xkb1"]
APT_FREEZE = ["binutils"]  # PyInstaller refuses to run without objdump

if TYPE_CHECKING:  # only in annotations, so an old Python can still run make.py to say so
    Command = Sequence[str | os.PathLike[str]]


class StepError(Exception):
    """A step failed: the message is printed and the code becomes make.py's exit code."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code or 1


# --- pure helpers (tested in tests/test_make.py) -------------------------------------------


def interpreter_candidates(windows: bool) -> list[list[str]]:
    """Commands that may start a supported Python, newest first."""
    versions = [f"{major}.{minor}" for major, minor in reversed(SUPPORTED)]
    return [["py", f"-{v}"] if windows else [f"python{v}"] for v in versions]


def choose_interpreter(
    current: tuple[int, int],
    current_exe: str,
    probe: Callable[[list[str]], tuple[int, int] | None],
    windows: bool,
) -> list[str] | None:
    """The running Python if supported, else the first candidate whose probe reports one."""
    if current in SUPPORTED:
        return [current_exe]
    return next((c for c in interpreter_candidates(windows) if probe(c) in SUPPORTED), None)


def venv_script(venv: Path, name: str, windows: bool) -> Path:
    """An executable installed in the venv (python, lint-imports, ...)."""
    return venv / ("Scripts" if windows else "bin") / (name + (".exe" if windows else ""))


def deps_digest(pyproject: bytes) -> str:
    """What the stamp records: a change of pyproject.toml means a new pip install."""
    return hashlib.sha256(b"extras=dev\n" + pyproject).hexdigest()


def needs_install(stamp: Path, digest: str) -> bool:
    """True unless the stamp holds exactly this digest."""
    try:
        return stamp.read_text(encoding="ascii").strip() != digest
    except OSError:
        return True


def qt_packages(env: Mapping[str, str]) -> list[str]:
    """The Debian packages Qt needs; the xcb set only when a real display is in use."""
    if env.get("DISPLAY") and env.get("QT_QPA_PLATFORM") != "offscreen":
        return APT_QT + APT_XCB
    return list(APT_QT)


def apt_commands(packages: Sequence[str], root: bool) -> list[list[str]]:
    """The apt-get update and install commands for these packages."""
    sudo = [] if root else ["sudo"]
    return [
        [*sudo, "apt-get", "update"],
        [*sudo, "apt-get", "install", "-y", "--no-install-recommends", *packages],
    ]


def shell_text(commands: Sequence[Sequence[str]]) -> str:
    """Commands as one line to paste into a shell."""
    return " && ".join(" ".join(cmd) for cmd in commands)


def find_lrelease(venv: Path, windows: bool) -> Path | None:
    """The venv's pyside6-lrelease entry point, else the binary inside the PySide6 wheel."""
    script = venv_script(venv, "pyside6-lrelease", windows)
    if script.exists():
        return script
    site = "Lib/site-packages" if windows else "lib/python3*/site-packages"
    return min(venv.glob(f"{site}/PySide6/lrelease{'.exe' if windows else ''}"), default=None)


def stale_translations(i18n_dir: Path) -> list[Path]:
    """The .ts files whose .qm is missing or older."""
    stale = []
    for ts in sorted(i18n_dir.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            stale.append(ts)
    return stale


def run_steps(steps: Sequence[tuple[str, Command]], env: Mapping[str, str]) -> None:
    """Run the steps in order; raise StepError naming the first that fails."""
    for name, cmd in steps:
        print(f"\n==> {name}", flush=True)
        code = _call(cmd, env)
        if code == 5 and name == "pytest":
            raise StepError("step 'pytest' failed: no tests were collected (exit 5)", 5)
        if code != 0:
            raise StepError(f"step '{name}' failed with exit code {code}", code)
    print(f"\nAll {len(steps)} steps passed.", flush=True)


# --- setting up ----------------------------------------------------------------------------


def _call(cmd: Command, env: Mapping[str, str] | None = None) -> int:
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    try:
        return subprocess.call([str(c) for c in cmd], cwd=ROOT, env=env)
    except FileNotFoundError:
        raise StepError(f"command not found: {cmd[0]}", 127) from None


def _must(cmd: Command, env: Mapping[str, str] | None = None) -> None:
    code = _call(cmd, env)
    if code != 0:
        shown = " ".join(str(c) for c in list(cmd)[:4])
        raise StepError(f"'{shown}' failed with exit code {code}", code)


def _probe(cmd: list[str]) -> tuple[int, int] | None:
    try:
        code = "import sys; print(*sys.version_info[:2])"
        done = subprocess.run([*cmd, "-c", code], capture_output=True, text=True, timeout=30)
        out = done.stdout.split()
        return (int(out[0]), int(out[1])) if done.returncode == 0 else None
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def _ensure_venv() -> Path:
    python = venv_script(VENV, "python", IS_WINDOWS)
    if not python.exists():
        interp = choose_interpreter(sys.version_info[:2], sys.executable, _probe, IS_WINDOWS)
        if interp is None:
            tried = ", ".join(" ".join(c) for c in interpreter_candidates(IS_WINDOWS))
            raise StepError(f"Python 3.11-3.13 is needed; none found (tried this one, {tried})")
        _create_venv(interp)
    digest = deps_digest((ROOT / "pyproject.toml").read_bytes())
    if needs_install(STAMP, digest):
        _must([python, "-m", "pip", "install", "-e", ".[dev]"])
        STAMP.write_text(digest + "\n", encoding="ascii")
    return python


def _create_venv(interp: list[str]) -> None:
    print(f"Creating .venv with {' '.join(interp)}", flush=True)
    cmd = [*interp, "-m", "venv", str(VENV)]
    result = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if result.returncode == 0:
        return
    output = result.stdout + result.stderr
    sys.stderr.write(output)
    shutil.rmtree(VENV, ignore_errors=True)  # Debian leaves a venv with python but no pip
    if "ensurepip" not in output or not IS_LINUX:
        raise StepError(f"creating .venv failed (exit {result.returncode})", result.returncode)
    if os.geteuid() != 0:
        hint = shell_text(apt_commands(["python3-venv"], root=False))
        raise StepError(f"python3 -m venv needs Debian's python3-venv package:\n  {hint}")
    for apt in apt_commands(["python3-venv"], root=True):
        _must(apt, {**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    _must(cmd)


def _check_system_packages(env: Mapping[str, str], extra: Sequence[str]) -> None:
    if not IS_LINUX or shutil.which("dpkg-query") is None:
        return
    missing = [p for p in [*qt_packages(env), *extra] if not _installed(p)]
    if not missing:
        return
    root = os.geteuid() == 0
    commands = apt_commands(missing, root)
    if not root:
        hint = shell_text(commands)
        raise StepError(
            f"missing system packages: {' '.join(missing)}\nInstall them with:\n  {hint}"
        )
    print("Installing missing system packages: " + " ".join(missing), flush=True)
    for cmd in commands:
        _must(cmd, {**os.environ, "DEBIAN_FRONTEND": "noninteractive"})


def _installed(package: str) -> bool:
    query = ["dpkg-query", "-W", "-f=${Status}", package]
    result = subprocess.run(query, capture_output=True, text=True)
    return result.returncode == 0 and "install ok installed" in result.stdout


def _build_translations(force: bool) -> None:
    sources = sorted(I18N_DIR.glob("*.ts")) if force else stale_translations(I18N_DIR)
    if not sources:
        return
    lrelease = find_lrelease(VENV, IS_WINDOWS)
    if lrelease is None:
        raise StepError("pyside6-lrelease not found in .venv (is PySide6-Essentials installed?)")
    for ts in sources:
        _must([lrelease, ts, "-qm", ts.with_suffix(".qm")])


def _setup(env: Mapping[str, str], extra_packages: Sequence[str] = ()) -> Path:
    python = _ensure_venv()
    _build_translations(force=False)
    _check_system_packages(env, extra_packages)
    return python


def _headless_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    if IS_LINUX:
        env["LANG"] = env["LC_ALL"] = "C.UTF-8"  # else Qt warns about the C locale
    return env


def _static_steps(python: Path) -> list[tuple[str, Command]]:
    return [
        ("ruff check", [python, "-m", "ruff", "check", "."]),
        ("ruff format --check", [python, "-m", "ruff", "format", "--check", "."]),
        ("mypy", [python, "-m", "mypy"]),
        ("lint-imports", [venv_script(VENV, "lint-imports", IS_WINDOWS), "--no-cache"]),
    ]


# --- commands ------------------------------------------------------------------------------


def _cmd_run(args: list[str]) -> int:
    env = dict(os.environ)
    return _call([_setup(env), "-m", "egov_desktop", *args], env)


def _cmd_test(args: list[str]) -> int:
    env = _headless_env()
    python = _setup(env)
    run_steps([*_static_steps(python), ("pytest", [python, "-m", "pytest", *args])], env)
    return 0


def _cmd_lint(args: list[str]) -> int:
    env = _headless_env()
    run_steps(_static_steps(_setup(env)), env)
    return 0


def _cmd_freeze(args: list[str]) -> int:
    env = _headless_env()
    python = _setup(env, APT_FREEZE)
    spec = Path("installer", "egov_desktop.spec")
    work = Path("build", "pyinstaller")
    pyinstaller = ["-m", "PyInstaller", "--noconfirm", "--clean", "--distpath", "dist"]
    _must([python, *pyinstaller, "--workpath", work, spec], env)
    files = [f for f in (ROOT / ONEDIR).rglob("*") if f.is_file() and not f.is_symlink()]
    print(f"\nOnedir {ONEDIR.as_posix()}: {sum(f.stat().st_size for f in files) / 1e6:.1f} MB")
    code = _call([python, Path("installer", "smoke_test.py"), ONEDIR], env)
    if code != 0:
        raise StepError(f"frozen smoke test failed with exit code {code}", code)
    return 0


def _cmd_bench(args: list[str]) -> int:
    env = _headless_env()
    python = _setup(env)
    scripts = sorted((ROOT / "bench").glob("*.py"))
    failed = [script.name for script in scripts if _call([python, script], env) != 0]
    if failed:
        raise StepError("bench scripts failed: " + ", ".join(failed))
    return 0


def _cmd_i18n(args: list[str]) -> int:
    _ensure_venv()
    _build_translations(force=True)
    return 0


COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "run": _cmd_run,
    "test": _cmd_test,
    "lint": _cmd_lint,
    "freeze": _cmd_freeze,
    "bench": _cmd_bench,
    "i18n": _cmd_i18n,
}
TAKES_ARGS = {"run", "test"}


def main(argv: Sequence[str]) -> int:
    """Dispatch one command; returns the exit code."""
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(__doc__)
        return 0 if argv else 2
    name, args = argv[0], list(argv[1:])
    if name not in COMMANDS:
        print(f"make.py: unknown command {name!r}\n{__doc__}", file=sys.stderr)
        return 2
    if args and name not in TAKES_ARGS:
        print(f"make.py: '{name}' takes no arguments", file=sys.stderr)
        return 2
    try:
        return COMMANDS[name](args)
    except StepError as error:
        print(f"\nmake.py {name}: FAILED: {error}", file=sys.stderr)
        return error.code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
