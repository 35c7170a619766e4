"""Check and correct a proposed mapping: where each fixed text and the table's columns go."""

from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.services.templates import layout_titles
from egov_desktop.ui.widgets.screen_fit import fit_to_screen

#: Fixed texts a template may show, in the order of a sheet.
FIXED = (
    "parent_agency",
    "agency_name",
    "reporting_unit",
    "receiving_unit",
    "period_label",
    "window",
    "subtitle",
    "place_date",
    "officer",
    "head",
)


def _address(spec: object) -> str:
    """The cell of a fixed text's entry (an address, or a table with its cell); "" for none."""
    address = spec.get("cell") if isinstance(spec, dict) else spec
    return str(address or "")


class MappingEditor(QDialog):
    """Edits a mapping document: cell of each fixed text, the table's place and columns."""

    def __init__(
        self, document: dict[str, Any], findings: list[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._document = copy.deepcopy(document)
        self.setWindowTitle(self.tr("Where the report goes in this workbook"))
        fit_to_screen(self, 760, 640)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The proposal below was read from the workbook. Check each address (for example "
                "A8 or H47) and correct it where needed; leave a text's cell empty to skip it."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        # What the doctor found, and each text of the form's layout the proposal did not place:
        # an empty cell in the list below would read as an oversight.
        self.findings_label = QLabel("\n".join(findings))
        self.findings_label.setWordWrap(True)
        self.findings_label.setStyleSheet("color: #8a6d3b;")
        self.findings_label.setVisible(bool(findings))
        layout.addWidget(self.findings_label)
        labels = self._labels()
        cells = self._document.get("cells", {})
        self.fixed = QTableWidget(len(FIXED), 2)
        self.fixed.setHorizontalHeaderLabels([self.tr("Text"), self.tr("Cell")])
        self.fixed.verticalHeader().setVisible(False)
        self.fixed.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, key in enumerate(FIXED):
            item = QTableWidgetItem(labels[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)  # only the cell is typed
            self.fixed.setItem(row, 0, item)
            self.fixed.setItem(row, 1, QTableWidgetItem(_address(cells.get(key))))
        layout.addWidget(self.fixed, 1)
        table = self._document["tables"][0]
        form = QFormLayout()
        self.anchor = QLineEdit(str(table.get("anchor", "")))
        self.label_column = QLineEdit(str(table.get("label_column", "")))
        self.prepared = QSpinBox()
        self.prepared.setRange(1, 500)
        self.prepared.setValue(int(table.get("prepared_rows", 1)))
        form.addRow(self.tr("First row of the table (its number cell):"), self.anchor)
        form.addRow(self.tr("Column of the row names:"), self.label_column)
        form.addRow(self.tr("Rows prepared in the workbook:"), self.prepared)
        layout.addLayout(form)
        columns = table.get("columns", {})
        self.columns = QTableWidget(len(columns), 2)
        self.columns.setHorizontalHeaderLabels([self.tr("Form column"), self.tr("Sheet column")])
        self.columns.verticalHeader().setVisible(False)
        self.columns.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        titles = layout_titles(str(self._document.get("form", "")))
        for row, (number, letter) in enumerate(sorted(columns.items(), key=lambda i: int(i[0]))):
            # A number alone sends the clerk to the printed form to know which column it is.
            title = titles.get(int(number))
            number_item = QTableWidgetItem(f"({number}) {title}" if title else f"({number})")
            number_item.setData(Qt.ItemDataRole.UserRole, number)
            number_item.setToolTip(number_item.text())  # a group › line header may be elided
            number_item.setFlags(number_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.columns.setItem(row, 0, number_item)
            self.columns.setItem(row, 1, QTableWidgetItem(letter))
        layout.addWidget(self.columns, 1)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save template"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.accept)
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def document(self) -> dict[str, Any]:
        """The mapping document with the user's corrections."""
        doc = copy.deepcopy(self._document)
        old = doc.get("cells", {})
        cells: dict[str, Any] = {}
        for row in range(self.fixed.rowCount()):
            key_item, cell_item = self.fixed.item(row, 0), self.fixed.item(row, 1)
            if key_item is None or cell_item is None or not cell_item.text().strip():
                continue
            key, address = (
                str(key_item.data(Qt.ItemDataRole.UserRole)),
                cell_item.text().strip().upper(),
            )
            spec = old.get(key)
            cells[key] = {**spec, "cell": address} if isinstance(spec, dict) else address
        doc["cells"] = cells
        table = doc["tables"][0]
        table["anchor"] = self.anchor.text().strip().upper()
        table["label_column"] = self.label_column.text().strip().upper()
        table["prepared_rows"] = self.prepared.value()
        columns = {}
        for row in range(self.columns.rowCount()):
            key_item, letter = self.columns.item(row, 0), self.columns.item(row, 1)
            if key_item is not None and letter is not None and letter.text().strip():
                columns[str(key_item.data(Qt.ItemDataRole.UserRole))] = (
                    letter.text().strip().upper()
                )
        table["columns"] = columns
        return doc

    def _labels(self) -> dict[str, str]:
        return {
            "parent_agency": self.tr("Superior agency"),
            "agency_name": self.tr("Agency"),
            "reporting_unit": self.tr("Reporting unit"),
            "receiving_unit": self.tr("Receiving unit"),
            "period_label": self.tr("Reporting period"),
            "window": self.tr("(From … to …)"),
            "subtitle": self.tr("Line under the period (sector, source document)"),
            "place_date": self.tr("Place and date"),
            "officer": self.tr("Officer's name"),
            "head": self.tr("Head's name"),
        }
