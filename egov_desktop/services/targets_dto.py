"""Frozen data of the IT-application targets: figures, targets and progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

SOURCE_TYPED = "typed"
SOURCE_COMPUTED = "computed"


@dataclass(frozen=True)
class FigureInfo:
    """A unit's figure for an indicator and period; value in percent (ratio) or the count."""

    indicator: str
    period_code: str
    #: Last day of the period's window: where the figure sits on a time axis.
    day: date
    numerator: int
    denominator: int | None
    value: float | None
    text: str
    source: str
    unit_code: str = ""


@dataclass(frozen=True)
class TargetInfo:
    """A plan's target for an indicator of the catalogue."""

    indicator: str
    #: The target as its plan words it (the indicator's catalogue name when it does not).
    name: str
    #: "ratio" (value in percent) or "count".
    kind: str
    target: float
    deadline: date
    plan: str
    document: str
    #: True when the register or the catalogue can compute the unit's figures.
    computable: bool


@dataclass(frozen=True)
class TargetProgress:
    """One unit's trend against one target, with its flag."""

    target: TargetInfo
    unit_code: str
    unit_name: str
    points: tuple[FigureInfo, ...]
    #: achieved / on_track / at_risk / missed / no_data (domain/targets.py).
    flag: str
    flag_label: str
    latest: float | None
    projected: float | None
