import tomllib
from datetime import date
from pathlib import Path

import pytest

from egov_desktop.domain.targets import (
    ACHIEVED,
    AT_RISK,
    MISSED,
    NO_DATA,
    ON_TRACK,
    Observation,
    Target,
    evaluate,
    parse_catalog,
    parse_plan,
)

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "targets"
TARGET = Target("e_documents", 80.0, date(2027, 12, 31), "Kế hoạch", start=date(2025, 1, 1))


def obs(*points: tuple[str, float]) -> list[Observation]:
    return [Observation(date.fromisoformat(d), v) for d, v in points]


def test_shipped_catalogue_and_plan_parse() -> None:
    catalog = parse_catalog(tomllib.loads((RESOURCES / "catalog.toml").read_text("utf-8")))
    codes = {i.code for i in catalog}
    assert {"edms_agencies", "dvctt_level3_count", "digital_skills_staff"} <= codes
    for plan_file in RESOURCES.glob("*.toml"):
        if plan_file.name == "catalog.toml":
            continue
        for target in parse_plan(tomllib.loads(plan_file.read_text("utf-8"))):
            assert target.indicator in codes


def test_a_plan_s_target_carries_the_plan_s_own_wording() -> None:
    """QĐ 2629 words its targets its own way (domain.md §6.5), not as the generic catalogue."""
    plan = tomllib.loads((RESOURCES / "qd-2629-2025.toml").read_text("utf-8"))
    names = {t.indicator: t.name for t in parse_plan(plan)}
    assert names == {
        "dvctt_full_process": "Tỉ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục"
        " hành chính có đủ điều kiện",
        "e_case_files": "Tỉ lệ hồ sơ công việc tại cấp bộ, tỉnh, cấp xã được xử lý trên môi"
        " trường điện tử (trừ hồ sơ mật) và sử dụng chữ ký số cá nhân để giải quyết công việc",
        "digital_skills_staff": "Tỉ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản",
    }
    unnamed = {"indicator": "x", "value": 1, "deadline": date(2027, 12, 31)}
    (target,) = parse_plan({"plan": {"name": "Kế hoạch"}, "target": [unnamed]})
    assert target.name == ""  # the catalogue's name stands for it


def test_catalogue_rejects_a_ratio_without_denominator() -> None:
    with pytest.raises(ValueError, match="denominator"):
        parse_catalog(
            {"indicator": [{"code": "x", "name": "X", "kind": "ratio", "numerator": "n"}]}
        )


def test_no_data_before_deadline_and_missed_after() -> None:
    assert evaluate(TARGET, [], date(2026, 1, 1)).flag == NO_DATA
    assert evaluate(TARGET, [], date(2028, 1, 1)).flag == MISSED


def test_reached_target_is_achieved() -> None:
    assert evaluate(TARGET, obs(("2026-06-30", 82.0)), date(2026, 7, 1)).flag == ACHIEVED


def test_rising_trend_is_on_track_and_flat_is_at_risk() -> None:
    rising = obs(("2025-06-30", 20.0), ("2025-12-31", 35.0), ("2026-06-30", 50.0))
    progress = evaluate(TARGET, rising, date(2026, 7, 1))
    assert progress.flag == ON_TRACK and progress.projected is not None
    assert progress.projected > 80
    flat = obs(("2025-06-30", 40.0), ("2025-12-31", 41.0), ("2026-06-30", 42.0))
    assert evaluate(TARGET, flat, date(2026, 7, 1)).flag == AT_RISK


def test_single_figure_is_judged_against_the_straight_path_from_the_start() -> None:
    ahead = obs(("2026-01-01", 60.0))  # a third of the way, well above a third of 80
    behind = obs(("2026-01-01", 10.0))
    assert evaluate(TARGET, ahead, date(2026, 2, 1)).flag == ON_TRACK
    assert evaluate(TARGET, behind, date(2026, 2, 1)).flag == AT_RISK


def test_deadline_passed_without_reaching_is_missed() -> None:
    assert evaluate(TARGET, obs(("2027-12-14", 79.9)), date(2028, 1, 2)).flag == MISSED


def test_future_figures_are_ignored() -> None:
    assert evaluate(TARGET, obs(("2027-06-30", 90.0)), date(2026, 1, 1)).flag == NO_DATA


def test_a_figure_of_the_period_under_way_counts_today() -> None:
    """Entered on 23/11 for the quarter ending 14/12: the unit's figure now, not "no data"."""
    under_way = [Observation(date(2026, 12, 14), 81.0, start=date(2026, 9, 15))]
    assert evaluate(TARGET, under_way, date(2026, 11, 23)).flag == ACHIEVED
    not_begun = [Observation(date(2027, 3, 14), 81.0, start=date(2026, 12, 15))]
    assert evaluate(TARGET, not_begun, date(2026, 11, 23)).flag == NO_DATA


def test_count_target_like_dvctt_level3() -> None:
    target = Target("dvctt_level3_count", 40, date(2016, 12, 31), "Kế hoạch 2016")
    assert evaluate(target, obs(("2016-12-14", 41)), date(2017, 1, 5)).flag == ACHIEVED
    assert evaluate(target, obs(("2016-12-14", 39)), date(2017, 1, 5)).flag == MISSED
