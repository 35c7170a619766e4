"""Why stored figures stay with the period mode they were counted in: the messages' parts."""

from __future__ import annotations

from egov_desktop.domain.period_modes import aggregated_other_mode, stored_in_other_mode
from egov_desktop.domain.periods import Period

Q3 = Period.parse("2025-Q3")
CUTOFF_DAYS = "15/06/2025 – 14/09/2025"
CALENDAR_DAYS = "01/07/2025 – 30/09/2025"


def test_an_override_of_the_mode_in_force_names_both_windows() -> None:
    text, hint = stored_in_other_mode("II.07b", Q3, "cutoff", "calendar", current="cutoff")
    assert CUTOFF_DAYS in text and CALENDAR_DAYS in text
    assert "chốt số liệu theo NĐ 09/2019" in text and "theo lịch" in text
    assert "--apply" not in text and "--new-mode" not in text and hint == ""


def test_an_override_of_a_counted_form_shows_the_count_without_storing_it() -> None:
    text, hint = stored_in_other_mode(
        "II.06a", Q3, "cutoff", "calendar", current="cutoff", counted=True
    )
    assert "egov " not in text  # only a command counts in a mode other than the unit's
    assert "egov stats --form II.06a --period 2025-Q3 --mode calendar (không --apply)" in hint


def test_figures_counted_before_the_mode_changed_say_how_to_count_them_again() -> None:
    text, hint = stored_in_other_mode(
        "II.06a", Q3, "cutoff", "calendar", current="calendar", counted=True
    )
    assert text.index(CUTOFF_DAYS) < text.index(CALENDAR_DAYS)
    assert "Cách tính kỳ đang dùng là theo lịch" in text
    assert "Tính lại từ sổ theo dõi hồ sơ…" in text  # the entry page's button
    # The windows' wording names no command; the command line's hint does.
    assert "egov " not in text and "--" not in text
    assert "--mode cutoff" in hint  # still viewable as counted
    assert "egov stats --form II.06a --period 2025-Q3 --apply" in hint


def test_typed_figures_counted_before_the_mode_changed_are_entered_again() -> None:
    text, hint = stored_in_other_mode("II.07b", Q3, "calendar", "cutoff", current="cutoff")
    assert text.index(CALENDAR_DAYS) < text.index(CUTOFF_DAYS)
    assert "Nhập lại theo cách tính kỳ đang dùng…" in text and "--new-mode" not in text
    assert "--new-mode" in hint and "egov stats" not in text + hint


def test_an_unknown_mode_is_named() -> None:
    text, _ = stored_in_other_mode("II.06a", Q3, "cutoff", "weekly", current="cutoff")
    assert "weekly" in text


def test_an_office_sheet_names_the_units_counted_otherwise() -> None:
    units = ["Phường Ba Đình (00004)", "Phường Ngọc Hà (00008)"]
    text = aggregated_other_mode("II.06a", Q3, "calendar", "cutoff", units)
    assert text.startswith("Biểu II.06a Quý III năm 2025 theo cách tính kỳ theo lịch")
    assert CALENDAR_DAYS in text and CUTOFF_DAYS in text
    assert "2 đơn vị" in text and text.endswith("Phường Ba Đình (00004), Phường Ngọc Hà (00008).")
