"""The unit's report templates: the built-in ones, the province's own, shared as files."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.domain.validation import previous_period
from egov_desktop.errors import UserError
from egov_desktop.services.report_export import ReportExportService
from egov_desktop.services.templates import BUILTIN, TemplateInfo, TemplateService, mapping_dict
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.views.mapping_editor import MappingEditor
from egov_desktop.ui.widgets.page_title import PAGE_MARGINS, page_title


class TemplatesView(QWidget):
    """List, add (with the mapping editor), try, share and import templates."""

    def __init__(
        self,
        templates: TemplateService,
        reports: ReportExportService,
        *,
        period_mode: Callable[[], str] = lambda: "cutoff",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._reports = reports
        self._period_mode = period_mode
        self.items: list[TemplateInfo] = []
        #: How the mapping editor is confirmed; tests answer it without a modal dialog.
        self.edit_mapping: Callable[[MappingEditor], bool] = lambda dialog: (
            dialog.exec() == QDialog.DialogCode.Accepted
        )
        # How a line of text is asked (title, label, the text typed before); tests answer it.
        self.ask_text: Callable[[str, str, str], tuple[str, bool]] = lambda title, label, text: (
            QInputDialog.getText(self, title, label, QLineEdit.EchoMode.Normal, text)
        )
        title = page_title(self.tr("Report templates"))
        hint = QLabel(
            self.tr(
                "Built-in templates follow the official layout. Add the province's own workbook "
                "to export into it: the application proposes where each figure goes, you check it."
            )
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Form"), self.tr("Template"), self.tr("Description")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        # The description takes the width the others leave and wraps, rather than running
        # past the table's edge on a 1024-pixel screen.
        header = self.table.horizontalHeader()
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        # Rows are as tall as their description wrapped at the column's width of the moment.
        header.sectionResized.connect(
            lambda column, _old, _new: self.table.resizeRowsToContents() if column == 2 else None
        )
        self.add_button = QPushButton(self.tr("Add the province's workbook…"))
        self.add_button.clicked.connect(self._choose_workbook)
        self.try_button = QPushButton(self.tr("Try it (export and open)"))
        self.try_button.clicked.connect(lambda: self.try_selected())
        self.bundle_button = QPushButton(self.tr("Share as a file…"))
        self.bundle_button.clicked.connect(self._choose_bundle_folder)
        self.import_button = QPushButton(self.tr("Import a shared template…"))
        self.import_button.clicked.connect(self._choose_bundle)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.try_button, self.bundle_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        self.items = self._templates.list()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            # The shipped templates' file name is a technical word, not a name to show; a
            # unit's own template says where it comes from in its description.
            name = self.tr("Official layout (built-in)") if item.name == BUILTIN else item.name
            if item.needs_xml_patch:
                name += " · " + self.tr("special parts kept")
            form = self._reports.form_name(item.form)
            for column, text in enumerate((form, name, item.description)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()

    def selected(self) -> TemplateInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def add_workbook(self, form: str, workbook: Path, name: str) -> TemplateInfo | None:
        """Doctor, proposal, the editor, then save as the unit's template `name`."""
        try:
            # A name that cannot be saved is refused before the mapping is checked by hand.
            name = self._templates.new_name(form, name)
            report = self._templates.check(workbook)
            offer = self._templates.offer(form, workbook)
        except UserError as error:
            show_user_error(self, error)
            return None
        findings = [f.description for f in report.findings] + list(offer.findings)
        editor = MappingEditor(mapping_dict(offer.mapping), findings, self)
        if not self.edit_mapping(editor):
            return None
        try:
            info = self._templates.install_document(form, workbook, editor.document(), name)
        except UserError as error:
            show_user_error(self, error)
            return None
        return self._saved(info)

    def try_selected(self, *, open_file: bool = True) -> Path | None:
        """Export the previous quarter with the selected template, then open the file."""
        item = self.selected()
        if item is None:
            return None
        period = period_containing(date.today(), "Q", self._period_mode())
        try:
            previous = self._previous(period.code)
            result = self._reports.export(
                form=item.form, period=previous, out=self._try_folder(), template=item.name
            )
        except UserError as error:
            show_user_error(self, error)
            return None
        self.status.setText(self.tr("Written: {path}").replace("{path}", str(result.path)))
        if open_file:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        return result.path

    def bundle_selected(self, folder: Path) -> Path | None:
        item = self.selected()
        if item is None:
            return None
        try:
            path = self._templates.bundle(item.form, item.name, folder)
        except UserError as error:
            show_user_error(self, error)
            return None
        self.status.setText(self.tr("Written: {path}").replace("{path}", str(path)))
        return path

    def import_bundle(self, path: Path) -> TemplateInfo | None:
        try:
            info = self._templates.import_bundle(path)
        except UserError as error:
            show_user_error(self, error)
            return None
        return self._saved(info)

    # -- helpers ---------------------------------------------------------------------------

    def _saved(self, info: TemplateInfo) -> TemplateInfo:
        self.refresh()
        self.status.setText(
            self.tr("Template {name} saved for {form}.")
            .replace("{name}", info.name)
            .replace("{form}", info.form)
        )
        return info

    def _try_folder(self) -> Path:
        folder = self._templates.user_root.parent / "exports"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    @staticmethod
    def _previous(code: str) -> str:
        before = previous_period(Period.parse(code))
        return before.code if before is not None else code

    def _choose_workbook(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("The province's workbook"), "", self.tr("Excel files (*.xlsx)")
        )
        if not chosen:
            return
        codes = self._reports.forms()
        names = [self._reports.form_name(code) for code in codes]
        picked, ok = QInputDialog.getItem(
            self, self.tr("Form"), self.tr("Which form is this workbook?"), names, 0, False
        )
        if not ok:
            return
        form = codes[names.index(picked)]
        name = self.ask_template_name(form)
        if name is not None:
            self.add_workbook(form, Path(chosen), name)

    def ask_template_name(self, form: str) -> str | None:
        """The new template's name, asked again with the reason until it can be saved.

        None when the clerk cancels. What was typed stays in the field to be corrected.
        """
        typed = ""
        while True:
            typed, ok = self.ask_text(
                self.tr("Name"),
                self.tr("Name of the template (letters, digits, spaces, - and _):"),
                typed,
            )
            if not ok:
                return None
            try:
                return self._templates.new_name(form, typed)
            except UserError as error:
                show_user_error(self, error)

    def _choose_bundle_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the shared file"))
        if folder:
            self.bundle_selected(Path(folder))

    def _choose_bundle(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a shared template"), "", self.tr("Template files (*.egovt)")
        )
        if chosen:
            self.import_bundle(Path(chosen))
