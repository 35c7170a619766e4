"""Report export through the templates: the figures of the report values, in the official file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.bootstrap import Services
from egov_desktop.db.models import Unit
from egov_desktop.domain.periods import period_containing
from egov_desktop.domain.validation import previous_period
from egov_desktop.errors import StoredModeError, TemplateError, ValidationError
from egov_desktop.exchange.package import PackagePeriod
from egov_desktop.services.report_export import fixed_texts, place_name
from egov_desktop.services.setup import SetupRequest
from egov_desktop.services.unit_entry import UnitEntry
from tests.packages import OTHER, P, package

HO_TICH = {3: 10, 4: 6, 5: 4, 7: 8, 8: 2, 9: 5, 10: 1, 11: 2, 12: 2}
DAT_DAI = {3: 5, 4: 1, 5: 4, 7: 5, 9: 5}


def _fill(services: Services, sector: str, values: dict[int, int], period: str = "2025-Q3") -> None:
    row = services.entry.find_row(form="II.06a", name=sector)
    services.entry.set_values(
        [(row, c, v) for c, v in values.items()], form="II.06a", period=period
    )


def _cells(path: Path) -> dict[str, object]:
    sheet = load_workbook(path)["II.06a"]
    out: dict[str, object] = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is not None:
                out[cell.coordinate] = cell.value
    return out


def test_ii06a_lands_in_the_builtin_template(commune: Services, tmp_path: Path) -> None:
    _fill(commune, "Hộ tịch", HO_TICH)
    _fill(commune, "Đất đai", DAT_DAI)
    steps: list[int] = []

    result = commune.reports.export(
        form="ii.06a",
        period="2025-Q3",
        out=tmp_path,
        progress=lambda pct, _text: steps.append(pct),
        today=date(2025, 9, 20),
    )

    assert result.path == tmp_path / "II.06a_00004_2025-Q3.xlsx"
    assert steps == sorted(steps) and steps[-1] == 100
    cells = _cells(result.path)
    texts = [v for v in cells.values() if isinstance(v, str)]
    assert "(Từ ngày 15/06/2025 đến ngày 14/09/2025)" in texts
    assert "Ba Đình, ngày 20 tháng 9 năm 2025" in texts
    assert "Kỳ báo cáo: Quý III năm 2025" in texts
    assert "Đơn vị báo cáo: UBND Phường Ba Đình" in texts
    assert {"Nguyễn Văn An", "Trần Thị Bình"} <= set(texts)
    rows = {cells[f"B{r}"]: r for r in range(15, 60) if f"B{r}" in cells}
    ho_tich = rows["Hộ tịch"]
    assert [cells.get(f"{c}{ho_tich}") for c in "CDEFGHIJKLM"] == [
        10, 6, 4, None, 8, 2, 5, 1, 2, 2, None
    ]  # fmt: skip
    assert isinstance(cells[f"C{ho_tich}"], int)  # numbers stay numbers
    total = rows["Tổng số"]
    assert cells[f"C{total}"] == 15 and cells[f"G{total}"] == 13


def test_an_explicit_output_name_and_the_template_by_path(
    commune: Services, tmp_path: Path
) -> None:
    _fill(commune, "Hộ tịch", HO_TICH)
    builtin = commune.templates.get("II.06a")
    out = tmp_path / "bao-cao.xlsx"
    result = commune.reports.export(
        form="II.06a", period="2025-Q3", out=out, template=str(builtin.workbook)
    )
    assert result.path == out and out.is_file()


def test_preview_shows_rows_total_and_problems(commune: Services) -> None:
    _fill(commune, "Hộ tịch", {3: 10, 4: 6, 5: 3})  # 10 != 6 + 3: identity I1 broken
    preview = commune.reports.preview(form="II.06a", period="2025-Q3")
    assert preview.window == "(Từ ngày 15/06/2025 đến ngày 14/09/2025)"
    assert dict(preview.rows)["Hộ tịch"]["3"] == 10
    assert preview.total["3"] == 10
    assert any(p.sector == "Hộ tịch" and p.severity == "error" for p in preview.problems)


@pytest.mark.parametrize(
    ("form", "message"),
    [("II.99", "Không có biểu"), ("766", "Không có biểu")],
)
def test_unknown_and_unsupported_forms_are_refused(
    commune: Services, tmp_path: Path, form: str, message: str
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError, match=message):
        commune.reports.export(form=form, period="2025-Q3", out=tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_unknown_template_and_period_are_refused(commune: Services, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(TemplateError):
        commune.reports.export(form="II.06a", period="2025-Q3", out=tmp_path, template="nope")
    with pytest.raises(ValidationError):
        commune.reports.export(form="II.06a", period="2025-Q7", out=tmp_path)
    assert list(tmp_path.iterdir()) == []


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
        for col, value in values.items():
            uow.values.put(
                (unit.id, "II.06a", "2025-Q3", "1", col), value=value, source="imported", actor="x"
            )
            uow.values.put(
                (unit.id, "II.06a", "2025-Q3", "2", col), value=1, source="imported", actor="x"
            )


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


def test_place_names_and_the_agency_block(commune: Services) -> None:
    assert place_name("Phường Ba Đình") == "Ba Đình"
    assert place_name("Xã Tân Lập") == "Tân Lập"
    assert place_name("Hà Nội") == "Hà Nội"
    texts = fixed_texts(commune.setup.require(), "Quý III năm 2025", "(…)", date(2026, 1, 5))
    assert texts["parent_agency"] == "UBND Thành phố Hà Nội"
    assert texts["receiving_unit"] == "Văn phòng UBND Thành phố Hà Nội"
    assert texts["place_date"] == "Ba Đình, ngày 05 tháng 01 năm 2026"


def test_the_targets_sheet_holds_each_target_with_the_latest_figure(
    commune: Services, tmp_path: Path
) -> None:
    commune.targets.set("e_case_files", "2025-Q2", 40, 100)
    commune.targets.set("e_case_files", "2025-Q3", 55, 100)
    commune.targets.set("e_case_files", "2025-Q4", 90, 100)  # after the period: not shown
    result = commune.reports.export(form="targets", period="2025-Q3", out=tmp_path)
    assert result.path.name == "targets_00004_2025-Q3.xlsx"
    sheet = load_workbook(result.path).active
    assert sheet is not None
    rows = {
        sheet.cell(r, 2).value: [sheet.cell(r, c).value for c in range(3, 12)]
        for r in range(13, sheet.max_row + 1)
        if isinstance(sheet.cell(r, 1).value, int)
    }
    case_files = next(v for k, v in rows.items() if k and "hồ sơ công việc" in k)
    assert case_files[:2] == ["Phường Ba Đình", 100]
    assert case_files[3:7] == ["Quý III năm 2025", 55, 100, 55.0]
    assert isinstance(case_files[2], datetime)
    assert len(rows) == len(commune.targets.list())
    preview = commune.reports.preview(form="targets", period="2025-Q3")
    assert preview.columns[0] == "3" and len(preview.rows) == len(rows)


def test_the_766_sheets_come_from_the_register(commune: Services, tmp_path: Path) -> None:
    from egov_desktop.services.register_dto import DossierInput

    def add(code: str, channel: str, **fields: object) -> None:
        data: dict[str, object] = {
            "code": code,
            "sector": "Hộ tịch",
            "channel": channel,
            "received": date(2025, 7, 1),
            "due": date(2025, 7, 10),
        }
        data.update(fields)
        commune.register.add(DossierInput(**data))  # type: ignore[arg-type]

    add("A", "online", resolved=date(2025, 7, 5), financial_obligation=True, paid_online=True,
        components_digitised=True, result_digitised=True, synced=True)  # fmt: skip
    add("B", "online", resolved=date(2025, 7, 15), financial_obligation=True)
    add("C", "direct", resolved=date(2025, 7, 3))
    add("D", "postal")
    dvc = commune.reports.export(form="766-dvc", period="2025-Q3", out=tmp_path)
    sheet = load_workbook(dvc.path).active
    assert sheet is not None
    assert sheet["A1"].value is not None and sheet["C14"].value == "Phường Ba Đình"
    assert sheet["B14"].value is None  # no mã định danh typed yet
    row = [sheet.cell(14, c).value for c in range(4, 19)]
    assert row == [2, 1, 1, 50.0, 25.0, 25.0, 1, 1, 50.0, 50.0, 1, 2, 1, 50.0, 50.0]
    digitised = commune.reports.export(form="766-digitisation", period="2025-Q3", out=tmp_path)
    sheet = load_workbook(digitised.path).active
    assert sheet is not None
    assert [sheet.cell(14, c).value for c in (3, 4, 5, 8, 9, 10)] == [4, 3, 1, 3, 2, 1]
    preview = commune.reports.preview(form="766-dvc", period="2025-Q3")
    assert preview.columns[:2] == ("2", "4") and preview.rows[0][0] == "Phường Ba Đình"


def test_a_766_rate_over_a_zero_base_reads_not_applicable(
    commune: Services, tmp_path: Path
) -> None:
    """§6.1: a zero denominator gives "không áp dụng" (text, centred), not an empty cell."""
    from egov_desktop.services.register_dto import DossierInput

    # One direct receipt, still open, without a financial obligation: the receipt rates have
    # a base (1), the online-handled rates (10 + 11 = 0) and the payment rates ((15) = 0) none.
    commune.register.add(
        DossierInput("A", "Hộ tịch", "direct", date(2025, 7, 1), date(2025, 7, 10))
    )
    path = commune.reports.export(form="766-dvc", period="2025-Q3", out=tmp_path).path
    sheet = load_workbook(path).active
    assert sheet is not None
    row = {c: sheet.cell(14, c) for c in range(4, 19)}
    assert [row[c].value for c in range(4, 19)] == [
        0, 1, 0, 0.0, 100.0, 0.0, 0, 0, "không áp dụng", "không áp dụng", 0, 0, 0,
        "không áp dụng", "không áp dụng",
    ]  # fmt: skip
    for column in (12, 13, 17, 18):
        assert row[column].data_type == "s" and row[column].alignment.horizontal == "center"
        assert row[column].alignment.wrap_text  # the column is narrow: two lines, not clipped
    for column in (7, 16):  # figures keep the template's right alignment
        assert row[column].data_type == "n" and row[column].alignment.horizontal == "right"
    assert row[7].font.name == row[17].font.name == "Times New Roman"
    preview = commune.reports.preview(form="766-dvc", period="2025-Q3")
    assert preview.rows[0][1]["17"] == "không áp dụng"


def test_the_766_sheet_names_the_agency_code_and_reports_the_receiving_unit(
    commune: Services, tmp_path: Path
) -> None:
    info = commune.setup.require()
    assert fixed_texts(info, "Quý III", "", date(2025, 10, 1))["receiving_unit"] == (
        "Văn phòng UBND Thành phố Hà Nội"
    )
    commune.setup.apply(
        SetupRequest(
            unit_code=info.unit.code,
            role=info.role,
            agency_code=" 000.00.31.h26 ",
            receiving_unit="Sở Nội vụ Thành phố Hà Nội",
        )
    )
    info = commune.setup.require()
    assert (info.agency_code, info.receiving_unit) == (
        "000.00.31.H26",
        "Sở Nội vụ Thành phố Hà Nội",
    )
    assert fixed_texts(info, "Quý III", "", date(2025, 10, 1))["receiving_unit"] == (
        "Sở Nội vụ Thành phố Hà Nội"
    )
    sheet = load_workbook(
        commune.reports.export(form="766-dvc", period="2025-Q3", out=tmp_path).path
    ).active
    assert sheet is not None and sheet["B14"].value == "000.00.31.H26"
    # A setup that does not name them keeps them; "" clears.
    commune.setup.apply(SetupRequest(unit_code=info.unit.code, role=info.role))
    assert commune.setup.require().agency_code == "000.00.31.H26"
    commune.setup.apply(
        SetupRequest(unit_code=info.unit.code, role=info.role, agency_code="", receiving_unit="")
    )
    info = commune.setup.require()
    assert (info.agency_code, info.receiving_unit) == ("", "")
    with pytest.raises(ValidationError):
        commune.setup.apply(
            SetupRequest(unit_code=info.unit.code, role=info.role, agency_code="H26/01")
        )


def test_the_register_sheet_lists_the_period_s_dossiers(commune: Services, tmp_path: Path) -> None:
    from egov_desktop.services.register_dto import DossierInput

    for code, sector, received in (
        ("B2", "Hộ tịch", date(2025, 7, 3)),
        ("B1", "Hộ tịch", date(2025, 7, 1)),
        ("C1", "Chứng thực", date(2025, 7, 2)),
        ("OLD", "Hộ tịch", date(2025, 5, 2)),
    ):
        commune.register.add(
            DossierInput(
                code=code,
                sector=sector,
                channel="direct",
                received=received,
                due=date(2025, 7, 10),
                applicant="=Nguyễn Văn An",
            )  # fmt: skip
        )
    result = commune.reports.export(
        form="register", period="2025-Q3", out=tmp_path, sector="Hộ tịch"
    )
    assert result.path.name == "register_00004_2025-Q3.xlsx"
    sheet = load_workbook(result.path).active
    assert sheet is not None
    assert sheet["A7"].value == "SỔ THEO DÕI HỒ SƠ" and sheet["A10"].value == "Lĩnh vực: Hộ tịch"
    assert [sheet.cell(r, 2).value for r in (14, 15)] == ["B1", "B2"]
    assert sheet.cell(14, 4).value == "=Nguyễn Văn An" and sheet.cell(14, 4).data_type == "s"
    assert sheet.cell(14, 7).value == datetime(2025, 7, 1)
    everything = commune.reports.preview(form="register", period="2025-Q3")
    assert [label for label, _ in everything.rows] == ["B1", "C1", "B2"]


def test_the_register_sheet_has_the_header_and_notes_of_mau_07(
    commune: Services, tmp_path: Path
) -> None:
    """§4.6: ĐƠN VỊ CHỦ QUẢN over BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ, "Số: …", place and date,
    and the form's two notes under the table, which move down as the table grows."""
    from egov_desktop.services.register_dto import DossierInput

    for n in range(1, 36):  # more than the 30 prepared rows
        commune.register.add(
            DossierInput(f"H{n:02}", "Hộ tịch", "direct", date(2025, 7, 1), date(2025, 7, 10))
        )
    path = commune.reports.export(
        form="register", period="2025-Q3", out=tmp_path, today=date(2025, 10, 2)
    ).path
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "UBND PHƯỜNG BA ĐÌNH" and not sheet["A1"].font.b
    assert sheet["A2"].value == "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ" and sheet["A2"].font.b
    assert sheet["A4"].value == "Số: …STD-TTPVHCC(BPTNTKQ)"
    assert sheet["F4"].value == "Ba Đình, ngày 02 tháng 10 năm 2025" and sheet["F4"].font.i
    texts = [str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert "UBND THÀNH PHỐ HÀ NỘI" not in texts
    last = max(r for r in range(14, sheet.max_row + 1) if sheet.cell(r, 2).value == "H35")
    notes = [sheet.cell(r, 1).value for r in range(last + 1, last + 5)]
    assert notes[1:4] == [
        "Ghi chú:",
        "- Sổ theo dõi hồ sơ được lập theo từng lĩnh vực hoặc nhóm lĩnh vực tại Bộ phận Một cửa.",
        "- Trường hợp áp dụng Sổ theo dõi hồ sơ điện tử thì theo dõi trực tiếp trên Hệ thống "
        "thông tin giải quyết thủ tục hành chính, không cần thực hiện in sổ giấy nhưng phải "
        "đảm bảo đầy đủ thông tin theo quy định.",
    ]
    assert all(sheet.cell(r, 1).font.name == "Times New Roman" for r in range(1, last + 5))


def test_the_register_s_return_column_is_the_day_the_result_was_handed_over(
    commune: Services, tmp_path: Path
) -> None:
    """(9) "Trả kết quả" is the return of the result (§4.8), never a withdrawal's date."""
    from egov_desktop.services.register_dto import DossierInput

    def add(code: str, **kw: object) -> None:
        commune.register.add(
            DossierInput(code, "Hộ tịch", "direct", date(2025, 7, 1), date(2025, 7, 10), **kw)  # type: ignore[arg-type]
        )

    add("A-RETURNED", resolved=date(2025, 7, 8), returned=date(2025, 7, 9))
    add("B-NOT-HANDED", resolved=date(2025, 7, 8))  # resolved, the result not yet collected
    add("C-WITHDRAWN", resolved=date(2025, 7, 4), status="Rút hồ sơ")
    add("D-SENT-BACK", resolved=date(2025, 7, 5), status="Trả lại")
    add("E-OPEN")
    path = commune.reports.export(form="register", period="2025-Q3", out=tmp_path).path
    sheet = load_workbook(path).active
    assert sheet is not None
    shown = {sheet.cell(r, 2).value: sheet.cell(r, 9).value for r in range(14, 19)}
    assert shown == {
        "A-RETURNED": datetime(2025, 7, 9),
        "B-NOT-HANDED": None,
        "C-WITHDRAWN": None,
        "D-SENT-BACK": None,
        "E-OPEN": None,
    }


def test_the_preview_names_what_its_rows_are(commune: Services) -> None:
    """The first column is headed as the sheet heads it: sectors, dossiers, targets, units."""
    titles = {
        form: commune.reports.preview(form=form, period="2025-Q3").label_title
        for form in ("II.06a", "II.07b", "register", "targets")
    }
    assert titles == {
        "II.06a": "Lĩnh vực, công việc giải quyết theo cấp",
        "II.07b": "Đơn vị",
        "register": "Mã hồ sơ",
        "targets": "Chỉ tiêu",
    }


def test_a_commune_is_neither_offered_nor_given_the_office_s_forms(
    commune: Services, tmp_path: Path
) -> None:
    assert not {"II.06a-agg", "II.06a-sectors"} & set(commune.reports.forms())
    out = tmp_path / "out"
    out.mkdir()
    for form in ("II.06a-agg", "II.06a-sectors"):
        with pytest.raises(ValidationError, match="chỉ cơ quan tổng hợp mới xuất được"):
            commune.reports.preview(form=form, period="2025-Q3")
        with pytest.raises(ValidationError, match="chỉ cơ quan tổng hợp"):
            commune.reports.export(form=form, period="2025-Q3", out=out)
    assert list(out.iterdir()) == []


def test_an_office_is_offered_its_forms_and_every_form_has_a_name(services: Services) -> None:
    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    forms = services.reports.forms()
    assert {"II.06a-agg", "II.06a-sectors"} <= set(forms)
    names = [services.reports.form_name(code) for code in forms]
    assert all(name != code for name, code in zip(names, forms, strict=True))
    assert len(set(names)) == len(names)


def test_the_targets_sheet_writes_its_targets_and_projections_as_numbers(
    commune: Services, tmp_path: Path
) -> None:
    """§8: (4) "100%" and (10) "≥ 100" are numbers that read so through their format."""
    commune.targets.set("e_case_files", "2025-Q2", 40, 100)
    commune.targets.set("e_case_files", "2025-Q3", 60, 100)  # +20 a quarter: past 100 by 2027
    result = commune.reports.export(form="targets", period="2025-Q3", out=tmp_path)
    sheet = load_workbook(result.path).active
    assert sheet is not None
    (row,) = [
        r for r in range(13, sheet.max_row + 1) if "hồ sơ công việc" in str(sheet.cell(r, 2).value)
    ]
    planned, result_, projected = sheet.cell(row, 4), sheet.cell(row, 9), sheet.cell(row, 10)
    assert (planned.value, planned.data_type, planned.number_format) == (100, "n", '0"%"')
    assert (result_.value, result_.data_type) == (60, "n")  # the same unit as (4): percent
    assert (projected.value, projected.data_type) == (100, "n")
    assert projected.number_format == '"≥ "0'
    assert planned.font.name == projected.font.name == "Times New Roman"
    assert planned.alignment.horizontal == projected.alignment.horizontal == "right"
    preview = commune.reports.preview(form="targets", period="2025-Q3")
    shown = dict(preview.rows)
    figures = shown[next(name for name in shown if "hồ sơ công việc" in name)]
    assert (figures["4"], figures["10"]) == ("100%", "≥ 100")


def test_the_targets_sheet_names_the_period_of_the_figure_it_shows(
    commune: Services, tmp_path: Path
) -> None:
    """Column (6) "Kỳ số liệu gần nhất" names the period of (7)–(9), as people write it."""
    commune.targets.set("e_case_files", "2025-Q2", 40, 100)
    commune.targets.set("e_case_files", "2025-Q3", 0, 0)  # no case file at all: no figure
    result = commune.reports.export(form="targets", period="2025-Q3", out=tmp_path)
    sheet = load_workbook(result.path).active
    assert sheet is not None
    assert sheet["F11"].value == "Kỳ số liệu gần nhất"
    rows = [
        [sheet.cell(r, c).value for c in range(2, 12)]
        for r in range(13, sheet.max_row + 1)
        if isinstance(sheet.cell(r, 1).value, int)
    ]
    case_files = next(row for row in rows if "hồ sơ công việc" in str(row[0]))
    assert case_files[4:8] == ["Quý II năm 2025", 40, 100, 40.0]
    without = [row for row in rows if row is not case_files and row[7] is None]
    assert without and all(row[4] is None for row in without)  # no figure: (6) left blank
    preview = commune.reports.preview(form="targets", period="2025-Q3")
    shown = dict(preview.rows)
    label = next(name for name in shown if "hồ sơ công việc" in name)
    assert shown[label]["6"] == "Quý II năm 2025"


def test_the_targets_sheet_of_the_quarter_under_way_shows_its_figure(
    commune: Services, tmp_path: Path
) -> None:
    """The quarter under way counts with what it holds so far, in (6)–(9) as in the flag."""
    mode = commune.setup.require().period_mode
    current = period_containing(date.today(), "Q", mode)
    before = previous_period(current)
    assert before is not None
    commune.targets.set("e_case_files", before.code, 40, 100)
    commune.targets.set("e_case_files", current.code, 55, 100)
    preview = commune.reports.preview(form="targets", period=current.code)
    shown = dict(preview.rows)
    figures = shown[next(name for name in shown if "hồ sơ công việc" in name)]
    assert [figures[c] for c in "6789"] == [current.label, 55, 100, 55.0]


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


def test_figures_counted_in_the_former_mode_are_not_exported(
    commune: Services, tmp_path: Path
) -> None:
    """Exported under the new mode's window they would be false; as counted they are not."""
    _fill(commune, "Hộ tịch", HO_TICH)
    with commune.database.uow() as uow:
        uow.settings.set("period_mode", "calendar")
    with pytest.raises(StoredModeError, match="15/06/2025 – 14/09/2025"):
        commune.reports.preview(form="II.06a", period=P)
    with pytest.raises(StoredModeError):
        commune.reports.export(form="II.06a", period=P, out=tmp_path)
    assert not list(tmp_path.glob("*.xlsx"))
    result = commune.reports.export(form="II.06a", period=P, out=tmp_path, mode="cutoff")
    texts = [v for v in _cells(result.path).values() if isinstance(v, str)]
    assert "(Từ ngày 15/06/2025 đến ngày 14/09/2025)" in texts


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
    assert tracked.startswith("Biểu 766 kỳ 2025-Q3") and "Phường Giảng Võ (00025)" in tracked
