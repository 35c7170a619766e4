"""Report screen: the preview shows the figures and checks; Export writes in a worker thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.domain.periods import Period
from egov_desktop.services.register_dto import DossierInput
from egov_desktop.services.report_export import ExportResult
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui.views import report_view
from egov_desktop.ui.views.report_view import ReportView
from tests.packages import package


@pytest.fixture
def view(qtbot: QtBot, commune: Services) -> ReportView:
    row = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    values = {3: 12, 4: 5, 5: 6, 7: 12, 9: 12}  # 12 != 5 + 6: identity I1 broken
    commune.entry.set_values(
        [(row, c, v) for c, v in values.items()], form="II.06a", period="2025-Q3"
    )
    widget = ReportView(
        commune.reports, period_mode=lambda: "cutoff", today=lambda: date(2025, 8, 1)
    )
    qtbot.addWidget(widget)
    return widget


def test_preview_shows_the_quarter_figures_and_problems(view: ReportView) -> None:
    assert view.form == "II.06a"
    assert view.period.code == "2025-Q3"
    assert "(Từ ngày 15/06/2025 đến ngày 14/09/2025)" in view.caption.text()
    labels = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    row = labels.index("Hộ tịch")
    assert view.table.item(row, 1).text() == "12"
    assert labels[-1] == "Total" and view.table.item(len(labels) - 1, 1).text() == "12"
    assert view.problems.count() >= 1
    assert view.template_combo.count() == 1


def test_export_runs_in_a_worker_and_offers_the_file(
    qtbot: QtBot, view: ReportView, tmp_path: Path
) -> None:
    offered: list[ExportResult] = []
    view.ask_path = lambda suggested: tmp_path / suggested
    view.offer_open = offered.append
    with qtbot.waitSignal(view.exported, timeout=20000):
        view.export_button.click()
        assert view.is_busy()
    qtbot.waitUntil(lambda: bool(offered))
    assert not view.is_busy() and view.export_button.isEnabled()
    path = offered[0].path
    assert path == tmp_path / "II.06a_00004_2025-Q3.xlsx"
    values = [c for r in load_workbook(path).active.iter_rows(values_only=True) for c in r]
    assert "Hộ tịch" in values and 12 in values


def test_a_failed_export_is_shown_and_nothing_offered(
    qtbot: QtBot, view: ReportView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(report_view, "show_user_error", lambda _w, e: shown.append(e.message))
    offered: list[ExportResult] = []
    view.offer_open = offered.append
    # The chosen file is the template itself: the engine refuses to overwrite it.
    template = Path(str(view.template_combo.currentData())).with_suffix(".xlsx")
    view.ask_path = lambda _s: template
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert offered == [] and not view.is_busy()
    assert "mẫu" in shown[0]


def test_a_form_with_no_data_says_so(qtbot: QtBot, services: Services) -> None:
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    view = ReportView(services.reports, period_mode=lambda: "cutoff")
    qtbot.addWidget(view)
    view.form_combo.setCurrentIndex(view.form_combo.findData("II.06a-agg"))
    view.form_combo.activated.emit(view.form_combo.currentIndex())
    assert "Chưa có số liệu" in view.caption.text()
    assert not view.export_button.isEnabled()


def test_a_period_nobody_filled_in_says_so_rather_than_no_problems(view: ReportView) -> None:
    assert view.problems_label.text() != "Nothing entered for this period yet: every cell is empty."
    view.period_picker.set_period(Period(2025, "Q", 4))
    view.period_picker.changed.emit(view.period_picker.period())
    assert view.period.code == "2025-Q4" and view.table.rowCount() > 1
    assert view.problems_label.text() == "Nothing entered for this period yet: every cell is empty."


def test_a_commune_is_not_offered_the_office_s_forms(view: ReportView) -> None:
    offered = [view.form_combo.itemData(i) for i in range(view.form_combo.count())]
    assert "II.06a" in offered and "register" in offered
    assert "II.06a-agg" not in offered and "II.06a-sectors" not in offered


def test_the_forms_are_offered_by_their_names(view: ReportView) -> None:
    shown = {
        view.form_combo.itemData(i): view.form_combo.itemText(i)
        for i in range(view.form_combo.count())
    }
    assert shown["targets"] == "Chỉ tiêu ứng dụng CNTT"
    assert shown["register"].startswith("Sổ theo dõi hồ sơ")
    assert shown["766-dvc"].startswith("QĐ 766") and "trực tuyến" in shown["766-dvc"]
    assert shown["766-digitisation"].startswith("QĐ 766") and "số hóa" in shown["766-digitisation"]
    assert "II.06a" in shown["II.06a"]
    assert all(text != code for code, text in shown.items())
    _show_form(view, "register")
    assert view.caption.text().startswith("Sổ theo dõi hồ sơ")


def test_the_register_sheet_can_be_limited_to_one_sector(
    view: ReportView, commune: Services
) -> None:
    for code, sector in (("H1", "Hộ tịch"), ("C1", "Chứng thực")):
        commune.register.add(
            DossierInput(
                code=code,
                sector=sector,
                channel="direct",
                received=date(2025, 7, 1),
                due=date(2025, 7, 5),
            )  # fmt: skip
        )
    view.refresh()
    view.form_combo.setCurrentIndex(view.form_combo.findData("register"))
    view._form_chosen()
    view.period_picker.set_period(Period.parse("2025-Q3"))
    view.update_preview()
    assert not view.sector_combo.isHidden() and view.table.rowCount() == 2
    view.sector_combo.setCurrentIndex(view.sector_combo.findData("Chứng thực"))
    view.update_preview()
    assert view.sector == "Chứng thực" and view.table.rowCount() == 1


def _show_form(view: ReportView, form: str, period: str = "2025-Q3") -> None:
    view.form_combo.setCurrentIndex(view.form_combo.findData(form))
    view._form_chosen()
    view.period_picker.set_period(Period.parse(period))
    view.update_preview()


def _row(view: ReportView, r: int) -> list[str]:
    return [view.table.item(r, c).text() for c in range(view.table.columnCount())]


def test_the_register_preview_shows_dates_as_a_clerk_writes_them(
    view: ReportView, commune: Services
) -> None:
    commune.register.add(
        DossierInput(
            code="H1",
            sector="Hộ tịch",
            channel="direct",
            received=date(2025, 7, 1),
            due=date(2025, 10, 1),
        )  # fmt: skip
    )
    _show_form(view, "register")
    assert view.table.horizontalHeaderItem(0).text() == "Mã hồ sơ"
    shown = _row(view, 0)
    assert shown[0] == "H1" and "01/07/2025" in shown and "01/10/2025" in shown
    assert not any("2025-" in text for text in shown)


def test_the_targets_preview_writes_decimals_with_a_comma(
    view: ReportView, commune: Services
) -> None:
    commune.targets.set("e_case_files", "2025-Q3", 1, 3)
    _show_form(view, "targets")
    assert view.table.horizontalHeaderItem(0).text() == "Chỉ tiêu"
    labels = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]
    shown = _row(view, next(i for i, label in enumerate(labels) if "hồ sơ công việc" in label))
    assert "33,3" in shown and not any("33.3" in text for text in shown)


def test_the_ii06a_preview_heads_its_rows_as_sectors(view: ReportView) -> None:
    assert view.table.horizontalHeaderItem(0).text().startswith("Lĩnh vực")


def test_preview_cells_use_vietnamese_separators() -> None:
    assert report_view._cell(1234.5).text() == "1.234,5"
    assert report_view._cell(19896).text() == "19.896"
    assert report_view._cell(date(2026, 10, 1)).text() == "01/10/2026"
    assert report_view._cell("Giấy 1.5").text() == "Giấy 1.5"
    assert report_view._cell(None).text() == ""


def test_a_long_label_column_leaves_the_figures_in_sight(
    qtbot: QtBot, view: ReportView, commune: Services
) -> None:
    """The targets' full names took the whole width and squeezed (3)–(11) to "…"."""
    commune.targets.set("e_case_files", "2025-Q3", 1, 3)
    view.resize(800, 600)
    view.show()
    _show_form(view, "targets")
    table = view.table
    room = table.viewport().width()
    assert table.columnWidth(0) <= room * 2 // 5 + 1
    metrics = table.fontMetrics()
    for c in range(1, table.columnCount()):
        texts = [table.horizontalHeaderItem(c).text()]
        texts += [table.item(r, c).text() for r in range(table.rowCount()) if table.item(r, c)]
        widest = max(metrics.horizontalAdvance(text) for text in texts)
        assert table.columnWidth(c) >= widest, (c, texts)
    # The cap follows the window: wider, the names get more room; narrower again, less.
    narrow = table.columnWidth(0)
    view.resize(1600, 600)
    qtbot.waitUntil(lambda: table.columnWidth(0) > narrow)
    view.resize(800, 600)
    qtbot.waitUntil(lambda: table.columnWidth(0) <= table.viewport().width() * 2 // 5 + 1)


@pytest.fixture
def office_view(qtbot: QtBot, services: Services, tmp_path: Path) -> ReportView:
    """An office holding 00004's Q3 2025 report, whose Hộ tịch breaks (3) = (7) + (11)."""
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    figures = {"Hộ tịch": {3: 11, 4: 11, 7: 7, 8: 7, 11: 3, 12: 3}}
    services.package_import.apply(package(tmp_path / "p.egov", figures))
    widget = ReportView(
        services.reports, period_mode=lambda: "cutoff", today=lambda: date(2025, 10, 20)
    )
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    ("form", "where"),
    [
        ("II.06a-agg", "Phường Ba Đình (00004) — Hộ tịch"),
        ("II.06a-sectors", "Hộ tịch — Phường Ba Đình (00004)"),
    ],
)
def test_the_office_s_sheets_list_the_units_figures_that_break_the_form(
    office_view: ReportView, form: str, where: str
) -> None:
    _show_form(office_view, form)
    texts = [office_view.problems.item(i).text() for i in range(office_view.problems.count())]
    assert texts == [
        f"Error — {where}: Số hồ sơ nhận giải quyết (11) khác Đã giải quyết + Đang giải quyết (10)",
        "Error — Total: Số hồ sơ nhận giải quyết (11) khác Đã giải quyết + Đang giải quyết (10)",
    ]
    assert office_view.problems_label.text().startswith("Checks: 2 problem(s)")


