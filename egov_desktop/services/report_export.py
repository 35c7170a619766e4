"""Export a report to Excel: the one source of truth (report values) through a template.

The service the screens and the CLI call: which reports this data folder offers, their
preview, and the file written through a template. The sheets themselves are built by
report_figures (forms filled from stored figures) and report_sheets (targets, QĐ 766,
register); which reports exist is in report_kinds.

Callable from a worker thread: each call opens its own unit of work, and progress goes to a
callback, so the window stays responsive while a long export runs.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period
from egov_desktop.errors import TemplateError, ValidationError
from egov_desktop.export.headings import column_headings, label_heading
from egov_desktop.export.model import CellValue, ReportData, TableRow, output_file_name
from egov_desktop.export.writer import export_report
from egov_desktop.services.dto import ROLE_COMMUNE
from egov_desktop.services.dvc import DvcService
from egov_desktop.services.entry import EntryService
from egov_desktop.services.entry_dto import Problem
from egov_desktop.services.out_paths import destination
from egov_desktop.services.qd766 import FORM_766
from egov_desktop.services.register import RegisterService
from egov_desktop.services.report_figures import FormSheets
from egov_desktop.services.report_kinds import (
    EXPORTABLE,
    OFFICE_FORMS,
    PLANNED,
    REGISTER,
    TARGETS,
    TEMPLATE_OF,
    TRACKING,
    column_titles,
    report_names,
)
from egov_desktop.services.report_sheets import register_sheet, targets_sheet, tracking_sheet
from egov_desktop.services.setup import SetupService
from egov_desktop.services.targets import TargetsService
from egov_desktop.services.templates import TemplateInfo, TemplateService

logger = logging.getLogger(__name__)

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ExportPreview:
    """The filled table as it will be written, for the report screen."""

    form: str
    period_label: str
    window: str
    fixed: dict[str, str]
    columns: tuple[str, ...]
    rows: tuple[tuple[str, dict[str, CellValue]], ...]
    total: dict[str, int | float | None]
    problems: tuple[Problem, ...]
    #: Each row's key: a unit's code on the sheets by unit, a sector's name or id otherwise.
    keys: tuple[str, ...] = ()
    #: What the rows' labels are ("Lĩnh vực", "Mã hồ sơ", …); "" when the sheet names none.
    label_title: str = ""
    #: What the office's sheets must say of the units they sum (figures counted in another
    #: period mode than the sheet's), in Vietnamese.
    warnings: tuple[str, ...] = ()
    #: Each column's title by key ("Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến"): the
    #: screen heads its columns with their numbers only, as the printed sheet does.
    column_titles: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ExportResult:
    """Where the file went, which template filled it, and what its checks found."""

    path: Path
    form: str
    template: str
    #: The form's broken identities, as the preview lists them (the file is written anyway).
    problems: tuple[Problem, ...] = ()
    #: The preview's warnings (ExportPreview.warnings), written anyway too.
    warnings: tuple[str, ...] = ()


def _column_sums(rows: list[TableRow], columns: tuple[str, ...]) -> dict[str, int | float | None]:
    """The total row the export writes when the data carries none: each column's sum."""
    sums: dict[str, int | float | None] = {}
    for column in columns:
        numbers = [v for row in rows if isinstance(v := row.values.get(column), (int, float))]
        sums[column] = sum(numbers)
    return sums


def _as_shown(row: TableRow) -> dict[str, CellValue]:
    """A row's values for a screen without the sheet's number formats ("100%", "≥ 100")."""
    texts = {key: style.text for key, style in row.styles.items() if style.text is not None}
    return {**row.values, **texts}


