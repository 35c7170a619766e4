"""Dossiers whose digitised components were reused (QĐ 766 mức độ số hóa, columns 6 and 7).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Dossiers recorded before the fields existed did not say: counted as not reused.
    with op.batch_alter_table("dossier") as batch:
        batch.add_column(
            sa.Column("components_reused", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(
            sa.Column(
                "components_reused_national",
                sa.Boolean(),
                nullable=False,
                server_default=sa.false(),
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        batch.drop_column("components_reused_national")
        batch.drop_column("components_reused")
