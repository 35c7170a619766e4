"""The Windows installer: NSIS script rules, make.py's Wine-lane helpers, install_test helpers.

The lane itself (`python3 make.py windows`) takes minutes and is not part of the test suite.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import tomllib
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from egov_desktop import __version__
from egov_desktop.services.preset import load_preset

ROOT = Path(__file__).resolve().parent.parent
NSI = ROOT / "installer" / "egov_desktop.nsi"
SCRIPT = NSI.read_text(encoding="utf-8")


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make = _load("egov_make_windows", ROOT / "make.py")
install_test = _load("egov_install_test", ROOT / "installer" / "install_test.py")


def _code_lines(script: str) -> list[str]:
    """The script without comments, one stripped line each."""
    lines = []
    for line in script.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith((";", "#")):
            lines.append(stripped)
    return lines


CODE = _code_lines(SCRIPT)


class TestNsisScript:
    def test_64_bit_unicode_per_user_by_default(self) -> None:
        assert "Unicode true" in CODE
        assert "Target amd64-unicode" in CODE
        assert "RequestExecutionLevel user" in CODE
        assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APPNAME}"' in CODE

    def test_vietnamese_is_the_first_language(self) -> None:
        languages = [line for line in CODE if line.startswith("!insertmacro MUI_LANGUAGE ")]
        assert languages == [
            '!insertmacro MUI_LANGUAGE "Vietnamese"',
            '!insertmacro MUI_LANGUAGE "English"',
        ]

    def test_every_message_exists_in_both_languages(self) -> None:
        found: dict[str, set[str]] = {}
        for line in CODE:
            match = re.match(r"LangString (\w+) \$\{LANG_(\w+)\}", line)
            if match:
                found.setdefault(match.group(1), set()).add(match.group(2))
        assert found
        assert {name: langs for name, langs in found.items() if len(langs) != 2} == {}
        used = set(re.findall(r"\$\((\w+)\)", SCRIPT))
        assert used <= set(found)

    def test_refuses_windows_older_than_10(self) -> None:
        assert '!include "WinVer.nsh"' in CODE
        assert "${IfNot} ${AtLeastWin10}" in CODE
        oninit = SCRIPT.split("Function .onInit", 1)[1].split("FunctionEnd", 1)[0]
        assert "MSG_NEED_WIN10" in oninit and "Quit" in oninit

    def test_all_users_option(self) -> None:
        assert '${GetOptions} $Params "/ALLUSERS" $0' in CODE
        assert 'StrCpy $INSTDIR "$PROGRAMFILES64\\${APPNAME}"' in CODE
        assert "SetShellVarContext all" in CODE
        assert all("HKCU" not in line for line in CODE if line.startswith("WriteReg"))

    def test_version_resource_and_icon(self) -> None:
        assert 'VIProductVersion "${VIVERSION}"' in CODE
        icon = re.search(r'!define MUI_ICON "([^"]+)"', SCRIPT)
        assert icon is not None
        assert (NSI.parent / icon.group(1).replace("\\", "/")).is_file()

    def test_old_program_files_go_before_the_new_build_arrives(self) -> None:
        install = SCRIPT.split('Section "Install"', 1)[1].split("SectionEnd", 1)[0]
        assert install.index('RMDir /r "$INSTDIR\\_internal"') < install.index("File /r")
        assert install.index('Delete "$INSTDIR\\${CLINAME}"') < install.index("File /r")

    def test_data_folder_is_removed_only_when_asked(self) -> None:
        recursive = [line for line in CODE if line.startswith("RMDir /r")]
        assert 'RMDir /r "$INSTDIR"' not in recursive
        data = [line for line in recursive if "DataDir" in line]
        assert data == ['RMDir /r "$DataDir"']
        uninstall = SCRIPT.split('Section "Uninstall"', 1)[1].split("SectionEnd", 1)[0]
        guard = uninstall.index("${If} $RemoveData == 1")
        assert guard < uninstall.index('RMDir /r "$DataDir"')
        assert '${GetOptions} $Params "/REMOVEDATA" $0' in CODE
        assert "StrCpy $RemoveData 0" in CODE  # kept by default
        assert "${NSD_CreateCheckbox}" in SCRIPT

    def test_preset_options_and_file(self) -> None:
        for option in ("UNIT", "ROLE", "CATALOG", "PERIODMODE", "OFFICER", "HEAD"):
            assert f'"/{option}="' in SCRIPT
        assert '${ElseIf} ${FileExists} "$EXEDIR\\${PRESET}"' in CODE
        assert "FileWriteUTF16LE /BOM $2 $1" in CODE
        assert "preset check" in SCRIPT


def _onedir(folder: Path, extra: tuple[str, ...] = ()) -> Path:
    for name in ("egov-desktop.exe", "egov.exe", "_internal/python311.dll", *extra):
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(name.encode())
    return folder


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis not installed")
def test_script_compiles_and_packages_exactly_the_onedir(tmp_path: Path) -> None:
    """A tiny onedir keeps this fast; the real build is `python3 make.py windows`."""
    onedir = _onedir(tmp_path / "onedir")
    out = tmp_path / "out"
    out.mkdir()
    done = subprocess.run(
        ["makensis", "-V2", f"-DSRCDIR={onedir}", "-DVERSION=1.2.3", f"-DOUTDIR={out}", str(NSI)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    setup = out / "egov-desktop-1.2.3-setup.exe"
    assert setup.read_bytes()[:2] == b"MZ"
    if shutil.which("7z"):
        listing = subprocess.run(
            ["7z", "l", "-slt", str(setup)], capture_output=True, text=True, check=True
        ).stdout
        assert make.nsis_payload(listing) == make.folder_files(onedir)
        assert "64-bit = +" in listing


class TestLaneHelpers:
    def test_windows_requirements_come_from_pyproject(self) -> None:
        with (ROOT / "pyproject.toml").open("rb") as handle:
            pyproject = tomllib.load(handle)
        wanted = make.windows_requirements(pyproject)
        names = {make.requirement_name(r) for r in wanted}
        assert {"pyside6-essentials", "sqlalchemy", "pytest", "pytest-qt", "pyinstaller"} <= names
        assert {"pefile", "pywin32-ctypes", "colorama"} <= names
        assert not names & {"ruff", "mypy", "import-linter"}
        assert not [n for n in names if n.startswith("types-")]
        pins = {make.requirement_name(r): r for r in wanted}
        assert pins["pyside6-essentials"] == "PySide6-Essentials==6.9.3"

    def test_requirement_names(self) -> None:
        assert make.requirement_name("PySide6_Essentials==6.9.3") == "pyside6-essentials"
        assert make.requirement_name("typing.extensions >=4") == "typing-extensions"
        assert make.requirement_name("foo[bar]; sys_platform=='win32'") == "foo"

    @pytest.mark.parametrize(
        ("version", "four", "following"),
        [
            ("0.1.0", "0.1.0.0", "0.1.1"),
            ("1.2", "1.2.0.0", "1.3"),
            ("2.0.1rc1", "2.0.1.0", "2.0.2"),
            ("1.2.3.4", "1.2.3.4", "1.2.4"),
        ],
    )
    def test_versions(self, version: str, four: str, following: str) -> None:
        assert make.four_part_version(version) == four
        assert make.next_version(version) == following

    def test_package_version(self) -> None:
        text = (ROOT / "egov_desktop" / "__init__.py").read_text(encoding="utf-8")
        assert make.package_version(text) == __version__
        with pytest.raises(make.StepError):
            make.package_version("nothing here")

    @pytest.mark.skipif(os.name == "nt", reason="Wine paths are made on the Linux host")
    def test_wine_paths(self) -> None:
        assert make.wine_path(Path("/work/main/.cache")) == "Z:\\work\\main\\.cache"

    def test_batch_files(self) -> None:
        text = make.batch_file(
            {"QT_QPA_PLATFORM": "offscreen"}, ["Z:\\w py\\python.exe", "-m", "pytest"]
        )
        assert text.splitlines() == [
            "@echo off",
            "set QT_QPA_PLATFORM=offscreen",
            '"Z:\\w py\\python.exe" -m pytest',
            "exit /b %ERRORLEVEL%",
        ]
        assert text.endswith("\r\n")

    def test_nsis_payload_skips_plugins_and_the_uninstaller(self) -> None:
        listing = "\n".join(
            [
                "Path = /x/setup.exe",
                "Type = Nsis",
                "Path = $PLUGINSDIR/nsDialogs.dll",
                "Path = egov.exe",
                "Path = _internal\\PySide6\\Qt6Core.dll",
                "Path = uninstall.exe",
            ]
        )
        assert make.nsis_payload(listing) == {"egov.exe", "_internal/PySide6/Qt6Core.dll"}

    def test_test_only_files_are_caught(self) -> None:
        names = [
            "egov-desktop.exe",
            "_internal/PySide6/Qt6Core.dll",
            "_internal/PySide6/plugins/platforms/qwindows.dll",
            "_internal/resources/templates/II.06a/mau.xlsx",
            "_internal/icuuc.dll",
            "_internal/fonts/DejaVuSans.ttf",
            "_internal/pytest/__init__.pyc",
            "_internal/tests/conftest.py",
        ]
        assert make.test_only_entries(names) == [
            "_internal/fonts/DejaVuSans.ttf",
            "_internal/icuuc.dll",
            "_internal/pytest/__init__.pyc",
            "_internal/tests/conftest.py",
        ]

    def test_pytest_summary(self) -> None:
        lines = ["....", "=== 2 failed, 1106 passed, 11 skipped in 50.27s ===", ""]
        assert make.pytest_summary(lines) == "2 failed, 1106 passed, 11 skipped in 50.27s"
        assert make.pytest_summary(["1106 passed in 50.27s"]) == "1106 passed in 50.27s"
        assert make.pytest_summary(["no summary"]) == ""

    def test_every_deselected_test_exists_and_says_why(self) -> None:
        for node, reason in make.WINE_DESELECT.items():
            path, _, name = node.partition("::")
            assert f"def {name}(" in (ROOT / path).read_text(encoding="utf-8")
            assert len(reason) > 20

    def test_windows_is_a_command_but_not_part_of_the_fast_gates(self) -> None:
        assert "windows" in make.COMMANDS
        assert make.main(["windows", "--quick"]) == 2
        assert "windows" not in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


class TestInstallTestHelpers:
    def test_version_from_the_installer_name(self, tmp_path: Path) -> None:
        assert install_test.setup_version(Path("egov-desktop-0.1.0-setup.exe")) == "0.1.0"
        with pytest.raises(install_test.CheckError):
            install_test.setup_version(Path("setup.exe"))

    def test_command_line_keeps_nsis_options_verbatim(self) -> None:
        line = install_test.command_line(Path("C:/x y/setup.exe"), "/S", '/OFFICER="Lê Văn C"')
        assert line.endswith('setup.exe" /S /OFFICER="Lê Văn C"')

    def test_smoke_result_checks(self) -> None:
        ok = "startup ok\nunit: 00004 Phường Ba Đình\n"
        assert install_test.smoke_problems(ok, "00004") == []
        assert install_test.smoke_problems(ok, None) == []
        assert install_test.smoke_problems(ok, "01")
        assert install_test.smoke_problems("startup failed: x", None)

    @pytest.mark.parametrize("encoding", ["utf-16", "utf-8", "utf-8-sig"])
    def test_reads_presets_as_written(self, tmp_path: Path, encoding: str) -> None:
        path = tmp_path / "p.json"
        path.write_bytes(json.dumps({"head": "Trần Thị Bình"}).encode(encoding))
        assert install_test.read_preset(path) == {"head": "Trần Thị Bình"}

    def test_its_template_is_accepted_by_the_preset_service(self, tmp_path: Path) -> None:
        install_test.minimal_xlsx(tmp_path / "t.xlsx")
        assert zipfile.is_zipfile(tmp_path / "t.xlsx")
        (tmp_path / "egov-preset.json").write_text(
            json.dumps({"unit": "01", "role": "aggregator", "templates": ["t.xlsx"]}),
            encoding="utf-8",
        )
        assert len(load_preset(tmp_path / "egov-preset.json").templates) == 1


def test_release_workflow() -> None:
    text = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert 'tags: ["v*"]' in text and "workflow_dispatch" in text
    assert "runs-on: windows-latest" in text
    for step in (
        "make.py test",
        "make.py freeze",
        "makensis",
        "install_test.py",
        "upload-artifact",
    ):
        assert step in text
