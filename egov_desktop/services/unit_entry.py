"""The entry screen's service for one subordinate unit: an office typing a unit's figures.

Some communes do not use the application; the office enters their figures itself. The entry
screen then talks to this object, which is EntryService bound to that unit, and every figure it
stores is marked as typed at the office.

The unit is a row of the office's sheet by unit. For a period before 1 July 2025 a province
office's row of a 2025 commune is the sum of the old communes it took over, which reported
then: the figures are each old commune's, and the screen chooses which one (`choose`).
"""

from __future__ import annotations

from collections.abc import Sequence

from egov_desktop.errors import UserError
from egov_desktop.services import entry_dto as dto
from egov_desktop.services.completeness import CompletenessService
from egov_desktop.services.entry import EntryService
from egov_desktop.services.exchange_dto import CompletenessEntry


class UnitEntry:
    """What the entry screen calls, for the subordinate unit `unit` (a row by unit)."""

    def __init__(
        self, entry: EntryService, unit: str, completeness: CompletenessService | None = None
    ) -> None:
        self._entry = entry
        self._completeness = completeness
        self.unit = unit
        #: The old commune chosen among several (its old code); None: not chosen yet.
        self._chosen: str | None = None
        self._units: dict[str, list[dto.UnitRef]] = {}

    def held(self, *, form: str, period: str) -> CompletenessEntry | None:
        """What the office holds of the unit's `form` for `period`.

        A package (its version and state), figures the office entered itself, or nothing; before
        the reform, which old communes it holds. None when that cannot be told.
        """
        if self._completeness is None:
            return None
        try:
            return self._completeness.entry(self.unit, form, period)
        except UserError:
            return None

    def units(self, period: str) -> list[dto.UnitRef]:
        """Whose report of `period` the figures typed here are: the unit, or its old communes.

        ValidationError when there is none (a 2025 commune no old commune is summed into).
        """
        if period not in self._units:
            self._units[period] = self._entry.row_units(unit=self.unit, period=period)
        return self._units[period]

    def target(self, *, form: str, period: str) -> dto.UnitRef:
        """The unit the figures of `period` go to: among old communes, the one chosen.

        Until one is chosen: the first the office holds nothing of `form` from yet.
        """
        found = self.units(period)
        chosen = next((u for u in found if u.code == self._chosen), None)
        if chosen is not None or len(found) == 1:
            return chosen or found[0]
        held = self.held(form=form, period=period)
        missing = set(held.old_missing) if held is not None else set()
        chosen = next((u for u in found if u.label in missing), found[0])
        self._chosen = chosen.code
        return chosen

    def choose(self, code: str) -> None:
        """Type the figures of the old commune `code` (one of `units`) from now on."""
        self._chosen = code

    def forms(self) -> list[dto.FormInfo]:
        return self._entry.forms()

    def form(self, code: str) -> dto.FormInfo:
        return self._entry.form(code)

    def parse_value(self, text: str) -> int | None:
        return self._entry.parse_value(text)

    def grid(
        self, *, form: str, period: str, mode: str | None = None, adopt_mode: bool = False
    ) -> dto.EntryGrid:
        unit = self.target(form=form, period=period)
        return self._entry.grid(
            form=form,
            period=period,
            mode=mode,
            unit=unit.code,
            catalog=unit.catalog,
            adopt_mode=adopt_mode,
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
        unit = self.target(form=form, period=period)
        return self._entry.set_values(
            changes,
            form=form,
            period=period,
            source=source,
            actor=actor,
            unit=unit.code,
            catalog=unit.catalog,
            adopt_mode=adopt_mode,
        )

    def prefill_carry_over(
        self, *, form: str, period: str, actor: str | None = None, adopt_mode: bool = False
    ) -> list[dto.CellChange]:
        unit = self.target(form=form, period=period)
        return self._entry.prefill_carry_over(
            form=form,
            period=period,
            actor=actor,
            unit=unit.code,
            catalog=unit.catalog,
            adopt_mode=adopt_mode,
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
        warnings: Sequence[str] = (),
    ) -> dto.EntryGrid:
        unit = self.target(form=form, period=period)
        return self._entry.set_status(
            form=form,
            period=period,
            status=status,
            note=note,
            actor=actor,
            unit=unit.code,
            catalog=unit.catalog,
            adopt_mode=adopt_mode,
            warnings=warnings,
        )
