"""Import a register from Excel: mapping of unknown columns, a preview, then one transaction.

Nothing is written before the user has seen the preview; the service makes a backup first and
writes everything or nothing. Reading a large file runs in a worker thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain import messages
from egov_desktop.domain.register_columns import NOT_USED
from egov_desktop.errors import UserError
from egov_desktop.services.register_dto import ImportLayout, ImportPreview
from egov_desktop.services.register_reading import MAPPABLE
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.widgets.screen_fit import fit_to_screen
from egov_desktop.ui.workers import BackgroundJob, Job

if TYPE_CHECKING:
    from egov_desktop.services.register_import import RegisterImportService


class RegisterImportDialog(QDialog):
    """Choose → (map) → preview → import → what it did; `imported` holds the applied result.

    Once applied, the dialog stays open with the result, the notes saying what the import did,
    until the user closes it.
    """

    def __init__(
        self,
        importer: RegisterImportService,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._importer = importer
        self._today = today
        self.path: Path | None = None
        self.preview: ImportPreview | None = None
        self.imported: ImportPreview | None = None
        self._job: BackgroundJob | None = None
        # Once the column list was shown, the user's choices are the mapping (remembered
        # mappings are only tried on a file the user has not spoken about).
        self._editing = False
        self.setWindowTitle(self.tr("Import register from Excel"))
        # The rows to fix are the point of the preview: as many as the screen has room for.
        fit_to_screen(self, 960, 700)
        layout = QVBoxLayout(self)
        self.file_label = QLabel()
        self.file_label.setWordWrap(True)
        layout.addWidget(self.file_label)
        self.mapping_label = QLabel(
            self.tr(
                "Say what each column holds; “(not used)” leaves a column out. "
                "The choice is remembered for files like this one:"
            )
        )
        self.mapping_label.setWordWrap(True)
        layout.addWidget(self.mapping_label)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("Holds")])
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.mapping)
        self.reread_button = QPushButton(self.tr("Read again with this mapping"))
        self.reread_button.clicked.connect(self.read)
        layout.addWidget(self.reread_button)
        self.edit_button = QPushButton(self.tr("Change what each column is read as…"))
        self.edit_button.setToolTip(
            self.tr("For a column read as the wrong thing, or one to leave out")
        )
        self.edit_button.clicked.connect(self.edit_columns)
        layout.addWidget(self.edit_button)
        # The headline stands out; the notes under it are read as ordinary text.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.summary)
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.notes_label.hide()
        layout.addWidget(self.notes_label)
        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        self.columns_label.setStyleSheet("color: #555;")
        layout.addWidget(self.columns_label)
        # Rows left out, and rows kept with a date missing or a status their dates contradict,
        # in the file's order.
        self.rejected_table = QTableWidget(0, 3)
        self.rejected_table.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Result"), self.tr("Reason")]
        )
        self.rejected_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.rejected_table.setWordWrap(True)
        self.rejected_table.verticalHeader().setVisible(False)
        layout.addWidget(self.rejected_table, 1)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.apply)
        self.close_button.clicked.connect(self._close)
        layout.addWidget(self.buttons)
        self._layout: ImportLayout | None = None
        self._show_mapping(None)
        self.import_button.setEnabled(False)

    # -- steps -----------------------------------------------------------------------------

    def choose_file(self, path: Path | None = None) -> bool:
        """Pick the file (a dialog unless given), then read it; False when cancelled."""
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import register from Excel"),
                "",
                self.tr("Excel files (*.xlsx *.xls)"),
            )
            if not chosen:
                return False
            path = Path(chosen)
        self.path = path
        self.file_label.setText(self.tr("File: {path}").replace("{path}", str(path)))
        self.read()
        return True

    def chosen_mapping(self) -> dict[str, str]:
        """Header text → field (or NOT_USED) for every listed column; {} before any is listed."""
        out: dict[str, str] = {}
        if not self._editing:
            return out
        for row in range(self.mapping.rowCount()):
            header = self.mapping.item(row, 0)
            combo = self.mapping.cellWidget(row, 1)
            if header is not None and isinstance(combo, QComboBox):
                out[header.text()] = str(combo.currentData() or NOT_USED)
        return out

    def edit_columns(self) -> None:
        """List every column with what it is read as, for the user to change."""
        self._editing = True
        self._show_mapping(self._layout)

    def read(self) -> None:
        """Preview the file with the current mapping (in a worker thread)."""
        assert self.path is not None
        path, mapping, today = self.path, self.chosen_mapping() or None, self._today()

        def run(_report: Callable[[int, str], None]) -> tuple[ImportLayout, ImportPreview | None]:
            layout = self._importer.inspect(path, mapping=mapping)
            if not layout.complete:
                return layout, None
            return layout, self._importer.preview(path, mapping=mapping, today=today)

        self._start(run, self._read_done)

    def _read_done(self, result: tuple[ImportLayout, ImportPreview | None]) -> None:
        layout, preview = result
        self._layout = layout
        self._editing = self._editing or not layout.complete
        self._show_mapping(layout)
        self.preview = preview
        self.import_button.setEnabled(preview is not None)
        if preview is None:
            missing = ", ".join(self.field_label(name) for name in layout.missing)
            self.summary.setText(
                self.tr("The file cannot be read yet: no column for {fields}.").replace(
                    "{fields}", missing
                )
            )
            self._show_notes(())
            self.rejected_table.setRowCount(0)
            self.columns_label.clear()
            return
        self._show_preview(preview)

    def apply(self) -> None:
        """Import what the preview showed: backup, then one transaction."""
        if self.path is None or self.preview is None:
            return
        path, mapping, today = self.path, self.chosen_mapping(), self._today()

        def run(_report: Callable[[int, str], None]) -> ImportPreview:
            if mapping:
                self._importer.remember_mapping(mapping)
            return self._importer.apply(path, mapping=mapping or None, today=today)

        self._start(run, self._applied)

    def _applied(self, result: ImportPreview) -> None:
        self.imported = result
        self._show_preview(result, done=True)
        # Nothing is left to choose or import: what stays is what the import did.
        for widget in (
            self.import_button,
            self.edit_button,
            self.mapping_label,
            self.mapping,
            self.reread_button,
        ):
            widget.hide()
        self.close_button.setText(self.tr("Close"))

    def _close(self) -> None:
        # Close after applying accepts: the register has changed.
        if self.imported is None:
            self.reject()
        else:
            self.accept()

    # -- display ---------------------------------------------------------------------------

    def _start(self, run: Job, on_done: Callable[[Any], None]) -> None:
        self.busy.show()
        self.import_button.setEnabled(False)
        self.reread_button.setEnabled(False)
        job = BackgroundJob(run, self)
        job.done.connect(on_done)
        job.failed.connect(self._failed)
        job.done.connect(self._idle)
        self._job = job
        job.start()

    def _idle(self) -> None:
        self.busy.hide()
        self.reread_button.setEnabled(True)
        self._job = None

    def _failed(self, error: Exception) -> None:
        self._idle()
        show_user_error(self, error if isinstance(error, UserError) else UserError(str(error)))
        if self._layout is None:
            # The file could not be read at all: an empty import dialog has nothing to offer.
            self.reject()

    def wait(self) -> None:
        if self._job is not None:
            self._job.wait()

    def _show_mapping(self, layout: ImportLayout | None) -> None:
        keep = self.chosen_mapping()
        read_as = {text: name for name, text in layout.columns.items()} if layout else {}
        headers = list(dict.fromkeys(layout.headers)) if layout is not None else []
        # A column the user placed stays listed: the next read needs its mapping too.
        headers += [text for text in keep if text not in headers]
        visible = self._editing and bool(headers)
        for widget in (self.mapping_label, self.mapping, self.reread_button):
            widget.setVisible(visible)
        self.edit_button.setVisible(not visible and layout is not None and bool(headers))
        self.mapping.setRowCount(len(headers))
        for row, header in enumerate(headers):
            self.mapping.setItem(row, 0, QTableWidgetItem(header))
            combo = QComboBox()
            combo.addItem(self.tr("(not used)"), None)
            for name in MAPPABLE:
                combo.addItem(self.field_label(name), name)
            chosen = keep.get(header, read_as.get(header))
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(row, 1, combo)

    def _mapping_changed(self) -> None:
        # What the preview showed is no longer what would be imported.
        self.preview = None
        self.import_button.setEnabled(False)
        self.summary.setText(
            self.tr("The columns were changed: read the file again to see what will be imported.")
        )
        self._show_notes(())
        self.rejected_table.setRowCount(0)
        self.columns_label.clear()

    def field_label(self, name: str) -> str:
        """Vietnamese name of a register field for the mapping list."""
        labels = {
            "code": self.tr("Dossier code"),
            "procedure_code": self.tr("Procedure code"),
            "procedure_name": self.tr("Procedure name"),
            "sector": self.tr("Sector"),
            "applicant": self.tr("Applicant"),
            "contact": self.tr("Address / phone"),
            "lead_agency": self.tr("Lead agency"),
            "channel": self.tr("Channel"),
            "result_delivery": self.tr("How the result is taken"),
            "received": self.tr("Received on"),
            "due": self.tr("Due on"),
            "resolved": self.tr("Resolved on"),
            "returned": self.tr("Returned to applicant on"),
            "status": self.tr("Status"),
            "note": self.tr("Note"),
            "financial_obligation": self.tr("Has a financial obligation (yes/no)"),
            "paid_online": self.tr("Paid online (yes/no)"),
            "components_digitised": self.tr("Components digitised (yes/no)"),
            "result_digitised": self.tr("Result digitised (yes/no)"),
            "synced": self.tr("Synced to the national portal (yes/no)"),
            "components_reused": self.tr("Components reused (yes/no)"),
            "components_reused_national": self.tr(
                "Components reused from the national portal (yes/no)"
            ),
        }
        return labels.get(name, name)

    def _show_notes(self, notes: tuple[str, ...]) -> None:
        # A bullet each: wrapped over several lines, the notes would run into one another.
        self.notes_label.setText("\n".join(f"• {note}" for note in notes))
        self.notes_label.setVisible(bool(notes))

    def _show_preview(self, preview: ImportPreview, *, done: bool = False) -> None:
        text = (
            self.tr(
                "Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected."  # noqa: E501
            )
            if done
            else self.tr(
                "Preview: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected."
            )
        )
        for key, value in (
            ("{new}", preview.new),
            ("{updated}", preview.updated),
            ("{unchanged}", preview.unchanged),
            ("{rejected}", len(preview.rejected)),
        ):
            text = text.replace(key, str(value))
        self.summary.setText(text)
        self._show_notes(preview.notes)
        read = "; ".join(
            f"{self.field_label(name)} ← {messages.IMPORT_COLUMN.format(header=header)}"
            for name, header in preview.layout.columns.items()
        )
        text = self.tr("Columns read: {columns}").replace("{columns}", read)
        unread = "; ".join(
            messages.IMPORT_COLUMN.format(header=header)
            for _column, header in preview.layout.unplaced
        )
        if unread:
            # A date column left unread changes the counts: the clerk must see it.
            text += "\n" + self.tr("Columns not read: {columns}").replace("{columns}", unread)
        self.columns_label.setText(text)
        left_out, kept = self.tr("Not imported"), self.tr("Imported, to complete")
        to_check = self.tr("Imported, to check")
        lines = [(r.row, left_out, r.reason) for r in preview.rejected]
        lines += [(w.row, to_check if w.to_check else kept, w.reason) for w in preview.warnings]
        lines.sort(key=lambda line: line[0])
        self.rejected_table.setRowCount(len(lines))
        for row, (number, result, reason) in enumerate(lines):
            self.rejected_table.setItem(row, 0, QTableWidgetItem(str(number)))
            self.rejected_table.setItem(row, 1, QTableWidgetItem(result))
            cell = QTableWidgetItem(reason)
            cell.setToolTip(reason)  # a long reason reads whole
            self.rejected_table.setItem(row, 2, cell)
        # A row number takes a few digits: the reason gets the width.
        for column in (0, 1):
            self.rejected_table.resizeColumnToContents(column)
        self.rejected_table.resizeRowsToContents()
