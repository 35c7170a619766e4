"""Home page: the unit, the current periods, the last backup, and the reports still to file.

Also a warning when the computer's clock is earlier than what the data folder already recorded,
which the user may dismiss by confirming the clock (a clock once set ahead left later moments).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStyle,
    QWidget,
)

from egov_desktop.errors import UserError
from egov_desktop.services.dto import ROLE_COMMUNE, HomeSummary
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.views.todo_view import TodoView
from egov_desktop.ui.widgets.page_title import scrolling_page

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import TodoItem


class HomeView(QWidget):
    """Read-only summary, refreshed whenever the page is shown."""

    def __init__(
        self,
        summary: Callable[[], HomeSummary],
        todo: Callable[[], list[TodoItem]] | None = None,
        parent: QWidget | None = None,
        confirm_clock: Callable[[], None] | None = None,
    ) -> None:
        """`confirm_clock`: records that the computer's clock is right (None: no such button)."""
        super().__init__(parent)
        self._summary = summary
        self._confirm_clock = confirm_clock
        # Taller than a 1024×600 screen leaves with the to-do list: it scrolls rather than
        # making the window taller than the screen.
        scroll, layout = scrolling_page(self)
        self.scroll_area = scroll
        layout.setContentsMargins(24, 24, 24, 24)  # a welcome, roomier than the data pages
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("font-size: 12pt;")
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        self.clock_box = self._clock_box()
        layout.addWidget(self.clock_box)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self._form = form
        self.fields: dict[str, QLabel] = {}
        for key, label in (
            ("unit", self.tr("Unit:")),
            ("province", self.tr("Province / city:")),
            ("role", self.tr("Role:")),
            ("mode", self.tr("Period mode:")),
            ("month", self.tr("Current month:")),
            ("quarter", self.tr("Current quarter:")),
            ("people", self.tr("Officer / head:")),
            ("backup", self.tr("Last backup:")),
            ("folder", self.tr("Data folder:")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        layout.addLayout(form)
        self.todo: TodoView | None = None
        if todo is not None:
            layout.addSpacing(12)
            self.todo = TodoView(todo)
            # Room between a cell's text and the grid lines on either side of it.
            self.todo.table.setStyleSheet("QTableView::item { padding: 0 6px; }")
            layout.addWidget(self.todo)
        layout.addStretch(1)
        self.refresh()

    def _clock_box(self) -> QFrame:
        """The wrong-clock warning, styled as the other warning boxes; hidden until needed."""
        box = QFrame()
        box.setObjectName("clockBox")
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        box.setStyleSheet(
            "#clockBox { background: #fff4d6; border: 1px solid #d9a400; border-radius: 4px; }"
        )
        row = QHBoxLayout(box)
        icon = QLabel()
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.clock_label.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(icon)
        row.addWidget(self.clock_label, 1)
        self.clock_right = QPushButton(self.tr("The clock is right"))
        self.clock_right.setToolTip(
            self.tr(
                "The date and time now shown are right: the later moments were recorded while "
                "the clock was set ahead. Hides this warning until the clock goes back again."
            )
        )
        self.clock_right.clicked.connect(self.confirm_clock)
        self.clock_right.setVisible(self._confirm_clock is not None)
        row.addWidget(self.clock_right, 0, Qt.AlignmentFlag.AlignTop)
        box.hide()
        return box

    def confirm_clock(self) -> None:
        """Ask, then record that the clock is right and hide the warning."""
        if self._confirm_clock is None or not self.ask_clock_right():
            return
        try:
            self._confirm_clock()
        except UserError as error:
            show_user_error(self, error)
        self.refresh()

    def ask_clock_right(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("The clock is right"),
            self.tr(
                "Confirm only after checking the date and time in the corner of the screen. "
                "The later moments in the audit trail will be taken as recorded while the "
                "clock was set ahead. Is the computer's date and time right now?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            # Enter keeps the warning: confirming takes a deliberate "Yes".
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def refresh(self) -> None:
        """Read the summary again."""
        data = self._summary()
        setup = data.setup
        unit = setup.unit
        self.title.setText(unit.name)
        # A province office's own name is the province's: not twice.
        self.subtitle.setText("" if unit.province_name == unit.name else unit.province_name)
        self.subtitle.setVisible(unit.province_name != unit.name)
        place = ", ".join(p for p in (unit.district_name, unit.province_name) if p)
        self.fields["unit"].setText(f"{unit.name} ({unit.code})")
        self.fields["province"].setText(f"{place} ({unit.province_code})")
        # A province office's unit is the province: the same line twice otherwise.
        self._form.setRowVisible(self.fields["province"], unit.code != unit.province_code)
        self.fields["role"].setText(
            self.tr("Commune one-stop office")
            if setup.role == ROLE_COMMUNE
            else self.tr("Aggregating office")
        )
        self.fields["mode"].setText(
            self.tr("Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)")
            if setup.period_mode == "cutoff"
            else self.tr("Calendar periods")
        )
        self.fields["month"].setText(f"{data.current_month.label} {data.current_month.window_text}")
        self.fields["quarter"].setText(
            f"{data.current_quarter.label} {data.current_quarter.window_text}"
        )
        people = " / ".join(p or self.tr("(not set)") for p in (setup.officer, setup.head))
        self.fields["people"].setText(people)
        backup = data.last_backup
        self.fields["backup"].setText(
            self.tr("none yet")
            if backup is None
            else f"{backup.created_at:%d/%m/%Y %H:%M} — {backup.path.name}"
        )
        self.fields["folder"].setText(str(data.data_dir))
        latest = data.last_recorded_at
        behind = data.clock_behind and latest is not None
        if behind and latest is not None:
            self.clock_label.setText(
                self.tr(
                    "The computer's clock shows {now}, earlier than the last time data was "
                    "recorded ({latest}). A wrong date and time makes the due dates, the report "
                    "deadlines and the times in the audit trail wrong: set the computer's date "
                    "and time right (if the computer often goes back in time when it starts, ask "
                    "the IT officer to replace the CMOS battery)."
                )
                .replace("{now}", f"{data.now:%d/%m/%Y %H:%M}")
                .replace("{latest}", f"{latest:%d/%m/%Y %H:%M}")
            )
        self.clock_box.setVisible(behind)
        if self.todo is not None:
            self.todo.refresh()
