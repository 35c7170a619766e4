"""Main window: the setup wizard on a fresh data folder, otherwise navigation and pages."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)
from typing_extensions import override

from egov_desktop import __version__
from egov_desktop.errors import UserError
from egov_desktop.services.backups import BackupService
from egov_desktop.services.setup import SetupRequest, SetupService, search_units
from egov_desktop.services.status import StatusService
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.views.backups_view import BackupsView
from egov_desktop.ui.views.home_view import HomeView
from egov_desktop.ui.views.settings_view import SettingsView
from egov_desktop.ui.views.setup_wizard import SetupWizard

logger = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The application's one window."""

    def __init__(
        self,
        *,
        setup: SetupService,
        status: StatusService,
        backups: BackupService,
        data_dir: Path,
        ui_state: QSettings,
    ) -> None:
        super().__init__()
        self._setup = setup
        self._status = status
        self._backups = backups
        self._state = ui_state
        self.setWindowTitle(self.tr("egov_desktop — one-stop-shop statistics"))
        self.setMinimumSize(900, 600)
        self.wizard: SetupWizard | None = None
        self.nav: QListWidget | None = None
        self.pages: QStackedWidget | None = None
        self.home: HomeView | None = None
        if setup.current() is None:
            self._show_wizard()
        else:
            self._show_pages()
        geometry = ui_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 720)
        self.statusBar().showMessage(
            self.tr("Data folder: {path}").replace("{path}", str(data_dir))
        )
        version = QLabel(f"v{__version__}")
        self.statusBar().addPermanentWidget(version)

    def _show_wizard(self) -> None:
        wizard = SetupWizard(
            lambda text, catalog, role: search_units(text, catalog=catalog, role=role)
        )
        wizard.setWindowFlags(Qt.WindowType.Widget)
        wizard.completed.connect(self._apply_setup)
        self.wizard = wizard
        self.setCentralWidget(wizard)

    def _apply_setup(self, request: SetupRequest) -> None:
        try:
            self._setup.apply(request, actor=request.officer or "setup")
        except UserError as error:
            show_user_error(self, error)
            return
        self.wizard = None
        self._show_pages()

    def _show_pages(self) -> None:
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
        self.home = HomeView(self._status.home)
        backups = BackupsView(self._backups)
        settings = SettingsView(self._setup)
        settings.saved.connect(self.home.refresh)
        for title, page in (
            (self.tr("Home"), self.home),
            (self.tr("Backups"), backups),
            (self.tr("Settings"), settings),
        ):
            self.nav.addItem(QListWidgetItem(title))
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self._open_page)
        self.nav.setCurrentRow(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    def _open_page(self, row: int) -> None:
        assert self.pages is not None
        self.pages.setCurrentIndex(row)
        page = self.pages.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self._state.setValue("main/geometry", self.saveGeometry())
        self._state.sync()
        super().closeEvent(event)
