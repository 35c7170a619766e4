"""Main window: shown at once, then the setup wizard (fresh folder) or navigation and pages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget
from typing_extensions import override

from egov_desktop import __version__
from egov_desktop.errors import UserError
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.widgets.screen_fit import TITLE_BAR

if TYPE_CHECKING:
    # The window shows before any of these load: the pages and the services (which pull in
    # the database layer) are imported when the data folder is attached, after the first paint.
    # So are the period and unit catalogues (services.dto, domain.periods) and the Qt
    # namespace's enums: together they held the first paint back by about 25 ms.
    from PySide6.QtWidgets import QListWidget, QStackedWidget

    from egov_desktop.services.about import AboutService
    from egov_desktop.services.backups import BackupService
    from egov_desktop.services.catalogue import CatalogueService
    from egov_desktop.services.completeness import CompletenessService
    from egov_desktop.services.deadlines import DeadlineService
    from egov_desktop.services.dto import BackupInfo, SetupRequest, UnitInfo
    from egov_desktop.services.dvc import DvcService
    from egov_desktop.services.entry import EntryService
    from egov_desktop.services.filled_import import FilledReportService
    from egov_desktop.services.holidays import HolidayService
    from egov_desktop.services.package_import import PackageImportService
    from egov_desktop.services.packages import PackageService
    from egov_desktop.services.preset import PresetResult
    from egov_desktop.services.provenance import ProvenanceService
    from egov_desktop.services.register import RegisterService
    from egov_desktop.services.register_import import RegisterImportService
    from egov_desktop.services.report_export import ReportExportService
    from egov_desktop.services.sectors import SectorService
    from egov_desktop.services.setup import SetupService
    from egov_desktop.services.stats import StatsService
    from egov_desktop.services.status import StatusService
    from egov_desktop.services.targets import TargetsService
    from egov_desktop.ui.views.about_view import AboutView
    from egov_desktop.ui.views.backups_view import BackupsView
    from egov_desktop.ui.views.dvc_view import DvcView
    from egov_desktop.ui.views.entry_view import EntryView
    from egov_desktop.ui.views.home_view import HomeView
    from egov_desktop.ui.views.register_view import RegisterView
    from egov_desktop.ui.views.report_view import ReportView
    from egov_desktop.ui.views.settings_view import SettingsView
    from egov_desktop.ui.views.setup_wizard import SetupWizard
    from egov_desktop.ui.views.targets_view import TargetsView

logger = logging.getLogger(__name__)

#: The smallest window wanted (pixels): as high as a 1024×600 screen leaves under the
#: taskbar and the title bar, so that every page is laid out as it will be there.
_MINIMUM = (900, 520)


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
    register: RegisterService
    register_import: RegisterImportService
    catalogue: CatalogueService
    stats: StatsService
    about: AboutService
    dvc: DvcService | None = None
    targets: TargetsService | None = None
    packages: PackageService | None = None
    package_import: PackageImportService | None = None
    completeness: CompletenessService | None = None
    provenance: ProvenanceService | None = None
    holidays: HolidayService | None = None
    filled_reports: FilledReportService | None = None
    #: Where an office writes receipts and returns.
    replies_folder: Path | None = None
    #: Put a backup in place of the data and reopen the folder (the composition root's job).
    restore: Callable[[Path], Restored] | None = None


@dataclass(frozen=True)
class Restored:
    """The folder reopened after a restore: its services, and what happened."""

    services: WindowServices
    #: Why the restore did not happen (the data is as it was), or None.
    error: UserError | None = None
    #: The copy of the data the restore replaced.
    safety: BackupInfo | None = None


class MainWindow(QMainWindow):
    """The application's one window."""

    def __init__(self, *, data_dir: Path, ui_state: QSettings) -> None:
        super().__init__()
        self._state = ui_state
        self._services: WindowServices | None = None
        self.setWindowTitle(self.tr("egov_desktop — one-stop-shop statistics"))
        # Never larger than the screen leaves under the title bar; pages taller than that scroll.
        room = self.screen().availableGeometry()
        self.setMinimumSize(
            min(_MINIMUM[0], room.width()), min(_MINIMUM[1], room.height() - TITLE_BAR)
        )
        self.wizard: SetupWizard | None = None
        self.nav: QListWidget | None = None
        self.pages: QStackedWidget | None = None
        self.home: HomeView | None = None
        self.entry: EntryView | None = None
        self.report: ReportView | None = None
        self.register: RegisterView | None = None
        self.dvc_view: DvcView | None = None
        self.targets_view: TargetsView | None = None
        self.exchange_view: QWidget | None = None
        self.templates_view: QWidget | None = None
        self.backups_view: BackupsView | None = None
        self.about_view: AboutView | None = None
        self.settings_view: SettingsView | None = None
        loading = QLabel(self.tr("Opening data…"))
        # Not Qt.AlignmentFlag: the Qt namespace's Python enums take ~14 ms to build on first
        # use, which would delay the first paint; the pages need them only after it.
        loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.setCentralWidget(loading)
        geometry = ui_state.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(min(1100, room.width()), min(720, room.height() - TITLE_BAR))
        # A widget, not a message: a message shown for a while ("… figure(s) changed") hides
        # it, and it comes back once that message is gone.
        self.data_folder_label = QLabel(
            self.tr("Data folder: {path}").replace("{path}", str(data_dir))
        )
        self.statusBar().addWidget(self.data_folder_label, 1)
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
        from PySide6.QtCore import Qt

        from egov_desktop.ui.views.setup_wizard import SetupWizard

        wizard = SetupWizard(self.services.search_units)
        wizard.setWindowFlags(Qt.WindowType.Widget)
        wizard.completed.connect(self._apply_setup)
        self.wizard = wizard
        self.setCentralWidget(wizard)

    def _apply_setup(self, request: SetupRequest) -> None:

        try:
            self.services.setup.apply(request, actor=request.officer or "setup")
        except UserError as error:
            show_user_error(self, error)
            return
        self.wizard = None
        self._show_pages()

    def _show_pages(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import (
            QHBoxLayout,
            QListWidget,
            QListWidgetItem,
            QStackedWidget,
            QWidget,
        )

        from egov_desktop.services.dto import ROLE_AGGREGATOR
        from egov_desktop.ui.views.about_view import AboutView
        from egov_desktop.ui.views.backups_view import BackupsView
        from egov_desktop.ui.views.entry_view import EntryView
        from egov_desktop.ui.views.home_view import HomeView
        from egov_desktop.ui.views.register_view import RegisterView
        from egov_desktop.ui.views.report_view import ReportView
        from egov_desktop.ui.views.sectors_view import SectorsView
        from egov_desktop.ui.views.settings_view import SettingsView
        from egov_desktop.ui.widgets.focus import quiet_when_unfocused

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet(
            "QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }"
        )
        quiet_when_unfocused(self.nav)
        self.pages = QStackedWidget()
        services = self.services
        office = services.setup.require().role == ROLE_AGGREGATOR
        # An office's list is its units' reports: how many have come in, by their deadline.
        todo = (
            services.completeness.todo
            if office and services.completeness is not None
            else services.entry.todo
        )
        self.home = HomeView(
            services.status.home, todo, confirm_clock=services.status.confirm_clock
        )
        # The services record the officer named at setup as the author of each edit.
        self.entry = EntryView(
            services.entry,
            period_mode=lambda: services.setup.require().period_mode,
            # Checked at every showing: the register is counted again only once it changed.
            register_checks=lambda form, period: services.stats.recount_problems(
                form=form, period=period, reuse=True
            ),
        )
        self.report = ReportView(
            services.reports,
            period_mode=lambda: services.setup.require().period_mode,
            provenance=services.provenance if office else None,
        )
        self.register = RegisterView(
            services.register,
            services.catalogue,
            services.register_import,
            period_mode=lambda: services.setup.require().period_mode,
        )
        self.entry.dossiers_requested.connect(self.show_dossiers)
        self.entry.compute_requested.connect(self.compute_from_register)
        sectors = SectorsView(services.sectors)
        backups = BackupsView(services.backups, can_restore=services.restore is not None)
        backups.restore_requested.connect(self.restore_backup)
        self.backups_view = backups
        settings = SettingsView(
            services.setup, deadlines=services.deadlines, holidays=services.holidays
        )
        settings.saved.connect(self.home.refresh)
        self.settings_view = settings
        self.about_view = AboutView(services.about)
        extra: list[tuple[str, QWidget]] = []
        if services.dvc is not None:
            from egov_desktop.ui.views.dvc_view import DvcView

            self.dvc_view = DvcView(
                services.dvc,
                services.catalogue,
                period_mode=lambda: services.setup.require().period_mode,
            )
            extra.append((self.tr("Online services"), self.dvc_view))
        if services.targets is not None:
            from egov_desktop.ui.views.targets_view import TargetsView

            self.targets_view = TargetsView(
                services.targets,
                services.reports,
                period_mode=lambda: services.setup.require().period_mode,
            )
            extra.append((self.tr("IT targets"), self.targets_view))
        from egov_desktop.ui.views.templates_view import TemplatesView

        self.templates_view = TemplatesView(
            services.reports.templates,
            services.reports,
            period_mode=lambda: services.setup.require().period_mode,
        )
        extra.insert(0, (self.tr("Templates"), self.templates_view))
        exchange = self._exchange_page()
        if exchange is not None:
            extra.insert(0, exchange)
        for title, page in (
            (self.tr("Home"), self.home),
            (self.tr("Report entry"), self.entry),
            (self.tr("Reports"), self.report),
            (self.tr("Dossier register"), self.register),
            *extra,
            (self.tr("Sectors"), sectors),
            (self.tr("Backups"), backups),
            (self.tr("Settings"), settings),
            (self.tr("About"), self.about_view),
        ):
            self.nav.addItem(QListWidgetItem(title))
            self.pages.addWidget(page)
        if self.home.todo is not None:
            self.home.todo.open_requested.connect(
                self.open_received if office else self.open_report
            )
        self.nav.currentRowChanged.connect(self._open_page)
        self.nav.setCurrentRow(0)
        # Wide enough for the longest Vietnamese page name, never a horizontal scroll bar.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widest = self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 4
        self.nav.setFixedWidth(max(200, widest))
        layout.addWidget(self.nav)
        layout.addWidget(self.pages, 1)
        self._add_page_keys(central)
        self.setCentralWidget(central)
        # Arrows step through the pages at once; Enter, F6 or Ctrl+digit go into one.
        self.nav.setFocus()

    def _add_page_keys(self, central: QWidget) -> None:
        """Keys that open pages: Ctrl+1…Ctrl+9, Ctrl+0, F1 and F6.

        Ctrl+1…Ctrl+9 and Ctrl+0 open the first ten pages, each in the field typed in first
        (the digits' row of a keyboard ends with 0); F1, Windows' key for help, opens the last
        page, About, which says whom to ask and what to tell them; F6 goes from the page list
        into the page and back (as Windows' F6 between panes).

        The keys belong to `central`: a restore builds the pages again, and the replaced
        central widget takes its keys with it (two alike would be ambiguous and do nothing).
        """
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        assert self.nav is not None
        native = QKeySequence.SequenceFormat.NativeText
        named: dict[int, list[str]] = {}
        for row in range(min(10, self.nav.count())):
            keys = QKeySequence(f"Ctrl+{(row + 1) % 10}")
            QShortcut(keys, central, lambda row=row: self.go_to_page(row))
            named.setdefault(row, []).append(keys.toString(native))
        last = self.nav.count() - 1
        help_key = QKeySequence(Qt.Key.Key_F1)
        QShortcut(help_key, central, lambda: self.go_to_page(last))
        named.setdefault(last, []).append(help_key.toString(native))
        for row, names in named.items():
            self.nav.item(row).setToolTip(", ".join(names))
        QShortcut(QKeySequence(Qt.Key.Key_F6), central, self._switch_pane)
        # Enter on a page's name, or a click on it, puts the keyboard in the page.
        self.nav.itemActivated.connect(lambda _item: self._enter_page())
        self.nav.itemClicked.connect(lambda _item: self._enter_page())

    def go_to_page(self, row: int) -> None:
        """Open the page in `row` of the list, the keyboard in its first field."""
        assert self.nav is not None
        self.nav.setCurrentRow(row)
        self._enter_page()

    def _enter_page(self) -> None:
        from egov_desktop.ui.widgets.focus import focus_start

        assert self.pages is not None
        page = self.pages.currentWidget()
        if page is not None:
            focus_start(page)

    def _switch_pane(self) -> None:
        assert self.nav is not None
        if self.nav.hasFocus():
            self._enter_page()
        else:
            self.nav.setFocus()

    def _exchange_page(self) -> tuple[str, QWidget] | None:
        """Sending reports (a commune) or receiving them (an aggregating office)."""
        from egov_desktop.services.dto import ROLE_AGGREGATOR, ROLE_COMMUNE

        services = self.services
        role = services.setup.require().role
        mode = lambda: services.setup.require().period_mode  # noqa: E731
        if role == ROLE_COMMUNE and services.packages is not None:
            from egov_desktop.ui.views.send_view import SendView

            self.exchange_view = SendView(services.packages, period_mode=mode)
            return self.tr("Send reports"), self.exchange_view
        if (
            role == ROLE_AGGREGATOR
            and services.package_import is not None
            and services.completeness is not None
            and services.replies_folder is not None
        ):
            from egov_desktop.ui.views.receive_view import ReceiveView

            self.exchange_view = ReceiveView(
                services.package_import,
                services.completeness,
                services.replies_folder,
                settings=self._state,
                entry=services.entry,
                filled=services.filled_reports,
                provenance=services.provenance,
                period_mode=mode,
            )
            return self.tr("Receive reports"), self.exchange_view
        return None

    def restore_backup(self, source: Path) -> None:
        """Replace the data with the backup `source` and fill the window again from it."""
        hook = self.services.restore
        if hook is None:
            return
        from egov_desktop.ui.busy import busy

        with busy():
            restored = hook(source)
        self.attach(restored.services)
        page = self.backups_view
        if page is None or self.nav is None or self.pages is None:
            return
        self.nav.setCurrentRow(self.pages.indexOf(page))
        if restored.error is not None:
            show_user_error(self, restored.error)
            return
        page.show_restored(source, restored.safety)

    def open_received(self, form: str, period: str) -> None:
        """Go to the receive page showing who has sent `form` for `period` (a period code)."""
        from egov_desktop.ui.views.receive_view import ReceiveView

        view = self.exchange_view
        if not isinstance(view, ReceiveView) or self.nav is None or self.pages is None:
            return
        view.show_period(form, period)
        self.nav.setCurrentRow(self.pages.indexOf(view))

    def open_report(self, form: str, period: str) -> None:
        """Go to the entry page showing `form` for `period` (a period code)."""
        assert self.nav is not None and self.pages is not None and self.entry is not None
        self.entry.open(form, period)
        self.nav.setCurrentRow(self.pages.indexOf(self.entry))

    def show_dossiers(self, form: str, period: str, column: int, sector: str | None) -> None:
        """Go to the register showing the dossiers counted in one figure of a report."""
        from egov_desktop.domain.periods import Period

        assert self.nav is not None and self.pages is not None and self.register is not None
        try:
            rows = self.services.stats.dossiers_behind(
                form=form, period=period, column=column, sector=sector
            )
        except UserError as error:
            show_user_error(self, error)
            return
        where = sector if sector is not None else self.tr("all sectors")
        caption = (
            self.tr("{count} dossier(s) counted in column ({column}) for {where}, {period}.")
            .replace("{count}", str(len(rows)))
            .replace("{column}", str(column))
            .replace("{where}", where)
            .replace("{period}", Period.parse(period).in_sentence)
        )
        self.nav.setCurrentRow(self.pages.indexOf(self.register))
        self.register.show_dossiers(rows, caption)

    def compute_from_register(self, form: str, period: str) -> None:
        """Replace a report's figures by those counted from the register, after asking."""
        from egov_desktop.domain.periods import Period

        assert self.entry is not None
        answer = QMessageBox.question(
            self,
            self.tr("Compute from the register"),
            self.tr(
                "Replace the figures of {form} for {period} by those counted from the dossier "
                "register? Every change is kept in the audit trail and can be undone by typing."
            )
            .replace("{form}", form)
            .replace("{period}", Period.parse(period).in_sentence),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            result = self.services.stats.apply(form=form, period=period)
        except UserError as error:
            show_user_error(self, error)
            return
        self.entry.refresh()
        # A refusal shown before the recount (e.g. "cannot be marked complete") is stale now:
        # the checks panel tells what the recounted report still lacks.
        self.entry.show_message("")
        self.statusBar().showMessage(
            self.tr("{count} figure(s) changed from the register.").replace(
                "{count}", str(result.changed)
            ),
            8000,
        )

    def announce_preset(self, result: PresetResult) -> QMessageBox | None:
        """Say once what the installer's preset, applied at first start, left to be done.

        A template it copied but could not use, or whose mapping leaves official texts blank,
        is named (the installer's check printed it, but the clerk never saw that). Opened, not
        run: the start finishes behind the box. None when there is nothing to say.
        """
        if self.settings_view is None:
            return None
        notes = self.settings_view.preset_notes(result)
        if not notes:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Configuration package"),
            self.tr(
                "The installer's configuration package was applied. Some of its templates "
                "need attention on the Templates page:"
            ),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText("\n".join(notes))
        box.open()
        return box

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
        for busy in (self.dvc_view, self.targets_view):
            if busy is not None:
                busy.wait()
        self._state.setValue("main/geometry", self.saveGeometry())
        self._state.sync()
        super().closeEvent(event)
