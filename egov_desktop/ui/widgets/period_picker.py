"""Chooses a reporting period of one kind: previous / number / year / next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QSpinBox, QWidget

from egov_desktop.domain.periods import FIRST_YEAR, LAST_YEAR, Period

_ROMAN = ("I", "II", "III", "IV")
#: Kinds with several periods a year, told apart by their number.
_NUMBERED = ("M", "Q", "H")


def shift_period(period: Period, step: int) -> Period:
    """The period `step` periods after (or before, when negative) `period`, same kind."""
    if period.kind in ("9M", "Y"):
        return Period(period.year + step, period.kind)
    if period.kind == "custom":
        raise ValueError("a custom range has no neighbours")
    per_year = {"M": 12, "Q": 4, "H": 2}[period.kind]
    index = period.year * per_year + (period.number - 1) + step
    return Period(index // per_year, period.kind, index % per_year + 1)


def _order(period: Period) -> tuple[int, int]:
    """Where a period stands among those of its kind."""
    return period.year, period.number


class PeriodPicker(QWidget):
    """Emits `changed` with the new Period when the user picks another one."""

    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kind = "Q"
        #: Kind -> the latest period offered (None: no limit).
        self._latest: Callable[[str], Period | None] = lambda _kind: None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.previous_button = QPushButton("◀")
        self.previous_button.setToolTip(self.tr("Previous period"))
        self.previous_button.setFixedWidth(32)
        self.number = QComboBox()
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, LAST_YEAR)
        self.year.setPrefix(self.tr("Year "))
        self.next_button = QPushButton("▶")
        self.next_button.setToolTip(self.tr("Next period"))
        self.next_button.setFixedWidth(32)
        for widget in (self.previous_button, self.number, self.year, self.next_button):
            layout.addWidget(widget)
        # Measured again whenever the choices change (see set_period).
        self.number.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.number.activated.connect(lambda _i: self._emit())
        self.year.editingFinished.connect(self._year_edited)
        # While the year is typed or stepped, before it is taken: the numbers it offers.
        self.year.valueChanged.connect(lambda _y: self._offer(self._latest(self._kind)))
        self._shown = Period(2025, "Q", 1)

    def set_latest(self, latest: Callable[[str], Period | None]) -> None:
        """Offer no period after `latest(kind)`; the one shown moves back to it if later.

        Does not emit `changed`: the caller shows the period it reads back.
        """
        self._latest = latest
        self.set_period(self._shown)

    def _names(self, kind: str) -> list[str]:
        if kind == "M":
            return [self.tr("Month {n}").replace("{n}", f"{m:02d}") for m in range(1, 13)]
        if kind == "Q":
            return [self.tr("Quarter {n}").replace("{n}", r) for r in _ROMAN]
        if kind == "H":
            return [self.tr("First six months"), self.tr("Last six months")]
        if kind == "9M":
            return [self.tr("Nine months")]
        return [self.tr("Whole year")]

    def set_period(self, period: Period) -> None:
        """Show `period` (its kind decides the choices) without emitting `changed`.

        A period after the latest offered shows the latest instead.
        """
        latest = self._latest(period.kind)
        if latest is not None and _order(period) > _order(latest):
            period = latest
        self.blockSignals(True)
        if period.kind != self._kind or self.number.count() == 0:
            self._kind = period.kind
            self.number.clear()
            self.number.addItems(self._names(period.kind))
            # The combo's own minimum is measured once, before any choice is in the list, so a
            # crowded row cut "Quý III" or "6 tháng đầu năm": the longest choice is the floor.
            self.number.setMinimumWidth(self.number.sizeHint().width())
        self.number.setEnabled(self.number.count() > 1)
        self.year.setMaximum(latest.year if latest is not None else LAST_YEAR)
        self.number.setCurrentIndex(max(period.number - 1, 0))
        self.year.setValue(period.year)
        self._shown = period
        self._offer(latest)
        self.blockSignals(False)

    def _offer(self, latest: Period | None) -> None:
        """Grey out the choices after `latest` in the year shown, and ▶ when it is shown."""
        model = self.number.model()
        assert isinstance(model, QStandardItemModel)
        for index in range(self.number.count()):
            later = latest is not None and _order(
                Period(self.year.value(), self._kind, index + 1 if self._kind in _NUMBERED else 0)
            ) > _order(latest)
            item = model.item(index)
            if item is not None:
                item.setEnabled(not later)
        self.next_button.setEnabled(
            latest is None or _order(shift_period(self._shown, 1)) <= _order(latest)
        )

    def period(self) -> Period:
        if self._kind in _NUMBERED:
            return Period(self.year.value(), self._kind, self.number.currentIndex() + 1)
        return Period(self.year.value(), self._kind)

    def _step(self, step: int) -> None:
        self.set_period(shift_period(self.period(), step))
        self._emit()

    def _year_edited(self) -> None:
        if self.period() != self._shown:
            # In the latest year offered, a later number chosen before moves back.
            self.set_period(self.period())
            self._emit()

    def _emit(self) -> None:
        self._shown = self.period()
        self.changed.emit(self._shown)
