import random
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest

from egov_desktop.domain.workdays import (
    COMPENSATORY,
    HUNG_KINGS,
    NATIONAL_DAY,
    NEW_YEAR,
    WorkCalendar,
    national_day_extra,
    parse_holiday_data,
    proposed_days_off,
    public_holidays,
    tet_days,
)
from egov_desktop.errors import ValidationError

D = date.fromisoformat
HOLIDAY_FILE = Path(__file__).parents[2] / "resources" / "holidays" / "vn.toml"


def holiday_file() -> dict[str, object]:
    with HOLIDAY_FILE.open("rb") as stream:
        return tomllib.load(stream)


class TestProposal:
    def test_statutory_holidays_2026(self) -> None:
        days = public_holidays(2026)
        assert days[D("2026-01-01")] == NEW_YEAR
        assert [d for d, name in days.items() if name.startswith("Tết Nguyên đán")] == [
            D("2026-02-16"),
            D("2026-02-17"),
            D("2026-02-18"),
            D("2026-02-19"),
            D("2026-02-20"),
        ]
        assert days[D("2026-02-17")] == "Tết Nguyên đán (mùng 1)"
        assert days[D("2026-04-26")] == HUNG_KINGS
        assert D("2026-04-30") in days and D("2026-05-01") in days
        assert days[D("2026-09-02")] == days[D("2026-09-01")] == NATIONAL_DAY
        assert len(days) == 1 + 5 + 1 + 2 + 2

    def test_tet_is_last_day_of_the_lunar_year_and_four_more(self) -> None:
        assert tet_days(2025) == [D("2025-01-28") + timedelta(days=i) for i in range(5)]
        assert public_holidays(2025)[D("2025-01-28")] == "Tết Nguyên đán (29 tháng Chạp)"
        assert public_holidays(2023)[D("2023-01-21")] == "Tết Nguyên đán (30 tháng Chạp)"

    @pytest.mark.parametrize(
        ("year", "extra"),
        [
            (2021, "2021-09-03"),  # 2/9 Thursday
            (2022, "2022-09-01"),  # Friday
            (2023, "2023-09-01"),  # Saturday
            (2024, "2024-09-03"),  # Monday
            (2025, "2025-09-01"),  # Tuesday
            (2026, "2026-09-01"),  # Wednesday
            (2029, "2029-09-03"),  # Sunday
        ],
    )
    def test_day_next_to_national_day(self, year: int, extra: str) -> None:
        assert national_day_extra(year) == D(extra)

    def test_weekend_holidays_give_the_next_free_weekday_2023(self) -> None:
        """Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday: off on 2/5 and 3/5."""
        days = proposed_days_off(2023)
        assert days[D("2023-05-02")] == COMPENSATORY.format(name=HUNG_KINGS)
        assert days[D("2023-05-03")] == "Nghỉ bù Ngày Chiến thắng"
        assert days[D("2023-01-02")] == "Nghỉ bù Tết Dương lịch"
        assert days[D("2023-09-04")] == "Nghỉ bù Quốc khánh"

    def test_tet_on_a_weekend_is_made_up_after_the_five_days(self) -> None:
        days = proposed_days_off(2024)  # Tết 9/2 (Friday) to 13/2, 10–11/2 a weekend
        assert days[D("2024-02-14")] == "Nghỉ bù Tết Nguyên đán (mùng 1)"
        assert days[D("2024-02-15")] == "Nghỉ bù Tết Nguyên đán (mùng 2)"
        assert D("2024-02-16") not in days

    def test_compensatory_days_never_fall_on_a_weekend_or_a_holiday(self) -> None:
        for year in range(2000, 2051):
            holidays = public_holidays(year)
            extra = {d: n for d, n in proposed_days_off(year).items() if d not in holidays}
            weekend = [d for d in holidays if d.weekday() >= 5]
            assert len(extra) == len(weekend), year
            assert all(d.weekday() < 5 for d in extra)


