"""Send page (commune) and receive page (office): send, lock, preview with conflicts, matrix."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services, open_services
from egov_desktop.config import AppPaths
from egov_desktop.domain.periods import Period
from egov_desktop.exchange.package import PackagePeriod, PackageUnit
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.register_dto import DossierInput
from egov_desktop.services.setup import SetupRequest
from egov_desktop.services.unit_entry import UnitEntry
from egov_desktop.ui.views import receive_view as receive_module
from egov_desktop.ui.views import send_view as send_module
from egov_desktop.ui.views import unit_entry_dialog as unit_entry_module
from egov_desktop.ui.views.package_preview_dialog import PackagePreviewDialog
from egov_desktop.ui.views.receive_view import ReceiveView
from egov_desktop.ui.views.send_view import SendView
from tests.packages import damaged, package
from tests.ui.receive import receive_page

P = "2025-Q3"
TODAY = date(2025, 10, 20)
ROW = {3: 12, 4: 10, 5: 2, 7: 10, 8: 5, 9: 4, 10: 1, 11: 2, 12: 1, 13: 1}


def _finish(services: Services, row: dict[int, int]) -> None:
    sector = services.entry.find_row(form="II.06a", name="Hộ tịch")
    services.entry.set_values([(sector, c, v) for c, v in row.items()], form="II.06a", period=P)
    services.entry.set_status(form="II.06a", period=P, status="done", note="ok")


@pytest.fixture
def send_view(qtbot: QtBot, commune: Services) -> SendView:
    view = SendView(commune.packages, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.refresh()
    return view


@pytest.fixture
def receive_view(qtbot: QtBot, office: Services, tmp_path: Path) -> ReceiveView:
    return _receive(qtbot, office, tmp_path)


def _receive(qtbot: QtBot, office: Services, tmp_path: Path, **parts: object) -> ReceiveView:
    """The receive page on II.06a, with the optional services named in `parts`."""
    view = receive_page(qtbot, office, tmp_path, TODAY, **parts)
    view.refresh()
    view.form_combo.setCurrentIndex(view.form_combo.findData("II.06a"))
    return view


def test_send_page_sends_done_forms_and_locks_them(
    send_view: SendView, commune: Services, tmp_path: Path
) -> None:
    assert send_view.period_picker.period().code == P
    assert send_view.checked_forms() == []
    _finish(commune, ROW)
    send_view.refresh()
    assert send_view.checked_forms() == ["II.06a"]
    usb = tmp_path / "usb"
    usb.mkdir()
    info = send_view.send(usb)
    assert info is not None and (usb / "BC_00004_2025-Q3_v1.egov").exists()
    assert "BC_00004_2025-Q3_v1.egov" in send_view.message.text()
    assert send_view.forms_table.item(0, 2).text() == "sent (package v1), locked"
    assert send_view.history.rowCount() == 1
    # The number is the package's version, as in the file name, not a count of sendings.
    assert send_view.history.item(0, 0).text() == "v1"
    assert "Package v1 written: " in send_view.message.text()
    assert send_view.reopen("II.06a", "Sai số liệu")
    assert "reopened" in send_view.forms_table.item(0, 2).text()
    # In progress again: not ticked to send until it is complete once more.
    assert send_view.checked_forms() == []
    # The file is lost on the way: the same package is copied again from the history.
    (usb / "BC_00004_2025-Q3_v1.egov").unlink()
    assert not send_view.copy_button.isEnabled()
    send_view.history.selectRow(0)
    assert send_view.copy_button.isEnabled()
    again = send_view.copy_selected(usb)
    assert again == usb / "BC_00004_2025-Q3_v1.egov" and again.exists()
    assert "copied again" in send_view.message.text()
    assert len(commune.packages.sent()) == 1


def test_nothing_is_sent_when_every_form_is_unticked(
    send_view: SendView, commune: Services, tmp_path: Path
) -> None:
    _finish(commune, ROW)
    send_view.refresh()
    assert send_view.send_button.isEnabled()
    send_view.forms_table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert not send_view.send_button.isEnabled()
    assert send_view.send(tmp_path) is None
    assert commune.packages.sent() == [] and send_view.message.text() == "Tick the forms to send."


def test_register_is_sent_only_after_the_warning(
    send_view: SendView, commune: Services, tmp_path: Path
) -> None:
    _finish(commune, ROW)
    send_view.refresh()
    send_view.include_register.setChecked(True)
    send_view.confirm_register = lambda: False
    assert send_view.send(tmp_path) is None and commune.packages.sent() == []
    send_view.confirm_register = lambda: True
    info = send_view.send(tmp_path)
    assert info is not None and info.includes_register


def test_a_form_not_done_is_refused_before_the_folder_is_asked(
    send_view: SendView, commune: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        send_module.QFileDialog,
        "getExistingDirectory",
        staticmethod(lambda *_a: asked.append("folder") or str(tmp_path)),
    )
    _finish(commune, ROW)
    send_view.refresh()
    table = send_view.forms_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "II.07b")
    table.item(row, 0).setCheckState(Qt.CheckState.Checked)  # II.07b: nothing entered yet
    reason = "Only reports marked done can be sent: II.07b (chưa nhập)."
    assert not send_view.send_button.isEnabled() and send_view.send_button.toolTip() == reason
    assert send_view.message.text() == reason  # said at once: a disabled button says nothing
    assert send_view.choose_and_send() is None
    assert asked == [] and send_view.message.text() == reason and commune.packages.sent() == []
    table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    assert send_view.send_button.isEnabled() and send_view.send_button.toolTip() == ""
    assert send_view.message.text() == ""
    # The personal-data question comes first: "no" asks for no folder.
    send_view.include_register.setChecked(True)
    send_view.confirm_register = lambda: asked.append("register") is not None
    assert send_view.choose_and_send() is None and asked == ["register"]
    send_view.confirm_register = lambda: asked.append("register") is None
    info = send_view.choose_and_send()
    assert info is not None and info.includes_register
    assert asked == ["register", "register", "folder"]
    # Sent and locked: sending the same again is refused before the folder too.
    table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    assert not send_view.send_button.isEnabled()
    assert "already sent and locked" in send_view.send_button.toolTip()


def test_a_form_the_register_left_behind_is_named_and_not_sent(
    send_view: SendView, commune: Services
) -> None:
    """766 counted, then one more dossier: the page says so and refuses to send it."""
    for code in ("A", "B"):
        commune.register.add(
            DossierInput(code, "Hộ tịch", "online", date(2025, 8, 1), date(2025, 8, 5))
        )
        if code == "A":
            commune.stats.apply(form="766", period=P)
            commune.entry.set_status(form="766", period=P, status="done", note="")
    send_view.refresh()
    table = send_view.forms_table
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "766")
    assert table.item(row, 1).text().endswith("the register now counts otherwise")
    assert table.item(row, 0).checkState() == Qt.CheckState.Checked  # done, not sent yet
    reason = send_view.send_button.toolTip()
    assert not send_view.send_button.isEnabled()
    assert reason.startswith("766: the stored figures differ from what the register counts now")
    assert "đã lưu 1, sổ đếm được 2" in reason and send_view.message.text() == reason
    assert send_view.send(None) is None and commune.packages.sent() == []


def test_a_dossier_edited_after_the_count_is_flagged_on_the_next_refresh(
    send_view: SendView, commune: Services
) -> None:
    """The page keeps the register's counts between refreshes, never past a register write."""
    added = commune.register.add(
        DossierInput("A", "Hộ tịch", "online", date(2025, 8, 1), date(2025, 8, 5))
    )
    commune.stats.apply(form="766", period=P)
    commune.entry.set_status(form="766", period=P, status="done", note="")
    table = send_view.forms_table

    def state() -> str:
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).text() == "766")
        return table.item(row, 1).text()

    send_view.refresh()
    send_view.refresh()
    assert state() == "hoàn thành" and send_view.send_button.isEnabled()
    commune.register.update(added.id, {"channel": "direct"})
    send_view.refresh()
    assert state().endswith("the register now counts otherwise")
    assert not send_view.send_button.isEnabled()


