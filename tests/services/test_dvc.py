"""DVCTT indicators on a hand-built catalogue and register, with the arithmetic written out."""

from __future__ import annotations

from datetime import date

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.domain.indicators import NOT_APPLICABLE
from egov_desktop.errors import ValidationError
from egov_desktop.services.dvc_dto import ESTIMATE_LABEL, DvcChange
from egov_desktop.services.register_dto import DossierInput, ProcedureInput

Q3 = "2025-Q3"


def d(month: int, day: int) -> date:
    return date(2025, month, day)


#: P1, P3 toàn trình (P3 by its old level 4); P2 một phần; P4 level 2 and P5 are not DVCTT.
PROCEDURES = [
    ProcedureInput("P1", "Đăng ký khai sinh", "Hộ tịch", 3, None, "toan_trinh", True, 8000, True),
    ProcedureInput("P2", "Đăng ký kết hôn", "Hộ tịch", 5, None, "mot_phan", True, 10000, False),
    ProcedureInput("P3", "Chứng thực bản sao", "Chứng thực", 1, 4),
    ProcedureInput("P4", "Đăng ký đất đai", "Đất đai", 10, 2),
    ProcedureInput("P5", "Cấp đổi sổ đỏ", "Đất đai", 10),
]


def dossier(code: str, procedure: str, channel: str, received: date, **kw: object) -> DossierInput:
    return DossierInput(
        code=code,
        sector="Hộ tịch",
        channel=channel,
        received=received,
        procedure_code=procedure,
        **kw,  # type: ignore[arg-type]
    )


DOSSIERS = [
    # Online, on time, obligation paid online, components and result digitised, synced.
    dossier(
        "D1", "P1", "online", d(7, 1), due=d(7, 3), resolved=d(7, 2),
        financial_obligation=True, paid_online=True, components_digitised=True,
        result_digitised=True, synced=True,
    ),
    # Online, late, obligation paid at the desk, components digitised, synced.
    dossier(
        "D2", "P1", "online", d(7, 10), due=d(7, 12), resolved=d(7, 15),
        financial_obligation=True, components_digitised=True, synced=True,
    ),
    # Direct, on time, obligation not paid online, result digitised.
    dossier(
        "D3", "P2", "direct", d(8, 1), due=d(8, 5), resolved=d(8, 4),
        financial_obligation=True, result_digitised=True,
    ),
    # Postal, still open, synced.
    dossier("D4", "P4", "postal", d(8, 10), due=d(8, 20), synced=True),
    # Direct, withdrawn: closed without a decision, so not "resolved".
    dossier("D5", "P3", "direct", d(9, 1), due=d(9, 2), resolved=d(9, 3), status="Rút hồ sơ"),
    # Online, received in June (carried over), resolved late in July with a digitised result.
    dossier(
        "D6", "P5", "online", d(6, 20), due=d(7, 1), resolved=d(7, 5), result_digitised=True
    ),
]  # fmt: skip


@pytest.fixture
def built(commune: Services) -> Services:
    for item in PROCEDURES:
        commune.catalogue.add(item)
    for item in DOSSIERS:
        commune.register.add(item)
    return commune


def values(services: Services, **kw: object) -> dict[str, tuple[int, int, float | None]]:
    report = services.dvc.indicators(Q3, "calendar", **kw)  # type: ignore[arg-type]
    return {i.code: (i.numerator, i.denominator, i.value) for i in report.indicators}


def test_each_indicator_worked_by_hand(built: Services) -> None:
    got = values(built)
    # Catalogue of 5; DVCTT = P1, P2, P3 (P3 by old level 4): 3 / 5 = 60.0 %.
    assert got["dvctt_provided_rate"] == (3, 5, 60.0)
    # Toàn trình = P1, P3: 2 / 5 = 40.0 %.
    assert got["full_process_rate"] == (2, 5, 40.0)
    # DVCTT with an online receipt in Q3: only P1 (D1, D2); D6 was received in June: 1 / 3.
    assert got["dvctt_with_online_dossier"] == (1, 3, 33.3)
    # New receipts in Q3: D1–D5; online D1, D2 = 2; direct D3, D5 + postal D4 = 3: 2 / 5.
    assert got["online_receipt_rate"] == (2, 5, 40.0)
    # Obligation D1, D2, D3; paid online D1: 1 / 3 = 33.3 %.
    assert got["online_payment_rate"] == (1, 3, 33.3)
    # Components digitised D1, D2 of 5 receipts: 40.0 %.
    assert got["digitised_components_rate"] == (2, 5, 40.0)
    # Resolved in Q3 with a decision: D1, D2, D3, D6 (D5 withdrawn); results D1, D3, D6: 3 / 4.
    assert got["digitised_results_rate"] == (3, 4, 75.0)
    # Synced D1, D2, D4 of 5 receipts: 60.0 %.
    assert got["synced_rate"] == (3, 5, 60.0)


