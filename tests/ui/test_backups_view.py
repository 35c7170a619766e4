"""The Backups page tells how much room the backups take and how much the disk has left."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.db import backup
from egov_desktop.domain.text import size_text
from egov_desktop.ui.views.backups_view import BackupsView


def test_the_page_shows_the_room_backups_take_and_the_disk_has(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(backup, "_free_bytes", lambda _folder: 35_400_000_000)
    view = BackupsView(commune.backups)
    qtbot.addWidget(view)
    view.create_button.click()
    used = sum(item.size for item in commune.backups.list())
    count = len(commune.backups.list())
    assert count >= 1 and used > 0
    assert view.space.text() == (
        f"{count} backups take {size_text(used)}; the disk has 35,4 GB free."
    )

    def unknown(_folder: object) -> int:
        raise OSError("not a local disk")

    monkeypatch.setattr(backup, "_free_bytes", unknown)
    view.refresh()
    assert view.space.text() == f"{count} backups take {size_text(used)}."


def test_the_list_names_each_backup_by_its_file_within_the_page(
    qtbot: QtBot, commune: Services
) -> None:
    view = BackupsView(commune.backups)
    qtbot.addWidget(view)
    view.resize(800, 540)  # what a 1024×600 screen leaves the page
    view.show()
    qtbot.waitExposed(view)
    view.create_button.click()
    table = view.table
    assert table.rowCount() >= 1
    newest = commune.backups.list()[0]
    cell = table.item(0, 2)
    assert cell is not None
    assert (cell.text(), cell.toolTip()) == (newest.path.name, str(newest.path))
    assert table.horizontalHeader().length() <= table.viewport().width()  # no sideways scroll


def test_the_restore_question_defaults_to_no(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[object, ...]] = []

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    view = BackupsView(commune.backups, can_restore=True)
    qtbot.addWidget(view)
    assert not view.confirm_restore(commune.backups.create("manual"))
    assert asked[0][-1] == QMessageBox.StandardButton.No  # Enter keeps the data
