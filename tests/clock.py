"""The computer's clock set back: audit entries recorded at a chosen moment, register writes."""

from __future__ import annotations

from datetime import datetime, tzinfo

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.db import register_repositories


def record_at(services: Services, at: datetime, unit_id: int | None = None) -> None:
    """One entry of the audit trail, dated `at`, for `unit_id` (None: no unit)."""
    with services.database.uow() as uow:
        uow.audit.record(
            actor="Nguyễn Văn An",
            unit_id=unit_id,
            entity="setting",
            entity_key="officer",
            field="value",
            old_value=None,
            new_value="x",
            source="test",
            at=at,
        )


def register_clock_at(monkeypatch: pytest.MonkeyPatch, at: datetime) -> None:
    """The register's writes from now on read the computer's clock as `at` (a dead CMOS battery)."""

    class _Clock(datetime):
        @classmethod
        def now(cls, tz: tzinfo | None = None) -> _Clock:
            return cls.combine(at.date(), at.time())

    monkeypatch.setattr(register_repositories, "datetime", _Clock)
