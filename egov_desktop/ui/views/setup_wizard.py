"""First-run wizard: role, catalogue, unit, period mode and signatories."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)
from typing_extensions import override

from egov_desktop.domain.periods import MODE_CALENDAR, MODE_CUTOFF
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY
from egov_desktop.services.dto import ROLE_AGGREGATOR, ROLE_COMMUNE, SetupRequest, UnitInfo

#: (text, catalog, role) -> matching units; injected so the wizard is testable with fakes.
UnitSearch = Callable[[str, str, str], list[UnitInfo]]


def _choice(page: QWizardPage, options: list[tuple[str, str, str]]) -> QButtonGroup:
    """Radio buttons with an explanation under each; the first is checked."""
    layout = page.layout() or QVBoxLayout(page)
    group = QButtonGroup(page)
    for index, (value, title, hint) in enumerate(options):
        button = QRadioButton(title)
        button.setProperty("value", value)
        button.setChecked(index == 0)
        group.addButton(button, index)
        layout.addWidget(button)
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setContentsMargins(24, 0, 0, 8)
        note.setStyleSheet("color: #555555;")
        layout.addWidget(note)
    return group


def _checked_value(group: QButtonGroup) -> str:
    button = group.checkedButton()
    return str(button.property("value")) if button is not None else ""


class RolePage(QWizardPage):
    """Who uses this computer, and which catalogue of units it works with."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Role of this office"))
        self.setSubTitle(self.tr("Choose what this computer is used for."))
        layout = QVBoxLayout(self)
        self.roles = _choice(
            self,
            [
                (
                    ROLE_COMMUNE,
                    self.tr("Commune one-stop office"),
                    self.tr(
                        "Records dossiers and online public service figures of one commune "
                        "and prepares its periodic reports."
                    ),
                ),
                (
                    ROLE_AGGREGATOR,
                    self.tr("Aggregating office"),
                    self.tr(
                        "Collects the communes' data (the province since 1 July 2025, the "
                        "district for earlier periods) and prepares aggregated reports."
                    ),
                ),
            ],
        )
        label = QLabel(self.tr("Catalogue of administrative units"))
        label.setStyleSheet("font-weight: bold; margin-top: 12px;")
        layout.addWidget(label)
        self.catalogs = _choice(
            self,
            [
                (
                    CATALOG_2025,
                    self.tr("From 1 July 2025 (34 provinces, 3,321 communes)"),
                    self.tr("Two levels: province and commune (xã, phường, đặc khu)."),
                ),
                (
                    CATALOG_LEGACY,
                    self.tr("Before 1 July 2025 (63 provinces, 696 districts)"),
                    self.tr("Three levels, for historical reporting periods."),
                ),
            ],
        )

    def role(self) -> str:
        return _checked_value(self.roles)

    def catalog(self) -> str:
        return _checked_value(self.catalogs)


