"""Where an office's figures come from: any aggregated total down to the package versions.

Each figure imported from a package names the package version in its row (`package:<unit>:v3`);
the office's received packages give when that version arrived and where it stands.
"""

from __future__ import annotations

from egov_desktop.db.models import ReceivedPackage, Unit
from egov_desktop.db.report_repositories import HeldFigure
from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.domain.validation import check_column
from egov_desktop.errors import ValidationError
from egov_desktop.services import entry_dto
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.lineage import successor
from egov_desktop.services.office_units import one_unit, row_units, typed_unit, under_office
from egov_desktop.services.package_senders import require_office
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.sectors import own_unit_id, report_order
from egov_desktop.services.setup import SetupService


class ProvenanceService:
    """The figures behind an office's aggregated reports."""

    def __init__(self, uow: UowFactory, setup: SetupService) -> None:
        self._uow = uow
        self._setup = setup

    @staticmethod
    def columns(form: str) -> tuple[int, ...]:
        """The figure columns of `form`, to filter by."""
        return find_form(form).data_columns

    def reach(self, *, form: str, period: str, unit: str, catalog: str | None = None) -> dto.Sender:
        """The one unit whose report of `form` the code `unit` (and `catalog`) names.

        Among the units holding figures of that report, as accept and return reach senders:
        a subordinate by its code, an old commune by its old code or its successor's (several:
        ValidationError naming each). When none holds any: the unit whose figures the office
        would type (office_units.typed_unit), so before 1 July 2025 an old commune, never a
        2025 commune that did not exist yet.
        """
        office = require_office(self._setup)
        spec, parsed = find_form(form), Period.parse(period)
        code, wanted = parsed.code, unit.strip()
        with self._uow() as uow:
            units = uow.values.holders(spec.code, code, own_unit_id(uow))
            what = messages.FIGURES_OF_FORM.format(form=spec.code)
            found = one_unit(units, wanted, office.catalog, catalog, period=code, what=what)
            if found is not None:
                return dto.Sender(found.code, found.name, found.catalog)
            own = uow.units.get(own_unit_id(uow))
            assert own is not None
        typed = typed_unit(own, wanted, catalog, period=parsed, mode=office.period_mode)
        return dto.Sender(typed.code, typed.name, typed.catalog)

    def behind(
        self,
        *,
        form: str,
        period: str,
        unit: str | None = None,
        column: int | None = None,
        catalog: str | None = None,
    ) -> list[dto.FigureSource]:
        """The subordinate units' figures of one report (one row's, one column's) with sources.

        `unit` is the code of a row of the sheet by unit: its unit's figures and, for a period
        before 1 July 2025 at a province office, those of the old communes summed into it. An
        old commune's code that is no row's gives that old commune's; with `catalog`, only the
        unit of that code in that catalogue (office_units.row_units). Figures come row by row.
        """
        office = require_office(self._setup)
        spec, code = find_form(form), Period.parse(period).code
        if column is not None:
            check_column(spec, column)
        out: list[dto.FigureSource] = []
        with self._uow() as uow:
            own = own_unit_id(uow)
            units = uow.values.holders(spec.code, code, own)
            if unit is not None:
                wanted = unit.strip()
                units = row_units(units, wanted, office.catalog, catalog)
                if not units and not under_office(office, wanted, catalog):
                    raise ValidationError(
                        messages.UNKNOWN_SUBORDINATE.format(code=unit, office=office.unit.name)
                    )
                if not units:
                    return []
            by_id = {u.id: u for u in units}
            only = None if unit is None else list(by_id)
            held = uow.values.held_by_others(spec.code, code, own, unit_ids=only, column=column)
            packages = uow.received_packages.for_units(list(by_id), [code])
            received = {(row.unit_id, row.version): row for row in packages}
            in_force = _in_force(packages)
            sectors = uow.sectors.names(list(by_id))
            order = report_order(uow)
            for figure in held:
                holder = by_id[figure.unit_id]
                into = _row_of(holder, office.catalog)
                package = entry_dto.package_version(figure.source)
                row = None if package is None else received.get((figure.unit_id, package[1]))
                if row is not None and row.state == dto.SUPERSEDED:
                    # Still held: the newer version in force sent the same figure.
                    current = in_force.get(figure.unit_id)
                    current = current if current and current.version > row.version else None
                else:
                    current = row
                out.append(
                    dto.FigureSource(
                        unit_code=figure.unit_code,
                        unit_name=figure.unit_name,
                        form=spec.code,
                        period=code,
                        row=_label(figure, sectors),
                        column=figure.column,
                        value=figure.value,
                        kind=figure.source if package is None else entry_dto.SOURCE_PACKAGE,
                        version=None if package is None else package[1],
                        received_at=None if row is None else row.received_at,
                        state=None if current is None else current.state,
                        current_version=None if current is None else current.version,
                        catalog=holder.catalog,
                        old=holder.catalog != office.catalog,
                        into_code=into[0],
                        into_name=into[1],
                    )
                )
        # Row by row of the sheet by unit; in a row, its own unit before the old communes; a
        # unit's figures in the office's report order of sectors (§5.6), column by column.
        return sorted(out, key=lambda f: (f.into_code, f.old, f.unit_code, order(f.row), f.column))


def _in_force(packages: list[ReceivedPackage]) -> dict[int, ReceivedPackage]:
    """Each unit's package whose figures the office holds now: the newest one applied.

    A queued update request is not applied yet; a superseded version was replaced.
    """
    found: dict[int, ReceivedPackage] = {}
    for row in packages:  # newest version first
        if row.state not in (dto.QUEUED, dto.SUPERSEDED):
            found.setdefault(row.unit_id, row)
    return found


def _row_of(unit: Unit, office_catalog: str) -> tuple[str, str]:
    """(code, name) of the row of the sheet by unit that `unit`'s figures are summed into."""
    if unit.catalog == office_catalog:
        return unit.code, unit.name
    found = successor(unit.code)
    return (unit.code, unit.name) if found is None else (found.code, found.name)


def _label(figure: HeldFigure, sectors: dict[tuple[int, str], str]) -> str:
    """The row's name: the sector's, the unit's own row, or a fixed row's key."""
    key = figure.row_key
    if key.startswith("sector:"):
        return sectors.get((figure.unit_id, key), key)
    if key.startswith("unit:"):
        return figure.unit_name
    return key.partition(":")[2] or key
