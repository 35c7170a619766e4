"""Report entry: figures per cell with their source, audit, identities, status and deadlines."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.forms import ROWS_SECTORS, ROWS_UNITS, Form, deadline_days
from egov_desktop.domain.period_modes import aggregated_other_mode
from egov_desktop.domain.periods import MODES, Period, period_containing
from egov_desktop.domain.sectors import match
from egov_desktop.domain.text import clean_text
from egov_desktop.domain.units import LEVEL_COMMUNE
from egov_desktop.domain.validation import (
    Sheet,
    SheetRow,
    check_column,
    check_value,
    completion_refusal,
    parse_value,
    previous_period,
)
from egov_desktop.errors import ValidationError
from egov_desktop.services import entry_dto as dto
from egov_desktop.services.entry_carry import carried
from egov_desktop.services.entry_modes import refuse_other_mode
from egov_desktop.services.entry_units import own_unit, typed_unit_id, unit_id_of
from egov_desktop.services.lineage import successor, unit_label
from egov_desktop.services.office_units import typed_unit, typed_units
from egov_desktop.services.report_forms import (
    closed_columns,
    closed_refusal,
    find_form,
    form_info,
    load_forms,
)
from egov_desktop.services.sectors import (
    default_actor,
    ensure_sectors,
    own_unit_id,
    report_order,
)
from egov_desktop.services.unit_settings import period_mode

logger = logging.getLogger(__name__)

#: Longest note accepted when a report with warnings is marked done.
NOTE_LIMIT = 500
#: Business setting that overrides a form's deadline for the unit (days after the period).
DEADLINE_KEY = "deadline.{form}"


@dataclass
class _Report:
    """A report read inside a transaction: its sheet, unit and status."""

    sheet: Sheet
    unit_id: int
    status: str = dto.STATUS_EMPTY
    note: str = ""
    locked_version: int | None = None
    #: The period mode recorded for its figures (report_status.period_mode); None: none yet.
    recorded_mode: str | None = None

    @property
    def form(self) -> Form:
        return self.sheet.form

    @property
    def period(self) -> Period:
        return self.sheet.period

    def counted_mode(self, current: str) -> str | None:
        """The mode its stored figures were counted in; None when it holds none.

        Figures stored without a recorded mode are taken to be in the mode in force, `current`.
        """
        if not self.sheet.stored:
            return None
        return self.recorded_mode or current

    def problems(self) -> list[dto.Problem]:
        names = {r.id: r.name for r in self.sheet.rows}
        return [
            dto.Problem(
                severity=f.severity,
                code=f.code,
                sector=names[f.row] if f.row is not None else None,
                sector_id=f.row,
                columns=f.columns,
                message=f.message,
            )
            for f in self.sheet.findings()
        ]


def _named_row(spec: Form, rows: Sequence[SheetRow], name: str) -> SheetRow:
    """The row called `name` (case, spaces and diacritics as `match` allows); ValidationError."""
    found = match(name, [(r.name, r) for r in rows])
    if found is None and spec.row_kind == ROWS_SECTORS:
        raise ValidationError(messages.UNKNOWN_SECTOR.format(name=name.strip()))
    if found is None:
        raise ValidationError(messages.UNKNOWN_ROW.format(form=spec.code, name=name.strip()))
    return found


class _LookOnly(Exception):  # noqa: N818 - a signal, not an error
    """Ends a transaction that only looked, so that whatever it seeded is rolled back."""


def _refuse_if_locked(uow: UnitOfWork, report: _Report) -> None:
    """A report sent to the office stays as sent until it is reopened with a reason."""
    lock = uow.locks.get(report.unit_id, report.form.code, report.period.code)
    if lock is not None and lock.locked:
        raise ValidationError(
            messages.REPORT_LOCKED.format(
                form=report.form.code, period=report.period.label, version=lock.version
            )
        )


class EntryService:
    """Report figures of the data folder's own unit; every edit is one audited transaction."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

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
            report = self._read(uow, spec, code, unit_id_of(uow, unit, catalog), used)
            if not (adopt_mode and used == current):
                self._refuse_other_mode(uow, report, used)
            return self._grid(report, used, current)

    def aggregated(self, *, form: str, period: str) -> list[dto.UnitTotals]:
        """Each subordinate unit's column totals of one report (the office's II.06a-agg rows)."""
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            own = own_unit_id(uow)
            office = uow.units.get(own)
            assert office is not None
            totals = uow.values.totals_by_unit(spec.code, code.code, own)
        rows: dict[str, dto.UnitTotals] = {}
        for unit, values in totals:
            found = successor(unit.code) if unit.catalog != office.catalog else None
            if found is None:
                key, row = unit.code, dto.UnitTotals(unit.code, unit.name, unit.level, values)
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
                )
            held = rows.get(key)
            if held is not None:
                merged = {
                    c: held.values.get(c, 0) + row.values.get(c, 0)
                    for c in {*held.values, *row.values}
                }
                row = dto.UnitTotals(key, row.name, row.level, merged, held.lineage + row.lineage)
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

    def mode_warnings(self, *, form: str, period: str, mode: str | None = None) -> list[str]:
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
            return self._read(uow, spec, code, unit_id_of(uow, unit, catalog)).problems()

    def find_row(self, *, form: str, name: str, unit: str | None = None) -> int:
        """Id of the row called `name` (a sector, hidden ones too, or a unit)."""
        spec = find_form(form)
        with self._uow() as uow:
            unit_id = unit_id_of(uow, unit)
            rows = self._rows(uow, spec, own_unit_id(uow) if unit_id is None else unit_id)
            # Raised inside the transaction, so that a first-use seeding is rolled back too.
            return _named_row(spec, rows, name).id

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
                rows = self._rows(uow, spec, own_unit_id(uow) if unit_id is None else unit_id)
                for name in names:
                    try:
                        _named_row(spec, rows, name)
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
            report = self._read(uow, spec, code, unit_id)
            if not adopt_mode:
                self._refuse_other_mode(uow, report, period_mode(uow))
            for (_row, column), value in wanted.items():
                # Clearing stays allowed: it removes a figure stored before the column closed.
                if value is not None and column in report.sheet.closed:
                    raise ValidationError(closed_refusal(spec, code, column))
            by_id = {r.id: r for r in report.sheet.rows}
            # Two spellings of one row name a single cell: the last figure given wins.
            cells: dict[tuple[int, int], tuple[SheetRow, int, int | None]] = {}
            for (row, column), value in wanted.items():
                if isinstance(row, str):
                    found = _named_row(spec, report.sheet.rows, row)
                elif row in by_id:
                    found = by_id[row]
                else:
                    raise ValidationError(messages.UNKNOWN_ROW_ID.format(form=spec.code, row=row))
                cells[(found.id, column)] = (found, column, value)
            return self._apply(
                uow, report, list(cells.values()), source, actor, adopt_mode=adopt_mode
            )

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
            report = self._read(uow, spec, code, typed_unit_id(uow, unit, catalog, code), mode)
            if not adopt_mode:
                self._refuse_other_mode(uow, report, mode)
            refusal = carried(uow, spec, code, report.unit_id, mode).refusal
            if refusal:
                raise ValidationError(refusal)
            return self._prefill(uow, report, actor, touch_status=True, adopt_mode=adopt_mode)

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
    ) -> dto.EntryGrid:
        """Move a report to a status; "done" needs no errors, and a note while warnings remain.

        On "done" the carried-over figures still shown as computed are stored, so that every
        report and export reads what was checked; a report whose figures were counted in
        another mode than the unit's is not done (StoredModeError) unless `adopt_mode`, as in
        `set_values`.
        """
        if status not in dto.STATUSES:
            raise ValidationError(messages.UNKNOWN_STATUS.format(value=status))
        text = clean_text(note)
        if len(text) > NOTE_LIMIT:
            raise ValidationError(messages.NAME_TOO_LONG.format(field="Ghi chú", limit=NOTE_LIMIT))
        spec, code = find_form(form), Period.parse(period)
        with self._uow() as uow:
            unit_id = typed_unit_id(uow, unit, catalog, code)
            current = period_mode(uow)
            # Adopting: what is carried over is the previous period's in the unit's mode.
            report = self._read(uow, spec, code, unit_id, current if adopt_mode else None)
            if status == dto.STATUS_DONE:
                if not adopt_mode:
                    self._refuse_other_mode(uow, report, current)
                self._prefill(uow, report, actor, touch_status=False, adopt_mode=adopt_mode)
                report = self._read(uow, spec, code, unit_id)
                refusal = completion_refusal(report.sheet, text)
                if refusal is not None:
                    raise ValidationError(refusal)
            self._set_status(uow, report, status, text, actor, dto.SOURCE_TYPED)
            return self._grid(self._read(uow, spec, code, unit_id), current, current)

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

    # Inside a transaction.

    @staticmethod
    def _rows(uow: UnitOfWork, spec: Form, unit_id: int) -> list[SheetRow]:
        if spec.row_kind == ROWS_SECTORS:
            sectors = ensure_sectors(uow, unit_id, default_actor(uow, unit_id))
            own = own_unit_id(uow)
            if unit_id != own:
                # A subordinate unit's list at the office grows at its end with each package
                # that brings a new sector: it is read in the office's report order (§5.6).
                order = report_order(uow)
                sectors = sorted(sectors, key=lambda s: order(s.name))
            return [SheetRow(s.id, f"sector:{s.id}", s.name, s.hidden) for s in sectors]
        if spec.row_kind == ROWS_UNITS:
            unit = uow.units.get(unit_id)
            assert unit is not None
            return [SheetRow(unit.id, f"unit:{unit.id}", unit.name, False)]
        return [
            SheetRow(i, f"row:{r.key}", r.title, False) for i, r in enumerate(spec.rows, start=1)
        ]

    def _read(
        self,
        uow: UnitOfWork,
        spec: Form,
        period: Period,
        unit_id: int | None = None,
        mode: str | None = None,
    ) -> _Report:
        """The report; its columns closed by its window in `mode` (the unit's by default).

        The previous period carries over when counted in `mode`, by default the mode of the
        report's figures (entry_carry).
        """
        unit_id = own_unit_id(uow) if unit_id is None else unit_id
        cells = uow.values.cells(unit_id, spec.code, period.code)
        status = uow.statuses.get(unit_id, spec.code, period.code)
        # The carry-over is the previous period's in the mode of this report's figures.
        recorded = status.period_mode if status is not None and cells else None
        previous = carried(uow, spec, period, unit_id, mode or recorded or period_mode(uow))
        sheet = Sheet(
            form=spec,
            period=period,
            rows=self._rows(uow, spec, unit_id),
            stored={k: (v.value, v.source) for k, v in cells.items()},
            previous=previous.figures,
            closed=closed_columns(spec, period, mode or period_mode(uow)),
            not_carried=previous.not_checked,
        )
        lock = uow.locks.get(unit_id, spec.code, period.code)
        locked = lock.version if lock is not None and lock.locked else None
        if status is None:
            return _Report(sheet, unit_id, locked_version=locked)
        return _Report(sheet, unit_id, status.status, status.note, locked, status.period_mode)

    def _refuse_other_mode(self, uow: UnitOfWork, report: _Report, used: str) -> None:
        refuse_other_mode(
            uow,
            form=report.form.code,
            period=report.period,
            unit_id=report.unit_id,
            counted_mode=report.counted_mode(period_mode(uow)),
            used=used,
        )

    @staticmethod
    def _grid(report: _Report, mode: str, current: str) -> dto.EntryGrid:
        period = report.period
        start, end = period.window(mode)
        rows = []
        for row in report.sheet.shown():
            cells = {n: report.sheet.cell(row, n) for n in report.form.data_columns}
            rows.append(
                dto.GridRow(
                    sector_id=row.id,
                    sector=row.name,
                    values={n: v for n, (v, _) in cells.items()},
                    sources={n: s for n, (v, s) in cells.items() if v is not None},
                )
            )
        return dto.EntryGrid(
            form=form_info(report.form),
            period_code=period.code,
            mode=mode,
            start=start,
            end=end,
            window_text=period.window_text(mode),
            period_label=period.label,
            rows=tuple(rows),
            total=report.sheet.total(),
            problems=tuple(report.problems()),
            status=report.status,
            note=report.note,
            locked_version=report.locked_version,
            closed={n: closed_refusal(report.form, period, n) for n in sorted(report.sheet.closed)},
            counted_mode=report.counted_mode(current),
        )

    def _prefill(
        self,
        uow: UnitOfWork,
        report: _Report,
        actor: str | None,
        *,
        touch_status: bool,
        adopt_mode: bool = False,
    ) -> list[dto.CellChange]:
        by_key = {r.key: r for r in report.sheet.rows}
        cells = [(by_key[key], col, value) for (key, col), value in report.sheet.computed.items()]
        return self._apply(
            uow,
            report,
            cells,
            dto.SOURCE_COMPUTED,
            actor,
            touch_status=touch_status,
            adopt_mode=adopt_mode,
        )

    def _apply(
        self,
        uow: UnitOfWork,
        report: _Report,
        cells: Sequence[tuple[SheetRow, int, int | None]],
        source: str,
        actor: str | None,
        *,
        touch_status: bool = True,
        adopt_mode: bool = False,
    ) -> list[dto.CellChange]:
        """Store the cells that change, audited; the report records the unit's period mode."""
        who = actor or default_actor(uow, report.unit_id)
        form, period = report.form.code, report.period.code
        changed: list[dto.CellChange] = []
        for row, col, new in cells:
            stored = report.sheet.stored.get((row.key, col))
            old = stored[0] if stored is not None else None
            if old == new:
                continue
            if not changed:
                _refuse_if_locked(uow, report)
            cell = (report.unit_id, form, period, row.key, col)
            if new is None:
                uow.values.clear(cell)
            else:
                uow.values.put(cell, value=new, source=source, actor=who)
            uow.audit.record(
                actor=who,
                unit_id=report.unit_id,
                entity="report_value",
                entity_key=f"{form}|{period}|{row.key}",
                field=f"col{col}",
                old_value=None if old is None else str(old),
                new_value=None if new is None else str(new),
                source=source,
            )
            changed.append(dto.CellChange(row.id, col, old, new))
        if changed or (adopt_mode and report.recorded_mode is not None):
            self._record_mode(uow, report, who, source)
        if changed and touch_status and report.status != dto.STATUS_IN_PROGRESS:
            self._set_status(uow, report, dto.STATUS_IN_PROGRESS, report.note, who, source)
        return changed

    def _record_mode(self, uow: UnitOfWork, report: _Report, actor: str, source: str) -> None:
        """The report's figures are now the unit's period mode's (audited when it changes)."""
        mode = period_mode(uow)
        old = report.recorded_mode
        if old == mode:
            return
        _refuse_if_locked(uow, report)
        uow.statuses.set(
            unit_id=report.unit_id,
            form=report.form.code,
            period=report.period.code,
            status=report.status,
            note=report.note,
            actor=actor,
            period_mode=mode,
        )
        if old is not None:  # a new report's first mode is no change
            uow.audit.record(
                actor=actor,
                unit_id=report.unit_id,
                entity="report_status",
                entity_key=f"{report.form.code}|{report.period.code}",
                field="period_mode",
                old_value=old,
                new_value=mode,
                source=source,
            )
        report.recorded_mode = mode

    @staticmethod
    def _set_status(
        uow: UnitOfWork, report: _Report, status: str, note: str, actor: str | None, source: str
    ) -> None:
        if (status, note) == (report.status, report.note):
            return
        _refuse_if_locked(uow, report)
        who = actor or default_actor(uow, report.unit_id)
        key = f"{report.form.code}|{report.period.code}"
        uow.statuses.set(
            unit_id=report.unit_id,
            form=report.form.code,
            period=report.period.code,
            status=status,
            note=note,
            actor=who,
        )
        for name, old, new in (("status", report.status, status), ("note", report.note, note)):
            if old != new:
                uow.audit.record(
                    actor=who,
                    unit_id=report.unit_id,
                    entity="report_status",
                    entity_key=key,
                    field=name,
                    old_value=old,
                    new_value=new,
                    source=source,
                )
        report.status, report.note = status, note
