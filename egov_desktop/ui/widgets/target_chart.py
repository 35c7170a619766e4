"""A unit's figures for one target as a QtCharts line, with the target line up to the deadline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCharts import (
    QAbstractSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QWidget
from typing_extensions import override

from egov_desktop.services.targets_dto import TargetProgress

#: Colours of the flags (domain/targets.py), shared with the dashboard's table.
FLAG_COLOURS = {
    "achieved": "#1b7f3b",
    "on_track": "#2e7d32",
    "at_risk": "#c77700",
    "missed": "#c62828",
    "no_data": "#757575",
}
#: The trend's own colour: drawn in the figures' (flag) colour, the two legend entries looked
#: the same; no flag uses purple, nor does the target's blue line.
TREND_COLOUR = "#6a1b9a"
#: The chart's width from which the target's legend entry names its deadline too.
_WIDE_LEGEND = 560


def _qdt(day: date) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0))


def _ms(day: date) -> float:
    return float(_qdt(day).toMSecsSinceEpoch())


class TargetChart(QChartView):
    """Trend of one unit against one target: figures, the target line and the deadline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._axis_y: QValueAxis | None = None
        self._goal: QLineSeries | None = None
        self._trend: QLineSeries | None = None
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)
        self._chart = QChart()
        self._chart.setMargins(QMargins(4, 4, 4, 4))
        self._chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # Each entry a sample of its line (dashed target, dash-dotted trend), not a square of
        # its colour alone.
        self._chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        # A narrow window shortens the entries: hovering one shows it whole.
        self._chart.legend().setShowToolTips(True)
        # The plot's height is known once the chart is laid out, after each change.
        self._chart.plotAreaChanged.connect(lambda _area: self._fit_ticks())
        legend_font = QFont()
        legend_font.setPointSize(8)
        self._chart.legend().setFont(legend_font)
        self.setChart(self._chart)
        self.progress: TargetProgress | None = None
        #: The series that have a legend entry.
        self._named: list[QAbstractSeries] = []

    def series_names(self) -> list[str]:
        """Names of the series shown (for tests and accessibility)."""
        return [s.name() for s in self._chart.series()]

    def legend_colours(self) -> dict[str, str]:
        """Colour of each legend entry's sample, by name (for tests)."""
        return {
            m.label(): m.brush().color().name()
            for m in self._chart.legend().markers()
            if m.series() in self._named
        }

    def legend_names(self) -> list[str]:
        """Names of the entries the legend shows."""
        return [m.label() for m in self._chart.legend().markers() if m.series() in self._named]

    def show_progress(self, progress: TargetProgress | None) -> None:
        """Draw `progress`; None clears the chart."""
        self.progress = progress
        chart = self._chart
        chart.removeAllSeries()
        self._named = []
        for axis in chart.axes():
            chart.removeAxis(axis)
        self._axis_y = self._goal = self._trend = None
        if progress is None:
            chart.setTitle("")
            self.setToolTip("")
            return
        target = progress.target
        title_font = QFont()
        title_font.setPointSize(10)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitle(f"{target.name} — {progress.unit_name}")
        # A plan's wording of its target is a long sentence: the title is cut short to one line.
        self.setToolTip(chart.title())
        colour = QColor(FLAG_COLOURS.get(progress.flag, "#1565c0"))

        figures = QLineSeries()
        figures.setName(self.tr("Unit's figures"))
        figures.setPen(QPen(colour, 2.5))
        dots = QScatterSeries()
        dots.setName(self.tr("Reported periods"))
        dots.setMarkerSize(9)
        dots.setColor(colour)
        dots.setBorderColor(colour)
        values = [(p.day, p.value) for p in progress.points if p.value is not None]
        for day, value in values:
            figures.append(_ms(day), value)
            dots.append(_ms(day), value)

        first = min([d for d, _ in values] + [target.deadline], default=target.deadline)
        if progress.points:
            first = min(first, progress.points[0].day)
        else:
            # Nothing reported yet: the year up to the deadline (else six ticks in one month).
            first = target.deadline - timedelta(days=365)
        goal = QLineSeries()
        self._goal = goal
        dashed = QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine)
        goal.setPen(dashed)
        goal.append(_ms(first), target.target)
        goal.append(_ms(target.deadline), target.target)
        deadline = QLineSeries()
        deadline.setName(self.tr("Deadline"))
        deadline.setPen(QPen(QColor("#616161"), 1, Qt.PenStyle.DotLine))
        top = _top(target.target, [v for _, v in values], target.kind)
        deadline.append(_ms(target.deadline), 0)
        deadline.append(_ms(target.deadline), top)

        trend = QLineSeries()
        self._trend = trend
        trend.setPen(QPen(QColor(TREND_COLOUR), 1.5, Qt.PenStyle.DashDotLine))
        if values and progress.projected is not None and values[-1][0] < target.deadline:
            trend.append(_ms(values[-1][0]), values[-1][1])
            trend.append(_ms(target.deadline), min(max(progress.projected, 0.0), top))

        axis_x = QDateTimeAxis()
        axis_x.setFormat("MM/yyyy")
        axis_x.setTickCount(6)
        start = _qdt(first)
        axis_x.setRange(start.addDays(-15), _qdt(target.deadline).addDays(30))
        axis_y = QValueAxis()
        axis_y.setRange(0, top)
        axis_y.setLabelFormat("%.0f%%" if target.kind == "ratio" else "%.0f")
        # Ticks at round figures from 0, as many as the plot's height has room for: QtCharts
        # draws a label taller than its tick's room as "…" (every label of a short chart).
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        self._axis_y = axis_y
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        for series in (goal, deadline, trend, figures, dots):
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        # The deadline explains itself on the axis and the dots are the figures' own points;
        # a line with nothing drawn has no entry either: the legend fits a 1024-wide window.
        self._named = [s for s in (goal, trend, figures) if s.count() > 0]
        for shown in chart.series():
            chart.legend().markers(shown)[0].setVisible(shown in self._named)
        self._fit_legend()
        self._fit_ticks()

    @override
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_legend()
        self._fit_ticks()

    def _fit_legend(self) -> None:
        """Short legend entries in a narrow chart.

        The target without its deadline (the dotted line is it), the trend as "Trend". Whole,
        each of the three entries was cut to a few words and "…" in a 1024-wide window; the
        deadline stays in the table above.
        """
        progress, goal = self.progress, self._goal
        if progress is None or goal is None:
            return
        target = progress.target
        value = _number(target.target, target.kind)
        full = (
            self.tr("Target: %1 by %2")
            .replace("%1", value)
            .replace("%2", f"{target.deadline:%d/%m/%Y}")
        )
        short = self.width() < _WIDE_LEGEND
        goal.setName(self.tr("Target: %1").replace("%1", value) if short else full)
        if self._trend is not None:
            self._trend.setName(self.tr("Trend") if short else self.tr("Trend to the deadline"))
        for series in (goal, self._trend):
            markers = self._chart.legend().markers(series) if series is not None else []
            if markers:
                markers[0].setVisible(series in self._named)

    def y_ticks(self) -> list[float]:
        """The values the y axis labels, from 0 (for tests)."""
        axis = self._axis_y
        if axis is None:
            return []
        step = axis.tickInterval()
        return [step * i for i in range(int(axis.max() // step) + 1)]

    def _fit_ticks(self) -> None:
        """The y axis's step: the smallest round one whose labels each have their line's room."""
        axis = self._axis_y
        if axis is None:
            return
        line = QFontMetrics(axis.labelsFont()).height() * 1.5
        # Until the chart is laid out again, its height less its title, legend and x axis.
        room = min(self._chart.plotArea().height(), self.height() - 6 * line)
        most = max(int(room // line), 2)
        step = _step(axis.max(), most)
        if step != axis.tickInterval():
            axis.setTickInterval(step)


def _number(value: float, kind: str) -> str:
    text = f"{value:g}".replace(".", ",")
    return text + "%" if kind == "ratio" else text


def _step(top: float, most: int) -> float:
    """The smallest whole 1, 2, 2.5 or 5 × 10ⁿ dividing 0..`top` into at most `most` steps.

    Whole: the labels show whole numbers (2.5 would read "2").
    """
    magnitude = 1.0
    while True:
        for factor in (1.0, 2.0, 2.5, 5.0):
            step = factor * magnitude
            if step.is_integer() and top / step <= most:
                return step
        magnitude *= 10


def _top(target: float, values: list[float], kind: str) -> float:
    if kind == "ratio":
        # Headroom above 100 % keeps the target line off the plot's frame.
        return 110.0
    highest = max([target, *values])
    return float(max(10, int(highest * 1.2) + 1))
