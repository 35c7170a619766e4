"""Writing a report read by entry_sheet: its figures, its period mode and its status, audited.

Each function runs inside the caller's transaction and writes only what changes, with one audit
row per changed field, so that an undo is a new audited write and a repeated import leaves no
trace. A report sent to the office (locked) refuses every change until it is reopened. The use
cases that decide what to write (EntryService) stay in entry.py.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain import messages
from egov_desktop.domain.validation import SheetRow
from egov_desktop.errors import ValidationError
from egov_desktop.services import entry_dto as dto
from egov_desktop.services.entry_sheet import Report, named_row
from egov_desktop.services.report_forms import closed_refusal
from egov_desktop.services.sectors import default_actor
from egov_desktop.services.unit_settings import period_mode

#: A cell to write: its row, its column and the new figure (None clears it).
Cell = tuple[SheetRow, int, int | None]


def refuse_if_locked(uow: UnitOfWork, report: Report) -> None:
    """A report sent to the office stays as sent until it is reopened with a reason."""
    lock = uow.locks.get(report.unit_id, report.form.code, report.period.code)
    if lock is not None and lock.locked:
        raise ValidationError(
            messages.REPORT_LOCKED.format(
                form=report.form.code, period=report.period.in_sentence, version=lock.version
            )
        )


def wanted_cells(report: Report, wanted: Mapping[tuple[int | str, int], int | None]) -> list[Cell]:
    """The cells `wanted` names ((row id or name, column) -> figure), with their rows.

    ValidationError for a row the report does not have or a figure in a column its period
    closes; clearing a closed column stays allowed (it removes a figure stored before it closed).
    """
    spec, period = report.form, report.period
    for (_row, column), value in wanted.items():
        if value is not None and column in report.sheet.closed:
            raise ValidationError(closed_refusal(spec, period, column))
    by_id = {r.id: r for r in report.sheet.rows}
    # Two spellings of one row name a single cell: the last figure given wins.
    cells: dict[tuple[int, int], Cell] = {}
    for (row, column), value in wanted.items():
        if isinstance(row, str):
            found = named_row(spec, report.sheet.rows, row)
        elif row in by_id:
            found = by_id[row]
        else:
            raise ValidationError(messages.UNKNOWN_ROW_ID.format(form=spec.code, row=row))
        cells[(found.id, column)] = (found, column, value)
    return list(cells.values())


def prefill(
    uow: UnitOfWork,
    report: Report,
    actor: str | None,
    *,
    touch_status: bool,
    adopt_mode: bool = False,
) -> list[dto.CellChange]:
    """Store the carried-over figures the sheet shows as computed (source "computed")."""
    by_key = {r.key: r for r in report.sheet.rows}
    cells = [(by_key[key], col, value) for (key, col), value in report.sheet.computed.items()]
    return apply_cells(
        uow,
        report,
        cells,
        dto.SOURCE_COMPUTED,
        actor,
        touch_status=touch_status,
        adopt_mode=adopt_mode,
    )


def apply_cells(
    uow: UnitOfWork,
    report: Report,
    cells: Sequence[Cell],
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
            refuse_if_locked(uow, report)
        cell = (report.unit_id, form, period, row.key, col)
        if new is None:
            uow.values.clear(cell)
        else:
            uow.values.put(cell, value=new, source=source)
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
        record_mode(uow, report, who, source)
    if changed and touch_status and report.status != dto.STATUS_IN_PROGRESS:
        write_status(uow, report, dto.STATUS_IN_PROGRESS, report.note, who, source)
    return changed


def record_mode(uow: UnitOfWork, report: Report, actor: str, source: str) -> None:
    """The report's figures are now the unit's period mode's (audited when it changes)."""
    mode = period_mode(uow)
    old = report.recorded_mode
    if old == mode:
        return
    refuse_if_locked(uow, report)
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


def write_status(
    uow: UnitOfWork, report: Report, status: str, note: str, actor: str | None, source: str
) -> None:
    """Move the report to `status` with `note`, each changed field audited."""
    if (status, note) == (report.status, report.note):
        return
    refuse_if_locked(uow, report)
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