def test_a_cancelled_folder_sends_nothing(
    send_view: SendView, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        send_module.QFileDialog, "getExistingDirectory", staticmethod(lambda *_a: "")
    )
    _finish(commune, ROW)
    send_view.refresh()
    assert send_view.choose_and_send() is None and commune.packages.sent() == []


def test_office_imports_with_conflict_choices_and_replies(
    qtbot: QtBot,
    receive_view: ReceiveView,
    commune: Services,
    office: Services,
    tmp_path: Path,
) -> None:
    assert receive_view.matrix is not None
    total = len({e.unit_code for e in receive_view.matrix.entries})
    assert total == 126 and "0 of 126" in receive_view.summary.text()
    _finish(commune, ROW)
    first = commune.packages.send(period=P, out=tmp_path)
    receive_view.confirm = lambda preview: {}
    (done,) = receive_view.import_files([Path(first.file)])
    assert done.status == dto.IMPORTED
    row = next(
        r
        for r in range(receive_view.table.rowCount())
        if "00004" in receive_view.table.item(r, 0).text()
    )
    assert receive_view.table.item(row, 1).text().startswith("received v1")
    # The office corrects a figure, then the commune sends a correction of the same cell.
    unit_row = office.entry.grid(form="II.06a", period=P, unit="00004").rows[0]
    assert unit_row.values[4] == 10
    office_edit(office, unit_row.sector_id, 99)
    commune.packages.reopen(form="II.06a", period=P, reason="Sửa")
    _finish(commune, {**ROW, 3: 13, 4: 11, 11: 3, 12: 2})
    second = commune.packages.send(period=P, out=tmp_path)
    seen: list[dto.PackagePreview] = []

    def choose(preview: dto.PackagePreview) -> dict[str, str]:
        seen.append(preview)
        dialog = PackagePreviewDialog(preview)
        qtbot.addWidget(dialog)
        dialog.choose_all(dto.PREFER_OFFICE)
        dialog.grab().save(str(tmp_path / "preview.png"))
        return dialog.choices()

    receive_view.confirm = choose
    receive_view.import_files([Path(second.file)])
    (preview,) = seen
    assert [c.old for c in preview.conflicts] == [99]
    shown = office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].values
    assert shown[4] == 99 and shown[12] == 2
    receive_view.table.selectRow(row)
    path = receive_view.accept_selected()
    assert path is not None and path.name == "BN_00004_2025-Q3_v2.egovr"
    # The unit replied to stays chosen, for its receipt to print or its next step.
    assert receive_view.selected_unit() == "00004"
    send_view = SendView(commune.packages, today=lambda: TODAY)
    qtbot.addWidget(send_view)
    info = send_view.import_reply(path)
    assert info is not None and info.reply_kind == "receipt"
    # A receipt is an acceptance, here of a correction.
    assert send_view.message.text().startswith("Accepted package v2 (correction: Sửa) at ")
    send_view.import_reply(path)
    assert send_view.message.text().startswith("This reply was imported before; nothing changed.")
    assert receive_view.table.item(row, 1).text().startswith("accepted v2")
    text = receive_view.copy_reminder()
    assert "125 đơn vị" in text and "Phường Ba Đình" not in text