class ReportExportService:
    """Fill a form's template for a period and write it under a name the offices recognise."""

    def __init__(
        self,
        uow: UowFactory,
        setup: SetupService,
        entry: EntryService,
        templates: TemplateService,
        targets: TargetsService | None = None,
        dvc: DvcService | None = None,
        register: RegisterService | None = None,
    ) -> None:
        self._setup = setup
        self._entry = entry
        self.templates = templates
        self._targets = targets
        self._dvc = dvc
        self._register = register
        self._figures = FormSheets(uow, setup, entry)

    def forms(self) -> list[str]:
        """The forms this data folder can export (a commune's without the office's forms)."""
        commune = self._is_commune()
        return [code for code in self._known() if not (commune and code in OFFICE_FORMS)]

    @staticmethod
    def form_name(code: str) -> str:
        """How the screens name a form ("Sổ theo dõi hồ sơ (Mẫu số 07)"); the code if unnamed."""
        return report_names().get(code, code)

    def _known(self) -> list[str]:
        return [
            *EXPORTABLE,
            *([TARGETS] if self._targets is not None else []),
            *(TRACKING if self._dvc is not None else ()),
            *([REGISTER] if self._register is not None else []),
        ]

    def _is_commune(self) -> bool:
        info = self._setup.current()
        return info is not None and info.role == ROLE_COMMUNE

    def templates_for(self, form: str) -> list[TemplateInfo]:
        """The templates `form` can be written into (the sheet by sector: II.06a's)."""
        code = self._check_form(form)
        return self.templates.list(TEMPLATE_OF.get(code, code))

    def sectors_for(self, form: str) -> list[str]:
        """Sectors a form can be limited to (the register's); empty for the other forms."""
        if self._check_form(form) != REGISTER or self._register is None:
            return []
        return self._register.sectors()

    def default_name(self, form: str, period: str) -> str:
        """`II.06a_00004_2025-Q3.xlsx`."""
        info = self._setup.require()
        return output_file_name(self._check_form(form), info.unit.code, Period.parse(period).code)

    def preview(
        self, *, form: str, period: str, mode: str | None = None, sector: str | None = None
    ) -> ExportPreview:
        """The figures and texts the export would write, with the identity checks."""
        code = self._check_sector(self._check_form(form), sector)
        if code in (TARGETS, REGISTER, *TRACKING):
            return self._sheet_preview(code, period, mode, date.today(), sector)
        filled = self._figures.fill(code, period, mode, date.today())
        data, columns = filled.data, filled.columns
        total = data.total if data.total is not None else _column_sums(data.rows, columns)
        return ExportPreview(
            form=code,  # the sheet by sector writes II.06a's layout
            period_label=data.fixed["period_label"],
            window=data.fixed["window"],
            fixed=data.fixed,
            columns=columns,
            rows=tuple((row.label, row.values) for row in data.rows),
            keys=tuple(row.key for row in data.rows),
            total=total,
            problems=filled.problems,
            label_title=self._label_title(code),
            warnings=filled.warnings,
            column_titles=self._column_titles(code),
        )

    def problems(self, *, form: str, period: str) -> list[Problem]:
        """The broken identities the preview of `form` lists (on an office's sheets too)."""
        code = self._check_form(form)
        if code in OFFICE_FORMS:
            return self._figures.office_problems(code, Period.parse(period).code)
        if code in EXPORTABLE:
            return self._entry.validate(form=EXPORTABLE[code], period=period)
        return []

    def export(
        self,
        *,
        form: str,
        period: str,
        out: Path,
        template: str | None = None,
        mode: str | None = None,
        progress: Progress | None = None,
        today: date | None = None,
        sector: str | None = None,
    ) -> ExportResult:
        """Write the report; `out` may be a folder (the recognisable name is used inside).

        Raises:
            ValidationError: unknown form, period or mode.
            TemplateError: unknown template, or one that fails its checks.
            ExportError: the file could not be written or failed its re-read check.
        """
        report = (lambda _p, _t: None) if progress is None else progress
        code = self._check_sector(self._check_form(form), sector)
        problems: tuple[Problem, ...] = ()
        warnings: tuple[str, ...] = ()
        report(5, messages.EXPORT_STEP_TEMPLATE)
        chosen, _ = self.templates.resolve(TEMPLATE_OF.get(code, code), template)
        report(20, messages.EXPORT_STEP_DATA)
        if code in (TARGETS, REGISTER, *TRACKING):
            data, period_code, warnings = self._sheet(
                code, period, mode, today or date.today(), sector
            )
        else:
            filled = self._figures.fill(code, period, mode, today or date.today())
            data, period_code = filled.data, filled.period
            problems, warnings = filled.problems, filled.warnings
        name = output_file_name(code, self._setup.require().unit.code, period_code)
        target = destination(out, name)
        report(50, messages.EXPORT_STEP_WRITE)
        written = export_report(data, chosen, output=target)
        report(100, messages.EXPORT_STEP_DONE)
        return ExportResult(
            path=written, form=code, template=chosen.name, problems=problems, warnings=warnings
        )

    def _label_title(self, code: str) -> str:
        """What the default template heads the rows with; "" when it cannot be read."""
        try:
            template, _ = self.templates.resolve(TEMPLATE_OF.get(code, code), None)
        except TemplateError:  # a broken template of the unit's: the export will say why
            return ""
        return label_heading(template)

    def _column_titles(self, code: str) -> dict[str, str]:
        """Each column's title: the form's header path, or what the default template prints.

        A form's sheets take the form's definition: the template's nearest heading ("Tổng số")
        says less than the path down to it. The other sheets have only their template.
        """
        if code in EXPORTABLE:
            return {str(number): title for number, title in column_titles(code).items()}
        try:
            template, _ = self.templates.resolve(TEMPLATE_OF.get(code, code), None)
        except TemplateError:  # a broken template of the unit's: the export will say why
            return {}
        return column_headings(template)

    def _check_form(self, form: str) -> str:
        wanted = form.strip()
        for code in self._known():
            if code.casefold() == wanted.casefold():
                if code in OFFICE_FORMS and self._is_commune():
                    raise ValidationError(messages.EXPORT_OFFICE_ONLY.format(form=code))
                return code
        if wanted.casefold() in (p.casefold() for p in PLANNED):
            raise ValidationError(messages.EXPORT_FORM_PLANNED.format(form=wanted))
        known = ", ".join(self.forms())
        raise ValidationError(messages.EXPORT_UNKNOWN_FORM.format(form=wanted, known=known))

    @staticmethod
    def _check_sector(code: str, sector: str | None) -> str:
        """`code`, unless a sector is asked of a sheet that always holds every sector."""
        if sector is not None and sector.strip() and code != REGISTER:
            raise ValidationError(messages.EXPORT_SECTOR_REGISTER_ONLY.format(form=code))
        return code

    # The sheets from other records than a form's figures.

    def _sheet(
        self, code: str, period: str, mode: str | None, today: date, sector: str | None
    ) -> tuple[ReportData, str, tuple[str, ...]]:
        """The targets, QĐ 766 or register sheet, its period's code and its warnings."""
        if code == TARGETS:
            assert self._targets is not None
            data, period_code = targets_sheet(self._targets, self._setup, period, today)
            return data, period_code, ()
        if code == REGISTER:
            assert self._register is not None
            data, period_code = register_sheet(
                self._register, self._setup, period, mode, sector, today
            )
            return data, period_code, ()
        assert self._dvc is not None
        data, period_code = tracking_sheet(self._dvc, self._setup, code, period, mode, today)
        return data, period_code, self._tracking_warnings(period_code, mode)

    def _tracking_warnings(self, period: str, mode: str | None) -> tuple[str, ...]:
        """An office's QĐ 766 sheets sum its units' form 766 figures: as FormSheets warns."""
        if self._is_commune():  # a commune's row is counted from its register in `mode`
            return ()
        return tuple(self._entry.sheet_warnings(form=FORM_766, period=period, mode=mode))

    def _sheet_preview(
        self, code: str, period: str, mode: str | None, today: date, sector: str | None = None
    ) -> ExportPreview:
        data, _, warnings = self._sheet(code, period, mode, today, sector)
        columns = sorted({key for row in data.rows for key in row.values}, key=int)
        return ExportPreview(
            form=code,
            period_label=data.fixed["period_label"],
            window=data.fixed["window"],
            fixed=data.fixed,
            columns=tuple(columns),
            rows=tuple((row.label, _as_shown(row)) for row in data.rows),
            keys=tuple(row.key for row in data.rows),
            total={},
            problems=(),
            label_title=self._label_title(code),
            warnings=warnings,
            column_titles=self._column_titles(code),
        )
