"""Export a report to Excel: the one source of truth (report values) through a template.

Callable from a worker thread: each call opens its own unit of work, and progress goes to a
callback, so the window stays responsive while a long export runs.
"""

from __future__ import annotations

import functools
import logging
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from egov_desktop import config
from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.dossiers import CLOSED_WITHOUT_DECISION
from egov_desktop.domain.indicators import NOT_APPLICABLE
from egov_desktop.domain.periods import MODES, Period
from egov_desktop.domain.units import CATALOG_LEGACY, LEVEL_COMMUNE, LEVEL_DISTRICT
from egov_desktop.domain.validation import format_number
from egov_desktop.errors import TemplateError, ValidationError
from egov_desktop.export.headings import label_heading
from egov_desktop.export.model import (
    CellStyle,
    CellValue,
    ReportData,
    RowGroup,
    TableRow,
    output_file_name,
    place_date_line,
)
from egov_desktop.export.writer import export_report
from egov_desktop.services.agency import default_receiving_unit, parent_agency
from egov_desktop.services.dto import ROLE_COMMUNE, SetupInfo
from egov_desktop.services.dvc import DvcService
from egov_desktop.services.dvc_dto import TrackingRow
from egov_desktop.services.entry import EntryService
from egov_desktop.services.entry_dto import Problem
from egov_desktop.services.office_checks import office_problems
from egov_desktop.services.out_paths import destination
from egov_desktop.services.qd766 import FORM_766
from egov_desktop.services.register import MAX_PAGE, RegisterService
from egov_desktop.services.register_dto import DossierInfo, DossierQuery
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.setup import SetupService
from egov_desktop.services.targets import TargetsService
from egov_desktop.services.templates import TemplateInfo, TemplateService

logger = logging.getLogger(__name__)

#: Forms the export knows, with the form whose figures fill them.
EXPORTABLE = {
    "II.06a": "II.06a",
    "II.07b": "II.07b",
    "II.06a-agg": "II.06a",
    "II.06a-sectors": "II.06a",
}
#: Forms written into another form's templates (same layout, other rows).
TEMPLATE_OF = {"II.06a-sectors": "II.06a"}
#: Forms an office fills from its units' figures: they are checked unit by unit
#: (office_checks), and a commune (which has no units) is neither offered nor given them.
OFFICE_FORMS = ("II.06a-agg", "II.06a-sectors")
#: The office's sheet by sector (the other one is by unit).
BY_SECTOR = "II.06a-sectors"
#: Forms the CLI names that this build cannot fill yet (the message says so).
PLANNED: tuple[str, ...] = ()
#: The Sổ theo dõi hồ sơ (TT 03/2025 Mẫu 07) from the register, optionally for one sector.
REGISTER = "register"
#: The QĐ 766 tracking sheets (domain.md §4.4, §4.5): a commune's row from its register, an
#: office's rows from its units' form 766 figures (DvcService.tracking).
TRACKING = ("766-dvc", "766-digitisation")
#: The IT-application targets sheet: progress of each target as of the period's end.
TARGETS = "targets"
#: Administrative-name prefixes dropped for the place in the place-and-date line (NĐ 30/2020).
_PLACE_PREFIXES = (
    "Thành phố ",
    "Thị trấn ",
    "Thị xã ",
    "Đặc khu ",
    "Phường ",
    "Huyện ",
    "Quận ",
    "Tỉnh ",
    "Xã ",
)
_GROUPS = {
    LEVEL_DISTRICT: RowGroup(LEVEL_DISTRICT, "Huyện, thị xã, thành phố"),
    LEVEL_COMMUNE: RowGroup(LEVEL_COMMUNE, "Xã, phường, đặc khu"),
}
#: Before 1 July 2025 communes sat under districts and thị trấn still existed; đặc khu did not.
_LEGACY_COMMUNES = RowGroup(LEVEL_COMMUNE, "Xã, phường, thị trấn")

Progress = Callable[[int, str], None]


