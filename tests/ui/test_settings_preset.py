"""Cài đặt → Nhập gói cấu hình, and the preset applied at a frozen build's first start."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from egov_desktop import app, log
from egov_desktop.app import _Startup
from egov_desktop.bootstrap import Services
from egov_desktop.config import AppPaths
from egov_desktop.errors import UserError
from egov_desktop.services.preset import Preset, PresetService
from egov_desktop.ui import errors as ui_errors
from egov_desktop.ui.main_window import MainWindow
from egov_desktop.ui.views import settings_view
from egov_desktop.ui.views.settings_view import DATA_DIR_PROPERTY, SettingsView
from tests.workbooks import official_without


def _preset(folder: Path, **data: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "egov-preset.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _settings_page(qtbot: QtBot, commune: Services) -> SettingsView:
    """The settings page, importing presets into the commune's data folder."""
    view = SettingsView(commune.setup, presets=PresetService(commune.setup, commune.paths.data_dir))
    qtbot.addWidget(view)
    return view


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        settings_view, "show_user_error", lambda parent, error: shown.append(error.message)
    )
    return shown


def test_import_updates_the_settings(
    qtbot: QtBot,
    commune: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    view = _settings_page(qtbot, commune)
    asked: list[Preset] = []
    monkeypatch.setattr(view, "confirm_preset", lambda preset: asked.append(preset) or True)
    path = _preset(tmp_path, unit="00004", role="commune", period_mode="calendar", head="Lê C")
    with qtbot.waitSignal(view.saved):
        assert view.import_preset(path)
    assert errors == []
    assert asked[0].unit.code == "00004"
    assert commune.setup.require().period_mode == "calendar"
    assert view.head.text() == "Lê C"
    assert view.status.text()


def test_declining_changes_nothing(
    qtbot: QtBot, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = SettingsView(commune.setup, presets=PresetService(commune.setup, tmp_path))
    qtbot.addWidget(view)
    monkeypatch.setattr(view, "confirm_preset", lambda preset: False)
    path = _preset(tmp_path, unit="00004", role="commune", period_mode="calendar")
    assert not view.import_preset(path)
    assert commune.setup.require().period_mode == "cutoff"


def test_another_unit_is_refused_with_the_reason(
    qtbot: QtBot,
    commune: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    """The page finds the data folder on its window, as app.py wires it."""
    window = QMainWindow()
    window.setProperty(DATA_DIR_PROPERTY, str(commune.paths.data_dir))
    view = SettingsView(commune.setup, window)
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    monkeypatch.setattr(view, "confirm_preset", lambda preset: True)
    assert not view.import_preset(_preset(tmp_path, unit="01", role="aggregator"))
    assert len(errors) == 1 and "đã gắn với đơn vị" in errors[0]
    assert commune.setup.require().unit.code == "00004"


def test_a_broken_file_is_reported(
    qtbot: QtBot, commune: Services, tmp_path: Path, errors: list[str]
) -> None:
    view = SettingsView(commune.setup, presets=PresetService(commune.setup, tmp_path))
    qtbot.addWidget(view)
    path = tmp_path / "egov-preset.json"
    path.write_text("{", encoding="utf-8")
    assert not view.import_preset(path)
    assert "cú pháp JSON" in errors[0]


def test_first_start_of_a_frozen_build_applies_the_preset_beside_it(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "program"
    _preset(program, unit="00004", role="commune", officer="Nguyễn Văn An")
    (program / "egov-desktop.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "egov-desktop.exe"))
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(data_dir=services.paths.data_dir, ui_state=state)
    qtbot.addWidget(window)
    args = argparse.Namespace(smoke_test=True, smoke_test_result=None)
    startup = _Startup(window, services.paths, args)
    startup.services = services
    startup.apply_preset()
    info = services.setup.require()
    assert (info.unit.code, info.officer) == ("00004", "Nguyễn Văn An")
    assert window.property(DATA_DIR_PROPERTY) == str(services.paths.data_dir)


def test_a_wrong_preset_at_first_start_leaves_the_wizard(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "program"
    _preset(program, unit="99999", role="commune")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "egov-desktop.exe"))
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(data_dir=services.paths.data_dir, ui_state=state)
    qtbot.addWidget(window)
    args = argparse.Namespace(smoke_test=True, smoke_test_result=None)
    startup = _Startup(window, services.paths, args)
    startup.services = services
    startup.apply_preset()  # logged, not raised: the office can still set up by hand
    assert services.setup.current() is None
    with pytest.raises(UserError):
        services.setup.require()


def test_a_preset_changing_the_mode_over_stored_figures_says_so(
    qtbot: QtBot, commune: Services, tmp_path: Path, errors: list[str]
) -> None:
    """In the box that asks first, as the page asks before changing the mode itself."""
    row = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    commune.entry.set_values([(row, 3, 4)], form="II.06a", period="2025-Q3")
    view = _settings_page(qtbot, commune)
    shown: list[str] = []

    def answer(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        box.done(0)
        return 0

    path = _preset(tmp_path, unit="00004", role="commune", period_mode="calendar")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "exec", lambda box: answer(box))
        patch.setattr(
            QMessageBox,
            "clickedButton",
            lambda box: next(b for b in box.buttons() if b.text() == "Apply"),
        )
        assert view.import_preset(path)
    assert errors == []
    assert "Period mode:" in shown[0]
    assert "1 báo cáo đã có số liệu (II.06a Quý III năm 2025)" in shown[0]
    assert commune.setup.require().period_mode == "calendar"
    assert "Note: 1 báo cáo đã có số liệu (II.06a Quý III năm 2025)" in view.status.text()


def test_enter_keeps_the_mode_when_the_preset_would_change_it_over_figures(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    view = _settings_page(qtbot, commune)
    defaults: list[str] = []

    def answer(box: QMessageBox) -> int:
        button = box.defaultButton()
        defaults.append(button.text() if button is not None else "")
        box.done(0)
        return 0

    path = _preset(tmp_path, unit="00004", role="commune", period_mode="calendar")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QMessageBox, "exec", lambda box: answer(box))
        assert not view.import_preset(path)  # no stored figures: Enter applies
        row = commune.entry.find_row(form="II.06a", name="Hộ tịch")
        commune.entry.set_values([(row, 3, 4)], form="II.06a", period="2025-Q3")
        assert not view.import_preset(path)
    assert defaults == ["Apply", "Cancel"]
    assert commune.setup.require().period_mode == "cutoff"


def test_a_preset_template_s_unplaced_texts_are_named_without_a_command(
    qtbot: QtBot,
    commune: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    official_without("II.06a", tmp_path / "templates" / "II.06a-tinh.xlsx", "NGƯỜI LẬP BIỂU")
    view = _settings_page(qtbot, commune)
    monkeypatch.setattr(view, "confirm_preset", lambda preset: True)
    path = _preset(tmp_path, unit="00004", role="commune", templates=["templates/II.06a-tinh.xlsx"])
    assert view.import_preset(path)
    assert errors == []
    status = view.status.text()
    assert "Note: Không tìm thấy trong tệp II.06a-tinh.xlsx chỗ ghi: Họ tên người lập biểu" in (
        status
    )
    assert "egov" not in status and "--" not in status


def _first_start(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, program: Path
) -> tuple[MainWindow, _Startup]:
    """Start the GUI (not a smoke test) on a fresh data folder beside a frozen build's preset."""
    (program / "egov-desktop.exe").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(program / "egov-desktop.exe"))
    # The test run keeps its own logging and exception hook.
    monkeypatch.setattr(log, "setup_logging", lambda folder: None)
    monkeypatch.setattr(ui_errors, "install_excepthook", lambda folder: None)
    data = tmp_path / "data"
    data.mkdir()
    window = MainWindow(
        data_dir=data, ui_state=QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    args, _ = app._parse(["--data-dir", str(data)])
    startup = _Startup(window, AppPaths.resolve(data), args)
    startup.load()
    return window, startup


def _shown_boxes(window: MainWindow) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_first_start_names_the_installer_s_template_texts_left_without_a_cell(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The installer's check printed them; the clerk opening the app saw nothing before."""
    program = tmp_path / "program"
    official_without("II.06a", program / "templates" / "II.06a-tinh.xlsx", "NGƯỜI LẬP BIỂU")
    _preset(program, unit="00004", role="commune", templates=["templates/II.06a-tinh.xlsx"])
    window, startup = _first_start(qtbot, tmp_path, monkeypatch, program)
    assert startup.services is not None
    try:
        assert startup.services.setup.require().unit.code == "00004"
        boxes = _shown_boxes(window)
        assert len(boxes) == 1
        notes = boxes[0].informativeText()
        assert "Không tìm thấy trong tệp II.06a-tinh.xlsx chỗ ghi: Họ tên người lập biểu" in notes
        assert "egov" not in notes and "--" not in notes
    finally:
        startup.services.close()


def test_first_start_with_a_clean_preset_shows_no_box(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program = tmp_path / "program"
    _preset(program, unit="00004", role="commune", officer="Nguyễn Văn An")
    window, startup = _first_start(qtbot, tmp_path, monkeypatch, program)
    assert startup.services is not None
    try:
        assert startup.services.setup.require().officer == "Nguyễn Văn An"
        assert _shown_boxes(window) == []
    finally:
        startup.services.close()
