"""Which of the office's units a code names in its commands, for one report of one period.

A subordinate answers to its code. Before 1 July 2025 a province office (2025 catalogue) also
holds old communes' figures, summed into the 2025 commune that took each of them over
(services/lineage.py): a 2025 commune's code then reaches its own figures and those of the old
communes summed into its row, an old code reaches that old commune, and a catalogue given with
the code reaches the one unit of that code in that catalogue.

The figures the office types itself follow the same lineage (`typed_units`): a period before
the reform is the old communes' report, whatever code names them.
"""

from __future__ import annotations

from collections.abc import Sequence

from egov_desktop.db.models import Unit
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY, AdminUnit
from egov_desktop.errors import ValidationError
from egov_desktop.services.dto import SetupInfo
from egov_desktop.services.entry_dto import UnitRef
from egov_desktop.services.lineage import (
    REFORM_DAY,
    before_reform,
    district_refusal,
    legacy_commune_under,
    predecessors,
    reaches,
    row_code,
    successor,
    unit_label,
)
from egov_desktop.services.units import load_catalog


def row_units(
    units: Sequence[Unit], code: str, office_catalog: str, catalog: str | None = None
) -> list[Unit]:
    """The units among `units` whose figures the drill-down of `code` lists.

    The row of `code` on the sheet by unit: every unit summed into it. An old code that is no
    row's: that old commune. With `catalog`: the one unit of that code in that catalogue.
    """
    if catalog is not None:
        return [u for u in units if reaches(u, code, office_catalog, catalog)]
    row = [u for u in units if row_code(u.code, u.catalog, office_catalog) == code]
    return row or [u for u in units if u.catalog != office_catalog and u.code == code]


def one_unit(
    units: Sequence[Unit],
    code: str,
    office_catalog: str,
    catalog: str | None,
    *,
    period: str,
    what: str,
) -> Unit | None:
    """The one unit among `units` that `code` reaches; None when none does.

    Raises:
        ValidationError: several do (old communes merged into one 2025 commune): each is named
            with its code, and the message says how to pick one.
    """
    found = [u for u in units if reaches(u, code, office_catalog, catalog)]
    found.sort(key=lambda u: (u.catalog != office_catalog, u.code))
    if len(found) > 1:
        names = [unit_label(u.name, u.code, u.catalog, office_catalog) for u in found]
        raise ValidationError(
            messages.SEVERAL_UNITS.format(
                code=code,
                period=Period.parse(period).in_sentence,
                what=what,
                units="; ".join(names),
            ),
            cli_hint=messages.SEVERAL_UNITS_CLI,
        )
    return found[0] if found else None


def under_office(office: SetupInfo, code: str, catalog: str | None = None) -> bool:
    """Whether `code` (of `catalog`, if given) names a unit under the office.

    That is a subordinate of the office's catalogue, or at a province office (2025 catalogue)
    an old commune whose successor lies in the province.
    """
    if catalog in (None, office.catalog) and load_catalog(office.catalog).is_under(
        code, office.unit.code
    ):
        return True
    return (
        catalog in (None, CATALOG_LEGACY)
        and office.catalog == CATALOG_2025
        and legacy_commune_under(code, office.unit.code)
    )