@functools.cache
def report_names() -> dict[str, str]:
    """What the screens call each report (resources/reports.toml), read once."""
    with config.resource_path("reports.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["names"])


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


@dataclass(frozen=True)
class _Filled:
    """A form's sheet as filled from the stored figures, and what its preview says of it."""

    data: ReportData
    period: str
    columns: tuple[str, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[str, ...] = ()


def place_name(unit_name: str) -> str:
    """The place of the place-and-date line: "Phường Ba Đình" gives "Ba Đình"."""
    for prefix in _PLACE_PREFIXES:
        if unit_name.startswith(prefix) and len(unit_name) > len(prefix):
            return unit_name[len(prefix) :]
    return unit_name


def fixed_texts(info: SetupInfo, period_label: str, window: str, today: date) -> dict[str, str]:
    """The texts around the table: agency block, period, place-and-date, signatures."""
    unit = info.unit
    agency = f"UBND {unit.name}"
    parent = parent_agency(unit)
    # Who receives communes' reports since 07/2025 varies by province: the unit may set it.
    receiving = info.receiving_unit or default_receiving_unit(unit)
    return {
        "unit_name": unit.name,
        "agency_name": agency,
        "parent_agency": parent,
        "reporting_unit": agency,
        "receiving_unit": receiving,
        "period_label": period_label,
        "window": window,
        "place_date": place_date_line(place_name(unit.name), today),
        "officer": info.officer,
        "head": info.head,
    }


def _column_sums(rows: list[TableRow], columns: tuple[str, ...]) -> dict[str, int | float | None]:
    """The total row the export writes when the data carries none: each column's sum."""
    sums: dict[str, int | float | None] = {}
    for column in columns:
        numbers = [v for row in rows if isinstance(v := row.values.get(column), (int, float))]
        sums[column] = sum(numbers)
    return sums


def _rate(part: int, whole: int) -> float | str:
    """Percent with 2 decimals, as the provincial sheets print it.

    A zero whole gives "không áp dụng" (domain.md §6.1), never an empty cell or a division.
    """
    return round(part * 100 / whole, 2) if whole else NOT_APPLICABLE


def _tracking_row(code: str, row: TrackingRow) -> TableRow:
    """A unit's row of the QĐ 766 DVC sheet (§4.4) or digitisation sheet (§4.5).

    A rate over a zero base reads "không áp dụng", centred in its column of figures.
    """
    values = _tracking_values(code, row)
    centred = CellStyle(centred=True)
    return TableRow(
        key=row.unit_code,
        label=_unit_label(row.unit_name, row.lineage),
        values=values,
        styles={key: centred for key, value in values.items() if value == NOT_APPLICABLE},
    )


def _tracking_values(code: str, row: TrackingRow) -> dict[str, CellValue]:
    if code == "766-digitisation":
        return {
            "3": row.received,
            "4": row.components_not_digitised,
            "5": row.components_digitised,
            "6": row.components_reused,
            "7": row.components_reused_national,
            "8": row.resolved,
            "9": row.results_not_digitised,
            "10": row.results_digitised,
        }
    a, b, c = row.received_online, row.received_direct, row.received_postal
    new = a + b + c
    handled = row.online_resolved_on_time + row.online_resolved_late
    paid = _rate(row.paid_online, row.financial_obligation)
    return {
        "2": row.agency_code or None,
        "4": a,
        "5": b,
        "6": c,
        "7": _rate(a, new),
        "8": _rate(b, new),
        "9": _rate(c, new),
        "10": row.online_resolved_on_time,
        "11": row.online_resolved_late,
        "12": _rate(row.online_resolved_on_time, handled),
        "13": _rate(row.online_resolved_late, handled),
        "14": row.synced,
        "15": row.financial_obligation,
        "16": row.paid_online,
        "17": paid,
        "18": round(100 - paid, 2) if isinstance(paid, float) else paid,
    }


#: A projection past 100 % as the targets sheet prints it: the number 100 reading "≥ 100".
_AT_LEAST_100 = CellStyle(number_format='"≥ "0', text="≥ 100")


def _number(value: float) -> int | float:
    """A whole figure as an int (100, not 100.0), any other as it is."""
    return int(value) if float(value).is_integer() else value


def _target(value: float, kind: str) -> tuple[int | float, CellStyle | None]:
    """The plan's target as a number; a ratio's reads "100%" through its number format.

    The number is in percent, as the result (9) and the projection (10) are, so that the
    sheet can compare them.
    """
    number = _number(value)
    if kind != "ratio":
        return number, None
    shown = format_number(number) + "%"
    if isinstance(number, int):
        return number, CellStyle(number_format='0"%"', text=shown)
    return number, CellStyle(number_format='0.0#"%"', text=shown)


def _projection(value: float | None, kind: str) -> tuple[CellValue, CellStyle | None]:
    """A trend past 100 % only says the target will be reached: "≥ 100", not 191.6.

    It stays a number (100) that reads "≥ 100" through its number format (domain.md §8).
    """
    if value is None:
        return None, None
    if kind == "ratio" and value > 100:
        return 100, _AT_LEAST_100
    return round(value, 1), None


def _result_returned(dossier: DossierInfo) -> date | None:
    """Column (9) "Trả kết quả": the day the result was handed to the applicant (§4.8).

    Not the resolution date, which is another fact; and a withdrawn or returned dossier has
    no result to hand over, its end date is the withdrawal or the return (§5.2).
    """
    if dossier.status in CLOSED_WITHOUT_DECISION:
        return None
    return dossier.returned


def _as_shown(row: TableRow) -> dict[str, CellValue]:
    """A row's values for a screen without the sheet's number formats ("100%", "≥ 100")."""
    texts = {key: style.text for key, style in row.styles.items() if style.text is not None}
    return {**row.values, **texts}


def _unit_label(name: str, lineage: tuple[str, ...]) -> str:
    """Before the reform: the old communes summed into this one are named."""
    return name + (f" (gồm: {'; '.join(lineage)})" if lineage else "")


def _values(values: dict[int, int | None] | dict[int, int]) -> dict[str, CellValue]:
    return {str(column): value for column, value in values.items()}


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
        self._uow = uow
        self._setup = setup
        self._entry = entry
        self.templates = templates
        self._targets = targets
        self._dvc = dvc
        self._register = register

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
        if self._check_form(form) in (TARGETS, REGISTER, *TRACKING):
            return self._sheet_preview(self._check_form(form), period, mode, date.today(), sector)
        filled = self._data(form, period, mode, date.today())
        data, columns = filled.data, filled.columns
        total = data.total if data.total is not None else _column_sums(data.rows, columns)
        return ExportPreview(
            form=self._check_form(form),  # the sheet by sector writes II.06a's layout
            period_label=data.fixed["period_label"],
            window=data.fixed["window"],
            fixed=data.fixed,
            columns=columns,
            rows=tuple((row.label, row.values) for row in data.rows),
            keys=tuple(row.key for row in data.rows),
            total=total,
            problems=filled.problems,
            label_title=self._label_title(self._check_form(form)),
            warnings=filled.warnings,
        )

    def problems(self, *, form: str, period: str) -> list[Problem]:
        """The broken identities the preview of `form` lists (on an office's sheets too)."""
        code = self._check_form(form)
        if code in OFFICE_FORMS:
            return self._office_problems(code, Period.parse(period).code)
        if code in EXPORTABLE:
            return self._entry.validate(form=EXPORTABLE[code], period=period)
        return []

    def _office_problems(self, code: str, period: str) -> list[Problem]:
        with self._uow() as uow:
            spec = find_form(EXPORTABLE[code])
            return office_problems(uow, spec, period, by_sector=code == BY_SECTOR)

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
        code = self._check_form(form)
        problems: tuple[Problem, ...] = ()
        warnings: tuple[str, ...] = ()
        report(5, messages.EXPORT_STEP_TEMPLATE)
        chosen, _ = self.templates.resolve(TEMPLATE_OF.get(code, code), template)
        report(20, messages.EXPORT_STEP_DATA)
        if code == TARGETS:
            data, period_code = self._targets_data(period, today or date.today())
        elif code in TRACKING:
            data, period_code = self._tracking_data(code, period, mode, today or date.today())
            warnings = self._tracking_warnings(period_code, mode)
        elif code == REGISTER:
            data, period_code = self._register_data(period, mode, sector, today or date.today())
        else:
            filled = self._data(code, period, mode, today or date.today())
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

    # Building the data.

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

    def _data(self, form: str, period: str, mode: str | None, today: date) -> _Filled:
        """A form's sheet from the stored figures: the own report's, or the office's sums.

        The own report is refused in another mode than its figures were counted in
        (StoredModeError); the office's sheets sum each unit's figures as counted, and warn of
        the units counted in another mode than the sheet's.
        """
        code = self._check_form(form)
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
            warnings = self._entry.mode_warnings(
                form=EXPORTABLE[code], period=parsed.code, mode=used
            )
            problems = tuple(self._office_problems(code, parsed.code))
            return _Filled(data, parsed.code, columns, problems, tuple(warnings))
        grid = self._entry.grid(form=EXPORTABLE[code], period=period, mode=mode)
        fixed = fixed_texts(info, grid.period_label, grid.window_text, today)
        rows = [
            TableRow(key=str(row.sector_id), label=row.sector, values=_values(row.values))
            for row in grid.rows
        ]
        total: dict[str, int | float | None] = {str(c): v for c, v in grid.total.items()}
        data = ReportData(code, fixed, rows, total=total)
        return _Filled(data, grid.period_code, columns, grid.problems)

    def _tracking_warnings(self, period: str, mode: str | None) -> tuple[str, ...]:
        """An office's QĐ 766 sheets sum its units' form 766 figures: as `_data` warns."""
        if self._is_commune():  # a commune's row is counted from its register in `mode`
            return ()
        return tuple(self._entry.mode_warnings(form=FORM_766, period=period, mode=mode))

    def _targets_data(self, period: str, today: date) -> tuple[ReportData, str]:
        """Each target's progress (one row per target and unit) as of the period's end."""
        assert self._targets is not None
        code = Period.parse(period)
        info = self._setup.require()
        start, end = code.window(info.period_mode)
        fixed = fixed_texts(info, code.label, code.window_text(info.period_mode), today)
        rows = []
        as_of = min(today, end)
        for item in self._targets.progress(as_of):
            target = item.target
            # The figure the result (9) and the flag are computed from: a 0/0 quarter says
            # nothing, so (6)–(8) name the same figure as (9), never an emptier later one.
            # A period under way counts with what it holds so far, as in the target's flag.
            shown = [
                p
                for p in item.points
                if p.value is not None
                and Period.parse(p.period_code).window(info.period_mode)[0] <= as_of
            ]
            latest = shown[-1] if shown else None
            planned, planned_style = _target(target.target, target.kind)
            projected, projected_style = _projection(item.projected, target.kind)
            styles = {
                key: style
                for key, style in (("4", planned_style), ("10", projected_style))
                if style is not None
            }
            rows.append(
                TableRow(
                    key=f"{target.indicator}:{item.unit_code}",
                    label=target.name,
                    styles=styles,
                    values={
                        "3": item.unit_name,
                        "4": planned,
                        "5": target.deadline,
                        # "Kỳ số liệu gần nhất" as the sheet's readers name periods.
                        "6": Period.parse(latest.period_code).label if latest else None,
                        "7": latest.numerator if latest is not None else None,
                        "8": latest.denominator if latest is not None else None,
                        "9": None if item.latest is None else round(item.latest, 1),
                        "10": projected,
                        "11": item.flag_label,
                    },
                )
            )
        return ReportData(TARGETS, fixed, rows), code.code

    def _tracking_data(
        self, code: str, period: str, mode: str | None, today: date
    ) -> tuple[ReportData, str]:
        """The QĐ 766 sheets from DvcService.tracking's rows; rates as values, 2 decimals."""
        assert self._dvc is not None
        if mode is not None and mode not in MODES:
            raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=mode))
        parsed = Period.parse(period)
        info = self._setup.require()
        used = mode or info.period_mode
        fixed = fixed_texts(info, parsed.label, parsed.window_text(used), today)
        rows = [_tracking_row(code, row) for row in self._dvc.tracking(parsed.code, used)]
        if not rows:  # an office without any unit's form 766 figures
            raise ValidationError(messages.EXPORT_NO_UNITS.format(period=parsed.label))
        return ReportData(code, fixed, rows), parsed.code

    def _register_data(
        self, period: str, mode: str | None, sector: str | None, today: date
    ) -> tuple[ReportData, str]:
        """Dossiers received in the period (of one sector if given), oldest first."""
        assert self._register is not None
        if mode is not None and mode not in MODES:
            raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=mode))
        parsed = Period.parse(period)
        info = self._setup.require()
        used = mode or info.period_mode
        query = DossierQuery(period=parsed.code, mode=used, basis="received", sector=sector)
        dossiers: list[DossierInfo] = []
        while True:
            page = self._register.list(query, offset=len(dossiers), limit=MAX_PAGE)
            dossiers += page
            if len(page) < MAX_PAGE:
                break
        dossiers.sort(key=lambda d: (d.received, d.code))
        fixed = fixed_texts(info, parsed.label, parsed.window_text(used), today)
        fixed["subtitle"] = sector.strip() if sector else "Tất cả lĩnh vực"
        rows = [
            TableRow(
                key=d.code,
                label=d.code,
                values={
                    "3": d.procedure_name,
                    "4": d.applicant,
                    "5": d.contact,
                    "6": d.lead_agency,
                    "7": d.received,
                    "8": d.due,
                    "9": _result_returned(d),
                },
            )
            for d in dossiers
        ]
        return ReportData(REGISTER, fixed, rows), parsed.code

    def _sheet_preview(
        self, code: str, period: str, mode: str | None, today: date, sector: str | None = None
    ) -> ExportPreview:
        warnings: tuple[str, ...] = ()
        if code == TARGETS:
            data, _ = self._targets_data(period, today)
        elif code == REGISTER:
            data, _ = self._register_data(period, mode, sector, today)
        else:
            data, period_code = self._tracking_data(code, period, mode, today)
            warnings = self._tracking_warnings(period_code, mode)
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
        )

    def _by_sector(self, period: Period, fixed: dict[str, str]) -> ReportData:
        rows = [
            TableRow(key=sector.name, label=sector.name, values=_values(sector.values))
            for sector in self._entry.sector_totals(form="II.06a", period=period.code)
        ]
        if not rows:
            raise ValidationError(messages.EXPORT_NO_UNITS.format(period=period.label))
        return ReportData("II.06a", fixed, rows)

    def _aggregated(self, period: Period, fixed: dict[str, str]) -> ReportData:
        rows = [
            TableRow(
                key=unit.code,
                label=_unit_label(unit.name, unit.lineage),
                values=_values(unit.values),
                group=unit.level if unit.level in _GROUPS else LEVEL_COMMUNE,
            )
            for unit in self._entry.aggregated(form="II.06a", period=period.code)
        ]
        if not rows:
            raise ValidationError(messages.EXPORT_NO_UNITS.format(period=period.label))
        groups = dict(_GROUPS)
        if self._setup.require().catalog == CATALOG_LEGACY:
            groups[LEVEL_COMMUNE] = _LEGACY_COMMUNES
        used = [groups[key] for key in groups if any(r.group == key for r in rows)]
        return ReportData("II.06a-agg", fixed, rows, groups=used)
