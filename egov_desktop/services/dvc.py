"""DVCTT (online public services): levels by period, indicators and QĐ 766 tracking rows.

Computed from the TTHC catalogue and the dossier register (domain.md §6.3, §4.4, §4.5).

Counting choices (project rules, stated here because the sources leave them open):
- "received" means received in the window (new receipts, II.06a columns 4 + 5); "resolved"
  means resolved in the window with a decision (withdrawn and returned dossiers have no result);
- the TTHC within competence are the unit's catalogue; "đủ điều kiện toàn trình" is not known
  locally, so the full-process share is taken over the whole catalogue;
- a procedure's level for a period is its record for that period, else the catalogue's; an old
  level 4 counts as toàn trình and 3 as một phần (domain.md §6.2).
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from egov_desktop.db.models import Procedure, ProcedureDvc
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.indicators import Ratio
from egov_desktop.domain.periods import Period
from egov_desktop.domain.units import LEVEL_COMMUNE, LEVEL_DISTRICT, LEVEL_PROVINCE
from egov_desktop.errors import ValidationError
from egov_desktop.services.catalogue import LEVEL_FULL, LEVEL_PARTIAL
from egov_desktop.services.dto import ROLE_AGGREGATOR
from egov_desktop.services.dvc_dto import (
    DvcChange,
    DvcEntry,
    IndicatorReport,
    IndicatorValue,
    ScoreEstimate,
    TrackingRow,
)
from egov_desktop.services.entry import EntryService
from egov_desktop.services.entry_dto import SOURCE_COMPUTED, CellChange
from egov_desktop.services.qd766 import COUNT_KEYS, FORM_766, register_counts, tracking_row
from egov_desktop.services.report_forms import closed_columns, find_form
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.unit_settings import period_mode

DENOMINATORS = ("new", "all")
II07B = "II.07b"

#: Vietnamese names of the indicators, in the order they are shown.
INDICATOR_NAMES = {
    "dvctt_provided_rate": "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến",
    "full_process_rate": "Tỷ lệ dịch vụ công trực tuyến toàn trình",
    "dvctt_with_online_dossier": "Tỷ lệ DVCTT có phát sinh hồ sơ trực tuyến",
    "online_receipt_rate": "Tỷ lệ hồ sơ nộp trực tuyến",
    "online_payment_rate": "Tỷ lệ hồ sơ thanh toán trực tuyến",
    "digitised_components_rate": "Tỷ lệ hồ sơ số hóa thành phần hồ sơ",
    "digitised_results_rate": "Tỷ lệ kết quả giải quyết được số hóa",
    "synced_rate": "Tỷ lệ hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia",
}

#: II.07b columns (total, then "at the one-stop desk") of each level of government.
_II07B_COLUMNS = {
    LEVEL_PROVINCE: (4, 8),
    LEVEL_DISTRICT: (5, 9),
    LEVEL_COMMUNE: (6, 10),
}
_AUDIT_FIELDS = ("dvctt_level_old", "dvctt_level_new", "has_fee", "online_payment", "fee")


@dataclass(frozen=True)
class _Facts:
    level_old: int | None
    level_new: str | None
    has_fee: bool
    online_payment: bool
    fee: int | None


def effective_level(level_old: int | None, level_new: str | None) -> str | None:
    """toàn trình / một phần of a procedure; old level 4 → toàn trình, 3 → một phần."""
    if level_new in (LEVEL_FULL, LEVEL_PARTIAL):
        return level_new
    if level_old == 4:
        return LEVEL_FULL
    if level_old == 3:
        return LEVEL_PARTIAL
    return None


def _facts(procedure: Procedure, record: ProcedureDvc | None) -> _Facts:
    source = record if record is not None else procedure
    return _Facts(
        level_old=source.dvctt_level_old,
        level_new=source.dvctt_level_new,
        has_fee=source.has_fee,
        online_payment=source.online_payment,
        fee=source.fee,
    )


def _value(code: str, ratio: Ratio) -> IndicatorValue:
    return IndicatorValue(
        code=code,
        name=INDICATOR_NAMES[code],
        numerator=ratio.numerator,
        denominator=ratio.denominator,
        value=ratio.percent,
        text=ratio.text(),
    )


def _fraction(ratio: Ratio) -> float | None:
    return None if ratio.denominator == 0 else ratio.numerator / ratio.denominator


def _estimates(
    ratios: dict[str, Ratio], *, fee_paid: Ratio, fee_offered: Ratio
) -> tuple[ScoreEstimate, ...]:
    """QĐ 766 points rebuilt from local data by the formulas of domain.md §6.4.

    `fee_paid` is the share of the TTHC with fees that had a dossier paid online in the
    window (B of 3.5–3.6), `fee_offered` the share offered with online payment on the Cổng
    DVCQG by the catalogue (C). Only groups whose every input has a base are given; the rest
    would be a guess on a guess.
    """
    result: list[ScoreEstimate] = []
    a = _fraction(ratios["dvctt_provided_rate"])
    b = _fraction(ratios["dvctt_with_online_dossier"])
    c = _fraction(ratios["online_receipt_rate"])
    if a is not None and b is not None and c is not None:
        points = min(2.0, 2 * a / 0.80) + 4 * b + min(6.0, 6 * c / 0.50)
        result.append(
            ScoreEstimate("766_online_service", "Cung cấp dịch vụ trực tuyến (3.x)", points, 12)
        )
    paid = _fraction(ratios["online_payment_rate"])
    with_transactions = _fraction(fee_paid)
    offered = _fraction(fee_offered)
    if paid is not None and with_transactions is not None and offered is not None:
        # 6·A + min(2, 2.5·B) + 2.5·C. The reconstruction's terms reach 6 + 2 + 2.5 = 10.5
        # while the group's maximum is 10 (its maxima 2 + 2 + 6 add up to 10): the formula
        # is a third-party reconstruction, so the estimate is capped at the maximum.
        points = min(10.0, 6 * paid + min(2.0, 2.5 * with_transactions) + 2.5 * offered)
        result.append(
            ScoreEstimate("766_online_payment", "Thanh toán trực tuyến (3.5–3.6)", points, 10)
        )
    for code, key, name, maximum in (
        ("766_results", "digitised_results_rate", "Hồ sơ có kết quả giải quyết điện tử (4.1)", 6),
        ("766_components", "digitised_components_rate", "Hồ sơ số hóa thành phần (4.2)", 4),
        ("766_sync", "synced_rate", "Hồ sơ đồng bộ lên Cổng DVCQG (1.4)", 6),
    ):
        share = _fraction(ratios[key])
        if share is not None:
            result.append(ScoreEstimate(code, name, min(maximum, maximum * share), maximum))
    return tuple(ScoreEstimate(e.code, e.name, round(e.points, 2), e.maximum) for e in result)


class DvcService:
    """DVCTT levels by period, indicators and tracking rows (an office's: by subordinate unit)."""

    def __init__(self, uow: UowFactory, entry: EntryService | None = None) -> None:
        self._uow = uow
        self._entry = entry

    # --- per-period levels -------------------------------------------------------------

    def entries(self, period: str) -> list[DvcEntry]:
        """Every catalogue procedure with its DVCTT facts for `period`."""
        code = Period.parse(period).code
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            records = uow.procedure_dvc.for_period(unit_id, code)
            result = []
            for procedure in uow.procedures.all(unit_id):
                record = records.get(procedure.code)
                facts = _facts(procedure, record)
                result.append(
                    DvcEntry(
                        procedure_code=procedure.code,
                        name=procedure.name,
                        sector=procedure.sector,
                        period_code=code,
                        level_old=facts.level_old,
                        level_new=facts.level_new,
                        has_fee=facts.has_fee,
                        online_payment=facts.online_payment,
                        fee=facts.fee,
                        recorded=record is not None,
                    )
                )
            return result

    def update(
        self,
        codes: Sequence[str],
        period: str,
        change: DvcChange,
        *,
        actor: str | None = None,
    ) -> int:
        """Apply one change to several procedures for `period`, in one transaction, audited.

        Returns the number of procedures whose facts changed.
        """
        if not codes:
            raise ValidationError(messages.DVC_NO_PROCEDURES)
        if change.level_old is not None and not 1 <= change.level_old <= 4:
            raise ValidationError(messages.PROCEDURE_BAD_LEVEL.format(value=change.level_old))
        if change.level_new not in (None, LEVEL_FULL, LEVEL_PARTIAL):
            raise ValidationError(messages.PROCEDURE_BAD_LEVEL.format(value=change.level_new))
        period_code = Period.parse(period).code
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            who = actor or default_actor(uow, unit_id)
            records = uow.procedure_dvc.for_period(unit_id, period_code)
            changed = 0
            for code in dict.fromkeys(codes):
                procedure = uow.procedures.get(unit_id, code)
                if procedure is None:
                    raise ValidationError(messages.PROCEDURE_NOT_FOUND.format(code=code))
                record = records.get(code)
                before = _facts(procedure, record)
                after = self._changed(before, change)
                if after == before and record is not None:
                    continue
                self._store(uow, unit_id, code, period_code, record, after, who)
                self._audit(uow, unit_id, f"{code}@{period_code}", before, after, who)
                changed += after != before
            return changed

    def snapshot(self, period: str, *, actor: str | None = None) -> int:
        """Record the catalogue's current facts for `period` where it has no record yet.

        Run after importing the province's list, so that a later change of the catalogue does
        not rewrite the history of this period. Returns the number of records added.
        """
        period_code = Period.parse(period).code
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            who = actor or default_actor(uow, unit_id)
            records = uow.procedure_dvc.for_period(unit_id, period_code)
            added = 0
            for procedure in uow.procedures.all(unit_id):
                if procedure.code not in records:
                    facts = _facts(procedure, None)
                    self._store(uow, unit_id, procedure.code, period_code, None, facts, who)
                    added += 1
            return added

    @staticmethod
    def _changed(before: _Facts, change: DvcChange) -> _Facts:
        level_old, level_new = before.level_old, before.level_new
        if change.clear_level:
            level_old, level_new = None, None
        if change.level_new is not None:
            level_new = change.level_new
        if change.level_old is not None:
            level_old = change.level_old
        has_fee = before.has_fee if change.has_fee is None else change.has_fee
        online = before.online_payment if change.online_payment is None else change.online_payment
        return _Facts(level_old, level_new, has_fee, online, before.fee)

    @staticmethod
    def _store(
        uow: UnitOfWork,
        unit_id: int,
        code: str,
        period: str,
        record: ProcedureDvc | None,
        facts: _Facts,
        actor: str,
    ) -> None:
        values = {
            "dvctt_level_old": facts.level_old,
            "dvctt_level_new": facts.level_new,
            "has_fee": facts.has_fee,
            "online_payment": facts.online_payment,
            "fee": facts.fee,
            "updated_at": datetime.now(),
            "updated_by": actor,
        }
        if record is None:
            uow.procedure_dvc.add(unit_id, code, period, values)
            return
        for key, value in values.items():
            setattr(record, key, value)

    @staticmethod
    def _audit(
        uow: UnitOfWork, unit_id: int, key: str, before: _Facts, after: _Facts, actor: str
    ) -> None:
        old = (
            before.level_old,
            before.level_new,
            before.has_fee,
            before.online_payment,
            before.fee,
        )
        new = (after.level_old, after.level_new, after.has_fee, after.online_payment, after.fee)
        for field, was, now in zip(_AUDIT_FIELDS, old, new, strict=True):
            if was != now:
                uow.audit.record(
                    actor=actor,
                    unit_id=unit_id,
                    entity="procedure_dvc",
                    entity_key=key,
                    field=field,
                    old_value=None if was is None else str(was),
                    new_value=None if now is None else str(now),
                    source="typed",
                )

    # --- indicators --------------------------------------------------------------------

    def indicators(
        self, period: str, mode: str | None = None, *, denominator: str = "new"
    ) -> IndicatorReport:
        """The DVCTT indicators of domain.md §6.3 for `period` (value in percent, 1 dp).

        At an aggregating office the dossier counts are its units' form 766 figures summed
        (`units` of the report says how many); the catalogue ones are the office's own.
        """
        if denominator not in DENOMINATORS:
            raise ValidationError(messages.DVC_BAD_DENOMINATOR.format(value=denominator))
        parsed = Period.parse(period)
        units: int | None = None
        #: Procedures with an online dossier in the window; None where that is not known.
        online_codes: set[str] | None = None
        #: Procedures with a dossier paid online in the window; None where that is not known.
        paid_codes: set[str] | None = None
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            office = uow.settings.get("role") == ROLE_AGGREGATOR
            chosen = mode or period_mode(uow)
            start, end = parsed.window(chosen)
            records = uow.procedure_dvc.for_period(unit_id, parsed.code)
            facts = {p.code: _facts(p, records.get(p.code)) for p in uow.procedures.all(unit_id)}
            if not office:
                counts = uow.dvc_counts.counts(unit_id, start, end)
                online_codes = uow.dvc_counts.online_procedures(unit_id, start, end)
                paid_codes = uow.dvc_counts.paid_online_procedures(unit_id, start, end)
                column3 = 0
                if denominator == "all":
                    column3 = sum(
                        values[3] for _sector, values in uow.dossiers.ii06a(unit_id, start, end)
                    )
        if office:
            # The office's own register holds no dossiers of its units: their counts are the
            # form 766 figures they sent (each counted over its own window). Which procedure
            # had an online or an online-paid dossier is not sent, so what rests on that (the
            # indicator and the 3.x and 3.5–3.6 estimates) has no data here.
            counts, units = self._units_counts(parsed.code)
            column3 = 0
            if denominator == "all":
                rows = self._units_entry().aggregated(form="II.06a", period=parsed.code)
                column3 = sum(row.values.get(3, 0) for row in rows)
        levels = {code: effective_level(f.level_old, f.level_new) for code, f in facts.items()}
        dvctt = {code for code, level in levels.items() if level is not None}
        full = {code for code, level in levels.items() if level == LEVEL_FULL}
        with_fee = {code for code, f in facts.items() if f.has_fee}
        online_base = (
            counts["received_online"] + counts["received_direct"] + counts["received_postal"]
            if denominator == "new"
            else column3
        )
        ratios = {
            "dvctt_provided_rate": Ratio(len(dvctt), len(facts)),
            "full_process_rate": Ratio(len(full), len(facts)),
            "dvctt_with_online_dossier": (
                Ratio(0, 0)
                if online_codes is None
                else Ratio(len(dvctt & online_codes), len(dvctt))
            ),
            "online_receipt_rate": Ratio(counts["received_online"], online_base),
            "online_payment_rate": Ratio(counts["paid_online"], counts["financial_obligation"]),
            "digitised_components_rate": Ratio(counts["components_digitised"], counts["received"]),
            "digitised_results_rate": Ratio(counts["results_digitised"], counts["resolved"]),
            "synced_rate": Ratio(counts["synced"], counts["received"]),
        }
        # B and C of 3.5–3.6 are shares of the catalogue's TTHC with fees: B those with a
        # dossier paid online in the window, C those offered with online payment on the Cổng
        # DVCQG (the catalogue's flag for the period).
        fee_paid = (
            Ratio(0, 0) if paid_codes is None else Ratio(len(with_fee & paid_codes), len(with_fee))
        )
        fee_offered = Ratio(sum(facts[code].online_payment for code in with_fee), len(with_fee))
        return IndicatorReport(
            period_code=parsed.code,
            period_label=parsed.label,
            mode=chosen,
            start=start,
            end=end,
            window_text=parsed.window_text(chosen),
            denominator=denominator,
            indicators=tuple(_value(code, ratios[code]) for code in INDICATOR_NAMES),
            estimates=_estimates(ratios, fee_paid=fee_paid, fee_offered=fee_offered),
            units=units,
        )

    def _units_entry(self) -> EntryService:
        assert self._entry is not None, "DvcService needs the entry service at an office"
        return self._entry

    def _units_counts(self, period: str) -> tuple[dict[str, int], int]:
        """The subordinate units' form 766 figures summed, by count key; and how many units."""
        rows = self._units_entry().aggregated(form=FORM_766, period=period)
        counts = {
            key: sum(row.values.get(column, 0) for row in rows)
            for column, key in COUNT_KEYS.items()
        }
        return counts, len(rows)

    def tracking(self, period: str, mode: str | None = None) -> list[TrackingRow]:
        """Rows of the QĐ 766 tracking sheets (§4.4, §4.5).

        A commune: one row for the own unit, counted from its register over the period's
        window. An aggregating office: one row per subordinate unit holding form 766 figures
        for the period (received in packages or typed), pre-reform communes summed into their
        2025 successor, by unit code; the window does not apply to figures already counted.
        """
        parsed = Period.parse(period)
        with self._uow() as uow:
            office = uow.settings.get("role") == ROLE_AGGREGATOR
            if not office:
                unit_id = own_unit_id(uow)
                unit = uow.units.get(unit_id)
                assert unit is not None
                chosen = mode or period_mode(uow)
                start, end = parsed.window(chosen)
                figures = register_counts(uow, unit_id, start, end)
                return [tracking_row(unit.code, unit.name, figures, (), unit.agency_code or "")]
        rows = self._units_entry().aggregated(form=FORM_766, period=parsed.code)
        with self._uow() as uow:
            own = uow.units.get(own_unit_id(uow))
            assert own is not None
            agencies = {
                u.code: u.agency_code or ""
                for u in uow.units.find_many(own.catalog, [row.code for row in rows])
            }
        return [
            tracking_row(row.code, row.name, row.values, row.lineage, agencies.get(row.code, ""))
            for row in rows
        ]

    # --- II.07b ------------------------------------------------------------------------

    def ii07b_counts(self, period: str) -> dict[int, int | None]:
        """II.07b columns the catalogue knows for the own unit's row (domain.md §4.3).

        Every procedure of the unit's catalogue is within its competence and handled at its
        one-stop desk, at the unit's level of government. The internal procedures (columns
        11–14) are not in the catalogue: they stay as typed. A period starting on or after
        01/07/2025 leaves the "Cấp huyện" columns empty (None), not 0.
        """
        parsed = Period.parse(period)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            unit = uow.units.get(unit_id)
            assert unit is not None
            total = len(uow.procedures.all(unit_id))
            level = unit.level
            mode = period_mode(uow)
        closed = closed_columns(find_form(II07B), parsed, mode)
        own, desk = _II07B_COLUMNS.get(level, _II07B_COLUMNS[LEVEL_COMMUNE])
        counts: dict[int, int | None] = {3: total, 7: total, own: total, desk: total}
        for other, other_desk in _II07B_COLUMNS.values():
            counts.setdefault(other, 0)
            counts.setdefault(other_desk, 0)
        return {column: None if column in closed else n for column, n in counts.items()}

    def apply_ii07b(self, period: str, *, actor: str | None = None) -> builtins.list[CellChange]:
        """Write the catalogue's II.07b counts into the report (source "computed").

        The figures stay editable in the report entry afterwards, like any computed cell.
        """
        assert self._entry is not None, "DvcService needs the entry service for II.07b"
        counts = self.ii07b_counts(period)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
        return self._entry.set_values(
            [(unit_id, column, value) for column, value in sorted(counts.items())],
            form=II07B,
            period=period,
            source=SOURCE_COMPUTED,
            actor=actor,
        )
