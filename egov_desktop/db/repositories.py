"""Query functions bound to one transaction; they never commit and never open a session."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from egov_desktop.db.models import AppSetting, AuditEntry, Unit


class SettingRepository:
    """Key/value business settings."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, key: str) -> str | None:
        row = self._session.get(AppSetting, key)
        return None if row is None else row.value

    def all(self) -> dict[str, str]:
        return {row.key: row.value for row in self._session.scalars(select(AppSetting))}

    def set(self, key: str, value: str) -> str | None:
        """Store `value` under `key`; return the previous value."""
        row = self._session.get(AppSetting, key)
        if row is None:
            self._session.add(AppSetting(key=key, value=value))
            return None
        old = row.value
        row.value = value
        return old


class UnitRepository:
    """Administrative units held in this database."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def get(self, unit_id: int) -> Unit | None:
        return self._session.get(Unit, unit_id)

    def find(self, catalog: str, code: str) -> Unit | None:
        return self._session.scalars(
            select(Unit).where(Unit.catalog == catalog, Unit.code == code)
        ).first()

    def find_many(self, catalog: str, codes: Iterable[str]) -> list[Unit]:
        """The units of `catalog` among `codes` this database holds."""
        wanted = sorted(set(codes))
        if not wanted:
            return []
        return list(
            self._session.scalars(
                select(Unit).where(Unit.catalog == catalog, Unit.code.in_(wanted))
            )
        )

    def add(self, unit: Unit) -> Unit:
        self._session.add(unit)
        self._session.flush()
        return unit

    def add_many(self, units: Sequence[Unit]) -> None:
        """Add units in one flush (their ids are set afterwards)."""
        self._session.add_all(units)
        self._session.flush()


class AuditRepository:
    """The append-only audit trail."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def record(
        self,
        *,
        actor: str,
        unit_id: int | None,
        entity: str,
        entity_key: str,
        field: str,
        old_value: str | None,
        new_value: str | None,
        source: str,
        at: datetime | None = None,
    ) -> None:
        self._session.add(
            AuditEntry(
                at=at or datetime.now(),
                # One person is one actor however the name was typed (composed or not).
                actor=unicodedata.normalize("NFC", actor),
                unit_id=unit_id,
                entity=entity,
                entity_key=entity_key,
                field=field,
                old_value=old_value,
                new_value=new_value,
                source=source,
            )
        )

    def record_many(self, rows: Sequence[Mapping[str, Any]]) -> None:
        """Append many entries (keys as in `record`, `at` included) in one executemany."""
        if not rows:
            return
        # Raw executemany: an office's batch writes tens of thousands of rows.
        names = ("unit_id", "entity", "entity_key", "field", "old_value", "new_value")
        self._session.connection().exec_driver_sql(
            "INSERT INTO audit_entry (at, actor, unit_id, entity, entity_key, field, old_value,"
            " new_value, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    row["at"].isoformat(sep=" ", timespec="microseconds"),
                    unicodedata.normalize("NFC", row["actor"]),
                    *(row[name] for name in names),
                    row["source"],
                )
                for row in rows
            ],
        )

    def history(
        self, unit_id: int, entities: Sequence[str], key_prefixes: Sequence[str]
    ) -> list[AuditEntry]:
        """One unit's entries of `entities` whose key starts with one of `key_prefixes`.

        Oldest first (in the order they were recorded).
        """
        if not entities or not key_prefixes:
            return []
        query = (
            select(AuditEntry)
            .where(
                AuditEntry.unit_id == unit_id,
                AuditEntry.entity.in_(entities),
                or_(*(AuditEntry.entity_key.startswith(p, autoescape=True) for p in key_prefixes)),
            )
            .order_by(AuditEntry.id)
        )
        return list(self._session.scalars(query))

    def recent(self, limit: int = 100) -> list[AuditEntry]:
        return list(
            self._session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit))
        )

    def latest_at(self) -> datetime | None:
        """The newest moment the trail holds; None when it is empty.

        The greatest `at`, not the last row's: once an edit was made under a clock set back,
        the last row carries the wrong moment and would hide that the clock is still wrong.
        `max(at)` over the whole table reads every entry of the (unit_id, at) index, since
        `at` is not its first column; asked unit by unit (and for the rows of no unit), each
        maximum is one seek to the end of that unit's part of the index, so the cost follows
        the number of units, not the length of the trail.
        """
        per_unit = (
            select(func.max(AuditEntry.at))
            .where(AuditEntry.unit_id == Unit.id)
            .correlate(Unit)
            .scalar_subquery()
        )
        of_units = self._session.scalar(select(func.max(per_unit)).select_from(Unit))
        of_none = self._session.scalar(
            select(func.max(AuditEntry.at)).where(AuditEntry.unit_id.is_(None))
        )
        found = [at for at in (of_units, of_none) if at is not None]
        return max(found) if found else None
