"""The entry screen's service for one subordinate unit: an office typing a unit's figures.

Some communes do not use the application; the office enters their figures itself. The entry
screen then talks to this object, which is EntryService bound to that unit, and every figure it
stores is marked as typed at the office.
"""

from __future__ import annotations

from collections.abc import Sequence

from egov_desktop.errors import UserError
from egov_desktop.services import entry_dto as dto
from egov_desktop.services.completeness import CompletenessService
from egov_desktop.services.entry import EntryService
from egov_desktop.services.exchange_dto import CompletenessEntry


class UnitEntry:
    """What the entry screen calls, for the subordinate unit `unit`."""

    def __init__(
        self, entry: EntryService, unit: str, completeness: CompletenessService | None = None
    ) -> None:
        self._entry = entry
        self._completeness = completeness
        self.unit = unit

    def held(self, *, form: str, period: str) -> CompletenessEntry | None:
        """What the office holds of the unit's `form` for `period`.

        A package (its version and state), figures the office entered itself, or nothing; None
        when that cannot be told.
        """
        if self._completeness is None:
            return None
        try:
            return self._completeness.entry(self.unit, form, period)
        except UserError:
            return None

    def forms(self) -> list[dto.FormInfo]:
        return self._entry.forms()

    def form(self, code: str) -> dto.FormInfo:
        return self._entry.form(code)

    def parse_value(self, text: str) -> int | None:
        return self._entry.parse_value(text)

    def grid(
        self, *, form: str, period: str, mode: str | None = None, adopt_mode: bool = False
    ) -> dto.EntryGrid:
        return self._entry.grid(
            form=form, period=period, mode=mode, unit=self.unit, adopt_mode=adopt_mode
        )

    def set_values(
        self,
        changes: Sequence[tuple[int, int, int | None]],
        *,
        form: str,
        period: str,
        source: str = dto.SOURCE_TYPED,
        actor: str | None = None,
        adopt_mode: bool = False,
    ) -> list[dto.CellChange]:
        return self._entry.set_values(
            changes,
            form=form,
            period=period,
            source=source,
            actor=actor,
            unit=self.unit,
            adopt_mode=adopt_mode,
        )

    def prefill_carry_over(
        self, *, form: str, period: str, actor: str | None = None, adopt_mode: bool = False
    ) -> list[dto.CellChange]:
        return self._entry.prefill_carry_over(
            form=form, period=period, actor=actor, unit=self.unit, adopt_mode=adopt_mode
        )

    def set_status(
        self,
        *,
        form: str,
        period: str,
        status: str,
        note: str = "",
        actor: str | None = None,
        adopt_mode: bool = False,
    ) -> dto.EntryGrid:
        return self._entry.set_status(
            form=form,
            period=period,
            status=status,
            note=note,
            actor=actor,
            unit=self.unit,
            adopt_mode=adopt_mode,
        )
