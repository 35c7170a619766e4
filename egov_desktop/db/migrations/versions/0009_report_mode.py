"""The period mode a report's figures were counted in (report_status.period_mode).

A report's figures hold for the window of the mode in force when they were stored (domain.md
§5.1); from now on every path that stores them records that mode beside the report's status.

Reports stored before did not say. They are taken to be in the unit's current `period_mode`
setting (cutoff when the setting is unset): until now the application refused to store a
report in any other mode than the unit's, so that is the mode they were counted in unless the
unit's mode was changed since, which nothing recorded. At an office the rows of its units'
reports get the same backfill (the office's setting): the days each package counted over stay
in received_package's window either way.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("report_status") as batch:
        batch.add_column(sa.Column("period_mode", sa.String(16), nullable=True))
    op.execute(
        "UPDATE report_status SET period_mode = COALESCE("
        "NULLIF((SELECT value FROM app_setting WHERE key = 'period_mode'), ''), 'cutoff')"
    )


def downgrade() -> None:
    with op.batch_alter_table("report_status") as batch:
        batch.drop_column("period_mode")
