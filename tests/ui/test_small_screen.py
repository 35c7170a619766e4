"""A commune clerk's small screen, in Vietnamese: every page fits and nothing is cut."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.app import window_services
from egov_desktop.bootstrap import Services
from egov_desktop.exchange.package import PackageUnit
from egov_desktop.services.register_dto import DossierInput, ProcedureInput
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui.main_window import MainWindow
from egov_desktop.ui.views.inbox_panel import INBOX_KEY
from egov_desktop.ui.views.register_view import APPLICANT, CODE, DATES, PROCEDURE
from egov_desktop.ui.views.settings_view import SettingsView
from egov_desktop.ui.widgets.holidays_editor import VISIBLE_ROWS
from egov_desktop.ui.widgets.period_picker import PeriodPicker
from tests.packages import package

#: The smallest screen supported, and every test's: a 1024×768 laptop's window, less the
#: taskbar and the title bar.
SCREEN = (1024, 700)


def _shown(qtbot: QtBot, services: Services, state: QSettings) -> MainWindow:
    """The main window of `services`' data folder, shown at the small screen's size."""
    built = MainWindow(data_dir=services.paths.data_dir, ui_state=state)
    built.attach(window_services(services))
    qtbot.addWidget(built)
    built.resize(*SCREEN)
    built.show()
    qtbot.waitExposed(built)
    return built


@pytest.fixture
def window(
    qtbot: QtBot, vietnamese: None, commune: Services, tmp_path: Path
) -> Iterator[MainWindow]:
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    built = _shown(qtbot, commune, state)
    yield built
    # Opening a page may start a background load; its end is delivered through the event
    # loop, which a closing window no longer runs.
    for page in (built.targets_view, built.dvc_view, built.report):
        if page is not None:
            qtbot.waitUntil(lambda page=page: not page.is_busy(), timeout=10_000)


def _open(window: MainWindow, row: int) -> QWidget:
    """A page fills its lists when opened, and is laid out when shown."""
    assert window.nav is not None and window.pages is not None
    window.nav.setCurrentRow(row)
    QApplication.processEvents()
    return window.pages.widget(row)


def _pages(window: MainWindow) -> Iterator[QWidget]:
    assert window.pages is not None
    for row in range(window.pages.count()):
        yield _open(window, row)


@pytest.mark.parametrize(
    "page_name", ["RegisterView", "ReportView", "SendView", "DvcView", "AboutView"]
)
def test_the_page_needs_no_more_width_than_the_screen_leaves(
    window: MainWindow, page_name: str
) -> None:
    """A layout asked for less than its widgets' minimum overlaps them and cuts their text."""
    pages = [page for page in _pages(window) if type(page).__name__ == page_name]
    assert pages, page_name
    for page in pages:
        assert page.minimumSizeHint().width() <= page.width()


def test_every_period_picker_shows_its_whole_text(window: MainWindow) -> None:
    seen = 0
    for page in _pages(window):
        picker = getattr(page, "period_picker", None)
        if isinstance(picker, PeriodPicker):
            seen += 1
            for box in (picker.number, picker.year):
                assert box.width() >= box.sizeHint().width(), type(page).__name__
    assert seen >= 5


def test_the_register_shows_code_procedure_applicant_and_dates(
    window: MainWindow, commune: Services
) -> None:
    for number in range(60):  # enough rows for a vertical scroll bar to take its width
        commune.register.add(
            DossierInput(
                code=f"000.00.31.H26-250701-{number:04d}",
                sector="Hộ tịch",
                channel="direct",
                received=date(2025, 7, 1),
                due=date(2025, 7, 10),
                procedure_name="Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
                applicant="Nguyễn Thị Hồng Nhung",
            )
        )
    register = window.register
    assert register is not None and window.pages is not None
    _open(window, window.pages.indexOf(register))
    register.by_period.setChecked(False)
    QApplication.processEvents()
    assert register.table.verticalScrollBar().isVisible()
    header = register.table.horizontalHeader()
    room = register.table.viewport().width()
    for column in (CODE, PROCEDURE, APPLICANT, *DATES):
        name = register.model.headers[column]
        assert header.sectionViewportPosition(column) >= 0, name
        assert header.sectionViewportPosition(column) + header.sectionSize(column) <= room, name


