"""A refusal shown in a window names the page or the dialog to use, never a command-line option.

The same messages reach `egov`, which adds the option (messages.py, the `_CLI` hints). Each
test drives a real failure and reads the message box the clerk gets.
"""

from __future__ import annotations

import sqlite3
import struct
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from egov_desktop import app
from egov_desktop.bootstrap import Services
from egov_desktop.cli import main as cli_main
from egov_desktop.config import AppPaths
from egov_desktop.domain.periods import Period
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.preset import PresetService
from egov_desktop.ui.views.receive_view import ReceiveView
from egov_desktop.ui.views.settings_view import SettingsView
from tests.packages import F, P, held_figures, package
from tests.ui.receive import receive_page


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The texts of the message boxes shown while the test runs, each answered at once."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(" ".join(t for t in (box.text(), box.informativeText()) if t))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def _no_command(text: str, *names: str) -> None:
    """`text` names no `egov` command and no option (file names such as x.egov left aside)."""
    for name in names:
        text = text.replace(name, "")
    assert "egov " not in text and "--" not in text, text


def _office_types(office: Services, value: int) -> None:
    """The office types Phường Ba Đình's Hộ tịch (3) itself."""
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values([(row, 3, value)], form=F, period=P, unit="00004")


def _page(qtbot: QtBot, office: Services, tmp_path: Path) -> ReceiveView:
    view = receive_page(qtbot, office, tmp_path, date(2025, 9, 20))
    view.period_picker.set_period(Period.parse(P))
    view.refresh()
    return view


def _select(view: ReceiveView, code: str) -> None:
    rows = range(view.table.rowCount())
    view.table.selectRow(next(r for r in rows if f"({code})" in view.table.item(r, 0).text()))


def test_a_package_meeting_a_figure_typed_since_its_preview_names_the_preview(
    qtbot: QtBot, office: Services, tmp_path: Path, boxes: list[str]
) -> None:
    sent = package(tmp_path / "BC_00004_2025-Q3_v1.egov", {"Hộ tịch": {3: 4, 4: 4}})
    view = _page(qtbot, office, tmp_path)

    def typed_meanwhile(preview: dto.PackagePreview) -> dict[str, str]:
        assert not preview.conflicts  # nothing to choose when the preview showed
        _office_types(office, 7)
        return {}

    view.confirm = typed_meanwhile
    assert view.import_files([sent]) == []
    (text,) = boxes
    assert "khác 1 số liệu mà cơ quan đã tự nhập nên chưa nhập gì" in text
    assert "Nhập gói báo cáo…" in text and "xem trước gói" in text
    _no_command(text, sent.name)
    assert held_figures(office) == {"Hộ tịch": {3: 7}}


def test_an_update_request_meeting_a_figure_typed_since_its_preview_names_the_button(
    qtbot: QtBot, office: Services, tmp_path: Path, boxes: list[str]
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    office.package_import.accept("00004", P, tmp_path / "replies")
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 4}}, version=2)
    assert office.package_import.apply(v2).status == dto.QUEUED
    view = _page(qtbot, office, tmp_path)
    _select(view, "00004")

    def typed_meanwhile(preview: dto.PackagePreview) -> dict[str, str]:
        _office_types(office, 7)
        return {}

    view.confirm = typed_meanwhile
    view.apply_update()
    (text,) = boxes
    assert "Gói cập nhật v2 của đơn vị 00004" in text and "chưa nhập gì" in text
    assert "Nhập yêu cầu cập nhật" in text
    _no_command(text)
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 4}}


def _damaged(database: Path) -> None:
    """`database` fails its integrity check, though its unit can still be read."""
    sqlite3.connect(database).close()  # the last connection folds the log into the file
    data = bytearray(database.read_bytes())
    data[36:40] = struct.pack(">I", 7)  # the header's count of free pages
    database.write_bytes(bytes(data))


def test_a_damaged_database_with_only_another_unit_s_backup_names_no_option(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: list[str]
) -> None:
    """A damaged database whose only backup is another unit's: that backup is not offered (a
    restore would refuse it), the damage is shown, with no option in it."""
    own, other = tmp_path / "own", tmp_path / "other"
    assert cli_main(["--data-dir", str(own), "setup", "--unit", "00004", "--role", "commune"]) == 0
    assert (
        cli_main(["--data-dir", str(other), "setup", "--unit", "00008", "--role", "commune"]) == 0
    )
    assert cli_main(["--data-dir", str(other), "backup", "create"]) == 0
    (made,) = (other / "backups").glob("egov_manual_*.sqlite")
    newest = own / "backups" / "egov_manual_20990101-000000.sqlite"
    newest.parent.mkdir(exist_ok=True)
    newest.write_bytes(made.read_bytes())
    _damaged(own / "egov.sqlite")
    asked: list[Path] = []
    monkeypatch.setattr(
        app, "confirm_restore", lambda error, backup, sent: bool(asked.append(backup.path))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # the start installs its own
    exits: list[int] = []

    class _Application:
        """The start ends the application after the message: here only its exit code is kept,
        the test run's application must go on serving the tests after this one."""

        @staticmethod
        def exit(code: int = 0) -> None:
            exits.append(code)

    monkeypatch.setattr(app, "QApplication", _Application)
    args, _ = app._parse(["--data-dir", str(own)])
    startup = app._Startup(None, AppPaths.resolve(own), args)  # type: ignore[arg-type]
    startup.load()
    assert startup.services is None and exits == [2]
    assert asked == []
    (text,) = boxes
    assert "bị hỏng" in text
    _no_command(text, newest.name)


def test_a_configuration_package_of_another_unit_names_no_option(
    qtbot: QtBot,
    commune: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: list[str],
) -> None:
    preset = tmp_path / "preset" / "egov-preset.json"
    preset.parent.mkdir()
    preset.write_text('{"unit": "01", "role": "aggregator"}', encoding="utf-8")
    view = SettingsView(commune.setup, presets=PresetService(commune.setup, tmp_path / "data"))
    qtbot.addWidget(view)
    monkeypatch.setattr(view, "confirm_preset", lambda found: True)
    assert not view.import_preset(preset)
    (text,) = boxes
    assert 'đã gắn với đơn vị "Phường Ba Đình" (00004)' in text
    _no_command(text, preset.name)
    assert commune.setup.require().unit.code == "00004"
