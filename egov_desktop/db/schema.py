"""The newest schema revision shipped with this build (checked against Alembic by a test)."""

HEAD_REVISION = "0013"
