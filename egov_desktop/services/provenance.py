"""Where an office's figures come from: any aggregated total down to the package versions.

Each figure imported from a package names the package version in its row (`package:<unit>:v3`);
the office's received packages give when that version arrived and where it stands.
"""

from __future__ import annotations

from egov_desktop.db.report_repositories import HeldFigure
from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.domain.validation import check_column
from egov_desktop.errors import ValidationError
from egov_desktop.services import entry_dto
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.entry import find_form
from egov_desktop.services.package_import import require_office
from egov_desktop.services.sectors import own_unit_id
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

    def behind(
        self, *, form: str, period: str, unit: str | None = None, column: int | None = None
    ) -> list[dto.FigureSource]:
        """The subordinate units' figures of one report (one unit's, one column's) with sources."""
        office = require_office(self._setup)
        spec, code = find_form(form), Period.parse(period).code
        if column is not None:
            check_column(spec, column)
        out: list[dto.FigureSource] = []
        with self._uow() as uow:
            own = own_unit_id(uow)
            unit_id = None
            if unit is not None:
                found = uow.units.find(office.catalog, unit.strip())
                if found is None or found.id == own:
                    raise ValidationError(
                        messages.UNKNOWN_SUBORDINATE.format(code=unit, office=office.unit.name)
                    )
                unit_id = found.id
            held = uow.values.held_by_others(spec.code, code, own, unit_id=unit_id, column=column)
            units = sorted({h.unit_id for h in held})
            received = {
                (row.unit_id, row.version): row
                for row in uow.received_packages.for_units(units, [code])
            }
            sectors = uow.sectors.names(units)
            for figure in held:
                package = entry_dto.package_version(figure.source)
                row = None if package is None else received.get((figure.unit_id, package[1]))
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
                        state=None if row is None else row.state,
                    )
                )
        return out


def _label(figure: HeldFigure, sectors: dict[tuple[int, str], str]) -> str:
    """The row's name: the sector's, the unit's own row, or a fixed row's key."""
    key = figure.row_key
    if key.startswith("sector:"):
        return sectors.get((figure.unit_id, key), key)
    if key.startswith("unit:"):
        return figure.unit_name
    return key.partition(":")[2] or key
