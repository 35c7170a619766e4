"""The days a received package's unit counted its period over (from the package's manifest).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Packages received before: unknown (NULL), never flagged.
    with op.batch_alter_table("received_package") as batch:
        batch.add_column(sa.Column("window_start", sa.Date(), nullable=True))
        batch.add_column(sa.Column("window_end", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("received_package") as batch:
        batch.drop_column("window_end")
        batch.drop_column("window_start")
