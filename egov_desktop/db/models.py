"""Tables. Every business row is keyed by administrative unit (many communes share one file)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)
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
    #: Mã định danh điện tử of the unit's agency (QĐ 766 sheet, column 2), when known.
    agency_code: Mapped[str | None] = mapped_column(String(32))
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


class ReportRow(Base):
    """One row of a report: unit, form, period code, row key, and its figures together.

    `cells` is a JSON object: column number -> [value, source], the source saying where the
    figure came from (typed, pasted, register, package:<unit>:v<n>); an empty cell has no
    member and a row without figures no row. Who stored each figure and when is the audit
    trail's (each change) or the package's receipt. A report's figures are stored a row at a
    time because that is how they are entered and received: an office stores tens of thousands
    per batch of packages. The view `report_value` spreads them one figure per line.
    """

    __tablename__ = "report_row"
    __table_args__ = {"sqlite_with_rowid": False}

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    form: Mapped[str] = mapped_column(String(32), primary_key=True)
    period: Mapped[str] = mapped_column(String(32), primary_key=True)
    row_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    cells: Mapped[str] = mapped_column(Text)


#: The figures one per line, as the view `report_value` (migration 0013) reads `report_row`:
#: what every query summing or listing figures selects from. Read only; outside the models'
#: metadata because it is a view, not a table.
report_value = Table(
    "report_value",
    MetaData(),
    Column("unit_id", Integer),
    Column("form", String(32)),
    Column("period", String(32)),
    Column("row_key", String(64)),
    Column("col", Integer),
    Column("value", Integer),
    Column("source", String(64)),
)


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
    #: The period mode ("cutoff", "calendar") the report's figures were counted in: their
    #: window is that mode's (domain.md §5.1). None: not known (no figure stored with it).
    period_mode: Mapped[str | None] = mapped_column(String(16))


class Procedure(Base):
    """A thủ tục hành chính of the unit's catalogue: its sector, processing time and DVCTT level."""

    __tablename__ = "procedure"
    __table_args__ = (UniqueConstraint("unit_id", "code", name="uq_procedure_unit_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(500))
    sector: Mapped[str] = mapped_column(String(200))
    #: Working days from receipt to the due date; None when the catalogue gives none.
    processing_days: Mapped[int | None]
    #: Mức độ 1–4 of the rules before NĐ 42/2022.
    dvctt_level_old: Mapped[int | None]
    #: "toan_trinh" or "mot_phan" (NĐ 42/2022).
    dvctt_level_new: Mapped[str | None] = mapped_column(String(16))
    has_fee: Mapped[bool]
    fee: Mapped[int | None]
    online_payment: Mapped[bool]
    #: Folded code and name, so that search ignores case and diacritics.
    search_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Dossier(Base):
    """A hồ sơ of the register (domain.md §4.8): what the statistics are computed from."""

    __tablename__ = "dossier"
    __table_args__ = (
        UniqueConstraint("unit_id", "code", name="uq_dossier_unit_code"),
        # Reports read a window of receipts and of resolutions; the register filters by sector.
        # "received" rides in the resolution index so that "closed on or after S, received
        # before S" (carried over) is filtered in the index, without reading each row.
        Index("ix_dossier_unit_received", "unit_id", "received"),
        Index("ix_dossier_unit_resolved", "unit_id", "resolved", "received"),
        Index("ix_dossier_unit_sector_status", "unit_id", "sector", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    code: Mapped[str] = mapped_column(String(64))
    procedure_code: Mapped[str | None] = mapped_column(String(64))
    procedure_name: Mapped[str] = mapped_column(String(500))
    sector: Mapped[str] = mapped_column(String(200))
    applicant: Mapped[str] = mapped_column(String(300))
    contact: Mapped[str] = mapped_column(String(300))
    lead_agency: Mapped[str] = mapped_column(String(300))
    channel: Mapped[str] = mapped_column(String(16))
    #: How the applicant takes the result ("Phương thức nhận kết quả", Mẫu số 07 column 10), as
    #: written: "" when not recorded.
    result_delivery: Mapped[str] = mapped_column(String(100), server_default="")
    received: Mapped[date]
    due: Mapped[date | None]
    #: Resolution date, or the date of withdrawal / return (domain.md §5.2).
    resolved: Mapped[date | None]
    returned: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(32))
    financial_obligation: Mapped[bool]
    paid_online: Mapped[bool]
    components_digitised: Mapped[bool]
    result_digitised: Mapped[bool]
    synced: Mapped[bool]
    #: Digitised components reused from earlier dossiers (QĐ 766 mức độ số hóa, column 6) and,
    #: of those, taken from the national portal (column 7).
    components_reused: Mapped[bool] = mapped_column(server_default=false())
    components_reused_national: Mapped[bool] = mapped_column(server_default=false())
    note: Mapped[str] = mapped_column(Text)
    #: Folded code, applicant and procedure: "nguyen van an" finds "Nguyễn Văn An".
    search_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class RegisterRevision(Base):
    """How many writes a unit's register has had: grows with each one, whatever the clock says.

    A cached count or a plan made outside the writing transaction is the register's while
    this reads the same. The dossiers' own (count, max id, max updated_at) miss an edit made
    while the clock is set back and a delete followed by an add that reuses the id.
    """

    __tablename__ = "register_revision"

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), primary_key=True)
    revision: Mapped[int]


class ProcedureDvc(Base):
    """A procedure's DVCTT facts for one period, so that history by period is kept."""

    __tablename__ = "procedure_dvc"
    __table_args__ = (
        UniqueConstraint(
            "unit_id", "procedure_code", "period", name="uq_procedure_dvc_unit_code_period"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    procedure_code: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(32))
    dvctt_level_old: Mapped[int | None]
    dvctt_level_new: Mapped[str | None] = mapped_column(String(16))
    has_fee: Mapped[bool]
    online_payment: Mapped[bool]
    fee: Mapped[int | None]
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))


