"""The entry screen's service for one subordinate unit: an office typing a unit's figures.

Some communes do not use the application; the office enters their figures itself. The entry
screen then talks to this object, which is EntryService bound to that unit, and every figure it
stores is marked as typed at the office.
"""

from __future__ import annotations

from collections.abc import Sequence

from egov_desktop.services import entry_dto as dto
from egov_desktop.services.entry import EntryService


class UnitEntry:
    """What the entry screen calls, for the subordinate unit `unit`."""

    def __init__(self, entry: EntryService, unit: str) -> None:
        self._entry = entry
        self.unit = unit

    def forms(self) -> list[dto.FormInfo]:
        return self._entry.forms()

    def form(self, code: str) -> dto.FormInfo:
        return self._entry.form(code)

    def parse_value(self, text: str) -> int | None:
        return self._entry.parse_value(text)

    def grid(self, *, form: str, period: str, mode: str | None = None) -> dto.EntryGrid:
        return self._entry.grid(form=form, period=period, mode=mode, unit=self.unit)

    def set_values(
        self,
        changes: Sequence[tuple[int, int, int | None]],
        *,
        form: str,
        period: str,
        source: str = dto.SOURCE_TYPED,
        actor: str | None = None,
    ) -> list[dto.CellChange]:
        return self._entry.set_values(
            changes, form=form, period=period, source=source, actor=actor, unit=self.unit
        )

    def prefill_carry_over(
        self, *, form: str, period: str, actor: str | None = None
    ) -> list[dto.CellChange]:
        return self._entry.prefill_carry_over(form=form, period=period, actor=actor, unit=self.unit)

    def set_status(
        self, *, form: str, period: str, status: str, note: str = "", actor: str | None = None
    ) -> dto.EntryGrid:
        return self._entry.set_status(
            form=form, period=period, status=status, note=note, actor=actor, unit=self.unit
        )
