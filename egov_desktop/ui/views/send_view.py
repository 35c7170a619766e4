"""The commune's page: send finished reports as a package, read replies, reopen for correction."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import Period, period_containing
from egov_desktop.errors import UserError
from egov_desktop.services import entry_dto
from egov_desktop.services.exchange_dto import LockInfo, SentInfo
from egov_desktop.services.packages import PackageService
from egov_desktop.services.stats import Recount
from egov_desktop.ui.errors import show_user_error
from egov_desktop.ui.selection import single_selected
from egov_desktop.ui.widgets.page_title import PAGE_MARGINS, page_title
from egov_desktop.ui.widgets.period_picker import PeriodPicker, shift_period
from egov_desktop.ui.widgets.reason_dialog import ask_reason

logger = logging.getLogger(__name__)


class SendView(QWidget):
    """Forms of a period with their status and lock; send, reopen, import the office's reply."""

    sent = Signal()

    def __init__(
        self,
        packages: PackageService,
        *,
        period_mode: Callable[[], str] = lambda: "cutoff",
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._packages = packages
        #: How a reason is asked (reason_dialog.ask_reason); tests replace it to answer.
        self.ask_reason: Callable[[QWidget, str, str, str, str], str | None] = ask_reason
        self.last_sent: SentInfo | None = None
        #: Each form of the period: (status, lock), as the table shows them.
        self._forms: dict[str, tuple[str, LockInfo | None]] = {}
        #: Forms whose figures were counted in another period mode than the unit's: why.
        self._other_mode: dict[str, str] = {}
        #: Forms counted from the register whose stored figures it no longer gives.
        self._recounts: dict[str, Recount] = {}
        #: Why no office takes a package of the period (the 2025 reform), or None.
        self._period_refusal: str | None = None
        #: The refusal `_update_send` last put in the message line ("" if none).
        self._block_shown = ""
        #: Asked before a package carries personal data; tests answer it directly.
        self.confirm_register: Callable[[], bool] = self._ask_register

        title = page_title(self.tr("Send reports"))
        self.period_picker = PeriodPicker()
        current = period_containing(today(), "Q", period_mode())
        self.period_picker.set_period(shift_period(current, -1))
        self.period_picker.changed.connect(lambda _p: self.refresh())
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.period_picker)

        hint = QLabel(
            self.tr(
                "Only reports marked done can be sent. A sent report is locked; to change it, "
                "reopen it with a reason and send again: the office receives a corrected report."
            )
        )
        hint.setWordWrap(True)
        self.forms_table = QTableWidget(0, 3)
        self.forms_table.setHorizontalHeaderLabels(
            [self.tr("Form"), self.tr("Status"), self.tr("Sent")]
        )
        self.forms_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.forms_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.forms_table.verticalHeader().setVisible(False)
        self.forms_table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.include_register = QCheckBox(
            self.tr("Include the dossier register (applicants' names and addresses)")
        )
        self.send_button = QPushButton(self.tr("Create package…"))
        self.send_button.clicked.connect(lambda: self.choose_and_send())
        self.forms_table.itemChanged.connect(lambda _item: self._update_send())
        self.reopen_button = QPushButton(self.tr("Reopen for correction…"))
        self.reopen_button.clicked.connect(self._ask_reopen)
        self.reply_button = QPushButton(self.tr("Import the office's reply…"))
        self.reply_button.clicked.connect(self._choose_reply)
        # The long option has a row of its own: beside the three buttons it made the page
        # wider than a 1024-pixel screen leaves.
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reopen_button)
        buttons.addWidget(self.reply_button)
        buttons.addWidget(self.send_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        history_title = QLabel(self.tr("Packages sent"))
        history_title.setStyleSheet("font-weight: bold;")
        self.copy_button = QPushButton(self.tr("Copy the selected package again…"))
        self.copy_button.setToolTip(
            self.tr(
                "For a file lost on the way: the same package, kept when it was sent. "
                "No new version is made and nothing is recorded again."
            )
        )
        self.copy_button.setEnabled(False)
        self.copy_button.clicked.connect(self._choose_and_copy)
        history_bar = QHBoxLayout()
        history_bar.addWidget(history_title, 1)
        history_bar.addWidget(self.copy_button)
        self.history = QTableWidget(0, 5)
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Package"),
                self.tr("Period"),
                self.tr("Forms"),
                self.tr("Created"),
                self.tr("Office's reply"),
            ]
        )
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.verticalHeader().setVisible(False)
        self.history.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # The office's reason for a return is what the clerk must correct: each row as tall
        # as its wrapped reply, which two fixed lines cut off on a 1024-pixel screen.
        heights = self.history.verticalHeader()
        heights.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        heights.setMinimumSectionSize(heights.defaultSectionSize())  # one line keeps its margins
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history.itemSelectionChanged.connect(
            lambda: self.copy_button.setEnabled(
                single_selected(self.history, self._history) is not None
            )
        )
        self._history: list[SentInfo] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PAGE_MARGINS)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.forms_table, 1)
        layout.addWidget(self.include_register)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addLayout(history_bar)
        layout.addWidget(self.history, 1)

    def refresh(self) -> None:
        period = self.period_picker.period().code
        try:
            forms = self._packages.sendable(period)
            other_mode = self._packages.mode_refusals(period)
            # Every refresh checks them: the register is counted again only after it changed.
            recounts = self._packages.recounts(period, reuse=True)
            history = self._packages.sent()
            refusal = self._packages.period_refusal(period)
        except UserError as error:
            show_user_error(self, error)
            return
        self._period_refusal = refusal
        self._forms = {form: (status, lock) for form, status, lock in forms}
        self._other_mode = other_mode
        self._recounts = recounts
        self.forms_table.blockSignals(True)  # the button is updated once the table is filled
        self.forms_table.setRowCount(len(forms))
        for row, (form, status, lock) in enumerate(forms):
            check = QTableWidgetItem(form)
            check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            done = status == entry_dto.STATUS_DONE
            unsent = lock is None or not lock.locked
            check.setCheckState(
                Qt.CheckState.Checked if done and unsent else Qt.CheckState.Unchecked
            )
            self.forms_table.setItem(row, 0, check)
            state = QTableWidgetItem(entry_dto.STATUS_LABELS[status])
            if form in other_mode:
                state.setText(state.text() + " — " + self.tr("counted in another period mode"))
                state.setToolTip(other_mode[form])
            elif form in recounts:
                # Also for a report already sent: the office holds figures now out of date.
                state.setText(state.text() + " — " + self.tr("the register now counts otherwise"))
                state.setToolTip(recounts[form].summary())
            self.forms_table.setItem(row, 1, state)
            self.forms_table.setItem(row, 2, QTableWidgetItem(self._lock_text(lock)))
        self.forms_table.blockSignals(False)
        # Sized to contents, the stretched last column stopped short of the table's edge.
        for column in (0, 1):
            self.forms_table.resizeColumnToContents(column)
        self._update_send()
        self._history = history
        self.history.setRowCount(len(history))
        for row, item in enumerate(history):
            cells = [
                f"v{item.version}"
                + (" " + self.tr("(correction)") if item.kind == "correction" else ""),
                Period.parse(item.period).label,
                ", ".join(item.forms),
                f"{item.created_at:%H:%M %d/%m/%Y}",
                self._reply_text(item),
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 4:
                    cell.setToolTip(text)
                self.history.setItem(row, column, cell)
        for column in range(4):
            self.history.resizeColumnToContents(column)

    def checked_forms(self) -> list[str]:
        out = []
        for row in range(self.forms_table.rowCount()):
            item = self.forms_table.item(row, 0)
            if item is not None and item.checkState() == Qt.CheckState.Checked:
                out.append(item.text())
        return out

    def blocked_reason(self) -> str:
        """Why the ticked forms cannot be sent ("" when they can), as the service would refuse."""
        if self._period_refusal:  # no form of the period can go
            return self._period_refusal
        forms = self.checked_forms()
        if not forms:  # nothing ticked would mean "every finished form" to the service
            return self.tr("Tick the forms to send.")
        states = [(form, *self._forms.get(form, (entry_dto.STATUS_EMPTY, None))) for form in forms]
        unfinished = [
            f"{form} ({entry_dto.STATUS_LABELS[status]})"
            for form, status, _lock in states
            if status != entry_dto.STATUS_DONE
        ]
        if unfinished:
            return self.tr("Only reports marked done can be sent: {forms}.").replace(
                "{forms}", ", ".join(unfinished)
            )
        if all(lock is not None and lock.locked for _form, _status, lock in states):
            return self.tr(
                "{forms}: already sent and locked. To change a report, reopen it with a reason."
            ).replace("{forms}", ", ".join(forms))
        # The package would send them over the current mode's window: the service refuses.
        other = " ".join(self._other_mode[form] for form in forms if form in self._other_mode)
        if other:
            return other
        # Figures nobody typed, counted before dossiers changed: the service refuses them too.
        behind = [self._recounts[f] for f in forms if f in self._recounts]
        return " ".join(
            self.tr(
                "{form}: the stored figures differ from what the register counts now ({cells}). "
                "Recount them from the register on the entry page, mark the report done, then "
                "send; or untick it."
            )
            .replace("{form}", item.form)
            .replace("{cells}", item.summary())
            for item in behind
            if item.counted_only
        )

    def _update_send(self) -> None:
        reason = self.blocked_reason()
        self.send_button.setEnabled(not reason)
        self.send_button.setToolTip(reason)
        # A disabled button says nothing: a ticked form that cannot go is named at once, and a
        # period no office takes a package of before anything is ticked.
        shown = reason if self.checked_forms() or self._period_refusal else ""
        if shown:
            self.message.setText(shown)
        elif self._block_shown and self.message.text() == self._block_shown:
            self.message.clear()
        self._block_shown = shown

    def send(self, folder: Path | None, *, register_confirmed: bool = False) -> SentInfo | None:
        """Write the package (a copy into `folder` when given) for the checked forms.

        `register_confirmed`: the personal-data question was already answered yes.
        """
        reason = self.blocked_reason()
        if reason:
            self.message.setText(reason)
            return None
        forms = self.checked_forms()
        include = self.include_register.isChecked()
        if include and not register_confirmed and not self.confirm_register():
            return None
        try:
            info = self._packages.send(
                period=self.period_picker.period().code,
                forms=forms,
                out=folder,
                include_register=include,
            )
        except UserError as error:
            show_user_error(self, error)
            return None
        self.last_sent = info
        self.refresh()
        self.message.setText(
            self.tr("Package v{version} written: {path}. Send this file to the office.")
            .replace("{version}", str(info.version))
            .replace("{path}", info.file)
        )
        self.sent.emit()
        return info

    def copy_selected(self, folder: Path | None) -> Path | None:
        """Copy the package selected in the history into `folder` (None: the user cancelled)."""
        item = single_selected(self.history, self._history)
        if folder is None or item is None:
            return None
        try:
            target = self._packages.copy_sent(period=item.period, out=folder, version=item.version)
        except UserError as error:
            show_user_error(self, error)
            return None
        self.message.setText(
            self.tr("Package v{version} copied again: {path}.")
            .replace("{version}", str(item.version))
            .replace("{path}", str(target))
        )
        return target

    def reopen(self, form: str, reason: str) -> bool:
        try:
            self._packages.reopen(form=form, period=self.period_picker.period().code, reason=reason)
        except UserError as error:
            show_user_error(self, error)
            return False
        self.refresh()
        self.message.setText(
            self.tr("{form} is open for correction; send it again when it is done.").replace(
                "{form}", form
            )
        )
        return True

    def import_reply(self, path: Path) -> SentInfo | None:
        try:
            info = self._packages.import_reply(path)
        except UserError as error:
            show_user_error(self, error)
            return None
        self.refresh()
        text = self._reply_text(info, said_of_correction=True)
        if info.reply_repeated:
            text = self.tr("This reply was imported before; nothing changed. {reply}").replace(
                "{reply}", text
            )
        self.message.setText(text)
        return info

    # -- text ------------------------------------------------------------------------------

    def _lock_text(self, lock: LockInfo | None) -> str:
        if lock is None:
            return self.tr("not sent")
        if lock.locked:
            return self.tr("sent (package v{version}), locked").replace(
                "{version}", str(lock.version)
            )
        return self.tr("reopened: {reason}").replace("{reason}", lock.reopen_reason)

    def _reply_text(self, item: SentInfo, *, said_of_correction: bool = False) -> str:
        """The office's reply to a package sent.

        `said_of_correction`: an accepted correction says so, with its reason (the history
        says it in its version column).
        """
        if item.reply_kind is None or item.reply_at is None:
            return self.tr("no reply yet")
        when = f"{item.reply_at:%H:%M %d/%m/%Y}"
        if item.reply_kind == "receipt":
            # The office writes a receipt only when it accepts the package.
            if said_of_correction and item.kind == "correction":
                text = (
                    self.tr("Accepted package v{version} (correction: {reason}) at {when}")
                    if item.reason
                    else self.tr("Accepted package v{version} (correction) at {when}")
                )
            else:
                text = self.tr("Accepted package v{version} at {when}")
            return (
                text.replace("{version}", str(item.version))
                .replace("{when}", when)
                .replace("{reason}", item.reason)  # last: the clerk's words are not a template
            )
        return (
            self.tr("Returned on {when}: {reason}")
            .replace("{when}", when)
            .replace("{reason}", item.reply_reason or "")
        )

    # -- dialogs ---------------------------------------------------------------------------

    def choose_and_send(self) -> SentInfo | None:
        """Check, ask about personal data, then the folder: a refusal never follows the folder."""
        reason = self.blocked_reason()
        if reason:
            self.message.setText(reason)
            return None
        if self.include_register.isChecked() and not self.confirm_register():
            return None
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the package (USB drive, shared folder…)")
        )
        if not folder:  # cancelled: nothing is written or locked
            return None
        return self.send(Path(folder), register_confirmed=True)

    def _choose_and_copy(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the package (USB drive, shared folder…)")
        )
        self.copy_selected(Path(folder) if folder else None)

    def _ask_register(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Personal data"),
            self.tr(
                "The register holds applicants' names, addresses and phone numbers. Send it "
                "only when the office asks for it, through an approved channel. Continue?"
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _ask_reopen(self) -> None:
        rows = self.forms_table.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Choose the report to reopen in the list above first."))
            return
        item = self.forms_table.item(rows[0].row(), 0)
        if item is None:
            return
        subject = self.tr("Report {form} — {period}").replace("{form}", item.text())
        reason = self.ask_reason(
            self,
            self.tr("Reopen for correction"),
            subject.replace("{period}", self.period_picker.period().label),
            self.tr(
                "The report becomes editable again. Once it is complete, send it again: the "
                "office receives it as a correction, with this reason."
            ),
            self.tr("Reopen"),
        )
        if reason is not None:
            self.reopen(item.text(), reason)

    def _choose_reply(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import the office's reply"), "", self.tr("Reply files (*.egovr)")
        )
        if chosen:
            self.import_reply(Path(chosen))
