"""Reporting periods: codes, windows in `cutoff` (NĐ 09/2019) and `calendar` modes, labels."""

from __future__ import annotations

import calendar as _calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from egov_desktop.domain import messages
from egov_desktop.errors import ValidationError

MODE_CUTOFF = "cutoff"
MODE_CALENDAR = "calendar"
MODES = (MODE_CUTOFF, MODE_CALENDAR)

#: Day of the month on which a cut-off period starts (it ends on the day before, a month on).
CUTOFF_DAY = 15
#: Years a period may belong to: the period picker's range. Outside it a code is a typing
#: error, and year 0 or 10000 would not even have dates.
FIRST_YEAR, LAST_YEAR = 2015, 2100

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_CODE = re.compile(
    r"^(?P<year>\d{4})-"
    r"(?:M(?P<month>\d{2})|Q(?P<quarter>[1-4])|(?P<half>H[12])|(?P<nine>9M)|(?P<y>Y))$"
)
_CUSTOM = re.compile(r"^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$")


def _last_day(year: int, month: int) -> date:
    return date(year, month, _calendar.monthrange(year, month)[1])


def _day(text: str, code: str) -> date:
    """A day of a range written yyyy-mm-dd; one that does not exist ("2025-02-30") is named."""
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise ValidationError(messages.BAD_PERIOD_DAY.format(code=code, day=text)) from error


def _check_year(year: int, code: str) -> int:
    """`year` when periods of it are supported; ValidationError naming the range otherwise."""
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(
            messages.BAD_PERIOD_YEAR.format(code=code, first=FIRST_YEAR, last=LAST_YEAR)
        )
    return year