def test_each_column_header_says_what_the_column_counts(office_view: ReportView) -> None:
    """The headers are the sheet's numbers, "(3)", "(4)"…: hovered, each names its column."""
    _show_form(office_view, "II.06a-agg")
    headers = [
        office_view.table.horizontalHeaderItem(c) for c in range(office_view.table.columnCount())
    ]
    assert [h.text() for h in headers[1:3]] == ["(3)", "(4)"]
    assert headers[2].toolTip() == "(4) Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến"
    assert all(h.toolTip() for h in headers[1:])


def test_the_sheet_by_sector_offers_ii06a_s_templates_under_its_own_name(
    office_view: ReportView, services: Services, tmp_path: Path
) -> None:
    _show_form(office_view, "II.06a-sectors")
    assert office_view.caption.text().startswith("Biểu II.06a tổng hợp theo lĩnh vực — ")
    offered = [
        office_view.template_combo.itemData(i) for i in range(office_view.template_combo.count())
    ]
    assert offered == [str(t.mapping_path) for t in services.templates.list("II.06a")]
    assert offered  # the built-in II.06a template at least
    done: list[ExportResult] = []
    office_view.ask_path = lambda suggested: tmp_path / suggested
    office_view.offer_open = done.append
    office_view.export()
    office_view.wait()
    QApplication.processEvents()
    assert done and done[0].path.name == "II.06a-sectors_01_2025-Q3.xlsx"


