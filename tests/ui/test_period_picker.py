"""The period picker: previous / next across year ends, and what it shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
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


def test_no_period_after_the_latest_is_offered(qtbot: QtBot) -> None:
    picker = PeriodPicker()
    qtbot.addWidget(picker)
    picker.set_period(Period.parse("2026-Q3"))
    latest = {"Q": Period.parse("2025-Q2"), "Y": Period.parse("2024-Y")}
    picker.set_latest(latest.get)
    assert picker.period().code == "2025-Q2"  # moved back, without a signal
    assert not picker.next_button.isEnabled() and picker.previous_button.isEnabled()
    assert picker.year.maximum() == 2025
    model = picker.number.model()
    offered = [model.flags(model.index(i, 0)) & Qt.ItemFlag.ItemIsEnabled for i in range(4)]
    assert [bool(flag) for flag in offered] == [True, True, False, False]
    with qtbot.waitSignal(picker.changed) as blocker:
        picker.previous_button.click()
    assert blocker.args == [Period.parse("2025-Q1")] and picker.next_button.isEnabled()
    picker.year.setValue(2024)  # a year with every quarter offered, then back to 2025 …
    picker.number.setCurrentIndex(3)
    picker.number.activated.emit(3)
    assert picker.period().code == "2024-Q4"
    with qtbot.waitSignal(picker.changed) as blocker:
        picker.year.setValue(2025)
        picker.year.editingFinished.emit()
    assert blocker.args == [Period.parse("2025-Q2")]  # … whose fourth quarter is not offered
    picker.set_period(Period.parse("2025-Y"))
    assert picker.period().code == "2024-Y" and not picker.next_button.isEnabled()
    picker.set_period(Period.parse("2027-M05"))  # no limit for months
    assert picker.period().code == "2027-M05" and picker.year.maximum() > 2027
