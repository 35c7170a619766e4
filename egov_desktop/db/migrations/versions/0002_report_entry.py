"""Report entry: the unit's sectors, report figures and report status.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sector",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("name_key", sa.String(200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_sector_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_sector"),
        sa.UniqueConstraint("unit_id", "name_key", name="uq_sector_unit_name_key"),
    )
    op.create_table(
        "report_value",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(32), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("row_key", sa.String(64), nullable=False),
        sa.Column("col", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_report_value_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_report_value"),
        sa.UniqueConstraint(
            "unit_id", "form", "period", "row_key", "col", name="uq_report_value_cell"
        ),
    )
    op.create_table(
        "report_status",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(32), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_report_status_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_report_status"),
        sa.UniqueConstraint("unit_id", "form", "period", name="uq_report_status_report"),
    )


def downgrade() -> None:
    op.drop_table("report_status")
    op.drop_table("report_value")
    op.drop_table("sector")
