"""Tables. Every business row is keyed by administrative unit (many communes share one file)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from egov_desktop.db.base import Base


class Unit(Base):
    """An administrative unit this database holds data for (the own unit and, later, communes)."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("catalog", "code", name="uq_unit_catalog_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    catalog: Mapped[str] = mapped_column(String(16))
    code: Mapped[str] = mapped_column(String(8))
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(32))
    province_code: Mapped[str] = mapped_column(String(4))
    province_name: Mapped[str] = mapped_column(String(200))
    district_code: Mapped[str | None] = mapped_column(String(8))
    district_name: Mapped[str | None] = mapped_column(String(200))
    officer_name: Mapped[str | None] = mapped_column(String(200))
    head_name: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime]


class AppSetting(Base):
    """Business settings that belong to the data (backed up and exported with it)."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class AuditEntry(Base):
    """Append-only trail: who changed what, when, from which value to which, and from where."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_unit_at", "unit_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    entity: Mapped[str] = mapped_column(String(64))
    entity_key: Mapped[str] = mapped_column(String(200))
    field: Mapped[str] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(64))


class Sector(Base):
    """A lĩnh vực of a unit's list: seeded from the shipped catalogue, then the unit's own."""

    __tablename__ = "sector"
    __table_args__ = (UniqueConstraint("unit_id", "name_key", name="uq_sector_unit_name_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200))
    position: Mapped[int]
    hidden: Mapped[bool]
    created_at: Mapped[datetime]


class ReportValue(Base):
    """One figure of a report: unit, form, period code, row, column; empty cells have no row."""

    __tablename__ = "report_value"
    __table_args__ = (
        UniqueConstraint(
            "unit_id", "form", "period", "row_key", "col", name="uq_report_value_cell"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    form: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(32))
    row_key: Mapped[str] = mapped_column(String(64))
    col: Mapped[int]
    value: Mapped[int]
    source: Mapped[str] = mapped_column(String(64))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))


class ReportStatus(Base):
    """Where a unit stands with one report: empty, in_progress or done (no row means empty)."""

    __tablename__ = "report_status"
    __table_args__ = (
        UniqueConstraint("unit_id", "form", "period", name="uq_report_status_report"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    form: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))
