"""Sectors, report figures and report status, bound to one transaction (never commit here)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import String, and_, cast, exists, func, literal, select
from sqlalchemy.orm import Session

from egov_desktop.db.models import ReportStatus, Sector, Unit, report_value
from egov_desktop.domain.sectors import name_key as sector_key

#: A report cell: unit id, form code, period code, row key, column number.
Cell = tuple[int, str, str, str, int]


#: The figures one per line (the view over the report rows' cells).
_FIGURE = report_value.c


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

        One statement whatever the number (an office adds a unit's 30 sectors at its first
        package, 3,000 for a batch of 100): the ids are the ones SQLite would give, the next
        after the highest, taken inside this transaction.
        """
        connection = self._session.connection()
        last = connection.exec_driver_sql("SELECT coalesce(max(id), 0) FROM sector").scalar_one()
        added = [
            SectorKey(last + offset, name, sector_key(name), first_position + offset - 1)
            for offset, name in enumerate(names, start=1)
        ]
        when = datetime.now().isoformat(sep=" ", timespec="microseconds")
        connection.exec_driver_sql(
            "INSERT INTO sector (id, unit_id, name, name_key, position, hidden, created_at)"
            " VALUES (?, ?, ?, ?, ?, 0, ?)",
            [(s.id, unit_id, s.name, s.name_key, s.position, when) for s in added],
        )
        return added


class StoredFigure(NamedTuple):
    """A stored figure: its value and where it came from."""

    value: int
    source: str


