"""Sectors, report figures and report status, bound to one transaction (never commit here)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, String, and_, cast, delete, exists, func, literal, select
from sqlalchemy.orm import Session

from egov_desktop.db.models import ReportStatus, ReportValue, Sector, Unit
from egov_desktop.domain.sectors import name_key as sector_key

#: A report cell: unit id, form code, period code, row key, column number.
Cell = tuple[int, str, str, str, int]
#: A figure to store: its cell's five parts, its value and its source.
Figure = tuple[int, str, str, str, int, int, str]


#: Rows per INSERT of many sectors: 5 values each, well under SQLite's limit of variables.
_ROWS_PER_INSERT = 500


class HeldFigure(NamedTuple):
    """A figure held for a unit, with the unit's code and name (read without the ORM)."""

    unit_id: int
    unit_code: str
    unit_name: str
    row_key: str
    column: int
    value: int
    source: str


class SectorKey(NamedTuple):
    """What matching a name against a unit's sectors needs, read without the ORM."""

    id: int
    name: str
    name_key: str
    position: int


class SectorRepository:
    """A unit's own list of sectors, in its order."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def ordered(self, unit_id: int) -> list[Sector]:
        return list(
            self._session.scalars(
                select(Sector).where(Sector.unit_id == unit_id).order_by(Sector.position, Sector.id)
            )
        )

    def names(self, unit_ids: Sequence[int]) -> dict[tuple[int, str], str]:
        """(unit id, row key "sector:<id>") -> sector name, for the units given."""
        if not unit_ids:
            return {}
        rows = self._session.execute(
            select(Sector.unit_id, Sector.id, Sector.name).where(
                Sector.unit_id.in_(sorted(set(unit_ids)))
            )
        )
        return {(unit, f"sector:{sector}"): name for unit, sector, name in rows}

    def keys(self, unit_id: int) -> list[SectorKey]:
        """The unit's sectors in order, as plain rows (an office maps thousands of names)."""
        rows = self._session.connection().exec_driver_sql(
            "SELECT id, name, name_key, position FROM sector WHERE unit_id = ?"
            " ORDER BY position, id",
            (unit_id,),
        )
        return [SectorKey(*row) for row in rows]

    def get(self, unit_id: int, sector_id: int) -> Sector | None:
        row = self._session.get(Sector, sector_id)
        return row if row is not None and row.unit_id == unit_id else None

    def add(self, unit_id: int, name: str, name_key: str, position: int) -> Sector:
        row = Sector(
            unit_id=unit_id,
            name=name,
            name_key=name_key,
            position=position,
            hidden=False,
            created_at=datetime.now(),
        )
        self._session.add(row)
        self._session.flush()
        return row

    def add_many(self, unit_id: int, names: Sequence[str], first_position: int) -> list[SectorKey]:
        """Add sectors at the end of the unit's list; the rows added, in their order.

        A few statements whatever the number (an office adds a unit's 30 sectors at its first
        package): each inserts many rows and returns their ids.
        """
        when = datetime.now().isoformat(sep=" ", timespec="microseconds")
        rows = [
            (unit_id, name, sector_key(name), first_position + offset, when)
            for offset, name in enumerate(names)
        ]
        added: list[SectorKey] = []
        connection = self._session.connection()
        for start in range(0, len(rows), _ROWS_PER_INSERT):
            chunk = rows[start : start + _ROWS_PER_INSERT]
            found = connection.exec_driver_sql(
                "INSERT INTO sector (unit_id, name, name_key, position, hidden, created_at)"
                " VALUES " + ", ".join(["(?, ?, ?, ?, 0, ?)"] * len(chunk)) + " RETURNING"
                " id, name, name_key, position",
                tuple(value for row in chunk for value in row),
            )
            added += [SectorKey(*row) for row in found.all()]
        return sorted(added, key=lambda row: (row.position, row.id))


