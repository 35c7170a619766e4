"""The DVCTT screen: bulk edits of the period's levels, indicators, import, II.07b."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import DossierInput, ProcedureInput
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui.views.dvc_view import DvcView

TODAY = date(2025, 8, 20)


def make(qtbot: QtBot, services: Services) -> DvcView:
    view = DvcView(
        services.dvc, services.catalogue, period_mode=lambda: "calendar", today=lambda: TODAY
    )
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.refresh()
    return view


def seed(services: Services) -> None:
    for code in ("P1", "P2", "P3", "P4"):
        services.catalogue.add(ProcedureInput(code, f"Thủ tục {code}", "Hộ tịch", 3))
    for code, channel in (("D1", "online"), ("D2", "direct"), ("D3", "postal"), ("D4", "online")):
        services.register.add(
            DossierInput(code, "Hộ tịch", channel, date(2025, 8, 1), date(2025, 8, 5))
        )


def select(view: DvcView, *rows: int) -> None:
    view.table.clearSelection()
    for row in rows:
        view.table.selectRow(row)


def indicator(view: DvcView, row: int) -> tuple[str, str]:
    return (
        view.indicator_table.item(row, 1).text(),  # type: ignore[union-attr]
        view.indicator_table.item(row, 2).text(),  # type: ignore[union-attr]
    )


def test_bulk_levels_update_indicators(qtbot: QtBot, commune: Services) -> None:
    seed(commune)
    view = make(qtbot, commune)
    assert view.period.code == "2025-Q3"
    assert view.table.rowCount() == 4
    # Nothing is offered online yet: 0 of 4 procedures.
    assert indicator(view, 0) == ("0/4", "0,0%")
    view.table.setSelectionMode(view.table.SelectionMode.MultiSelection)
    select(view, 0, 2)
    view.full_button.click()
    select(view, 1)
    view.partial_button.click()
    levels = {e.procedure_code: e.level_new for e in commune.dvc.entries("2025-Q3")}
    assert levels == {"P1": "toan_trinh", "P2": "mot_phan", "P3": "toan_trinh", "P4": None}
    # Provided online 3 / 4 = 75,0 %; full process 2 / 4 = 50,0 %.
    assert indicator(view, 0) == ("3/4", "75,0%")
    assert indicator(view, 1) == ("2/4", "50,0%")
    # Online receipts D1, D4 of 4 new receipts = 50,0 %.
    assert indicator(view, 3) == ("2/4", "50,0%")
    # No dossier with a financial obligation: not applicable.
    assert indicator(view, 4) == ("0/0", "không áp dụng")
    assert "ước tính" in view.estimate_label.text()
    select(view, 0, 1)
    view.pay_button.click()
    assert [e.online_payment for e in commune.dvc.entries("2025-Q3")] == [True, True, False, False]
    # The previous quarter is untouched.
    assert all(e.level_new is None for e in commune.dvc.entries("2025-Q2"))


def test_import_and_ii07b(qtbot: QtBot, commune: Services, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Mức độ"])
    sheet.append([1, "1.001", "Đăng ký khai sinh", "Hộ tịch", "Toàn trình"])
    sheet.append([2, "1.002", "Chứng thực bản sao", "Chứng thực", "Một phần"])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    view = make(qtbot, commune)
    view.ask_file = lambda: path  # type: ignore[method-assign]
    view.import_list()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=10_000)
    assert view.table.rowCount() == 2
    assert all(e.recorded for e in commune.dvc.entries("2025-Q3"))
    view.fill_ii07b()
    grid = commune.entry.grid(form="II.07b", period="2025-Q3")
    assert grid.rows[0].values[3] == 2


def test_the_import_says_which_procedures_have_no_fee_amount(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Mã TTHC", "Tên TTHC", "Lĩnh vực", "Phí, lệ phí"])
    sheet.append(["1.001", "Đăng ký khai sinh", "Hộ tịch", "Theo quy định"])
    path = tmp_path / "ds.xlsx"
    book.save(path)
    view = make(qtbot, commune)
    view.ask_file = lambda: path  # type: ignore[method-assign]
    view.import_list()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=10_000)
    assert view.table.rowCount() == 1
    assert "1 new" in view.status_label.text()
    assert "1 procedure(s) kept without a fee amount" in view.status_label.text()


def test_an_office_sees_its_units_figures_added_up(qtbot: QtBot, services: Services) -> None:
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator", officer="Lê Văn Cường"))
    view = make(qtbot, services)
    # No unit has sent form 766 for the quarter: nothing to add up, no percentage made up.
    assert "the 0 units that sent them" in view.window_label.text()
    assert {indicator(view, row)[1] for row in range(view.indicator_table.rowCount())} == {
        "không áp dụng"
    }
