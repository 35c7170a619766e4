"""Form "766": the QĐ 766 tracking counts as report figures (domain.md §4.4, §4.5).

A commune computes them from its dossier register with the same aggregate as the tracking
sheets (`uow.dvc_counts.counts`), stores them as a report and sends them in its packages; the
aggregating office builds the sheets' rows by unit from the figures it received.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from egov_desktop.db.uow import UnitOfWork
from egov_desktop.services.dvc_dto import TrackingRow

FORM_766 = "766"

#: Figure column of form 766 → key of `DvcCountRepository.counts` (= TrackingRow field).
COUNT_KEYS: dict[int, str] = {
    3: "received_online",
    4: "received_direct",
    5: "received_postal",
    6: "online_resolved_on_time",
    7: "online_resolved_late",
    8: "synced",
    9: "financial_obligation",
    10: "paid_online",
    11: "received",
    12: "components_digitised",
    13: "resolved",
    14: "results_digitised",
    15: "components_reused",
    16: "components_reused_national",
}


def register_counts(uow: UnitOfWork, unit_id: int, start: date, end: date) -> dict[int, int]:
    """Form 766's figures of a unit counted from its register over [start, end]."""
    counts = uow.dvc_counts.counts(unit_id, start, end)
    return {column: counts[key] for column, key in COUNT_KEYS.items()}


def tracking_row(
    code: str,
    name: str,
    figures: Mapping[int, int | None],
    lineage: tuple[str, ...] = (),
    agency_code: str = "",
) -> TrackingRow:
    """A unit's tracking row from form 766's figures; a missing figure counts as 0.

    Except the reuse counts (columns 15–16), added later: a unit's figures without them stay
    unknown (None) rather than zero.

    The "chưa số hóa" columns of §4.5 are the differences, not figures of their own.
    """
    n = {key: figures.get(column) or 0 for column, key in COUNT_KEYS.items()}
    return TrackingRow(
        unit_code=code,
        unit_name=name,
        received_online=n["received_online"],
        received_direct=n["received_direct"],
        received_postal=n["received_postal"],
        online_resolved_on_time=n["online_resolved_on_time"],
        online_resolved_late=n["online_resolved_late"],
        synced=n["synced"],
        financial_obligation=n["financial_obligation"],
        paid_online=n["paid_online"],
        received=n["received"],
        components_not_digitised=n["received"] - n["components_digitised"],
        components_digitised=n["components_digitised"],
        resolved=n["resolved"],
        results_not_digitised=n["resolved"] - n["results_digitised"],
        results_digitised=n["results_digitised"],
        lineage=lineage,
        agency_code=agency_code,
        components_reused=figures.get(15),
        components_reused_national=figures.get(16),
    )
