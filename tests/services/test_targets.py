"""IT-application targets: typed and computed figures, progress flags, one row per unit."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from egov_desktop.bootstrap import Services
from egov_desktop.db.models import Unit
from egov_desktop.errors import ValidationError
from egov_desktop.services.register_dto import ProcedureInput

TODAY = date(2026, 7, 1)


def test_list_holds_the_shipped_plan(commune: Services) -> None:
    targets = {t.indicator: t for t in commune.targets.list()}
    assert {"dvctt_full_process", "e_case_files", "digital_skills_staff"} <= set(targets)
    full = targets["dvctt_full_process"]
    assert full.computable and full.kind == "ratio" and full.target == 100.0
    assert full.deadline == date(2027, 12, 31)
    assert "2629/QĐ-TTg" in full.document
    assert not targets["e_case_files"].computable


def test_a_target_is_named_as_its_plan_words_it(commune: Services) -> None:
    """The plan's wording in the list and the progress; the catalogue keeps its generic names."""
    skills = "Tỉ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản"
    listed = {t.indicator: t.name for t in commune.targets.list()}
    assert listed["digital_skills_staff"] == skills
    assert listed["e_case_files"].startswith("Tỉ lệ hồ sơ công việc tại cấp bộ, tỉnh, cấp xã")
    progress = {p.target.indicator: p.target.name for p in commune.targets.progress(TODAY)}
    assert progress == listed
    catalogue = {i.code: i.name for i in commune.targets.indicators()}
    assert (
        catalogue["digital_skills_staff"]
        == "Tỷ lệ cán bộ, công chức được đào tạo kỹ năng số cơ bản"
    )


def test_set_stores_and_audits(commune: Services) -> None:
    figure = commune.targets.set("e_case_files", "2026-Q1", 3, 8)
    # 3 / 8 = 37.5 %; a quarter in cut-off mode ends on 14/03.
    assert (figure.value, figure.text, figure.day) == (37.5, "37,5%", date(2026, 3, 14))
    assert figure.source == "typed" and figure.unit_code == "00004"
    commune.targets.set("e_case_files", "2026-Q1", 4, 8)
    (stored,) = commune.targets.figures()
    assert (stored.numerator, stored.denominator, stored.value) == (4, 8, 50.0)
    with commune.database.uow() as uow:
        trail = [(e.entity, e.field, e.old_value, e.new_value) for e in uow.audit.recent()]
    assert ("target_figure", "numerator", "3", "4") in trail


@pytest.mark.parametrize(
    ("indicator", "numerator", "denominator"),
    [
        ("nope", 1, 2),
        ("e_case_files", 5, 4),
        ("e_case_files", 1, None),
        ("e_case_files", -1, 4),
        ("dvctt_level3_count", 12, 20),
    ],
)
def test_set_rejects(
    commune: Services, indicator: str, numerator: int, denominator: int | None
) -> None:
    with pytest.raises(ValidationError):
        commune.targets.set(indicator, "2026-Q1", numerator, denominator)
    assert commune.targets.figures() == []


def test_count_indicator(commune: Services) -> None:
    figure = commune.targets.set("dvctt_level3_count", "2026-Q1", 12, None)
    assert (figure.value, figure.text) == (12.0, "12")


def test_zero_denominator_is_not_applicable(commune: Services) -> None:
    figure = commune.targets.set("e_case_files", "2026-Q1", 0, 0)
    assert figure.value is None and figure.text == "không áp dụng"


def _by_indicator(services: Services) -> dict[str, object]:
    return {p.target.indicator: p for p in services.targets.progress(TODAY)}