class UnitPage(QWizardPage):
    """Search as you type, ignoring diacritics."""

    def __init__(self, search: UnitSearch, role_page: RolePage) -> None:
        super().__init__()
        self._search = search
        self._role_page = role_page
        self.setTitle(self.tr("Your unit"))
        self.setSubTitle(
            self.tr('Type part of the name without diacritics, e.g. "ba dinh", or the code.')
        )
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search units…"))
        self.query.setClearButtonEnabled(True)
        layout.addWidget(self.query)
        self.results = QListWidget()
        layout.addWidget(self.results)
        self.status = QLabel()
        layout.addWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(120)
        self._timer.timeout.connect(self.refresh)
        self.query.textChanged.connect(lambda _text: self._timer.start())
        self.results.currentItemChanged.connect(lambda *_: self.completeChanged.emit())
        self.results.itemDoubleClicked.connect(lambda _item: self.wizard().next())
        # The arrow keys pick among the units found without leaving what is typed.
        self.query.installEventFilter(self)

    @override
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
            and self.results.count()
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = min(max(self.results.currentRow() + step, 0), self.results.count() - 1)
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    @override
    def initializePage(self) -> None:
        # An office is a province: a commune's name as the example finds it nothing.
        if self._role_page.role() == ROLE_AGGREGATOR:
            self.setSubTitle(
                self.tr(
                    'Type part of the province\'s name without diacritics, e.g. "ha noi", '
                    "or its code."
                )
            )
        else:
            self.setSubTitle(
                self.tr('Type part of the name without diacritics, e.g. "ba dinh", or the code.')
            )
        self.refresh()
        self.query.setFocus()

    def refresh(self) -> None:
        """Re-run the search for the current text."""
        self.results.clear()
        text = self.query.text().strip()
        if not text:
            self.status.setText(self.tr("Type to search."))
            self.completeChanged.emit()
            return
        found = self._search(text, self._role_page.catalog(), self._role_page.role())
        for unit in found:
            # A province is its own province: "Thành phố Hà Nội — Thành phố Hà Nội" says it twice.
            place = ", ".join(
                p for p in (unit.district_name, unit.province_name) if p and p != unit.name
            )
            text = f"{unit.name} — {place}" if place else unit.name
            item = QListWidgetItem(f"{text} ({unit.code})")
            item.setData(Qt.ItemDataRole.UserRole, unit)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            self.status.setText(self.tr("%n unit(s) found.", "", len(found)))
        else:
            self.status.setText(self.tr("No unit matches."))
        self.completeChanged.emit()

    def selected(self) -> UnitInfo | None:
        item = self.results.currentItem()
        if item is None:
            return None
        unit = item.data(Qt.ItemDataRole.UserRole)
        return unit if isinstance(unit, UnitInfo) else None

    @override
    def isComplete(self) -> bool:
        return self.selected() is not None


class PeriodPage(QWizardPage):
    """How reporting periods are cut."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Reporting periods"))
        self.setSubTitle(self.tr("How the days of a reporting period are counted."))
        QVBoxLayout(self)
        self.modes = _choice(
            self,
            [
                (
                    MODE_CUTOFF,
                    self.tr("Data cut-off per Decree 09/2019/NĐ-CP"),
                    self.tr(
                        "From the 15th of the previous month to the 14th of the report "
                        "month; e.g. quarter III: 15/06 to 14/09."
                    ),
                ),
                (
                    MODE_CALENDAR,
                    self.tr("Calendar periods"),
                    self.tr(
                        "From the first to the last day of the month; e.g. quarter III: "
                        "01/07 to 30/09."
                    ),
                ),
            ],
        )

    def mode(self) -> str:
        return _checked_value(self.modes)


class NamesPage(QWizardPage):
    """Who prepares the reports and who signs them."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Signatures"))
        self.setSubTitle(self.tr("Printed in the signature block of every report."))
        form = QFormLayout(self)
        # No maximum lengths: Qt would cut a pasted name without a word. Setup refuses one
        # too long, as `egov setup` does, and the wizard stays on the page with the text.
        self.officer = QLineEdit()
        self.head = QLineEdit()
        form.addRow(self.tr("Officer preparing reports:"), self.officer)
        form.addRow(self.tr("Head of the unit:"), self.head)


class SetupWizard(QWizard):
    """Collects a SetupRequest; the caller applies it through the setup service."""

    completed = Signal(object)

    def __init__(self, search: UnitSearch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up egov_desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.role_page = RolePage()
        self.unit_page = UnitPage(search, self.role_page)
        self.period_page = PeriodPage()
        self.names_page = NamesPage()
        for page in (self.role_page, self.unit_page, self.period_page, self.names_page):
            self.addPage(page)
        # Qt has no Vietnamese translation of its own button texts.
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

    def request(self) -> SetupRequest:
        """What the user chose."""
        unit = self.unit_page.selected()
        return SetupRequest(
            unit_code=unit.code if unit else "",
            role=self.role_page.role(),
            catalog=self.role_page.catalog(),
            period_mode=self.period_page.mode(),
            officer=self.names_page.officer.text(),
            head=self.names_page.head.text(),
        )

    @override
    def accept(self) -> None:
        self.completed.emit(self.request())
