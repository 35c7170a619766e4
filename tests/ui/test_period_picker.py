"""The period picker: previous / next across year ends, and what it shows."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from egov_desktop.domain.periods import Period
from egov_desktop.ui.widgets.period_picker import PeriodPicker, shift_period


@pytest.mark.parametrize(
    ("code", "step", "expected"),
    [
        ("2025-Q4", 1, "2026-Q1"),
        ("2025-Q1", -1, "2024-Q4"),
        ("2025-M12", 1, "2026-M01"),
        ("2025-M01", -13, "2023-M12"),
        ("2025-H1", -1, "2024-H2"),
        ("2025-9M", 1, "2026-9M"),
        ("2025-Y", -1, "2024-Y"),
    ],
)
def test_shift_period(code: str, step: int, expected: str) -> None:
    assert shift_period(Period.parse(code), step).code == expected


def test_buttons_and_choices_emit_the_new_period(qtbot: QtBot) -> None:
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.set_period(Period.parse("2025-Q4"))
    assert picker.number.currentText() == "Quarter IV"
    assert picker.year.value() == 2025
    with qtbot.waitSignal(picker.changed) as blocker:
        picker.next_button.click()
    assert blocker.args == [Period.parse("2026-Q1")]
    with qtbot.waitSignal(picker.changed) as blocker:
        picker.number.setCurrentIndex(2)  # what choosing "Quý III" in the list does
        picker.number.activated.emit(2)
    assert blocker.args == [Period.parse("2026-Q3")]
    picker.set_period(Period.parse("2025-M07"))
    assert picker.number.count() == 12 and picker.number.currentText() == "Month 07"
    picker.set_period(Period.parse("2025-Y"))
    assert not picker.number.isEnabled()


@pytest.mark.parametrize("code", ["2025-Q3", "2025-M12", "2025-H2", "2025-9M", "2025-Y"])
def test_a_crowded_row_cannot_cut_the_period_text(
    qtbot: QtBot, vietnamese: None, code: str
) -> None:
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.number.minimumSizeHint()  # a layout measures the page before any period is set
    picker.set_period(Period.parse(code))
    longest = max(
        picker.number.fontMetrics().horizontalAdvance(picker.number.itemText(i))
        for i in range(picker.number.count())
    )
    floor = max(picker.number.minimumWidth(), picker.number.minimumSizeHint().width())
    assert floor > longest
