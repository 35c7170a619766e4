"""Register page: paging, filters, search without accents, dossier dialog, import, drill-down."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import DossierInput, ProcedureInput
from egov_desktop.ui.models.dossier_table_model import PAGE, DossierSource
from egov_desktop.ui.views.dossier_dialog import DossierDialog
from egov_desktop.ui.views.register_import_dialog import RegisterImportDialog
from egov_desktop.ui.views.register_view import (
    CODE,
    DATES,
    PROCEDURE,
    PROCEDURE_CHARS,
    STATUS,
    RegisterView,
)
from tests import registers
from tests.ui.helpers import previewed, register_page

TODAY = date(2025, 8, 20)


def _add(services: Services, code: str, **fields: object) -> None:
    data: dict[str, object] = {
        "code": code,
        "sector": "Hộ tịch",
        "channel": "direct",
        "received": date(2025, 7, 1),
        "due": date(2025, 7, 10),
    }
    data.update(fields)
    services.register.add(DossierInput(**data))  # type: ignore[arg-type]


@pytest.fixture
def view(qtbot: QtBot, commune: Services) -> RegisterView:
    _add(commune, "A1", applicant="Nguyễn Văn An", resolved=date(2025, 7, 5))
    _add(commune, "A2", applicant="Trần Thị Bình")  # pending, due 10/07: overdue on TODAY
    _add(commune, "B1", sector="Chứng thực", channel="online", applicant="Lê Văn Cường",
         resolved=date(2025, 7, 2))  # fmt: skip
    _add(commune, "OLD", received=date(2024, 1, 5), due=date(2024, 1, 9),
         resolved=date(2024, 1, 8))  # fmt: skip
    widget = register_page(qtbot, commune, TODAY)
    return widget


def codes(view: RegisterView) -> list[str]:
    out = []
    for row in range(view.model.rowCount()):
        dossier = view.model.dossier(row)
        assert dossier is not None
        out.append(dossier.code)
    return sorted(out)


def test_opens_on_the_current_quarter(view: RegisterView) -> None:
    assert view.period_picker.period().code == "2025-Q3"
    assert codes(view) == ["A1", "A2", "B1"]
    assert view.count_label.text() == "3 dossier(s)"
    assert view.model.data(view.model.index(0, 5)) in ("01/07/2025",)


def test_filters_and_search_without_diacritics(qtbot: QtBot, view: RegisterView) -> None:
    view.sector_combo.setCurrentIndex(view.sector_combo.findData("Chứng thực"))
    view.apply_filters()
    assert codes(view) == ["B1"]
    view.sector_combo.setCurrentIndex(0)
    view.channel_combo.setCurrentIndex(view.channel_combo.findData("direct"))
    view.apply_filters()
    assert codes(view) == ["A1", "A2"]
    view.channel_combo.setCurrentIndex(0)
    view.overdue_check.setChecked(True)
    assert codes(view) == ["A2"]
    view.overdue_check.setChecked(False)
    qtbot.keyClicks(view.search, "nguyen van an")
    qtbot.waitUntil(lambda: codes(view) == ["A1"], timeout=3000)
    view.search.clear()
    view.by_period.setChecked(False)
    qtbot.waitUntil(lambda: len(codes(view)) == 4, timeout=3000)


def test_pages_are_read_on_demand() -> None:
    from egov_desktop.ui.models.dossier_table_model import DossierTableModel

    asked: list[tuple[int, int]] = []
    model = DossierTableModel()
    model.set_source(DossierSource(lambda: 1_000_000, lambda o, n: asked.append((o, n)) or []))
    assert model.rowCount() == 1_000_000 and asked == []
    model.data(model.index(999_999, 0))
    assert asked == [(999_999 // PAGE * PAGE, PAGE)]


def _new_dialog(qtbot: QtBot, commune: Services) -> DossierDialog:
    """The dossier dialog of a new dossier, today being TODAY."""
    dialog = DossierDialog(commune.register, commune.catalogue, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_add_a_dossier_from_the_dialog(qtbot: QtBot, commune: Services) -> None:
    dialog = _new_dialog(qtbot, commune)
    assert dialog.received.text() == "20/08/2025"
    qtbot.keyClicks(dialog.code, "C9")
    dialog.sector.setEditText("Đất đai")
    dialog.applicant.setText("Phạm Thị Dung")  # QTest cannot type non-Latin-1 keys
    dialog.due.setText("01/08/2025")  # before receipt: refused by the service
    dialog.save()
    assert dialog.error.text() and dialog.result() == 0
    dialog.due.setText("29/08/2025")
    # Reused from the national portal: reused, for the QĐ 766 digitisation sheet.
    dialog.flags["components_reused_national"].setChecked(True)
    assert dialog.flags["components_reused"].isChecked()
    dialog.save()
    assert dialog.result() == 1
    stored = commune.register.find("C9")
    assert (stored.sector, stored.applicant, stored.due) == (
        "Đất đai",
        "Phạm Thị Dung",
        date(2025, 8, 29),
    )
    assert stored.components_reused and stored.components_reused_national


def test_the_procedure_chosen_gives_the_dossier_its_sector(qtbot: QtBot, commune: Services) -> None:
    _add(commune, "S0", sector="Bảo trợ xã hội")  # a sector the list offers first
    commune.catalogue.add(ProcedureInput("1.001193", "Đăng ký khai sinh " * 12, "Hộ tịch", 3))
    dialog = _new_dialog(qtbot, commune)
    assert dialog.sector.currentText() == ""  # nothing preselected to be saved unnoticed
    # A 200-character procedure name does not make the dialog wider than a small screen.
    assert dialog.sizeHint().width() < 1000
    dialog.sector.setEditText("Bảo trợ xã hội")
    dialog.procedure.setCurrentIndex(dialog.procedure.findData("1.001193"))
    dialog.procedure.activated.emit(dialog.procedure.currentIndex())
    assert dialog.sector.currentText() == "Hộ tịch"
    qtbot.keyClicks(dialog.code, "S1")
    dialog.save()
    assert dialog.error.text() == "" and dialog.result() == 1
    assert commune.register.find("S1").sector == "Hộ tịch"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_procedure_is_found_by_words_of_its_name_and_only_chosen_deliberately(
    qtbot: QtBot, commune: Services
) -> None:
    commune.catalogue.add(ProcedureInput("1.000656", "Đăng ký lại khai tử", "Hộ tịch", 5))
    commune.catalogue.add(ProcedureInput("1.001193", "Đăng ký khai sinh", "Hộ tịch", 3))
    dialog = _new_dialog(qtbot, commune)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.code.setText("HS-PROC")
    dialog.procedure.setFocus()
    qtbot.keyClicks(dialog.procedure, "khai sinh")
    popup = dialog.procedure_suggestions.completer.popup()
    assert dialog.procedure_suggestions.suggestions == ["1.001193 — Đăng ký khai sinh"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    assert dialog.procedure.currentText() == "khai sinh"  # nothing replaced by moving
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    # Enter took the suggestion (its sector, a due date proposed) and saved nothing.
    assert dialog.procedure_code() == "1.001193"
    assert (dialog.sector.currentText(), dialog.due.text()) == ("Hộ tịch", "25/08/2025")
    assert dialog.isVisible() and dialog.result() == 0 and commune.register.count() == 0
    dialog.save()
    stored = commune.register.find("HS-PROC")
    assert (stored.procedure_code, stored.procedure_name) == ("1.001193", "Đăng ký khai sinh")


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_down_in_the_procedure_field_never_picks_one(qtbot: QtBot, commune: Services) -> None:
    commune.catalogue.add(ProcedureInput("1.000656", "Đăng ký lại khai tử", "Hộ tịch", 5))
    dialog = _new_dialog(qtbot, commune)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.procedure.setFocus()
    qtbot.keyClicks(dialog.procedure, "giay phep")  # no such procedure: typed by hand
    qtbot.keyClick(dialog.procedure, Qt.Key.Key_Down)
    assert dialog.procedure.currentText() == "giay phep" and dialog.procedure_code() is None
    assert dialog.values().procedure_name == "giay phep"


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")
def test_a_sector_is_found_without_accents_and_down_never_steps_to_another(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = _new_dialog(qtbot, commune)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.sector.setFocus()
    qtbot.keyClicks(dialog.sector, "ho tich")
    assert dialog.sector_suggestions.suggestions == ["Hộ tịch"]
    qtbot.keyClick(dialog.sector, Qt.Key.Key_Down)  # moves in the suggestions only
    assert dialog.sector.currentText() == "ho tich"
    qtbot.keyClick(dialog.sector_suggestions.completer.popup(), Qt.Key.Key_Return)
    assert dialog.sector.currentText() == "Hộ tịch" and dialog.isVisible()


def test_text_typed_over_a_chosen_procedure_is_no_longer_that_procedure(
    qtbot: QtBot, commune: Services
) -> None:
    commune.catalogue.add(ProcedureInput("1.001193", "Đăng ký khai sinh", "Hộ tịch", 3))
    dialog = _new_dialog(qtbot, commune)
    dialog.procedure.setCurrentIndex(dialog.procedure.findData("1.001193"))
    assert dialog.procedure_code() == "1.001193"
    dialog.procedure.setEditText("Cấp bản sao trích lục")
    assert dialog.procedure_code() is None
    assert dialog.values().procedure_name == "Cấp bản sao trích lục"


def test_paid_online_ticks_the_financial_obligation(qtbot: QtBot, commune: Services) -> None:
    dialog = _new_dialog(qtbot, commune)
    dialog.flags["paid_online"].setChecked(True)
    assert dialog.flags["financial_obligation"].isChecked()


def test_edit_keeps_status_by_dates(qtbot: QtBot, commune: Services) -> None:
    _add(commune, "E1")
    dossier = commune.register.find("E1")
    dialog = DossierDialog(commune.register, commune.catalogue, dossier=dossier)
    qtbot.addWidget(dialog)
    dialog.resolved.setText("08/07/2025")
    dialog.save()
    assert commune.register.find("E1").status == "Đã giải quyết"


def test_a_bad_date_is_explained(qtbot: QtBot, commune: Services) -> None:
    dialog = DossierDialog(commune.register, commune.catalogue)
    qtbot.addWidget(dialog)
    dialog.code.setText("X")
    dialog.received.setText("3l/02/2025")
    dialog.save()
    assert dialog.error.text() == 'Received on: "3l/02/2025" is not a date (dd/mm/yyyy).'


def test_a_day_not_in_the_calendar_is_said_as_the_cli_says_it(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = _new_dialog(qtbot, commune)
    dialog.code.setText("X")
    dialog.sector.setEditText("Hộ tịch")
    dialog.received.setText("01/02/2025")
    for edit, typed in ((dialog.due, " 31/02/2025 "), (dialog.resolved, "2025-02-29")):
        edit.setText(typed)
        dialog.save()
        shown = typed.strip()
        assert dialog.error.text().endswith(
            f': Ngày "{shown}" không có trong lịch; hãy kiểm tra lại ngày và tháng.'
        )
        assert dialog.result() == 0 and edit.text() == typed
        edit.clear()
    assert commune.register.count() == 0


def test_impossible_dates_keep_the_dialog_open_with_the_reason(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = _new_dialog(qtbot, commune)
    dialog.code.setText("HS-020")
    dialog.sector.setEditText("Hộ tịch")
    for received, due, resolved, message in [
        ("21/08/2025", "25/08/2025", "", "Ngày nhận hồ sơ (21/08/2025) sau ngày hôm nay"),
        ("20/11/1900", "25/11/1900", "", "Ngày nhận hồ sơ (20/11/1900) trước năm 2000"),
        ("01/01/0001", "02/01/0001", "", "Ngày nhận hồ sơ (01/01/0001) trước năm 2000"),
        ("20/08/2025", "25/08/2025", "21/08/2025", "Ngày kết thúc hồ sơ (21/08/2025) sau ngày"),
        ("20/08/2025", "25/11/2099", "", "(25/11/2099) cách ngày nhận hồ sơ (20/08/2025) hơn 5"),
    ]:
        dialog.received.setText(received)
        dialog.due.setText(due)
        dialog.resolved.setText(resolved)
        dialog.save()
        assert message in dialog.error.text() and dialog.result() == 0
    assert commune.register.count() == 0


def test_a_resolved_status_without_its_date_is_not_saved(qtbot: QtBot, commune: Services) -> None:
    """ "Đã giải quyết" with no date would be counted pending: the dialog says which date."""
    dialog = _new_dialog(qtbot, commune)
    dialog.code.setText("HS-021")
    dialog.sector.setEditText("Hộ tịch")
    dialog.received.setText("01/08/2025")
    dialog.due.setText("05/08/2025")
    dialog.status.setCurrentIndex(dialog.status.findData("Đã giải quyết"))
    dialog.save()
    assert "phải có ngày có kết quả" in dialog.error.text() and dialog.result() == 0
    assert commune.register.count() == 0
    dialog.resolved.setText("04/08/2025")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert commune.register.find("HS-021").status == "Đã giải quyết"


def test_an_open_status_with_an_end_date_is_warned_of_and_saved(
    qtbot: QtBot, commune: Services
) -> None:
    """Counted resolved by its date (§5.2): a warning line while typing, not a refusal."""
    dialog = _new_dialog(qtbot, commune)
    dialog.show()
    dialog.code.setText("HS-022")
    dialog.sector.setEditText("Hộ tịch")
    dialog.received.setText("01/08/2025")
    dialog.due.setText("05/08/2025")
    dialog.resolved.setText("04/08/2025")
    assert not dialog.warning.isVisible()  # "By the dates": resolved
    dialog.status.setCurrentIndex(dialog.status.findData("Chờ bổ sung"))
    assert dialog.warning.isVisible()
    assert dialog.warning.text().startswith(
        'Hồ sơ có ngày có kết quả (04/08/2025) nhưng trạng thái là "Chờ bổ sung": hồ sơ được'
        " tính là đã giải quyết."
    )
    dialog.resolved.clear()
    assert not dialog.warning.isVisible()
    dialog.resolved.setText("04/08/2025")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.error.text() == ""
    saved = commune.register.find("HS-022")
    assert saved.status == "Chờ bổ sung" and saved.warnings
    # Opened again, the dossier says so at once.
    again = DossierDialog(commune.register, commune.catalogue, dossier=saved, today=lambda: TODAY)
    qtbot.addWidget(again)
    again.show()
    assert again.warning.isVisible() and again.warning.text() == saved.warnings[0]


def test_text_longer_than_the_register_stores_is_refused_not_cut(
    qtbot: QtBot, commune: Services
) -> None:
    dialog = _new_dialog(qtbot, commune)
    dialog.code.setText("HS-030")
    dialog.sector.setEditText("Hộ tịch")
    dialog.due.setText("25/08/2025")
    name = "Công ty trách nhiệm hữu hạn " + "Xây dựng và Thương mại " * 13  # 327 characters
    for edit, text, said in (
        (
            dialog.applicant,
            name,
            "Tên tổ chức, cá nhân của hồ sơ HS-030 quá dài (tối đa 300 ký tự).",
        ),
        (dialog.note, "Ghi chú. " * 450, "Ghi chú của hồ sơ HS-030 quá dài (tối đa 4000 ký tự)."),
        (dialog.code, "X" * 300, 'Mã hồ sơ "XXXXXXXXXXXXXXXXXXXX…" quá dài (300 ký tự, tối đa 64'),
    ):
        QGuiApplication.clipboard().setText(text)
        edit.selectAll()
        edit.paste()
        assert edit.text() == text  # all of it, to be shortened by the clerk
        dialog.save()
        assert dialog.error.text().startswith(said)
        assert dialog.result() == 0 and commune.register.count() == 0
        edit.setText("HS-030" if edit is dialog.code else "")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error.text()


@pytest.mark.answers_modals
def test_enter_in_the_delete_confirmation_keeps_the_dossier(
    qtbot: QtBot, view: RegisterView
) -> None:
    asked: list[str] = []

    def press(key: Qt.Key) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        asked.append(box.text())
        qtbot.keyClick(QApplication.focusWidget() or box, key)

    view.table.selectRow(0)
    code = view.selected().code  # type: ignore[union-attr]
    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Return))
    view.delete_dossier()
    QTimer.singleShot(0, lambda: press(Qt.Key.Key_Escape))
    view.delete_dossier()
    assert len(asked) == 2 and code in asked[0]
    assert code in codes(view)


def test_import_previews_then_applies(qtbot: QtBot, commune: Services, tmp_path: Path) -> None:
    path = registers.write_xlsx(tmp_path / "so.xlsx")
    dialog = previewed(qtbot, commune, path)
    assert "4 new" in dialog.summary.text()
    # What was read from where, in the file's order.
    assert dialog.columns_label.text().startswith('Columns read: Dossier code ← "Mã hồ sơ"; ')
    assert commune.register.count() == 0  # nothing written by the preview
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    assert commune.register.count() == 4


def test_import_preview_names_new_sectors_and_rows_missing_a_date(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    path = registers.write_rows(
        tmp_path / "r.xlsx",
        [
            ["Mã hồ sơ", "Lĩnh vực", "Hình thức nộp", "Ngày nhận", "Hẹn trả", "Trạng thái"],
            ["A1", "Sector Mới", "Trực tuyến", "01/07/2025", "02/07/2025", "Rút hồ sơ"],
            ["A2", "ho tich", "Trực tuyến", "hôm qua", "02/07/2025", "Đang giải quyết"],
        ],
    )
    dialog = previewed(qtbot, commune, path)
    assert "Lĩnh vực mới: Sector Mới (1 dòng)." in dialog.notes_label.text()
    assert "1 dòng có hồ sơ còn thiếu ngày" in dialog.notes_label.text()
    # Only the headline is bold: the notes under it read as ordinary text.
    assert dialog.summary.text().startswith("Preview: 1 new,") and "\n" not in dialog.summary.text()
    for label in (dialog.summary, dialog.notes_label):
        label.ensurePolished()
    assert dialog.summary.font().bold() and not dialog.notes_label.font().bold()
    table = dialog.rejected_table
    shown = [
        tuple(table.item(row, column).text() for column in range(3))  # type: ignore[union-attr]
        for row in range(table.rowCount())
    ]
    assert shown == [
        (
            "2",
            "Imported, to complete",
            'Hồ sơ ở trạng thái "Rút hồ sơ" phải có ngày kết thúc (ngày rút hoặc trả lại).',
        ),
        ("3", "Not imported", 'Cột "Ngày nhận": "hôm qua" không phải là ngày.'),
    ]
    assert commune.register.count() == 0


def test_import_preview_lists_rows_to_check(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    path = registers.write_rows(
        tmp_path / "o.xlsx",
        [
            ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Ngày có kết quả", "Trạng thái"],
            ["O1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Đang giải quyết"],
        ],
    )
    dialog = previewed(qtbot, commune, path)
    assert "1 dòng có ngày có kết quả nhưng trạng thái" in dialog.notes_label.text()
    table = dialog.rejected_table
    assert [table.item(0, c).text()[:26] for c in range(3)] == [  # type: ignore[union-attr]
        "2",
        "Imported, to check",
        "Hồ sơ có ngày có kết quả (",
    ]


def test_a_file_that_cannot_be_read_closes_the_import(
    qtbot: QtBot, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "egov_desktop.ui.views.register_import_dialog.show_user_error",
        lambda _parent, error: shown.append(error.message),
    )
    path = tmp_path / "D_broken.xlsx"
    path.write_bytes(b"PK\x03\x04\x97o\x1a\x12" + bytes(range(256)) * 8)
    dialog = RegisterImportDialog(commune.register_import)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.rejected, timeout=10000):
        assert dialog.choose_file(path)
    assert shown == [
        "Không đọc được tệp D_broken.xlsx: tệp bị hỏng hoặc chưa được chép, tải về trọn vẹn."
        " Hãy chép hoặc tải lại tệp từ nơi gửi, rồi mở thử bằng Excel."
    ]
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


def test_unknown_columns_are_mapped_and_remembered(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    path = registers.write_rows(
        tmp_path / "e.xlsx",
        [
            ["Số hiệu", "Lĩnh vực", "Thời điểm nộp", "Hẹn trả", "Nộp phí online"],
            ["E1", "Hộ tịch", "01/07/2025", "03/07/2025", "x"],
        ],
    )
    dialog = RegisterImportDialog(commune.register_import)
    qtbot.addWidget(dialog)
    dialog.choose_file(path)
    qtbot.waitUntil(lambda: dialog.mapping.rowCount() > 0, timeout=10000)
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    for row in range(dialog.mapping.rowCount()):
        header = dialog.mapping.item(row, 0).text()
        combo = dialog.mapping.cellWidget(row, 1)
        field = {
            "Số hiệu": "code",
            "Thời điểm nộp": "received",
            "Nộp phí online": "paid_online",
        }.get(header)
        if field:
            combo.setCurrentIndex(combo.findData(field))  # type: ignore[attr-defined]
    dialog.reread_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    imported = commune.register.find("E1")
    assert imported.received == date(2025, 7, 1)
    assert imported.paid_online and imported.financial_obligation
    again = RegisterImportDialog(commune.register_import)
    qtbot.addWidget(again)
    again.choose_file(path)  # the remembered mapping reads it at once
    qtbot.waitUntil(lambda: again.preview is not None, timeout=10000)
    assert again.preview is not None and again.preview.unchanged == 1


def test_a_recognised_column_is_changed_in_the_dialog(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    path = registers.write_rows(
        tmp_path / "m.xlsx",
        [
            ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Ngày tiếp nhận thực tế", "Ghi chú"],
            ["M1", "Hộ tịch", "01/01/2020", "01/07/2025", "chuyển phòng"],
        ],
    )
    dialog = RegisterImportDialog(commune.register_import)
    qtbot.addWidget(dialog)
    dialog.choose_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    # Readable as it is: the column list stays folded away behind a button.
    assert dialog.mapping.isHidden() and not dialog.edit_button.isHidden()
    dialog.edit_button.click()
    assert not dialog.mapping.isHidden() and dialog.edit_button.isHidden()
    listed = {
        dialog.mapping.item(row, 0).text(): dialog.mapping.cellWidget(row, 1)
        for row in range(dialog.mapping.rowCount())
    }
    assert list(listed) == [
        "Mã hồ sơ",
        "Lĩnh vực",
        "Ngày nhận",
        "Ngày tiếp nhận thực tế",
        "Ghi chú",
    ]
    assert listed["Ngày nhận"].currentData() == "received"  # type: ignore[attr-defined]
    for header, field in (
        ("Ngày nhận", None),
        ("Ngày tiếp nhận thực tế", "received"),
        ("Ghi chú", None),
    ):
        combo = listed[header]
        combo.setCurrentIndex(combo.findData(field))  # type: ignore[attr-defined]
    # The preview shown no longer says what would be imported.
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    dialog.reread_button.click()
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    read, unread = dialog.columns_label.text().split("\n")
    assert '"Ngày tiếp nhận thực tế"' in read and "Ghi chú" not in read
    assert unread == 'Columns not read: "Ngày nhận"; "Ghi chú"'
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10000)
    dossier = commune.register.find("M1")
    assert (dossier.received, dossier.note) == (date(2025, 7, 1), "")


def test_drill_down_lists_the_dossiers_behind_a_figure(
    view: RegisterView, commune: Services
) -> None:
    rows = commune.stats.dossiers_behind(period="2025-Q3", column=7, sector="Hộ tịch")
    view.show_dossiers(rows, "caption")
    assert codes(view) == ["A1"] and not view.banner.isHidden()
    view.apply_filters()
    assert view.banner.isHidden()


@pytest.fixture
def large_text(qapp: QApplication) -> Iterator[None]:
    """A PC set to larger text: widths in fixed pixels would cut codes and dates."""
    font = qapp.font()
    bigger = QFont(font)
    bigger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield
    qapp.setFont(font)


def test_codes_and_dates_fit_their_columns_whatever_the_text_size(
    qtbot: QtBot, commune: Services, large_text: None
) -> None:
    _add(commune, "000.00.31.H26-250701-0001", resolved=date(2025, 7, 5))
    view = register_page(qtbot, commune, TODAY)
    metrics = view.table.fontMetrics()
    for column in (CODE, *DATES, STATUS):
        text = str(view.model.index(0, column).data())
        assert view.table.columnWidth(column) > metrics.horizontalAdvance(text), text


def test_the_procedure_takes_the_spare_width_but_never_shrinks_to_nothing(
    qtbot: QtBot, view: RegisterView
) -> None:
    view.resize(1800, 600)
    view.show()
    qtbot.waitExposed(view)
    header = view.table.horizontalHeader()
    assert header.length() == view.table.viewport().width()  # no gap, no sideways scrolling
    wide = view.table.columnWidth(PROCEDURE)
    view.resize(700, 600)
    qtbot.waitUntil(lambda: view.table.columnWidth(PROCEDURE) < wide)
    floor = PROCEDURE_CHARS * view.table.fontMetrics().averageCharWidth()
    assert view.table.columnWidth(PROCEDURE) == floor
