"""The Vietnamese lunar calendar (âm lịch), computed for UTC+7 (domain.md §5.8).

Astronomical method: true new moons from the mean lunation plus the periodic terms of
J. Meeus ("Astronomical Formulae for Calculators"), the Sun's true longitude from Meeus'
low-accuracy solar theory, and the usual rules of the Vietnamese calendar:

- a month begins on the local (UTC+7) day of a new moon;
- the 11th month is the one holding the December solstice (Sun at 270°);
- a year with 13 months between two 11th months has a leap month: the first month after the
  11th during which the Sun enters no new 30° sector (no major solar term); it repeats the
  number of the month before it.

Vietnam uses UTC+7 where the Chinese calendar uses UTC+8, so Tết differs in some years
(21/01/1985, 17/02/2007, 02/02/2030). Vietnamese day counts near midnight follow UTC+7 only.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from egov_desktop.domain import messages
from egov_desktop.errors import ValidationError

#: Hours east of UTC at which days are counted.
TIME_ZONE = 7

#: Years (solar, and lunar) the calendar is computed for.
FIRST_YEAR = 1800
LAST_YEAR = 2199

#: Mean length of a lunation, in days.
_SYNODIC_MONTH = 29.530588853
#: Julian day of the new moon of January 1900: lunation k counts from it.
_LUNATION_ZERO = 2415021.076998695
#: Julian Day Number minus `date.toordinal()`.
_JDN_OFFSET = 1721425

# Periodic terms of the true new moon (Meeus): coefficient in days, and multipliers of the
# Sun's mean anomaly M, the Moon's mean anomaly M' and the Moon's argument of latitude F.
_NEW_MOON_TERMS = (
    (0.0021, 2, 0, 0),
    (-0.4068, 0, 1, 0),
    (0.0161, 0, 2, 0),
    (-0.0004, 0, 3, 0),
    (0.0104, 0, 0, 2),
    (-0.0051, 1, 1, 0),
    (-0.0074, 1, -1, 0),
    (0.0004, 1, 0, 2),
    (-0.0004, -1, 0, 2),
    (-0.0006, 0, 1, 2),
    (0.0010, 0, -1, 2),
    (0.0005, 1, 2, 0),
)


class LunarDate(NamedTuple):
    """A lunar date: `leap` marks the repeated (nhuận) month."""

    year: int
    month: int
    day: int
    leap: bool = False


class _Month(NamedTuple):
    start: int  # Julian Day Number of the first day
    year: int
    month: int
    leap: bool


def _jdn(day: date) -> int:
    return day.toordinal() + _JDN_OFFSET


def _from_jdn(jdn: int) -> date:
    return date.fromordinal(jdn - _JDN_OFFSET)


def _new_moon(k: int) -> float:
    """Julian day (UT) of the k-th new moon after that of January 1900."""
    t = k / 1236.85  # Julian centuries since 1900
    t2, t3 = t * t, t * t * t
    rad = math.pi / 180
    mean = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    mean += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * rad)
    sun = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * rad
    moon = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * rad
    latitude = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * rad
    correction = (0.1734 - 0.000393 * t) * math.sin(sun)
    for coefficient, m, mp, f in _NEW_MOON_TERMS:
        correction += coefficient * math.sin(m * sun + mp * moon + f * latitude)
    # Ephemeris time minus universal time, in days.
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return mean + correction - delta_t


def _sun_longitude(jd: float) -> float:
    """The Sun's true geometric longitude at Julian day `jd` (UT), in degrees [0, 360)."""
    t = (jd - 2451545.0) / 36525  # Julian centuries since J2000
    t2 = t * t
    rad = math.pi / 180
    anomaly = (357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * rad
    mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    centre = (
        (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(anomaly)
        + (0.019993 - 0.000101 * t) * math.sin(2 * anomaly)
        + 0.000290 * math.sin(3 * anomaly)
    )
    return (mean_longitude + centre) % 360


def _new_moon_day(k: int) -> int:
    """Julian Day Number of the local (UTC+7) day on which new moon k falls."""
    return math.floor(_new_moon(k) + 0.5 + TIME_ZONE / 24)


def _sector(jdn: int) -> int:
    """The Sun's 30° sector (0–11, 0 from the March equinox) at local midnight opening `jdn`."""
    return math.floor(_sun_longitude(jdn - 0.5 - TIME_ZONE / 24) / 30)


def _lunation(jdn: int) -> int:
    """Index k of the new moon falling on (or, by the mean motion, nearest to) day `jdn`."""
    return math.floor((jdn - _LUNATION_ZERO) / _SYNODIC_MONTH + 0.5)


@lru_cache(maxsize=512)
def _month11(year: int) -> int:
    """First day of the 11th lunar month: the month holding the December solstice of `year`."""
    k = math.floor((_jdn(date(year, 12, 31)) - _LUNATION_ZERO) / _SYNODIC_MONTH)
    # Sector 9 starts at the solstice (270°): the 11th month is the last one to begin before.
    while _sector(_new_moon_day(k)) >= 9:
        k -= 1
    while _sector(_new_moon_day(k + 1)) < 9:
        k += 1
    return _new_moon_day(k)


def _leap_offset(first: int) -> int:
    """Months after the 11th month starting on `first` until the leap month (a 13-month cycle)."""
    k = _lunation(first)
    previous = _sector(_new_moon_day(k + 1))
    for offset in range(1, 13):
        following = _sector(_new_moon_day(k + offset + 1))
        if following == previous:
            return offset
        previous = following
    raise AssertionError(f"no month without a major solar term after day {first}")


@lru_cache(maxsize=512)
def _cycle(year: int) -> tuple[tuple[_Month, ...], int]:
    """The months from the 11th month before Tết `year` to the one before the next 11th month.

    Returns the months and the first day of the following 11th month.
    """
    first, end = _month11(year - 1), _month11(year)
    k = _lunation(first)
    count = 13 if end - first > 365 else 12
    leap = _leap_offset(first) if count == 13 else -1
    months = []
    number = 11
    for offset in range(count):
        is_leap = offset == leap
        if offset and not is_leap:
            number = number % 12 + 1
        owner = year - 1 if number >= 11 and offset < 4 else year
        months.append(_Month(_new_moon_day(k + offset), owner, number, is_leap))
    if months[0].start != first or _new_moon_day(k + count) != end:
        raise AssertionError(f"lunations out of step in the cycle before {year}")
    return tuple(months), end


def _check_year(year: int, *, lunar: bool = False) -> None:
    # The first weeks of FIRST_YEAR belong to the lunar year before it.
    if not FIRST_YEAR - (1 if lunar else 0) <= year <= LAST_YEAR:
        raise ValidationError(
            messages.LUNAR_OUT_OF_RANGE.format(first=FIRST_YEAR, last=LAST_YEAR, year=year)
        )


def solar_to_lunar(day: date) -> LunarDate:
    """The lunar date of a solar (Gregorian) date, at UTC+7.

    Raises:
        ValidationError: outside FIRST_YEAR–LAST_YEAR.
    """
    _check_year(day.year)
    jdn = _jdn(day)
    months, end = _cycle(day.year if jdn < _month11(day.year) else day.year + 1)
    month = months[bisect_right([m.start for m in months], jdn) - 1]
    return LunarDate(month.year, month.month, jdn - month.start + 1, month.leap)


def _find_month(year: int, month: int, leap: bool) -> tuple[int, int] | None:
    """First day and length of a lunar month, or None when the year has no such month."""
    months, end = _cycle(year + 1 if month >= 11 else year)
    for index, candidate in enumerate(months):
        if (candidate.year, candidate.month, candidate.leap) == (year, month, leap):
            following = months[index + 1].start if index + 1 < len(months) else end
            return candidate.start, following - candidate.start
    return None


def month_length(year: int, month: int, leap: bool = False) -> int:
    """Days (29 or 30) in a lunar month; 0 when the year has no such month (leap or not)."""
    _check_year(year, lunar=True)
    if not 1 <= month <= 12:
        return 0
    found = _find_month(year, month, leap)
    return 0 if found is None else found[1]


def lunar_to_solar(year: int, month: int, day: int, leap: bool = False) -> date:
    """The solar date of a lunar date, at UTC+7.

    Raises:
        ValidationError: for a year out of range or a date that does not exist (day 30 of
            a 29-day month, a leap month the year does not have).
    """
    _check_year(year, lunar=True)
    found = _find_month(year, month, leap) if 1 <= month <= 12 else None
    if found is None or not 1 <= day <= found[1]:
        raise ValidationError(
            messages.BAD_LUNAR_DATE.format(
                day=day, month=month, leap=" nhuận" if leap else "", year=year
            )
        )
    return _from_jdn(found[0] + day - 1)


def leap_month(year: int) -> int:
    """The number of lunar year `year`'s leap month, or 0 when it has none."""
    _check_year(year, lunar=True)
    for cycle_year in (year, year + 1):
        for month in _cycle(cycle_year)[0]:
            if month.leap and month.year == year:
                return month.month
    return 0


def tet(year: int) -> date:
    """Mùng 1 Tết: the first day of the first lunar month of `year`."""
    return lunar_to_solar(year, 1, 1)