def office_edit(office: Services, row_id: int, value: int) -> None:
    """The office types a figure into the unit's report (the office's own edit)."""
    # Cells of another unit are edited at the office through the same values table.
    import sqlite3

    with sqlite3.connect(office.paths.database) as db:
        db.execute(
            "update report_row set cells = json_set(cells, '$.\"4\"', json_array(?, 'typed'))"
            " where row_key = ? and json_type(cells, '$.\"4\"') is not null",
            (value, f"sector:{row_id}"),
        )


def test_inbox_folder_lists_packages_with_what_importing_would_do(
    receive_view: ReceiveView, commune: Services, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "broken.egov").write_bytes(b"not a zip")
    _finish(commune, ROW)
    commune.packages.send(period=P, out=inbox)
    receive_view.inbox.set_folder(inbox)
    texts = [receive_view.inbox.table.item(r, 3).text() for r in range(2)]
    assert texts[0] == "new, ready to import"
    assert receive_view.inbox.table.item(0, 2).text() == "Quý III năm 2025 · v1"
    assert "không phải" in texts[1]
    receive_view.confirm = lambda preview: {}
    receive_view.inbox.table.cellDoubleClicked.emit(0, 0)
    assert receive_view.inbox.table.item(0, 3).text() == "already imported"
    receive_view.missing_only.setChecked(True)
    assert receive_view.table.rowCount() == 125
    # A unit counting calendar quarters (the office counts NĐ 09/2019 cut-off periods).
    other = open_services(AppPaths.resolve(tmp_path / "00008"))
    try:
        other.setup.apply(SetupRequest(unit_code="00008", role="commune", period_mode="calendar"))
        _finish(other, ROW)
        other.packages.send(period=P, out=inbox)
    finally:
        other.close()
    receive_view.inbox.scan()
    table = receive_view.inbox.table
    states = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert states["BC_00008_2025-Q3_v1.egov"] == (
        "new, ready to import · counted from 01/07/2025 to 30/09/2025, not the office's window"
    )
    # Once imported, the matrix keeps saying so.
    receive_view.missing_only.setChecked(False)
    assert [p.unit_code for p in receive_view.import_inbox()] == ["00008"]
    matrix = receive_view.table
    row = next(r for r in range(matrix.rowCount()) if "00008" in matrix.item(r, 0).text())
    assert matrix.item(row, 1).text().endswith(" · other days")
    assert "from 01/07/2025 to 30/09/2025" in matrix.item(row, 1).toolTip()
    assert "other days" not in matrix.item(0, 1).text()  # 00004 counted like the office