def test_a_long_refusal_on_the_entry_page_reads_whole_and_the_grid_keeps_its_rows(
    qtbot: QtBot, vietnamese: None, commune: Services, tmp_path: Path
) -> None:
    """The carry-over refused across period modes: several lines of Vietnamese."""
    civil = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    pending = [(civil, n, 4) for n in (3, 4, 11, 12)]
    commune.entry.set_values(pending, form="II.06a", period="2025-Q2")
    commune.setup.apply(SetupRequest(unit_code="00004", role="commune", period_mode="calendar"))
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = _shown(qtbot, commune, state)
    page = window.entry
    assert page is not None and window.pages is not None
    _open(window, window.pages.indexOf(page))
    page.open("II.06a", "2025-Q3")
    page.carry_button.click()
    bar, label = page.message, page.message.label
    # The bar takes the height of its wrapped text once the page is laid out again.
    qtbot.waitUntil(lambda: bar.height() == bar.sizeHint().height())
    assert label.text().startswith("Không thể lấy cột (6)")
    assert label.text().endswith("theo dõi hồ sơ…).")
    assert bar.isVisible() and bar.error
    assert label.wordWrap()
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    room = bar.area.viewport()
    assert label.sizeHint().width() <= room.width()
    assert label.height() >= label.heightForWidth(label.width())  # every wrapped line laid out ...
    assert room.height() >= label.height()  # ... and in sight, without scrolling
    corner = bar.mapTo(page, bar.rect().bottomRight())
    assert corner.x() <= page.width() and corner.y() <= page.height()
    table = page.table
    assert table.viewport().height() >= 6 * table.rowHeight(0)  # the grid keeps its rows


def test_a_sent_report_s_status_reads_whole_on_the_entry_page(
    window: MainWindow, commune: Services
) -> None:
    civil = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    figures = {3: 1, 5: 1, 11: 1, 12: 1}
    cells = [(civil, column, value) for column, value in figures.items()]
    commune.entry.set_values(cells, form="II.06a", period="2025-Q3")
    commune.entry.set_status(form="II.06a", period="2025-Q3", status="done", note="")
    commune.packages.send(period="2025-Q3", forms=["II.06a"], out=commune.paths.data_dir)
    page = window.entry
    assert page is not None and window.pages is not None
    _open(window, window.pages.indexOf(page))
    page.open("II.06a", "2025-Q3")
    QApplication.processEvents()
    label = page.status_label
    assert label.text() == "Đã gửi (gói v1), đã khóa"
    assert page.minimumSizeHint().width() <= page.width()
    assert label.width() >= label.sizeHint().width()


def _settings(window: MainWindow) -> SettingsView:
    assert window.pages is not None
    for row in range(window.pages.count()):
        if isinstance(window.pages.widget(row), SettingsView):
            page = _open(window, row)
            assert isinstance(page, SettingsView)
            return page
    raise AssertionError("no settings page")


def test_no_settings_text_is_cut(window: MainWindow) -> None:
    page = _settings(window)
    content = page.scroll_area.widget()
    assert content.minimumSizeHint().width() <= page.scroll_area.viewport().width()
    labels = [label for label in content.findChildren(QLabel) if label.isVisibleTo(content)]
    assert page.deadlines is not None
    assert set(page.deadlines.labels.values()) <= set(labels)
    for label in labels:
        if label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()), label.text()
        else:
            assert label.width() >= label.sizeHint().width(), label.text()


def test_the_days_off_show_whole_dates_and_enough_rows(window: MainWindow) -> None:
    page = _settings(window)
    assert page.holidays is not None
    table = page.holidays.table
    assert table.rowCount() > VISIBLE_ROWS
    assert table.viewport().height() >= VISIBLE_ROWS * table.rowHeight(0)
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        text = table.item(row, 0).text()
        # A character's width to spare: some styles pad a cell more than they measure it.
        assert table.columnWidth(0) >= metrics.horizontalAdvance(text) + metrics.averageCharWidth()
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()  # the source column is on screen too


