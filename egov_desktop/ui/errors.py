"""User errors in a message box; bugs logged and shown with the log folder's path."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from egov_desktop.errors import UserError

logger = logging.getLogger(__name__)


def show_user_error(parent: QWidget | None, error: UserError) -> None:
    """A warning box with the error's Vietnamese message."""
    title = QCoreApplication.translate("errors", "Cannot continue")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error.message, parent=parent)
    # Qt ships no Vietnamese translation of its standard buttons: name the button ourselves.
    box.addButton(QCoreApplication.translate("errors", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


class ErrorDialog(QDialog):
    """Shown for a bug: what happened, where the log is, and the details to copy."""

    def __init__(self, details: str, log_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        message = QLabel(
            self.tr(
                "An unexpected error occurred. Your data is safe: every change is saved as "
                "soon as it is made. Please send the log file to IT support.\n"
                "Log folder: {path}"
            ).replace("{path}", str(log_dir))
        )
        message.setWordWrap(True)
        from PySide6.QtCore import Qt  # here: the namespace's enums cost ~14 ms at start-up

        message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox()
        copy = QPushButton(self.tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 420)


def install_excepthook(log_dir: Path) -> None:
    """Log every uncaught exception; show UserErrors plainly and bugs with the log path."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, UserError):
            show_user_error(None, exc)
            return
        logger.error("Uncaught exception", exc_info=(exc_type, exc, tb))
        if QGuiApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        ErrorDialog(details, log_dir).exec()

    sys.excepthook = hook