class ValueRepository:
    """Figures of reports; an empty cell is the absence of a row."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def cells(self, unit_id: int, form: str, period: str) -> dict[tuple[str, int], ReportValue]:
        """Every stored figure of one report, by (row key, column)."""
        rows = self._session.scalars(
            select(ReportValue).where(
                ReportValue.unit_id == unit_id,
                ReportValue.form == form,
                ReportValue.period == period,
            )
        )
        return {(row.row_key, row.col): row for row in rows}

    def figures(
        self, unit_id: int, form: str, period: str
    ) -> dict[tuple[str, int], tuple[int, str]]:
        """Every stored figure of one report as (value, source), read without the ORM."""
        rows = self._session.execute(
            select(
                ReportValue.row_key, ReportValue.col, ReportValue.value, ReportValue.source
            ).where(
                ReportValue.unit_id == unit_id,
                ReportValue.form == form,
                ReportValue.period == period,
            )
        )
        return {(key, col): (value, source) for key, col, value, source in rows}

    def any(self, unit_id: int, form: str, period: str) -> bool:
        """Whether the report holds at least one figure."""
        query = select(
            exists().where(
                ReportValue.unit_id == unit_id,
                ReportValue.form == form,
                ReportValue.period == period,
            )
        )
        return bool(self._session.scalar(query))

    def reports(self, unit_id: int) -> list[tuple[str, str, str | None]]:
        """(form, period, period mode recorded) of every report of the unit holding a figure."""
        query = (
            select(ReportValue.form, ReportValue.period, ReportStatus.period_mode)
            .outerjoin(
                ReportStatus,
                and_(
                    ReportStatus.unit_id == ReportValue.unit_id,
                    ReportStatus.form == ReportValue.form,
                    ReportStatus.period == ReportValue.period,
                ),
            )
            .where(ReportValue.unit_id == unit_id)
            .distinct()
            .order_by(ReportValue.period, ReportValue.form)
        )
        return [(form, period, mode) for form, period, mode in self._session.execute(query)]

    def holders(self, form: str, period: str, exclude_unit_id: int) -> list[Unit]:
        """The units other than the own one holding figures of one report, by catalogue, code."""
        return [unit for unit, _mode in self.holder_modes(form, period, exclude_unit_id)]

    def holder_modes(
        self, form: str, period: str, exclude_unit_id: int
    ) -> list[tuple[Unit, str | None]]:
        """`holders`, each with the period mode its figures were recorded in (None: unknown)."""
        held = exists().where(
            ReportValue.unit_id == Unit.id,
            ReportValue.form == form,
            ReportValue.period == period,
        )
        query = (
            select(Unit, ReportStatus.period_mode)
            .outerjoin(
                ReportStatus,
                and_(
                    ReportStatus.unit_id == Unit.id,
                    ReportStatus.form == form,
                    ReportStatus.period == period,
                ),
            )
            .where(Unit.id != exclude_unit_id, held)
            .order_by(Unit.catalog, Unit.code)
        )
        return [(unit, mode) for unit, mode in self._session.execute(query)]

    def totals_by_unit(
        self, form: str, period: str, exclude_unit_id: int
    ) -> list[tuple[Unit, dict[int, int]]]:
        """Each other unit's column sums over its rows of one report, units by code."""
        query = (
            select(Unit, ReportValue.col, func.sum(ReportValue.value))
            .join(ReportValue, ReportValue.unit_id == Unit.id)
            .where(
                ReportValue.form == form,
                ReportValue.period == period,
                Unit.id != exclude_unit_id,
            )
            .group_by(Unit.id, ReportValue.col)
            .order_by(Unit.code, ReportValue.col)
        )
        out: dict[int, tuple[Unit, dict[int, int]]] = {}
        for unit, col, total in self._session.execute(query):
            out.setdefault(unit.id, (unit, {}))[1][col] = int(total)
        return list(out.values())

    def sources_by_unit(self, form: str, period: str, exclude_unit_id: int) -> dict[int, set[str]]:
        """The sources of each other unit's figures of one report (one row per distinct pair)."""
        query = (
            select(ReportValue.unit_id, ReportValue.source)
            .where(
                ReportValue.form == form,
                ReportValue.period == period,
                ReportValue.unit_id != exclude_unit_id,
            )
            .distinct()
        )
        found: dict[int, set[str]] = {}
        for unit_id, source in self._session.execute(query):
            found.setdefault(unit_id, set()).add(source)
        return found

    def sector_sums(
        self, form: str, period: str, exclude_unit_id: int
    ) -> list[tuple[str, dict[int, int]]]:
        """Column sums by sector over every other unit, sectors matched by name.

        In the order of the names' keys: the report order (§5.6) is the service's to apply.
        """
        query = (
            select(
                Sector.name_key, func.min(Sector.name), ReportValue.col, func.sum(ReportValue.value)
            )
            .join(
                Sector,
                and_(
                    Sector.unit_id == ReportValue.unit_id,
                    ReportValue.row_key == literal("sector:") + cast(Sector.id, String),
                ),
            )
            .where(
                ReportValue.form == form,
                ReportValue.period == period,
                ReportValue.unit_id != exclude_unit_id,
            )
            .group_by(Sector.name_key, ReportValue.col)
            .order_by(Sector.name_key, ReportValue.col)
        )
        names: dict[str, str] = {}
        sums: dict[str, dict[int, int]] = {}
        for key, name, col, total in self._session.execute(query):
            names.setdefault(key, name)
            sums.setdefault(key, {})[int(col)] = int(total)
        return [(names[key], sums[key]) for key in sums]

    def _where(self, cell: Cell) -> ColumnElement[bool]:
        unit_id, form, period, row_key, col = cell
        return and_(
            ReportValue.unit_id == unit_id,
            ReportValue.form == form,
            ReportValue.period == period,
            ReportValue.row_key == row_key,
            ReportValue.col == col,
        )

    def put(self, cell: Cell, *, value: int, source: str) -> None:
        """Store a figure in `cell`, replacing the one there."""
        row = self._session.scalars(select(ReportValue).where(self._where(cell))).first()
        if row is None:
            unit_id, form, period, row_key, col = cell
            row = ReportValue(unit_id=unit_id, form=form, period=period, row_key=row_key, col=col)
            self._session.add(row)
        row.value = value
        row.source = source

    def clear(self, cell: Cell) -> None:
        """Empty `cell`."""
        self._session.execute(delete(ReportValue).where(self._where(cell)))

    def held_by_others(
        self,
        form: str,
        period: str,
        exclude_unit_id: int,
        *,
        unit_ids: Sequence[int] | None = None,
        column: int | None = None,
    ) -> list[HeldFigure]:
        """Figures of one report held for units other than the own one, by unit code and row.

        `unit_ids`: only those units' figures.
        """
        query = (
            select(
                Unit.id,
                Unit.code,
                Unit.name,
                ReportValue.row_key,
                ReportValue.col,
                ReportValue.value,
                ReportValue.source,
            )
            .join(ReportValue, ReportValue.unit_id == Unit.id)
            .where(
                ReportValue.form == form,
                ReportValue.period == period,
                Unit.id != exclude_unit_id,
            )
            .order_by(Unit.code, ReportValue.row_key, ReportValue.col)
        )
        if unit_ids is not None:
            query = query.where(Unit.id.in_(unit_ids))
        if column is not None:
            query = query.where(ReportValue.col == column)
        return [HeldFigure(*row) for row in self._session.execute(query)]

    def put_many(self, figures: Sequence[Figure]) -> None:
        """Store many figures at once (an office imports thousands per batch of packages)."""
        if not figures:
            return
        statement = (
            "INSERT INTO report_value (unit_id, form, period, row_key, col, value, source)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (unit_id, form, period, row_key, col) DO UPDATE SET"
            " value = excluded.value, source = excluded.source"
        )
        self._session.connection().exec_driver_sql(statement, list(figures))

    def clear_many(self, cells: Sequence[Cell]) -> None:
        """Empty many cells at once."""
        if not cells:
            return
        statement = (
            "DELETE FROM report_value WHERE unit_id = ? AND form = ? AND period = ?"
            " AND row_key = ? AND col = ?"
        )
        self._session.connection().exec_driver_sql(statement, list(cells))


