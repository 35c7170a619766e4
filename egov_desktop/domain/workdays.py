"""Working days: Monday to Friday minus public holidays and the year's days off (§5.8).

The calendar is data per year. Without data for a year the module proposes its days off:

- the statutory holidays: 1 January; Tết Nguyên đán as the last day of the lunar year and
  mùng 1–4; Giỗ Tổ Hùng Vương (10/3 âm lịch); 30 April; 1 May; 2 September and one adjacent
  day (`national_day_extra`);
- a compensatory day for each holiday on a Saturday or Sunday: the next weekday that is not
  already off.

The yearly announcement decides; the user confirms or corrects the proposal, and the result
is kept as data (`resources/holidays/vn.toml`, read by the service layer). This module only
takes the parsed mapping:

    {"2025": {"complete": True, "days_off": {"2025-01-01": "Tết Dương lịch", ...},
              "not_off": [...], "source": "..."}}

`complete` means `days_off` is the whole list; otherwise `days_off` is added to the proposal
and `not_off` removes proposed days. A Saturday or Sunday is never a working day (§5.8 has
no make-up working days).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from egov_desktop.domain import messages
from egov_desktop.domain.lunar import lunar_to_solar, solar_to_lunar, tet
from egov_desktop.errors import ValidationError

NEW_YEAR = "Tết Dương lịch"
LUNAR_NEW_YEAR = "Tết Nguyên đán"
HUNG_KINGS = "Giỗ Tổ Hùng Vương"
VICTORY_DAY = "Ngày Chiến thắng"
LABOUR_DAY = "Ngày Quốc tế lao động"
NATIONAL_DAY = "Quốc khánh"
#: Name of a compensatory day off, from the holiday it makes up for.
COMPENSATORY = "Nghỉ bù {name}"

_SATURDAY = 5
_ONE_DAY = timedelta(days=1)
_KEYS = frozenset({"complete", "days_off", "not_off", "source"})


def _weekend(day: date) -> bool:
    return day.weekday() >= _SATURDAY


def national_day_extra(year: int) -> date:
    """The proposed day next to 2 September: the one that joins the weekend.

    3 September when it is a Friday or when 1 September is a weekend day, else 1 September
    (2/9 on Monday → 3/9; Tuesday → 1/9; Thursday → 3/9; Friday → 1/9).
    """
    before, after = date(year, 9, 1), date(year, 9, 3)
    return after if after.weekday() == 4 or _weekend(before) else before


def tet_days(year: int) -> list[date]:
    """The proposed five days of Tết Nguyên đán: the last day of the lunar year and mùng 1–4."""
    first = tet(year)
    return [first + timedelta(days=offset) for offset in range(-1, 4)]


def public_holidays(year: int) -> dict[date, str]:
    """The statutory holidays of solar year `year`, by date (weekends included)."""
    days = {date(year, 1, 1): NEW_YEAR}
    first = tet(year)
    for day in tet_days(year):
        offset = (day - first).days
        if offset < 0:
            days[day] = f"{LUNAR_NEW_YEAR} ({solar_to_lunar(day).day} tháng Chạp)"
        else:
            days[day] = f"{LUNAR_NEW_YEAR} (mùng {offset + 1})"
    days[lunar_to_solar(year, 3, 10)] = HUNG_KINGS
    days[date(year, 4, 30)] = VICTORY_DAY
    days[date(year, 5, 1)] = LABOUR_DAY
    days[date(year, 9, 2)] = NATIONAL_DAY
    days[national_day_extra(year)] = NATIONAL_DAY
    return dict(sorted(days.items()))


def proposed_days_off(year: int) -> dict[date, str]:
    """The statutory holidays plus a compensatory day for each one on a weekend."""
    holidays = public_holidays(year)
    days = dict(holidays)
    for day, name in holidays.items():
        if _weekend(day):
            substitute = day + _ONE_DAY
            while _weekend(substitute) or substitute in days:
                substitute += _ONE_DAY
            days[substitute] = COMPENSATORY.format(name=name)
    return dict(sorted(days.items()))


@dataclass(frozen=True)
class YearDaysOff:
    """One year's data: days off added to (or, when complete, replacing) the proposal."""

    year: int
    complete: bool = False
    days_off: Mapping[date, str] = field(default_factory=dict)
    not_off: frozenset[date] = frozenset()
    source: str = ""


