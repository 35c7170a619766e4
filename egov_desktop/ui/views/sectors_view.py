"""Sectors page: the rows of the entry grid — add, hide or show, and reorder them."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.errors import UserError
from egov_desktop.ui.models.sector_list_model import SectorListModel
from egov_desktop.ui.widgets.page_title import PAGE_MARGINS, page_title

if TYPE_CHECKING:
    from egov_desktop.services.entry_dto import SectorInfo
    from egov_desktop.services.sectors import SectorService


class SectorsView(QWidget):
    """Every change is saved at once through SectorService; `changed` tells the entry page."""

    changed = Signal()

    def __init__(self, sectors: SectorService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sectors = sectors
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        title = page_title(self.tr("Sectors"))
        layout.addWidget(title)
        note = QLabel(
            self.tr(
                "The sectors are the rows of the report forms. A hidden sector keeps its "
                "figures but leaves the entry grid; show it again at any time."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)

        add_row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Name of a new sector"))
        # No maximum length: Qt would cut a pasted name without a word; the service refuses
        # one too long, as `egov sectors add` does, and the text stays to be shortened.
        # Vietnamese is typed through an input method (Unikey, EVKey, ibus).
        self.name.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)
        self.name.returnPressed.connect(self.add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add)
        self.name.setMaximumWidth(560)
        add_row.addWidget(self.name, 1)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)

        body = QHBoxLayout()
        self.model = SectorListModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setStyleSheet("QListView::item { padding: 4px 6px; }")
        self.list.setMaximumWidth(560)
        self.list.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        body.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.hide_button = QPushButton(self.tr("Hide"))
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.hide_button.clicked.connect(self.toggle_hidden)
        for button in (self.up_button, self.down_button, self.hide_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        body.addLayout(buttons)
        body.addStretch(1)
        layout.addLayout(body, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self._update_buttons()

    def refresh(self, select: int | None = None) -> None:
        """Read the list again; keep (or move to) the sector `select`."""
        current = self.current()
        keep = select if select is not None else (current.id if current else None)
        try:
            sectors = self._sectors.list(include_hidden=True)
        except UserError as error:
            self._say(error.message, error=True)
            return
        self.model.set_sectors(sectors)
        if keep is not None and self.model.row_of(keep) >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(self.model.row_of(keep)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self._update_buttons()

    def _selected_row(self) -> int:
        """The selected sector's row; -1 without one.

        Not the current row: Ctrl+click takes the selection away and leaves the current row,
        which nothing then shows as the sector the buttons would move or hide.
        """
        rows = self.list.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current(self) -> SectorInfo | None:
        return self.model.sector(self._selected_row())

    def _update_buttons(self) -> None:
        sector = self.current()
        row = self._selected_row()
        self.up_button.setEnabled(sector is not None and row > 0)
        self.down_button.setEnabled(sector is not None and row < self.model.rowCount() - 1)
        self.hide_button.setEnabled(sector is not None)
        self.hide_button.setText(
            self.tr("Show") if sector is not None and sector.hidden else self.tr("Hide")
        )

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #a00000; font-weight: bold;" if error else "")

    def add(self) -> None:
        # A name of blanks only goes to the service too: it says, as `egov sectors add` does,
        # that a name is needed, where quietly doing nothing would look like a broken button.
        name = unicodedata.normalize("NFC", self.name.text()).strip()
        try:
            sector = self._sectors.add(name)
        except UserError as error:
            self._say(error.message, error=True)
            self.name.setFocus()
            return
        self.name.clear()
        self._say(self.tr("Added {name}.").replace("{name}", sector.name))
        self.refresh(select=sector.id)
        self.changed.emit()

    def toggle_hidden(self) -> None:
        sector = self.current()
        if sector is None:
            return
        try:
            self._sectors.set_hidden(sector.id, not sector.hidden)
        except UserError as error:
            self._say(error.message, error=True)
            return
        self._say("")
        self.refresh(select=sector.id)
        self.changed.emit()

    def move_selected(self, step: int) -> None:
        sector = self.current()
        if sector is None:
            return
        # Positions count from 1, in the order the list shows.
        target = self._selected_row() + 1 + step
        try:
            self._sectors.move(sector.id, target)
        except UserError as error:
            self._say(error.message, error=True)
            return
        self._say("")
        self.refresh(select=sector.id)
        self.changed.emit()
