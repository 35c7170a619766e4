"""A page's title: the same size and place on every page, so it stays put when pages switch."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

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
