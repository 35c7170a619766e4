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


QT_TS = ROOT / "resources" / "i18n" / "qt_vi.ts"


def test_qt_widgets_own_texts_are_translated() -> None:
    assert _unfinished(QT_TS) == []


def test_dialog_buttons_speak_vietnamese(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel, QTreeView

    from egov_desktop.ui import i18n

    for ts in (TS, QT_TS):
        subprocess.run(
            [_tool("lrelease"), str(ts), "-qm", str(tmp_path / ts.with_suffix(".qm").name)],
            check=True,
            capture_output=True,
        )
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path.joinpath(*parts[1:]))
    before, locale = set(qapp.findChildren(QTranslator)), QLocale()
    assert i18n.install_translation(qapp, "vi")
    added = [t for t in qapp.findChildren(QTranslator) if t not in before]
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        assert {b.text() for b in box.buttons()} == {"Đồng ý", "Hủy"}
        # Qt's own file dialog (used where the system has none): labels and columns.
        dialog = QFileDialog(None, "", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        texts = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"Xem trong:", "&Tên tệp:", "Loại tệp:"} <= texts, texts
        view = dialog.findChild(QTreeView)
        assert view is not None
        model = view.model()
        headers = {model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)}
        assert headers == {"Tên", "Kích thước", "Loại", "Ngày sửa"}
        dialog.deleteLater()
    finally:
        for translator in added:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