def test_the_indicators_names_can_be_read(window: MainWindow) -> None:
    """Beside the catalogue the indicators' names were cut to "Tỷ lệ TTHC …"."""
    dvc = window.dvc_view
    assert dvc is not None and window.pages is not None
    _open(window, window.pages.indexOf(dvc))
    QApplication.processEvents()
    table = dvc.indicator_table
    assert table.rowCount() > 0
    metrics = table.fontMetrics()
    widest_word = max(
        metrics.horizontalAdvance(word)
        for row in range(table.rowCount())
        for word in table.item(row, 0).text().split()
    )
    assert table.columnWidth(0) >= 3 * widest_word  # a few words a line, not one
    for row in range(table.rowCount()):  # the wrapped name has the height it needs
        text = table.item(row, 0).text()
        lines = metrics.boundingRect(0, 0, table.columnWidth(0) - 8, 10_000, 0x1000, text)
        assert table.rowHeight(row) >= lines.height(), text


def test_the_catalogue_keeps_its_procedures_names_readable(
    window: MainWindow, commune: Services
) -> None:
    """Beside the indicators the names' column was squeezed to "Thủ …", a word wide."""
    for code, name in (
        ("1.001193", "Đăng ký khai sinh"),
        ("1.001699", "Xác nhận đối tượng đang hưởng chế độ trợ cấp xã hội hằng tháng"),
    ):
        commune.catalogue.add(ProcedureInput(code, name, "Bảo trợ xã hội", 5))
    dvc = window.dvc_view
    assert dvc is not None and window.pages is not None
    _open(window, window.pages.indexOf(dvc))
    QApplication.processEvents()
    table = dvc.table
    assert table.rowCount() == 2
    metrics = table.fontMetrics()
    assert table.columnWidth(1) >= metrics.horizontalAdvance("Xác nhận đối tượng")
    assert table.horizontalHeader().sectionViewportPosition(1) >= 0
    assert table.item(1, 1).toolTip() == table.item(1, 1).text()  # the whole name, however long


@pytest.fixture
def office_window(
    qtbot: QtBot, vietnamese: None, services: Services, tmp_path: Path
) -> Iterator[MainWindow]:
    """The province office's window, with its inbox folder holding refused files."""
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "BC_00004_2025-Q3_v1 (bản chép lỗi).egov").write_bytes(b"not a zip")
    foreign = PackageUnit("32248", "Phường An Xuyên", "2025", "96")
    package(inbox / "BC_32248_2025-Q3_v1.egov", {"Hộ tịch": {3: 1}}, unit=foreign)
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    state.setValue(INBOX_KEY, str(inbox))
    yield _shown(qtbot, services, state)


def test_the_receive_page_shows_its_summary_buttons_and_inbox_whole(
    office_window: MainWindow,
) -> None:
    page = office_window.exchange_view
    assert page is not None and office_window.pages is not None
    _open(office_window, office_window.pages.indexOf(page))
    page.show_period("II.06a", "2025-Q3")
    QApplication.processEvents()
    assert page.minimumSizeHint().width() <= page.width()
    assert page.minimumSizeHint().height() <= page.height()
    summary = page.summary
    assert summary.text().endswith("báo cáo.")
    if summary.wordWrap():
        assert summary.height() >= summary.heightForWidth(summary.width())
    else:
        assert summary.width() >= summary.sizeHint().width()
    buttons = (
        page.accept_button,
        page.return_button,
        page.update_button,
        page.enter_button,
        page.sources_button,
    )
    for button in buttons:
        assert button.isVisibleTo(page), button.text()
        assert button.width() >= button.sizeHint().width(), button.text()
    table = page.inbox.table
    assert table.viewport().height() >= 5 * table.fontMetrics().height()  # five files at least
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):  # each refusal's reason, whole
        reason = table.item(row, 3)
        assert reason.text().endswith("gói bị từ chối.") or "không phải" in reason.text()
        lines = metrics.boundingRect(
            QRect(0, 0, table.columnWidth(3) - metrics.averageCharWidth(), 10_000),
            Qt.TextFlag.TextWordWrap,
            reason.text(),
        )
        assert table.rowHeight(row) >= lines.height(), reason.text()
        assert reason.toolTip() == reason.text()