def test_the_period_defaults_to_the_previous_quarter(receive_view: ReceiveView) -> None:
    assert receive_view.period_picker.period() == Period.parse(P)


def test_entry_screen_shows_a_sent_report_as_locked(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    from egov_desktop.ui.views.entry_view import EntryView

    _finish(commune, ROW)
    commune.packages.send(period=P, out=tmp_path)
    view = EntryView(commune.entry, period_mode=lambda: "cutoff")
    qtbot.addWidget(view)
    view.show()
    view.open("II.06a", P)
    assert view.status_label.text() == "Sent (package v1), locked"
    assert not view.reopen_button.isVisible()
    # A figure pasted there is refused with the way to correct the report, not "Re-open".
    view.editing.paste_text("5\r\n")
    assert view.message.text() == (
        "This report was sent (package v1) and is locked. To correct it, reopen it on the Send "
        "reports page with a reason."
    )
    assert commune.entry.grid(form="II.06a", period=P).rows[0].values[3] == ROW[3]
    commune.packages.reopen(form="II.06a", period=P, reason="Sửa")
    view.reload()
    # Reopened for a correction, the figures are editable at once: no second "Re-open".
    assert view.status_label.text() == "In progress" and not view.model.read_only
    assert not view.reopen_button.isVisible() and view.done_button.isVisible()
    assert view.model.setData(view.model.index(0, 2), "5", Qt.ItemDataRole.EditRole)
    assert commune.entry.grid(form="II.06a", period=P).rows[0].values[3] == 5


def _accepted(receive_view: ReceiveView, commune: Services, tmp_path: Path) -> int:
    """00004's finished report sent, imported and accepted on the page; its row."""
    row = _imported(receive_view, commune, tmp_path)
    assert receive_view.accept_selected() is not None
    return row


def _imported(receive_view: ReceiveView, commune: Services, tmp_path: Path) -> int:
    """00004's finished report sent and imported on the page; its row, selected."""
    _finish(commune, ROW)
    receive_view.confirm = lambda preview: {}
    receive_view.import_files([Path(commune.packages.send(period=P, out=tmp_path).file)])
    row = next(
        r
        for r in range(receive_view.table.rowCount())
        if "00004" in receive_view.table.item(r, 0).text()
    )
    receive_view.table.selectRow(row)
    return row


def test_update_request_waits_behind_an_accepted_period(
    receive_view: ReceiveView, commune: Services, office: Services, tmp_path: Path
) -> None:
    row = _accepted(receive_view, commune, tmp_path)
    commune.packages.reopen(form="II.06a", period=P, reason="Bổ sung")
    _finish(commune, {**ROW, 3: 13, 4: 11, 11: 3, 12: 2})
    update = Path(commune.packages.send(period=P, out=tmp_path).file)
    (queued,) = receive_view.import_files([update])
    assert queued.status == dto.QUEUED
    assert "1 update request(s) waiting." in receive_view.summary.text()
    # Seen again (the inbox, a second import), it is named as the waiting request it is.
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(update, inbox)
    receive_view.inbox.set_folder(inbox)
    assert receive_view.inbox.table.item(0, 3).text() == "already waiting as an update request"
    again = PackagePreviewDialog(office.package_import.preview(update))
    assert "already waits as an update request" in again.summary.text()
    again.close()
    assert office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].values[4] == 10
    receive_view.table.selectRow(row)
    receive_view.apply_update()
    assert office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].values[4] == 11
    assert receive_view.table.item(row, 1).text().startswith("received v2")


def test_an_update_request_shows_the_figures_the_office_typed_to_choose(
    qtbot: QtBot, receive_view: ReceiveView, commune: Services, office: Services, tmp_path: Path
) -> None:
    row = _accepted(receive_view, commune, tmp_path)
    office_edit(
        office, office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].sector_id, 99
    )
    commune.packages.reopen(form="II.06a", period=P, reason="Bổ sung")
    _finish(commune, {**ROW, 3: 13, 4: 11, 11: 3, 12: 2})
    update = Path(commune.packages.send(period=P, out=tmp_path).file)
    receive_view.confirm = lambda preview: {c.key: dto.PREFER_OFFICE for c in preview.conflicts}
    (queued,) = receive_view.import_files([update])
    assert queued.status == dto.QUEUED
    seen: list[dto.PackagePreview] = []

    def choose(preview: dto.PackagePreview) -> dict[str, str] | None:
        seen.append(preview)
        dialog = PackagePreviewDialog(preview)
        qtbot.addWidget(dialog)
        dialog.choose_all(dto.PREFER_OFFICE)
        dialog.grab().save(str(tmp_path / "update.png"))
        return None if len(seen) == 1 else dialog.choices()

    receive_view.confirm = choose
    receive_view.table.selectRow(row)
    receive_view.apply_update()  # cancelled: nothing changes
    assert [(c.old, c.new) for c in seen[0].conflicts] == [(99, 11)]
    assert office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].values[4] == 99
    assert "1 update request(s) waiting." in receive_view.summary.text()
    receive_view.table.selectRow(row)
    receive_view.apply_update()
    shown = office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].values
    assert shown[4] == 99 and shown[3] == 13
    assert receive_view.table.item(row, 1).text().startswith("received v2")


