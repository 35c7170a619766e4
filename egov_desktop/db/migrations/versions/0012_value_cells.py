"""Report figures keyed by their cell alone (a table without a row id), who and when apart.

Each figure was a row id plus a unique index on its cell: two B-trees written per figure. An
office stores tens of thousands of figures per batch of packages; keyed by the cell, each is
written once. The figures are copied with their source. Who stored each and when was written
twice: the audit trail has every change typed, pasted or recounted with its officer and time,
and a package's figures name their package version, whose receipt has both; the copies in the
figures' rows (never read) are not kept.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_COLUMNS = "unit_id, form, period, row_key, col, value, source"


def _columns() -> list[sa.Column[object]]:
    return [
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(32), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("row_key", sa.String(64), nullable=False),
        sa.Column("col", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "report_value_new",
        *_columns(),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_report_value_unit_id_unit"),
        sa.PrimaryKeyConstraint(
            "unit_id", "form", "period", "row_key", "col", name="pk_report_value"
        ),
        sqlite_with_rowid=False,
    )
    op.execute(f"INSERT INTO report_value_new ({_COLUMNS}) SELECT {_COLUMNS} FROM report_value")
    op.drop_table("report_value")
    op.rename_table("report_value_new", "report_value")


def downgrade() -> None:
    op.create_table(
        "report_value_old",
        sa.Column("id", sa.Integer(), nullable=False),
        *_columns(),
        # Not kept by the upgrade: the time of the downgrade and the trail's name for it.
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_report_value_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_report_value"),
        sa.UniqueConstraint(
            "unit_id", "form", "period", "row_key", "col", name="uq_report_value_cell"
        ),
    )
    op.execute(
        f"INSERT INTO report_value_old ({_COLUMNS}, updated_at, updated_by)"
        f" SELECT {_COLUMNS}, datetime('now', 'localtime'), '' FROM report_value"
    )
    op.drop_table("report_value")
    op.rename_table("report_value_old", "report_value")
