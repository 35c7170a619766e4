"""UI fixtures: a modal box nobody answers fails the test (it would hang the headless suite);
the Vietnamese texts for layout checks; the entry page over a fake service."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from egov_desktop.ui.views.entry_view import EntryView
from tests.ui.entry_page import shown
from tests.ui.fakes import FakeEntryService

TS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "egov_desktop_vi.ts"


def _unanswered(*args: Any, **kwargs: Any) -> Any:
    texts = [a.text() if isinstance(a, QMessageBox) else a for a in args if not callable(a)]
    raise AssertionError(f"a modal dialog opened in a test without an answer: {texts!r}")


@pytest.fixture(autouse=True)
def _no_unanswered_modals(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("answers_modals"):
        return  # the test answers its dialogs itself (a timer clicks the button)
    monkeypatch.setattr(QDialog, "exec", _unanswered)
    monkeypatch.setattr(QMessageBox, "exec", _unanswered)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(_unanswered))


@pytest.fixture
def vietnamese(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The app's Vietnamese texts (longer than the English sources) while the test runs."""
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    qm = tmp_path / "vi.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def fake_entry() -> FakeEntryService:
    """The entry service the entry page's own tests drive: figures kept in memory."""
    return FakeEntryService()


@pytest.fixture
def entry_view(qtbot: QtBot, fake_entry: FakeEntryService) -> EntryView:
    """The entry page over `fake_entry` on 20/08/2025 (cut-off mode), shown, its grid focused."""
    page = EntryView(fake_entry, period_mode=lambda: "cutoff", today=lambda: date(2025, 8, 20))
    shown(qtbot, page).table.setFocus()
    return page