@pytest.mark.parametrize("form", ["II.06a-agg", "II.06a-sectors"])
def test_the_figure_columns_share_the_room_the_labels_leave(
    qtbot: QtBot, office_view: ReportView, form: str
) -> None:
    """(13) took every pixel the other columns left, (3)–(12) stayed squeezed."""
    office_view.resize(1150, 600)
    office_view.show()
    qtbot.waitExposed(office_view)
    _show_form(office_view, form)
    table = office_view.table
    qtbot.waitUntil(lambda: _filled(table))
    figures = [table.columnWidth(c) for c in range(1, table.columnCount())]
    assert max(figures) - min(figures) <= 1, figures
    _fits(table)
    # Narrower: the figures still show whole, and the last one takes no more than the others.
    office_view.resize(480, 600)
    qtbot.wait(400)  # the columns are sized again once a resize settles
    _fits(table)
    figures = [table.columnWidth(c) for c in range(1, table.columnCount())]
    assert figures[-1] <= max(figures[:-1]) + 1, figures


def _widest(table: QTableWidget, column: int) -> int:
    metrics = table.fontMetrics()
    texts = [table.horizontalHeaderItem(column).text()]
    texts += [
        table.item(r, column).text() for r in range(table.rowCount()) if table.item(r, column)
    ]
    return max(metrics.horizontalAdvance(text) for text in texts)


def _fits(table: QTableWidget) -> None:
    for column in range(1, table.columnCount()):
        assert table.columnWidth(column) >= _widest(table, column), column


def _filled(table: QTableWidget) -> bool:
    used = sum(table.columnWidth(c) for c in range(table.columnCount()))
    return abs(table.viewport().width() - used) <= 1


def test_a_report_counted_in_another_mode_is_shown_and_exported_as_counted_on_request(
    qtbot: QtBot, view: ReportView, commune: Services, tmp_path: Path
) -> None:
    # The figures above were counted in the cut-off mode; the unit then moved to calendar.
    commune.setup.apply(SetupRequest(unit_code="00004", role="commune", period_mode="calendar"))
    view.update_preview()
    assert view.table.rowCount() == 0 and not view.export_button.isEnabled()
    assert "15/06/2025" in view.caption.text()  # why: the days they were counted over
    assert view.as_counted_button.isVisibleTo(view)
    assert "15/06/2025 – 14/09/2025" in view.as_counted_button.text()
    view.as_counted_button.click()
    assert view.mode == "cutoff" and view.export_button.isEnabled()
    assert "(Từ ngày 15/06/2025 đến ngày 14/09/2025)" in view.caption.text()
    assert not view.as_counted_button.isVisibleTo(view)
    offered: list[ExportResult] = []
    view.ask_path = lambda suggested: tmp_path / suggested
    view.offer_open = offered.append
    view.export_button.click()
    qtbot.waitUntil(lambda: bool(offered), timeout=20000)
    values = [
        c for r in load_workbook(offered[0].path).active.iter_rows(values_only=True) for c in r
    ]
    assert "Hộ tịch" in values and 12 in values
    # Another period is shown in the unit's mode; back, the report is shown as counted again.
    view.period_picker.previous_button.click()
    assert view.mode is None
    view.period_picker.next_button.click()
    assert view.mode == "cutoff" and view.table.rowCount() > 0
