"""Receive page: a figure the office kept at an earlier import is shown kept, not asked again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services import exchange_dto as dto
from egov_desktop.ui.views.package_preview_dialog import PackagePreviewDialog
from tests.packages import F, P, held_figures, package
from tests.ui.receive import receive_page


def _declined_at_v2(office: Services, tmp_path: Path) -> None:
    """v1 imported; the office types 7 in (3); v2 brings 5 there and the office keeps its 7."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values([(row, 3, 7)], form=F, period=P, unit="00004")
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 4}}, version=2)
    assert office.package_import.apply(v2, prefer=dto.PREFER_OFFICE).status == dto.IMPORTED


def test_the_preview_shows_the_office_s_earlier_choice_and_asks_nothing(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    view = receive_page(qtbot, office, tmp_path, date(2025, 10, 20))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    v3 = package(inbox / "v3.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=3)
    view.inbox.set_folder(inbox)
    assert view.inbox.table.item(0, 3).text() == (
        "replaces v2, ready to import: 1 figure(s) change"
        " · 1 office figure(s) kept as chosen before"
    )
    seen: list[PackagePreviewDialog] = []

    def confirm(preview: dto.PackagePreview) -> dict[str, str]:
        dialog = PackagePreviewDialog(preview)
        qtbot.addWidget(dialog)
        dialog.grab().save(str(tmp_path / "decided.png"))
        seen.append(dialog)
        return dialog.choices()

    view.confirm = confirm
    (done,) = view.import_files([v3])
    (dialog,) = seen
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (2, 3, 4)] == ["(4)", "4", "6"]
    assert [table.item(1, c).text() for c in (2, 3)] == ["(3)", "7"]
    # Kept as chosen unless the user takes the package's figure now.
    combo = table.cellWidget(1, 4)
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "Not 5: the office's figure is kept, as chosen at v2"
    assert combo.itemText(1) == "Take the package's 5 now"
    assert "the package's figure stays in the history" in combo.toolTip()
    assert list(dialog.choices().values()) == [dto.PREFER_OFFICE]
    summary = dialog.summary.text()
    assert summary.startswith("1 figure(s) change, 0 unchanged.")
    assert "1 figure(s) entered by the office are kept as it chose at an earlier import" in summary
    assert "choose which value stays" not in summary
    assert dialog.import_button.isEnabled()
    assert (done.status, done.declined) == (dto.IMPORTED, 1)
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 6}}


def test_the_office_may_take_the_package_s_figure_it_kept_before(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    _declined_at_v2(office, tmp_path)
    view = receive_page(qtbot, office, tmp_path)
    v3 = package(tmp_path / "v3.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=3)

    def confirm(preview: dto.PackagePreview) -> dict[str, str]:
        dialog = PackagePreviewDialog(preview)
        qtbot.addWidget(dialog)
        dialog.choose_all(dto.PREFER_PACKAGE)  # only the questions; the kept figure stays
        assert list(dialog.choices().values()) == [dto.PREFER_OFFICE]
        combo = dialog.table.cellWidget(1, 4)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(1)
        return dialog.choices()

    view.confirm = confirm
    (done,) = view.import_files([v3])
    assert (done.status, done.declined) == (dto.IMPORTED, 0)
    assert held_figures(office) == {"Hộ tịch": {3: 5, 4: 6}}


def test_a_package_to_wait_as_an_update_request_asks_nothing_in_its_preview(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    """Its conflicts are shown; which figure stays is chosen when the request is applied."""
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    office.package_import.accept("00004", P, tmp_path / "replies")
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values([(row, 3, 7)], form=F, period=P, unit="00004")
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5, 4: 4}}, version=2)
    dialog = PackagePreviewDialog(office.package_import.preview(v2))
    qtbot.addWidget(dialog)
    dialog.grab().save(str(tmp_path / "queued.png"))
    assert dialog.table.cellWidget(0, 4) is None and dialog.table.item(0, 4).text() == "5"
    assert dialog.choices() == {}
    assert "chosen when the update request is applied" in dialog.summary.text()
    assert "choose which value stays" not in dialog.summary.text()
    assert dialog.import_button.isEnabled()
