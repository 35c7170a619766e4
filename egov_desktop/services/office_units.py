"""Which of the office's units a code names in its commands, for one report of one period.

A subordinate answers to its code. Before 1 July 2025 a province office (2025 catalogue) also
holds old communes' figures, summed into the 2025 commune that took each of them over
(services/lineage.py): a 2025 commune's code then reaches its own figures and those of the old
communes summed into its row, an old code reaches that old commune, and a catalogue given with
the code reaches the one unit of that code in that catalogue.
"""

from __future__ import annotations

from collections.abc import Sequence

from egov_desktop.db.models import Unit
from egov_desktop.domain import messages
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY
from egov_desktop.errors import ValidationError
from egov_desktop.services.dto import SetupInfo
from egov_desktop.services.lineage import legacy_commune_under, reaches, row_code, unit_label
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
                code=code, period=period, what=what, units="; ".join(names)
            )
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
