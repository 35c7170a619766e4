"""Receive page: a figure the office kept at an earlier import is shown kept, not asked again."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services import exchange_dto as dto
from egov_desktop.ui.views.package_preview_dialog import PackagePreviewDialog
from egov_desktop.ui.views.receive_view import ReceiveView
from tests.packages import F, P, held_figures, package


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
    view = ReceiveView(
        office.package_import,
        office.completeness,
        tmp_path / "replies",
        today=lambda: date(2025, 10, 20),
    )
    qtbot.addWidget(view)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    v3 = package(inbox / "v3.egov", {"Hộ tịch": {3: 5, 4: 6}}, version=3)
    view.inbox.set_folder(inbox)
    assert view.inbox.table.item(0, 3).text() == (
        "new, ready to import · 1 office figure(s) kept as chosen before"
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
    assert dialog.choices() == {}  # no choice to make
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(0, c).text() for c in (2, 3, 4)] == ["(4)", "4", "6"]
    assert [table.item(1, c).text() for c in (2, 3)] == ["(3)", "7"]
    assert table.item(1, 4).text() == (
        "5 — not taken: the office's figure is kept, as chosen when importing v2"
    )
    assert table.cellWidget(1, 4) is None
    assert "the package's figure stays in the history" in table.item(1, 4).toolTip()
    summary = dialog.summary.text()
    assert summary.startswith("1 figure(s) change, 0 unchanged.")
    assert "1 figure(s) entered by the office are kept as it chose at an earlier import" in summary
    assert "choose which value stays" not in summary
    assert dialog.import_button.isEnabled()
    assert (done.status, done.declined) == (dto.IMPORTED, 1)
    assert held_figures(office) == {"Hộ tịch": {3: 7, 4: 6}}
