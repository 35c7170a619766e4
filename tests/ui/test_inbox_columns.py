"""The inbox list at 1024 pixels: one line per file, so that the folder's files can be read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.inbox_panel import STATE, InboxPanel
from tests.packages import OTHER, package


def test_each_file_takes_one_line_and_a_refusal_is_read_whole(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    # A copy made by the file manager: a long name the list must not give its width to.
    (inbox / "BC_00004_2025-Q3_v1 (bản chép lỗi, gửi lại lần 2).egov").write_bytes(b"x")
    package(inbox / "BC_00004_2025-Q3_v2.egov", {"Hộ tịch": {3: 5, 4: 5}}, version=2)
    package(inbox / "BC_00008_2025-Q3_v1.egov", {"Hộ tịch": {3: 4}}, unit=OTHER)
    panel = InboxPanel(office.package_import)
    qtbot.addWidget(panel)
    panel.resize(760, 400)  # the list's width on a 1024-pixel screen
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_folder(inbox)
    QApplication.processEvents()
    table = panel.table
    line = table.verticalHeader().defaultSectionSize()
    refused, changed, new = (table.item(r, STATE) for r in range(3))
    assert changed.text() == "replaces v1, ready to import: 2 figure(s) change"
    assert new.text() == "new, ready to import"
    assert [table.rowHeight(r) for r in (1, 2)] == [line, line]
    assert changed.toolTip() == changed.text()  # read whole there when cut
    assert table.rowHeight(0) > line and refused.toolTip() == refused.text()
    width = table.viewport().width()
    assert all(table.columnWidth(c) <= width // 4 for c in range(STATE))
    assert table.columnWidth(STATE) >= width // 4
    # The name is cut, not the list: it is still there to read.
    assert table.item(0, 0).toolTip().endswith("lần 2).egov")
