"""IT-application targets: a plan's goal per indicator, and whether a unit is on track."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

KIND_RATIO = "ratio"
KIND_COUNT = "count"

ACHIEVED = "achieved"
ON_TRACK = "on_track"
AT_RISK = "at_risk"
MISSED = "missed"
NO_DATA = "no_data"

#: Vietnamese labels of the flags, shown by the GUI and the CLI alike.
FLAG_LABELS = {
    ACHIEVED: "đã đạt",
    ON_TRACK: "đúng tiến độ",
    AT_RISK: "có nguy cơ không đạt",
    MISSED: "không đạt",
    NO_DATA: "chưa có số liệu",
}


@dataclass(frozen=True)
class Indicator:
    """An indicator of the catalogue: a ratio (numerator / denominator) or a count."""

    code: str
    name: str
    kind: str
    numerator: str
    denominator: str = ""


@dataclass(frozen=True)
class Target:
    """A plan's goal: reach `value` (percent or count) of `indicator` by `deadline`.

    `name` is the plan's own wording of the target, shown wherever the target is listed;
    empty, the catalogue's generic name of the indicator stands for it.
    """

    indicator: str
    value: float
    deadline: date
    plan: str
    document: str = ""
    start: date | None = None
    name: str = ""


@dataclass(frozen=True)
class Observation:
    """A unit's figure for a period ending on `day` (percent for ratios, a number for counts).

    `start` is the first day of the period: a figure of the period under way counts as the
    unit's figure today; one of a period not yet begun does not count.
    """

    day: date
    value: float
    start: date | None = None


@dataclass(frozen=True)
class Progress:
    """Where a unit stands against a target."""

    flag: str
    latest: float | None
    projected: float | None

    @property
    def label(self) -> str:
        return FLAG_LABELS[self.flag]


def parse_catalog(data: Mapping[str, Any]) -> list[Indicator]:
    """Indicators from the parsed catalogue data (`[[indicator]]` tables)."""
    indicators = []
    for item in data.get("indicator", []):
        kind = str(item["kind"])
        if kind not in (KIND_RATIO, KIND_COUNT):
            raise ValueError(f"indicator {item.get('code')!r}: unknown kind {kind!r}")
        if kind == KIND_RATIO and not item.get("denominator"):
            raise ValueError(f"indicator {item['code']!r}: a ratio needs a denominator")
        indicators.append(
            Indicator(
                code=str(item["code"]),
                name=str(item["name"]),
                kind=kind,
                numerator=str(item["numerator"]),
                denominator=str(item.get("denominator", "")),
            )
        )
    codes = [i.code for i in indicators]
    if len(codes) != len(set(codes)):
        raise ValueError("duplicate indicator codes")
    return indicators


def parse_plan(data: Mapping[str, Any]) -> list[Target]:
    """Targets of a plan file: a `[plan]` table and `[[target]]` tables."""
    plan = data["plan"]
    start = plan.get("start")
    return [
        Target(
            indicator=str(item["indicator"]),
            value=float(item["value"]),
            deadline=item["deadline"],
            plan=str(plan["name"]),
            document=str(plan.get("document", "")),
            start=item.get("start", start),
            name=str(item.get("name", "")).strip(),
        )
        for item in data.get("target", [])
    ]


def _trend(points: Sequence[Observation]) -> tuple[float, float]:
    """Least-squares slope (per day) and intercept at the first point's day."""
    origin = points[0].day
    xs = [(p.day - origin).days for p in points]
    ys = [p.value for p in points]
    n = len(points)
    mean_x, mean_y = sum(xs) / n, sum(ys) / n
    spread = sum((x - mean_x) ** 2 for x in xs)
    if spread == 0:
        return 0.0, mean_y
    slope = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / spread
    return slope, mean_y - slope * mean_x


def _day(observation: Observation) -> date:
    return observation.day


def evaluate(target: Target, observations: Sequence[Observation], today: date) -> Progress:
    """Flag a unit's figures against a target.

    Achieved once the latest figure reaches the target; missed when the deadline has passed
    without it; otherwise on track when the trend of the figures (or, with one figure, the
    straight path from the plan's start at zero) reaches the target by the deadline.
    """
    points = sorted(
        (
            Observation(min(o.day, today), o.value)
            for o in observations
            if (o.start or o.day) <= today
        ),
        key=_day,
    )
    if not points:
        return Progress(MISSED if today > target.deadline else NO_DATA, None, None)
    latest = points[-1].value
    if latest >= target.value:
        return Progress(ACHIEVED, latest, latest)
    if today > target.deadline:
        return Progress(MISSED, latest, latest)
    if len(points) >= 2:
        slope, intercept = _trend(points)
        projected = intercept + slope * (target.deadline - points[0].day).days
    elif target.start is not None and points[0].day > target.start:
        elapsed = (points[0].day - target.start).days
        projected = latest * (target.deadline - target.start).days / elapsed
    else:
        projected = latest
    return Progress(ON_TRACK if projected >= target.value else AT_RISK, latest, projected)
