"""The templates page: a province's workbook checked in the mapping editor, tried, shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.domain import messages
from egov_desktop.ui.views.mapping_editor import MappingEditor
from egov_desktop.ui.views.templates_view import TemplatesView


def province_book(tmp_path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet["A6"] = "BÁO CÁO CỦA TỈNH"
    sheet["A7"] = "Kỳ báo cáo: …"
    sheet["A8"] = "Ghi chú của tỉnh"  # the window line sits elsewhere: corrected in the editor
    sheet["C8"] = "Thời gian: …"
    sheet.append([])
    sheet.append(["STT", "Lĩnh vực", *(f"Cột {n}" for n in range(3, 14))])
    sheet.append(["(1)", "(2)", *(f"({n})" for n in range(3, 14))])
    for number, name in enumerate(("Hộ tịch", "Chứng thực"), start=1):
        sheet.append([number, name])
    sheet.append([None, "Tổng số"])
    path = tmp_path / "tinh.xlsx"
    book.save(path)
    return path


def test_add_try_share_and_import(qtbot: QtBot, commune: Services, tmp_path: Path) -> None:
    view = TemplatesView(commune.reports.templates, commune.reports)
    qtbot.addWidget(view)
    view.refresh()
    assert {i.name for i in view.items} == {"builtin"}
    seen: list[MappingEditor] = []

    def correct(editor: MappingEditor) -> bool:
        seen.append(editor)
        for row in range(editor.fixed.rowCount()):
            if editor.fixed.item(row, 0).data(256) == "window":
                editor.fixed.item(row, 1).setText("c8")
        return True

    view.edit_mapping = correct
    info = view.add_workbook("II.06a", province_book(tmp_path), "tinh")
    assert info is not None and not info.builtin and "tinh" in view.status.text()
    assert seen[0].anchor.text() == "A12" and seen[0].columns.rowCount() == 11
    # Nothing in the workbook places the agency lines or the signers' names: the editor says so.
    told = seen[0].findings_label
    assert not told.isHidden()
    assert told.text().startswith("Không tìm thấy trong tệp tinh.xlsx chỗ ghi: Cơ quan chủ quản;")
    assert "Họ tên người lập biểu; Họ tên thủ trưởng." in told.text()
    view.table.selectRow(next(i for i, t in enumerate(view.items) if t.name == "tinh"))
    written = view.try_selected(open_file=False)
    assert written is not None
    sheet = load_workbook(written).active
    assert sheet is not None and sheet["A6"].value == "BÁO CÁO CỦA TỈNH"
    assert str(sheet["C8"].value).startswith("(Từ ngày")
    shared = view.bundle_selected(tmp_path)
    assert shared is not None and shared.suffix == ".egovt"
    (commune.reports.templates.user_root / "II.06a" / "tinh.toml").unlink()
    view.refresh()
    assert view.import_bundle(shared) is not None
    assert "tinh" in {i.name for i in view.items}


def test_the_built_in_templates_are_named_in_vietnamese(qtbot: QtBot, commune: Services) -> None:
    view = TemplatesView(commune.reports.templates, commune.reports)
    qtbot.addWidget(view)
    view.refresh()
    shown = [
        [view.table.item(r, c).text() for c in range(view.table.columnCount())]
        for r in range(view.table.rowCount())
    ]
    assert shown and not any("builtin" in text for row in shown for text in row)
    assert {row[1] for row in shown} == {"Official layout (built-in)"}
    forms = {row[0] for row in shown}
    assert "Sổ theo dõi hồ sơ (Mẫu số 07)" in forms and "register" not in forms


def test_a_name_that_cannot_be_saved_is_asked_again_before_the_mapping_is_checked(
    qtbot: QtBot, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = TemplatesView(commune.reports.templates, commune.reports)
    qtbot.addWidget(view)
    shown: list[str] = []
    monkeypatch.setattr(
        "egov_desktop.ui.views.templates_view.show_user_error",
        lambda _parent, error: shown.append(error.message),
    )
    answers = iter([("con", True), ("tinh.v2", True), (" Mẫu  tỉnh ", True)])
    asked: list[str] = []

    def answer(_title: str, _label: str, typed: str) -> tuple[str, bool]:
        asked.append(typed)
        return next(answers)

    view.ask_text = answer
    assert view.ask_template_name("II.06a") == "Mẫu tỉnh"
    assert asked == ["", "con", "tinh.v2"]  # what was typed stays to be corrected
    assert shown == [
        messages.TEMPLATE_DEVICE_NAME.format(name="con"),
        messages.TEMPLATE_BAD_NAME.format(name="tinh.v2"),
    ]
    view.ask_text = lambda _title, _label, typed: (typed, False)
    assert view.ask_template_name("II.06a") is None  # cancelled
    opened: list[MappingEditor] = []
    view.edit_mapping = lambda editor: opened.append(editor) is None
    assert view.add_workbook("II.06a", province_book(tmp_path), "a/b") is None
    assert opened == [] and shown[-1] == messages.TEMPLATE_BAD_NAME.format(name="a/b")
    assert view.add_workbook("II.06a", province_book(tmp_path), "Mẫu tỉnh") is not None
    assert "Mẫu tỉnh" in {i.name for i in view.items} and len(opened) == 1


def test_the_columns_say_different_things_and_fit_a_small_screen(
    qtbot: QtBot, vietnamese: None, commune: Services
) -> None:
    view = TemplatesView(commune.reports.templates, commune.reports)
    qtbot.addWidget(view)
    view.resize(1024 - 210, 500)  # beside the navigation list
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    QApplication.processEvents()
    table = view.table
    for row in range(table.rowCount()):
        form, template, description = (table.item(row, c).text().casefold() for c in range(3))
        for other in (form, description):  # the template's name is not said again
            assert template not in other and other not in template
    assert table.horizontalScrollBar().maximum() == 0
    description = table.item(0, 2)
    needed = table.fontMetrics().boundingRect(
        0, 0, table.columnWidth(2) - 8, 1000, Qt.TextFlag.TextWordWrap, description.text()
    )
    assert table.rowHeight(0) >= needed.height()
