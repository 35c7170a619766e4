"""A revision number per unit's register, raised by every write to its dossiers.

What the register counted, and an import planned, stand while the register is unchanged. The
dossiers' own count, newest id and newest change miss an edit made while the computer's clock
is set back, and a dossier deleted then added again under the same id.

Existing registers start with no row: revision 0 until their first write.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_revision",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_register_revision_unit_id_unit"),
        sa.PrimaryKeyConstraint("unit_id", name="pk_register_revision"),
    )


def downgrade() -> None:
    op.drop_table("register_revision")
