"""A conflict in the package preview: nothing chosen for the clerk, the import waits for it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services import exchange_dto as dto
from egov_desktop.ui.views.package_preview_dialog import PackagePreviewDialog
from tests.ui.test_exchange_views import ROW, P, _finish, office_edit


def _conflicting(office: Services, commune: Services, tmp_path: Path) -> PackagePreviewDialog:
    """A correction changing two figures the office typed itself, previewed."""
    _finish(commune, ROW)
    office.package_import.apply(Path(commune.packages.send(period=P, out=tmp_path).file))
    sector = office.entry.grid(form="II.06a", period=P, unit="00004").rows[0].sector_id
    office_edit(office, sector, 99)
    office.entry.set_values([(sector, 12, 7)], form="II.06a", period=P, unit="00004")
    commune.packages.reopen(form="II.06a", period=P, reason="Sửa")
    _finish(commune, {**ROW, 3: 13, 4: 11, 11: 3, 12: 2})
    update = Path(commune.packages.send(period=P, out=tmp_path).file)
    return PackagePreviewDialog(office.package_import.preview(update))


def test_each_conflict_starts_unchosen_and_the_import_waits_for_all(
    qtbot: QtBot, office: Services, commune: Services, tmp_path: Path
) -> None:
    dialog = _conflicting(office, commune, tmp_path)
    qtbot.addWidget(dialog)
    assert len(dialog.preview.conflicts) == 2
    # Pressing Enter (the import button is the default) must not overwrite the office's figures.
    assert not dialog.import_button.isEnabled()
    assert dialog.choices() == {}
    first, second = dialog._combos.values()
    first.setCurrentIndex(first.findData(dto.PREFER_OFFICE))
    assert not dialog.import_button.isEnabled()
    second.setCurrentIndex(second.findData(dto.PREFER_PACKAGE))
    assert dialog.import_button.isEnabled()
    assert sorted(dialog.choices().values()) == [dto.PREFER_OFFICE, dto.PREFER_PACKAGE]


def test_one_button_chooses_alike_for_every_conflict(
    qtbot: QtBot, office: Services, commune: Services, tmp_path: Path
) -> None:
    dialog = _conflicting(office, commune, tmp_path)
    qtbot.addWidget(dialog)
    assert dialog.keep_all is not None and dialog.take_all is not None
    dialog.keep_all.click()
    assert set(dialog.choices().values()) == {dto.PREFER_OFFICE}
    assert dialog.import_button.isEnabled()
    dialog.take_all.click()
    assert set(dialog.choices().values()) == {dto.PREFER_PACKAGE}
