"""Sent packages and report locks (commune side); received packages (office side)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from egov_desktop.db.models import ReceivedPackage, ReportLock, SentPackage, Unit


class SentPackageRepository:
    """What this unit has sent."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def last_version(self, unit_id: int) -> int:
        query = select(func.max(SentPackage.version)).where(SentPackage.unit_id == unit_id)
        return int(self._session.scalar(query) or 0)

    def add(self, row: SentPackage) -> SentPackage:
        self._session.add(row)
        self._session.flush()
        return row

    def by_package_id(self, package_id: str) -> SentPackage | None:
        query = select(SentPackage).where(SentPackage.package_id == package_id)
        return self._session.scalars(query).first()

    def for_unit(self, unit_id: int, period: str | None = None) -> list[SentPackage]:
        query = select(SentPackage).where(SentPackage.unit_id == unit_id)
        if period is not None:
            query = query.where(SentPackage.period == period)
        return list(self._session.scalars(query.order_by(SentPackage.version.desc())))


class ReportLockRepository:
    """Locks on sent reports."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, unit_id: int, form: str, period: str) -> ReportLock | None:
        query = select(ReportLock).where(
            ReportLock.unit_id == unit_id, ReportLock.form == form, ReportLock.period == period
        )
        return self._session.scalars(query).first()

    def add(self, row: ReportLock) -> ReportLock:
        self._session.add(row)
        self._session.flush()
        return row


class ReceivedPackageRepository:
    """Packages an office has read, newest version first."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def by_package_id(self, package_id: str) -> ReceivedPackage | None:
        query = select(ReceivedPackage).where(ReceivedPackage.package_id == package_id)
        return self._session.scalars(query).first()

    def get(self, row_id: int) -> ReceivedPackage | None:
        return self._session.get(ReceivedPackage, row_id)

    def for_unit_period(self, unit_id: int, period: str) -> list[ReceivedPackage]:
        query = (
            select(ReceivedPackage)
            .where(ReceivedPackage.unit_id == unit_id, ReceivedPackage.period == period)
            .order_by(ReceivedPackage.version.desc())
        )
        return list(self._session.scalars(query))

    def for_units(self, unit_ids: Iterable[int], periods: Iterable[str]) -> list[ReceivedPackage]:
        """The packages of `unit_ids` for `periods`, newest version first."""
        ids, codes = sorted(set(unit_ids)), sorted(set(periods))
        if not ids or not codes:
            return []
        query = (
            select(ReceivedPackage)
            .where(ReceivedPackage.unit_id.in_(ids), ReceivedPackage.period.in_(codes))
            .order_by(ReceivedPackage.version.desc())
        )
        return list(self._session.scalars(query))

    def holders(self, package_ids: Iterable[str]) -> dict[str, Unit]:
        """The unit each of `package_ids` was received for (ids never received are left out)."""
        wanted = sorted(set(package_ids))
        if not wanted:
            return {}
        query = (
            select(ReceivedPackage.package_id, Unit)
            .join(Unit, ReceivedPackage.unit_id == Unit.id)
            .where(ReceivedPackage.package_id.in_(wanted))
        )
        return {package_id: unit for package_id, unit in self._session.execute(query)}

    def for_period(self, period: str) -> list[tuple[Unit, ReceivedPackage]]:
        query = (
            select(Unit, ReceivedPackage)
            .join(ReceivedPackage, ReceivedPackage.unit_id == Unit.id)
            .where(ReceivedPackage.period == period)
            .order_by(Unit.code, ReceivedPackage.version.desc())
        )
        return [(unit, row) for unit, row in self._session.execute(query)]

    def add(self, row: ReceivedPackage) -> None:
        """Written with the transaction (a batch's rows go in one statement)."""
        self._session.add(row)

    def delete(self, row: ReceivedPackage) -> None:
        self._session.delete(row)
        self._session.flush()
