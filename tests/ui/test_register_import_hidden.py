"""Register import dialog: rows under a sector the unit hid are kept, and the preview says so."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from tests import registers
from tests.ui.helpers import previewed

ROWS: list[list[object]] = [
    ["Mã hồ sơ", "Lĩnh vực", "Hình thức nộp", "Ngày nhận", "Hẹn trả"],
    ["H1", "Đất đai", "Trực tuyến", "01/07/2025", "02/07/2025"],
    ["H2", "dat dai", "Trực tiếp", "01/07/2025", "02/07/2025"],
    ["H3", "Hộ tịch", "Trực tuyến", "01/07/2025", "02/07/2025"],
    ["H4", "Sector Mới", "Trực tuyến", "01/07/2025", "02/07/2025"],
]


def test_the_preview_names_the_hidden_sector_and_the_import_keeps_its_rows(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    commune.sectors.set_hidden(commune.sectors.find("Đất đai").id, True)
    dialog = previewed(qtbot, commune, registers.write_rows(tmp_path / "h.xlsx", ROWS))
    assert dialog.summary.text().startswith("Preview: 4 new,")
    assert not dialog.notes_label.isHidden()
    # A note of its own, told apart from the others by its bullet.
    notes = dialog.notes_label.text().split("\n")
    assert [note[:40] for note in notes] == [
        "• Lĩnh vực mới: Sector Mới (1 dòng). Các",
        "• Lĩnh vực đang ẩn: Đất đai (2 dòng). Cá",
    ]
    assert "Các dòng này vẫn được nhập vào lĩnh vực đó" in notes[1]
    assert dialog.rejected_table.rowCount() == 0  # a note for the sector, not one per row
    dialog.show()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    assert dialog.imported is not None
    assert [(s.name, s.rows) for s in dialog.imported.hidden_sectors] == [("Đất đai", 2)]
    assert commune.register.count() == 4 and commune.sectors.find("Đất đai").hidden
    # The dialog stays open on what the import did, its notes now said as done.
    assert dialog.isVisible() and dialog.summary.text().startswith("Imported: 4 new,")
    notes = dialog.notes_label.text().split("\n")
    assert [note[:40] for note in notes] == [
        "• Lĩnh vực mới: Sector Mới (1 dòng). Các",
        "• Lĩnh vực đang ẩn: Đất đai (2 dòng). Cá",
    ]
    assert "mỗi lĩnh vực đã thành một dòng mới" in notes[0]
    assert "Các dòng này đã được nhập vào lĩnh vực đó, và lĩnh vực đã hiện lại" in notes[1]
    assert " sẽ " not in dialog.notes_label.text()
    assert dialog.import_button.isHidden() and dialog.close_button.text() == "Close"
    dialog.close_button.click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
