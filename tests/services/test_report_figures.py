"""The form sheets from stored figures: an office's sums by unit and by sector, II.07b's columns."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.bootstrap import Services
from egov_desktop.db.models import Unit
from egov_desktop.errors import ValidationError
from egov_desktop.exchange.package import PackagePeriod
from egov_desktop.services.setup import SetupRequest
from egov_desktop.services.unit_entry import UnitEntry
from tests.packages import OTHER, P, package


def _other_unit(
    services: Services, code: str, name: str, values: dict[int, int], catalog: str = "2025"
) -> None:
    with services.database.uow() as uow:
        unit = uow.units.add(
            Unit(
                catalog=catalog, code=code, name=name, level="commune", kind="Phường",
                province_code="01", province_name="Thành phố Hà Nội", created_at=datetime.now(),
            )
        )  # fmt: skip
        sent = f"package:{code}:v1"  # as from the unit's package: the sheet marks no unit
        for col, value in values.items():
            uow.values.put((unit.id, "II.06a", "2025-Q3", "1", col), value=value, source=sent)
            uow.values.put((unit.id, "II.06a", "2025-Q3", "2", col), value=1, source=sent)


def test_aggregated_rows_are_units_with_their_sums(services: Services, tmp_path: Path) -> None:
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    with pytest.raises(ValidationError, match="Chưa có số liệu"):
        services.reports.export(form="II.06a-agg", period="2025-Q3", out=tmp_path)
    _other_unit(services, "00004", "Phường Ba Đình", {3: 10, 7: 8, 11: 2})
    _other_unit(services, "00008", "Phường Ngọc Hà", {3: 4, 7: 4})

    preview = services.reports.preview(form="II.06a-agg", period="2025-Q3")
    rows = dict(preview.rows)
    assert rows["Phường Ba Đình"]["3"] == 11 and rows["Phường Ngọc Hà"]["7"] == 5
    assert preview.label_title == "Tên đơn vị"  # not the II.06a form's "Lĩnh vực"
    result = services.reports.export(form="II.06a-agg", period="2025-Q3", out=tmp_path)
    assert result.path.name == "II.06a-agg_01_2025-Q3.xlsx"
    sheet = load_workbook(result.path).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Phường Ngọc Hà" in values and 16 in values  # total of column 3: 11 + 5
    assert "Xã, phường, đặc khu" in values  # the group row: no thị trấn after 1 July 2025


def test_a_district_s_aggregated_sheet_groups_its_communes_as_then(
    services: Services, tmp_path: Path
) -> None:
    services.setup.apply(SetupRequest(unit_code="001", role="aggregator", catalog="legacy"))
    _other_unit(services, "00001", "Phường Phúc Xá", {3: 2}, catalog="legacy")
    result = services.reports.export(form="II.06a-agg", period="2025-Q3", out=tmp_path)
    sheet = load_workbook(result.path).active
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c is not None]
    assert "Xã, phường, thị trấn" in values and "Phường Phúc Xá" in values


def test_ii07b_after_the_reform_prints_the_district_columns_empty(
    commune: Services, tmp_path: Path
) -> None:
    """§4.3: (5), (9), (13) and their totals are empty cells for 2026-Q1, not 0."""
    from egov_desktop.services.register_dto import ProcedureInput

    commune.catalogue.add(ProcedureInput("P1", "Đăng ký khai sinh", "Hộ tịch", 3))
    unit_row = commune.entry.find_row(form="II.07b", name="Phường Ba Đình")
    rows = {}
    for period in ("2025-Q2", "2026-Q1"):
        commune.dvc.apply_ii07b(period)
        commune.entry.set_values(
            [(unit_row, 11, 1), (unit_row, 14, 1)], form="II.07b", period=period
        )
        sheet = load_workbook(
            commune.reports.export(form="II.07b", period=period, out=tmp_path).path
        ).active
        assert sheet is not None
        assert sheet["B15"].value == "Tổng số"
        rows[period] = [[sheet.cell(r, c).value for c in range(3, 15)] for r in (14, 15)]
    # (3) (4) (5) (6) (7) (8) (9) (10) (11) (12) (13) (14)
    assert rows["2025-Q2"] == [
        [1, 0, 0, 1, 1, 0, 0, 1, 1, None, None, 1],
        [1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 0, 1],
    ]
    assert rows["2026-Q1"] == [
        [1, 0, None, 1, 1, 0, None, 1, 1, None, None, 1],
        [1, 0, None, 1, 1, 0, None, 1, 1, 0, None, 1],
    ]
    preview = commune.reports.preview(form="II.07b", period="2026-Q1")
    assert preview.total["5"] is None and preview.total["13"] is None and preview.problems == ()


def test_the_office_s_sheets_check_each_unit_s_figures_and_name_it(
    services: Services, tmp_path: Path
) -> None:
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    # 00004's Hộ tịch received one more than resolved + pending; 00008's one fewer: the two
    # slips cancel out in the Hộ tịch row of the sheet by sector and in the total row.
    broken_up = {3: 11, 4: 11, 7: 7, 8: 7, 11: 3, 12: 3}
    broken_down = {3: 9, 4: 9, 7: 7, 8: 7, 11: 3, 12: 3}
    right = {3: 4, 4: 4, 7: 4, 8: 4}
    sent = [
        package(tmp_path / "a.egov", {"Hộ tịch": broken_up, "Đất đai": right}),
        package(tmp_path / "b.egov", {"Hộ tịch": broken_down}, unit=OTHER),
    ]
    services.package_import.apply_many(sent)
    by_unit = services.reports.preview(form="II.06a-agg", period=P)
    assert [(p.sector, p.code) for p in by_unit.problems] == [
        ("Phường Ba Đình (00004) — Hộ tịch", "I4"),
        ("Phường Ngọc Hà (00008) — Hộ tịch", "I4"),
    ]
    assert by_unit.problems[0].message == (
        "Số hồ sơ nhận giải quyết (11) khác Đã giải quyết + Đang giải quyết (10)"
    )
    by_sector = services.reports.preview(form="II.06a-sectors", period=P)
    assert [p.sector for p in by_sector.problems] == [
        "Hộ tịch — Phường Ba Đình (00004)",
        "Hộ tịch — Phường Ngọc Hà (00008)",
    ]
    assert services.reports.problems(form="ii.06a-sectors", period=P) == list(by_sector.problems)
    result = services.reports.export(form="II.06a-agg", period=P, out=tmp_path)
    assert result.problems == by_unit.problems
    # A correction of 00008 leaves one slip: the total row breaks too (no row names it).
    services.package_import.apply(
        package(
            tmp_path / "c.egov", {"Hộ tịch": {**broken_down, 3: 10, 4: 10}}, unit=OTHER, version=2
        )
    )
    problems = services.reports.problems(form="II.06a-agg", period=P)
    assert [(p.sector, p.code) for p in problems] == [
        ("Phường Ba Đình (00004) — Hộ tịch", "I4"),
        (None, "I4"),
    ]
    assert problems[1].message.startswith("Số hồ sơ nhận giải quyết (25) khác")


def test_the_office_s_sheets_warn_of_units_counted_in_another_mode(
    services: Services, tmp_path: Path
) -> None:
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    calendar = PackagePeriod(P, "calendar", date(2025, 7, 1), date(2025, 9, 30))
    services.package_import.apply_many(
        [
            package(tmp_path / "a.egov", {"Hộ tịch": {3: 1, 4: 1}}, window=calendar),
            package(tmp_path / "b.egov", {"Hộ tịch": {3: 2, 4: 2}}, unit=OTHER),
        ]
    )
    by_unit = services.reports.preview(form="II.06a-agg", period=P)
    [warning] = by_unit.warnings
    assert "Phường Ba Đình (00004)" in warning and "(00008)" not in warning
    assert services.reports.preview(form="II.06a-sectors", period=P).warnings == (warning,)
    result = services.reports.export(form="II.06a-agg", period=P, out=tmp_path)
    assert result.warnings == (warning,) and result.path.exists()  # written all the same
    # The sheet in the calendar mode: 00008 is the one counted otherwise.
    [other] = services.reports.preview(form="II.06a-agg", period=P, mode="calendar").warnings
    assert "(00008)" in other and "(00004)" not in other
    # The QĐ 766 sheets sum the units' form 766 figures: here typed by the office (cutoff).
    row = services.entry.find_row(form="766", name="Phường Giảng Võ", unit="00025")
    UnitEntry(services.entry, "00025").set_values([(row, 3, 4)], form="766", period=P)
    assert services.reports.preview(form="766-dvc", period=P).warnings == ()
    [tracked] = services.reports.preview(form="766-dvc", period=P, mode="calendar").warnings
    assert tracked.startswith("Biểu 766 Quý III năm 2025") and "Phường Giảng Võ (00025)" in tracked


def _office_with_two_units(services: Services, tmp_path: Path) -> None:
    """A province office holding II.06a 2025-Q3 of Phường Ba Đình and of `OTHER`."""
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    services.package_import.apply_many(
        [
            package(tmp_path / "a.egov", {"Hộ tịch": {3: 1, 4: 1}}),
            package(tmp_path / "b.egov", {"Hộ tịch": {3: 2, 4: 2}}, unit=OTHER),
        ]
    )


def test_the_office_s_sheets_warn_of_figures_it_returned_until_a_correction_comes(
    services: Services, tmp_path: Path
) -> None:
    _office_with_two_units(services, tmp_path)
    assert services.reports.preview(form="II.06a-agg", period=P).warnings == ()
    services.package_import.return_("00004", P, "Thiếu lĩnh vực Đất đai", tmp_path / "replies")
    by_unit = services.reports.preview(form="II.06a-agg", period=P)
    [warning] = by_unit.warnings
    assert warning.startswith("Biểu II.06a Quý III năm 2025 vẫn cộng số liệu của 1 đơn vị")
    assert "Lý do trả lại «Thiếu lĩnh vực Đất đai»: Phường Ba Đình (00004) — gói v1, trả" in warning
    assert warning.endswith(".") and "00008" not in warning
    assert by_unit.total["3"] == 3  # still summed: the office decides
    assert services.reports.preview(form="II.06a-sectors", period=P).warnings == (warning,)
    assert services.reports.export(form="II.06a-agg", period=P, out=tmp_path).warnings == (warning,)
    # The correction replaces the returned figures: nothing more to say.
    services.package_import.apply(
        package(tmp_path / "c.egov", {"Hộ tịch": {3: 1, 4: 1}}, version=2)
    )
    assert services.reports.preview(form="II.06a-agg", period=P).warnings == ()


def test_the_sheet_by_unit_marks_the_figures_the_office_entered_itself(
    services: Services, tmp_path: Path
) -> None:
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    services.package_import.apply(package(tmp_path / "a.egov", {"Hộ tịch": {3: 1, 4: 1}}))
    row = services.entry.find_row(form="II.06a", name="Hộ tịch", unit="00025")
    UnitEntry(services.entry, "00025").set_values(
        [(row, 3, 4), (row, 4, 4)], form="II.06a", period=P
    )
    units = {u.code: u for u in services.entry.aggregated(form="II.06a", period=P)}
    assert units["00004"].entered is None and units["00025"].entered == "typed"
    labels = [
        label for label, _values in services.reports.preview(form="II.06a-agg", period=P).rows
    ]
    assert "Phường Ba Đình" in labels
    assert "Phường Giảng Võ (số liệu do cơ quan tổng hợp nhập)" in labels
    result = services.reports.export(form="II.06a-agg", period=P, out=tmp_path)
    written = [c for r in load_workbook(result.path).active.iter_rows(values_only=True) for c in r]
    assert "Phường Giảng Võ (số liệu do cơ quan tổng hợp nhập)" in written


def test_units_returned_for_one_reason_are_named_under_it_once(
    services: Services, tmp_path: Path
) -> None:
    _office_with_two_units(services, tmp_path)
    reason = "Cột (4) không khớp sổ theo dõi; đề nghị rà soát và gửi lại."
    for unit in ("00004", OTHER.code):
        services.package_import.return_(unit, P, reason, tmp_path / "replies")
    [warning] = services.reports.preview(form="II.06a-agg", period=P).warnings
    assert warning.startswith("Biểu II.06a Quý III năm 2025 vẫn cộng số liệu của 2 đơn vị")
    assert warning.count("đề nghị rà soát") == 1 and ".." not in warning
    assert warning.endswith(
        "Lý do trả lại «Cột (4) không khớp sổ theo dõi; đề nghị rà soát và gửi lại»: "
        f"Phường Ba Đình (00004) — gói v1, trả lại lúc {_at(warning, 0)}; "
        f"{OTHER.name} ({OTHER.code}) — gói v1, trả lại lúc {_at(warning, 1)}."
    )


def _at(warning: str, index: int) -> str:
    """The time the `index`-th returned unit was returned, as the warning writes it."""
    return warning.split("trả lại lúc ")[index + 1][:16]
