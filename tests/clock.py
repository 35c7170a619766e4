"""An audit entry recorded at a chosen moment: what a clock set back is checked against."""

from __future__ import annotations

from datetime import datetime

from egov_desktop.bootstrap import Services


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
