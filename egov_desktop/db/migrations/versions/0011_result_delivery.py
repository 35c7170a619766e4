"""How the applicant takes the result (Sổ theo dõi hồ sơ, Mẫu số 07, column 10).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Dossiers recorded before the field existed did not say: printed blank, as before.
    with op.batch_alter_table("dossier") as batch:
        batch.add_column(
            sa.Column("result_delivery", sa.String(100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("dossier") as batch:
        batch.drop_column("result_delivery")
