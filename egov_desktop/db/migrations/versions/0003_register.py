"""Dossier register and TTHC catalogue.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "procedure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("sector", sa.String(200), nullable=False),
        sa.Column("processing_days", sa.Integer(), nullable=True),
        sa.Column("dvctt_level_old", sa.Integer(), nullable=True),
        sa.Column("dvctt_level_new", sa.String(16), nullable=True),
        sa.Column("has_fee", sa.Boolean(), nullable=False),
        sa.Column("fee", sa.Integer(), nullable=True),
        sa.Column("online_payment", sa.Boolean(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_procedure_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_procedure"),
        sa.UniqueConstraint("unit_id", "code", name="uq_procedure_unit_code"),
    )
    op.create_table(
        "dossier",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(64), nullable=False),
        sa.Column("procedure_code", sa.String(64), nullable=True),
        sa.Column("procedure_name", sa.String(500), nullable=False),
        sa.Column("sector", sa.String(200), nullable=False),
        sa.Column("applicant", sa.String(300), nullable=False),
        sa.Column("contact", sa.String(300), nullable=False),
        sa.Column("lead_agency", sa.String(300), nullable=False),
        sa.Column("channel", sa.String(16), nullable=False),
        sa.Column("received", sa.Date(), nullable=False),
        sa.Column("due", sa.Date(), nullable=True),
        sa.Column("resolved", sa.Date(), nullable=True),
        sa.Column("returned", sa.Date(), nullable=True),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("financial_obligation", sa.Boolean(), nullable=False),
        sa.Column("paid_online", sa.Boolean(), nullable=False),
        sa.Column("components_digitised", sa.Boolean(), nullable=False),
        sa.Column("result_digitised", sa.Boolean(), nullable=False),
        sa.Column("synced", sa.Boolean(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_dossier_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_dossier"),
        sa.UniqueConstraint("unit_id", "code", name="uq_dossier_unit_code"),
    )
    op.create_index("ix_dossier_unit_received", "dossier", ["unit_id", "received"])
    op.create_index("ix_dossier_unit_resolved", "dossier", ["unit_id", "resolved", "received"])
    op.create_index("ix_dossier_unit_sector_status", "dossier", ["unit_id", "sector", "status"])


def downgrade() -> None:
    op.drop_index("ix_dossier_unit_sector_status", table_name="dossier")
    op.drop_index("ix_dossier_unit_resolved", table_name="dossier")
    op.drop_index("ix_dossier_unit_received", table_name="dossier")
    op.drop_table("dossier")
    op.drop_table("procedure")
