"""The inbox folder is looked at again while the page is shown: no change notice needed."""

from __future__ import annotations

import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.inbox_panel import InboxPanel
from tests.packages import package


def _states(panel: InboxPanel) -> list[tuple[str, str]]:
    table = panel.table
    return [(table.item(r, 0).text(), table.item(r, 3).text()) for r in range(table.rowCount())]


def _panel(qtbot: QtBot, office: Services, inbox: Path) -> InboxPanel:
    panel = InboxPanel(office.package_import)
    qtbot.addWidget(panel)
    # A shared drive that sends no change notice: only looking again finds what changed.
    panel._watcher.directoryChanged.disconnect()
    panel.set_folder(inbox)
    return panel


def test_a_package_still_being_copied_is_read_again_once_complete(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    whole = package(tmp_path / "BC_00004_2025-Q3_v1.egov", {"Hộ tịch": {3: 4}}).read_bytes()
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    target = inbox / "BC_00004_2025-Q3_v1.egov"
    target.write_bytes(whole[: len(whole) // 2])
    panel = _panel(qtbot, office, inbox)
    ((name, state),) = _states(panel)
    assert name == target.name and state != "new, ready to import"
    assert panel.ready() == []
    panel.poll()  # nothing changed: the file is not read again
    assert _states(panel) == [(name, state)]
    target.write_bytes(whole)
    panel.poll()
    assert _states(panel) == [(name, "new, ready to import")]
    assert panel.ready() == [target]


def test_files_that_come_and_go_are_listed_at_the_next_look(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    panel = _panel(qtbot, office, inbox)
    assert _states(panel) == []
    sent = package(inbox / "BC_00004_2025-Q3_v1.egov", {"Hộ tịch": {3: 4}})
    panel.poll()
    assert _states(panel) == [(sent.name, "new, ready to import")]
    # Rewritten with the same size: its time tells.
    stat = sent.stat()
    os.utime(sent, ns=(stat.st_atime_ns, stat.st_mtime_ns + 5_000_000_000))
    read: list[Path] = []
    preview = office.package_import.preview

    def counted(path: Path):  # type: ignore[no-untyped-def]
        read.append(path)
        return preview(path)

    panel._importer.preview = counted  # type: ignore[method-assign]
    panel.poll()
    assert read == [sent]
    sent.unlink()
    panel.poll()
    assert _states(panel) == []
    # A folder that went away (a USB stick pulled out) is no error.
    inbox.rmdir()
    panel.poll()
    assert _states(panel) == []


def test_the_folder_is_looked_at_only_while_shown(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    panel = _panel(qtbot, office, tmp_path)
    assert not panel._poll_timer.isActive()
    panel.show()
    qtbot.waitExposed(panel)
    assert panel._poll_timer.isActive()
    panel.hide()
    assert not panel._poll_timer.isActive()
