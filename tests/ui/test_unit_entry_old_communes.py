"""The office types an old commune's report of a period before the 2025 reform, on screen."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services, open_services
from egov_desktop.config import AppPaths
from egov_desktop.domain.periods import Period
from egov_desktop.exchange.package import PackagePeriod, PackageUnit
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui.views.unit_entry_dialog import UnitEntryDialog
from tests.packages import package
from tests.ui.receive import receive_page

F = "II.06a"
Q1 = "2025-Q1"
EARLY = PackagePeriod(Q1, "cutoff", date(2024, 12, 15), date(2025, 3, 14))


@pytest.fixture
def office(tmp_path: Path) -> Iterator[Services]:
    """Hà Nội's office: two of Phường Ba Đình's four old communes sent their Q1 2025 II.06a."""
    built = open_services(AppPaths.resolve(tmp_path / "office"))
    built.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    for code, name in (("00004", "Phường Trúc Bạch"), ("00013", "Phường Quán Thánh")):
        sent = package(
            tmp_path / f"{code}.egov",
            {"Hộ tịch": {3: 3, 4: 3, 7: 3, 8: 3}},
            window=EARLY,
            unit=PackageUnit(code, name, "legacy", "01"),
        )
        built.package_import.apply(sent)
    yield built
    built.close()


def _dialog(qtbot: QtBot, office: Services, tmp_path: Path, unit: str) -> UnitEntryDialog:
    """The receive page on Q1 2025, `unit`'s row selected, and its entry dialog opened."""
    view = receive_page(
        qtbot,
        office,
        tmp_path,
        date(2025, 4, 20),
        entry=office.entry,
        filled=office.filled_reports,
    )
    view.period_picker.set_period(Period.parse(Q1))
    view.refresh()
    view.form_combo.setCurrentIndex(view.form_combo.findData(F))
    rows = range(view.table.rowCount())
    row = next(r for r in rows if f"({unit})" in view.table.item(r, 0).text())
    view.table.selectRow(row)
    dialog = view.enter_figures(show=False)
    assert isinstance(dialog, UnitEntryDialog)
    qtbot.addWidget(dialog)
    return dialog


def _items(dialog: UnitEntryDialog) -> list[str]:
    return [dialog.old_combo.itemText(i) for i in range(dialog.old_combo.count())]


def test_the_office_chooses_which_old_commune_it_types(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, office, tmp_path, "00004")
    assert dialog.old_box.isVisibleTo(dialog)
    assert dialog.note.text().startswith(
        "Quý I năm 2025 ends before 1 July 2025, when Phường Ba Đình (00004) did not exist yet"
    )
    assert _items(dialog) == [
        "Phường Trúc Bạch (mã cũ 00004) — package received",
        "Phường Quán Thánh (mã cũ 00013) — package received",
        "Phường Ngọc Hà (mã cũ 00016) — nothing received yet",
        "Phường Điện Biên (mã cũ 00019) — nothing received yet",
    ]
    # It opens on the first old commune the office holds nothing of.
    assert dialog.old_combo.currentData() == "00016"
    screen = dialog.entry_view
    assert screen.model.setData(screen.model.index(0, 2), "4")  # Hộ tịch, column (3)
    assert _items(dialog)[2] == "Phường Ngọc Hà (mã cũ 00016) — entered by the office"
    dialog.choose_old("00019")
    assert dialog.old_combo.currentData() == "00019"
    assert screen.model.data(screen.model.index(0, 2)) in ("", None)  # Điện Biên's own report
    assert screen.undo_stack.count() == 0  # Ngọc Hà's edit is not undone here
    assert screen.model.setData(screen.model.index(0, 2), "6")
    # Each figure is the old commune's, entered by the office; the 2025 commune holds none.
    ngoc_ha = office.entry.grid(form=F, period=Q1, unit="00016", catalog="legacy")
    dien_bien = office.entry.grid(form=F, period=Q1, unit="00019", catalog="legacy")
    assert (ngoc_ha.rows[0].values[3], dien_bien.rows[0].values[3]) == (4, 6)
    assert dien_bien.rows[0].sources[3] == "typed"
    figures = office.provenance.behind(form=F, period=Q1, unit="00004", column=3)
    assert {(f.unit_code, f.old) for f in figures} == {
        (code, True) for code in ("00004", "00013", "00016", "00019")
    }
    held = office.completeness.entry("00004", F, Q1)
    assert held is not None and held.complete and held.status == dto.RECEIVED
    # After the reform the same row is the 2025 commune's own report: no choice.
    screen.open(F, "2025-Q3")
    assert not dialog.old_box.isVisibleTo(dialog)
    assert dialog.note.text().startswith("Phường Ba Đình (00004) has sent no package of II.06a")


def test_a_2025_commune_no_old_commune_went_into_says_so(
    qtbot: QtBot, office: Services, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, office, tmp_path, "00340")  # Phường Yên Sở
    assert not dialog.old_box.isVisibleTo(dialog)
    assert "Không có xã cũ nào được cộng vào dòng của đơn vị này." in dialog.note.text()
    assert "Không có xã cũ nào" in dialog.entry_view.message.text()


def test_the_choice_fits_a_small_screen_in_vietnamese(
    qtbot: QtBot, vietnamese: None, office: Services, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, office, tmp_path, "00004")
    dialog.resize(1024, 768)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()
    assert dialog.minimumSizeHint().width() <= 1024
    combo = dialog.old_combo
    assert combo.currentText() == "Phường Ngọc Hà (mã cũ 00016) — chưa có số liệu"
    # The whole name and state are shown, not cut.
    assert combo.width() >= combo.sizeHint().width()
    assert dialog.note.height() >= dialog.note.heightForWidth(dialog.note.width())
