"""Report figures stored a row at a time: one row per report row, its figures together.

Each figure was a row of its own; an office stores tens of thousands per batch of packages
(30 sectors of 11 columns per commune), and writing them one by one was most of an import's
time after reading the files. A report row's figures now sit together in `report_row.cells`,
a JSON object: column number -> [value, source]. The view `report_value` spreads them one
figure per line with the columns the table had, for every query that sums or lists figures.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_VIEW = (
    "CREATE VIEW report_value AS SELECT r.unit_id AS unit_id, r.form AS form,"
    " r.period AS period, r.row_key AS row_key, CAST(c.key AS INTEGER) AS col,"
    " json_extract(c.value, '$[0]') AS value, json_extract(c.value, '$[1]') AS source"
    " FROM report_row AS r, json_each(r.cells) AS c"
)
_COLUMNS = "unit_id, form, period, row_key, col, value, source"


def upgrade() -> None:
    op.create_table(
        "report_row",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(32), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("row_key", sa.String(64), nullable=False),
        sa.Column("cells", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_report_row_unit_id_unit"),
        sa.PrimaryKeyConstraint("unit_id", "form", "period", "row_key", name="pk_report_row"),
        sqlite_with_rowid=False,
    )
    op.execute(
        "INSERT INTO report_row (unit_id, form, period, row_key, cells)"
        " SELECT unit_id, form, period, row_key,"
        " json_group_object(CAST(col AS TEXT), json_array(value, source))"
        " FROM (SELECT * FROM report_value ORDER BY unit_id, form, period, row_key, col)"
        " GROUP BY unit_id, form, period, row_key"
    )
    op.drop_table("report_value")
    op.execute(_VIEW)


def downgrade() -> None:
    op.create_table(
        "report_value_old",
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("form", sa.String(32), nullable=False),
        sa.Column("period", sa.String(32), nullable=False),
        sa.Column("row_key", sa.String(64), nullable=False),
        sa.Column("col", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["unit.id"], name="fk_report_value_unit_id_unit"),
        sa.PrimaryKeyConstraint(
            "unit_id", "form", "period", "row_key", "col", name="pk_report_value"
        ),
        sqlite_with_rowid=False,
    )
    op.execute(f"INSERT INTO report_value_old ({_COLUMNS}) SELECT {_COLUMNS} FROM report_value")
    op.execute("DROP VIEW report_value")
    op.drop_table("report_row")
    op.rename_table("report_value_old", "report_value")
