"""The unit's business settings that many use cases read."""

from __future__ import annotations

from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain.periods import MODE_CUTOFF


def period_mode(uow: UnitOfWork) -> str:
    """The unit's period mode (domain.md §5.1): NĐ 09/2019 cut-off unless set otherwise."""
    return uow.settings.get("period_mode") or MODE_CUTOFF