def _bad(year: object, detail: str) -> ValidationError:
    return ValidationError(messages.BAD_HOLIDAY_DATA.format(year=year, detail=detail))


def _day(value: object, year: int) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise _bad(year, f'ngày "{value}" không đúng dạng YYYY-MM-DD') from None
    if not isinstance(value, date):
        raise _bad(year, f'"{value}" không phải là ngày')
    if value.year != year:
        raise _bad(year, f"ngày {value:%d/%m/%Y} không thuộc năm {year}")
    return value


def _year_days_off(key: object, entry: object) -> YearDaysOff:
    if not (isinstance(key, int) or (isinstance(key, str) and key.strip().isdigit())):
        raise _bad(key, "khóa phải là một năm, ví dụ [2025]")
    year = int(key)
    if not isinstance(entry, Mapping):
        raise _bad(year, "mỗi năm phải là một bảng [YYYY]")
    unknown = sorted(str(k) for k in entry if k not in _KEYS)
    if unknown:
        raise _bad(year, f'khóa lạ "{unknown[0]}"')
    complete = entry.get("complete", False)
    if not isinstance(complete, bool):
        raise _bad(year, '"complete" phải là true hoặc false')
    listed = entry.get("days_off", {})
    if not isinstance(listed, Mapping):
        raise _bad(year, '"days_off" phải là bảng "YYYY-MM-DD" = "tên ngày nghỉ"')
    removed = entry.get("not_off", [])
    if not isinstance(removed, list):
        raise _bad(year, '"not_off" phải là danh sách ngày')
    return YearDaysOff(
        year=year,
        complete=complete,
        days_off={_day(day, year): str(name).strip() for day, name in listed.items()},
        not_off=frozenset(_day(day, year) for day in removed),
        source=str(entry.get("source", "")),
    )


def parse_holiday_data(data: Mapping[str, object]) -> dict[int, YearDaysOff]:
    """The per-year settings of a parsed holiday file.

    Raises:
        ValidationError: naming the year and the faulty entry.
    """
    years = [_year_days_off(key, entry) for key, entry in data.items()]
    return {year.year: year for year in years}


class WorkCalendar:
    """Working days for proposing due dates and showing days left (domain.md §5.8).

    Counting never uses it: II.06a compares the due date recorded on each dossier.
    """

    def __init__(self, holidays_data: Mapping[str, object] | None = None) -> None:
        self._years = parse_holiday_data(holidays_data or {})
        self._days_off: dict[int, dict[date, str]] = {}

    def days_off(self, year: int) -> dict[date, str]:
        """Every day off of `year` with its name, by date: the data, else the proposal."""
        cached = self._days_off.get(year)
        if cached is not None:
            return dict(cached)
        setting = self._years.get(year)
        days = {} if setting is not None and setting.complete else proposed_days_off(year)
        if setting is not None:
            days.update(setting.days_off)
            for day in setting.not_off:
                days.pop(day, None)
        self._days_off[year] = dict(sorted(days.items()))
        return dict(self._days_off[year])

    def _is_off(self, day: date) -> bool:
        if day.year not in self._days_off:
            self.days_off(day.year)
        return day in self._days_off[day.year]

    def is_working_day(self, day: date) -> bool:
        """Monday to Friday and not a day off."""
        return not _weekend(day) and not self._is_off(day)

    def add_working_days(self, start: date, n: int) -> date:
        """The proposed due date for a processing time of `n` working days from `start`.

        The day of receipt is not counted (periods in days start the next day): the result
        is the n-th working day after `start`; with n = 0 it is `start` itself.

        Raises:
            ValidationError: when n is negative.
        """
        if n < 0:
            raise ValidationError(messages.NEGATIVE_WORKING_DAYS.format(value=n))
        day = start
        while n:
            day += _ONE_DAY
            if self.is_working_day(day):
                n -= 1
        return day

    def working_days_between(self, a: date, b: date) -> int:
        """Working days after `a` up to and including `b`; negative when `b` is before `a`.

        The inverse of `add_working_days`: between(a, add_working_days(a, n)) == n. With
        a = today and b = the due date it is the number of working days left.
        """
        if b < a:
            return -self.working_days_between(b, a)
        return sum(1 for day in _days_after(a, b) if self.is_working_day(day))


def _days_after(a: date, b: date) -> Iterable[date]:
    day = a + _ONE_DAY
    while day <= b:
        yield day
        day += _ONE_DAY
