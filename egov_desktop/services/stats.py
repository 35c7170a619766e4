"""Reports computed from the dossier register: Biểu II.06a (§5) and form 766 (QĐ 766 counts).

Form 766 takes the tracking sheets' counts (services/qd766.py), so both agree. For II.06a, the
eleven columns are SUM(CASE …) aggregates in SQL (db/register_repositories.py), the same
predicates as domain/counting.py, so a quarter over a million dossiers stays interactive; the
drill-down reads the dossiers behind one cell through domain/counting itself.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar, cast

from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.counting import (
    COLUMNS,
    sector_key,
    select,
    totals,
    vietnamese_sort_key,
)
from egov_desktop.domain.forms import SEVERITY_WARNING
from egov_desktop.domain.period_modes import stored_in_other_mode
from egov_desktop.domain.periods import Period
from egov_desktop.errors import StoredModeError, ValidationError
from egov_desktop.services.entry import EntryService
from egov_desktop.services.entry_dto import SOURCE_COMPUTED, Problem
from egov_desktop.services.qd766 import FORM_766, register_counts
from egov_desktop.services.register import dossier_info, facts_of
from egov_desktop.services.register_dto import ComputedReport, ComputedRow, DossierInfo
from egov_desktop.services.register_sectors import matching_sectors
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.sectors import SectorService, default_actor, ensure_sectors, own_unit_id
from egov_desktop.services.unit_settings import period_mode


@dataclass(frozen=True)
class Recount:
    """A report whose stored figures the register no longer gives (StatsService.recount)."""

    form: str
    period: str
    #: "Hộ tịch, cột (4): đã lưu 2, sổ đếm được 3", one per differing cell.
    lines: tuple[str, ...]
    #: Every stored figure was counted from the register (none typed over it): nobody chose
    #: these figures, so they are only out of date.
    counted_only: bool

    def summary(self, limit: int = 5) -> str:
        """The differing cells, the first `limit` of them."""
        shown = "; ".join(self.lines[:limit])
        more = len(self.lines) - limit
        return shown + (messages.RECOUNT_MORE.format(count=more) if more > 0 else "")


#: Where a problem of the register as a whole is said to be, in a report's checks.
REGISTER_ROW = "Sổ theo dõi hồ sơ"

_Counted = TypeVar("_Counted")
#: Windows whose register counts `recount` keeps at most (a few periods of two forms are used).
_HELD_LIMIT = 64

#: The forms this service computes.
SUPPORTED_FORMS = ("II.06a", FORM_766)


def form_code(form: str) -> str:
    """The code of `form` when this service computes it; ValidationError otherwise."""
    code = find_form(form).code
    if code not in SUPPORTED_FORMS:
        raise ValidationError(
            messages.STATS_UNSUPPORTED_FORM.format(form=code, supported=", ".join(SUPPORTED_FORMS))
        )
    return code


def _window(uow: UnitOfWork, period: Period, mode: str | None) -> tuple[str, date, date]:
    chosen = mode or period_mode(uow)
    start, end = period.window(chosen)
    return chosen, start, end


def _report(
    form: str,
    period: Period,
    window: tuple[str, date, date],
    rows: tuple[ComputedRow, ...],
    total: dict[int, int],
) -> ComputedReport:
    chosen, start, end = window
    return ComputedReport(
        form=form,
        period_code=period.code,
        mode=chosen,
        start=start,
        end=end,
        window_text=period.window_text(chosen),
        rows=rows,
        total=total,
    )


class StatsService:
    """II.06a and form 766 of the data folder's own unit, computed from its register."""

    def __init__(self, uow: UowFactory, entry: EntryService, sectors: SectorService) -> None:
        self._uow = uow
        self._entry = entry
        self._sectors = sectors
        #: What the register counted for `recount`, by (form, unit, start, end), with the
        #: register's fingerprint then: the send page checks the same reports at every
        #: refresh, and a check with no register write since need not count again.
        self._held: dict[tuple[str, int, date, date], tuple[tuple[Any, ...], Any]] = {}

    def compute(
        self, *, form: str = "II.06a", period: str, mode: str | None = None
    ) -> ComputedReport:
        """Rows by sector in the unit's order, then the register's other sectors (§5.6).

        Form 766 has one row, the own unit's (its `sector_id` is the unit's row id).
        """
        return self._compute(form, period, mode, reuse=False)

    def _compute(self, form: str, period: str, mode: str | None, *, reuse: bool) -> ComputedReport:
        """`compute`; `reuse`: the register's counts may be an earlier check's (`_count`)."""
        code, parsed = form_code(form), Period.parse(period)
        if code == FORM_766:
            return self._compute_766(parsed, mode, reuse)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            chosen, start, end = _window(uow, parsed, mode)
            counted = self._count(
                uow,
                (code, unit_id, start, end),
                reuse,
                lambda: uow.dossiers.ii06a(unit_id, start, end),
            )
            configured = [
                (s.id, s.name, s.hidden)
                for s in ensure_sectors(uow, unit_id, default_actor(uow, unit_id))
            ]
        found: dict[str, dict[int, int]] = {}
        spellings: dict[str, str] = {}
        for sector, values in counted:
            key = sector_key(sector)
            row = found.setdefault(key, dict.fromkeys(COLUMNS, 0))
            for column in COLUMNS:
                row[column] += values[column]
            # The first spelling in code-point order, so the name does not depend on row order.
            spellings[key] = min(spellings.get(key, sector), sector)
        rows: list[ComputedRow] = []
        known: set[str] = set()
        for sector_id, name, hidden in configured:
            key = sector_key(name)
            known.add(key)
            if key in found or not hidden:
                rows.append(ComputedRow(name, sector_id, found.get(key, dict.fromkeys(COLUMNS, 0))))
        others = sorted((spellings[k] for k in found if k not in known), key=vietnamese_sort_key)
        rows.extend(ComputedRow(name, None, found[sector_key(name)]) for name in others)
        total = totals({str(i): r.values for i, r in enumerate(rows)})
        return _report(code, parsed, (chosen, start, end), tuple(rows), total)

    def _compute_766(self, parsed: Period, mode: str | None, reuse: bool) -> ComputedReport:
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            unit = uow.units.get(unit_id)
            assert unit is not None
            name = unit.name
            chosen, start, end = _window(uow, parsed, mode)
            figures = dict(
                self._count(
                    uow,
                    (FORM_766, unit_id, start, end),
                    reuse,
                    lambda: register_counts(uow, unit_id, start, end),
                )
            )
        row = ComputedRow(name, unit_id, figures)
        return _report(FORM_766, parsed, (chosen, start, end), (row,), dict(figures))

    def _count(
        self,
        uow: UnitOfWork,
        key: tuple[str, int, date, date],
        reuse: bool,
        count: Callable[[], _Counted],
    ) -> _Counted:
        """`count()` of the register; with `reuse`, an earlier check's if the register is unchanged.

        The register's fingerprint changes with any dossier added, edited or deleted, and is
        read in the same transaction as the counts: counts kept with it are the register's
        as long as it reads the same. Only the register's counts are kept; the report around
        them (the unit's sectors and their order) is built afresh each time.
        """
        if not reuse:
            return count()
        fingerprint = uow.dossiers.fingerprint(key[1])
        held = self._held.get(key)
        if held is not None and held[0] == fingerprint:
            return cast(_Counted, held[1])
        found = count()
        if len(self._held) >= _HELD_LIMIT:
            self._held.clear()
        self._held[key] = (fingerprint, found)
        return found

    def apply(
        self,
        *,
        form: str = "II.06a",
        period: str,
        mode: str | None = None,
        actor: str | None = None,
    ) -> ComputedReport:
        """Write the computed figures into the report (source "computed"), audited per cell.

        Sectors of the register missing from the unit's list are added to it first. Rows of
        the report that the register does not reach are set to zero when they hold figures.
        Every figure is counted again, so the report records the unit's period mode even when
        it held figures counted in another one (before the unit's mode changed).
        """
        if mode is not None:
            # Stored figures are the unit's mode's: another mode's count is only shown.
            with self._uow() as uow:
                own = period_mode(uow)
            if mode != own:
                parsed = Period.parse(period)
                text, hint = stored_in_other_mode(
                    form_code(form), parsed, own, mode, current=own, counted=True
                )
                raise ValidationError(text, cli_hint=hint)
        report = self.compute(form=form, period=period, mode=mode)
        added: list[str] = []
        rows: list[ComputedRow] = []
        for row in report.rows:
            if row.sector_id is None:
                info = self._sectors.add(row.sector, actor=actor, accents_apart=True)
                added.append(info.name)
                row = ComputedRow(info.name, info.id, row.values)
            rows.append(row)
        columns = tuple(report.total)
        wanted = {(r.sector_id, c): r.values[c] for r in rows for c in columns}
        grid = self._entry.grid(
            form=report.form, period=report.period_code, mode=report.mode, adopt_mode=True
        )
        for shown in grid.rows:
            for column in columns:
                wanted.setdefault((shown.sector_id, column), 0)
        changes = [(sector_id, column, value) for (sector_id, column), value in wanted.items()]
        changed = self._entry.set_values(
            [(s, c, v) for s, c, v in changes if s is not None],
            form=report.form,
            period=report.period_code,
            source=SOURCE_COMPUTED,
            actor=actor,
            adopt_mode=True,
        )
        return dataclasses.replace(
            report, rows=tuple(rows), changed=len(changed), added_sectors=tuple(added)
        )

    def recount(self, *, form: str, period: str, reuse: bool = False) -> Recount | None:
        """How a report counted from the register differs from what the register counts now.

        None for a form this service does not compute, a report holding no counted figure
        (typed, imported, or only the carry-over pre-filled), figures kept in another period
        mode (refused elsewhere), and stored figures that still match. Dossiers added or
        changed after `stats --apply` leave the stored figures behind: they must not be sent
        as they are (a correction of II.06a next to the 766 counted before it).

        `reuse`: the register's counts of an earlier check stand while the register's
        fingerprint is unchanged (a page showing the check at every refresh). By default
        the register is counted afresh: one check (a command), or before figures leave.
        """
        spec = find_form(form)
        if spec.code not in SUPPORTED_FORMS:
            return None
        try:
            grid = self._entry.grid(form=spec.code, period=period)
        except StoredModeError:
            return None
        carry = {spec.carry_over.left} if spec.carry_over is not None else set()
        sources = [
            (column, source)
            for row in grid.rows
            for column, source in row.sources.items()
            if row.values.get(column) is not None
        ]
        if not any(s == SOURCE_COMPUTED and c not in carry for c, s in sources):
            return None
        report = self._compute(spec.code, period, None, reuse=reuse)
        if spec.code == FORM_766:
            # One row, named after the unit: its figures are the totals.
            stored = {"": {c: v or 0 for c, v in grid.total.items()}}
            counted = {"": report.total}
            names = {"": ""}
        else:
            stored = {
                sector_key(r.sector): {c: v or 0 for c, v in r.values.items()} for r in grid.rows
            }
            counted = {sector_key(r.sector): r.values for r in report.rows}
            names = {sector_key(r.sector): r.sector for r in report.rows}
            names.update((sector_key(r.sector), r.sector) for r in grid.rows)
        lines: list[str] = []
        for key in dict.fromkeys([*stored, *counted]):
            held, now = stored.get(key, {}), counted.get(key, {})
            for column in report.total:
                if held.get(column, 0) != now.get(column, 0):
                    found = spec.column(column)
                    lines.append(
                        messages.RECOUNT_CELL.format(
                            row=f"{names[key]}, " if names[key] else "",
                            column=f"({column}) {found.title}" if found else f"({column})",
                            stored=held.get(column, 0),
                            counted=now.get(column, 0),
                        )
                    )
        if not lines:
            return None
        return Recount(
            form=spec.code,
            period=report.period_code,
            lines=tuple(lines),
            counted_only=all(s == SOURCE_COMPUTED for _c, s in sources),
        )

    def recount_problems(self, *, form: str, period: str, reuse: bool = False) -> list[Problem]:
        """`recount` as a report's checks say it: one warning, or none.

        `egov validate` and the entry page list it with the report's own checks, so that
        figures the register now counts otherwise are seen before the report is completed.
        """
        found = self.recount(form=form, period=period, reuse=reuse)
        if found is None:
            return []
        message = messages.RECOUNT_WARNING.format(cells=found.summary())
        return [
            Problem(
                severity=SEVERITY_WARNING,
                code="recount",
                sector=REGISTER_ROW,
                sector_id=None,
                columns=(),
                message=f"{message} {messages.RECOUNT_HOW}",
                cli_hint=messages.RECOUNT_HOW_CLI.format(form=found.form, period=found.period),
            )
        ]

    def dossiers_behind(
        self,
        *,
        form: str = "II.06a",
        period: str,
        column: int,
        sector: str | None = None,
        mode: str | None = None,
    ) -> list[DossierInfo]:
        """The dossiers counted in one cell (of `sector`'s row, or of the total row)."""
        code, parsed = form_code(form), Period.parse(period)
        if code != SUPPORTED_FORMS[0]:  # form 766's cells are not one counting rule each
            raise ValidationError(
                messages.STATS_NO_DRILL_DOWN.format(form=code, supported=SUPPORTED_FORMS[0])
            )
        if column not in COLUMNS:
            raise ValidationError(
                messages.STATS_BAD_COLUMN.format(
                    form=code, column=column, first=COLUMNS[0], last=COLUMNS[-1]
                )
            )
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            _chosen, start, end = _window(uow, parsed, mode)
            spellings = None
            if sector is not None:
                spellings = matching_sectors(uow.dossiers.sectors(unit_id), sector)
            rows = uow.dossiers.counted(unit_id, start, end, spellings)
            facts = [(facts_of(row), row) for row in rows]
            chosen = {id(f) for f in select([f for f, _ in facts], start, end, column)}
            return [dossier_info(row) for f, row in facts if id(f) in chosen]
