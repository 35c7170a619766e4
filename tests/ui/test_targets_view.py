"""The targets dashboard: table with flags, a real QtCharts chart, figure entry."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import ProcedureInput
from egov_desktop.ui.views.targets_view import TargetsView

TODAY = date(2026, 10, 1)
#: QĐ 2629's own wording of its targets (domain.md §6.5), not the catalogue's generic names.
CASE_FILES = (
    "Tỉ lệ hồ sơ công việc tại cấp bộ, tỉnh, cấp xã được xử lý trên môi trường điện tử"
    " (trừ hồ sơ mật) và sử dụng chữ ký số cá nhân để giải quyết công việc"
)
SKILLS = "Tỉ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản"


def fill(services: Services) -> None:
    """A commune's figures of 2026: a steady climb, a slow one, and a computed series."""
    for period, done in (("2026-Q1", 52), ("2026-Q2", 64), ("2026-Q3", 78)):
        services.targets.set("e_case_files", period, done, 100)
    for period, trained in (("2026-Q1", 4), ("2026-Q2", 6), ("2026-Q3", 7)):
        services.targets.set("digital_skills_staff", period, trained, 30)
    levels = ["toan_trinh"] * 6 + ["mot_phan"] * 3 + [None]
    for number, level in enumerate(levels, start=1):
        services.catalogue.add(
            ProcedureInput(f"P{number}", f"Thủ tục {number}", "Hộ tịch", 3, None, level)
        )


def make(qtbot: QtBot, services: Services) -> TargetsView:
    view = TargetsView(services.targets, services.reports, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.load_now()
    view.show()
    return view


def test_table_flags_and_chart(qtbot: QtBot, commune: Services) -> None:
    fill(commune)
    view = make(qtbot, commune)
    names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]  # type: ignore[union-attr]
    assert len(names) == 3
    row = names.index(CASE_FILES)
    # +13 points a quarter from 52 % in March 2026 reaches 100 % before 31/12/2027.
    assert view.table.item(row, 6).text() == "đúng tiến độ"  # type: ignore[union-attr]
    assert view.table.item(row, 4).text() == "78,0%"  # type: ignore[union-attr]
    skills = names.index(SKILLS)
    assert view.table.item(skills, 6).text() == "có nguy cơ không đạt"  # type: ignore[union-attr]
    view.table.selectRow(row)
    assert view.chart.progress is not None
    assert view.chart.progress.target.indicator == "e_case_files"
    assert view.chart.chart().title() == f"{CASE_FILES} — Phường Ba Đình"
    assert view.chart.toolTip() == view.chart.chart().title()  # the whole of a cut title
    # The entry picks an indicator of the catalogue: it keeps the catalogue's generic name.
    assert view.indicator_combo.currentText() == (
        "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng"
    )
    assert len(view.chart.series_names()) == 5
    # Target, trend and figures; not the deadline nor the figures' dots.
    goal, _deadline, trend, figures, _dots = view.chart.series_names()
    assert view.chart.legend_names() == [goal, trend, figures]
    assert view.chart.chart().series()[3].count() == 3  # the unit's three figures
    assert view.table.item(row, 5).text() == "≥ 100%"  # type: ignore[union-attr]


def test_a_commune_s_table_leaves_out_its_own_name_for_the_indicators(
    qtbot: QtBot, commune: Services
) -> None:
    fill(commune)
    view = TargetsView(commune.targets, commune.reports, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.resize(800, 540)  # what a 1024×600 screen leaves the page
    view.show()
    qtbot.waitExposed(view)
    view.load_now()
    table = view.table
    assert {table.item(r, 1).text() for r in range(table.rowCount())} == {"Phường Ba Đình"}  # type: ignore[union-attr]
    assert table.isColumnHidden(1)
    line = table.fontMetrics().lineSpacing()
    # The height each name takes wrapped at its column's width, as the style lays it out.
    assert max(table.sizeHintForRow(row) for row in range(table.rowCount())) > 2 * line
    for row in range(table.rowCount()):
        name = table.item(row, 0).text()  # type: ignore[union-attr]
        assert table.rowHeight(row) >= table.sizeHintForRow(row), name


def test_save_figure(qtbot: QtBot, commune: Services) -> None:
    view = make(qtbot, commune)
    view.indicator_combo.setCurrentIndex(view.indicator_combo.findData("e_case_files"))
    view.numerator_spin.setValue(30)
    view.denominator_spin.setValue(40)
    view.save_figure()
    (figure,) = commune.targets.figures()
    assert (figure.numerator, figure.denominator, figure.value) == (30, 40, 75.0)
    assert "75,0%" in view.status_label.text()
    # A count indicator takes no denominator.
    view.indicator_combo.setCurrentIndex(view.indicator_combo.findData("dvctt_level3_count"))
    assert not view.denominator_spin.isEnabled()


def test_a_figure_of_the_quarter_under_way_is_judged_and_shown_again(
    qtbot: QtBot, commune: Services
) -> None:
    view = make(qtbot, commune)
    view.indicator_combo.setCurrentIndex(view.indicator_combo.findData("e_case_files"))
    assert view.period_picker.period().code == "2026-Q4"  # under way on 01/10/2026
    view.numerator_spin.setValue(45)
    view.denominator_spin.setValue(60)
    view.save_figure()
    names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]  # type: ignore[union-attr]
    row = names.index(CASE_FILES)
    assert view.table.item(row, 4).text() == "75,0%"  # type: ignore[union-attr]
    assert view.table.item(row, 6).text() != "chưa có số liệu"  # type: ignore[union-attr]
    # Back on this indicator and period, the form holds the stored figure, not 0/0.
    view.period_picker.previous_button.click()
    assert (view.numerator_spin.value(), view.denominator_spin.value()) == (0, 0)
    view.period_picker.next_button.click()
    assert (view.numerator_spin.value(), view.denominator_spin.value()) == (45, 60)


