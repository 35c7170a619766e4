from __future__ import annotations

from datetime import date

import pytest

from egov_desktop.export.model import output_file_name, place_date_line, roman


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 1, 5), "Hà Nội, ngày 05 tháng 01 năm 2026"),
        (date(2026, 2, 28), "Hà Nội, ngày 28 tháng 02 năm 2026"),
        (date(2026, 3, 9), "Hà Nội, ngày 09 tháng 3 năm 2026"),
        (date(2025, 12, 15), "Hà Nội, ngày 15 tháng 12 năm 2025"),
    ],
)
def test_place_date_line_pads_as_the_decree_says(day: date, expected: str) -> None:
    """NĐ 30/2020: days below 10 and the months 1 and 2 get a leading zero, other months not."""
    assert place_date_line("Hà Nội", day) == expected


@pytest.mark.parametrize(
    ("number", "text"), [(1, "I"), (2, "II"), (4, "IV"), (9, "IX"), (14, "XIV")]
)
def test_roman(number: int, text: str) -> None:
    assert roman(number) == text


def test_roman_rejects_zero() -> None:
    with pytest.raises(ValueError):
        roman(0)


def test_output_file_name() -> None:
    assert output_file_name("II.06a", "00004", "2025-Q3") == "II.06a_00004_2025-Q3.xlsx"


def test_output_file_name_of_a_custom_period_is_safe_on_windows() -> None:
    name = output_file_name("II.06a", "00004", "2025-07-01..2025-07-31")
    assert name == "II.06a_00004_2025-07-01_2025-07-31.xlsx"
    assert not set(name) & set('<>:"/\\|?*')
