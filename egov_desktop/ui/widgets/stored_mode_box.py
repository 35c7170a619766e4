"""The box above the entry grid for a report counted in another period mode (domain.md §5.1)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period


def days(period: Period, mode: str) -> str:
    """The period's window in `mode`: "15/06/2025 – 14/09/2025"."""
    start, end = period.window(mode)
    return f"{start:%d/%m/%Y} – {end:%d/%m/%Y}"


class StoredModeBox(QFrame):
    """Why a report's figures are not shown in the current mode, and the three ways on.

    The page connects the buttons: see the figures as counted, recount them from the
    register, or enter them again in the current mode.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("modeBox")
        # As tall as its text: the grid below keeps the rest of the page.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setStyleSheet(
            "#modeBox { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
        )
        box = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.as_counted_button = QPushButton(self.tr("Show the figures as counted (read only)"))
        self.recount_button = QPushButton(self.tr("Recount from the register…"))
        self.adopt_button = QPushButton(self.tr("Enter them again in the current period mode…"))
        for button in (self.as_counted_button, self.recount_button, self.adopt_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addWidget(self.title)
        box.addWidget(self.text)
        box.addLayout(buttons)
        self.hide()

    def show_refusal(self, title: str, message: str, *, as_counted: bool, recount: bool) -> None:
        """The figures are refused in the current mode: `message` says why."""
        self.title.setText(title)
        self.text.setText(message)
        self.as_counted_button.setVisible(as_counted)
        self.recount_button.setVisible(recount)
        self.adopt_button.setVisible(True)
        self.show()

    def show_reentry(self, period: Period, counted: str, mode: str) -> None:
        """While entering again: the figures shown are still those counted in `counted`."""
        self.title.setText(self.tr("Entering the figures again in the current period mode"))
        self.text.setText(
            self.tr(
                "The figures below were counted over {counted}, not over {window}. Correct "
                "every figure that differs; the report is stored in the current mode as soon as "
                "a figure is saved."
            )
            .replace("{counted}", days(period, counted))
            .replace("{window}", days(period, mode))
        )
        for button in (self.as_counted_button, self.recount_button, self.adopt_button):
            button.setVisible(False)
        self.show()
