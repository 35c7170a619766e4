"""Form 766: a commune's QĐ 766 counts from its register, sent, and the office's sheets by unit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.bootstrap import Services, open_services
from egov_desktop.config import AppPaths
from egov_desktop.errors import ValidationError
from egov_desktop.services.dvc_dto import TrackingRow
from egov_desktop.services.entry_dto import SOURCE_COMPUTED, SOURCE_TYPED
from egov_desktop.services.qd766 import COUNT_KEYS, tracking_row
from egov_desktop.services.register_dto import DossierInput
from egov_desktop.services.setup import SetupRequest

P = "2025-Q3"
F = "766"


def dossier(code: str, channel: str, received: date, **kw: object) -> DossierInput:
    return DossierInput(code=code, sector="Hộ tịch", channel=channel, received=received, **kw)  # type: ignore[arg-type]


#: 00004: 2 online (one late), 1 direct, 1 postal still open, 1 withdrawn (no decision).
REGISTER_A = [
    dossier("A1", "online", date(2025, 7, 1), due=date(2025, 7, 3), resolved=date(2025, 7, 2),
            financial_obligation=True, paid_online=True, components_digitised=True,
            result_digitised=True, synced=True, components_reused_national=True),
    dossier("A2", "online", date(2025, 7, 10), due=date(2025, 7, 12), resolved=date(2025, 7, 15),
            financial_obligation=True, components_digitised=True, synced=True,
            components_reused=True),
    dossier("A3", "direct", date(2025, 8, 1), due=date(2025, 8, 5), resolved=date(2025, 8, 4),
            result_digitised=True),
    dossier("A4", "postal", date(2025, 8, 10), due=date(2025, 8, 20), synced=True),
    dossier("A5", "direct", date(2025, 9, 1), due=date(2025, 9, 2), resolved=date(2025, 9, 3),
            status="Rút hồ sơ"),
]  # fmt: skip
#: 00008: 3 direct (two digitised), 1 online on time.
REGISTER_B = [
    dossier("B1", "direct", date(2025, 7, 2), due=date(2025, 7, 9), resolved=date(2025, 7, 8),
            components_digitised=True, result_digitised=True, components_reused=True),
    dossier("B2", "direct", date(2025, 7, 3), due=date(2025, 7, 9), resolved=date(2025, 7, 8),
            components_digitised=True),
    dossier("B3", "direct", date(2025, 7, 4), due=date(2025, 7, 20), financial_obligation=True),
    dossier("B4", "online", date(2025, 8, 4), due=date(2025, 8, 9), resolved=date(2025, 8, 5),
            synced=True),
]  # fmt: skip


def _open(root: Path, code: str, role: str = "commune", catalog: str = "2025") -> Services:
    services = open_services(AppPaths.resolve(root / code))
    services.setup.apply(
        SetupRequest(unit_code=code, role=role, catalog=catalog, officer="Nguyễn Văn An")
    )
    return services


@pytest.fixture
def folders(tmp_path: Path) -> Iterator[dict[str, Services]]:
    opened = {
        "00004": _open(tmp_path, "00004"),
        "00008": _open(tmp_path, "00008"),
        "office": _open(tmp_path, "01", "aggregator"),
    }
    for code, register in (("00004", REGISTER_A), ("00008", REGISTER_B)):
        for item in register:
            opened[code].register.add(item)
    yield opened
    for services in opened.values():
        services.close()


def _figures(services: Services, **kw: str) -> dict[int, int | None]:
    (row,) = services.entry.grid(form=F, period=P, **kw).rows
    return row.values


def _as_figures(row: TrackingRow) -> dict[int, int]:
    return {column: getattr(row, key) for column, key in COUNT_KEYS.items()}


def _send(commune: Services, out: Path) -> Path:
    commune.stats.apply(form="II.06a", period=P)
    commune.stats.apply(form=F, period=P)
    for form in ("II.06a", F):
        commune.entry.set_status(form=form, period=P, status="done", note="Đã kiểm tra")
    sent = commune.packages.send(period=P, out=out)
    assert set(sent.forms) == {"II.06a", F}
    return Path(sent.file)


def test_the_commune_computes_766_with_the_tracking_counts(folders: dict[str, Services]) -> None:
    commune = folders["00004"]
    (expected,) = commune.dvc.tracking(P)
    report = commune.stats.apply(form=F, period=P)
    assert report.changed == 14 and report.added_sectors == ()
    assert _figures(commune) == _as_figures(expected)
    # Worked by hand: received 5 (A1–A5), of which 2 online, 2 direct, 1 postal.
    assert [_figures(commune)[c] for c in (3, 4, 5, 11)] == [2, 2, 1, 5]
    # A1 reused components from the national portal (so it reused them), A2 from elsewhere.
    assert [_figures(commune)[c] for c in (15, 16)] == [2, 1]
    grid = commune.entry.grid(form=F, period=P)
    assert set(grid.rows[0].sources.values()) == {SOURCE_COMPUTED}
    assert grid.problems == () and grid.status == "in_progress"
    with commune.database.uow() as uow:
        trail = [e for e in uow.audit.recent(100) if e.entity == "report_value"]
    assert len(trail) == 14 and {e.source for e in trail} == {SOURCE_COMPUTED}
    # The figures stay editable; computing again restores them, audited again.
    row_id = grid.rows[0].sector_id
    commune.entry.set_values([(row_id, 8, 0)], form=F, period=P)
    assert commune.entry.grid(form=F, period=P).rows[0].sources[8] == SOURCE_TYPED
    assert commune.stats.apply(form=F, period=P).changed == 1
    assert _figures(commune)[8] == expected.synced == 3


def test_a_commune_s_tracking_stays_counted_from_its_register(
    folders: dict[str, Services],
) -> None:
    commune = folders["00004"]
    before = commune.dvc.tracking(P)
    commune.stats.apply(form=F, period=P)
    row_id = commune.entry.grid(form=F, period=P).rows[0].sector_id
    commune.entry.set_values([(row_id, 3, 99)], form=F, period=P)
    assert commune.dvc.tracking(P) == before


def test_the_drill_down_stays_for_ii06a(folders: dict[str, Services]) -> None:
    with pytest.raises(ValidationError, match="766"):
        folders["00004"].stats.dossiers_behind(form=F, period=P, column=3)


def test_the_office_s_766_rows_are_its_units_figures(
    folders: dict[str, Services], tmp_path: Path
) -> None:
    office = folders["office"]
    assert office.dvc.tracking(P) == []
    out = tmp_path / "usb"
    out.mkdir()
    counted = {}
    for code in ("00008", "00004"):
        counted[code] = folders[code].dvc.tracking(P)[0]
        office.package_import.apply(_send(folders[code], out))
    rows = office.dvc.tracking(P)
    assert [r.unit_code for r in rows] == ["00004", "00008"]
    for row in rows:
        assert row == counted[row.unit_code]
    assert _figures(office, unit="00008") == _as_figures(counted["00008"])
    matrix = office.completeness.matrix(P)
    assert F in matrix.forms
    states = {(e.unit_code, e.form): e.status for e in matrix.entries}
    assert states[("00004", F)] == "received" and states[("00025", F)] == "missing"
    assert matrix.deadlines[F] == date(2025, 9, 19)

    dvc = office.reports.export(form="766-dvc", period=P, out=tmp_path)
    sheet = load_workbook(dvc.path).active
    assert sheet is not None
    names = [sheet.cell(r, 3).value for r in (14, 15)]
    assert names == [counted["00004"].unit_name, counted["00008"].unit_name]
    a, b = (counted[c] for c in ("00004", "00008"))
    assert [sheet.cell(14, c).value for c in (4, 5, 6, 10, 11, 14, 15, 16)] == [
        a.received_online, a.received_direct, a.received_postal, a.online_resolved_on_time,
        a.online_resolved_late, a.synced, a.financial_obligation, a.paid_online,
    ]  # fmt: skip
    assert [sheet.cell(15, c).value for c in (4, 5, 6)] == [1, 3, 0]
    assert sheet.cell(15, 7).value == 25.0  # 1 online of 4 new receipts
    assert all(type(sheet.cell(r, 4).value) is int for r in (14, 15))
    assert sheet.cell(16, 3).value != counted["00008"].unit_name
    digitised = office.reports.export(form="766-digitisation", period=P, out=tmp_path)
    sheet = load_workbook(digitised.path).active
    assert sheet is not None
    assert [sheet.cell(14, c).value for c in (2, 3, 4, 5, 6, 7, 8, 9, 10)] == [
        a.unit_name, 5, 3, 2, 2, 1, 3, 1, 2,
    ]  # fmt: skip
    assert [sheet.cell(15, c).value for c in (2, 3, 4, 5, 6, 7, 8, 9, 10)] == [
        b.unit_name, 4, 2, 2, 1, 0, 3, 2, 1,
    ]  # fmt: skip


def test_the_office_s_indicators_sum_its_units_766_figures(
    folders: dict[str, Services], tmp_path: Path
) -> None:
    office = folders["office"]
    empty = office.dvc.indicators(P)
    assert empty.units == 0
    assert {i.text for i in empty.indicators} == {"không áp dụng"}
    out = tmp_path / "usb"
    out.mkdir()
    for code in ("00004", "00008"):
        office.package_import.apply(_send(folders[code], out))
    report = office.dvc.indicators(P)
    assert report.units == 2
    got = {i.code: (i.numerator, i.denominator) for i in report.indicators}
    # 00004: 2 online of 5 new receipts; 00008: 1 of 4. Paid online 1 of 3 with a fee.
    assert got["online_receipt_rate"] == (3, 9)
    assert got["online_payment_rate"] == (1, 3)
    a, b = (folders[c].dvc.indicators(P) for c in ("00004", "00008"))
    for code in ("digitised_components_rate", "digitised_results_rate", "synced_rate"):
        mine, theirs = a.get(code), b.get(code)
        assert got[code] == (
            mine.numerator + theirs.numerator,
            mine.denominator + theirs.denominator,
        )
    # Which procedures had an online dossier is not sent: no figure rather than a wrong one.
    assert report.get("dvctt_with_online_dossier").text == "không áp dụng"
    # "all": over the units' II.06a column 3, not the office's own register.
    column3 = sum(r.values.get(3, 0) for r in office.entry.aggregated(form="II.06a", period=P))
    assert column3 > 0
    assert office.dvc.indicators(P, denominator="all").get("online_receipt_rate").denominator == (
        column3
    )
    assert a.units is None


def test_the_office_s_766_sheet_names_each_unit_s_agency_code(
    folders: dict[str, Services], tmp_path: Path
) -> None:
    commune, office = folders["00004"], folders["office"]
    commune.setup.apply(
        SetupRequest(unit_code="00004", role="commune", agency_code="000.00.31.H26")
    )
    office.package_import.apply(_send(commune, tmp_path))
    office.package_import.apply(_send(folders["00008"], tmp_path))
    assert [(r.unit_code, r.agency_code) for r in office.dvc.tracking(P)] == [
        ("00004", "000.00.31.H26"),
        ("00008", ""),
    ]
    sheet = load_workbook(office.reports.export(form="766-dvc", period=P, out=tmp_path).path).active
    assert sheet is not None
    assert [sheet.cell(r, 2).value for r in (14, 15)] == ["000.00.31.H26", None]


def test_units_without_766_figures_are_not_listed(
    folders: dict[str, Services], tmp_path: Path
) -> None:
    commune, office = folders["00008"], folders["office"]
    commune.stats.apply(form="II.06a", period=P)
    commune.entry.set_status(form="II.06a", period=P, status="done", note="ok")
    office.package_import.apply(Path(commune.packages.send(period=P, out=tmp_path).file))
    assert office.entry.aggregated(form="II.06a", period=P) != []
    assert office.dvc.tracking(P) == []
    with pytest.raises(ValidationError, match="Chưa có số liệu của đơn vị cấp dưới"):
        office.reports.export(form="766-dvc", period=P, out=tmp_path)


def test_old_communes_figures_add_up_in_their_successor(
    folders: dict[str, Services], tmp_path: Path
) -> None:
    office, early = folders["office"], "2025-Q1"
    for code, count in (("00006", 1), ("00007", 2)):
        legacy = _open(tmp_path / "legacy", code, catalog="legacy")
        try:
            for n in range(count):
                legacy.register.add(
                    dossier(
                        f"{code}-{n}",
                        "online",
                        date(2025, 2, 3),
                        due=date(2025, 2, 10),
                        components_digitised=True,
                    )
                )
            legacy.stats.apply(form=F, period=early)
            legacy.entry.set_status(form=F, period=early, status="done")
            office.package_import.apply(Path(legacy.packages.send(period=early, out=tmp_path).file))
        finally:
            legacy.close()
    (row,) = office.dvc.tracking(early)
    assert row.unit_code == "00008" and (row.received_online, row.received) == (3, 3)
    assert row.components_digitised == 3 and row.components_not_digitised == 0
    assert row.lineage[0].startswith("00006") and row.lineage[1].endswith("(một phần)")
    sheet = load_workbook(
        office.reports.export(form="766-dvc", period=early, out=tmp_path).path
    ).active
    assert sheet is not None
    assert str(sheet.cell(14, 3).value).startswith(f"{row.unit_name} (gồm: 00006")


def test_a_tracking_row_from_partial_figures() -> None:
    row = tracking_row("00004", "Phường Ba Đình", {11: 5, 12: 2, 13: 4, 14: None})
    assert (row.received, row.components_not_digitised, row.components_digitised) == (5, 3, 2)
    assert (row.resolved, row.results_not_digitised, row.results_digitised) == (4, 4, 0)
    assert row.received_online == 0


def test_a_part_larger_than_its_whole_is_an_error(folders: dict[str, Services]) -> None:
    commune = folders["00004"]
    commune.stats.apply(form=F, period=P)
    row_id = commune.entry.grid(form=F, period=P).rows[0].sector_id
    commune.entry.set_values([(row_id, 12, 9)], form=F, period=P)  # 9 digitised of 5 received
    problems = commune.entry.validate(form=F, period=P)
    assert [(p.code, p.severity) for p in problems] == [("I2", "error")]
    assert "Có số hóa TPHS (9) nhiều hơn Tiếp nhận (5)" in problems[0].message
    with pytest.raises(ValidationError):
        commune.entry.set_status(form=F, period=P, status="done", note="x")
    commune.entry.set_values([(row_id, 12, 2), (row_id, 16, 3)], form=F, period=P)
    problems = commune.entry.validate(form=F, period=P)
    assert [(p.code, p.severity) for p in problems] == [("I7", "error")]
    assert "Tái sử dụng từ cổng DVC QG (3) nhiều hơn Có tái sử dụng thành phần (2)" in (
        problems[0].message
    )


def test_reuse_counts_a_unit_did_not_give_stay_empty_not_zero(
    folders: dict[str, Services], tmp_path: Path
) -> None:
    office = folders["office"]
    # The office types a unit's counts from a sheet that had no reuse columns.
    row = office.entry.find_row(form=F, name="Phường Giảng Võ", unit="00025")
    typed = {3: 1, 4: 2, 5: 0, 11: 3, 12: 2, 13: 2, 14: 1}
    office.entry.set_values([(row, c, v) for c, v in typed.items()], form=F, period=P, unit="00025")
    (tracked,) = office.dvc.tracking(P)
    assert (tracked.received, tracked.components_digitised) == (3, 2)
    assert tracked.components_reused is None and tracked.components_reused_national is None
    sheet = load_workbook(
        office.reports.export(form="766-digitisation", period=P, out=tmp_path).path
    ).active
    assert sheet is not None
    assert [sheet.cell(14, c).value for c in (3, 5, 6, 7)] == [3, 2, None, None]
