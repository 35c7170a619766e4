"""The form sheets filled from stored figures: a unit's own report and an office's sums.

A unit's own II.06a or II.07b is its entry grid as stored. An office's II.06a sheets sum its
units' figures, by unit (grouped by level) or by sector; each unit's figures are checked on
their own (office_checks) and the units counted in another period mode than the sheet's are
named. The sheets from other records (targets, QĐ 766, the register) are in report_sheets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import MODES, Period
from egov_desktop.domain.units import CATALOG_LEGACY, LEVEL_COMMUNE, LEVEL_DISTRICT
from egov_desktop.errors import ValidationError
from egov_desktop.export.model import CellValue, ReportData, RowGroup, TableRow
from egov_desktop.services.entry import EntryService
from egov_desktop.services.entry_dto import Problem
from egov_desktop.services.office_checks import office_problems
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.report_kinds import BY_SECTOR, EXPORTABLE, OFFICE_FORMS
from egov_desktop.services.report_texts import fixed_texts, summed_unit_label
from egov_desktop.services.setup import SetupService

_GROUPS = {
    LEVEL_DISTRICT: RowGroup(LEVEL_DISTRICT, "Huyện, thị xã, thành phố"),
    LEVEL_COMMUNE: RowGroup(LEVEL_COMMUNE, "Xã, phường, đặc khu"),
}
#: Before 1 July 2025 communes sat under districts and thị trấn still existed; đặc khu did not.
_LEGACY_COMMUNES = RowGroup(LEVEL_COMMUNE, "Xã, phường, thị trấn")


@dataclass(frozen=True)
class FilledForm:
    """A form's sheet as filled from the stored figures, and what its preview says of it."""

    data: ReportData
    period: str
    columns: tuple[str, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[str, ...] = ()


class FormSheets:
    """Fill the sheets of the forms in EXPORTABLE from the figures the database holds."""

    def __init__(self, uow: UowFactory, setup: SetupService, entry: EntryService) -> None:
        self._uow = uow
        self._setup = setup
        self._entry = entry

    def fill(self, code: str, period: str, mode: str | None, today: date) -> FilledForm:
        """The sheet of `code` (a form the export knows): the own report's, or the office's sums.

        The own report is refused in another mode than its figures were counted in
        (StoredModeError); the office's sheets sum each unit's figures as counted, and warn of
        the units counted in another mode than the sheet's.
        """
        if mode is not None and mode not in MODES:
            raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=mode))
        info = self._setup.require()
        columns = tuple(str(c) for c in self._entry.form(EXPORTABLE[code]).data_columns)
        if code in OFFICE_FORMS:
            parsed = Period.parse(period)
            used = mode or info.period_mode
            fixed = fixed_texts(info, parsed.label, parsed.window_text(used), today)
            if code == BY_SECTOR:
                data = self._by_sector(parsed, fixed)
            else:
                data = self._aggregated(parsed, fixed)
            warnings = self._entry.sheet_warnings(
                form=EXPORTABLE[code], period=parsed.code, mode=used
            )
            problems = tuple(self.office_problems(code, parsed.code))
            return FilledForm(data, parsed.code, columns, problems, tuple(warnings))
        grid = self._entry.grid(form=EXPORTABLE[code], period=period, mode=mode)
        fixed = fixed_texts(info, grid.period_label, grid.window_text, today)
        rows = [
            TableRow(key=str(row.sector_id), label=row.sector, values=_values(row.values))
            for row in grid.rows
        ]
        total: dict[str, int | float | None] = {str(c): v for c, v in grid.total.items()}
        empty: tuple[str, ...] = ()
        if not any(isinstance(v, (int, float)) for row in rows for v in row.values.values()):
            # Nothing entered: a total of zeros would state, signed, that there was no dossier.
            total = dict.fromkeys(total)
            empty = (
                messages.EXPORT_EMPTY_REPORT.format(
                    form=EXPORTABLE[code], period=Period.parse(grid.period_code).in_sentence
                ),
            )
        data = ReportData(code, fixed, rows, total=total)
        return FilledForm(data, grid.period_code, columns, grid.problems, empty)

    def office_problems(self, code: str, period: str) -> list[Problem]:
        """The broken identities of an office's sheet (`code` in OFFICE_FORMS), unit by unit."""
        with self._uow() as uow:
            spec = find_form(EXPORTABLE[code])
            return office_problems(uow, spec, period, by_sector=code == BY_SECTOR)

    def _by_sector(self, period: Period, fixed: dict[str, str]) -> ReportData:
        rows = [
            TableRow(key=sector.name, label=sector.name, values=_values(sector.values))
            for sector in self._entry.sector_totals(form="II.06a", period=period.code)
        ]
        if not rows:
            raise ValidationError(messages.EXPORT_NO_UNITS.format(period=period.in_sentence))
        return ReportData("II.06a", fixed, rows)

    def _aggregated(self, period: Period, fixed: dict[str, str]) -> ReportData:
        rows = [
            TableRow(
                key=unit.code,
                label=summed_unit_label(unit.name, unit.lineage, unit.entered),
                values=_values(unit.values),
                group=unit.level if unit.level in _GROUPS else LEVEL_COMMUNE,
            )
            for unit in self._entry.aggregated(form="II.06a", period=period.code)
        ]
        if not rows:
            raise ValidationError(messages.EXPORT_NO_UNITS.format(period=period.in_sentence))
        groups = dict(_GROUPS)
        if self._setup.require().catalog == CATALOG_LEGACY:
            groups[LEVEL_COMMUNE] = _LEGACY_COMMUNES
        used = [groups[key] for key in groups if any(r.group == key for r in rows)]
        return ReportData("II.06a-agg", fixed, rows, groups=used)


def _values(values: dict[int, int | None] | dict[int, int]) -> dict[str, CellValue]:
    return {str(column): value for column, value in values.items()}
