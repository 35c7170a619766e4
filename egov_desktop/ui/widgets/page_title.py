"""A page's title and frame, the same on every page so that the title stays put.

A page taller than a small screen scrolls inside its frame.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

#: The title's object name, to find it (a dialog showing a page under its own title hides it).
PAGE_TITLE = "pageTitle"
#: The margins around a page's content (left, top, right, bottom), its title at the top left.
PAGE_MARGINS = (16, 12, 16, 12)


def page_title(text: str) -> QLabel:
    """The title at the top of a page, above its content."""
    label = QLabel(text)
    label.setObjectName(PAGE_TITLE)
    label.setStyleSheet("font-size: 16pt; font-weight: bold;")
    # A long title beside a page's buttons takes a second line on a small screen rather than
    # making the page wider than the screen.
    label.setWordWrap(True)
    return label


def scrolling_page(page: QWidget) -> tuple[QScrollArea, QVBoxLayout]:
    """The scroll area filling `page` and the layout of its content, with the page margins.

    For a page taller than a 1024×600 screen leaves: it scrolls rather than making the window
    taller than the screen.
    """
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    # Without a frame it shows no focus: a Tab stop on it would seem to lose the keyboard.
    # Its fields still scroll into view as Tab reaches them.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    content = QWidget()
    scroll.setWidget(content)
    layout = QVBoxLayout(content)
    layout.setContentsMargins(*PAGE_MARGINS)
    return scroll, layout
