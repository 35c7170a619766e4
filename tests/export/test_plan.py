from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from egov_desktop.errors import ExportError
from egov_desktop.export.model import ReportData, RowGroup, TableRow
from egov_desktop.export.plan import build_plan
from egov_desktop.export.templates import get_template
from tests.export import samples


def _mapping(form: str = "II.06a"):  # type: ignore[no-untyped-def]
    return get_template(form).mapping


def test_rows_are_numbered_and_totals_summed() -> None:
    data = samples.ii06a_data(3)
    plan = build_plan(_mapping(), data)
    table = plan.tables[0]
    assert [row.cells["A"] for row in table.rows] == [1, 2, 3]
    assert table.rows[0].cells["B"] == "Chứng thực"
    assert table.total is not None
    assert table.total["B"] == "Tổng số"
    assert table.total["C"] == sum(row.values["3"] for row in data.rows)  # type: ignore[misc]


def test_fixed_texts_are_formatted() -> None:
    plan = build_plan(_mapping(), samples.ii06a_data(1))
    assert plan.fixed["A8"] == "Kỳ báo cáo: Quý III năm 2025"
    assert plan.fixed["A1"] == "UBND THÀNH PHỐ HÀ NỘI"
    assert plan.fixed["H4"] == "Đơn vị báo cáo: UBND Phường Ba Đình"


@pytest.mark.parametrize("form", ["II.06a-agg", "II.07b", "766-dvc", "766-digitisation", "targets"])
def test_an_office_without_a_superior_prints_its_name_level_with_the_quoc_hieu(form: str) -> None:
    """NĐ 30/2020: no superior agency, so the office's name takes the first line, bold."""
    fixed = dict(samples.FIXED, parent_agency="", agency_name="UBND Thành phố Hà Nội")
    fixed["subtitle"] = "Quyết định số 2629/QĐ-TTg ngày 01/12/2025"  # the targets' document
    data = replace(samples.ii06a_data(1), form_code=form, rows=[], fixed=fixed)
    plan = build_plan(_mapping(form), data)
    assert (plan.fixed["A1"], plan.fixed["A2"]) == ("UBND THÀNH PHỐ HÀ NỘI", "")
    assert plan.bold == {"A1"}


def test_a_unit_under_a_superior_keeps_both_lines() -> None:
    plan = build_plan(_mapping(), samples.ii06a_data(1))
    assert (plan.fixed["A1"], plan.fixed["A2"]) == ("UBND THÀNH PHỐ HÀ NỘI", "UBND PHƯỜNG BA ĐÌNH")
    assert not plan.bold


def test_a_given_total_is_written_as_given() -> None:
    data = replace(samples.ii06a_data(2), total={"3": 999})
    total = build_plan(_mapping(), data).tables[0].total
    assert total is not None and total["C"] == 999 and total["D"] is None


def test_blank_column_has_a_blank_total() -> None:
    data = samples.ii06a_data(2)
    for row in data.rows:
        row.values["6"] = None
    total = build_plan(_mapping(), data).tables[0].total
    assert total is not None and total["F"] is None


def test_groups_get_roman_numerals_and_subtotals() -> None:
    data = samples.ii06a_agg_data(units_per_group=2)
    rows = build_plan(_mapping("II.06a-agg"), data).tables[0].rows
    assert [row.cells["A"] for row in rows] == ["I", 1, 2, "II", 1, 2]
    assert [row.bold for row in rows] == [True, False, False, True, False, False]
    assert rows[0].cells["C"] == rows[1].cells["C"] + rows[2].cells["C"]  # type: ignore[operator]


def test_text_is_cleaned_and_datetimes_become_dates() -> None:
    data = samples.ii06a_data(1)
    row = TableRow("x", "Hộ\x0btịch", {"3": datetime(2025, 7, 1, 9, 30)})
    plan = build_plan(_mapping(), replace(data, rows=[row]))
    cells = plan.tables[0].rows[0].cells
    assert cells["B"] == "Hộtịch"
    assert cells["C"] == date(2025, 7, 1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (replace(samples.ii06a_data(1), form_code="II.07b"), "không ghi được vào mẫu"),
        (replace(samples.ii06a_data(1), fixed={}), "Thiếu nội dung"),
        (
            replace(samples.ii06a_data(1), rows=[TableRow("a", "A"), TableRow("a", "B")]),
            "hai lần",
        ),
        (replace(samples.ii06a_data(1), rows=[TableRow("a", "A", {"14": 1})]), "(14)"),
        (replace(samples.ii06a_data(1), total={"99": 1}), "(99)"),
        (
            ReportData(
                "II.06a-agg",
                dict(samples.FIXED),
                [TableRow("a", "A", {}, "nowhere")],
                groups=[RowGroup("g", "G")],
            ),
            "nowhere",
        ),
    ],
)
def test_data_that_does_not_fit_is_refused(data: ReportData, message: str) -> None:
    with pytest.raises(ExportError, match=message.replace("(", r"\(").replace(")", r"\)")):
        build_plan(_mapping(data.form_code if data.form_code != "II.07b" else "II.06a"), data)