def test_background_refresh(qtbot: QtBot, commune: Services) -> None:
    fill(commune)
    view = TargetsView(commune.targets, today=lambda: TODAY)
    qtbot.addWidget(view)
    view.refresh()
    qtbot.waitUntil(lambda: not view.is_busy(), timeout=10_000)
    assert view.table.rowCount() == 3


def test_screenshot(qtbot: QtBot, commune: Services, tmp_path: Path) -> None:
    fill(commune)
    view = make(qtbot, commune)
    qtbot.waitExposed(view)
    path = tmp_path / "targets.png"
    assert view.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_chart_of_a_count_target_and_clear(qtbot: QtBot) -> None:
    from egov_desktop.services.targets_dto import FigureInfo, TargetInfo, TargetProgress
    from egov_desktop.ui.widgets.target_chart import TargetChart

    chart = TargetChart()
    qtbot.addWidget(chart)
    target = TargetInfo(
        "dvctt_level3_count",
        "Số DVCTT mức độ 3",
        "count",
        40,
        date(2026, 12, 31),
        "Kế hoạch",
        "",
        True,
    )
    points = tuple(
        FigureInfo("dvctt_level3_count", code, day, n, None, float(n), str(n), "typed")
        for code, day, n in (("2026-Q1", date(2026, 3, 14), 12), ("2026-Q2", date(2026, 6, 14), 30))
    )
    chart.show_progress(
        TargetProgress(
            target, "00004", "Phường Ba Đình", points, "on_track", "đúng tiến độ", 30, 66
        )
    )
    axis_y = chart.chart().axes()[1]
    # A count axis leaves headroom above the highest of target and figures: 40 × 1.2 + 1 = 49.
    assert axis_y.max() == 49  # type: ignore[attr-defined]
    # Nothing reported yet: the axis spans the year up to the deadline, not a few weeks.
    chart.show_progress(
        TargetProgress(
            target, "01", "Thành phố Hà Nội", (), "no_data", "chưa có số liệu", None, None
        )
    )
    axis_x = chart.chart().axes()[0]
    span = axis_x.min().daysTo(axis_x.max())  # type: ignore[attr-defined]
    assert span >= 365
    # Only the target has a line: the legend names nothing else.
    assert chart.legend_names() == chart.series_names()[:1]
    chart.show_progress(None)
    assert chart.series_names() == [] and chart.chart().axes() == []
    assert chart.toolTip() == ""


def test_export_of_the_targets_sheet(qtbot: QtBot, commune: Services, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    fill(commune)
    view = make(qtbot, commune)
    assert not view.export_button.isHidden()
    path = view.export_to(tmp_path / "targets.xlsx")
    assert path is not None and "targets.xlsx" in view.status_label.text()
    sheet = load_workbook(path).active
    assert sheet is not None
    labels = [sheet.cell(row, 2).value for row in range(13, sheet.max_row + 1)]
    names = {t.name for t in commune.targets.list()}
    assert names <= set(labels)


def test_the_legend_tells_the_trend_from_the_unit_s_figures(
    qtbot: QtBot, commune: Services
) -> None:
    """The trend and the figures once had the same (flag-coloured) legend marker."""
    fill(commune)
    view = make(qtbot, commune)
    view.table.selectRow(0)
    goal, _deadline, trend, figures, _dots = view.chart.series_names()
    colours = view.chart.legend_colours()
    assert set(colours) == {goal, trend, figures}
    assert len(set(colours.values())) == 3, colours


def test_a_small_window_keeps_the_chart_s_labels_and_the_names_whole(
    qtbot: QtBot, commune: Services
) -> None:
    """At 1024×600 the y axis once read "…" at every tick and the legend "Target: 100…"."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    from egov_desktop.ui.widgets.target_chart import TargetChart

    fill(commune)
    view = make(qtbot, commune)
    names = [view.table.item(r, 0).text() for r in range(view.table.rowCount())]  # type: ignore[union-attr]
    view.table.selectRow(names.index(CASE_FILES))
    # The chart alone, sized as the page sizes it (inside the page its layout sizes it back).
    chart = TargetChart()
    qtbot.addWidget(chart)
    chart.show_progress(view.chart.progress)
    chart.show()
    chart.resize(700, 500)
    qtbot.waitUntil(lambda: chart.y_ticks()[:3] == [0, 10, 20])
    assert chart.legend_names()[0] == "Target: 100% by 31/12/2027"
    chart.resize(390, 313)  # what the page leaves it in a 1024×600 window
    line = QFontMetrics(chart.chart().axes()[1].labelsFont()).height()

    def labels_fit() -> bool:  # each label has its line's height, in steps of a round figure
        ticks = chart.y_ticks()
        room = chart.chart().plotArea().height()
        return len(ticks) >= 3 and room / (len(ticks) - 1) >= line

    qtbot.waitUntil(labels_fit)
    assert chart.y_ticks()[0] == 0 and chart.y_ticks()[1] in (10, 20, 25, 50)
    assert chart.legend_names() == ["Target: 100%", "Trend", "Unit's figures"]
    table = view.table
    view.resize(1024 - 210, 600 - 60)

    def whole(row: int) -> bool:
        text = table.item(row, 0).text()  # type: ignore[union-attr]
        room_rect = QRect(0, 0, table.columnWidth(0) - 4, 10_000)
        needed = table.fontMetrics().boundingRect(room_rect, Qt.TextFlag.TextWordWrap, text)
        return table.rowHeight(row) >= needed.height() + 4

    qtbot.waitUntil(lambda: all(whole(row) for row in range(table.rowCount())))
