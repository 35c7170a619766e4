"""The sheets filled from other records than a report's figures.

The IT-application targets sheet (TargetsService.progress), the QĐ 766 tracking sheets
(DvcService.tracking, domain.md §4.4, §4.5) and the Sổ theo dõi hồ sơ, TT 03/2025 Mẫu 07
(the register). Each builder returns the sheet's data and the period's code, for the export
to write into a template or the report screen to preview; the form sheets built from stored
figures are in report_figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from egov_desktop.domain import messages
from egov_desktop.domain.dossiers import CLOSED_WITHOUT_DECISION
from egov_desktop.domain.indicators import NOT_APPLICABLE
from egov_desktop.domain.periods import MODES, Period
from egov_desktop.domain.validation import format_number
from egov_desktop.errors import ValidationError
from egov_desktop.export.model import CellStyle, CellValue, ReportData, TableRow
from egov_desktop.services.dto import SetupInfo
from egov_desktop.services.dvc import DvcService
from egov_desktop.services.dvc_dto import TrackingRow
from egov_desktop.services.register import MAX_PAGE, RegisterService
from egov_desktop.services.register_dto import DossierInfo, DossierQuery
from egov_desktop.services.report_kinds import REGISTER, TARGETS
from egov_desktop.services.report_texts import fixed_texts, summed_unit_label
from egov_desktop.services.setup import SetupService
from egov_desktop.services.targets import TargetsService
from egov_desktop.services.targets_dto import FigureInfo, TargetInfo

#: A projection past 100 % as the targets sheet prints it: the number 100 reading "≥ 100".
_AT_LEAST_100 = CellStyle(number_format='"≥ "0', text="≥ 100")


def targets_sheet(
    targets: TargetsService, setup: SetupService, period: str, today: date
) -> tuple[ReportData, str]:
    """Each target's progress (one row per target and unit) as of the period's end.

    The line under the period names the documents the targets come from (domain.md §6.5).
    """
    code = Period.parse(period)
    info = setup.require()
    start, end = code.window(info.period_mode)
    fixed = fixed_texts(info, code.label, code.window_text(info.period_mode), today)
    rows = []
    as_of = min(today, end)
    progress = targets.progress(as_of)
    fixed["subtitle"] = _sources(item.target for item in progress)
    for item in progress:
        target = item.target
        # A period under way counts with what it holds so far, as in the target's flag.
        shown = [
            p
            for p in item.points
            if Period.parse(p.period_code).window(info.period_mode)[0] <= as_of
        ]
        # The figure the result (9) and the flag are computed from: a 0/0 quarter says
        # nothing, so (6)–(8) name the same figure as (9), never an emptier later one.
        # Only 0/0 quarters: the latest is shown, its result "không áp dụng" (§6.1).
        figures = [p for p in shown if p.value is not None]
        latest = figures[-1] if figures else (shown[-1] if shown else None)
        planned, planned_style = _target(target.target, target.kind)
        result, result_style = _result(item.latest, latest, target.kind)
        projected, projected_style = _projection(item.projected, target.kind)
        styles = {
            key: style
            for key, style in (("4", planned_style), ("9", result_style), ("10", projected_style))
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
                    "9": result,
                    "10": projected,
                    "11": item.flag_label,
                },
            )
        )
    return ReportData(TARGETS, fixed, rows), code.code


def tracking_sheet(
    dvc: DvcService, setup: SetupService, code: str, period: str, mode: str | None, today: date
) -> tuple[ReportData, str]:
    """The QĐ 766 sheets from DvcService.tracking's rows; rates as values, 2 decimals."""
    parsed, info, used = _counted(setup, period, mode)
    fixed = fixed_texts(info, parsed.label, parsed.window_text(used), today)
    rows = [_tracking_row(code, row) for row in dvc.tracking(parsed.code, used)]
    if not rows:  # an office without any unit's form 766 figures
        raise ValidationError(messages.EXPORT_NO_UNITS.format(period=parsed.in_sentence))
    return ReportData(code, fixed, rows), parsed.code


def register_sheet(
    register: RegisterService,
    setup: SetupService,
    period: str,
    mode: str | None,
    sector: str | None,
    today: date,
) -> tuple[ReportData, str]:
    """Dossiers received in the period (of one sector if given), oldest first."""
    parsed, info, used = _counted(setup, period, mode)
    # The printed heading names the sector as the unit writes it, whatever was typed.
    named = register.named_sector(sector) if sector and sector.strip() else None
    query = DossierQuery(period=parsed.code, mode=used, basis="received", sector=named)
    dossiers: list[DossierInfo] = []
    while True:
        page = register.list(query, offset=len(dossiers), limit=MAX_PAGE)
        dossiers += page
        if len(page) < MAX_PAGE:
            break
    dossiers.sort(key=lambda d: (d.received, d.code))
    fixed = fixed_texts(info, parsed.label, parsed.window_text(used), today)
    fixed["subtitle"] = named or "Tất cả lĩnh vực"
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
                "10": d.result_delivery,
            },
        )
        for d in dossiers
    ]
    return ReportData(REGISTER, fixed, rows), parsed.code


def _counted(setup: SetupService, period: str, mode: str | None) -> tuple[Period, SetupInfo, str]:
    """The period, the unit's setup and the mode the sheet counts in (the unit's unless given)."""
    if mode is not None and mode not in MODES:
        raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=mode))
    parsed = Period.parse(period)
    info = setup.require()
    return parsed, info, mode or info.period_mode


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
        label=summed_unit_label(row.unit_name, row.lineage),
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


def _result(
    value: float | None, figure: FigureInfo | None, kind: str
) -> tuple[CellValue, CellStyle | None]:
    """The result (9): a ratio's percent reads "94,9%" through its number format, as (4) does.

    A figure over a zero base reads "không áp dụng" (domain.md §6.1), as `targets progress`
    says; no figure at all leaves the cell empty.
    """
    if value is None:
        if figure is not None and figure.text == NOT_APPLICABLE:
            return NOT_APPLICABLE, CellStyle(centred=True)
        return None, None
    number = round(value, 1)
    if kind != "ratio":
        return number, None
    return number, CellStyle(number_format='0.0"%"', text=format_number(number) + "%")


def _sources(targets: Iterable[TargetInfo]) -> str:
    """The documents the targets come from: "Quyết định số … ngày … (plan's name)", once each."""
    named = (f"{t.document} ({t.plan})" if t.document else t.plan for t in targets)
    return "; ".join(dict.fromkeys(named))


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
