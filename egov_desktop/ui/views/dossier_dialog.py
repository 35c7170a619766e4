"""Add or edit one dossier; the service validates and audits, refusals are shown in place."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.dossiers import (
    CHANNEL_DIRECT,
    CHANNEL_LABELS,
    FLAGS,
    RESULT_DELIVERY_SUGGESTIONS,
    STATUSES,
    format_day,
    status_warnings,
)
from egov_desktop.domain.register_columns import not_in_calendar, parse_date
from egov_desktop.domain.sectors import clean_name, name_key
from egov_desktop.errors import UserError
from egov_desktop.services.register import status_by_dates
from egov_desktop.services.register_dto import DossierInfo, DossierInput
from egov_desktop.ui.widgets.folded_completer import FoldedCompleter
from egov_desktop.ui.widgets.screen_fit import fit_to_screen

if TYPE_CHECKING:
    from egov_desktop.services.catalogue import CatalogueService
    from egov_desktop.services.register import RegisterService


def _text(value: date | None) -> str:
    return "" if value is None else format_day(value)


class _Sector(NamedTuple):
    """The sector a dossier is saved with, and what happens to the unit's list with it."""

    name: str
    new: bool = False  # added at the end of the list
    shown: bool = False  # hidden until now, shown again


class DossierDialog(QDialog):
    """A form over DossierInput; Save stores it in one audited transaction or says why not."""

    def __init__(
        self,
        register: RegisterService,
        catalogue: CatalogueService,
        *,
        dossier: DossierInfo | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._catalogue = catalogue
        self._dossier = dossier
        self._today = today
        self.saved: DossierInfo | None = None
        self.setWindowTitle(self.tr("Edit dossier") if dossier else self.tr("New dossier"))
        self._build()
        self._load(dossier, today())

    def _reused_nationally(self, on: bool) -> None:
        # Taking components from the national portal is one way of reusing them.
        if on:
            self.flags["components_reused"].setChecked(True)

    def _paid_online(self, on: bool) -> None:
        # Something was paid: the dossier had a financial obligation.
        if on:
            self.flags["financial_obligation"].setChecked(True)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.code = QLineEdit()
        self.procedure = QComboBox()
        self.procedure.setEditable(True)
        # Enter on typed text must not add it to the list as if it were a catalogue procedure.
        self.procedure.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.procedure.addItem("", None)
        for info in self._catalogue.list(limit=1000):
            self.procedure.addItem(f"{info.code} — {info.name}", info.code)
        self.procedure.activated.connect(lambda _i: self._procedure_chosen())
        # Typed words find a procedure by code or name, accents optional; keys never pick one.
        self.procedure_suggestions = FoldedCompleter(self.procedure)
        self.procedure_suggestions.chosen.connect(lambda _i: self._procedure_chosen())
        procedure_edit = self.procedure.lineEdit()
        assert procedure_edit is not None  # an editable combo has one
        procedure_edit.setPlaceholderText(self.tr("Code or words of the name, accents optional"))
        self.sector = QComboBox()
        self.sector.setEditable(True)
        self.sector.addItems(self._register.sector_choices())
        # A new dossier starts without a sector: a preselected first sector would be saved
        # unnoticed and counted in the wrong II.06a row.
        self.sector.setCurrentIndex(-1)
        # As for procedures: "ho tich" finds "Hộ tịch", and Down never steps to another sector.
        self.sector_suggestions = FoldedCompleter(self.sector)
        for combo in (self.procedure, self.sector):
            # Procedure names run to 200 characters: the dialog must still fit a 1024 screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(30)
        self.applicant = QLineEdit()
        self.contact = QLineEdit()
        self.lead_agency = QLineEdit()
        # No field has a maximum length: Qt would cut a pasted text without a word, and the
        # clerk would save a name without its end. Text longer than the register stores is
        # refused on saving, as `egov dossiers add` refuses it, and stays to be shortened; a
        # date pasted with blanks around it or its time of day is read as the CLI reads it.
        self.channel = QComboBox()
        for code, label in CHANNEL_LABELS.items():
            self.channel.addItem(label, code)
        self.received = QLineEdit()
        self.due = QLineEdit()
        self.resolved = QLineEdit()
        self.returned = QLineEdit()
        for edit in (self.received, self.due, self.resolved, self.returned):
            edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        # Free text, as the register's column (10): the usual answers are offered, not imposed.
        self.result_delivery = QComboBox()
        self.result_delivery.setEditable(True)
        self.result_delivery.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.result_delivery.addItems(["", *RESULT_DELIVERY_SUGGESTIONS])
        self.propose_button = QPushButton(self.tr("Propose &from the procedure"))
        self.propose_button.clicked.connect(self.propose_due)
        due_row = QHBoxLayout()
        due_row.addWidget(self.due, 1)
        due_row.addWidget(self.propose_button)
        self.status = QComboBox()
        self.status.addItem(self.tr("By the dates"), None)
        for status in STATUSES:
            self.status.addItem(status, status)
        self.note = QLineEdit()
        # Alt and a label's underlined letter puts the keyboard in its field, each letter once
        # in the dialog (the translation chooses its own, among the Vietnamese word's letters).
        for text, field in (
            (self.tr("&Dossier code:"), self.code),
            (self.tr("&Procedure (TTHC):"), self.procedure),
            (self.tr("&Sector:"), self.sector),
            (self.tr("&Applicant:"), self.applicant),
            (self.tr("Address / p&hone:"), self.contact),
            (self.tr("&Lead agency:"), self.lead_agency),
            (self.tr("&Channel:"), self.channel),
            (self.tr("&Received on:"), self.received),
            (self.tr("D&ue on:"), self.due),
            (self.tr("Resol&ved on:"), self.resolved),
            (self.tr("Retur&ned to applicant on:"), self.returned),
            # No letter: the Vietnamese words have none left ("Phương thức nhận kết quả").
            (self.tr("How the result is taken:"), self.result_delivery),
            (self.tr("S&tatus:"), self.status),
            (self.tr("N&ote:"), self.note),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            # The due date's row holds the button proposing it beside the field.
            form.addRow(caption, due_row if field is self.due else field)
        # The fields scroll, the buttons stay: a 1024×600 screen has not room for all of them.
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_layout.addLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The keyboard goes to the dossier code, not to the area around the fields; a field
        # reached by Tab is scrolled into view.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(scroll, 1)
        flags = QGridLayout()
        # A letter each too, from those the fields left: most are inside a word, since the
        # first letters are taken. Save and Cancel have none: Vietnamese has 22 plain letters
        # and the fields and these flags take 21 (the 22nd, "e", is only in "Đề xuất theo");
        # Enter saves and Escape cancels, as in any Windows dialog.
        labels = (
            self.tr("Has a financial o&bligation"),
            self.tr("Pa&id online"),
            self.tr("Components di&gitised"),
            self.tr("R&esult digitised"),
            self.tr("S&ynced to the national portal"),
            self.tr("Co&mponents reused"),
            self.tr("Components ta&ken from the national portal"),
        )
        self.flags: dict[str, QCheckBox] = {}
        for i, (name, label) in enumerate(zip(FLAGS, labels, strict=True)):
            box = QCheckBox(label)
            self.flags[name] = box
            flags.addWidget(box, i // 2, i % 2)
        self.flags["components_reused_national"].toggled.connect(self._reused_nationally)
        self.flags["paid_online"].toggled.connect(self._paid_online)
        fields_layout.addLayout(flags)
        # Not a refusal: the dossier is saved and counted by its dates, but the clerk is told.
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #8a5a00;")
        self.warning.hide()
        layout.addWidget(self.warning)
        self.resolved.textChanged.connect(self._check_status)
        self.status.currentIndexChanged.connect(self._check_status)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # As tall as every field, where the screen has the room.
        wanted = self.sizeHint().height() - scroll.sizeHint().height() + fields.sizeHint().height()
        fit_to_screen(self, 640, wanted)

    def _load(self, d: DossierInfo | None, today: date) -> None:
        if d is None:
            self.received.setText(_text(today))
            self.channel.setCurrentIndex(self.channel.findData(CHANNEL_DIRECT))
            return
        self.code.setText(d.code)
        index = self.procedure.findData(d.procedure_code) if d.procedure_code else -1
        if index >= 0:
            self.procedure.setCurrentIndex(index)
        else:
            self.procedure.setEditText(d.procedure_name)
        self.sector.setEditText(d.sector)
        self.applicant.setText(d.applicant)
        self.contact.setText(d.contact)
        self.lead_agency.setText(d.lead_agency)
        self.channel.setCurrentIndex(max(self.channel.findData(d.channel), 0))
        self.received.setText(_text(d.received))
        self.due.setText(_text(d.due))
        self.resolved.setText(_text(d.resolved))
        self.returned.setText(_text(d.returned))
        self.result_delivery.setEditText(d.result_delivery)
        # A status the dates imply stays "by the dates", so a new end date moves it on.
        chosen = None if d.status == status_by_dates(d.resolved) else d.status
        self.status.setCurrentIndex(max(self.status.findData(chosen), 0))
        self.note.setText(d.note)
        for name, box in self.flags.items():
            box.setChecked(bool(getattr(d, name)))
        # setText leaves the cursor after the last character, and a field too narrow for its
        # text then shows only its end: "…không thể điểm chỉ được)" instead of the name.
        procedure_edit = self.procedure.lineEdit()
        assert procedure_edit is not None  # an editable combo has one
        for edit in (procedure_edit, self.applicant, self.contact, self.lead_agency, self.note):
            edit.setCursorPosition(0)
        self.procedure.setToolTip(self.procedure.currentText())

    def _check_status(self) -> None:
        """Show what the chosen status says against the end date (`status_warnings`)."""
        try:
            resolved = parse_date(self.resolved.text())
        except ValueError:
            resolved = None  # said on saving, with the field's name
        lines = status_warnings(resolved=resolved, status=self.status.currentData())
        self.warning.setText("\n".join(lines))
        self.warning.setVisible(bool(lines))

    def procedure_code(self) -> str | None:
        """The catalogue code of the procedure shown, None for a name typed by hand.

        The combo keeps its last chosen item while other text is typed over it: only text
        equal to an item's is that procedure.
        """
        text = self.procedure.currentText()
        index = self.procedure.currentIndex()
        if index <= 0 or self.procedure.itemText(index) != text:
            index = self.procedure.findText(text)
        code = self.procedure.itemData(index) if index > 0 else None
        return str(code) if code else None

    def _procedure_chosen(self) -> None:
        code = self.procedure_code()
        info = self._catalogue.find(code) if code else None
        if info is not None and info.sector.strip():
            # The procedure belongs to one sector: that is the dossier's.
            self.sector.setEditText(info.sector)
        self.procedure.setToolTip(self.procedure.currentText())
        if info is not None and not self.due.text().strip():
            self.propose_due()

    def _date(self, edit: QLineEdit, label: str) -> date | None:
        try:
            return parse_date(edit.text())
        except ValueError:
            pass
        # "31/02/2025" is written right and names no day: as the CLI, the format is not
        # what to correct.
        refusal = not_in_calendar(edit.text())
        if refusal is not None:
            raise UserError(f"{label}: {refusal}")
        raise UserError(
            self.tr('{field}: "{value}" is not a date (dd/mm/yyyy).')
            .replace("{field}", label)
            .replace("{value}", edit.text())
        )

    def propose_due(self) -> None:
        """Due date = received + the procedure's processing time in working days."""
        code = self.procedure_code()
        try:
            received = self._date(self.received, self.tr("Received on"))
            if not code or received is None:
                raise UserError(self.tr("Choose a procedure and the date received first."))
            self.due.setText(_text(self._catalogue.propose_due(code, received)))
            self.error.clear()
        except UserError as error:
            self.error.setText(error.message)

    def values(self) -> DossierInput:
        """What the form holds; UserError for a date that cannot be read."""
        received = self._date(self.received, self.tr("Received on"))
        if received is None:
            raise UserError(self.tr("The date received is required."))
        code = self.procedure_code()
        name = self.procedure.currentText()
        if code:
            name = name.split(" — ", 1)[-1]
        data: dict[str, Any] = {name_: box.isChecked() for name_, box in self.flags.items()}
        return DossierInput(
            code=self.code.text(),
            sector=self.sector.currentText(),
            channel=str(self.channel.currentData()),
            received=received,
            due=self._date(self.due, self.tr("Due on")),
            resolved=self._date(self.resolved, self.tr("Resolved on")),
            returned=self._date(self.returned, self.tr("Returned to applicant on")),
            status=self.status.currentData(),
            procedure_code=code or None,
            procedure_name=name if code or name.strip() else "",
            applicant=self.applicant.text(),
            contact=self.contact.text(),
            lead_agency=self.lead_agency.text(),
            result_delivery=self.result_delivery.currentText(),
            note=self.note.text(),
            **data,
        )

    def _listed_sector(self, name: str) -> _Sector | None:
        """The sector to save and what it does to the unit's list; None: not saving.

        As `egov dossiers add --sector`: a typed name takes the list's spelling ("ho tich" is
        "Hộ tịch"), and one the list does not have becomes a sector of its own (a report row)
        only when the clerk says so; a sector the unit hid is used once the clerk shows it
        again, the chosen procedure's own sector too. The sector the dossier already has is
        kept as it is, hidden since or not; so is the procedure's when the list does not have
        it, as the CLI keeps the catalogue's.
        """
        if not name.strip():
            return _Sector(name)  # the service says a sector is required
        key = name_key(name)
        if self._dossier is not None and name_key(self._dossier.sector) == key:
            return _Sector(name)
        hidden = self._register.hidden_sector(name)
        if hidden is not None:
            if self.confirm_show_sector(hidden):
                return _Sector(hidden, shown=True)
            self._back_to_sector()
            return None
        code = self.procedure_code()
        info = self._catalogue.find(code) if code else None
        if info is not None and info.sector.strip() and name_key(info.sector) == key:
            return _Sector(name)
        found = self._register.listed_sector(name)
        if found is not None:
            return _Sector(found)
        try:
            # Longer than a sector name may be: refused now, not after the clerk said "add it".
            clean = clean_name(name)
        except UserError:
            self._back_to_sector()
            raise
        if self.confirm_new_sector(clean):
            return _Sector(name, new=True)
        self._back_to_sector()
        return None

    def _back_to_sector(self) -> None:
        self.sector.setFocus()
        edit = self.sector.lineEdit()
        if edit is not None:
            edit.selectAll()  # ready to be corrected or replaced

    def confirm_new_sector(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("New sector"),
            self.tr(
                "The sector «{name}» is not in the unit's sector list. Add it as a new sector?"
            ).replace("{name}", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            # Enter goes back to the form: a mistyped name must not become a report row.
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_show_sector(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Hidden sector"),
            self.tr(
                "The sector «{name}» is hidden in the unit's sector list (Sectors page). "
                "Show it again and save the dossier with it?"
            ).replace("{name}", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            # As for a new sector: Enter goes back to the form, the list stays as it is.
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def save(self) -> None:
        """Store the dossier; on refusal keep the dialog open with the reason."""
        try:
            data = self.values()
            sector = self._listed_sector(data.sector)
            if sector is None:
                self.error.clear()
                return
            data = replace(data, sector=sector.name)
            if self._dossier is None:
                self.saved = self._register.add(
                    data, today=self._today(), new_sector=sector.new, show_hidden=sector.shown
                )
            else:
                self.saved = self._register.update(
                    self._dossier.id,
                    dict(data.__dict__),
                    today=self._today(),
                    new_sector=sector.new,
                    show_hidden=sector.shown,
                )
        except UserError as error:
            self.error.setText(error.message)
            return
        self.accept()