def test_progress_flags(commune: Services) -> None:
    # e_case_files: 40 % at 14/03/2026, 60 % at 14/06/2026: +20 points a quarter reaches 100 %
    # long before 31/12/2027, so on track.
    commune.targets.set("e_case_files", "2026-Q1", 40, 100)
    commune.targets.set("e_case_files", "2026-Q2", 60, 100)
    # digital_skills_staff: one figure, 10 % at 14/06/2026, 195 days after the plan's start
    # (01/12/2025); straight on, 10 × 760 / 195 ≈ 39 % at the deadline: at risk.
    commune.targets.set("digital_skills_staff", "2026-Q2", 10, 100)
    rows = {p.target.indicator: p for p in commune.targets.progress(TODAY)}
    assert rows["e_case_files"].flag == "on_track"
    assert [p.value for p in rows["e_case_files"].points] == [40.0, 60.0]
    assert rows["digital_skills_staff"].flag == "at_risk"
    assert rows["digital_skills_staff"].flag_label == "có nguy cơ không đạt"
    assert rows["digital_skills_staff"].projected == pytest.approx(10 * 760 / 195)
    # No catalogue, so nothing computed yet.
    assert rows["dvctt_full_process"].flag == "no_data"
    # After the deadline without reaching the target: missed.
    late = {p.target.indicator: p for p in commune.targets.progress(date(2028, 1, 1))}
    assert late["e_case_files"].flag == "missed"


def test_computed_from_the_catalogue(commune: Services) -> None:
    for code, level in (("P1", "toan_trinh"), ("P2", "toan_trinh"), ("P3", "mot_phan")):
        commune.catalogue.add(ProcedureInput(code, f"Thủ tục {code}", "Hộ tịch", 3, None, level))
    commune.catalogue.add(ProcedureInput("P4", "Thủ tục P4", "Hộ tịch", 3))
    row = next(
        p for p in commune.targets.progress(TODAY) if p.target.indicator == "dvctt_full_process"
    )
    # Toàn trình 2 of 4 procedures = 50 % in every quarter from the plan's start
    # (2025-Q4 in cut-off mode holds 01/12/2025) to 2026-Q3 (holds 01/07/2026).
    assert [(p.period_code, p.value, p.source) for p in row.points] == [
        ("2025-Q4", 50.0, "computed"),
        ("2026-Q1", 50.0, "computed"),
        ("2026-Q2", 50.0, "computed"),
        ("2026-Q3", 50.0, "computed"),
    ]
    # A flat 50 % never reaches 100 %.
    assert row.flag == "at_risk"
    # A typed figure wins over the computed one of the same period.
    commune.targets.set("dvctt_full_process", "2026-Q2", 3, 4)
    row = next(
        p for p in commune.targets.progress(TODAY) if p.target.indicator == "dvctt_full_process"
    )
    assert [(p.period_code, p.value, p.source) for p in row.points][2] == ("2026-Q2", 75.0, "typed")
    assert commune.targets.compute("dvctt_level4_count", "2026-Q1").numerator == 2  # type: ignore[union-attr]
    assert commune.targets.compute("e_case_files", "2026-Q1") is None


def test_one_row_per_unit(commune: Services) -> None:
    with commune.database.uow() as uow:
        other = uow.units.add(
            Unit(
                catalog="2025",
                code="00008",
                name="Phường Ngọc Hà",
                level="commune",
                kind="Phường",
                province_code="01",
                province_name="Thành phố Hà Nội",
                district_code=None,
                district_name=None,
                officer_name=None,
                head_name=None,
                created_at=datetime.now(),
            )
        )
        uow.target_figures.add(
            {
                "unit_id": other.id, "indicator": "e_case_files", "period": "2026-Q2",
                "numerator": 9, "denominator": 10, "source": "typed",
                "updated_at": datetime.now(), "updated_by": "x",
            }
        )  # fmt: skip
    rows = [p for p in commune.targets.progress(TODAY) if p.target.indicator == "e_case_files"]
    assert [(p.unit_code, p.flag) for p in rows] == [("00004", "no_data"), ("00008", "on_track")]
    assert rows[1].points[0].value == 90.0
