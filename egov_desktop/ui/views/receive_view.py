"""The office's page: packages in, who has reported, accept or return, the reminder text.

Packages come from a file dialog or from an inbox folder (shared drive, USB) watched for new
files. Every import goes through the preview, where conflicting figures are chosen one by one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.domain.text import fold
from egov_desktop.errors import UserError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.completeness import CompletenessService, reminder_text
from egov_desktop.services.entry import EntryService
from egov_desktop.services.filled_import import FilledReportService
from egov_desktop.services.package_import import (
    PackageImportService,
    conflict_refusal,
    update_conflict_refusal,
)
from egov_desktop.services.provenance import ProvenanceService
from egov_desktop.ui.busy import busy
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.views.inbox_panel import InboxPanel, compact_rows
from egov_desktop.ui.views.package_preview_dialog import PackagePreviewDialog
from egov_desktop.ui.widgets.page_title import PAGE_MARGINS, page_title
from egov_desktop.ui.widgets.period_picker import PeriodPicker, shift_period
from egov_desktop.ui.widgets.reason_dialog import ask_reason

logger = logging.getLogger(__name__)

_COLOURS = {
    dto.MISSING: QColor("#f8d7da"),
    dto.RECEIVED: QColor("#fff3cd"),
    dto.ACCEPTED: QColor("#d4edda"),
    dto.RETURNED: QColor("#e2e3e5"),
    dto.ENTERED: QColor("#d1ecf1"),
}
#: Received from some of a 2025 commune's old communes only (periods before the reform).
_PARTIAL = QColor("#fde2c4")


class ReceiveView(QWidget):
    """Completeness matrix, package import with preview, inbox folder, accept / return."""

    imported = Signal()

    def __init__(
        self,
        importer: PackageImportService,
        completeness: CompletenessService,
        replies_folder: Path,
        *,
        settings: QSettings | None = None,
        entry: EntryService | None = None,
        filled: FilledReportService | None = None,
        provenance: ProvenanceService | None = None,
        period_mode: Callable[[], str] = lambda: "cutoff",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._completeness = completeness
        self._replies = replies_folder
        self._entry = entry
        self._filled = filled
        self._provenance = provenance
        self._period_mode = period_mode
        self._today = today
        self.matrix: dto.Completeness | None = None
        #: How a preview is confirmed; tests replace it to answer without a modal dialog.
        self.confirm: Callable[[dto.PackagePreview], dict[str, str] | None] = self._ask
        #: Which of several senders a reply or update is for (old communes merged into one).
        self.pick_sender: Callable[[list[dto.Sender]], dto.Sender | None] = self._ask_sender
        #: How a reason is asked (reason_dialog.ask_reason); tests replace it to answer.
        self.ask_reason: Callable[[QWidget, str, str, str, str], str | None] = ask_reason

        title = page_title(self.tr("Reports from subordinate units"))
        self.period_picker = PeriodPicker()
        current = period_containing(today(), "Q", period_mode())
        self.period_picker.set_period(shift_period(current, -1))
        # A district office collects the periods before the 2025 reform only.
        self.period_picker.set_latest(completeness.last_period)
        self.period_picker.changed.connect(lambda _p: self.refresh())
        self.form_combo = QComboBox()
        self.form_combo.addItem(self.tr("All forms"), None)
        self.form_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.import_button = QPushButton(self.tr("Import packages…"))
        self.import_button.clicked.connect(self.choose_files)
        self.reminder_button = QPushButton(self.tr("Copy reminder"))
        self.reminder_button.clicked.connect(self.copy_reminder)
        top = QHBoxLayout()
        top.addWidget(self.period_picker)
        top.addWidget(self.form_combo)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.reminder_button)

        # Among 126 units in catalogue order a clerk finds one by typing, accents optional.
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a unit by name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._filter())
        self.missing_only = QCheckBox(self.tr("Not yet reported only"))
        self.waiting_only = QCheckBox(self.tr("Waiting for the office only"))
        self.waiting_only.setToolTip(
            self.tr(
                "Units whose report was received and waits to be accepted or returned, or whose "
                "update request waits to be imported"
            )
        )
        for box, other in (
            (self.missing_only, self.waiting_only),
            (self.waiting_only, self.missing_only),
        ):
            # One list or the other: the units to remind, or those the office is to act on.
            box.toggled.connect(lambda on, other=other: self._only(other, on))
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.missing_only)
        filters.addWidget(self.waiting_only)
        # On a line of its own, wrapped: beside the buttons a 1024-pixel screen cut it short.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 2)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        compact_rows(self.table)
        self.table.itemSelectionChanged.connect(self._enable_actions)
        self.accept_button = QPushButton(self.tr("Accept (receipt)"))
        self.accept_button.clicked.connect(lambda: self.accept_selected())
        self.return_button = QPushButton(self.tr("Return…"))
        self.return_button.clicked.connect(self._ask_return)
        self.update_button = QPushButton(self.tr("Import waiting update"))
        self.update_button.clicked.connect(self.apply_update)
        self.enter_button = QPushButton(self.tr("Enter the unit's figures…"))
        self.enter_button.setToolTip(
            self.tr("For a unit without the application: the office types its report")
        )
        self.enter_button.clicked.connect(lambda: self.enter_figures())
        self.enter_button.setVisible(entry is not None)
        self.sources_button = QPushButton(self.tr("Figures and sources…"))
        self.sources_button.setToolTip(
            self.tr(
                "The figures held for the selected unit (or every unit), each with the version "
                "of the package it came from"
            )
        )
        self.sources_button.clicked.connect(lambda: self.show_sources())
        self.sources_button.setVisible(provenance is not None)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.accept_button)
        actions.addWidget(self.return_button)
        actions.addWidget(self.update_button)
        actions.addWidget(self.enter_button)
        actions.addWidget(self.sources_button)
        self._enable_actions()
        matrix_box = QWidget()
        matrix_layout = QVBoxLayout(matrix_box)
        matrix_layout.setContentsMargins(0, 0, 0, 0)
        matrix_layout.addLayout(filters)
        matrix_layout.addWidget(self.table, 1)
        matrix_layout.addWidget(self.summary)
        matrix_layout.addLayout(actions)

        self.inbox = InboxPanel(importer, settings=settings)
        self.inbox.open_requested.connect(lambda path: self.import_files([path]))
        self.inbox.import_all_requested.connect(lambda: self.import_inbox())

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(matrix_box)
        splitter.addWidget(self.inbox)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._add_keys()

    def _add_keys(self) -> None:
        """Ctrl+F finds a unit; F5 reads the period and the inbox folder again."""
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_start)
        QShortcut(QKeySequence(Qt.Key.Key_F5), self, self.refresh)

    def focus_start(self) -> None:
        """The keyboard in the search box, its text selected to be typed over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # -- data ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The matrix read again; the chosen unit stays chosen (after a reply, an import…)."""
        chosen = self.selected_unit()
        form = self.form_combo.currentData()
        try:
            self.matrix = self._completeness.matrix(
                self.period_picker.period().code, [form] if form else None
            )
        except UserError as error:
            show_user_error(self, error)
            return
        if self.form_combo.count() == 1:
            self.form_combo.blockSignals(True)
            for code in self.matrix.forms:
                self.form_combo.addItem(code, code)
            self.form_combo.blockSignals(False)
        self._show_matrix(keep=chosen)
        self.inbox.scan()

    def import_files(self, paths: list[Path]) -> list[dto.PackagePreview]:
        """Preview each package, let the user confirm (and choose conflicts), then import."""
        done: list[dto.PackagePreview] = []
        for path in paths:
            try:
                preview = self._importer.preview(path)
                choices = self.confirm(preview)
                if choices is None:
                    continue
                with busy():
                    result = self._importer.apply(path, choices=choices)
                if result.status == dto.CONFLICT:  # the office typed a figure since the preview
                    raise conflict_refusal(path.name, result)
                done.append(result)
            except UserError as error:
                show_user_error(self, error)
        if done:
            self.imported.emit()
            self.refresh()
        return done

    def accept_selected(self) -> Path | None:
        return self._reply(
            lambda unit, period, catalog: self._importer.accept(
                unit, period, self._replies, catalog=catalog
            )
        )

    def return_selected(self, reason: str) -> Path | None:
        return self._reply(
            lambda unit, period, catalog: self._importer.return_(
                unit, period, reason, self._replies, catalog=catalog
            )
        )

    def apply_update(self) -> None:
        period = self.period_picker.period().code
        try:
            sender = self._sender(period, queued=True)
            if sender is None:
                return
            # Previewed like a package: figures the office typed itself are chosen one by one.
            preview = self._importer.preview_queued(sender[0], period, catalog=sender[1])
            choices = self.confirm(preview)
            if choices is None:
                return
            with busy():
                result = self._importer.apply_queued(
                    sender[0], period, catalog=sender[1], choices=choices
                )
            if result.status == dto.CONFLICT:  # the office typed a figure since the preview
                raise update_conflict_refusal(result)
        except UserError as error:
            show_user_error(self, error)
            return
        self.imported.emit()
        self.refresh()

    def show_period(self, form: str, period: str) -> None:
        """The matrix of one period (a code), narrowed to one form."""
        self.period_picker.set_period(Period.parse(period))
        if self.form_combo.count() == 1:  # the forms are listed by the first refresh
            self.refresh()
        index = self.form_combo.findData(form)
        if index >= 0:
            self.form_combo.setCurrentIndex(index)
        self.refresh()

    def enter_figures(self, *, show: bool = True) -> QDialog | None:
        """Open the entry screen for the selected unit (the office types its figures)."""
        unit = self.selected_unit()
        if unit is None or self._entry is None:
            return None
        from egov_desktop.ui.views.unit_entry_dialog import UnitEntryDialog

        label = self._selected_item()
        name = label.text().rsplit(" (", 1)[0] if label is not None else unit
        form = self.form_combo.currentData() or "II.06a"
        dialog = UnitEntryDialog(
            self._entry,
            unit,
            name,
            form=str(form),
            period=self.period_picker.period().code,
            period_mode=self._period_mode,
            filled=self._filled,
            completeness=self._completeness,
            parent=self,
        )
        if show:
            dialog.exec()
            self.refresh()
        return dialog

    def show_sources(self, *, show: bool = True) -> QDialog | None:
        """The figures behind the totals: the selected unit's, or every unit's."""
        if self._provenance is None:
            return None
        from egov_desktop.ui.views.sources_dialog import SourcesDialog

        dialog = SourcesDialog(
            self._provenance,
            form=str(self.form_combo.currentData() or "II.06a"),
            period=self.period_picker.period().code,
            unit=self.selected_unit(),
            parent=self,
        )
        if show:
            dialog.exec()
        return dialog

    def copy_reminder(self) -> str:
        if self.matrix is None:
            return ""
        text = reminder_text(self.matrix, self._today())
        QGuiApplication.clipboard().setText(text)
        self.summary.setText(self.tr("Reminder copied: paste it into the chat group."))
        return text

    def selected_unit(self) -> str | None:
        item = self._selected_item()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _selected_item(self) -> QTableWidgetItem | None:
        """The chosen unit's name cell ("Phường Ba Đình (00004)"), its code as its data."""
        rows = self.table.selectionModel().selectedRows()
        return self.table.item(rows[0].row(), 0) if rows else None

    def _enable_actions(self) -> None:
        """Acting on one unit waits for it to be chosen (with none a click did nothing at all).

        Importing an update request waits for a unit that has one.
        """
        unit = self.selected_unit()
        for button in (self.accept_button, self.return_button, self.enter_button):
            button.setEnabled(unit is not None)
        queued = {code for code, _version in self.matrix.queued} if self.matrix else set()
        self.update_button.setEnabled(unit in queued)

    # -- inbox -----------------------------------------------------------------------------

    def import_inbox(self) -> list[dto.PackagePreview]:
        """Import every inbox package that is new and free of conflicts, as one batch.

        The message says what stays in the folder and why: a package changing figures the
        office typed waits for a choice, a refused one has its reason in the list.
        """
        conflicts, refused = self.inbox.left_behind()
        ready = self.inbox.ready()
        done: list[dto.PackagePreview] = []
        if ready:
            try:
                with busy():  # one backup, then the batch: a second or two on a large database
                    outcomes = self._importer.apply_many(ready)
            except UserError as error:
                show_user_error(self, error)
                return []
            done = [o for _p, o in outcomes if isinstance(o, dto.PackagePreview)]
            # Listed as ready, then refused or in conflict after the batch's earlier packages.
            conflicts += sum(1 for o in done if o.status == dto.CONFLICT)
            refused += len(outcomes) - len(done)
            self.imported.emit()
            self.refresh()
        imported = sum(1 for o in done if o.status in (dto.IMPORTED, dto.QUEUED))
        self.summary.setText(self.inbox.outcome_text(imported, conflicts, refused))
        return done

    # -- display ---------------------------------------------------------------------------

    def _cell_text(self, entry: dto.CompletenessEntry) -> str:
        if entry.status == dto.MISSING:
            return self.tr("not received")
        if entry.status == dto.ENTERED:
            return self.tr("entered by the office") + self._old_text(entry)
        when = f"{entry.sent_at:%d/%m/%Y}" if entry.sent_at else ""
        timing = self.tr("on time") if entry.on_time else self.tr("late")
        if entry.first_version is not None and entry.first_sent_at is not None:
            # A correction since: the deadline is judged on the report's first version.
            timing += " " + self.tr("(first sent as v{version} on {when})").replace(
                "{version}", str(entry.first_version)
            ).replace("{when}", f"{entry.first_sent_at:%d/%m/%Y}")
        state = {
            dto.RECEIVED: self.tr("received"),
            dto.ACCEPTED: self.tr("accepted"),
            dto.RETURNED: self.tr("returned"),
        }[entry.status]
        text = f"{state} v{entry.version} · {when} · {timing}"
        if entry.other_window is not None:
            text += " · " + self.tr("other days")
        if entry.sent_by:
            text += " · " + self.tr("from old communes")
        return text + self._old_text(entry)

    def _old_text(self, entry: dto.CompletenessEntry) -> str:
        """How many of a merged commune's old communes the office holds (some only)."""
        if not entry.partial:
            return ""
        return " · " + self.tr("figures of {received} of {expected} old communes held").replace(
            "{received}", str(entry.old_received)
        ).replace("{expected}", str(entry.old_expected))

    def _only(self, other: QCheckBox, on: bool) -> None:
        if on and other.isChecked():
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self._filter()

    def _filter(self) -> None:
        """The rows shown again; the chosen unit stays chosen while it is among them."""
        self._show_matrix(keep=self.selected_unit())

    def _shown(self, matrix: dto.Completeness, names: dict[str, str]) -> list[str]:
        """The units the search and the filters let through, in catalogue order."""
        words = fold(self.search.text()).split()
        wanted: set[str] | None = None
        if self.missing_only.isChecked():
            wanted = {code for code, _ in matrix.missing_units()}
        elif self.waiting_only.isChecked():
            wanted = {e.unit_code for e in matrix.entries if e.status == dto.RECEIVED}
            wanted |= {code for code, _version in matrix.queued}
        return [
            code
            for code, name in names.items()
            if (wanted is None or code in wanted)
            and all(word in fold(f"{name} {code}") for word in words)
        ]

    def _show_matrix(self, *, keep: str | None = None) -> None:
        matrix = self.matrix
        if matrix is None:
            return
        forms = list(matrix.forms)
        units: dict[str, dict[str, dto.CompletenessEntry]] = {}
        names: dict[str, str] = {}
        for entry in matrix.entries:
            units.setdefault(entry.unit_code, {})[entry.form] = entry
            names[entry.unit_code] = entry.unit_name
        missing = {code for code, _ in matrix.missing_units()}
        # Named in the unit's row: among 126 units the summary's count alone finds none of them.
        waiting = dict(matrix.queued)
        shown = self._shown(matrix, names)
        self.table.clear()
        self.table.setColumnCount(1 + len(forms))
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), *forms])
        self.table.setRowCount(len(shown))
        for row, code in enumerate(shown):
            item = QTableWidgetItem(f"{names[code]} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.table.setItem(row, 0, item)
            for column, form in enumerate(forms, start=1):
                entry = units[code][form]
                text = self._cell_text(entry)
                if code in waiting:
                    text += " · " + self.tr("v{version} waits as an update request").replace(
                        "{version}", str(waiting[code])
                    )
                cell = QTableWidgetItem(text)
                cell.setBackground(_PARTIAL if entry.partial else _COLOURS[entry.status])
                tips = [entry.reason] if entry.reason else []
                if entry.other_window is not None:
                    start, end = entry.other_window
                    tips.append(
                        self.tr("The unit counted the period from {start} to {end}.")
                        .replace("{start}", f"{start:%d/%m/%Y}")
                        .replace("{end}", f"{end:%d/%m/%Y}")
                    )
                if entry.sent_by:
                    tips.append(
                        self.tr("Sent by: {units}").replace("{units}", "; ".join(entry.sent_by))
                    )
                if entry.old_entered:
                    tips.append(
                        self.tr("Entered by the office for: {units}").replace(
                            "{units}", "; ".join(entry.old_entered)
                        )
                    )
                if entry.old_missing:
                    tips.append(
                        self.tr("Not yet received from: {units}").replace(
                            "{units}", "; ".join(entry.old_missing)
                        )
                    )
                if tips:
                    cell.setToolTip("\n".join(tips))
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 1 + len(forms)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if keep in shown:
            self.table.selectRow(shown.index(keep))
            self.table.scrollTo(self.table.model().index(shown.index(keep), 0))
        complete = len(units) - len(missing)
        queued = (
            " "
            + self.tr("{count} update request(s) waiting.").replace(
                "{count}", str(len(matrix.queued))
            )
            if matrix.queued
            else ""
        )
        self.summary.setText(
            self.tr("{done} of {total} units have sent every report.")
            .replace("{done}", str(complete))
            .replace("{total}", str(len(units)))
            + queued
            + self._shown_text(len(shown), len(units))
        )
        self._enable_actions()

    def _shown_text(self, shown: int, total: int) -> str:
        """How many rows the search and filters leave (the counts above are of every unit)."""
        if shown == total:
            return ""
        return " " + self.tr("Showing {shown} of {total} units.").replace(
            "{shown}", str(shown)
        ).replace("{total}", str(total))

    # -- dialogs ---------------------------------------------------------------------------

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import packages"), "", self.tr("Report packages (*.egov)")
        )
        if chosen:
            self.import_files([Path(p) for p in chosen])

    def _ask(self, preview: dto.PackagePreview) -> dict[str, str] | None:
        dialog = PackagePreviewDialog(preview, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()

    def _ask_return(self) -> None:
        label = self._selected_item()
        if label is None:
            return
        reason = self.ask_reason(
            self,
            self.tr("Return the report"),
            f"{label.text()} — {self.period_picker.period().label}",
            self.tr(
                "The unit receives a return file with this reason; its report is reopened for "
                "it to correct and send again."
            ),
            self.tr("Return"),
        )
        if reason is not None:
            self.return_selected(reason)

    def _sender(self, period: str, *, queued: bool = False) -> tuple[str, str | None] | None:
        """(code, catalogue) of the selected unit's sender; the user picks one of several.

        Several: old communes' packages of a pre-reform period, shown under the 2025 commune
        that took them over. None: nothing selected or the user cancelled.
        """
        unit = self.selected_unit()
        if unit is None:
            return None
        found = self._importer.senders(unit, period, queued=queued)
        if len(found) <= 1:
            return (found[0].code, found[0].catalog) if found else (unit, None)
        chosen = self.pick_sender(found)
        return None if chosen is None else (chosen.code, chosen.catalog)

    def _ask_sender(self, senders: list[dto.Sender]) -> dto.Sender | None:
        labels = [f"{s.name} ({s.code})" for s in senders]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Choose the unit"),
            self.tr("Several old communes sent packages for this period. Which one?"),
            labels,
            0,
            False,
        )
        return senders[labels.index(label)] if ok and label in labels else None

    def _reply(self, make: Callable[[str, str, str | None], Path]) -> Path | None:
        period = self.period_picker.period().code
        try:
            sender = self._sender(period)
            if sender is None:
                return None
            path = make(sender[0], period, sender[1])
        except UserError as error:
            show_user_error(self, error)
            return None
        self.refresh()
        self.summary.setText(
            self.tr("Reply written: {path}. Send this file to the unit.").replace(
                "{path}", str(path)
            )
        )
        return path
