"""Main window: shown at once, then the setup wizard (fresh folder) or navigation and pages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow
from typing_extensions import override

from egov_desktop import __version__

if TYPE_CHECKING:
    # The window shows before any of these load: the pages and the services (which pull in
    # the database layer) are imported when the data folder is attached, after the first paint.
    from PySide6.QtWidgets import QListWidget, QStackedWidget

    from egov_desktop.services.backups import BackupService
    from egov_desktop.services.deadlines import DeadlineService
    from egov_desktop.services.dto import SetupRequest, UnitInfo
    from egov_desktop.services.entry import EntryService
    from egov_desktop.services.report_export import ReportExportService
    from egov_desktop.services.sectors import SectorService
    from egov_desktop.services.setup import SetupService
    from egov_desktop.services.status import StatusService
    from egov_desktop.ui.views.entry_view import EntryView
    from egov_desktop.ui.views.home_view import HomeView
    from egov_desktop.ui.views.report_view import ReportView
    from egov_desktop.ui.views.setup_wizard import SetupWizard

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class WindowServices:
    """What the window's pages need from the services layer."""

    setup: SetupService
    status: StatusService
    backups: BackupService
    search_units: Callable[[str, str, str], list[UnitInfo]]
    entry: EntryService
    sectors: SectorService
    deadlines: DeadlineService
    reports: ReportExportService


class MainWindow(QMainWindow):
    """The application's one window."""

    def __init__(self, *, data_dir: Path, ui_state: QSettings) -> None:
        super().__init__()
        self._state = ui_state
        self._services: WindowServices | None = None
        self.setWindowTitle(self.tr("egov_desktop — one-stop-shop statistics"))
        self.setMinimumSize(900, 600)
        self.wizard: SetupWizard | None = None
        self.nav: QListWidget | None = None
        self.pages: QStackedWidget | None = None
        self.home: HomeView | None = None
        self.entry: EntryView | None = None
        self.report: ReportView | None = None
        loading = QLabel(self.tr("Opening data…"))
        loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setCentralWidget(loading)
        geometry = ui_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self.statusBar().showMessage(
            self.tr("Data folder: {path}").replace("{path}", str(data_dir))
        )
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))

    def attach(self, services: WindowServices) -> None:
        """Fill the window once the data folder is open."""
        self._services = services
        if services.setup.current() is None:
            self._show_wizard()
        else:
            self._show_pages()

    @property
    def services(self) -> WindowServices:
        assert self._services is not None
        return self._services

    def _show_wizard(self) -> None:
        from egov_desktop.ui.views.setup_wizard import SetupWizard

        wizard = SetupWizard(self.services.search_units)
        wizard.setWindowFlags(Qt.WindowType.Widget)
        wizard.completed.connect(self._apply_setup)
        self.wizard = wizard
        self.setCentralWidget(wizard)

    def _apply_setup(self, request: SetupRequest) -> None:
        from egov_desktop.errors import UserError
        from egov_desktop.ui.errors import show_user_error

        try:
            self.services.setup.apply(request, actor=request.officer or "setup")
        except UserError as error:
            show_user_error(self, error)
            return
        self.wizard = None
        self._show_pages()

    def _show_pages(self) -> None:
        from PySide6.QtWidgets import (
            QHBoxLayout,
            QListWidget,
            QListWidgetItem,
            QStackedWidget,
            QWidget,
        )

        from egov_desktop.ui.views.backups_view import BackupsView
        from egov_desktop.ui.views.entry_view import EntryView
        from egov_desktop.ui.views.home_view import HomeView
        from egov_desktop.ui.views.report_view import ReportView
        from egov_desktop.ui.views.sectors_view import SectorsView
        from egov_desktop.ui.views.settings_view import SettingsView

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }"
        )
        self.pages = QStackedWidget()
        services = self.services
        self.home = HomeView(services.status.home, services.entry.todo)
        # The services record the officer named at setup as the author of each edit.
        self.entry = EntryView(
            services.entry, period_mode=lambda: services.setup.require().period_mode
        )
        self.report = ReportView(
            services.reports, period_mode=lambda: services.setup.require().period_mode
        )
        sectors = SectorsView(services.sectors)
        backups = BackupsView(services.backups)
        settings = SettingsView(services.setup, deadlines=services.deadlines)
        settings.saved.connect(self.home.refresh)
        for title, page in (
            (self.tr("Home"), self.home),
            (self.tr("Report entry"), self.entry),
            (self.tr("Reports"), self.report),
            (self.tr("Sectors"), sectors),
            (self.tr("Backups"), backups),
            (self.tr("Settings"), settings),
        ):
            self.nav.addItem(QListWidgetItem(title))
            self.pages.addWidget(page)
        if self.home.todo is not None:
            self.home.todo.open_requested.connect(self.open_report)
        self.nav.currentRowChanged.connect(self._open_page)
        self.nav.setCurrentRow(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def open_report(self, form: str, period: str) -> None:
        """Go to the entry page showing `form` for `period` (a period code)."""
        assert self.nav is not None and self.pages is not None and self.entry is not None
        self.entry.open(form, period)
        self.nav.setCurrentRow(self.pages.indexOf(self.entry))

    def _open_page(self, row: int) -> None:
        assert self.pages is not None
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.report is not None:
            self.report.wait()  # an export in progress finishes its checked file first
        self._state.setValue("main/geometry", self.saveGeometry())
        self._state.sync()
        super().closeEvent(event)
