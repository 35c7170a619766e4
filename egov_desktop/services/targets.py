"""IT-application targets: catalogue, plans, units' figures and progress (domain.md §6.5).

Figures are typed per period, or computed where the register or the catalogue knows them:
computed figures fill the periods that have no typed one, and a typed figure always wins.
"""

from __future__ import annotations

import builtins
import functools
import tomllib
from datetime import date, datetime

from egov_desktop import config
from egov_desktop.db.models import TargetFigure
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.indicators import NOT_APPLICABLE, Ratio
from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.domain.targets import (
    FLAG_LABELS,
    KIND_COUNT,
    Indicator,
    Observation,
    Target,
    evaluate,
    parse_catalog,
    parse_plan,
)
from egov_desktop.errors import ValidationError
from egov_desktop.services.catalogue import LEVEL_FULL, LEVEL_PARTIAL
from egov_desktop.services.dvc import DvcService, effective_level
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.targets_dto import (
    SOURCE_COMPUTED,
    SOURCE_TYPED,
    FigureInfo,
    TargetInfo,
    TargetProgress,
)
from egov_desktop.services.unit_settings import period_mode

CATALOG_FILE = "catalog.toml"
#: Indicators the app computes for the own unit, from the register or the catalogue.
COMPUTED = (
    "one_stop_online",
    "dvctt_full_process",
    "dvctt_level3_count",
    "dvctt_level4_count",
)
#: Ratio indicators read from the DVCTT indicators: a dossier synced to the national portal is
#: one stored and handled on the electronic one-stop system.
_FROM_DVC = {"one_stop_online": "synced_rate", "dvctt_full_process": "full_process_rate"}
#: How many quarters back a computed series reaches at most.
MAX_COMPUTED_QUARTERS = 12


@functools.cache
def load_catalog() -> tuple[Indicator, ...]:
    """The shipped indicator catalogue (resources/targets/catalog.toml)."""
    with config.resource_path("targets", CATALOG_FILE).open("rb") as handle:
        return tuple(parse_catalog(tomllib.load(handle)))


@functools.cache
def load_targets() -> tuple[Target, ...]:
    """Targets of every shipped plan (the other .toml files of resources/targets/)."""
    folder = config.resource_path("targets", CATALOG_FILE).parent
    targets: list[Target] = []
    for path in sorted(folder.glob("*.toml")):
        if path.name != CATALOG_FILE:
            with path.open("rb") as handle:
                targets.extend(parse_plan(tomllib.load(handle)))
    return tuple(targets)


def _indicator(code: str) -> Indicator:
    for item in load_catalog():
        if item.code == code:
            return item
    raise ValidationError(messages.TARGET_UNKNOWN_INDICATOR.format(code=code))


def _target_info(target: Target) -> TargetInfo:
    indicator = _indicator(target.indicator)
    return TargetInfo(
        indicator=indicator.code,
        # The plan's own wording where it gives one; the catalogue's name otherwise.
        name=target.name or indicator.name,
        kind=indicator.kind,
        target=target.value,
        deadline=target.deadline,
        plan=target.plan,
        document=target.document,
        computable=indicator.code in COMPUTED,
    )


def _figure(
    kind: str,
    indicator: str,
    period: str,
    day: date,
    numerator: int,
    denominator: int | None,
    source: str,
    unit_code: str,
) -> FigureInfo:
    if kind == KIND_COUNT:
        value: float | None = float(numerator)
        text = str(numerator)
    else:
        ratio = Ratio(numerator, denominator or 0)
        value, text = ratio.percent, ratio.text()
    return FigureInfo(
        indicator, period, day, numerator, denominator, value, text, source, unit_code
    )


def _quarters(first: Period, last: Period) -> builtins.list[Period]:
    """Quarters from `first` to `last`, the most recent MAX_COMPUTED_QUARTERS of them."""
    result: builtins.list[Period] = []
    period = first
    while period <= last:
        result.append(period)
        number = period.number % 4 + 1
        period = Period(period.year + (number == 1), "Q", number)
    return result[-MAX_COMPUTED_QUARTERS:]


