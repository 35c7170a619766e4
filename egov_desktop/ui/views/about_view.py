"""About page: what the application is, the details the IT officer asks for, the notices.

A clerk without remote access reads these details out on the phone or copies them into a chat:
"Copy details" puts them on the clipboard as plain Vietnamese lines.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from egov_desktop.services import about
from egov_desktop.ui.widgets.page_title import page_title, scrolling_page

if TYPE_CHECKING:
    from egov_desktop.services.about import AboutService
    from egov_desktop.services.dto import AboutFacts


class AboutView(QWidget):
    """The details of the data folder, read again each time the page is shown."""

    def __init__(self, service: AboutService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._about = service
        self._facts: AboutFacts | None = None
        # Taller than a 1024×600 screen leaves: it scrolls rather than making the window
        # taller than the screen.
        _scroll, layout = scrolling_page(self)
        title = page_title(self.tr("About"))
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "egov_desktop keeps the one-stop-shop statistics of a commune and of the office "
                "that aggregates them: the dossier register, the reports (II.06a, II.07b, "
                "QĐ 766) and the packages sent between them. It works without internet; all "
                "the data stays in the data folder on this computer. To ask the IT officer for "
                "help, copy the details below and paste them into the message."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(8)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.fields: dict[str, QLabel] = {}
        for key, label in self._labels().items():
            value = QLabel()
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            self.form.addRow(label, value)
        layout.addLayout(self.form)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.copy_button.clicked.connect(self.copy_details)
        self.logs_button = QPushButton(self.tr("Open logs folder"))
        self.logs_button.clicked.connect(self.open_logs)
        self.licences_button = QPushButton(self.tr("Licence texts"))
        self.licences_button.clicked.connect(self.open_licences)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.logs_button)
        buttons.addWidget(self.licences_button)
        buttons.addWidget(self.message, 1)
        layout.addLayout(buttons)
        heading = QLabel(self.tr("Third-party software and data"))
        heading.setStyleSheet("font-weight: bold; margin-top: 8px;")
        layout.addWidget(heading)
        self.notices = QTextBrowser()
        self.notices.setOpenExternalLinks(True)
        self.notices.setMarkdown(service.notices())
        self.notices.setMinimumHeight(120)
        layout.addWidget(self.notices, 1)

    def _labels(self) -> dict[str, str]:
        """The label of each row of `about.ROWS`."""
        return {
            about.VERSION: self.tr("Version:"),
            about.OS: self.tr("Operating system:"),
            about.CLOCK: self.tr("Computer's date and time:"),
            about.UNIT: self.tr("Unit:"),
            about.ROLE: self.tr("Role:"),
            about.CATALOG: self.tr("Catalogue of administrative units:"),
            about.MODE: self.tr("Period mode:"),
            about.DATA_DIR: self.tr("Data folder:"),
            about.LOGS_DIR: self.tr("Logs folder:"),
            about.DATABASE: self.tr("Database:"),
            about.BACKUPS: self.tr("Backups:"),
            about.NEWEST_BACKUP: self.tr("Newest backup:"),
            about.FREE: self.tr("Free space on the data folder's disk:"),
        }

    def refresh(self) -> None:
        """Read the details again: the backups and the room on the disk change."""
        self.message.clear()
        self._show(self._about.facts())

    def _show(self, facts: AboutFacts) -> None:
        self._facts = facts
        shown = dict(about.rows(facts))
        for key, field in self.fields.items():
            field.setText(shown.get(key, ""))
            self.form.setRowVisible(field, key in shown)

    def copy_details(self) -> None:
        """Put the details, read now, on the clipboard as the lines a chat message takes."""
        facts = self._about.facts()
        self._show(facts)
        QGuiApplication.clipboard().setText(about.text(facts))
        self.message.setText(self.tr("Copied: paste it into the message to the IT officer."))

    def open_logs(self) -> None:
        """Show the logs folder in the file manager, to send a log file along."""
        facts = self._facts or self._about.facts()
        self._open(facts.logs_dir)

    def open_licences(self) -> None:
        """Show the folder of the licences' full texts in the file manager."""
        self._open(self._about.licences_folder())

    def _open(self, folder: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            self.message.setText(
                self.tr("Could not open the folder {path}.").replace("{path}", str(folder))
            )
