"""Unit of work: one transaction per user action, with repositories bound to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from sqlalchemy.orm import Session, sessionmaker

from egov_desktop.db.dvc_repositories import (
    DvcCountRepository,
    ProcedureDvcRepository,
    TargetFigureRepository,
)
from egov_desktop.db.errors import translate
from egov_desktop.db.exchange_repositories import (
    ReceivedPackageRepository,
    ReportLockRepository,
    SentPackageRepository,
)
from egov_desktop.db.register_repositories import DossierRepository, ProcedureRepository
from egov_desktop.db.report_repositories import (
    SectorRepository,
    StatusRepository,
    ValueRepository,
)
from egov_desktop.db.repositories import AuditRepository, SettingRepository, UnitRepository


class UnitOfWork:
    """`with uow_factory() as uow:` commits when the block ends and rolls back on error."""

    def __init__(self, session_factory: sessionmaker[Session], path: Path) -> None:
        self._session_factory = session_factory
        self._path = path
        self._session: Session | None = None
        self._discarded = False

    def discard(self) -> None:
        """Roll back when the block ends instead of committing: a preview of what writing does."""
        self._discarded = True

    def __enter__(self) -> UnitOfWork:
        try:
            session = self._session_factory()
            session.begin()
        except Exception as error:
            mapped = translate(error, self._path)
            if mapped is None:
                raise
            raise mapped from error
        self._session = session
        self._discarded = False
        self.settings = SettingRepository(session)
        self.units = UnitRepository(session)
        self.audit = AuditRepository(session)
        self.sectors = SectorRepository(session)
        self.values = ValueRepository(session)
        self.statuses = StatusRepository(session)
        self.dossiers = DossierRepository(session)
        self.procedures = ProcedureRepository(session)
        self.procedure_dvc = ProcedureDvcRepository(session)
        self.target_figures = TargetFigureRepository(session)
        self.dvc_counts = DvcCountRepository(session)
        self.sent_packages = SentPackageRepository(session)
        self.locks = ReportLockRepository(session)
        self.received_packages = ReceivedPackageRepository(session)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self._session
        assert session is not None
        self._session = None
        try:
            if exc_type is None and self._discarded:
                session.rollback()
            elif exc_type is None:
                try:
                    session.commit()
                except Exception as error:
                    session.rollback()
                    mapped = translate(error, self._path)
                    if mapped is None:
                        raise
                    raise mapped from error
            else:
                session.rollback()
                if exc is not None:
                    mapped = translate(exc, self._path)
                    if mapped is not None:
                        raise mapped from exc
        finally:
            session.close()


UowFactory = Callable[[], UnitOfWork]


def make_uow_factory(session_factory: sessionmaker[Session], path: Path) -> UowFactory:
    """A callable that opens a fresh unit of work for each user action."""
    return lambda: UnitOfWork(session_factory, path)