def typed_units(
    office: Unit, code: str, catalog: str | None, *, period: Period, mode: str, row: bool = False
) -> list[UnitRef]:
    """The units whose report of `period` the office types when it names `code` (and `catalog`).

    `office` is the office's own unit, `mode` how it counts its periods. After the reform, and
    at a district office: the subordinate of that code. For a period that ends before the
    reform (lineage.before_reform) a province office's 2025 communes did not exist yet: the
    report is the old communes' (legacy catalogue), summed into the 2025 commune that took each
    over. `code` then reaches, as lineage.reaches does, the old commune of that old code and
    the old communes the 2025 commune of that code took over; `row`: the code is a row of the
    sheet by unit, and reaches the old communes summed into that row only (an old code that is
    no row's: that old commune). With `catalog`: the unit of that code in that catalogue.

    Raises:
        ValidationError: a district office and a period after the reform (the district's
            units report it to the province); no such unit under the office; before the
            reform, a 2025 commune named as such (`catalog` 2025) or one no old commune is
            summed into; after it, an old commune.
    """
    refusal = district_refusal(office.name, office.catalog, period, mode)
    if refusal is not None:  # the district's units report such a period to the province
        raise ValidationError(refusal)
    wanted = code.strip()
    own = load_catalog(office.catalog)
    found = own.get(wanted)
    ours = found if found is not None and own.is_under(wanted, office.code) else None
    old = office.catalog == CATALOG_2025 and legacy_commune_under(wanted, office.code)
    days = _days(period, mode)
    if office.catalog != CATALOG_2025 or not before_reform(period, mode):
        if ours is not None and catalog in (None, office.catalog):
            return [_ref(ours, office.catalog, office.catalog)]
        if old and catalog in (None, CATALOG_LEGACY):
            heir = successor(wanted)
            unit = load_catalog(CATALOG_LEGACY).get(wanted)
            assert heir is not None and unit is not None  # legacy_commune_under checked both
            raise ValidationError(
                messages.OLD_UNIT_AFTER_REFORM.format(
                    unit=unit.name,
                    code=wanted,
                    successor=messages.UNIT_LABEL.format(name=heir.name, code=heir.code),
                    period=period.in_sentence,
                    **days,
                )
            )
        raise ValidationError(messages.UNKNOWN_SUBORDINATE.format(code=code, office=office.name))
    merged = predecessors(wanted) if ours is not None else ()
    units: dict[str, AdminUnit] = {}
    legacy = load_catalog(CATALOG_LEGACY).get(wanted)
    # A row's code reaches the old communes summed into the row, not an old one of that code.
    alone = catalog == CATALOG_LEGACY or (catalog is None and (not row or ours is None))
    if old and legacy is not None and alone:
        units[wanted] = legacy
    if catalog is None:
        units.update((u.code, u) for u in merged)
    if units:
        return [_ref(units[c], CATALOG_LEGACY, office.catalog) for c in sorted(units)]
    if ours is not None and catalog in (None, office.catalog):
        names = "; ".join(_ref(u, CATALOG_LEGACY, office.catalog).label for u in merged)
        raise ValidationError(
            messages.NEW_UNIT_BEFORE_REFORM.format(
                unit=ours.name,
                code=wanted,
                olds=messages.OLD_UNITS_OF.format(units=names) if merged else messages.NO_OLD_UNITS,
                period=period.in_sentence,
                **days,
            ),
            cli_hint=messages.OLD_UNIT_CLI if merged else "",
        )
    raise ValidationError(messages.UNKNOWN_SUBORDINATE.format(code=code, office=office.name))


def typed_unit(
    office: Unit, code: str, catalog: str | None, *, period: Period, mode: str
) -> UnitRef:
    """The one unit `typed_units` finds; ValidationError naming each when there are several."""
    found = typed_units(office, code, catalog, period=period, mode=mode)
    if len(found) > 1:
        raise ValidationError(
            messages.SEVERAL_OLD_UNITS.format(
                code=code.strip(),
                units="; ".join(u.label for u in found),
                period=period.label,
                **_days(period, mode),
            ),
            cli_hint=messages.OLD_UNIT_CLI,
        )
    return found[0]


def _ref(unit: AdminUnit, catalog: str, office_catalog: str) -> UnitRef:
    return UnitRef(
        unit.code,
        unit.name,
        catalog,
        unit_label(unit.name, unit.code, catalog, office_catalog),
        old=catalog != office_catalog,
    )


def _days(period: Period, mode: str) -> dict[str, str]:
    """The days the messages about the reform name: the period's last day, the reform."""
    return {
        "end": f"{period.window(mode)[1]:%d/%m/%Y}",
        "reform": f"{REFORM_DAY:%d/%m/%Y}",
    }
