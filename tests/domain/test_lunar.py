from datetime import date, timedelta

import pytest

from egov_desktop.domain.lunar import (
    FIRST_YEAR,
    LAST_YEAR,
    LunarDate,
    leap_month,
    lunar_to_solar,
    month_length,
    solar_to_lunar,
    tet,
)
from egov_desktop.errors import ValidationError

D = date.fromisoformat

# Mùng 1 Tết, 1990–2026, as printed in Vietnamese calendars.
TET = {
    1990: "1990-01-27",
    1991: "1991-02-15",
    1992: "1992-02-04",
    1993: "1993-01-23",
    1994: "1994-02-10",
    1995: "1995-01-31",
    1996: "1996-02-19",
    1997: "1997-02-07",
    1998: "1998-01-28",
    1999: "1999-02-16",
    2000: "2000-02-05",
    2001: "2001-01-24",
    2002: "2002-02-12",
    2003: "2003-02-01",
    2004: "2004-01-22",
    2005: "2005-02-09",
    2006: "2006-01-29",
    2007: "2007-02-17",
    2008: "2008-02-07",
    2009: "2009-01-26",
    2010: "2010-02-14",
    2011: "2011-02-03",
    2012: "2012-01-23",
    2013: "2013-02-10",
    2014: "2014-01-31",
    2015: "2015-02-19",
    2016: "2016-02-08",
    2017: "2017-01-28",
    2018: "2018-02-16",
    2019: "2019-02-05",
    2020: "2020-01-25",
    2021: "2021-02-12",
    2022: "2022-02-01",
    2023: "2023-01-22",
    2024: "2024-02-10",
    2025: "2025-01-29",
    2026: "2026-02-17",
}

# domain.md §5.8: Tết and Giỗ Tổ Hùng Vương, 2024–2031.
TABLE_5_8 = [
    (2024, "2024-02-10", "2024-04-18"),
    (2025, "2025-01-29", "2025-04-07"),
    (2026, "2026-02-17", "2026-04-26"),
    (2027, "2027-02-06", "2027-04-16"),
    (2028, "2028-01-26", "2028-04-04"),
    (2029, "2029-02-13", "2029-04-23"),
    (2030, "2030-02-02", "2030-04-12"),
    (2031, "2031-01-23", "2031-04-01"),
]


@pytest.mark.parametrize(("year", "day"), sorted(TET.items()))
def test_tet_1990_to_2026(year: int, day: str) -> None:
    assert tet(year) == D(day)
    assert solar_to_lunar(D(day)) == LunarDate(year, 1, 1, False)
    assert solar_to_lunar(D(day) - timedelta(days=1)).year == year - 1


@pytest.mark.parametrize(("year", "tet_day", "gio_to"), TABLE_5_8)
def test_table_of_domain_reference(year: int, tet_day: str, gio_to: str) -> None:
    assert tet(year) == D(tet_day)
    assert lunar_to_solar(year, 3, 10) == D(gio_to)
    assert solar_to_lunar(D(gio_to)) == LunarDate(year, 3, 10, False)


@pytest.mark.parametrize(
    ("year", "day"),
    [(2020, "2020-04-02"), (2021, "2021-04-21"), (2022, "2022-04-10"), (2023, "2023-04-29")],
)
def test_gio_to_before_2024(year: int, day: str) -> None:
    assert lunar_to_solar(year, 3, 10) == D(day)


@pytest.mark.parametrize(
    ("year", "vietnam", "china"),
    [
        (1985, "1985-01-21", "1985-02-20"),
        (2007, "2007-02-17", "2007-02-18"),
        (2030, "2030-02-02", "2030-02-03"),
    ],
)
def test_utc_plus_7_differs_from_the_chinese_calendar(year: int, vietnam: str, china: str) -> None:
    assert tet(year) == D(vietnam)
    assert tet(year) != D(china)


def test_tet_1968_in_the_north() -> None:
    """Tết Mậu Thân: 29/01/1968 at UTC+7 (the South, on UTC+8, kept it on the 30th)."""
    assert tet(1968) == D("1968-01-29")


@pytest.mark.parametrize(
    ("year", "month"),
    [
        (2004, 2),
        (2006, 7),
        (2009, 5),
        (2012, 4),
        (2014, 9),
        (2017, 6),
        (2020, 4),
        (2023, 2),
        (2025, 6),
        (2028, 5),
        (2031, 3),
        (2033, 11),
    ],
)
def test_leap_months(year: int, month: int) -> None:
    assert leap_month(year) == month
    start = lunar_to_solar(year, month, 1, leap=True)
    assert start - lunar_to_solar(year, month, 1) == timedelta(days=month_length(year, month))
    assert solar_to_lunar(start) == LunarDate(year, month, 1, True)


