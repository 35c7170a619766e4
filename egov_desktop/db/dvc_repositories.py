"""DVCTT facts per period, target figures, and the register counts behind the DVC indicators."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.orm import Session

from egov_desktop.db.models import Dossier, ProcedureDvc, TargetFigure
from egov_desktop.domain.dossiers import (
    CHANNEL_DIRECT,
    CHANNEL_ONLINE,
    CHANNEL_POSTAL,
    CLOSED_WITHOUT_DECISION,
)


def _count(condition: ColumnElement[bool]) -> ColumnElement[Any]:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


class ProcedureDvcRepository:
    """A procedure's DVCTT level, fee and online payment as recorded for one period."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def for_period(self, unit_id: int, period: str) -> dict[str, ProcedureDvc]:
        rows = self._session.scalars(
            select(ProcedureDvc).where(
                ProcedureDvc.unit_id == unit_id, ProcedureDvc.period == period
            )
        )
        return {row.procedure_code: row for row in rows}

    def periods(self, unit_id: int) -> list[str]:
        return list(
            self._session.scalars(
                select(ProcedureDvc.period)
                .where(ProcedureDvc.unit_id == unit_id)
                .distinct()
                .order_by(ProcedureDvc.period)
            )
        )

    def add(self, unit_id: int, code: str, period: str, values: Mapping[str, Any]) -> ProcedureDvc:
        row = ProcedureDvc(unit_id=unit_id, procedure_code=code, period=period, **values)
        self._session.add(row)
        self._session.flush()
        return row


class TargetFigureRepository:
    """Units' figures for the IT-application indicators."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, unit_id: int, indicator: str, period: str) -> TargetFigure | None:
        return self._session.scalars(
            select(TargetFigure).where(
                TargetFigure.unit_id == unit_id,
                TargetFigure.indicator == indicator,
                TargetFigure.period == period,
            )
        ).first()

    def all(self) -> list[TargetFigure]:
        return list(
            self._session.scalars(
                select(TargetFigure).order_by(
                    TargetFigure.unit_id, TargetFigure.indicator, TargetFigure.period
                )
            )
        )

    def add(self, values: Mapping[str, Any]) -> TargetFigure:
        row = TargetFigure(**values)
        self._session.add(row)
        self._session.flush()
        return row


class DvcCountRepository:
    """Counts of the register for the DVC indicators, one SQL aggregate per window."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def counts(self, unit_id: int, start: date, end: date) -> dict[str, int]:
        """New receipts, resolutions and their flags in [start, end] (see services/dvc.py)."""
        received = Dossier.received.between(start, end)
        resolved = and_(
            Dossier.resolved.between(start, end),
            Dossier.status.not_in(sorted(CLOSED_WITHOUT_DECISION)),
        )
        on_time = or_(Dossier.due.is_(None), Dossier.resolved <= Dossier.due)
        online = Dossier.channel == CHANNEL_ONLINE
        columns = {
            "received": _count(received),
            "received_online": _count(and_(received, online)),
            "received_direct": _count(and_(received, Dossier.channel == CHANNEL_DIRECT)),
            "received_postal": _count(and_(received, Dossier.channel == CHANNEL_POSTAL)),
            "financial_obligation": _count(and_(received, Dossier.financial_obligation)),
            "paid_online": _count(
                and_(received, Dossier.financial_obligation, Dossier.paid_online)
            ),
            "components_digitised": _count(and_(received, Dossier.components_digitised)),
            "components_reused": _count(and_(received, Dossier.components_reused)),
            "components_reused_national": _count(
                and_(received, Dossier.components_reused_national)
            ),
            "synced": _count(and_(received, Dossier.synced)),
            "resolved": _count(resolved),
            "results_digitised": _count(and_(resolved, Dossier.result_digitised)),
            "online_resolved_on_time": _count(and_(resolved, online, on_time)),
            "online_resolved_late": _count(and_(resolved, online, ~on_time)),
        }
        query = select(*(c.label(k) for k, c in columns.items())).where(
            Dossier.unit_id == unit_id,
            or_(received, Dossier.resolved.between(start, end)),
        )
        row = self._session.execute(query).one()
        return {key: int(row._mapping[key]) for key in columns}

    def online_procedures(self, unit_id: int, start: date, end: date) -> set[str]:
        """Codes of the procedures with at least one online receipt in [start, end]."""
        return self._procedures_with(unit_id, start, end, Dossier.channel == CHANNEL_ONLINE)

    def paid_online_procedures(self, unit_id: int, start: date, end: date) -> set[str]:
        """Codes of the procedures with a dossier received in [start, end] and paid online.

        The same dossiers as the "paid_online" count: a financial obligation paid online.
        """
        return self._procedures_with(
            unit_id, start, end, and_(Dossier.financial_obligation, Dossier.paid_online)
        )

    def _procedures_with(
        self, unit_id: int, start: date, end: date, condition: ColumnElement[bool]
    ) -> set[str]:
        """Codes of the procedures with a dossier received in [start, end] meeting `condition`."""
        return set(
            self._session.scalars(
                select(Dossier.procedure_code)
                .where(
                    Dossier.unit_id == unit_id,
                    Dossier.received.between(start, end),
                    condition,
                    Dossier.procedure_code.is_not(None),
                )
                .distinct()
            )
        )
