import pytest

from egov_desktop.domain.indicators import NOT_APPLICABLE, Ratio, ii06a_rates


def test_percent_rounds_half_up_to_one_decimal() -> None:
    assert Ratio(156, 349).percent == 44.7
    assert Ratio(1, 8).percent == 12.5
    assert Ratio(1, 16).percent == 6.3  # 6.25 rounds up, not to even
    assert Ratio(2, 3).text() == "66,7%"


def test_zero_denominator_is_not_applicable() -> None:
    assert Ratio(0, 0).percent is None
    assert Ratio(0, 0).text() == NOT_APPLICABLE


def test_ratios_add_as_counts() -> None:
    assert (Ratio(1, 2) + Ratio(3, 4)) == Ratio(4, 6)


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        Ratio(-1, 3)


def test_ii06a_rates_from_the_press_example() -> None:
    """baodongkhoi.vn 06/2021 (domain.md §6.1): 4.561 of 5.650 resolved, 80,7%."""
    row = {
        3: 5650,
        4: 1250,
        5: 3322,
        6: 1078,
        7: 4561,
        8: 4000,
        9: 547,
        10: 14,
        11: 1089,
        12: 1000,
        13: 89,
    }
    rates = ii06a_rates(row)
    assert rates["completion_rate"].text() == "80,7%"
    assert rates["on_time_rate"].percent == 99.7
    assert rates["overdue_rate"].percent == 0.3
    assert rates["online_receipt_rate"] == Ratio(1250, 1250 + 3322)
    assert ii06a_rates(row, online_base="all")["online_receipt_rate"] == Ratio(1250, 5650)
    assert rates["pending_overdue_rate"] == Ratio(89, 1089)


def test_empty_row_gives_not_applicable_everywhere() -> None:
    assert all(r.percent is None for r in ii06a_rates({}).values())
