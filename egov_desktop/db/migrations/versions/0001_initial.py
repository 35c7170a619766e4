"""Initial schema: units, business settings, audit trail.

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("catalog", sa.String(16), nullable=False),
        sa.Column("code", sa.String(8), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("province_code", sa.String(4), nullable=False),
        sa.Column("province_name", sa.String(200), nullable=False),
        sa.Column("district_code", sa.String(8), nullable=True),
        sa.Column("district_name", sa.String(200), nullable=True),
        sa.Column("officer_name", sa.String(200), nullable=True),
        sa.Column("head_name", sa.String(200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_unit"),
        sa.UniqueConstraint("catalog", "code", name="uq_unit_catalog_code"),
    )
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_app_setting"),
    )
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(200), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=True),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_key", sa.String(200), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("source", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_audit_entry_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_audit_entry"),
    )
    op.create_index("ix_audit_entry_unit_at", "audit_entry", ["unit_id", "at"])


def downgrade() -> None:
    op.drop_index("ix_audit_entry_unit_at", table_name="audit_entry")
    op.drop_table("audit_entry")
    op.drop_table("app_setting")
    op.drop_table("unit")
