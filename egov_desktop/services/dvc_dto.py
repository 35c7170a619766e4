"""Frozen data of the DVCTT indicators, the QĐ 766 tracking rows and the per-period levels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: Label of every figure that only approximates the national portal's QĐ 766 computation.
ESTIMATE_LABEL = "ước tính"


@dataclass(frozen=True)
class IndicatorValue:
    """One indicator: its counts, the value in percent (1 dp) or None, and the display text."""

    code: str
    name: str
    numerator: int
    denominator: int
    value: float | None
    #: "44,7%" or "không áp dụng".
    text: str


@dataclass(frozen=True)
class ScoreEstimate:
    """Points of a QĐ 766 group approximated from local data; never the official score."""

    code: str
    name: str
    points: float
    maximum: float
    label: str = ESTIMATE_LABEL


@dataclass(frozen=True)
class IndicatorReport:
    """The DVCTT indicators of the own unit for one period window."""

    period_code: str
    period_label: str
    mode: str
    start: date
    end: date
    #: "(Từ ngày 15/06/2025 đến ngày 14/09/2025)".
    window_text: str
    #: "new": online / (online + direct/postal new receipts); "all": online / column 3.
    denominator: str
    indicators: tuple[IndicatorValue, ...]
    estimates: tuple[ScoreEstimate, ...] = ()
    #: At an aggregating office: how many units' form 766 figures the counts sum (the window
    #: is each unit's own); None at a commune (counted from its register over the window).
    units: int | None = None

    def get(self, code: str) -> IndicatorValue:
        """The indicator `code`; KeyError when there is none."""
        for item in self.indicators:
            if item.code == code:
                return item
        raise KeyError(code)


@dataclass(frozen=True)
class TrackingRow:
    """One unit's row of the QĐ 766 tracking sheets (domain.md §4.4 and §4.5), as counts.

    Rates are left to the sheet (formulas of §4.4), so that the file stays checkable.
    """

    unit_code: str
    unit_name: str
    #: §4.4 columns 4–6: new receipts by channel.
    received_online: int
    received_direct: int
    received_postal: int
    #: §4.4 columns 10–11: online dossiers resolved in the window on time / late.
    online_resolved_on_time: int
    online_resolved_late: int
    #: §4.4 column 14.
    synced: int
    #: §4.4 columns 15–16: F and P.
    financial_obligation: int
    paid_online: int
    #: §4.5 columns 3–5: new receipts, without / with digitised components.
    received: int
    components_not_digitised: int
    components_digitised: int
    #: §4.5 columns 8–10: resolved in the window, results not digitised / digitised.
    resolved: int
    results_not_digitised: int
    results_digitised: int
    #: At an office: the pre-reform communes summed into this one (EntryService.aggregated).
    lineage: tuple[str, ...] = ()
    #: The unit's mã định danh điện tử (§4.4 column 2); "" when not known.
    agency_code: str = ""
    #: §4.5 columns 6–7: new receipts that reused digitised components, and of those the
    #: ones taken from the national portal; None where the unit's figures do not say (a
    #: package from a release that did not count them): an empty cell, not a zero.
    components_reused: int | None = 0
    components_reused_national: int | None = 0


@dataclass(frozen=True)
class DvcEntry:
    """A procedure's DVCTT facts for one period (its own record, or the catalogue's by default)."""

    procedure_code: str
    name: str
    sector: str
    period_code: str
    level_old: int | None
    level_new: str | None
    has_fee: bool
    online_payment: bool
    fee: int | None
    #: True when the period has its own record; False when it falls back to the catalogue.
    recorded: bool


@dataclass(frozen=True)
class DvcChange:
    """A bulk edit of procedures for one period; None leaves a field as it is."""

    level_new: str | None = None
    level_old: int | None = None
    online_payment: bool | None = None
    has_fee: bool | None = None
    #: Clear both levels (the procedure is not offered online in that period).
    clear_level: bool = False
