"""The form's identities on an office's sheets: each unit's figures, named, and the total row.

The office's sheets (II.06a-agg by unit, II.06a-sectors by sector) sum the units' figures, so a
unit's broken identity, e.g. (3) ≠ (7) + (11), is no longer in sight, and two units' slips may
even cancel out in a sum. Each unit's rows are checked as its own report checks them (without
the carry-over from the previous period, which the office's figures do not hold), every problem
names the unit and its row, and the sheet's total row is checked too.
"""

from __future__ import annotations

from typing import Any

from egov_desktop.db.models import Unit
from egov_desktop.db.uow import UnitOfWork
from egov_desktop.domain.forms import Form
from egov_desktop.domain.validation import Finding, check
from egov_desktop.services.entry_dto import Problem
from egov_desktop.services.lineage import row_code, unit_label
from egov_desktop.services.sectors import own_unit_id, report_order

#: A unit's row of a report: (unit id, row key).
_Row = tuple[int, str]


def office_problems(
    uow: UnitOfWork, spec: Form, period: str, *, by_sector: bool = False
) -> list[Problem]:
    """The problems of the units' figures of `spec` for `period`, in the sheet's row order.

    By unit (II.06a-agg): unit by unit as the rows go, each unit's sectors in the office's
    order, "Phường Giảng Võ (00025) — Hộ tịch". `by_sector` (II.06a-sectors): sector by sector,
    "Hộ tịch — Phường Giảng Võ (00025)". Then the total row's, named by no row.
    """
    own = own_unit_id(uow)
    office = uow.units.get(own)
    assert office is not None
    units = {u.id: u for u in uow.values.holders(spec.code, period, own)}
    names = uow.sectors.names(list(units))
    rows: dict[_Row, dict[int, int | None]] = {}
    for figure in uow.values.held_by_others(spec.code, period, own):
        rows.setdefault((figure.unit_id, figure.row_key), {})[figure.column] = figure.value
    keys = list(rows)
    found = check(spec, [(index, rows[key]) for index, key in enumerate(keys)])
    order = report_order(uow)

    def named(finding: Finding) -> tuple[Any, Problem]:
        assert finding.row is not None
        unit_id, row_key = keys[finding.row]
        unit = units[unit_id]
        sector = names.get((unit_id, row_key)) or row_key.partition(":")[2] or row_key
        who = unit_label(unit.name, unit.code, unit.catalog, office.catalog)
        where = f"{sector} — {who}" if by_sector else f"{who} — {sector}"
        place = _place(unit, office.catalog)
        key = (order(sector), place) if by_sector else (place, order(sector))
        return key, _problem(finding, where)

    problems = [p for _key, p in sorted(map(named, found), key=_first)]
    total = {n: sum(values.get(n) or 0 for values in rows.values()) for n in spec.data_columns}
    problems += [_problem(f, None) for f in check(spec, [(0, total)]) if rows]
    return problems


def _place(unit: Unit, office_catalog: str) -> tuple[str, bool, str]:
    """Where a unit's figures are on the sheet by unit: its row, own unit before old communes."""
    return (
        row_code(unit.code, unit.catalog, office_catalog),
        unit.catalog != office_catalog,
        unit.code,
    )


def _first(item: tuple[Any, Problem]) -> Any:
    return item[0]


def _problem(finding: Finding, where: str | None) -> Problem:
    return Problem(
        severity=finding.severity,
        code=finding.code,
        sector=where,
        sector_id=None,
        columns=finding.columns,
        message=finding.message,
    )