@pytest.mark.parametrize("year", [2021, 2022, 2024, 2026, 2027, 2029, 2030, 2032, 2034])
def test_years_without_leap_month(year: int) -> None:
    assert leap_month(year) == 0
    assert (tet(year + 1) - tet(year)).days in range(353, 356)


def test_leap_month_2023_dates() -> None:
    """2023: tháng 2 nhuận began on 22/03/2023; Giỗ Tổ fell late, on 29/04."""
    assert lunar_to_solar(2023, 2, 1, leap=True) == D("2023-03-22")
    assert solar_to_lunar(D("2023-03-21")) == LunarDate(2023, 2, 30, False)


def test_leap_month_2025_dates() -> None:
    assert lunar_to_solar(2025, 6, 1) == D("2025-06-25")
    assert lunar_to_solar(2025, 6, 1, leap=True) == D("2025-07-25")
    assert lunar_to_solar(2025, 7, 1) == D("2025-08-23")


def test_leap_eleventh_month_2033_belongs_to_2033() -> None:
    start = lunar_to_solar(2033, 11, 1, leap=True)
    assert start.year == 2033 and start.month == 12
    assert tet(2034) == D("2034-02-19")


def test_round_trip_1990_to_2050() -> None:
    day, last = D("1990-01-01"), D("2050-12-31")
    previous = solar_to_lunar(day - timedelta(days=1))
    months = 0
    while day <= last:
        lunar = solar_to_lunar(day)
        assert lunar_to_solar(*lunar) == day
        if lunar.day == 1:
            months += 1
            assert previous.day in (29, 30)
            assert month_length(previous.year, previous.month, previous.leap) == previous.day
            if lunar.leap:
                assert lunar.month == previous.month and not previous.leap
            else:
                assert lunar.month == previous.month % 12 + 1
                assert lunar.year == previous.year + (1 if lunar.month == 1 else 0)
        else:
            assert lunar[:2] == previous[:2] and lunar.leap == previous.leap
            assert lunar.day == previous.day + 1
        previous = lunar
        day += timedelta(days=1)
    assert abs(months - (last - D("1990-01-01")).days / 29.530588853) < 1  # one per lunation


def test_thirteen_month_years_have_exactly_one_leap_month() -> None:
    for year in range(1990, 2051):
        months = round((tet(year + 1) - tet(year)).days / 29.53)
        assert months in (12, 13)
        assert (leap_month(year) != 0) == (months == 13), year


def test_whole_supported_range_is_consistent() -> None:
    for year in range(FIRST_YEAR, LAST_YEAR + 1):
        first = tet(year)
        assert first.month in (1, 2) and (first.month == 2 or first.day >= 19)
        assert solar_to_lunar(first) == LunarDate(year, 1, 1, False)


@pytest.mark.parametrize(
    ("year", "month", "day", "leap"),
    [
        (2024, 13, 1, False),
        (2024, 0, 1, False),
        (2024, 1, 0, False),
        (2024, 1, 31, False),
        (2024, 2, 1, True),
        (2023, 3, 1, True),
    ],
)
def test_dates_that_do_not_exist(year: int, month: int, day: int, leap: bool) -> None:
    with pytest.raises(ValidationError, match="Ngày âm lịch không tồn tại"):
        lunar_to_solar(year, month, day, leap)


def test_day_30_of_a_short_month_does_not_exist() -> None:
    short = next(m for m in range(1, 13) if month_length(2024, m) == 29)
    with pytest.raises(ValidationError):
        lunar_to_solar(2024, short, 30)
    assert month_length(2024, 2, leap=True) == 0


def test_leap_message_names_the_leap_month() -> None:
    with pytest.raises(ValidationError) as error:
        lunar_to_solar(2024, 2, 1, leap=True)
    assert str(error.value) == "Ngày âm lịch không tồn tại: ngày 1 tháng 2 nhuận năm 2024."


def test_out_of_range() -> None:
    with pytest.raises(ValidationError, match="từ 1800 đến 2199"):
        solar_to_lunar(date(1799, 12, 31))
    with pytest.raises(ValidationError):
        tet(LAST_YEAR + 1)
    assert solar_to_lunar(date(FIRST_YEAR, 1, 1)).year == FIRST_YEAR - 1