def test_online_rate_over_column_3(built: Services) -> None:
    # Column 3 = the 5 receipts + D6 carried over from June = 6: 2 / 6 = 33.3 %.
    assert values(built, denominator="all")["online_receipt_rate"] == (2, 6, 33.3)


def test_bad_denominator_option(built: Services) -> None:
    with pytest.raises(ValidationError):
        built.dvc.indicators(Q3, "calendar", denominator="total")


def test_zero_bases_are_not_applicable(commune: Services) -> None:
    report = commune.dvc.indicators(Q3, "calendar")
    assert [i.text for i in report.indicators] == [NOT_APPLICABLE] * 8
    assert all(i.value is None for i in report.indicators)
    assert report.estimates == ()
    assert report.window_text == "(Từ ngày 01/07/2025 đến ngày 30/09/2025)"


def test_estimates_are_labelled(built: Services) -> None:
    report = built.dvc.indicators(Q3, "calendar")
    online = next(e for e in report.estimates if e.code == "766_online_service")
    # min(2, 2·0.6/0.8) + 4·(1/3) + min(6, 6·0.4/0.5) = 1.5 + 1.3333 + 4.8 = 7.63.
    assert online.points == pytest.approx(7.63)
    assert online.maximum == 12
    assert {e.label for e in report.estimates} == {ESTIMATE_LABEL}


def test_tracking_row(built: Services) -> None:
    (row,) = built.dvc.tracking(Q3, "calendar")
    assert (row.received_online, row.received_direct, row.received_postal) == (2, 2, 1)
    # Online dossiers resolved in Q3: D1 on time; D2 and D6 late.
    assert (row.online_resolved_on_time, row.online_resolved_late) == (1, 2)
    assert (row.financial_obligation, row.paid_online, row.synced) == (3, 1, 3)
    assert (row.received, row.components_not_digitised, row.components_digitised) == (5, 3, 2)
    assert (row.resolved, row.results_not_digitised, row.results_digitised) == (4, 1, 3)
    assert row.unit_code == "00004"


def test_levels_by_period_keep_history(built: Services) -> None:
    changed = built.dvc.update(["P4", "P5"], Q3, DvcChange(level_new="mot_phan"))
    assert changed == 2
    assert values(built)["dvctt_provided_rate"] == (5, 5, 100.0)
    # The second quarter still reads the catalogue: 3 / 5.
    q2 = built.dvc.indicators("2025-Q2", "calendar").get("dvctt_provided_rate")
    assert (q2.numerator, q2.denominator) == (3, 5)
    entries = {e.procedure_code: e for e in built.dvc.entries(Q3)}
    assert entries["P4"].recorded and entries["P4"].level_new == "mot_phan"
    assert not entries["P1"].recorded
    # The same change again changes nothing.
    assert built.dvc.update(["P4"], Q3, DvcChange(level_new="mot_phan")) == 0


def test_bulk_payment_and_clear(built: Services) -> None:
    built.dvc.update(["P2"], Q3, DvcChange(online_payment=True))
    built.dvc.update(["P3"], Q3, DvcChange(clear_level=True))
    entries = {e.procedure_code: e for e in built.dvc.entries(Q3)}
    assert entries["P2"].online_payment
    assert entries["P3"].level_old is None and entries["P3"].level_new is None
    assert values(built)["dvctt_provided_rate"] == (2, 5, 40.0)


def test_update_rejects_unknown_procedure(built: Services) -> None:
    with pytest.raises(ValidationError):
        built.dvc.update(["NOPE"], Q3, DvcChange(online_payment=True))
    with pytest.raises(ValidationError):
        built.dvc.update([], Q3, DvcChange(online_payment=True))


def test_snapshot_records_the_catalogue(built: Services) -> None:
    assert built.dvc.snapshot(Q3) == 5
    assert built.dvc.snapshot(Q3) == 0
    assert all(e.recorded for e in built.dvc.entries(Q3))