class TargetFigure(Base):
    """A unit's figure for an IT-application indicator in one period (typed or computed)."""

    __tablename__ = "target_figure"
    __table_args__ = (
        UniqueConstraint(
            "unit_id", "indicator", "period", name="uq_target_figure_unit_indicator_period"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    indicator: Mapped[str] = mapped_column(String(64))
    period: Mapped[str] = mapped_column(String(32))
    numerator: Mapped[int]
    #: None for a count indicator.
    denominator: Mapped[int | None]
    #: "typed" or "computed".
    source: Mapped[str] = mapped_column(String(16))
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))


class SentPackage(Base):
    """A package the commune wrote, and the office's reply once imported."""

    __tablename__ = "sent_package"
    __table_args__ = (
        UniqueConstraint("package_id", name="uq_sent_package_package_id"),
        UniqueConstraint("unit_id", "version", name="uq_sent_package_unit_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    package_id: Mapped[str] = mapped_column(String(64))
    #: Per unit, only grows.
    version: Mapped[int]
    #: "report" or "correction".
    kind: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(32))
    #: Form codes, comma-separated.
    forms: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    officer: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    file_name: Mapped[str] = mapped_column(String(300))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    #: "receipt" or "return" once the office's reply is imported.
    reply_kind: Mapped[str | None] = mapped_column(String(16))
    reply_at: Mapped[datetime | None]
    reply_reason: Mapped[str | None] = mapped_column(Text)


class ReportLock(Base):
    """A sent report is locked; reopening it needs a reason and makes the next send a correction."""

    __tablename__ = "report_lock"
    __table_args__ = (
        UniqueConstraint("unit_id", "form", "period", name="uq_report_lock_unit_form_period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    form: Mapped[str] = mapped_column(String(32))
    period: Mapped[str] = mapped_column(String(32))
    #: The package version that last sent the report.
    version: Mapped[int]
    locked: Mapped[bool]
    reopen_reason: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(200))


class ReceivedPackage(Base):
    """A package an office read: imported, queued behind an accepted period, accepted, returned."""

    __tablename__ = "received_package"
    __table_args__ = (
        UniqueConstraint("package_id", name="uq_received_package_package_id"),
        Index("ix_received_package_unit_period", "unit_id", "period"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"))
    package_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int]
    kind: Mapped[str] = mapped_column(String(16))
    period: Mapped[str] = mapped_column(String(32))
    forms: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    received_at: Mapped[datetime]
    officer: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    payload_sha256: Mapped[str] = mapped_column(String(64))
    #: "imported", "queued", "accepted", "returned" or "superseded".
    state: Mapped[str] = mapped_column(String(16))
    #: Copy kept in the data folder while the package waits as an update request.
    stored_file: Mapped[str | None] = mapped_column(String(300))
    changed: Mapped[int]
    #: The days the unit counted the period over (None: received before this was kept).
    window_start: Mapped[date | None] = mapped_column(default=None)
    window_end: Mapped[date | None] = mapped_column(default=None)
    reply_reason: Mapped[str | None] = mapped_column(Text)
    replied_at: Mapped[datetime | None]
