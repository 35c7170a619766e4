"""Preview of a package at the office: what changes, and a choice for each conflicting figure."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.domain.periods import in_sentence_of
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.report_kinds import column_titles
from egov_desktop.ui.views.inbox_panel import compact_rows

_CONFLICT = QColor("#fff3cd")
# A figure the office kept at an earlier import against the value the package brings again.
_DECIDED = QColor("#e7eef7")
#: The form's code and the column's number.
_FORM, _COLUMN = 0, 2
#: The office's figure; the package's is the next column.
_OFFICE = 3
#: Figures are read down a column: aligned on their last digit, as in the entry grid.
_FIGURE = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


class PackagePreviewDialog(QDialog):
    """Accept imports the package with `choices`; the import button is off when nothing to do."""

    def __init__(self, preview: dto.PackagePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Package preview"))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        self.header = QLabel(self._header_text())
        self.header.setWordWrap(True)
        layout.addWidget(self.header)
        rows = len(preview.changes) + len(preview.decided_before)
        self.table = QTableWidget(rows, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Form"),
                self.tr("Row"),
                self.tr("Column"),
                self.tr("Office's figure"),
                self.tr("Package's figure"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # A first package lists all its figures (330 for II.06a): one line each, not a third
        # of them on a screen. A row with a choice is as tall as its list box.
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._combos: dict[str, QComboBox] = {}
        # A package to wait as an update request writes nothing yet: its conflicts are chosen
        # when the request is applied, against the figures the office holds then.
        ask = preview.status != dto.QUEUED
        for row, change in enumerate(preview.changes):
            cells = [change.form, change.row, f"({change.column})", _number(change.old)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if change.conflict:
                    item.setBackground(_CONFLICT)
                if column == _OFFICE:
                    item.setTextAlignment(_FIGURE)
                self.table.setItem(row, column, item)
            if change.conflict and ask:
                combo = QComboBox()
                # Nothing chosen yet: the office's own figure is not overwritten by a default
                # the clerk never looked at (the import waits until each is chosen).
                combo.addItem(
                    self.tr("Package's {value}: choose…").replace("{value}", _number(change.new)),
                    None,
                )
                combo.addItem(
                    self.tr("Keep the package's {value}").replace("{value}", _number(change.new)),
                    dto.PREFER_PACKAGE,
                )
                combo.addItem(
                    self.tr("Keep the office's {value}").replace("{value}", _number(change.old)),
                    dto.PREFER_OFFICE,
                )
                combo.setMinimumContentsLength(22)
                combo.currentIndexChanged.connect(self._update_import)
                self._combos[change.key] = combo
                self._set_combo(row, combo)
            else:
                item = QTableWidgetItem(_number(change.new))
                item.setTextAlignment(_FIGURE)
                if change.conflict:
                    item.setBackground(_CONFLICT)
                self.table.setItem(row, 4, item)
        # Not asked again: both figures are shown, and when the office chose its own; it may
        # still take the package's figure instead.
        for row, decided in enumerate(preview.decided_before, start=len(preview.changes)):
            self._show_decided(row, decided, ask)
        self._name_columns()
        layout.addWidget(self.table, 1)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.take_all: QPushButton | None = None
        self.keep_all: QPushButton | None = None
        if self._undecided():
            # Tens of conflicts are chosen alike more often than one by one.
            self.take_all = buttons.addButton(
                self.tr("Take the package's for all"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.keep_all = buttons.addButton(
                self.tr("Keep the office's for all"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.take_all.clicked.connect(lambda: self.choose_all(dto.PREFER_PACKAGE))
            self.keep_all.clicked.connect(lambda: self.choose_all(dto.PREFER_OFFICE))
        close = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self.accept)
        close.clicked.connect(self.reject)
        self._update_import()
        layout.addWidget(buttons)

    def _show_decided(self, row: int, decided: dto.DecidedBefore, ask: bool) -> None:
        change = decided.change
        new = _number(change.new) or self.tr("(empty)")
        cells = [change.form, change.row, f"({change.column})", _number(change.old)]
        if not ask:  # shown, not chosen: the choice is made when the request is applied
            if decided.version is None:
                kept = self.tr("{value} — not taken: the office's figure is kept, as chosen before")
            else:
                kept = self.tr(
                    "{value} — not taken: the office's figure is kept, as chosen when "
                    "importing v{version}"
                ).replace("{version}", str(decided.version))
            cells.append(kept.replace("{value}", new))
        when = self.tr("Chosen at {when}; the package's figure stays in the history.").replace(
            "{when}", f"{decided.at:%H:%M %d/%m/%Y}"
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setBackground(_DECIDED)
            item.setToolTip(when)
            if column == _OFFICE:
                item.setTextAlignment(_FIGURE)
            self.table.setItem(row, column, item)
        if not ask:
            return
        combo = QComboBox()
        # The package's figure is named in the choice shown, as in a conflict's.
        if decided.version is None:
            stays = self.tr("Not {value}: the office's figure is kept, as chosen before")
        else:
            stays = self.tr(
                "Not {value}: the office's figure is kept, as chosen at v{version}"
            ).replace("{version}", str(decided.version))
        combo.addItem(stays.replace("{value}", new), dto.PREFER_OFFICE)
        combo.addItem(
            self.tr("Take the package's {value} now").replace("{value}", new), dto.PREFER_PACKAGE
        )
        combo.setToolTip(when)
        combo.setMinimumContentsLength(22)
        self._combos[change.key] = combo
        self._set_combo(row, combo)

    def _name_columns(self) -> None:
        """Each column number says what it counts when hovered; one form is not named per row."""
        changes = [*self.preview.changes, *(d.change for d in self.preview.decided_before)]
        titles = {form: column_titles(form) for form in {c.form for c in changes}}
        for row, change in enumerate(changes):
            item = self.table.item(row, _COLUMN)
            title = titles[change.form].get(change.column)
            if item is not None and title:
                item.setToolTip(f"({change.column}) {title}")
        # A package of one form said its code on every row.
        self.table.setColumnHidden(_FORM, len(titles) <= 1)

    def _set_combo(self, row: int, combo: QComboBox) -> None:
        self.table.setCellWidget(row, 4, combo)
        self.table.setRowHeight(row, max(self.table.rowHeight(row), combo.sizeHint().height()))

    def _undecided(self) -> list[QComboBox]:
        """The conflicts' choices not made yet."""
        return [combo for combo in self._combos.values() if combo.currentData() is None]

    def _update_import(self) -> None:
        """Importing needs a package to import and a choice for every conflicting figure."""
        can = self.preview.status in (dto.IMPORTED, dto.QUEUED, dto.CONFLICT)
        self.import_button.setEnabled(can and not self._undecided())

    def choices(self) -> dict[str, str]:
        """Cell key → which figure stays, for every conflicting cell and every cell kept before.

        A cell kept at an earlier import stays kept unless its choice takes the package's figure.
        """
        return {
            key: str(chosen)
            for key, combo in self._combos.items()
            if (chosen := combo.currentData()) is not None
        }

    def choose_all(self, prefer: str) -> None:
        """The same choice for every conflicting cell (the cells kept before stay as they are)."""
        decided = {d.change.key for d in self.preview.decided_before}
        for key, combo in self._combos.items():
            if key not in decided:
                combo.setCurrentIndex(combo.findData(prefer))

    def _header_text(self) -> str:
        p = self.preview
        text = (
            self.tr("{unit} ({code}), period {period}, package v{version} of {when}, by {officer}.")
            .replace("{unit}", p.unit_name)
            .replace("{code}", p.unit_code)
            .replace("{period}", in_sentence_of(p.period))
            .replace("{version}", str(p.version))
            .replace("{when}", f"{p.created_at:%H:%M %d/%m/%Y}")
            .replace("{officer}", p.officer or "—")
        )
        if p.sent_name:
            text += "\n" + self._sent_name_text()
        if p.kind == "correction" and p.reason:
            text += "\n" + self.tr("Corrected report; reason: {reason}").replace(
                "{reason}", p.reason
            )
        elif p.kind == "correction":  # from a release that did not ask for a reason
            text += "\n" + self.tr("Corrected report.")
        if p.new_unit:
            text += "\n" + self.tr("First package from this unit.")
        if p.includes_register:
            text += "\n" + self.tr(
                "The package includes the dossier register with applicants' personal data."
            )
        if p.other_window and p.window is not None and p.office_window is not None:
            text += "\n" + (
                self.tr(
                    "Note: the unit counted the period from {start} to {end}, the office from "
                    "{own_start} to {own_end}: its figures do not cover the same days as the "
                    "other units'."
                )
                .replace("{start}", f"{p.window[0]:%d/%m/%Y}")
                .replace("{end}", f"{p.window[1]:%d/%m/%Y}")
                .replace("{own_start}", f"{p.office_window[0]:%d/%m/%Y}")
                .replace("{own_end}", f"{p.office_window[1]:%d/%m/%Y}")
            )
        if p.ignored:
            text += "\n" + self.tr(
                "{count} figure(s) in columns the period leaves empty ({columns}) are left "
                "out, as typing them is refused."
            ).replace("{count}", str(sum(c.figures for c in p.ignored))).replace(
                "{columns}", ", ".join(f"{c.form} ({c.column}) {c.title}" for c in p.ignored)
            )
        return text

    def _sent_name_text(self) -> str:
        """The package names its unit otherwise than the catalogue: a mistyped unit code?"""
        p = self.preview
        if p.status == dto.UNCHANGED:  # received before, for the unit of its code
            text = self.tr(
                "The package names the unit «{sent}»; the office's catalogue: «{name}» (code "
                "{code}). It was received for code {code}: check the package's unit code."
            )
        else:
            text = self.tr(
                "The package names the unit «{sent}»; the office's catalogue: «{name}» (code "
                "{code}). Check the unit code before importing."
            )
        return (
            text.replace("{sent}", p.sent_name)
            .replace("{name}", p.unit_name)
            .replace("{code}", p.unit_code)
        )

    def _summary_text(self) -> str:
        p = self.preview
        if p.status == dto.UNCHANGED and p.held_state == dto.QUEUED:
            return self.tr(
                "This package already waits as an update request of the accepted period; "
                "it is applied with 'Import waiting update'."
            )
        if p.status == dto.UNCHANGED:
            return self.tr("This package was imported before; importing it again changes nothing.")
        if p.status == dto.OLDER:
            if p.latest_version is not None and p.version >= p.latest_version:
                # Another package of the same number: a unit that set up its data again.
                text = self.tr(
                    "The office holds another v{latest} of this unit; this package is not imported."
                )
            else:
                text = self.tr(
                    "This package is older than the v{latest} the office holds; it is not imported."
                )
            return text.replace("{latest}", str(p.latest_version))
        # A figure where the office held none is new, not a change (a first package's all are).
        new = sum(1 for c in p.changes if c.old is None and c.new is not None)
        # The figures kept as decided before are said apart, not as unchanged.
        same = p.unchanged - len(p.decided_before)
        if new:
            text = (
                self.tr("{new} new figure(s), {changed} change, {same} unchanged.")
                .replace("{new}", str(new))
                .replace("{changed}", str(len(p.changes) - new))
                .replace("{same}", str(same))
            )
        else:
            text = (
                self.tr("{changed} figure(s) change, {same} unchanged.")
                .replace("{changed}", str(len(p.changes)))
                .replace("{same}", str(same))
            )
        if p.decided_before:
            text += " " + self.tr(
                "{count} figure(s) entered by the office are kept as it chose at an earlier "
                "import; the package's values stay in the history."
            ).replace("{count}", str(len(p.decided_before)))
        if p.conflicts and p.status != dto.QUEUED:
            text += " " + self.tr(
                "{count} figure(s) were entered by the office itself: choose which value stays "
                "for each before importing."
            ).replace("{count}", str(len(p.conflicts)))
        if p.status == dto.QUEUED:
            text += " " + self.tr(
                "The period was already accepted: the package will wait as an update request."
            )
            if p.conflicts or p.decided_before:
                text += " " + self.tr(
                    "Which figure stays where the office entered its own is chosen when the "
                    "update request is applied."
                )
        return text
