"""Where the keyboard lands: the first field a page or dialog is typed in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget


def _field(widget: QWidget) -> QWidget:
    """The field `widget` is part of, as the clerk sees it.

    An editable combo's or a spin box's own line edit is the box: Tab stops once on it.
    """
    parent = widget.parentWidget()
    if isinstance(parent, QComboBox | QAbstractSpinBox):
        return parent
    return widget


def tab_stops(root: QWidget) -> list[QWidget]:
    """The fields under `root` that Tab stops at, in its order: shown and enabled ones."""
    stops: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not None and widget is not root:
        if (
            root.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None  # Tab passes it to the widget it stands for
        ):
            field = _field(widget)
            if not stops or stops[-1] is not field:
                stops.append(field)
        widget = widget.nextInFocusChain()
    return stops


def focus_start(page: QWidget) -> None:
    """Put the keyboard on `page`'s first field.

    That is the page's own choice (its `focus_start()`), else the first field Tab reaches.
    """
    chosen = getattr(page, "focus_start", None)
    if callable(chosen):
        chosen()
        return
    stops = tab_stops(page)
    if stops:
        stops[0].setFocus(Qt.FocusReason.TabFocusReason)
