"""Reading a report inside a transaction: its rows, its sheet of figures, and the grid shown.

Every use case of EntryService reads the report first, in the same transaction as whatever it
writes next, so that the checks, the carry-over and the closed columns are those of the figures
actually stored. Reading is kept apart from writing (entry_write): showing a grid, validating
and finding a row only read, and each write starts from what is read here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain import messages
from egov_desktop.domain.forms import ROWS_SECTORS, ROWS_UNITS, Form
from egov_desktop.domain.periods import Period
from egov_desktop.domain.sectors import match
from egov_desktop.domain.validation import Sheet, SheetRow
from egov_desktop.errors import ValidationError
from egov_desktop.services import entry_dto as dto
from egov_desktop.services.entry_carry import carried
from egov_desktop.services.entry_modes import refuse_other_mode
from egov_desktop.services.report_forms import closed_columns, closed_refusal, form_info
from egov_desktop.services.sectors import default_actor, ensure_sectors, own_unit_id, report_order
from egov_desktop.services.unit_settings import period_mode


@dataclass
class Report:
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
                whole_report=f.whole_report,
            )
            for f in self.sheet.findings()
        ]


def named_row(spec: Form, rows: Sequence[SheetRow], name: str) -> SheetRow:
    """The row called `name` (case, spaces and diacritics as `match` allows); ValidationError."""
    found = match(name, [(r.name, r) for r in rows])
    if found is None and spec.row_kind == ROWS_SECTORS:
        raise ValidationError(messages.UNKNOWN_SECTOR.format(name=name.strip()))
    if found is None:
        raise ValidationError(messages.UNKNOWN_ROW.format(form=spec.code, name=name.strip()))
    return found


def sheet_rows(uow: UnitOfWork, spec: Form, unit_id: int) -> list[SheetRow]:
    """The rows of the unit's `spec`: its sectors (seeded on first use), itself, or the form's."""
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
    return [SheetRow(i, f"row:{r.key}", r.title, False) for i, r in enumerate(spec.rows, start=1)]


def read_report(
    uow: UnitOfWork,
    spec: Form,
    period: Period,
    unit_id: int | None = None,
    mode: str | None = None,
) -> Report:
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
        rows=sheet_rows(uow, spec, unit_id),
        stored={k: (v.value, v.source) for k, v in cells.items()},
        previous=previous.figures,
        closed=closed_columns(spec, period, mode or period_mode(uow)),
        not_carried=previous.not_checked,
    )
    lock = uow.locks.get(unit_id, spec.code, period.code)
    locked = lock.version if lock is not None and lock.locked else None
    if status is None:
        return Report(sheet, unit_id, locked_version=locked)
    return Report(sheet, unit_id, status.status, status.note, locked, status.period_mode)


def refuse_report_mode(uow: UnitOfWork, report: Report, used: str) -> None:
    """StoredModeError when the report's figures were counted in another mode than `used`."""
    refuse_other_mode(
        uow,
        form=report.form.code,
        period=report.period,
        unit_id=report.unit_id,
        counted_mode=report.counted_mode(period_mode(uow)),
        used=used,
    )


def report_grid(report: Report, mode: str, current: str) -> dto.EntryGrid:
    """What the screens and the CLI show of `report` over its window in `mode`.

    `current`: the unit's period mode, in which figures stored without a recorded mode count.
    """
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