class TargetsService:
    """Targets of the shipped plans and the units' figures against them."""

    def __init__(self, uow: UowFactory, dvc: DvcService) -> None:
        self._uow = uow
        self._dvc = dvc

    def indicators(self) -> builtins.list[Indicator]:
        """The indicator catalogue."""
        return builtins.list(load_catalog())

    def list(self) -> builtins.list[TargetInfo]:
        """Every target of the shipped plans, by deadline."""
        return sorted(
            (_target_info(t) for t in load_targets()), key=lambda t: (t.deadline, t.indicator)
        )

    def set(
        self,
        indicator: str,
        period: str,
        numerator: int,
        denominator: int | None,
        *,
        actor: str | None = None,
    ) -> FigureInfo:
        """Store the own unit's figure for `indicator` in `period` (source "typed"), audited."""
        spec = _indicator(indicator)
        parsed = Period.parse(period)
        if numerator < 0 or (denominator is not None and denominator < 0):
            raise ValidationError(messages.TARGET_NEGATIVE)
        if spec.kind == KIND_COUNT and denominator is not None:
            raise ValidationError(messages.TARGET_COUNT_NO_DENOMINATOR.format(code=indicator))
        if spec.kind != KIND_COUNT:
            if denominator is None:
                raise ValidationError(messages.TARGET_NEEDS_DENOMINATOR.format(code=indicator))
            if numerator > denominator:
                raise ValidationError(
                    messages.TARGET_NUMERATOR_TOO_BIG.format(
                        numerator=numerator, denominator=denominator
                    )
                )
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            unit = uow.units.get(unit_id)
            assert unit is not None
            who = actor or default_actor(uow, unit_id)
            self._store(uow, unit_id, indicator, parsed.code, numerator, denominator, who)
            day = parsed.window(period_mode(uow))[1]
        return _figure(
            spec.kind, indicator, parsed.code, day, numerator, denominator, SOURCE_TYPED, unit.code
        )

    def figure(self, indicator: str, period: str) -> FigureInfo | None:
        """The own unit's stored figure for `indicator` in `period`, if any."""
        code = Period.parse(period).code
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            row = uow.target_figures.get(unit_id, indicator, code)
            if row is None:
                return None
            unit = uow.units.get(unit_id)
            return self._info(row, period_mode(uow), unit.code if unit is not None else "")

    def figures(self) -> builtins.list[FigureInfo]:
        """Every stored figure, of every unit of the data folder."""
        with self._uow() as uow:
            mode = period_mode(uow)
            codes = {}
            result = []
            for row in uow.target_figures.all():
                if row.unit_id not in codes:
                    unit = uow.units.get(row.unit_id)
                    codes[row.unit_id] = unit.code if unit is not None else ""
                result.append(self._info(row, mode, codes[row.unit_id]))
            return result

    def progress(self, today: date | None = None) -> builtins.list[TargetProgress]:
        """Each target against each unit's figures: one row per target and unit.

        The own unit always has a row; other units (subordinates of an aggregating office)
        have one when the data folder holds figures for them.
        """
        day = today or date.today()
        with self._uow() as uow:
            own = own_unit_id(uow)
            mode = period_mode(uow)
            units = {own: uow.units.get(own)}
            stored: dict[tuple[int, str], dict[str, FigureInfo]] = {}
            for row in uow.target_figures.all():
                if row.unit_id not in units:
                    units[row.unit_id] = uow.units.get(row.unit_id)
                unit = units[row.unit_id]
                figure = self._info(row, mode, unit.code if unit is not None else "")
                stored.setdefault((row.unit_id, row.indicator), {})[row.period] = figure
        own_unit = units[own]
        assert own_unit is not None
        result: builtins.list[TargetProgress] = []
        for target in sorted(load_targets(), key=lambda t: (t.deadline, t.indicator)):
            info = _target_info(target)
            unit_ids = [own] + sorted(
                u for (u, code) in stored if code == target.indicator and u != own
            )
            for unit_id in unit_ids:
                points = dict(stored.get((unit_id, target.indicator), {}))
                if unit_id == own and target.indicator in COMPUTED:
                    for computed in self._computed(target, info.kind, mode, day, own_unit.code):
                        points.setdefault(computed.period_code, computed)
                series = tuple(sorted(points.values(), key=lambda p: p.day))
                observations = [
                    Observation(p.day, p.value, Period.parse(p.period_code).window(mode)[0])
                    for p in series
                    if p.value is not None
                ]
                state = evaluate(target, observations, day)
                unit = units[unit_id]
                result.append(
                    TargetProgress(
                        target=info,
                        unit_code=unit.code if unit is not None else "",
                        unit_name=unit.name if unit is not None else "",
                        points=series,
                        flag=state.flag,
                        flag_label=FLAG_LABELS[state.flag],
                        latest=state.latest,
                        projected=state.projected,
                    )
                )
        return result

    def compute(self, indicator: str, period: str) -> FigureInfo | None:
        """The own unit's figure as the register or catalogue gives it; None if not computable."""
        spec = _indicator(indicator)
        if indicator not in COMPUTED:
            return None
        parsed = Period.parse(period)
        with self._uow() as uow:
            mode = period_mode(uow)
            unit = uow.units.get(own_unit_id(uow))
            assert unit is not None
        end = parsed.window(mode)[1]
        if indicator in _FROM_DVC:
            ratio = self._dvc.indicators(parsed.code, mode).get(_FROM_DVC[indicator])
            numerator = ratio.numerator
            figure_denominator: int | None = ratio.denominator
        else:
            wanted = LEVEL_PARTIAL if indicator == "dvctt_level3_count" else LEVEL_FULL
            entries = self._dvc.entries(parsed.code)
            numerator = sum(effective_level(e.level_old, e.level_new) == wanted for e in entries)
            figure_denominator = None
        return _figure(
            spec.kind,
            indicator,
            parsed.code,
            end,
            numerator,
            figure_denominator,
            SOURCE_COMPUTED,
            unit.code,
        )

    def _computed(
        self, target: Target, kind: str, mode: str, today: date, unit_code: str
    ) -> builtins.list[FigureInfo]:
        """Computed figures by quarter, from the plan's start to today (or the deadline)."""
        first = target.start or date(target.deadline.year - 2, 1, 1)
        last = min(today, target.deadline)
        if last < first:
            return []
        result = []
        quarters = _quarters(
            period_containing(first, "Q", mode), period_containing(last, "Q", mode)
        )
        for period in quarters:
            figure = self.compute(target.indicator, period.code)
            # A quarter without any dossier says nothing about the trend: leave it out.
            if figure is not None and figure.text != NOT_APPLICABLE and figure.numerator > 0:
                result.append(figure)
        return result

    @staticmethod
    def _info(row: TargetFigure, mode: str, unit_code: str) -> FigureInfo:
        spec = _indicator(row.indicator)
        day = Period.parse(row.period).window(mode)[1]
        return _figure(
            spec.kind,
            row.indicator,
            row.period,
            day,
            row.numerator,
            row.denominator,
            row.source,
            unit_code,
        )

    @staticmethod
    def _store(
        uow: UnitOfWork,
        unit_id: int,
        indicator: str,
        period: str,
        numerator: int,
        denominator: int | None,
        actor: str,
    ) -> None:
        row = uow.target_figures.get(unit_id, indicator, period)
        old = (None, None) if row is None else (row.numerator, row.denominator)
        now = datetime.now()
        if row is None:
            uow.target_figures.add(
                {
                    "unit_id": unit_id,
                    "indicator": indicator,
                    "period": period,
                    "numerator": numerator,
                    "denominator": denominator,
                    "source": SOURCE_TYPED,
                    "updated_at": now,
                    "updated_by": actor,
                }
            )
        else:
            row.numerator, row.denominator = numerator, denominator
            row.source, row.updated_at, row.updated_by = SOURCE_TYPED, now, actor
        for field, was, new in zip(
            ("numerator", "denominator"), old, (numerator, denominator), strict=True
        ):
            if was != new:
                uow.audit.record(
                    actor=actor,
                    unit_id=unit_id,
                    entity="target_figure",
                    entity_key=f"{indicator}@{period}",
                    field=field,
                    old_value=None if was is None else str(was),
                    new_value=None if new is None else str(new),
                    source=SOURCE_TYPED,
                )
