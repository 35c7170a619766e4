"""End-to-end test of the Windows installer: install, start, upgrade, uninstall.

Run it with a Windows Python, on Windows or under Wine (`python3 make.py windows` does):

    python installer/install_test.py --setup dist/egov-desktop-0.2.0-setup.exe \
        --upgrade-setup other/egov-desktop-0.1.1-setup.exe --clean --report report.json

It installs into the current user's profile and uses the real data folder
(%LOCALAPPDATA%\\egov_desktop), because that is what it tests. It therefore refuses to run while
that folder or an installed copy exists, unless --clean says they are disposable (a Wine prefix
or a CI runner), in which case it removes them first.

Scenarios, in order:
  1. silent install with preset options; the installed app starts bound to unit 00004;
  2. silent uninstall keeps the data folder;
  3. upgrade: version N over existing data, then N+1 over N: old program files removed, data
     kept, a backup made before the upgrade, the app still starts on the same unit; with
     --old-database, a database of an older schema is then migrated at start, after a backup;
  4. uninstall with /REMOVEDATA removes the data folder too;
  5. a preset file beside setup.exe, with a template, binds a fresh PC to another unit;
  6. a wrong preset is reported by the installer's exit code;
  7. /ALLUSERS installs to Program Files (HKLM) and the preset still binds this user's folder.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

APPNAME = "egov_desktop"
UNINSTKEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall" + "\\" + APPNAME
PRESET = "egov-preset.json"
MAX_INSTALLED_MB = 120.0
TIMEOUT_S = 300
OFFICER = "Nguyễn Văn An"
AGENCY_CODE = "000.00.31.H26"
RECEIVING_UNIT = "Sở Nội vụ Thành phố Hà Nội"
#: Exit codes the installer sets (Windows error numbers).
EXIT_INVALID_DATA = 13
EXIT_INVALID_PARAMETER = 87


class CheckError(Exception):
    """A check failed; the message says which and what was seen."""


# --- pure helpers (tested on Linux in tests/test_installer.py) ------------------------------


def setup_version(setup: Path) -> str:
    """The version in an installer's file name: egov-desktop-<version>-setup.exe."""
    match = re.fullmatch(r"egov-desktop-(.+)-setup\.exe", setup.name, flags=re.IGNORECASE)
    if match is None:
        raise CheckError(f"not an egov-desktop installer name: {setup.name}")
    return match.group(1)


def command_line(exe: Path, *args: str) -> str:
    """A Windows command line passed verbatim: NSIS parses its own options, quotes included."""
    return " ".join([f'"{exe}"', *args])


def smoke_problems(text: str, unit: str | None) -> list[str]:
    """What is wrong with a smoke-test result file's text (empty when it passed)."""
    if "startup ok" not in text:
        return [f"no 'startup ok' in the smoke result: {text.strip() or '(empty)'}"]
    if unit is not None and f"unit: {unit}" not in text:
        return [f"smoke result lacks 'unit: {unit}': {text.strip()}"]
    return []


