"""Report entry: the use cases of one report, as the entry screen and the CLI call them.

EntryService reads a report's grid and checks, stores figures (typed, pasted, carried over) and
moves the report's status, each edit one audited transaction; it also lists the unit's reports
due (todo). How a report is read into a sheet is entry_sheet's, how its figures and status are
written entry_write's, and the office's sums over its units entry_office's: this module checks
what it is given, decides what each use case reads and writes, and in which period mode.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.forms import deadline_days
from egov_desktop.domain.periods import MODES, Period, period_containing
from egov_desktop.domain.validation import (
    check_column,
    check_value,
    clean_note,
    completion_refusal,
    parse_value,
    previous_period,
)
from egov_desktop.errors import ValidationError
from egov_desktop.services import entry_dto as dto
from egov_desktop.services.entry_carry import carried
from egov_desktop.services.entry_office import OfficeTotals
from egov_desktop.services.entry_sheet import (
    named_row,
    read_report,
    refuse_report_mode,
    report_grid,
    sheet_rows,
)
from egov_desktop.services.entry_units import own_unit, typed_unit_id, unit_id_of
from egov_desktop.services.entry_write import apply_cells, prefill, wanted_cells, write_status
from egov_desktop.services.office_units import typed_unit, typed_units
from egov_desktop.services.report_forms import find_form, form_info, load_forms
from egov_desktop.services.sectors import own_unit_id
from egov_desktop.services.unit_settings import period_mode

#: Business setting that overrides a form's deadline for the unit (days after the period).
DEADLINE_KEY = "deadline.{form}"


class _LookOnly(Exception):  # noqa: N818 - a signal, not an error
    """Ends a transaction that only looked, so that whatever it seeded is rolled back."""


class EntryService:
    """Report figures of the data folder's own unit; every edit is one audited transaction."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow
        self._office = OfficeTotals(uow)

    def forms(self) -> list[dto.FormInfo]:
        return [form_info(f) for f in load_forms().values()]

    def form(self, code: str) -> dto.FormInfo:
        """The form `code`; ValidationError when there is no such form."""
        return form_info(find_form(code))

    def parse_value(self, text: str) -> int | None:
        """A cell as typed ("" is empty, "1.234" is 1234); ValidationError otherwise."""
        return parse_value(text)

    def typed_unit(self, *, unit: str, period: str, catalog: str | None = None) -> dto.UnitRef:
        """The unit whose report of `period` an office's figures for `unit` (and `catalog`) are.

        Before 1 July 2025 a province office types an old commune's (office_units.typed_units);
        several reached: ValidationError naming each.
        """
        code = Period.parse(period)
        with self._uow() as uow:
            return typed_unit(own_unit(uow), unit, catalog, period=code, mode=period_mode(uow))

    def row_units(self, *, unit: str, period: str) -> list[dto.UnitRef]:
        """The units whose report of `period` the office types for its row `unit` (by unit).

        The unit itself; before 1 July 2025 at a province office, the old communes summed into
        the row of that 2025 commune, to choose from.
        """
        code = Period.parse(period)
        with self._uow() as uow:
            own = own_unit(uow)
            return typed_units(own, unit, None, period=code, mode=period_mode(uow), row=True)

    def grid(
        self,
        *,
        form: str,
        period: str,
        mode: str | None = None,
        unit: str | None = None,
        catalog: str | None = None,
        adopt_mode: bool = False,
    ) -> dto.EntryGrid:
        """The report's rows, figures, computed total, problems and status, in `mode`.

        `unit` (a unit code) reads a subordinate unit's report at an aggregating office;
        `catalog` legacy, an old commune's whose pre-reform figures a province office holds.
        `mode` defaults to the unit's period mode. Stored figures are shown only in the mode
        they were counted in: in another one StoredModeError says why and what to do, since
        the same figures would be shown over another window (domain.md §5.1). An empty report
        is the unit's mode's. `adopt_mode`: the user chose to enter the figures again in the
        unit's mode; they are shown in it, `counted_mode` saying which mode they are in.
        """
        if mode is not None and mode not in MODES:
            raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=mode))
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            current = period_mode(uow)
            used = mode or current
            report = read_report(uow, spec, code, unit_id_of(uow, unit, catalog), used)
            if not (adopt_mode and used == current):
                refuse_report_mode(uow, report, used)
            return report_grid(report, used, current)

    def aggregated(self, *, form: str, period: str) -> list[dto.UnitTotals]:
        """Each subordinate unit's column totals of one report (OfficeTotals.aggregated)."""
        return self._office.aggregated(form=form, period=period)

    def sector_totals(self, *, form: str, period: str) -> list[dto.SectorTotals]:
        """Each sector's totals over the subordinate units (OfficeTotals.sector_totals)."""
        return self._office.sector_totals(form=form, period=period)

    def sheet_warnings(self, *, form: str, period: str, mode: str | None = None) -> list[str]:
        """What a sheet summing the units' figures says of them (OfficeTotals.sheet_warnings)."""
        return self._office.sheet_warnings(form=form, period=period, mode=mode)

    def validate(
        self,
        *,
        form: str,
        period: str,
        mode: str | None = None,
        unit: str | None = None,
        catalog: str | None = None,
    ) -> list[dto.Problem]:
        """Broken identities, in row order; the mode does not change them (`unit` as in grid)."""
        if mode is not None and mode not in MODES:
            raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=mode))
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            return read_report(uow, spec, code, unit_id_of(uow, unit, catalog)).problems()

    def find_row(self, *, form: str, name: str, unit: str | None = None) -> int:
        """Id of the row called `name` (a sector, hidden ones too, or a unit)."""
        spec = find_form(form)
        with self._uow() as uow:
            unit_id = unit_id_of(uow, unit)
            rows = sheet_rows(uow, spec, own_unit_id(uow) if unit_id is None else unit_id)
            # Raised inside the transaction, so that a first-use seeding is rolled back too.
            return named_row(spec, rows, name).id

    def unknown_rows(
        self,
        *,
        form: str,
        names: Sequence[str],
        unit: str | None = None,
        period: str | None = None,
        catalog: str | None = None,
    ) -> dict[str, str]:
        """Each name that is not a row of the form, with why; nothing is written.

        Finding rows seeds a sector list (and at an office adds the unit) on first use: here
        that is rolled back, so looking at a file before importing it leaves no trace. With
        `period`, `unit` (and `catalog`) names the unit as `set_values` takes it.
        """
        spec = find_form(form)
        unknown: dict[str, str] = {}
        try:
            with self._uow() as uow:
                if period is None:
                    unit_id = unit_id_of(uow, unit)
                else:
                    unit_id = typed_unit_id(uow, unit, catalog, Period.parse(period))
                rows = sheet_rows(uow, spec, own_unit_id(uow) if unit_id is None else unit_id)
                for name in names:
                    try:
                        named_row(spec, rows, name)
                    except ValidationError as error:
                        unknown[name] = error.message
                raise _LookOnly
        except _LookOnly:
            pass
        return unknown

    def set_values(
        self,
        changes: Sequence[tuple[int | str, int, int | None]],
        *,
        form: str,
        period: str,
        source: str = dto.SOURCE_TYPED,
        actor: str | None = None,
        unit: str | None = None,
        catalog: str | None = None,
        adopt_mode: bool = False,
    ) -> list[dto.CellChange]:
        """Store (row, column, figure) cells in one transaction: all of them or none.

        A row is given by its id or by its name, as `find_row` takes it. The figures are
        checked first, and finding named rows (which seeds the sector list on first use)
        happens in the same transaction as the write: a refused figure leaves nothing behind.
        At an aggregating office, `unit` (and `catalog`) names a subordinate unit whose figures
        the office enters itself (a unit without the application): they are marked as the
        office's own. Before 1 July 2025 that is an old commune (`typed_unit`).

        The report records the unit's period mode as its figures' (domain.md §5.1). A report
        whose figures were counted in another mode is refused (StoredModeError), unless
        `adopt_mode`: the figures are being entered or counted again in the unit's mode, and
        the report then records it even when no figure changes.
        """
        if source not in dto.SOURCES:
            raise ValueError(f"unknown source {source!r}")
        spec, code = find_form(form), Period.parse(period)
        wanted: dict[tuple[int | str, int], int | None] = {}
        for row, column, value in changes:
            check_column(spec, column)
            wanted[(row, column)] = check_value(value)
        clearing = all(value is None for value in wanted.values())
        with self._uow() as uow:
            unit_id = typed_unit_id(uow, unit, catalog, code, clearing=clearing)
            report = read_report(uow, spec, code, unit_id)
            if not adopt_mode:
                refuse_report_mode(uow, report, period_mode(uow))
            cells = wanted_cells(report, wanted)
            return apply_cells(uow, report, cells, source, actor, adopt_mode=adopt_mode)

    def prefill_carry_over(
        self,
        *,
        form: str,
        period: str,
        actor: str | None = None,
        unit: str | None = None,
        catalog: str | None = None,
        adopt_mode: bool = False,
    ) -> list[dto.CellChange]:
        """Store the carried-over figures the grid shows as computed (source "computed").

        `adopt_mode` as in `set_values`.

        Raises:
            ValidationError: the form takes nothing from the previous period (II.07b, 766).
        """
        spec, code = find_form(form), Period.parse(period)
        if spec.carry_over is None:
            raise ValidationError(messages.NO_CARRY_OVER.format(form=spec.code))
        with self._uow() as uow:
            # Taken into figures of the unit's mode (refused below when they are not).
            mode = period_mode(uow)
            report = read_report(uow, spec, code, typed_unit_id(uow, unit, catalog, code), mode)
            if not adopt_mode:
                refuse_report_mode(uow, report, mode)
            taken = carried(uow, spec, code, report.unit_id, mode)
            if taken.refusal:
                raise ValidationError(taken.refusal, cli_hint=taken.refusal_hint)
            return prefill(uow, report, actor, touch_status=True, adopt_mode=adopt_mode)

    def set_status(
        self,
        *,
        form: str,
        period: str,
        status: str,
        note: str = "",
        actor: str | None = None,
        unit: str | None = None,
        catalog: str | None = None,
        adopt_mode: bool = False,
        warnings: Sequence[str] = (),
    ) -> dto.EntryGrid:
        """Move a report to a status; "done" needs no errors, and a note while warnings remain.

        `warnings`: the caller's, found outside the report (StatsService.recount_problems);
        "done" needs a note for them as for the report's own.

        On "done" the carried-over figures still shown as computed are stored, so that every
        report and export reads what was checked; a report whose figures were counted in
        another mode than the unit's is not done (StoredModeError) unless `adopt_mode`, as in
        `set_values`.
        """
        if status not in dto.STATUSES:
            raise ValidationError(messages.UNKNOWN_STATUS.format(value=status))
        text = clean_note(note)
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            unit_id = typed_unit_id(uow, unit, catalog, code)
            current = period_mode(uow)
            # Adopting: what is carried over is the previous period's in the unit's mode.
            report = read_report(uow, spec, code, unit_id, current if adopt_mode else None)
            if status == dto.STATUS_DONE:
                if not adopt_mode:
                    refuse_report_mode(uow, report, current)
                prefill(uow, report, actor, touch_status=False, adopt_mode=adopt_mode)
                report = read_report(uow, spec, code, unit_id)
                refusal = completion_refusal(report.sheet, text, warnings)
                if refusal is not None:
                    raise ValidationError(refusal)
            write_status(uow, report, status, text, actor, dto.SOURCE_TYPED)
            return report_grid(read_report(uow, spec, code, unit_id), current, current)

    def todo(self, today: date | None = None) -> list[dto.TodoItem]:
        """Each form's previous and current period with status and deadline, soonest first."""
        day = today or date.today()
        items: list[dto.TodoItem] = []
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            mode = period_mode(uow)
            for spec in load_forms().values():
                days = deadline_days(spec, uow.settings.get(DEADLINE_KEY.format(form=spec.code)))
                current = period_containing(day, spec.period_kind, mode)
                before = previous_period(current)
                for period in (before, current) if before is not None else (current,):
                    deadline = period.window(mode)[1] + timedelta(days=days)
                    row = uow.statuses.get(unit_id, spec.code, period.code)
                    items.append(
                        dto.TodoItem(
                            form=spec.code,
                            form_title=spec.title,
                            period_code=period.code,
                            period_label=period.label,
                            status=row.status if row is not None else dto.STATUS_EMPTY,
                            deadline=deadline,
                            days_left=(deadline - day).days,
                        )
                    )
        # Same deadline: the forms' own order (II.06a, II.07b, 766), as in the form picker.
        order = {code: index for index, code in enumerate(load_forms())}
        return sorted(items, key=lambda i: (i.deadline, order[i.form]))