class StatusRepository:
    """Status of each report; a report without a row is "empty"."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, unit_id: int, form: str, period: str) -> ReportStatus | None:
        return self._session.scalars(
            select(ReportStatus).where(
                ReportStatus.unit_id == unit_id,
                ReportStatus.form == form,
                ReportStatus.period == period,
            )
        ).first()

    def set(
        self,
        *,
        unit_id: int,
        form: str,
        period: str,
        status: str,
        note: str,
        actor: str,
        period_mode: str | None = None,
    ) -> None:
        """Set a report's status and note; `period_mode`, when given, the mode of its figures."""
        row = self.get(unit_id, form, period)
        if row is None:
            row = ReportStatus(unit_id=unit_id, form=form, period=period)
            self._session.add(row)
        row.status = status
        row.note = note
        if period_mode is not None:
            row.period_mode = period_mode
        row.updated_at = datetime.now()
        row.updated_by = actor
        self._session.flush()

    def put_many(
        self,
        rows: Sequence[tuple[int, str, str, str, str, str | None]],
        *,
        actor: str,
        at: datetime,
    ) -> None:
        """Set many statuses at once: (unit id, form, period, status, note, period mode) each."""
        if not rows:
            return
        # Raw, like ValueRepository.put_many: an office's batch sets hundreds at once.
        when = at.isoformat(sep=" ", timespec="microseconds")
        self._session.connection().exec_driver_sql(
            "INSERT INTO report_status (unit_id, form, period, status, note, period_mode,"
            " updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (unit_id, form, period) DO UPDATE SET status = excluded.status,"
            " note = excluded.note, period_mode = excluded.period_mode,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            [(*row, when, actor) for row in rows],
        )
