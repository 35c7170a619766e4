"""A page's message under its grid: wrapped, selectable, as tall as it needs up to a bound.

Some refusals run to several lines of Vietnamese (the carry-over across period modes says both
windows, the days between them and what to do instead). A plain label cut them off on a small
screen; here the text wraps to the bar's width, grows up to MAX_LINES lines and scrolls beyond,
so the grid above keeps its rows. The user can select and copy it, or close the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)
from typing_extensions import override

#: Lines shown before the text scrolls: a whole carry-over refusal at 1024 pixels wide.
MAX_LINES = 6

_STYLE = {
    True: "#messageBar { background: #fdecea; border: 1px solid #e3a5a0; border-radius: 4px; }"
    " #messageBar QLabel { color: #8a1010; }",
    False: "#messageBar { background: #eaf2fb; border: 1px solid #a9c5e3; border-radius: 4px; }"
    " #messageBar QLabel { color: #1d3a57; }",
}


class MessageBar(QFrame):
    """One message at a time, an error or a notice; hidden while there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        #: The message shown is a refusal or a failure (not a notice).
        self.error = False
        self.icon = QLabel()
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        #: The text, scrolled when it runs past MAX_LINES lines.
        self.area = QScrollArea()
        self.area.setWidget(self.label)
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The bar's colour shows through the text's background (setWidget turned it on).
        self.label.setAutoFillBackground(False)
        self.area.viewport().setAutoFillBackground(False)
        # Another width wraps the text into another number of lines.
        self.area.viewport().installEventFilter(self)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close this message"))
        self.close_button.setAccessibleName(self.tr("Close this message"))
        self.close_button.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 6, 4, 6)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.area, 1)
        row.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def show_text(self, text: str, *, error: bool = False) -> None:
        """Show `text` (an error in red); an empty text hides the bar."""
        self.error = error and bool(text)
        self.label.setText(text)
        if not text:
            self.hide()
            return
        self.setStyleSheet(_STYLE[self.error])
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if self.error
            else QStyle.StandardPixmap.SP_MessageBoxInformation
        )
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        self.show()
        self._fit()

    def clear(self) -> None:
        self.show_text("")

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """As tall as the wrapped text, at most MAX_LINES lines; the rest scrolls."""
        width = self.area.viewport().width()
        if width <= 0:
            return
        needed = self.label.heightForWidth(width)
        if needed < 0:  # no text
            return
        line = self.label.fontMetrics().lineSpacing()
        limit = MAX_LINES * line + 2 * self.label.margin()
        height = min(needed, limit)
        if self.area.height() != height:
            self.area.setFixedHeight(height)
