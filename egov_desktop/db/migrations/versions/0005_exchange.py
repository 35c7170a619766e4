"""Data packages: what a commune sent and the locks on sent reports; what an office received.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sent_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("forms", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("reply_kind", sa.String(16), nullable=True),
        sa.Column("reply_at", sa.DateTime(), nullable=True),
        sa.Column("reply_reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_sent_package_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_sent_package"),
        sa.UniqueConstraint("package_id", name="uq_sent_package_package_id"),
        sa.UniqueConstraint("unit_id", "version", name="uq_sent_package_unit_version"),
    )
    op.create_table(
        "report_lock",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(32), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("locked", sa.Boolean(), nullable=False),
        sa.Column("reopen_reason", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(200), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_report_lock_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_report_lock"),
        sa.UniqueConstraint("unit_id", "form", "period", name="uq_report_lock_unit_form_period"),
    )
    op.create_table(
        "received_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("package_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("forms", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("officer", sa.String(200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("payload_sha256", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("stored_file", sa.String(300), nullable=True),
        sa.Column("changed", sa.Integer(), nullable=False),
        sa.Column("reply_reason", sa.Text(), nullable=True),
        sa.Column("replied_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_received_package_unit_id_unit"),
        sa.PrimaryKeyConstraint("id", name="pk_received_package"),
        sa.UniqueConstraint("package_id", name="uq_received_package_package_id"),
    )
    op.create_index("ix_received_package_unit_period", "received_package", ["unit_id", "period"])


def downgrade() -> None:
    op.drop_index("ix_received_package_unit_period", table_name="received_package")
    op.drop_table("received_package")
    op.drop_table("report_lock")
    op.drop_table("sent_package")
