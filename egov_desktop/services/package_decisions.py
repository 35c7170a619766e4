"""The office's earlier choices on conflicting figures, read back from the audit trail.

When the office keeps its own figure against a package's, the package's value is recorded as
declined. A later version of the same unit and period that brings that very value again asks
nothing: the office's figure stays as decided, and the decline is recorded again for the new
version. A package bringing another value, or an office figure changed since the choice, is a
question again: only the very same question is not asked twice.
"""

from __future__ import annotations

from collections.abc import Sequence

from egov_desktop.db.models import AuditEntry
from egov_desktop.db.uow import UnitOfWork
from egov_desktop.services import entry_dto
from egov_desktop.services import exchange_dto as dto

#: Audit entity of a package's figure the office declined, keeping its own.
DECLINED = "declined_value"
#: Audit entity of a stored figure that changed (typed at the office or written by a package).
VALUE = "report_value"

#: (the change, the office's row key or None for a row still to create): a planned change.
Planned = tuple[dto.ValueChange, str | None]


def decided_before(
    uow: UnitOfWork, unit_id: int, period: str, planned: Sequence[Planned]
) -> dict[str, dto.DecidedBefore]:
    """Key -> earlier choice, for the conflicts of `planned` the office has already decided.

    A cell is decided when the latest event of its history is the office declining this very
    package value while keeping the figure it holds now: any later change of the figure (typed,
    or a package's value taken) leaves a newer entry, and the question is asked again.
    """
    wanted: dict[tuple[str, str], dto.ValueChange] = {
        (f"{change.form}|{period}|{local}", f"col{change.column}"): change
        for change, local in planned
        if change.conflict and local is not None
    }
    if not wanted:
        return {}
    prefixes = sorted({f"{change.form}|{period}|" for change in wanted.values()})
    history: dict[tuple[str, str], list[AuditEntry]] = {}
    for entry in uow.audit.history(unit_id, (VALUE, DECLINED), prefixes):
        cell = (entry.entity_key, entry.field)
        if cell in wanted:
            history.setdefault(cell, []).append(entry)
    found: dict[str, dto.DecidedBefore] = {}
    for cell, change in wanted.items():
        asked = (_text(change.old), _text(change.new))
        first: AuditEntry | None = None
        # The same choice repeated by versions that brought the value again: the first of
        # them is when the office chose.
        for entry in reversed(history.get(cell, [])):
            if entry.entity != DECLINED or (entry.old_value, entry.new_value) != asked:
                break
            first = entry
        if first is None:
            continue
        sent = entry_dto.package_version(first.source)
        found[change.key] = dto.DecidedBefore(change, None if sent is None else sent[1], first.at)
    return found


def _text(value: int | None) -> str | None:
    """A figure as the audit trail records it."""
    return None if value is None else str(value)
