"""The Vietnamese translation is complete, current with the sources, and loads."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "i18n" / "egov_desktop_vi.ts"


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip(f"pyside6-{name} not installed")
    return exe


def _sources() -> list[str]:
    files = [
        ROOT / "egov_desktop" / "app.py",
        *sorted((ROOT / "egov_desktop" / "ui").rglob("*.py")),
    ]
    return [str(f) for f in files]


def _unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).iter("message"):
        tr = message.find("translation")
        empty = tr is None or not ((tr.text or "").strip() or tr.findall("numerusform"))
        if empty or (tr is not None and tr.get("type") in ("unfinished", "vanished", "obsolete")):
            missing.append(message.findtext("source") or "")
    return missing


def test_every_string_is_translated() -> None:
    assert _unfinished(TS) == []


def test_translation_is_current_with_the_sources(tmp_path: Path) -> None:
    """Running lupdate over today's sources finds nothing new to translate."""
    copy = tmp_path / "vi.ts"
    shutil.copy(TS, copy)
    subprocess.run(
        [_tool("lupdate"), "-no-obsolete", *_sources(), "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    assert _unfinished(copy) == []


def test_vietnamese_is_loaded(qapp: QApplication, tmp_path: Path) -> None:
    qm = tmp_path / "vi.qm"
    subprocess.run([_tool("lrelease"), str(TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "Home") == "Trang chủ"
    finally:
        qapp.removeTranslator(translator)
