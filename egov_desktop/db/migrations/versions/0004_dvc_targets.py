"""DVCTT levels per period and IT-application target figures.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "procedure_dvc",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("procedure_code", sa.String(64), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("dvctt_level_old", sa.Integer(), nullable=True),
        sa.Column("dvctt_level_new", sa.String(16), nullable=True),
        sa.Column("has_fee", sa.Boolean(), nullable=False),
        sa.Column("online_payment", sa.Boolean(), nullable=False),
        sa.Column("fee", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_procedure_dvc_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_procedure_dvc"),
        sa.UniqueConstraint(
            "unit_id", "procedure_code", "period", name="uq_procedure_dvc_unit_code_period"
        ),
    )
    op.create_table(
        "target_figure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("indicator", sa.String(64), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("numerator", sa.Integer(), nullable=False),
        sa.Column("denominator", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_target_figure_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_target_figure"),
        sa.UniqueConstraint(
            "unit_id", "indicator", "period", name="uq_target_figure_unit_indicator_period"
        ),
    )


def downgrade() -> None:
    op.drop_table("target_figure")
    op.drop_table("procedure_dvc")