def test_ii07b_from_the_catalogue(built: Services) -> None:
    counts = built.dvc.ii07b_counts(Q3)
    # A commune: all 5 procedures are of cấp xã and handled at its one-stop desk.
    assert counts[3] == counts[6] == counts[7] == counts[10] == 5
    assert counts[4] == counts[5] == counts[8] == counts[9] == 0
    built.dvc.apply_ii07b(Q3)
    grid = built.entry.grid(form="II.07b", period=Q3)
    row = grid.rows[0]
    assert row.values[3] == row.values[7] == 5
    assert row.sources[3] == "computed"
    # Computed figures stay editable.
    built.entry.set_values([(row.sector_id, 3, 6)], form="II.07b", period=Q3)
    assert built.entry.grid(form="II.07b", period=Q3).rows[0].values[3] == 6


def _payment_case(services: Services, dossiers: list[DossierInput]) -> Services:
    """F1–F3 carry fees (F1 alone offered with online payment on the Cổng DVCQG); N1 none."""
    for item in (
        ProcedureInput("F1", "Đăng ký kết hôn", "Hộ tịch", 5, None, "mot_phan", True, 10000, True),
        ProcedureInput("F2", "Chứng thực bản sao", "Chứng thực", 1, None, None, True, 2000),
        ProcedureInput("F3", "Hòa giải đất đai", "Đất đai", 30, None, None, True, 50000),
        ProcedureInput("N1", "Đăng ký khai sinh", "Hộ tịch", 3, None, "toan_trinh"),
    ):
        services.catalogue.add(item)
    for item in dossiers:
        services.register.add(item)
    return services


def _paid(code: str, procedure: str, received: date, *, online: bool) -> DossierInput:
    return dossier(
        code, procedure, "direct", received, due=received, financial_obligation=True,
        paid_online=online,
    )  # fmt: skip


def _payment_estimate(services: Services) -> float:
    report = services.dvc.indicators(Q3, "calendar")
    (estimate,) = (e for e in report.estimates if e.code == "766_online_payment")
    assert estimate.maximum == 10 and estimate.label == ESTIMATE_LABEL
    return estimate.points


def test_online_payment_estimate_worked_by_hand(commune: Services) -> None:
    """3.5–3.6 = 6·A + min(2, 2.5·B) + 2.5·C, B counted from the dossiers paid online."""
    services = _payment_case(
        commune,
        [
            _paid("E1", "F1", d(7, 1), online=True),
            _paid("E2", "F2", d(7, 2), online=True),
            _paid("E3", "F2", d(7, 3), online=False),
            _paid("E4", "F3", d(8, 4), online=False),
            _paid("E5", "F1", d(9, 5), online=False),
            # Paid online but received in June: F3 has no online payment in the quarter.
            _paid("E6", "F3", d(6, 20), online=True),
        ],
    )
    # A = 2/5 (E1, E2 of E1–E5); B = 2/3 (F1, F2 of the three with fees);
    # C = 1/3 (F1 offered). 6·0.4 + min(2, 2.5·2/3) + 2.5·1/3 = 2.4 + 1.6667 + 0.8333 = 4.9.
    assert _payment_estimate(services) == pytest.approx(4.9)


def test_online_payment_estimate_is_capped_at_its_maximum(commune: Services) -> None:
    """The reconstruction can pass the group's 10 points; the estimate stays at 10."""
    for n in range(1, 7):
        commune.catalogue.add(
            ProcedureInput(f"G{n}", f"Thủ tục {n}", "Hộ tịch", 5, None, None, True, 1000, n < 6)
        )
        commune.register.add(_paid(f"E{n}", f"G{n}", d(7, n), online=True))
    # A = 6/6, B = 6/6, C = 5/6: 6 + min(2, 2.5) + 2.5·5/6 = 6 + 2 + 2.0833 = 10.08 → 10.
    assert _payment_estimate(commune) == 10


def test_ii07b_after_the_reform_leaves_the_district_columns_empty(built: Services) -> None:
    """§4.3: from 07/2025 the "Cấp huyện" columns stay empty (None), not 0."""
    counts = built.dvc.ii07b_counts("2026-Q1")
    assert counts[5] is None and counts[9] is None
    assert counts[3] == counts[6] == counts[7] == counts[10] == 5
    assert counts[4] == counts[8] == 0
    built.dvc.apply_ii07b("2026-Q1")
    grid = built.entry.grid(form="II.07b", period="2026-Q1")
    (row,) = grid.rows
    assert (row.values[5], row.values[9], row.values[13]) == (None, None, None)
    assert (grid.total[5], grid.total[9], grid.total[13]) == (None, None, None)
    assert row.values[4] == row.values[8] == 0 and grid.problems == ()
    # Before the reform (cut-off 2025-Q3 starts on 15/06/2025) the columns are counted: 0.
    assert built.dvc.ii07b_counts(Q3)[5] == 0
