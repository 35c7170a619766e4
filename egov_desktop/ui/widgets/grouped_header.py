"""A horizontal header painting a form's merged multi-row header, then the numbering row.

One QHeaderView keeps Qt's own section geometry (resizing, scrolling, hidden columns); only the
painting and the height change, so the merged cells always line up with the grid's columns.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHeaderView, QWidget
from typing_extensions import override

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import FormInfo

#: Space between a header cell's border and its text.
PADDING = 4


@dataclass(frozen=True)
class Span:
    """A merged header cell: top-left (row, column), its extent, and what it says."""

    row: int
    column: int
    row_span: int
    col_span: int
    text: str
    numbering: bool = False

    def covers(self, row: int, column: int) -> bool:
        return (
            self.row <= row < self.row + self.row_span
            and self.column <= column < self.column + self.col_span
        )


@dataclass(frozen=True)
class HeaderLayout:
    """The merged cells of a header with `rows` rows over `columns` columns."""

    rows: int
    columns: int
    spans: tuple[Span, ...]

    @classmethod
    def from_form(cls, form: FormInfo, *, numbering: bool = True) -> HeaderLayout:
        """The form's header rows, plus "(1)" … "(n)" under them as the sheet prints."""
        spans = [Span(c.row, c.column, c.row_span, c.col_span, c.text) for c in form.header]
        rows = max(form.header_rows, 1)
        for index, column in enumerate(form.columns):
            if not any(s.column <= index < s.column + s.col_span for s in spans):
                # A column the definition leaves out still gets its title.
                spans.append(Span(0, index, rows, 1, column.title))
        if numbering:
            spans.extend(
                Span(rows, index, 1, 1, f"({column.number})", numbering=True)
                for index, column in enumerate(form.columns)
            )
            rows += 1
        return cls(rows, len(form.columns), tuple(spans))

    def span_at(self, row: int, column: int) -> Span | None:
        return next((s for s in self.spans if s.covers(row, column)), None)

    def gaps(self) -> list[tuple[int, int]]:
        """Positions no span covers (the header would show a hole there)."""
        return [
            (r, c)
            for r in range(self.rows)
            for c in range(self.columns)
            if self.span_at(r, c) is None
        ]

    def overlaps(self) -> list[tuple[int, int]]:
        """Positions covered twice (two texts painted over each other)."""
        return [
            (r, c)
            for r in range(self.rows)
            for c in range(self.columns)
            if sum(1 for s in self.spans if s.covers(r, c)) > 1
        ]


class GroupedHeaderView(QHeaderView):
    """Paints HeaderLayout spans across the sections; text wraps, rows grow to fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._layout = HeaderLayout(1, 0, ())
        self._heights: list[int] = [self._line_height()]
        self.setSectionsClickable(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.sectionResized.connect(self._relayout)
        self.sectionCountChanged.connect(self._relayout)

    @property
    def header_layout(self) -> HeaderLayout:
        return self._layout

    def set_header_layout(self, layout: HeaderLayout) -> None:
        self._layout = layout
        self._relayout()

    def row_heights(self) -> list[int]:
        return list(self._heights)

    def _line_height(self) -> int:
        return self.fontMetrics().height() + 2 * PADDING

    def _font(self, span: Span) -> QFont:
        font = QFont(self.font())
        if span.numbering:
            font.setItalic(True)
        elif span.row == 0:
            font.setBold(True)  # the top-level groups read first, as on the printed form
        return font

    def _span_width(self, span: Span) -> int:
        return sum(
            self.sectionSize(c)
            for c in range(span.column, min(span.column + span.col_span, self.count()))
            if not self.isSectionHidden(c)
        )

    def _text_height(self, span: Span) -> int:
        width = max(self._span_width(span) - 2 * PADDING, 10)
        metrics = QFontMetrics(self._font(span))
        box = metrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), span.text
        )
        return box.height() + 2 * PADDING

    def _relayout(self, *_args: object) -> None:
        """Row heights that fit every wrapped text at the current column widths."""
        rows = self._layout.rows
        heights = [self._line_height()] * rows
        for span in sorted(self._layout.spans, key=lambda s: s.row_span):
            need = self._text_height(span)
            have = sum(heights[span.row : span.row + span.row_span])
            if need > have:
                # A tall merged cell grows its last row: the rows above keep their fit.
                heights[span.row + span.row_span - 1] += need - have
        if heights != self._heights:
            self._heights = heights
            self.updateGeometry()
            self.geometriesChanged.emit()
        self.viewport().update()

    @override
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setHeight(sum(self._heights))
        return hint

    @override
    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def span_rect(self, span: Span) -> QRect:
        """Where a span is painted, in viewport coordinates."""
        first = next(
            (
                c
                for c in range(span.column, min(span.column + span.col_span, self.count()))
                if not self.isSectionHidden(c)
            ),
            None,
        )
        if first is None:
            return QRect()
        top = sum(self._heights[: span.row])
        height = sum(self._heights[span.row : span.row + span.row_span])
        return QRect(self.sectionViewportPosition(first), top, self._span_width(span), height)

    def spans(self) -> Iterable[Span]:
        return self._layout.spans

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Window))
        grid_pen = palette.color(QPalette.ColorRole.Mid)
        text_color = palette.color(QPalette.ColorRole.WindowText)
        for span in self._layout.spans:
            rect = self.span_rect(span)
            if rect.isEmpty() or not rect.intersects(event.rect()):
                continue
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Button))
            painter.setPen(grid_pen)
            # Right and bottom edges only: neighbours draw the others, so lines stay 1 px.
            painter.drawLine(rect.topRight(), rect.bottomRight())
            painter.drawLine(rect.bottomLeft(), rect.bottomRight())
            painter.setPen(text_color)
            painter.setFont(self._font(span))
            painter.drawText(
                rect.adjusted(PADDING, PADDING, -PADDING, -PADDING),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                span.text,
            )
        painter.end()
