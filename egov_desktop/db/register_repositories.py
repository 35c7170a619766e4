"""Dossier register and TTHC catalogue, bound to one transaction (never commit here).

The register may hold a million dossiers: pages, counts and II.06a run as SQL over the
indexes of migration 0003, and bulk writes go through executemany, never one ORM object each.
Every write to a unit's dossiers goes through DossierRepository, which raises the unit's
register revision once per write (`fingerprint`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Subquery,
    Table,
    and_,
    bindparam,
    case,
    func,
    literal,
    not_,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from egov_desktop.db.models import AuditEntry, Dossier, Procedure, RegisterRevision
from egov_desktop.domain.counting import COLUMNS
from egov_desktop.domain.dossiers import (
    CHANNEL_ONLINE,
    CLOSED_WITHOUT_DECISION,
    FLAGS,
    STATUS_WAITING,
    code_key,
)

#: Window bases of a register filter: counted in column 3, received in it, resolved in it.
BASIS_COUNTED = "counted"
BASIS_RECEIVED = "received"
BASIS_RESOLVED = "resolved"
BASES = (BASIS_COUNTED, BASIS_RECEIVED, BASIS_RESOLVED)

#: Dossier columns an import or an edit may set (everything but keys and bookkeeping).
DOSSIER_FIELDS = (
    "code",
    "procedure_code",
    "procedure_name",
    "sector",
    "applicant",
    "contact",
    "lead_agency",
    "channel",
    "result_delivery",
    "received",
    "due",
    "resolved",
    "returned",
    "status",
    *FLAGS,
    "note",
)


#: Most spellings of a code looked up through the (unit, code) index; a code with more letters
#: is compared over the unit's dossiers (SQLite's NOCASE: ASCII letters only).
_MAX_SPELLINGS = 256


def _spellings(code: str) -> list[str] | None:
    """Every upper- and lower-case spelling of `code`; None beyond _MAX_SPELLINGS."""
    choices: list[list[str]] = []
    count = 1
    for ch in code:
        forms = sorted({ch, *(f for f in (ch.lower(), ch.upper()) if len(f) == 1)})
        count *= len(forms)
        if count > _MAX_SPELLINGS:
            return None
        choices.append(forms)
    return ["".join(spelling) for spelling in itertools.product(*choices)]


# Core tables: bulk writes bypass the ORM's per-row bookkeeping.
_DOSSIER_TABLE = Dossier.metadata.tables["dossier"]
_AUDIT_TABLE = AuditEntry.metadata.tables["audit_entry"]


# Cached: an import writes the same few hundred dates and one timestamp on every row.
@functools.lru_cache(maxsize=4096)
def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


@functools.lru_cache(maxsize=64)
def _datetime_text(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat(" ", "microseconds")


def _flag(value: bool | None) -> int | None:
    return None if value is None else int(value)


def _converter(column: Any) -> Any:
    # The text SQLAlchemy's SQLite DATE and DATETIME types store, so reads parse it back.
    kind = type(column.type).__name__
    return {"Date": _date_text, "DateTime": _datetime_text, "Boolean": _flag}.get(kind)


def _raw_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert every column but id of `rows` with one executemany on the driver."""
    # An import writes a hundred thousand rows at once; SQLAlchemy's per-value bind
    # processing would cost more than SQLite itself.
    if not rows:
        return
    columns = [c for c in table.columns if c.name != "id"]
    names = [c.name for c in columns]
    plain = [n for n, c in zip(names, columns, strict=True) if _converter(c) is None]
    converted = [(n, _converter(c)) for n, c in zip(names, columns, strict=True) if _converter(c)]
    order = plain + [n for n, _ in converted]
    statement = (
        f"INSERT INTO {table.name} ({', '.join(order)}) VALUES ({', '.join('?' * len(order))})"
    )
    params = [
        (*[row[n] for n in plain], *[convert(row[n]) for n, convert in converted]) for row in rows
    ]
    session.connection().exec_driver_sql(statement, params)


@dataclass(frozen=True)
class DossierFilter:
    """Which dossiers a register page shows; None everywhere means all of the unit's."""

    window: tuple[date, date] | None = None
    basis: str = BASIS_COUNTED
    sectors: tuple[str, ...] | None = None
    status: str | None = None
    channel: str | None = None
    overdue_on: date | None = None
    search: str | None = None


