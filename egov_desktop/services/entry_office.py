"""What an aggregating office reads over its subordinate units' reports of one form and period.

Each unit's column totals (the rows of II.06a-agg, a pre-reform commune summed into its 2025
successor), each sector's totals, and the warnings a summing sheet must carry when some units
counted in another period mode. They only read, and never the office's own report: EntryService
hands them to OfficeTotals so that entry.py keeps the use cases of one report.
"""

from __future__ import annotations

from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.forms import ROWS_SECTORS
from egov_desktop.domain.period_modes import aggregated_other_mode
from egov_desktop.domain.periods import Period
from egov_desktop.domain.units import LEVEL_COMMUNE
from egov_desktop.errors import ValidationError
from egov_desktop.services import entry_dto as dto
from egov_desktop.services.exchange_dto import RETURNED
from egov_desktop.services.lineage import successor, unit_label
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.sectors import own_unit_id, report_order
from egov_desktop.services.unit_settings import period_mode


class OfficeTotals:
    """The office's sums over its units' stored figures of one report."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def aggregated(self, *, form: str, period: str) -> list[dto.UnitTotals]:
        """Each subordinate unit's column totals of one report (the office's II.06a-agg rows)."""
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            own = own_unit_id(uow)
            office = uow.units.get(own)
            assert office is not None
            totals = uow.values.totals_by_unit(spec.code, code.code, own)
            sources = uow.values.sources_by_unit(spec.code, code.code, own)
        rows: dict[str, dto.UnitTotals] = {}
        for unit, values in totals:
            found = successor(unit.code) if unit.catalog != office.catalog else None
            entered = dto.entered_kind(sources.get(unit.id, set()))
            if found is None:
                key = unit.code
                row = dto.UnitTotals(unit.code, unit.name, unit.level, values, entered=entered)
            else:
                # A pre-reform commune at a 2025 office: summed into its successor.
                part = "" if found.whole else " (một phần)"
                key = found.code
                row = dto.UnitTotals(
                    found.code,
                    found.name,
                    LEVEL_COMMUNE,
                    values,
                    (f"{unit.code} {unit.name}{part}",),
                    entered,
                )
            held = rows.get(key)
            if held is not None:
                merged = {
                    c: held.values.get(c, 0) + row.values.get(c, 0)
                    for c in {*held.values, *row.values}
                }
                kinds = {k for k in (held.entered, row.entered) if k is not None}
                either = dto.entered_kind(kinds)  # typed by the office wins over read from Excel
                row = dto.UnitTotals(
                    key, row.name, row.level, merged, held.lineage + row.lineage, either
                )
            rows[key] = row
        return [rows[key] for key in sorted(rows)]

    def sector_totals(self, *, form: str, period: str) -> list[dto.SectorTotals]:
        """Each sector's column totals over the subordinate units (sectors matched by name)."""
        spec, code = find_form(form), Period.parse(period)
        if spec.row_kind != ROWS_SECTORS:
            raise ValidationError(messages.UNKNOWN_FORM.format(code=form, known="II.06a"))
        with self._uow() as uow:
            own = own_unit_id(uow)
            order = report_order(uow)
            sums = uow.values.sector_sums(spec.code, code.code, own)
        return [
            dto.SectorTotals(name, values)
            for name, values in sorted(sums, key=lambda s: order(s[0]))
        ]

    def sheet_warnings(self, *, form: str, period: str, mode: str | None = None) -> list[str]:
        """What an office's sheet summing its units' `form` figures must say about them.

        The units counted in another period mode than `mode` (`_mode_warnings`), and the units
        whose figures come from a package the office returned and no correction has replaced:
        the sheet still sums both, it is the office's to decide.
        """
        return [
            *self._mode_warnings(form=form, period=period, mode=mode),
            *self._returned_warnings(form=form, period=period),
        ]

    def _mode_warnings(self, *, form: str, period: str, mode: str | None = None) -> list[str]:
        """What an office's sheet summing its units' `form` figures must say about modes.

        One warning per other period mode than `mode` (the office's by default) that some
        units' figures were counted in (a package counted in the unit's own mode, or figures
        kept from before the office changed its mode), naming those units. The sheet still
        sums them: it is the office's to decide (domain.md §5.1).
        """
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            current = period_mode(uow)
            own = own_unit_id(uow)
            office = uow.units.get(own)
            assert office is not None
            held = uow.values.holder_modes(spec.code, code.code, own)
        used = mode or current
        others: dict[str, list[str]] = {}
        for unit, recorded in held:
            counted = recorded or current
            if counted != used:
                label = unit_label(unit.name, unit.code, unit.catalog, office.catalog)
                others.setdefault(counted, []).append(label)
        return [
            aggregated_other_mode(spec.code, code, used, other, units)
            for other, units in sorted(others.items())
        ]

    def _returned_warnings(self, *, form: str, period: str) -> list[str]:
        """One warning naming the units whose held figures of `form` the office returned."""
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            own = own_unit_id(uow)
            office = uow.units.get(own)
            assert office is not None
            units = {u.id: u for u in uow.values.holders(spec.code, code.code, own)}
            received = uow.received_packages.for_units(list(units), [code.code])
        # A newer package supersedes a returned one: a row still "returned" is the one whose
        # figures the office holds.
        returned = sorted(
            (r for r in received if r.state == RETURNED and spec.code in r.forms.split(",")),
            key=lambda r: (units[r.unit_id].catalog != office.catalog, units[r.unit_id].code),
        )
        if not returned:
            return []
        # The office often returns several units for one reason: it is said once for them.
        by_reason: dict[str, list[str]] = {}
        for r in returned:
            unit = units[r.unit_id]
            named = messages.RETURNED_UNIT.format(
                unit=unit_label(unit.name, unit.code, unit.catalog, office.catalog),
                version=r.version,
                at="?" if r.replied_at is None else f"{r.replied_at:%H:%M %d/%m/%Y}",
            )
            # The sentence ends the reason: its own full stop would double it.
            reason = " ".join((r.reply_reason or "").split()).rstrip(".;, ")
            by_reason.setdefault(reason, []).append(named)
        reasons = " ".join(
            (messages.RETURNED_FOR if reason else messages.RETURNED_NO_REASON).format(
                reason=reason, units="; ".join(named)
            )
            for reason, named in by_reason.items()
        )
        return [
            messages.AGGREGATE_RETURNED.format(
                form=spec.code, period=code.in_sentence, count=len(returned), reasons=reasons
            )
        ]