class ValueRepository:
    """Figures of reports; an empty cell is the absence of a figure.

    Stored a report row at a time (`ReportRow`), read one by one through the view
    `report_value`.
    """

    def __init__(self, session: Session) -> None:
        self._session = session

    def cells(self, unit_id: int, form: str, period: str) -> dict[tuple[str, int], StoredFigure]:
        """Every stored figure of one report, by (row key, column)."""
        rows = self._session.execute(
            select(_FIGURE.row_key, _FIGURE.col, _FIGURE.value, _FIGURE.source).where(
                _FIGURE.unit_id == unit_id, _FIGURE.form == form, _FIGURE.period == period
            )
        )
        return {(key, col): StoredFigure(value, source) for key, col, value, source in rows}

    def any(self, unit_id: int, form: str, period: str) -> bool:
        """Whether the report holds at least one figure."""
        query = select(
            exists().where(
                _FIGURE.unit_id == unit_id, _FIGURE.form == form, _FIGURE.period == period
            )
        )
        return bool(self._session.scalar(query))

    def reports(self, unit_id: int) -> list[tuple[str, str, str | None]]:
        """(form, period, period mode recorded) of every report of the unit holding a figure."""
        query = (
            select(_FIGURE.form, _FIGURE.period, ReportStatus.period_mode)
            .outerjoin(
                ReportStatus,
                and_(
                    ReportStatus.unit_id == _FIGURE.unit_id,
                    ReportStatus.form == _FIGURE.form,
                    ReportStatus.period == _FIGURE.period,
                ),
            )
            .where(_FIGURE.unit_id == unit_id)
            .distinct()
            .order_by(_FIGURE.period, _FIGURE.form)
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
            _FIGURE.unit_id == Unit.id, _FIGURE.form == form, _FIGURE.period == period
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
            select(Unit, _FIGURE.col, func.sum(_FIGURE.value))
            .join(report_value, _FIGURE.unit_id == Unit.id)
            .where(_FIGURE.form == form, _FIGURE.period == period, Unit.id != exclude_unit_id)
            .group_by(Unit.id, _FIGURE.col)
            .order_by(Unit.code, _FIGURE.col)
        )
        out: dict[int, tuple[Unit, dict[int, int]]] = {}
        for unit, col, total in self._session.execute(query):
            out.setdefault(unit.id, (unit, {}))[1][col] = int(total)
        return list(out.values())

    def sources_by_unit(self, form: str, period: str, exclude_unit_id: int) -> dict[int, set[str]]:
        """The sources of each other unit's figures of one report (one row per distinct pair)."""
        query = (
            select(_FIGURE.unit_id, _FIGURE.source)
            .where(
                _FIGURE.form == form,
                _FIGURE.period == period,
                _FIGURE.unit_id != exclude_unit_id,
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
            select(Sector.name_key, func.min(Sector.name), _FIGURE.col, func.sum(_FIGURE.value))
            .select_from(report_value)
            .join(
                Sector,
                and_(
                    Sector.unit_id == _FIGURE.unit_id,
                    _FIGURE.row_key == literal("sector:") + cast(Sector.id, String),
                ),
            )
            .where(
                _FIGURE.form == form,
                _FIGURE.period == period,
                _FIGURE.unit_id != exclude_unit_id,
            )
            .group_by(Sector.name_key, _FIGURE.col)
            .order_by(Sector.name_key, _FIGURE.col)
        )
        names: dict[str, str] = {}
        sums: dict[str, dict[int, int]] = {}
        for key, name, col, total in self._session.execute(query):
            names.setdefault(key, name)
            sums.setdefault(key, {})[int(col)] = int(total)
        return [(names[key], sums[key]) for key in sums]

    def put(self, cell: Cell, *, value: int, source: str) -> None:
        """Store a figure in `cell`, replacing the one there."""
        unit_id, form, period, row_key, col = cell
        self.put_rows(unit_id, period, {(form, row_key): {col: value}}, source)

    def clear(self, cell: Cell) -> None:
        """Empty `cell`."""
        self.clear_many([cell])

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
                _FIGURE.row_key,
                _FIGURE.col,
                _FIGURE.value,
                _FIGURE.source,
            )
            .join(report_value, _FIGURE.unit_id == Unit.id)
            .where(_FIGURE.form == form, _FIGURE.period == period, Unit.id != exclude_unit_id)
            .order_by(Unit.code, _FIGURE.row_key, _FIGURE.col)
        )
        if unit_ids is not None:
            query = query.where(Unit.id.in_(unit_ids))
        if column is not None:
            query = query.where(_FIGURE.col == column)
        return [HeldFigure(*row) for row in self._session.execute(query)]

    def put_rows(
        self,
        unit_id: int,
        period: str,
        rows: Mapping[tuple[str, str], Mapping[int, int]],
        source: str,
    ) -> None:
        """Store figures of one unit and period a row at a time, all from `source`.

        `rows`: (form, row key) -> {column: value}. Each row goes in with one statement (an
        office stores thousands of rows per batch of packages): merged into the row's cells
        (RFC 7396 merge patch: the figures given replace theirs, the others stay) or new.
        """
        if not rows:
            return
        text = json.dumps(source, ensure_ascii=False)
        self._session.connection().exec_driver_sql(
            "INSERT INTO report_row (unit_id, form, period, row_key, cells)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (unit_id, form, period, row_key) DO UPDATE SET"
            " cells = json_patch(cells, excluded.cells)",
            [
                (
                    unit_id,
                    form,
                    period,
                    row_key,
                    "{" + ",".join([f'"{c}":[{v},{text}]' for c, v in cells.items()]) + "}",
                )
                for (form, row_key), cells in rows.items()
                if cells
            ],
        )

    def clear_many(self, cells: Sequence[Cell]) -> None:
        """Empty many cells at once; a row left without figures goes."""
        if not cells:
            return
        rows: dict[tuple[int, str, str, str], set[int]] = {}
        for unit_id, form, period, row_key, col in cells:
            rows.setdefault((unit_id, form, period, row_key), set()).add(col)
        where = "unit_id = ? AND form = ? AND period = ? AND row_key = ?"
        connection = self._session.connection()
        # A member patched to null is removed (RFC 7396).
        connection.exec_driver_sql(
            f"UPDATE report_row SET cells = json_patch(cells, ?) WHERE {where}",
            [
                ("{" + ",".join(f'"{col:d}":null' for col in sorted(cols)) + "}", *key)
                for key, cols in rows.items()
            ],
        )
        connection.exec_driver_sql(
            f"DELETE FROM report_row WHERE {where} AND cells = '{{}}'", list(rows)
        )


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