def test_import_all_new_packages_of_the_inbox(
    receive_view: ReceiveView, commune: Services, office: Services, tmp_path: Path
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "broken.egov").write_bytes(b"not a zip")
    _finish(commune, ROW)
    commune.packages.send(period=P, out=inbox)
    receive_view.inbox.set_folder(inbox)
    done = receive_view.import_inbox()
    assert [d.status for d in done] == [dto.IMPORTED]
    assert "1 package(s) imported" in receive_view.summary.text()
    assert receive_view.inbox.table.item(0, 3).text() == "already imported"
    assert office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].values[4] == 10


def test_a_damaged_package_in_the_inbox_is_listed_as_refused(
    receive_view: ReceiveView,
    commune: Services,
    office: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _finish(commune, ROW)
    sent = Path(commune.packages.send(period=P, out=tmp_path).file)
    damaged(sent, inbox / "A_damaged.egov")
    shutil.copy(sent, inbox)
    receive_view.inbox.set_folder(inbox)
    table = receive_view.inbox.table
    assert [table.item(r, 0).text() for r in range(2)] == ["A_damaged.egov", sent.name]
    reason = table.item(0, 3).text()
    assert reason.startswith("Tệp A_damaged.egov bị hỏng") and table.item(0, 3).toolTip() == reason
    shown: list[str] = []
    monkeypatch.setattr(receive_module, "show_user_error", lambda _w, e: shown.append(e.message))
    receive_view.confirm = lambda preview: {}
    assert receive_view.import_files([inbox / "A_damaged.egov"]) == []
    assert shown == [reason]
    assert [d.unit_code for d in receive_view.import_inbox()] == ["00004"]
    assert office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].values[4] == 10
    # Whatever else goes wrong with one file, the page lists the others.
    preview = office.package_import.preview

    def failing(path: Path) -> dto.PackagePreview:
        if path.name == "A_damaged.egov":
            raise RuntimeError("unexpected")
        return preview(path)

    monkeypatch.setattr(office.package_import, "preview", failing)
    receive_view.inbox.scan()
    assert table.item(0, 3).text() == "cannot be read; not imported"
    assert table.item(1, 3).text() == "already imported"