def counted_in(start: date, end: date) -> ColumnElement[bool]:
    """Column 3 of II.06a for [start, end]: received in it, or carried over into it (§5.3).

    Written as three disjoint terms, each an index range, so that SQLite can answer it with
    a multi-index OR instead of scanning every receipt before E.
    """
    received, resolved = Dossier.received, Dossier.resolved
    return or_(
        received.between(start, end),
        and_(resolved.is_(None), received < start),
        and_(resolved >= start, received < start),
    )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _conditions(unit_id: int, spec: DossierFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [Dossier.unit_id == unit_id]
    if spec.window is not None:
        start, end = spec.window
        if spec.basis == BASIS_RECEIVED:
            where.append(Dossier.received.between(start, end))
        elif spec.basis == BASIS_RESOLVED:
            where.append(Dossier.resolved.between(start, end))
        else:
            # Implied by counted_in, but lets a page ordered by receipt start its walk at E.
            where.append(Dossier.received <= end)
            where.append(counted_in(start, end))
    if spec.sectors is not None:
        where.append(Dossier.sector.in_(spec.sectors))
    if spec.status is not None:
        where.append(Dossier.status == spec.status)
    if spec.channel is not None:
        where.append(Dossier.channel == spec.channel)
    if spec.overdue_on is not None:
        # Pending and past due, as column 13 sees it: a dossier waiting for documents is not late.
        where.append(Dossier.resolved.is_(None))
        where.append(Dossier.due < spec.overdue_on)
        where.append(Dossier.status != STATUS_WAITING)
    if spec.search:
        where.append(Dossier.search_key.like(f"%{_escape_like(spec.search)}%", escape="\\"))
    return where


def _counted_rows(unit_id: int, start: date, end: date) -> Subquery:
    """The facts of the dossiers counted in column 3, as three index range scans.

    Received in the window (ix received), still open (ix resolved IS NULL) or closed on or
    after S (ix resolved >= S), the last two received before S: disjoint, so UNION ALL.
    One OR'ed WHERE lets SQLite walk the sector index over the whole table instead.
    """
    facts = (
        Dossier.sector,
        Dossier.channel,
        Dossier.received,
        Dossier.due,
        Dossier.resolved,
        Dossier.status,
    )
    mine = Dossier.unit_id == unit_id
    return union_all(
        select(*facts).where(mine, Dossier.received.between(start, end)),
        select(*facts).where(mine, Dossier.resolved.is_(None), Dossier.received < start),
        select(*facts).where(mine, Dossier.resolved >= start, Dossier.received < start),
    ).subquery("counted")


def _ii06a_columns(rows: Subquery, start: date, end: date) -> list[ColumnElement[Any]]:
    """SUM(CASE …) for columns 3–13: the predicates of domain/counting.py's table, in SQL."""
    c = rows.c
    r, u, x = c.received, c.due, c.resolved
    closed = c.status.in_(sorted(CLOSED_WITHOUT_DECISION))
    waiting = c.status == STATUS_WAITING
    in_window = r.between(start, end)
    done = and_(x.is_not(None), x <= end)
    pending = or_(x.is_(None), x > end)
    predicates: dict[int, ColumnElement[bool]] = {
        4: and_(in_window, c.channel == CHANNEL_ONLINE),
        5: and_(in_window, c.channel != CHANNEL_ONLINE),
        6: r < start,
        7: done,
        8: and_(done, not_(closed), u.is_not(None), x < u),
        9: and_(done, or_(closed, u.is_(None), x == u)),
        10: and_(done, not_(closed), u.is_not(None), x > u),
        11: pending,
        12: and_(pending, or_(u.is_(None), u >= end, waiting)),
        13: and_(pending, u.is_not(None), u < end, not_(waiting)),
    }
    sums: list[ColumnElement[Any]] = [func.count().label("c3")]
    for column in COLUMNS[1:]:
        sums.append(
            func.sum(case((predicates[column], literal(1)), else_=literal(0))).label(f"c{column}")
        )
    return sums


class DossierRepository:
    """The unit's dossiers."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, unit_id: int, dossier_id: int) -> Dossier | None:
        row = self._session.get(Dossier, dossier_id)
        return row if row is not None and row.unit_id == unit_id else None

    def by_code(self, unit_id: int, code: str) -> Dossier | None:
        return self._session.scalars(
            select(Dossier).where(Dossier.unit_id == unit_id, Dossier.code == code)
        ).first()

    def same_code(self, unit_id: int, code: str) -> list[Dossier]:
        """The unit's dossiers whose code is `code` but for case (domain `code_key`), by id.

        Usually none or one; a register written before codes were compared so may hold more.
        """
        spellings = _spellings(code)
        match = (
            Dossier.code.in_(spellings)
            if spellings is not None
            else Dossier.code.collate("NOCASE") == code
        )
        query = select(Dossier).where(Dossier.unit_id == unit_id, match).order_by(Dossier.id)
        key = code_key(code)
        return [row for row in self._session.scalars(query) if code_key(row.code) == key]

    def add(self, unit_id: int, values: Mapping[str, Any], search_key: str) -> Dossier:
        now = datetime.now()
        row = Dossier(
            unit_id=unit_id, search_key=search_key, created_at=now, updated_at=now, **values
        )
        self._session.add(row)
        self._session.flush()
        self._written(unit_id)
        return row

    def edit(self, row: Dossier, changes: Mapping[str, Any], search_key: str) -> None:
        """Set `changes` (DOSSIER_FIELDS names) on `row`, with its new search key."""
        for name, value in changes.items():
            setattr(row, name, value)
        row.search_key = search_key
        row.updated_at = datetime.now()
        self._session.flush()
        self._written(row.unit_id)

    def delete(self, row: Dossier) -> None:
        unit_id = row.unit_id
        self._session.delete(row)
        self._session.flush()
        self._written(unit_id)

    def page(self, unit_id: int, spec: DossierFilter, offset: int, limit: int) -> list[Dossier]:
        """Newest receipts first; (received, id) keeps the order stable between pages."""
        query = (
            select(Dossier)
            .where(*_conditions(unit_id, spec))
            .order_by(Dossier.received.desc(), Dossier.id.desc())
            .offset(offset)
            .limit(limit)
        )
        return list(self._session.scalars(query))

    def count(self, unit_id: int, spec: DossierFilter) -> int:
        query = select(func.count()).select_from(Dossier).where(*_conditions(unit_id, spec))
        return int(self._session.scalar(query) or 0)

    def position(self, unit_id: int, spec: DossierFilter, dossier_id: int) -> int | None:
        """The dossier's offset in `page`'s order; None when `spec` does not select it."""
        conditions = _conditions(unit_id, spec)
        received = self._session.scalar(
            select(Dossier.received).where(*conditions, Dossier.id == dossier_id)
        )
        if received is None:
            return None
        before = or_(
            Dossier.received > received,
            and_(Dossier.received == received, Dossier.id > dossier_id),
        )
        query = select(func.count()).select_from(Dossier).where(*conditions, before)
        return int(self._session.scalar(query) or 0)

    def sectors(self, unit_id: int) -> list[str]:
        """Every sector spelling in the register."""
        query = select(Dossier.sector).where(Dossier.unit_id == unit_id).distinct()
        return list(self._session.scalars(query))

    def snapshot(self, unit_id: int, fields: Sequence[str]) -> dict[str, tuple[Any, ...]]:
        """Mã hồ sơ -> (id, *fields) of the unit's dossiers, as plain tuples (cheap to compare)."""
        columns = [Dossier.code, Dossier.id, *(getattr(Dossier, f) for f in fields)]
        result = self._session.execute(select(*columns).where(Dossier.unit_id == unit_id))
        return {row[0]: tuple(row[1:]) for row in result}

    def insert_many(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Insert dossiers (every column but id) with one executemany."""
        _raw_insert(self._session, _DOSSIER_TABLE, rows)
        for unit_id in {row["unit_id"] for row in rows}:
            self._written(unit_id)

    def fingerprint(self, unit_id: int) -> tuple[Any, ...]:
        """Changes whenever a dossier of the unit is added, edited or deleted.

        (count, max id, max updated_at, register revision). The revision tells every write,
        whatever the computer's clock said then (`_written`); the rest, which tells most of
        them, also tells apart two databases whose registers are at the same revision.
        """
        revision = (
            select(RegisterRevision.revision)
            .where(RegisterRevision.unit_id == unit_id)
            .scalar_subquery()
        )
        query = select(
            func.count(),
            func.max(Dossier.id),
            func.max(Dossier.updated_at),
            func.coalesce(revision, 0),
        ).where(Dossier.unit_id == unit_id)
        return tuple(self._session.execute(query).one())

    def update_many(
        self, unit_id: int, fields: Sequence[str], rows: Sequence[Mapping[str, Any]]
    ) -> None:
        """Rows of `unit_id` carry "row_id" and a value for each of `fields` (one executemany)."""
        if not rows:
            return
        values: dict[str, Any] = {f: bindparam(f"v_{f}") for f in fields}
        statement = (
            update(Dossier)
            .where(Dossier.id == bindparam("row_id"), Dossier.unit_id == unit_id)
            .values(values)
        )
        params = [{"row_id": row["row_id"], **{f"v_{f}": row[f] for f in fields}} for row in rows]
        connection = self._session.connection()
        connection.execute(statement, params)
        self._written(unit_id)

    def ii06a(self, unit_id: int, start: date, end: date) -> list[tuple[str, dict[int, int]]]:
        """(sector spelling, {3..13: count}) of each sector with a dossier counted in the window."""
        rows = _counted_rows(unit_id, start, end)
        query = select(rows.c.sector, *_ii06a_columns(rows, start, end)).group_by(rows.c.sector)
        return [
            (row[0], {column: int(row[i + 1] or 0) for i, column in enumerate(COLUMNS)})
            for row in self._session.execute(query)
        ]

    def counted(
        self, unit_id: int, start: date, end: date, sectors: Sequence[str] | None = None
    ) -> list[Dossier]:
        """Dossiers counted in column 3 of the window (of `sectors` if given), by receipt."""
        where = [Dossier.unit_id == unit_id, counted_in(start, end)]
        if sectors is not None:
            where.append(Dossier.sector.in_(sectors))
        # Sorted here: ORDER BY received would make SQLite walk every receipt in index order.
        rows = list(self._session.scalars(select(Dossier).where(*where)))
        return sorted(rows, key=lambda row: (row.received, row.id))

    def audit_many(self, rows: Iterable[Mapping[str, Any]]) -> None:
        """Append audit rows in one executemany (an import may create a hundred thousand)."""
        _raw_insert(self._session, _AUDIT_TABLE, list(rows))

    def _written(self, unit_id: int) -> None:
        """Raise the unit's register revision: once per write, however many rows it wrote."""
        # Not a trigger: an import writes its 100,000 rows with one executemany, one bump.
        statement = sqlite_insert(RegisterRevision).values(unit_id=unit_id, revision=1)
        statement = statement.on_conflict_do_update(
            index_elements=[RegisterRevision.unit_id],
            set_={"revision": RegisterRevision.revision + 1},
        )
        self._session.execute(statement)


class ProcedureRepository:
    """The unit's TTHC catalogue."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, unit_id: int, code: str) -> Procedure | None:
        return self._session.scalars(
            select(Procedure).where(Procedure.unit_id == unit_id, Procedure.code == code)
        ).first()

    def all(self, unit_id: int) -> list[Procedure]:
        return list(
            self._session.scalars(
                select(Procedure).where(Procedure.unit_id == unit_id).order_by(Procedure.code)
            )
        )

    def search(self, unit_id: int, folded: str, offset: int, limit: int) -> list[Procedure]:
        query = select(Procedure).where(Procedure.unit_id == unit_id)
        if folded:
            query = query.where(Procedure.search_key.like(f"%{_escape_like(folded)}%", escape="\\"))
        query = query.order_by(Procedure.code).offset(offset).limit(limit)
        return list(self._session.scalars(query))

    def add(self, unit_id: int, values: Mapping[str, Any]) -> Procedure:
        now = datetime.now()
        row = Procedure(unit_id=unit_id, created_at=now, updated_at=now, **values)
        self._session.add(row)
        self._session.flush()
        return row
