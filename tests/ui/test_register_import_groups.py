"""Register import dialog: two columns alike ("Mã" under two groups) are listed apart."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from tests import registers
from tests.ui.helpers import previewed

ROWS: list[list[object]] = [
    ["Hồ sơ", None, "Thủ tục hành chính", None, "Lĩnh vực", "Ngày nhận"],
    ["Mã", "Người nộp", "Mã", "Tên", None, None],
    ["HS-1", "Nguyễn Văn An", "1.001193", "Đăng ký khai sinh", "Hộ tịch", "01/07/2025"],
]
MERGED = ("A1:B1", "C1:D1", "E1:E2", "F1:F2")


def test_each_code_column_is_listed_by_its_group_and_mapped_apart(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    dialog = previewed(qtbot, commune, registers.write_rows(tmp_path / "m.xlsx", ROWS, MERGED))
    assert 'Dossier code ← "Mã (Hồ sơ)"' in dialog.columns_label.text()
    dialog.show()
    dialog.edit_button.click()
    listed: dict[str, QComboBox] = {}
    for row in range(dialog.mapping.rowCount()):
        combo = dialog.mapping.cellWidget(row, 1)
        assert isinstance(combo, QComboBox)
        listed[dialog.mapping.item(row, 0).text()] = combo
    assert list(listed)[:4] == ["Mã (Hồ sơ)", "Người nộp", "Mã (Thủ tục hành chính)", "Tên"]
    assert listed["Mã (Hồ sơ)"].currentData() == "code"
    assert listed["Mã (Thủ tục hành chính)"].currentData() == "procedure_code"
    # Swapped by hand, each keeps its own choice.
    listed["Mã (Hồ sơ)"].setCurrentIndex(listed["Mã (Hồ sơ)"].findData("procedure_code"))
    listed["Mã (Thủ tục hành chính)"].setCurrentIndex(
        listed["Mã (Thủ tục hành chính)"].findData("code")
    )
    dialog.reread_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    assert commune.register.find("1.001193").procedure_code == "HS-1"
