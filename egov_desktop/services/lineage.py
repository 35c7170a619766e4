"""The 2025 reform seen from an office: legacy communes' figures carried into their successors.

A province office (2025 catalogue) may hold figures of pre-reform periods sent by the old
communes. For comparisons across 1 July 2025 those figures are summed into the 2025 commune that
took each old commune over: its default successor in the conversion table (an old commune split
across several new ones counts whole in its default successor, and the lineage says so).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Protocol

from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY, AdminUnit
from egov_desktop.domain.validation import previous_period
from egov_desktop.services.units import load_catalog, load_conversion

#: The day the two-tier local government and the 2025 catalogue took effect.
REFORM_DAY = date(2025, 7, 1)


def before_reform(period: Period, mode: str) -> bool:
    """Whether `period`, counted over `mode`'s days, ends before the reform (by 30/06/2025).

    Such a period is the old units' own: before 1 July 2025 the old communes reported it.
    """
    return period.window(mode)[1] < REFORM_DAY


def last_before_reform(kind: str, mode: str) -> Period:
    """The last period of `kind` (M, Q, H, 9M, Y) that ends before the reform in `mode`.

    The latest a district office (abolished with the reform) has to do with: in the cut-off
    mode 2025-Q2 (15/03 – 14/06/2025), since 2025-Q3 starts on 15/06/2025.
    """
    period = period_containing(REFORM_DAY - timedelta(days=1), kind, mode)
    while not before_reform(period, mode):
        earlier = previous_period(period)  # None for 9M: the year before's
        period = earlier if earlier is not None else Period(period.year - 1, period.kind)
    return period


def reform_texts() -> dict[str, str]:
    """The reform day and the day before it, as the messages print them."""
    return {
        "reform": f"{REFORM_DAY:%d/%m/%Y}",
        "last": f"{REFORM_DAY - timedelta(days=1):%d/%m/%Y}",
    }


def dated_label(period: Period, start: date, end: date, *, opening: bool = False) -> str:
    """The period as people name it inside a sentence, with the days it was counted over.

    "Quý III năm 2025 (15/06/2025 – 14/09/2025)"; a custom period's label is its days already.
    `opening`: the label opens the sentence (a custom period's "Từ …" keeps its capital).
    """
    if period.kind == "custom":
        return period.label if opening else period.in_sentence
    # A named period's label reads the same opening a sentence and inside one.
    return messages.PERIOD_DAYS.format(
        period=period.label, start=f"{start:%d/%m/%Y}", end=f"{end:%d/%m/%Y}"
    )


class Coded(Protocol):
    """A unit the office holds figures of: its code and the catalogue the code belongs to."""

    @property
    def code(self) -> str: ...

    @property
    def catalog(self) -> str: ...


@dataclass(frozen=True)
class Successor:
    """The 2025 commune that takes a legacy commune's figures."""

    code: str
    name: str
    #: False when the old commune was split and only part of it went here.
    whole: bool


@functools.cache
def successor(legacy_code: str) -> Successor | None:
    """The default 2025 successor of a legacy commune, or None when there is none."""
    for row in load_conversion().successors(legacy_code):
        if row.old_commune_code == legacy_code and row.is_default:
            unit = load_catalog(CATALOG_2025).get(row.new_commune_code)
            if unit is not None:
                return Successor(unit.code, unit.name, row.whole)
    return None


@functools.cache
def predecessors(new_code: str) -> tuple[AdminUnit, ...]:
    """The old communes whose default successor is the 2025 commune `new_code`, by code.

    Their figures of the periods before the reform are summed into its row; an old commune
    split across several new ones is expected whole at its default successor only.
    """
    legacy = load_catalog(CATALOG_LEGACY)
    found: dict[str, AdminUnit] = {}
    for row in load_conversion().predecessors(new_code):
        unit = legacy.get(row.old_commune_code) if row.old_commune_code else None
        if row.is_default and unit is not None:
            found[unit.code] = unit
    return tuple(found[code] for code in sorted(found))


def legacy_commune_under(legacy_code: str, office_code: str) -> bool:
    """Whether a legacy commune's successor lies in the (2025) office's province."""
    if load_catalog(CATALOG_LEGACY).get(legacy_code) is None:
        return False
    found = successor(legacy_code)
    return found is not None and load_catalog(CATALOG_2025).is_under(found.code, office_code)


def row_code(code: str, catalog: str, office_catalog: str) -> str:
    """The code of the office's row (II.06a-agg) a unit's figures are summed into.

    A unit of the office's catalogue has its own row; an old commune's figures go into its
    default successor's row (its own code when the conversion table names none).
    """
    if catalog == office_catalog:
        return code
    found = successor(code)
    return code if found is None else found.code


def reaches(unit: Coded, code: str, office_catalog: str, catalog: str | None = None) -> bool:
    """Whether `code` (of `catalog`, when given) names `unit` in the office's commands.

    A unit of the office's catalogue answers to its code. An old commune (pre-reform figures at
    a province office) answers to its old code and to the code of the 2025 commune that took it
    over. With `catalog`, only the unit of that code in that catalogue answers.
    """
    if catalog is not None:
        return unit.catalog == catalog and unit.code == code
    if unit.catalog == office_catalog:
        return unit.code == code
    return code in (unit.code, row_code(unit.code, unit.catalog, office_catalog))


def new_unit_fields(name: str, code: str, office_catalog: str) -> dict[str, str]:
    """A 2025 commune and its old communes, as the refusals of its pre-reform reports say."""
    olds = "; ".join(
        unit_label(u.name, u.code, CATALOG_LEGACY, office_catalog) for u in predecessors(code)
    )
    return {"unit": name, "code": code, "olds": f" ({olds})" if olds else ""}


def old_unit_fields(name: str, code: str) -> dict[str, str]:
    """An old commune and its 2025 successor, as the refusals of its late reports say."""
    found = successor(code)
    heir = "xã, phường mới" if found is None else f"{found.name} (mã {found.code})"
    return {"unit": name, "code": code, "successor": heir}


def unsendable(name: str, code: str, catalog: str, period: Period, mode: str) -> str | None:
    """Why no office takes the unit's report of `period` (over `mode`'s days); None: one does.

    A 2025 commune did not exist before the reform, an old commune (legacy catalogue) no longer
    reports after it: every office refuses such a package (package_checks).
    """
    start, end = period.window(mode)
    if catalog == CATALOG_2025 and end < REFORM_DAY:
        return messages.SEND_NEW_UNIT_BEFORE_REFORM.format(
            **new_unit_fields(name, code, CATALOG_2025),
            period=dated_label(period, start, end),
            **reform_texts(),
        )
    if catalog == CATALOG_LEGACY and end >= REFORM_DAY:
        return messages.SEND_LEGACY_AFTER_REFORM.format(
            **old_unit_fields(name, code), period=dated_label(period, start, end), **reform_texts()
        )
    return None


def district_refusal(office_name: str, catalog: str, period: Period, mode: str) -> str | None:
    """Why an office of `catalog` has nothing to do with `period`; None when it has.

    A district office (legacy catalogue) was abolished with the reform: its units report the
    periods that end after it to the province, as its import of such a package says.
    """
    if catalog != CATALOG_LEGACY or before_reform(period, mode):
        return None
    return messages.DISTRICT_AFTER_REFORM.format(
        office=office_name,
        period=dated_label(period, *period.window(mode), opening=True),
        **reform_texts(),
    )


def unit_label(name: str, code: str, catalog: str, office_catalog: str) -> str:
    """A unit as "Phường Giảng Võ (00025)", an old commune as "Phường Trúc Bạch (mã cũ 00004)"."""
    if catalog == office_catalog:
        return messages.UNIT_LABEL.format(name=name, code=code)
    return messages.OLD_UNIT_LABEL.format(name=name, code=code)
