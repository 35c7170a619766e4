"""Qt-free start-up shared by the GUI and the CLI: logging, database check, migrate, services."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from egov_desktop.config import AppPaths
from egov_desktop.db.database import Database, open_database
from egov_desktop.domain import messages
from egov_desktop.errors import SetupRequiredError
from egov_desktop.log import setup_logging
from egov_desktop.services.about import AboutService
from egov_desktop.services.backups import DAILY, BackupService
from egov_desktop.services.catalogue import CatalogueService
from egov_desktop.services.completeness import CompletenessService
from egov_desktop.services.deadlines import DeadlineService
from egov_desktop.services.dvc import DvcService
from egov_desktop.services.entry import EntryService
from egov_desktop.services.filled_import import FilledReportService
from egov_desktop.services.holidays import HolidayService
from egov_desktop.services.package_import import PackageImportService
from egov_desktop.services.packages import PackageService
from egov_desktop.services.provenance import ProvenanceService
from egov_desktop.services.register import RegisterService
from egov_desktop.services.register_import import RegisterImportService
from egov_desktop.services.report_export import ReportExportService
from egov_desktop.services.sectors import SectorService
from egov_desktop.services.setup import SetupService
from egov_desktop.services.stats import StatsService
from egov_desktop.services.status import StatusService
from egov_desktop.services.targets import TargetsService
from egov_desktop.services.templates import TemplateService

logger = logging.getLogger(__name__)


@dataclass
class Services:
    """The use cases of one data folder, ready for a face (GUI or CLI)."""

    paths: AppPaths
    database: Database
    setup: SetupService
    status: StatusService
    backups: BackupService
    entry: EntryService
    sectors: SectorService
    register: RegisterService
    register_import: RegisterImportService
    catalogue: CatalogueService
    holidays: HolidayService
    stats: StatsService
    deadlines: DeadlineService
    templates: TemplateService
    reports: ReportExportService
    dvc: DvcService
    targets: TargetsService
    packages: PackageService
    package_import: PackageImportService
    completeness: CompletenessService
    provenance: ProvenanceService
    filled_reports: FilledReportService
    about: AboutService

    def close(self) -> None:
        self.database.close()


def init_logging(paths: AppPaths) -> None:
    """Start the CLI's rotating log in the data folder.

    Log lines stay in the file: the CLI's stderr carries its Vietnamese messages only.
    """
    setup_logging(paths.logs, console_level=None)


def open_set_up(paths: AppPaths) -> Services:
    """Open a data folder that already holds a database, for the CLI's commands but `setup`.

    On a fresh folder SetupRequiredError, and the folder is left as it was (no database, no
    logs): a command that reads or changes a unit's data has nothing to work on before setup.
    """
    if not paths.database.is_file():
        raise SetupRequiredError(messages.NOT_SET_UP, cli_hint=messages.NOT_SET_UP_CLI)
    init_logging(paths)
    return open_services(paths)


def open_services(paths: AppPaths) -> Services:
    """Check, back up and migrate the database, then build the services.

    Raises CorruptDatabaseError, NewerDatabaseError or StorageError with a Vietnamese message.
    """
    logger.debug("Opening data folder %s", paths.data_dir)
    database = open_database(paths.database, paths.backups)
    backups = BackupService(paths.database, paths.backups, paths.outbox)
    setup = SetupService(database.uow)
    entry = EntryService(database.uow)
    sectors = SectorService(database.uow)
    templates = TemplateService(paths.data_dir)
    dvc = DvcService(database.uow, entry)
    holidays = HolidayService(database.uow)
    targets = TargetsService(database.uow, dvc)
    register = RegisterService(database.uow)
    stats = StatsService(database.uow, entry, sectors)
    services = Services(
        paths=paths,
        database=database,
        setup=setup,
        status=StatusService(database.uow, setup, backups, paths.data_dir),
        backups=backups,
        entry=entry,
        sectors=sectors,
        register=register,
        register_import=RegisterImportService(database.uow, backups),
        catalogue=CatalogueService(database.uow, holidays=holidays, backups=backups),
        holidays=holidays,
        stats=stats,
        deadlines=DeadlineService(database.uow),
        templates=templates,
        reports=ReportExportService(database.uow, setup, entry, templates, targets, dvc, register),
        dvc=dvc,
        targets=targets,
        packages=PackageService(database.uow, setup, paths.outbox, stats),
        package_import=PackageImportService(
            database.uow, setup, backups, paths.queued_packages, paths.data_dir
        ),
        completeness=CompletenessService(database.uow, setup),
        provenance=ProvenanceService(database.uow, setup),
        filled_reports=FilledReportService(entry, templates, backups),
        about=AboutService(setup, backups, paths),
    )
    _daily_backup(services)
    return services


def _daily_backup(services: Services) -> None:
    """One automatic backup a day, once the folder holds a set-up unit."""
    if services.setup.current() is None:
        return
    newest = services.backups.list()
    if newest and newest[0].created_at.date() == date.today():
        return
    services.backups.create(DAILY)
