from datetime import date, timedelta

import pytest

from egov_desktop.domain.periods import (
    FIRST_YEAR,
    LAST_YEAR,
    MODE_CALENDAR,
    MODE_CUTOFF,
    Period,
    in_sentence_of,
    label_of,
    next_period,
    period_containing,
)
from egov_desktop.errors import ValidationError

# The table of domain.md §5.1, windows for 2025.
WINDOWS_2025 = [
    ("2025-M01", "2024-12-15", "2025-01-14", "2025-01-01", "2025-01-31"),
    ("2025-M07", "2025-06-15", "2025-07-14", "2025-07-01", "2025-07-31"),
    ("2025-Q1", "2024-12-15", "2025-03-14", "2025-01-01", "2025-03-31"),
    ("2025-Q2", "2025-03-15", "2025-06-14", "2025-04-01", "2025-06-30"),
    ("2025-Q3", "2025-06-15", "2025-09-14", "2025-07-01", "2025-09-30"),
    ("2025-Q4", "2025-09-15", "2025-12-14", "2025-10-01", "2025-12-31"),
    ("2025-H1", "2024-12-15", "2025-06-14", "2025-01-01", "2025-06-30"),
    ("2025-H2", "2025-06-15", "2025-12-14", "2025-07-01", "2025-12-31"),
    ("2025-9M", "2024-12-15", "2025-09-14", "2025-01-01", "2025-09-30"),
    ("2025-Y", "2024-12-15", "2025-12-14", "2025-01-01", "2025-12-31"),
]


@pytest.mark.parametrize(("code", "cs", "ce", "ks", "ke"), WINDOWS_2025)
def test_windows_match_the_reference_table(code: str, cs: str, ce: str, ks: str, ke: str) -> None:
    period = Period.parse(code)
    assert period.code == code
    assert period.window(MODE_CUTOFF) == (date.fromisoformat(cs), date.fromisoformat(ce))
    assert period.window(MODE_CALENDAR) == (date.fromisoformat(ks), date.fromisoformat(ke))


def test_window_text_is_the_printed_line() -> None:
    assert Period.parse("2025-Q3").window_text(MODE_CUTOFF) == (
        "(Từ ngày 15/06/2025 đến ngày 14/09/2025)"
    )


def test_leap_february_calendar() -> None:
    assert Period.parse("2024-M02").window(MODE_CALENDAR)[1] == date(2024, 2, 29)
    assert Period.parse("2025-M02").window(MODE_CALENDAR)[1] == date(2025, 2, 28)


@pytest.mark.parametrize("mode", [MODE_CUTOFF, MODE_CALENDAR])
@pytest.mark.parametrize("kind", ["M", "Q", "H", "Y"])
def test_consecutive_periods_tile_the_calendar(kind: str, mode: str) -> None:
    """Across 2019-2031 consecutive periods leave no gap and no overlap."""
    period = period_containing(date(2019, 1, 1), kind, mode)
    for _ in range(150 if kind == "M" else 50):
        after = next_period(period)
        assert after.window(mode)[0] == period.window(mode)[1] + timedelta(days=1)
        period = after


@pytest.mark.parametrize("mode", [MODE_CUTOFF, MODE_CALENDAR])
@pytest.mark.parametrize("kind", ["M", "Q", "H", "Y"])
def test_every_day_lies_in_the_period_containing_it(kind: str, mode: str) -> None:
    day = date(2023, 12, 1)
    while day < date(2025, 3, 1):
        start, end = period_containing(day, kind, mode).window(mode)
        assert start <= day <= end
        day += timedelta(days=1)


def test_december_cutoff_days_belong_to_next_year() -> None:
    assert period_containing(date(2025, 12, 15), "Y", MODE_CUTOFF).code == "2026-Y"
    assert period_containing(date(2025, 12, 14), "Y", MODE_CUTOFF).code == "2025-Y"
    assert period_containing(date(2025, 12, 20), "M", MODE_CUTOFF).code == "2026-M01"


def test_custom_range() -> None:
    period = Period.parse("2025-07-01..2025-07-31")
    assert period.window(MODE_CUTOFF) == (date(2025, 7, 1), date(2025, 7, 31))
    with pytest.raises(ValidationError, match="sau ngày kết thúc"):
        Period.parse("2025-08-01..2025-07-31")
    with pytest.raises(ValidationError) as refused:
        Period.parse("2025-02-30..2025-03-01")
    assert refused.value.message == (
        'Mã kỳ báo cáo không hợp lệ: "2025-02-30..2025-03-01": không có ngày 2025-02-30'
        " (năm-tháng-ngày)."
    )


@pytest.mark.parametrize("bad", ["2025-M13", "2025-Q5", "2025", "25-Q1", "2025-02-30..2025-03-01"])
def test_bad_codes_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError, match="không hợp lệ"):
        Period.parse(bad)


def test_labels_are_vietnamese() -> None:
    assert Period.parse("2025-Q3").label == "Quý III năm 2025"
    assert Period.parse("2025-M07").label == "Tháng 7 năm 2025"
    assert Period.parse("2025-H1").label == "6 tháng đầu năm 2025"


def test_a_custom_period_inside_a_sentence_starts_in_lower_case() -> None:
    custom = Period.parse("2025-07-01..2025-08-15")
    assert custom.label == "Từ 01/07/2025 đến 15/08/2025"  # headings, titles, lists
    assert custom.in_sentence == "từ 01/07/2025 đến 15/08/2025"
    # Quarters and months keep their capitals anywhere, as official text writes them.
    for code in ("2025-Q3", "2025-M07", "2025-H1", "2025-9M"):
        assert Period.parse(code).in_sentence == Period.parse(code).label
    assert (Period.parse("2025-Y").label, Period.parse("2025-Y").in_sentence) == (
        "Năm 2025",
        "năm 2025",
    )
    assert in_sentence_of("2025-07-01..2025-08-15") == "từ 01/07/2025 đến 15/08/2025"
    assert in_sentence_of("2025-Q3") == "Quý III năm 2025"
    assert in_sentence_of("2025-Q9") == "2025-Q9"


@pytest.mark.parametrize(
    "code",
    ["0000-Q1", "0999-Q1", "2014-Q4", "2101-M01", "9999-Q1", "0000-Y", "0001-01-01..0001-01-31"],
)
def test_years_outside_the_supported_range_are_refused(code: str) -> None:
    with pytest.raises(ValidationError, match=f"năm phải từ {FIRST_YEAR} đến {LAST_YEAR}"):
        Period.parse(code)


def test_a_range_may_start_in_the_year_before_the_first_year() -> None:
    assert Period.parse(f"{FIRST_YEAR}-M01").window(MODE_CUTOFF)[0].year == FIRST_YEAR - 1
    period = Period.parse(f"{FIRST_YEAR - 1}-12-15..{FIRST_YEAR}-01-14")
    assert period.year == FIRST_YEAR
    with pytest.raises(ValidationError, match="năm phải từ"):
        Period.parse(f"{FIRST_YEAR - 2}-12-15..{FIRST_YEAR}-01-14")
    assert Period.parse(f"{LAST_YEAR}-Y").code == f"{LAST_YEAR}-Y"
    assert Period.parse(f"{LAST_YEAR}-01-01..{LAST_YEAR}-12-31").year == LAST_YEAR


def test_a_code_is_named_as_the_pages_name_it_and_a_stray_one_is_kept() -> None:
    assert label_of("2025-Q3") == "Quý III năm 2025"
    assert label_of("2025-Y") == "Năm 2025"
    assert label_of("2025-Q9") == "2025-Q9"  # an edited package's: shown as written
