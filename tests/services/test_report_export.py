"""Report export through the templates: the figures of the report values, in the official file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ExportError, StoredModeError, TemplateError, ValidationError
from egov_desktop.services.setup import SetupRequest
from tests.long_names import LONG, refuses_long_name
from tests.packages import P

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


REPORT_FILE = "II.06a_00004_2025-Q3.xlsx"


@pytest.mark.parametrize(
    ("out", "template", "says", "too_long"),
    [
        (LONG, None, "Không ghi được tệp {out}", True),
        ("taken", None, "Không ghi được tệp {out}: đã có tệp {tmp}", False),
        ("r.xlsx", LONG, 'Không tìm thấy mẫu "xxxx', False),  # never looked for on the disk
        ("r.xlsx", "{tmp}/" + "x" * 300 + ".xlsx", "", True),
    ],
)
def test_an_output_or_template_the_system_refuses_says_why(
    commune: Services, tmp_path: Path, out: str, template: str | None, says: str, too_long: bool
) -> None:
    (tmp_path / "taken").write_bytes(b"a file, not a folder")
    with pytest.raises((ExportError, TemplateError)) as refused:
        commune.reports.export(
            form="II.06a",
            period="2025-Q3",
            out=tmp_path / out,
            template=None if template is None else template.format(tmp=tmp_path),
        )
    message = refused.value.message
    assert message.startswith(says.format(out=tmp_path / out / REPORT_FILE, tmp=tmp_path / out))
    assert refuses_long_name(message) == too_long
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "taken"]


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


def test_the_preview_names_what_each_column_counts(commune: Services) -> None:
    """The columns are numbered as on paper; each has its title for the screen's headers."""
    previews = {
        form: commune.reports.preview(form=form, period="2025-Q3")
        for form in ("II.06a", "II.07b", "register", "targets", "766-dvc")
    }
    ii06a = previews["II.06a"].column_titles
    assert ii06a["4"] == "Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến"
    assert ii06a["11"] == "Số lượng hồ sơ đang giải quyết › Tổng số"
    assert previews["register"].column_titles["3"] == "Tên TTHC"
    assert previews["register"].column_titles["7"] == "Nhận hồ sơ"
    assert previews["targets"].column_titles["9"] == "Kết quả"
    assert previews["766-dvc"].column_titles["7"] == "Tỷ lệ trực tuyến (%)"
    for form, preview in previews.items():  # every column of figures has one
        assert set(preview.columns) <= set(preview.column_titles), form


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


def test_a_report_with_no_figure_is_written_with_an_empty_total_and_a_warning(
    commune: Services, tmp_path: Path
) -> None:
    """Not a row of zeros under empty rows: signed, it would say there was no dossier."""
    preview = commune.reports.preview(form="II.06a", period="2025-M08")
    assert set(preview.total.values()) == {None}
    said = "Biểu II.06a Tháng 8 năm 2025 chưa có số liệu nào: dòng tổng số cũng để trống"
    assert preview.warnings[0].startswith(said)
    result = commune.reports.export(form="II.06a", period="2025-M08", out=tmp_path)
    assert result.warnings == preview.warnings
    sheet = load_workbook(result.path)["II.06a"]
    total = next(r for r in range(15, 80) if sheet[f"B{r}"].value == "Tổng số")
    assert [sheet.cell(total, c).value for c in range(3, 14)] == [None] * 11
    # One figure, and the total row adds up again, zeros included.
    _fill(commune, "Hộ tịch", {3: 1, 4: 1, 7: 1, 8: 1}, period="2025-M08")
    preview = commune.reports.preview(form="II.06a", period="2025-M08")
    assert preview.total["3"] == 1 and preview.total["5"] == 0 and preview.warnings == ()