def test_the_office_types_the_figures_of_a_unit_without_the_app(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    view = _receive(qtbot, office, tmp_path, entry=office.entry)
    row = next(r for r in range(view.table.rowCount()) if "00025" in view.table.item(r, 0).text())
    view.table.selectRow(row)
    dialog = view.enter_figures(show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    screen = dialog.entry_view
    assert screen.period_code == P and screen.form_code == "II.06a"
    assert dialog.note.text().startswith(
        "Phường Giảng Võ (00025) has sent no package of II.06a for this period: the figures "
        "typed here are kept as entered by the office"
    )
    # No register stands behind another unit's figures: no drill-down, no computing from it.
    assert screen.compute_action not in screen.table.actions()
    assert screen.drill_action not in screen.table.actions()
    assert screen.model.rowCount() > 10  # the unit's sectors, seeded from the catalogue
    sector = office.entry.find_row(form="II.06a", name="Hộ tịch", unit="00025")
    UnitEntry(office.entry, "00025").set_values([(sector, 4, 7)], form="II.06a", period=P)
    screen.reload()
    view.refresh()
    assert view.table.item(row, 1).text() == "entered by the office"
    assert office.entry.grid(form="II.06a", period=P).rows[0].values[4] is None  # not the office's


def test_the_entry_banner_says_which_package_the_office_holds(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    for version in (1, 2):
        sent = package(tmp_path / f"v{version}.egov", {"Hộ tịch": {3: 2, 4: 2}}, version=version)
        office.package_import.apply(sent)
    view = _receive(qtbot, office, tmp_path, entry=office.entry)
    row = next(r for r in range(view.table.rowCount()) if "00004" in view.table.item(r, 0).text())
    view.table.selectRow(row)
    dialog = view.enter_figures(show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.note.text() == (
        "Phường Ba Đình (00004) sent II.06a: package v2 of 18/09/2025 was received. "
        "Figures changed here are kept as entered by the office."
    )
    office.package_import.return_("00004", P, "Thiếu số liệu", tmp_path / "replies")
    dialog.entry_view.open("II.06a", P)
    assert "package v2 of 18/09/2025 was received and returned to the unit." in (dialog.note.text())
    # Another period: nothing received for it.
    dialog.entry_view.open("II.06a", "2025-Q4")
    assert "has sent no package of II.06a for this period" in dialog.note.text()


def test_the_office_reads_a_units_filled_excel_copy(
    qtbot: QtBot,
    commune: Services,
    office: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _finish(commune, ROW)
    exported = commune.reports.export(form="II.06a", period=P, out=tmp_path).path
    view = _receive(qtbot, office, tmp_path, entry=office.entry, filled=office.filled_reports)
    row = next(r for r in range(view.table.rowCount()) if "00025" in view.table.item(r, 0).text())
    view.table.selectRow(row)
    dialog = view.enter_figures(show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    # The commune's own report names Phường Ba Đình: not Giảng Võ's, said and nothing read.
    shown: list[str] = []
    monkeypatch.setattr(unit_entry_module, "show_user_error", lambda _w, e: shown.append(e.message))
    assert dialog.read_excel(exported) is None
    assert len(shown) == 1 and "UBND Phường Ba Đình" in shown[0] and "Giảng Võ" in shown[0]
    assert office.entry.grid(form="II.06a", period=P, unit="00025").rows[0].values[4] is None
    # The template filled in by hand, its unit lines left blank.
    book = load_workbook(exported)
    sheet = book.active
    assert sheet is not None
    sheet["A2"], sheet["H4"] = None, "Đơn vị báo cáo: ……………"
    filled = tmp_path / "filled.xlsx"
    book.save(filled)
    assert dialog.read_excel(filled) == len(ROW)
    assert office.entry.grid(form="II.06a", period=P, unit="00025").rows[0].values == {
        **{c: None for c in range(3, 14)},
        **ROW,
    }


def test_the_figures_behind_the_totals_name_their_package(
    qtbot: QtBot, commune: Services, office: Services, tmp_path: Path
) -> None:
    _finish(commune, ROW)
    sent = commune.packages.send(period=P, out=tmp_path / "usb")
    office.package_import.apply(Path(sent.file))
    view = _receive(qtbot, office, tmp_path, provenance=office.provenance)
    assert view.sources_button.isVisibleTo(view)
    row = next(r for r in range(view.table.rowCount()) if "00004" in view.table.item(r, 0).text())
    view.table.selectRow(row)
    dialog = view.show_sources(show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(ROW)
    dialog.select_column(4)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in range(4)] == [
        "00004 Phường Ba Đình",
        "Hộ tịch",
        "(4)",
        "10",
    ]
    assert dialog.table.item(0, 4).text().startswith("from package v1 received ")
    assert dialog.total.text() == "1 figure(s), sum 10"
    dialog.column_combo.setCurrentIndex(0)  # every column: figures of several add up to nothing
    assert dialog.total.text() == f"{len(ROW)} figure(s)"
    view.table.clearSelection()
    every = view.show_sources(show=False)
    assert every is not None
    qtbot.addWidget(every)
    # Every unit's every figure would be tens of thousands of rows: one column at first.
    assert every.column_combo.currentData() == 3
    assert {f.column for f in every.figures} == {3}


def test_a_cell_of_the_sheet_by_unit_opens_the_figures_behind_it(
    qtbot: QtBot, commune: Services, office: Services, tmp_path: Path
) -> None:
    from egov_desktop.ui.views.report_view import ReportView

    _finish(commune, ROW)
    office.package_import.apply(Path(commune.packages.send(period=P, out=tmp_path).file))
    view = ReportView(
        office.reports,
        period_mode=lambda: "cutoff",
        provenance=office.provenance,
        today=lambda: TODAY,
    )
    qtbot.addWidget(view)
    view.form_combo.setCurrentIndex(view.form_combo.findData("II.06a-agg"))
    view.period_picker.set_period(Period.parse(P))
    view.update_preview()
    labels = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    row = next(i for i, label in enumerate(labels) if "Ba Đình" in label)
    column = 1 + next(i for i, c in enumerate(view._preview.columns) if c == "4")  # type: ignore[union-attr]
    dialog = view.show_sources(row, column, show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert [f.value for f in dialog.figures] == [10]
    assert dialog.figures[0].unit_code == "00004" and dialog.figures[0].version == 1
    total = view.show_sources(len(labels) - 1, column, show=False)
    assert total is not None
    qtbot.addWidget(total)
    assert sum(f.value for f in total.figures) == int(
        view.table.item(len(labels) - 1, column).text()
    )


def _old_communes(office: Services, tmp_path: Path) -> None:
    """Two old communes (legacy catalogue) merged into Phường Ngọc Hà (00008) sent Q1 2025."""
    early = PackagePeriod("2025-Q1", "cutoff", date(2024, 12, 15), date(2025, 3, 14))
    paths = [
        package(tmp_path / f"{code}.egov", {"Hộ tịch": {3: n, 4: n}}, window=early,
                unit=PackageUnit(code, name, "legacy", "01"))
        for code, name, n in (("00006", "Phường Vĩnh Phúc", 1), ("00007", "Phường Cống Vị", 2))
    ]  # fmt: skip
    office.package_import.apply_many(paths)


def test_a_merged_row_of_the_sheet_by_unit_opens_onto_its_old_communes(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    from egov_desktop.ui.views.report_view import ReportView

    _old_communes(office, tmp_path)
    view = ReportView(office.reports, period_mode=lambda: "cutoff", provenance=office.provenance)
    qtbot.addWidget(view)
    view.form_combo.setCurrentIndex(view.form_combo.findData("II.06a-agg"))
    view.period_picker.set_period(Period.parse("2025-Q1"))
    view.update_preview()
    assert view.table.item(0, 0).text().startswith("Phường Ngọc Hà (gồm: 00006")
    column = 1 + next(i for i, c in enumerate(view._preview.columns) if c == "4")  # type: ignore[union-attr]
    dialog = view.show_sources(0, column, show=False)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert sum(f.value for f in dialog.figures) == int(view.table.item(0, column).text()) == 3
    assert [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())] == [
        "Phường Vĩnh Phúc (old code 00006) → Phường Ngọc Hà",
        "Phường Cống Vị (old code 00007) → Phường Ngọc Hà",
    ]
    assert "Phường Ngọc Hà (00008)" in dialog.caption.text()


def test_the_preview_says_when_a_unit_counted_other_days(qtbot: QtBot) -> None:
    from datetime import datetime

    preview = dto.PackagePreview(
        status=dto.IMPORTED,
        unit_code="00004",
        unit_name="Phường Ba Đình",
        version=1,
        period=P,
        forms=("II.06a",),
        kind="report",
        reason="",
        created_at=datetime(2025, 10, 1, 9, 0),
        officer="Nguyễn Văn An",
        new_unit=True,
        window=(date(2025, 7, 1), date(2025, 9, 30)),
        office_window=(date(2025, 6, 15), date(2025, 9, 14)),
    )
    dialog = PackagePreviewDialog(preview)
    qtbot.addWidget(dialog)
    assert "from 01/07/2025 to 30/09/2025, the office from 15/06/2025" in dialog.header.text()
    same = PackagePreviewDialog(replace(preview, window=preview.office_window))
    qtbot.addWidget(same)
    assert "Note:" not in same.header.text()
    assert "left out" not in same.header.text()
    closed = ("II.07b", 5, 2, "TTHC cấp huyện", "không còn chính quyền cấp huyện")
    ignored = PackagePreviewDialog(replace(preview, ignored=(dto.ClosedFigures(*closed),)))
    qtbot.addWidget(ignored)
    assert ignored.header.text().endswith(
        "2 figure(s) in columns the period leaves empty (II.07b (5) TTHC cấp huyện) are left "
        "out, as typing them is refused."
    )


def test_the_office_picks_which_old_commune_a_reply_is_for(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    _old_communes(office, tmp_path)
    view = _receive(qtbot, office, tmp_path)
    view.period_picker.set_period(Period.parse("2025-Q1"))
    view.refresh()
    row = next(r for r in range(view.table.rowCount()) if "00008" in view.table.item(r, 0).text())
    cell = view.table.item(row, 1)
    # Ngọc Hà took over five old communes: three have not sent theirs.
    assert cell.text().endswith("from old communes · figures of 2 of 5 old communes held")
    assert "Phường Vĩnh Phúc (mã cũ 00006)" in cell.toolTip()
    assert "Not yet received from: Phường Liễu Giai (mã cũ 00008);" in cell.toolTip()
    view.table.selectRow(row)
    offered: list[list[str]] = []

    def pick(senders: list[dto.Sender]) -> dto.Sender | None:
        offered.append([s.code for s in senders])
        return senders[1]

    view.pick_sender = pick
    path = view.accept_selected()
    assert offered == [["00006", "00007"]]
    assert path is not None and path.name == "BN_00007_2025-Q1_v1.egovr"
    view.pick_sender = lambda senders: None  # the user cancels: nothing is written
    assert view.return_selected("Thiếu") is None
    assert [p.name for p in (tmp_path / "replies").glob("*.egovr")] == [path.name]


def test_a_report_counted_in_the_former_mode_cannot_be_ticked_off_for_sending(
    send_view: SendView, commune: Services
) -> None:
    """The page says so before any folder is asked: the package would relabel its days."""
    _finish(commune, ROW)
    commune.setup.apply(SetupRequest(unit_code="00004", role="commune", period_mode="calendar"))
    send_view.refresh()
    assert send_view.checked_forms() == ["II.06a"]
    status = send_view.forms_table.item(0, 1)
    assert status.text() == "hoàn thành — counted in another period mode"
    assert "15/06/2025 – 14/09/2025" in status.toolTip()
    assert not send_view.send_button.isEnabled()
    assert "01/07/2025 – 30/09/2025" in send_view.message.text()
    assert send_view.send(None) is None and commune.packages.sent() == []


def test_the_office_s_sheet_warns_of_a_unit_counted_in_another_mode(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    from egov_desktop.ui.views.report_view import ReportView

    calendar = PackagePeriod(P, "calendar", date(2025, 7, 1), date(2025, 9, 30))
    office.package_import.apply(package(tmp_path / "a.egov", {"Hộ tịch": ROW}, window=calendar))
    view = ReportView(office.reports, period_mode=lambda: "cutoff", today=lambda: TODAY)
    qtbot.addWidget(view)
    view.form_combo.setCurrentIndex(view.form_combo.findData("II.06a-agg"))
    view.period_picker.set_period(Period.parse(P))
    view.update_preview()
    assert view.table.rowCount() == 2 and view.export_button.isEnabled()  # summed all the same
    assert not view.warnings.isHidden()
    assert "Phường Ba Đình (00004)" in view.warnings.text()
    assert "01/07/2025 – 30/09/2025" in view.warnings.text()
    view.form_combo.setCurrentIndex(view.form_combo.findData("766-dvc"))
    view.update_preview()
    assert view.warnings.isHidden()


def test_a_district_office_is_offered_the_periods_before_the_reform_only(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    district = open_services(AppPaths.resolve(tmp_path / "district"))
    try:
        district.setup.apply(SetupRequest(unit_code="001", role="aggregator", catalog="legacy"))
        refused: list[str] = []
        monkeypatch.setattr(
            receive_module, "show_user_error", lambda _parent, error: refused.append(error.message)
        )
        # In October 2025 the page would open on 2025-Q3, which the district never collects.
        view = _receive(qtbot, district, tmp_path)
        picker = view.period_picker
        assert picker.period().code == "2025-Q2" and not picker.next_button.isEnabled()
        assert view.matrix is not None and view.matrix.period == "2025-Q2" and not refused
        assert {e.unit_code for e in view.matrix.entries} >= {"00001", "00004"}
        view.show_period("II.06a", "2025-Q4")  # a to-do item or a link can name any period
        assert picker.period().code == "2025-Q2" and not refused
        view.grab().save(str(tmp_path / "district.png"))
    finally:
        district.close()


def test_the_send_page_says_no_office_takes_a_2025_commune_s_package_before_the_reform(
    send_view: SendView, commune: Services, tmp_path: Path
) -> None:
    early = "2025-Q2"
    sector = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    commune.entry.set_values([(sector, c, v) for c, v in ROW.items()], form="II.06a", period=early)
    commune.entry.set_status(form="II.06a", period=early, status="done", note="ok")
    send_view.period_picker.set_period(Period.parse(early))
    send_view.refresh()
    assert send_view.checked_forms() == ["II.06a"]  # done and not sent: ticked as ever
    refusal = commune.packages.period_refusal(early)
    assert refusal is not None and refusal.startswith("Không tạo gói báo cáo của Phường Ba Đình")
    assert send_view.message.text() == refusal and not send_view.send_button.isEnabled()
    send_view.grab().save(str(tmp_path / "send-before-reform.png"))
    assert send_view.send(tmp_path) is None and commune.packages.sent() == []
    # Unticked, the page still says why nothing of the period goes.
    send_view.forms_table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert send_view.message.text() == refusal
    send_view.period_picker.set_period(Period.parse(P))
    send_view.refresh()
    assert send_view.message.text() == "" and send_view.blocked_reason() != refusal
