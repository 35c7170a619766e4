"""Where the keyboard lands: a page's or dialog's first field, a list's selection seen as such."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QAbstractSpinBox, QComboBox, QWidget


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


#: How much of the selection's colour a list or grid without the keyboard keeps: a light tint,
#: the text on it in the ordinary text colour.
QUIET_SHARE = 0.35


def quiet_when_unfocused(view: QAbstractItemView) -> None:
    """Draw `view`'s selection in a light tint while the keyboard is elsewhere.

    An item view paints its selection with the palette's Inactive group whenever it does not
    have the focus (as when the window is in the background); the styles give that group the
    same strong blue, so after F6 the page list and the grid looked alike and the clerk could
    not tell where the keys would go.
    """
    palette = view.palette()
    active, inactive = QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive
    highlight = palette.color(active, QPalette.ColorRole.Highlight)
    base = palette.color(active, QPalette.ColorRole.Base)
    share = QUIET_SHARE
    tint = QColor.fromRgbF(
        share * highlight.redF() + (1 - share) * base.redF(),
        share * highlight.greenF() + (1 - share) * base.greenF(),
        share * highlight.blueF() + (1 - share) * base.blueF(),
    )
    palette.setColor(inactive, QPalette.ColorRole.Highlight, tint)
    palette.setColor(
        inactive, QPalette.ColorRole.HighlightedText, palette.color(active, QPalette.ColorRole.Text)
    )
    view.setPalette(palette)
