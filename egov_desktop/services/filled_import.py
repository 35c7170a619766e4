"""An office reads a unit's report from the Excel file the unit filled in by hand.

The file is a copy of one of the form's templates (the built-in one or the province's); the
template's mapping says where the table is. Rows are matched to the unit's sectors by name,
figures are checked like typed ones, and everything is stored in one transaction, or nothing
when a row or a figure cannot be placed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from egov_desktop.domain import messages
from egov_desktop.domain.forms import Form
from egov_desktop.domain.periods import Period
from egov_desktop.domain.text import fold
from egov_desktop.domain.units import CATALOG_2025, names_unit
from egov_desktop.domain.validation import check
from egov_desktop.errors import ValidationError
from egov_desktop.export.read_back import UnitLine, read_filled
from egov_desktop.services import entry_dto as dto
from egov_desktop.services.backups import BEFORE_UNIT_FILE, BackupService
from egov_desktop.services.entry import EntryService
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.templates import TemplateService
from egov_desktop.services.units import load_catalog


@dataclass(frozen=True)
class FilledPreview:
    """What the file holds for the unit: (row label, column, figure) cells."""

    cells: tuple[tuple[str, int, int | None], ...]
    rows: int
    #: The form's identities the file's figures break, by row label (None: the total row).
    #: Warnings only: the figures are the unit's, and they are stored as the file has them.
    problems: tuple[dto.Problem, ...] = ()


class FilledReportService:
    """Read back a hand-filled copy of a form's template into a subordinate unit's report."""

    def __init__(
        self,
        entry: EntryService,
        templates: TemplateService,
        backups: BackupService | None = None,
    ) -> None:
        self._entry = entry
        self._templates = templates
        self._backups = backups

    def read(
        self,
        path: Path,
        *,
        form: str,
        period: str,
        unit: str,
        template: str | None = None,
        catalog: str | None = None,
    ) -> FilledPreview:
        """The cells the file would set; ValidationError for anything that cannot be placed.

        `unit` (and `catalog`) names the unit as EntryService.set_values takes it: before
        1 July 2025 at a province office, an old commune.
        """
        spec, code = find_form(form), Period.parse(period)
        chosen, _ = self._templates.resolve(spec.code, template)
        table = read_filled(path, chosen)
        if table.period_text and fold(code.label) not in fold(table.period_text):
            raise ValidationError(
                messages.FILLED_OTHER_PERIOD.format(
                    name=path.name, found=table.period_text, period=code.in_sentence
                )
            )
        self._check_unit(path, table.units, unit=unit, period=code.code, catalog=catalog)
        if not table.rows:
            raise ValidationError(messages.FILLED_EMPTY.format(name=path.name))
        unknown = self._entry.unknown_rows(
            form=spec.code,
            names=[row.label for row in table.rows],
            unit=unit,
            period=code.code,
            catalog=catalog,
        )
        cells: list[tuple[str, int, int | None]] = []
        for row in table.rows:
            if row.label in unknown:
                raise ValidationError(
                    messages.FILLED_BAD_ROW.format(
                        name=path.name, row=row.row, detail=unknown[row.label]
                    )
                )
            for column, raw in sorted(row.values.items()):
                cells.append((row.label, column, self._figure(path, row.row, column, raw)))
        return FilledPreview(tuple(cells), len(table.rows), _problems(spec, cells))

    def apply(
        self,
        path: Path,
        *,
        form: str,
        period: str,
        unit: str,
        template: str | None = None,
        actor: str | None = None,
        catalog: str | None = None,
    ) -> list[dto.CellChange]:
        """Store the file's figures for the unit in one transaction (source "imported").

        The file is the unit's report afresh, filled in the office's template for the period:
        the report records the office's period mode, also over figures counted in another
        one before (a package of the unit's, or the office's former mode).
        """
        preview = self.read(
            path, form=form, period=period, unit=unit, template=template, catalog=catalog
        )
        if self._backups is not None:
            self._backups.create(BEFORE_UNIT_FILE)
        # The rows are found again in the transaction that stores the figures.
        return self._entry.set_values(
            list(preview.cells),
            form=form,
            period=period,
            source=dto.SOURCE_IMPORTED,
            actor=actor,
            unit=unit,
            catalog=catalog,
            adopt_mode=True,
        )

    def _check_unit(
        self,
        path: Path,
        lines: tuple[UnitLine, ...],
        *,
        unit: str,
        period: str,
        catalog: str | None,
    ) -> None:
        """Refuse a file whose unit lines name another unit than the one its figures go to.

        A line left blank (the template's "……") names nobody and is no reason to refuse: the
        unit may have filled in the table only.
        """
        if not any(line.text for line in lines):
            return
        target = self._entry.typed_unit(unit=unit, period=period, catalog=catalog)
        names = [target.name]
        if target.old and catalog is None:
            # An old commune typed under its 2025 commune's code: the file may name either.
            taken_over = load_catalog(CATALOG_2025).get(unit.strip())
            names += [taken_over.name] if taken_over is not None else []
        for line in lines:
            named = names_unit(line.text, names=names, code=target.code, label=line.label)
            if named is False:
                raise ValidationError(
                    messages.FILLED_OTHER_UNIT.format(
                        name=path.name, found=line.text, unit=target.label
                    )
                )

    def _figure(self, path: Path, row: int, column: int, raw: object) -> int | None:
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            return None
        if isinstance(raw, bool):
            raw = str(raw)
        if isinstance(raw, float) and raw.is_integer():
            raw = int(raw)
        try:
            return self._entry.parse_value(raw if isinstance(raw, str) else str(raw))
        except ValidationError as error:
            raise ValidationError(
                messages.FILLED_BAD_VALUE.format(
                    name=path.name, row=row, column=column, detail=error.message
                )
            ) from error


def _problems(spec: Form, cells: list[tuple[str, int, int | None]]) -> tuple[dto.Problem, ...]:
    """The identities the file's rows break (the carry-over needs the previous period: not here)."""
    rows: dict[str, dict[int, int | None]] = {}
    for label, column, value in cells:
        rows.setdefault(label, {})[column] = value
    labels = list(rows)
    return tuple(
        dto.Problem(
            severity=found.severity,
            code=found.code,
            sector=None if found.row is None else labels[found.row],
            sector_id=None,
            columns=found.columns,
            message=found.message,
        )
        for found in check(spec, [(index, rows[label]) for index, label in enumerate(labels)])
    )
