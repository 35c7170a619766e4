"""Alembic environment: always runs on the connection handed over by egov_desktop.db.migrate."""

from alembic import context

from egov_desktop.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Migrations run only through egov_desktop.db.migrate.upgrade()")

# The caller holds one BEGIN IMMEDIATE transaction around every revision, so a crash midway
# leaves the database at the previous revision.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transactional_ddl=True,
)
context.run_migrations()