class TestData:
    def test_the_holiday_file_parses(self) -> None:
        years = parse_holiday_data(holiday_file())
        assert {2024, 2025} <= set(years)
        assert all(y.complete and y.source for y in years.values())

    @pytest.mark.parametrize("year", [2024, 2025])
    def test_announced_years_hold_every_weekday_holiday(self, year: int) -> None:
        """The announced lists agree with the computed lunar holidays (Tết, Giỗ Tổ)."""
        calendar = WorkCalendar(holiday_file())
        for day in public_holidays(year):
            if day.weekday() < 5:
                assert not calendar.is_working_day(day), day

    def test_announced_swaps(self) -> None:
        calendar = WorkCalendar(holiday_file())
        assert not calendar.is_working_day(D("2024-04-29"))
        assert not calendar.is_working_day(D("2025-05-02"))
        # The announcement, not the proposal: 2025 Tết ran from Monday 27/01 to Friday 31/01.
        assert not calendar.is_working_day(D("2025-01-27"))
        assert calendar.is_working_day(D("2025-02-03"))
        # Make-up Saturdays stay non-working days (§5.8 has days off only).
        assert not calendar.is_working_day(D("2025-04-26"))

    def test_complete_year_replaces_the_proposal(self) -> None:
        calendar = WorkCalendar({"2030": {"complete": True, "days_off": {"2030-01-01": "x"}}})
        assert calendar.days_off(2030) == {D("2030-01-01"): "x"}
        assert calendar.is_working_day(D("2030-04-30"))

    def test_additions_and_removals_edit_the_proposal(self) -> None:
        calendar = WorkCalendar(
            {
                "2026": {
                    "days_off": {"2026-01-02": "Nghỉ hoán đổi"},
                    "not_off": [D("2026-09-01")],
                }
            }
        )
        assert not calendar.is_working_day(D("2026-01-02"))
        assert calendar.is_working_day(D("2026-09-01"))
        assert not calendar.is_working_day(D("2026-09-02"))
        assert not calendar.is_working_day(D("2026-02-17"))

    def test_data_may_come_from_an_editor_with_int_keys_and_date_objects(self) -> None:
        calendar = WorkCalendar({2027: {"days_off": {D("2027-03-08"): "Nghỉ"}}})  # type: ignore[dict-item]
        assert not calendar.is_working_day(D("2027-03-08"))

    @pytest.mark.parametrize(
        ("data", "message"),
        [
            ({"năm": {}}, "khóa phải là một năm"),
            ({"2026": []}, "phải là một bảng"),
            ({"2026": {"complet": True}}, 'khóa lạ "complet"'),
            ({"2026": {"complete": "yes"}}, '"complete" phải là true hoặc false'),
            ({"2026": {"days_off": ["2026-01-02"]}}, '"days_off" phải là bảng'),
            ({"2026": {"not_off": "2026-01-02"}}, '"not_off" phải là danh sách'),
            ({"2026": {"days_off": {"2026-02-30": "x"}}}, 'ngày "2026-02-30" không đúng dạng'),
            ({"2026": {"days_off": {"2027-01-01": "x"}}}, "ngày 01/01/2027 không thuộc năm 2026"),
            ({"2026": {"not_off": [20260101]}}, '"20260101" không phải là ngày'),
        ],
    )
    def test_bad_data_is_refused_with_the_year(self, data: dict[str, object], message: str) -> None:
        with pytest.raises(ValidationError) as error:
            WorkCalendar(data)
        assert "Dữ liệu ngày nghỉ năm" in str(error.value)
        assert message in str(error.value)


class TestWorkingDays:
    calendar = WorkCalendar()

    def test_weekdays_and_weekends(self) -> None:
        assert self.calendar.is_working_day(D("2026-03-02"))  # Monday
        assert not self.calendar.is_working_day(D("2026-03-07"))  # Saturday
        assert not self.calendar.is_working_day(D("2026-03-08"))  # Sunday

    def test_holidays_and_compensatory_days(self) -> None:
        assert not self.calendar.is_working_day(D("2026-01-01"))
        assert not self.calendar.is_working_day(D("2026-04-27"))  # for Giỗ Tổ on Sunday

    def test_receipt_day_does_not_count(self) -> None:
        monday = D("2026-03-02")
        assert self.calendar.add_working_days(monday, 1) == D("2026-03-03")
        assert self.calendar.add_working_days(monday, 5) == D("2026-03-09")
        assert self.calendar.add_working_days(monday, 0) == monday

    def test_received_on_a_weekend(self) -> None:
        assert self.calendar.add_working_days(D("2026-03-07"), 1) == D("2026-03-09")
        assert self.calendar.add_working_days(D("2026-03-07"), 0) == D("2026-03-07")

    def test_across_tet(self) -> None:
        # Friday 13/02/2026; Tết 16–20/02; three working days land on Wednesday 25/02.
        assert self.calendar.add_working_days(D("2026-02-13"), 3) == D("2026-02-25")

    def test_across_new_year(self) -> None:
        assert self.calendar.add_working_days(D("2026-12-31"), 1) == D("2027-01-04")

    def test_negative_processing_time_is_refused(self) -> None:
        with pytest.raises(ValidationError, match="không được âm"):
            self.calendar.add_working_days(D("2026-03-02"), -1)

    def test_working_days_between(self) -> None:
        assert self.calendar.working_days_between(D("2026-03-02"), D("2026-03-09")) == 5
        assert self.calendar.working_days_between(D("2026-03-09"), D("2026-03-02")) == -5
        assert self.calendar.working_days_between(D("2026-03-02"), D("2026-03-02")) == 0
        assert self.calendar.working_days_between(D("2026-03-06"), D("2026-03-08")) == 0

    def test_a_year_has_about_250_working_days(self) -> None:
        for year in (2026, 2027, 2028):
            days = self.calendar.working_days_between(D(f"{year - 1}-12-31"), D(f"{year}-12-31"))
            assert 245 <= days <= 252, year

    def test_add_and_between_are_inverse(self) -> None:
        rng = random.Random(5)
        calendar = WorkCalendar(holiday_file())
        for _ in range(300):
            start = D("2024-01-01") + timedelta(days=rng.randrange(3 * 365))
            n = rng.randrange(0, 40)
            due = calendar.add_working_days(start, n)
            assert calendar.working_days_between(start, due) == n
            if n:
                assert calendar.is_working_day(due)

    def test_days_off_returns_a_copy(self) -> None:
        days = self.calendar.days_off(2026)
        days.clear()
        assert self.calendar.days_off(2026)
