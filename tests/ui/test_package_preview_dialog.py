"""The package preview as an office sees a real package: hundreds of figures, a few to choose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services.sectors import default_sectors
from tests.packages import F, P, package
from tests.ui.receive import preview_dialog

#: Every column of II.06a for every built-in sector: what a commune's first package brings.
FULL = {name: {col: 10 + col for col in range(3, 14)} for name in default_sectors()}


def test_a_first_package_lists_its_figures_one_line_each(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = preview_dialog(qtbot, office, package(tmp_path / "v1.egov", FULL))
    table = dialog.table
    assert table.rowCount() == sum(len(columns) for columns in FULL.values())
    line = table.fontMetrics().height() + 8
    assert {table.rowHeight(row) for row in range(table.rowCount())} == {line}


def test_a_row_with_a_choice_is_as_tall_as_its_list_box(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", FULL))
    row = office.entry.find_row(form=F, name="Hộ tịch", unit="00004")
    office.entry.set_values([(row, 4, 99)], form=F, period=P, unit="00004")
    changed = {**FULL, "Hộ tịch": {**FULL["Hộ tịch"], 4: 15}, "Đất đai": {**FULL["Đất đai"], 3: 1}}
    dialog = preview_dialog(qtbot, office, package(tmp_path / "v2.egov", changed, version=2))
    table = dialog.table
    combos = [r for r in range(table.rowCount()) if isinstance(table.cellWidget(r, 4), QComboBox)]
    assert len(combos) == 1 and table.rowCount() == 2
    (choice,) = combos
    combo = table.cellWidget(choice, 4)
    assert table.rowHeight(choice) >= combo.sizeHint().height()
    plain = 1 - choice
    assert table.rowHeight(plain) == table.fontMetrics().height() + 8


def test_the_figures_are_aligned_on_their_last_digit(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4, 4: 4}}))
    v2 = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 1250, 4: 4}}, version=2)
    dialog = preview_dialog(qtbot, office, v2)
    table = dialog.table
    assert [table.item(0, c).text() for c in (3, 4)] == ["4", "1.250"]
    for column in (3, 4):
        alignment = Qt.AlignmentFlag(table.item(0, column).textAlignment())
        assert alignment & Qt.AlignmentFlag.AlignRight, column
    assert not Qt.AlignmentFlag(table.item(0, 1).textAlignment()) & Qt.AlignmentFlag.AlignRight


def test_the_period_is_named_as_on_every_page(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = preview_dialog(qtbot, office, package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4}}))
    assert ", period Quý III năm 2025, package v1 of 09:00 18/09/2025" in dialog.header.text()
    assert P not in dialog.header.text()


def test_a_column_number_says_what_it_counts_and_one_form_is_not_named_per_row(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = preview_dialog(qtbot, office, package(tmp_path / "v1.egov", {"Hộ tịch": {4: 2}}))
    table = dialog.table
    assert table.item(0, 2).text() == "(4)"
    assert table.item(0, 2).toolTip() == "(4) Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến"
    assert table.isColumnHidden(0)


def test_a_correction_without_a_reason_gives_no_empty_one(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    office.package_import.apply(package(tmp_path / "v1.egov", {"Hộ tịch": {3: 4}}))
    dialog = preview_dialog(
        qtbot, office, package(tmp_path / "v2.egov", {"Hộ tịch": {3: 5}}, version=2)
    )
    assert dialog.header.text().endswith("\nCorrected report.")
    assert "reason" not in dialog.header.text()
