"""Input as a user produces it, and dialogs brought to the state a test starts from."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.qtbot import QtBot

from egov_desktop.app import window_services
from egov_desktop.bootstrap import Services
from egov_desktop.ui.main_window import MainWindow
from egov_desktop.ui.views.register_import_dialog import RegisterImportDialog
from egov_desktop.ui.views.register_view import RegisterView
from egov_desktop.ui.views.unit_entry_dialog import UnitEntryDialog
from tests.packages import package


def double_click(qtbot: QtBot, widget: QWidget, pos: QPoint) -> None:
    """A real double click: a first click, then the double-click event on the same spot."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def mnemonic(text: str) -> str | None:
    """The letter Alt presses in `text` ("&Save" → "s"), None without one ("&&" is an "&")."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    if at < 0 or at + 1 >= len(plain):
        return None
    return plain[at + 1].lower()


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of each shown button, and label of a field, that Alt and a letter reach."""
    found = []
    for widget in window.findChildren(QWidget):
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            letter = mnemonic(widget.text())  # type: ignore[attr-defined]
            if letter is not None and widget.isVisible():
                found.append((letter, widget.text()))  # type: ignore[attr-defined]
    return found


def previewed(qtbot: QtBot, commune: Services, path: Path) -> RegisterImportDialog:
    """The register import dialog once it has read `path` and shows its preview."""
    dialog = RegisterImportDialog(commune.register_import)
    qtbot.addWidget(dialog)
    assert dialog.choose_file(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def shown_window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    """The main window over `services`' data folder, shown, its UI state kept in `tmp_path`."""
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(data_dir=services.paths.data_dir, ui_state=state)
    window.attach(window_services(services))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def register_page(qtbot: QtBot, commune: Services, today: date) -> RegisterView:
    """The commune's register page on `today` (cut-off periods), its list read."""
    page = RegisterView(
        commune.register,
        commune.catalogue,
        commune.register_import,
        period_mode=lambda: "cutoff",
        today=lambda: today,
    )
    qtbot.addWidget(page)
    page.refresh()
    return page


def ba_dinh_dialog(
    qtbot: QtBot, office: Services, tmp_path: Path, figures: dict[int, int]
) -> UnitEntryDialog:
    """The office's dialog of Phường Ba Đình's Q3 2025 II.06a, received with Hộ tịch's
    `figures`; not shown yet."""
    office.package_import.apply(package(tmp_path / "00004.egov", {"Hộ tịch": figures}))
    dialog = UnitEntryDialog(
        office.entry,
        "00004",
        "Phường Ba Đình",
        form="II.06a",
        period="2025-Q3",
        period_mode=lambda: "cutoff",
        completeness=office.completeness,
    )
    qtbot.addWidget(dialog)
    return dialog
