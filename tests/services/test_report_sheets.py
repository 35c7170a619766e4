"""The sheets from other records than a form's figures: targets, QĐ 766 tracking, the register."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from egov_desktop.bootstrap import Services
from egov_desktop.domain.periods import period_containing
from egov_desktop.domain.validation import previous_period


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
    assert [figures[c] for c in "6789"] == [current.label, 55, 100, "55,0%"]


def test_the_targets_sheet_names_its_source_document_and_the_plan_s_wording(
    commune: Services, tmp_path: Path
) -> None:
    """§6.5: a target comes with its source document (plan name, number, date)."""
    result = commune.reports.export(form="targets", period="2025-Q3", out=tmp_path)
    sheet = load_workbook(result.path).active
    assert sheet is not None
    assert sheet["A10"].value == (
        "Chỉ tiêu theo Quyết định số 2629/QĐ-TTg ngày 01/12/2025"
        " (Chương trình phát triển Chính phủ số giai đoạn 2025–2027)"
    )
    assert "A10:K10" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet["A11"].value == "TT"  # the table stays where it was
    labels = {sheet.cell(r, 2).value for r in range(13, sheet.max_row + 1)}
    assert "Tỉ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản" in labels
    assert "Tỷ lệ cán bộ, công chức được đào tạo kỹ năng số cơ bản" not in labels


def test_a_zero_over_zero_figure_reads_not_applicable_on_the_targets_sheet(
    commune: Services, tmp_path: Path
) -> None:
    """§6.1: 0/0 is "không áp dụng", as `targets progress` says, not an empty row."""
    commune.targets.set("digital_skills_staff", "2025-Q3", 0, 0)
    commune.targets.set("e_case_files", "2025-Q3", 949, 1000)
    result = commune.reports.export(form="targets", period="2025-Q3", out=tmp_path)
    sheet = load_workbook(result.path).active
    assert sheet is not None
    rows = {
        str(sheet.cell(r, 2).value): r
        for r in range(13, sheet.max_row + 1)
        if isinstance(sheet.cell(r, 1).value, int)
    }
    skills = rows["Tỉ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản"]
    assert [sheet.cell(skills, c).value for c in range(6, 10)] == [
        "Quý III năm 2025", 0, 0, "không áp dụng"
    ]  # fmt: skip
    assert sheet.cell(skills, 9).alignment.horizontal == "center"
    assert sheet.cell(skills, 11).value == "chưa có số liệu"  # no figure to judge by
    # A ratio's result is a number in percent that reads "94,9%", as (4) reads "100%".
    case_files = next(r for name, r in rows.items() if "hồ sơ công việc" in name)
    planned, result_ = sheet.cell(case_files, 4), sheet.cell(case_files, 9)
    assert (result_.value, result_.data_type, result_.number_format) == (94.9, "n", '0.0"%"')
    assert (planned.value, planned.number_format) == (100, '0"%"')
    preview = dict(commune.reports.preview(form="targets", period="2025-Q3").rows)
    assert preview["Tỉ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản"]["9"] == (
        "không áp dụng"
    )
    assert next(v for k, v in preview.items() if "hồ sơ công việc" in k)["9"] == "94,9%"


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


def test_the_register_sheet_of_one_sector_is_headed_with_the_unit_s_spelling(
    commune: Services, tmp_path: Path
) -> None:
    """A sector typed without accents or in other case still heads the sheet as the unit
    writes it: the printed register carries the sector's proper name."""
    from egov_desktop.services.register_dto import DossierInput

    commune.register.add(
        DossierInput("D1", "Đất đai", "direct", date(2025, 7, 1), date(2025, 7, 10))
    )
    for typed in ("dat dai", "ĐẤT ĐAI "):
        result = commune.reports.export(
            form="register", period="2025-Q3", out=tmp_path / typed.strip(), sector=typed
        )
        sheet = load_workbook(result.path).active
        assert sheet is not None
        assert sheet["A10"].value == "Lĩnh vực: Đất đai"
        assert sheet.cell(14, 2).value == "D1"
    preview = commune.reports.preview(form="register", period="2025-Q3", sector="dat dai")
    assert preview.fixed["subtitle"] == "Đất đai"


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


def test_the_register_s_column_10_says_how_the_applicant_takes_the_result(
    commune: Services, tmp_path: Path
) -> None:
    """ "Phương thức nhận kết quả" (Mẫu số 07) as the dossier records it; blank when it does not."""
    from egov_desktop.services.register_dto import DossierInput

    for code, how in (("A1", "Qua dịch vụ bưu chính công ích"), ("A2", "")):
        commune.register.add(
            DossierInput(
                code, "Hộ tịch", "direct", date(2025, 7, 1), date(2025, 7, 10), result_delivery=how
            )
        )
    path = commune.reports.export(form="register", period="2025-Q3", out=tmp_path).path
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["J12"].value == "Phương thức nhận kết quả"
    shown = {sheet.cell(r, 2).value: sheet.cell(r, 10).value for r in (14, 15)}
    assert shown == {"A1": "Qua dịch vụ bưu chính công ích", "A2": None}