def _cutoff_start(year: int, month: int) -> date:
    """The 15th of the month before `month` (December of the previous year for January)."""
    if month == 1:
        return date(year - 1, 12, CUTOFF_DAY)
    return date(year, month - 1, CUTOFF_DAY)


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period: kind is M, Q, H, 9M, Y or custom; `number` is month/quarter/half."""

    year: int
    kind: str
    number: int = 0
    custom_start: date | None = None
    custom_end: date | None = None

    @classmethod
    def parse(cls, code: str) -> Period:
        """Parse a code: `2025-H1`, `2025-9M`, `2025-Y` or `2025-07-01..2025-07-31`."""
        text = code.strip()
        match = _CODE.match(text)
        if match:
            year = _check_year(int(match["year"]), code)
            if match["month"]:
                month = int(match["month"])
                if not 1 <= month <= 12:
                    raise ValidationError(messages.BAD_PERIOD_CODE.format(code=code))
                return cls(year, "M", month)
            if match["quarter"]:
                return cls(year, "Q", int(match["quarter"]))
            if match["half"]:
                return cls(year, "H", int(match["half"][1]))
            if match["nine"]:
                return cls(year, "9M")
            return cls(year, "Y")
        custom = _CUSTOM.match(text)
        if custom:
            start, end = _day(custom[1], code), _day(custom[2], code)
            if start > end:
                raise ValidationError(messages.BAD_PERIOD_RANGE.format(code=code))
            year = _check_year(end.year, code)
            # A range may start in the year before FIRST_YEAR, as the cut-off January does.
            if start.year < FIRST_YEAR - 1:
                _check_year(start.year, code)
            return cls(year, "custom", 0, start, end)
        raise ValidationError(messages.BAD_PERIOD_CODE.format(code=code))

    @property
    def code(self) -> str:
        if self.kind == "M":
            return f"{self.year}-M{self.number:02d}"
        if self.kind == "Q":
            return f"{self.year}-Q{self.number}"
        if self.kind == "H":
            return f"{self.year}-H{self.number}"
        if self.kind == "9M":
            return f"{self.year}-9M"
        if self.kind == "Y":
            return f"{self.year}-Y"
        assert self.custom_start is not None and self.custom_end is not None
        return f"{self.custom_start.isoformat()}..{self.custom_end.isoformat()}"

    def _months(self) -> tuple[int, int]:
        """First and last month of the period (calendar sense)."""
        if self.kind == "M":
            return self.number, self.number
        if self.kind == "Q":
            return 3 * self.number - 2, 3 * self.number
        if self.kind == "H":
            return (1, 6) if self.number == 1 else (7, 12)
        if self.kind == "9M":
            return 1, 9
        return 1, 12

    def window(self, mode: str) -> tuple[date, date]:
        """First and last day, both inclusive, of the period in `mode`."""
        if self.kind == "custom":
            assert self.custom_start is not None and self.custom_end is not None
            return self.custom_start, self.custom_end
        first, last = self._months()
        if mode == MODE_CALENDAR:
            return date(self.year, first, 1), _last_day(self.year, last)
        if mode == MODE_CUTOFF:
            return _cutoff_start(self.year, first), date(self.year, last, CUTOFF_DAY - 1)
        raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=mode))

    @property
    def label(self) -> str:
        """Vietnamese name of the period, e.g. "Quý III năm 2025"."""
        if self.kind == "M":
            return f"Tháng {self.number} năm {self.year}"
        if self.kind == "Q":
            return f"Quý {_ROMAN[self.number]} năm {self.year}"
        if self.kind == "H":
            return f"6 tháng {'đầu' if self.number == 1 else 'cuối'} năm {self.year}"
        if self.kind == "9M":
            return f"9 tháng năm {self.year}"
        if self.kind == "Y":
            return f"Năm {self.year}"
        start, end = self.window(MODE_CALENDAR)
        return f"Từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"

    @property
    def in_sentence(self) -> str:
        """The label inside a sentence ("Biểu II.06a từ 01/07/2025 đến 15/08/2025 đã gửi").

        A quarter or a month keeps its capital, as official text writes "Quý III năm 2025"
        anywhere; a custom range's "Từ" and a year's "Năm", capitals for a heading, are lowered
        mid-sentence ("Biểu II.06a năm 2025 đã gửi").
        """
        if self.kind == "custom":
            start, end = self.window(MODE_CALENDAR)
            return f"từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"
        if self.kind == "Y":
            return f"năm {self.year}"
        return self.label

    def window_text(self, mode: str) -> str:
        """The line every sheet prints: "(Từ ngày dd/mm/yyyy đến ngày dd/mm/yyyy)"."""
        start, end = self.window(mode)
        return f"(Từ ngày {start:%d/%m/%Y} đến ngày {end:%d/%m/%Y})"


def label_of(code: str) -> str:
    """The name of the period `code` ("2025-Q3": "Quý III năm 2025"), as every page shows it.

    A code that names no period (an edited package's, another release's) is shown as written.
    """
    try:
        return Period.parse(code).label
    except ValidationError:
        return code


def in_sentence_of(code: str) -> str:
    """`label_of` inside a sentence (`Period.in_sentence`)."""
    try:
        return Period.parse(code).in_sentence
    except ValidationError:
        return code


def period_containing(day: date, kind: str, mode: str) -> Period:
    """The period of `kind` (M, Q, H, 9M or Y) in `mode` whose window holds `day`.

    For 9M a day after the nine months falls in no 9M window; the year's 9M period is returned.
    """
    year, month = day.year, day.month
    if mode == MODE_CUTOFF and day.day >= CUTOFF_DAY:
        # From the 15th on, a day belongs to the next month's cut-off window.
        month += 1
        if month == 13:
            year, month = year + 1, 1
    elif mode not in MODES:
        raise ValidationError(messages.UNKNOWN_PERIOD_MODE.format(value=mode))
    if kind == "M":
        return Period(year, "M", month)
    if kind == "Q":
        return Period(year, "Q", (month - 1) // 3 + 1)
    if kind == "H":
        return Period(year, "H", 1 if month <= 6 else 2)
    if kind == "9M":
        return Period(year, "9M")
    if kind == "Y":
        return Period(year, "Y")
    raise ValueError(f"unknown period kind {kind!r}")


def next_period(period: Period) -> Period:
    """The period of the same kind right after `period` (not for 9M or custom)."""
    if period.kind == "M":
        return Period(period.year + period.number // 12, "M", period.number % 12 + 1)
    if period.kind == "Q":
        return Period(period.year + period.number // 4, "Q", period.number % 4 + 1)
    if period.kind == "H":
        return Period(period.year + period.number // 2, "H", period.number % 2 + 1)
    if period.kind == "Y":
        return Period(period.year + 1, "Y")
    raise ValueError(f"no next period for {period.code}")


def days(start: date, end: date) -> int:
    """Number of days in the inclusive window."""
    return (end - start + timedelta(days=1)).days