def folder_mb(folder: Path) -> float:
    """Size of a folder's files in MB (10^6 bytes)."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file()) / 1e6


def read_preset(path: Path) -> dict[str, object]:
    """A preset as the installer writes it (UTF-16 with a BOM) or as IT staff do (UTF-8)."""
    data = path.read_bytes()
    encoding = "utf-16" if data[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
    value = json.loads(data.decode(encoding))
    if not isinstance(value, dict):
        raise CheckError(f"{path} holds no JSON object")
    return value


def minimal_xlsx(path: Path) -> None:
    """A small valid .xlsx (one empty sheet), written with the stdlib only."""
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            '<sheets><sheet name="Biểu" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            "<sheetData/></worksheet>"
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)


# --- Windows side --------------------------------------------------------------------------


class Machine:
    """The current Windows user: install folder, data folder, registry, shortcuts."""

    def __init__(self, work: Path) -> None:
        self.work = work
        self.data_dir = Path(os.environ["LOCALAPPDATA"]) / APPNAME
        self.runs = 0
        self.all_users = False
        self.set_scope(all_users=False)

    def set_scope(self, *, all_users: bool) -> None:
        """Per-user (the default) or all-users install: folder, registry hive, Start menu."""
        self.all_users = all_users
        if all_users:
            # Windows environment names are case-insensitive; Python keeps them upper-case.
            program_files = os.environ.get("PROGRAMW6432") or os.environ["PROGRAMFILES"]
            self.instdir = Path(program_files) / APPNAME
            menu_root = Path(os.environ["PROGRAMDATA"])
        else:
            self.instdir = Path(os.environ["LOCALAPPDATA"]) / "Programs" / APPNAME
            menu_root = Path(os.environ["APPDATA"])
        self.start_menu = menu_root / r"Microsoft\Windows\Start Menu\Programs"

    def run(self, command: str | list[str], *, env: dict[str, str] | None = None) -> int:
        """Run a process to completion; its output is relayed."""
        shown = command if isinstance(command, str) else subprocess.list2cmdline(command)
        print(f"+ {shown}", flush=True)
        done = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=TIMEOUT_S,
        )
        output = (done.stdout + done.stderr).strip()
        if output:
            print(output, flush=True)
        return done.returncode

    def installed_version(self) -> str | None:
        if sys.platform != "win32":
            return None
        import winreg

        hive = winreg.HKEY_LOCAL_MACHINE if self.all_users else winreg.HKEY_CURRENT_USER
        try:
            with winreg.OpenKey(hive, UNINSTKEY) as key:
                return str(winreg.QueryValueEx(key, "DisplayVersion")[0])
        except OSError:
            return None

    def install(self, setup: Path, *args: str, expect: int = 0) -> None:
        code = self.run(command_line(setup, "/S", *args))
        if code != expect:
            raise CheckError(f"{setup.name} {' '.join(args)} exited with {code}, expected {expect}")

    def uninstall(self, *args: str) -> None:
        uninstaller = self.instdir / "uninstall.exe"
        if not uninstaller.exists():
            raise CheckError(f"no uninstaller at {uninstaller}")
        code = self.run(command_line(uninstaller, "/S", *args))
        if code != 0:
            raise CheckError(f"uninstall.exe exited with {code}")
        # The uninstaller copies itself to %TEMP% and returns at once; wait for the copy.
        deadline = time.monotonic() + TIMEOUT_S
        while self.instdir.exists() and time.monotonic() < deadline:
            time.sleep(0.5)
        if self.instdir.exists():
            left = sorted(p.name for p in self.instdir.iterdir())
            raise CheckError(f"uninstall left {self.instdir}: {left}")
        if self.installed_version() is not None:
            raise CheckError("uninstall left the registry key " + UNINSTKEY)
        if (self.start_menu / f"{APPNAME}.lnk").exists():
            raise CheckError("uninstall left the Start menu shortcut")

    def smoke(self, unit: str | None) -> str:
        """Start the installed GUI on the real data folder; return its result text."""
        self.runs += 1
        result = self.work / f"smoke-{self.runs}.txt"
        result.unlink(missing_ok=True)
        exe = self.instdir / "egov-desktop.exe"
        cmd = [str(exe), "--smoke-test", "--smoke-test-result", str(result)]
        cmd += ["--data-dir", str(self.data_dir)]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        code = self.run(cmd, env=env)
        text = result.read_text(encoding="utf-8") if result.exists() else ""
        problems = smoke_problems(text, unit)
        if code != 0:
            problems.append(f"egov-desktop exited with {code}")
        if problems:
            log = self.data_dir / "logs" / "egov.log"
            if log.exists():
                print("--- egov.log (end) ---\n" + log.read_text("utf-8", "replace")[-3000:])
            raise CheckError("; ".join(problems))
        return text.strip()

    def info(self) -> dict[str, object]:
        out = self.work / "info.json"
        exe = self.instdir / "egov.exe"
        cmd = command_line(exe, "--data-dir", f'"{self.data_dir}"', "info", "--json")
        done = subprocess.run(cmd, capture_output=True, timeout=TIMEOUT_S)
        out.write_bytes(done.stdout)
        if done.returncode != 0:
            raise CheckError(f"egov info exited with {done.returncode}: {done.stderr!r}")
        value = json.loads(done.stdout.decode("utf-8"))
        assert isinstance(value, dict)
        return value

    def backups(self) -> list[str]:
        folder = self.data_dir / "backups"
        return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []

    def check_installed(self, version: str) -> float:
        for name in ("egov-desktop.exe", "egov.exe", "uninstall.exe", "_internal"):
            if not (self.instdir / name).exists():
                raise CheckError(f"{name} missing from {self.instdir}")
        if self.installed_version() != version:
            raise CheckError(f"registry DisplayVersion {self.installed_version()!r} != {version!r}")
        if not (self.start_menu / f"{APPNAME}.lnk").exists():
            raise CheckError("no Start menu shortcut")
        size = folder_mb(self.instdir)
        if size > MAX_INSTALLED_MB:
            raise CheckError(f"installed size {size:.1f} MB is over {MAX_INSTALLED_MB:.0f} MB")
        return size

    def clean(self) -> None:
        for all_users in (True, False):
            self.set_scope(all_users=all_users)
            if (self.instdir / "uninstall.exe").exists():
                self.uninstall("/REMOVEDATA")
            shutil.rmtree(self.instdir, ignore_errors=True)
        shutil.rmtree(self.data_dir, ignore_errors=True)


def run_scenarios(
    machine: Machine, setup: Path, upgrade: Path, old_database: Path | None = None
) -> dict[str, object]:
    """The scenarios of the module docstring; returns what the summary prints."""
    report: dict[str, object] = {}
    version, next_version = setup_version(setup), setup_version(upgrade)

    print("\n=== 1. silent install with preset options", flush=True)
    machine.install(
        setup,
        "/UNIT=00004",
        "/ROLE=commune",
        "/PERIODMODE=cutoff",
        f'/OFFICER="{OFFICER}"',
        f"/AGENCYCODE={AGENCY_CODE}",
        f'/RECEIVINGUNIT="{RECEIVING_UNIT}"',
    )
    report["installed_mb"] = round(machine.check_installed(version), 1)
    preset = read_preset(machine.instdir / PRESET)
    if preset.get("unit") != "00004" or preset.get("officer") != OFFICER:
        raise CheckError(f"installer wrote an unexpected preset: {preset}")
    report["smoke"] = machine.smoke(unit="00004")
    info = machine.info()
    if info.get("officer") != OFFICER or info.get("period_mode") != "cutoff":
        raise CheckError(f"preset not applied as written: {info}")
    if (info.get("agency_code"), info.get("receiving_unit")) != (AGENCY_CODE, RECEIVING_UNIT):
        raise CheckError(f"agency code or receiving unit not applied: {info}")

    print("\n=== 2. silent uninstall keeps the data", flush=True)
    machine.uninstall()
    if not (machine.data_dir / "egov.sqlite").is_file():
        raise CheckError(f"uninstall removed the data: {machine.data_dir}")
    report["uninstall"] = f"program removed, data kept ({machine.data_dir})"

    print(f"\n=== 3. upgrade {version} -> {next_version} over existing data", flush=True)
    machine.install(setup)
    machine.smoke(unit="00004")
    stale = machine.instdir / "_internal" / "stale-from-previous-build.dll"
    stale.write_bytes(b"old")
    before = machine.backups()
    machine.install(upgrade)
    machine.check_installed(next_version)
    if stale.exists():
        raise CheckError("the upgrade kept a file of the previous build in _internal")
    made = sorted(set(machine.backups()) - set(before))
    if not made:
        raise CheckError(f"no backup made before the upgrade (backups: {machine.backups()})")
    upgraded = machine.smoke(unit="00004")
    report["upgrade"] = (
        f"{version} -> {next_version}: old files removed, data kept, backup {made[0]}, "
        + upgraded.splitlines()[0]
    )
    if old_database is not None:
        # Data last written by an older release: the new build migrates it at start.
        database = machine.data_dir / "egov.sqlite"
        for suffix in ("-wal", "-shm"):
            database.with_name(database.name + suffix).unlink(missing_ok=True)
        shutil.copyfile(old_database, database)
        before = machine.backups()
        migrated = machine.smoke(unit="00004")
        made = sorted(set(machine.backups()) - set(before))
        if not any("migrat" in name for name in made):
            raise CheckError(f"no backup before the migration (new backups: {made})")
        report["migration"] = (
            f"{old_database.name} migrated at start after backup {made[0]}, "
            + migrated.splitlines()[0]
        )

    print("\n=== 4. uninstall /REMOVEDATA", flush=True)
    machine.uninstall("/REMOVEDATA")
    if machine.data_dir.exists():
        raise CheckError(f"/REMOVEDATA kept {machine.data_dir}")
    report["removedata"] = "program and data removed"

    print("\n=== 5. preset file beside setup.exe, with a template", flush=True)
    kit = machine.work / "kit"
    shutil.rmtree(kit, ignore_errors=True)
    (kit / "templates").mkdir(parents=True)
    kit_setup = kit / setup.name
    shutil.copyfile(setup, kit_setup)
    minimal_xlsx(kit / "templates" / "bieu-tinh.xlsx")
    preset_text = {
        "unit": "01",
        "role": "aggregator",
        "period_mode": "calendar",
        "head": "Trần Thị Bình",
        "templates": ["templates/bieu-tinh.xlsx"],
    }
    (kit / PRESET).write_text(json.dumps(preset_text, ensure_ascii=False), encoding="utf-8")
    machine.install(kit_setup)
    if not (machine.instdir / "templates" / "bieu-tinh.xlsx").is_file():
        raise CheckError("the preset's templates folder was not carried into the install folder")
    machine.smoke(unit="01")
    if not (machine.data_dir / "templates" / "bieu-tinh.xlsx").is_file():
        raise CheckError("the preset's template was not copied into the data folder")
    report["preset_file"] = "unit 01 (aggregator) applied, 1 template copied"
    machine.uninstall("/REMOVEDATA")

    print("\n=== 6. wrong presets are refused", flush=True)
    machine.install(setup, "/UNIT=00004", expect=EXIT_INVALID_PARAMETER)
    if machine.instdir.exists():
        raise CheckError("an incomplete preset still installed the program")
    machine.install(setup, "/UNIT=99999", "/ROLE=commune", expect=EXIT_INVALID_DATA)
    machine.uninstall("/REMOVEDATA")
    report["wrong_preset"] = (
        f"/UNIT without /ROLE: exit {EXIT_INVALID_PARAMETER}; "
        f"unknown unit: exit {EXIT_INVALID_DATA}"
    )

    print("\n=== 7. all users (needs an elevated prompt)", flush=True)
    machine.set_scope(all_users=True)
    machine.install(setup, "/ALLUSERS", "/UNIT=00004", "/ROLE=commune")
    machine.check_installed(version)
    machine.smoke(unit="00004")
    machine.uninstall("/REMOVEDATA")
    report["all_users"] = f"installed to {machine.instdir} (HKLM), preset applied, uninstalled"
    machine.set_scope(all_users=False)
    return report


def main(argv: list[str]) -> int:
    """Run the scenarios; exit 1 on the first failed check."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--setup", required=True, type=Path)
    parser.add_argument("--upgrade-setup", required=True, type=Path)
    parser.add_argument("--clean", action="store_true", help="remove an existing install/data")
    parser.add_argument("--old-database", type=Path, help="egov.sqlite of an older schema")
    parser.add_argument("--work", type=Path, help="scratch folder (default: a temporary one)")
    parser.add_argument("--report", type=Path, help="write the summary here as JSON")
    args = parser.parse_args(argv)
    if os.name != "nt":
        print("install_test.py needs Windows (or a Windows Python under Wine)")
        return 2
    work = args.work or Path(tempfile.mkdtemp(prefix="egov-install-test-"))
    work.mkdir(parents=True, exist_ok=True)
    machine = Machine(work.resolve())
    if args.clean:
        machine.clean()
    elif machine.instdir.exists() or machine.data_dir.exists():
        print(f"refusing: {machine.instdir} or {machine.data_dir} exists (use --clean)")
        return 2
    try:
        old = args.old_database.resolve() if args.old_database else None
        report = run_scenarios(machine, args.setup.resolve(), args.upgrade_setup.resolve(), old)
    except (CheckError, subprocess.TimeoutExpired, OSError) as error:
        print(f"\nFAIL: {error}", flush=True)
        return 1
    if args.report:
        args.report.write_text(json.dumps(report, ensure_ascii=False, indent=2), "utf-8")
    print("\ninstaller test: OK")
    for key, value in report.items():
        print(f"  {key}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
