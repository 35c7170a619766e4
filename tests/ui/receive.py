"""The office's receive page built for a test, on the services of a data folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.inbox_panel import InboxPanel
from egov_desktop.ui.views.package_preview_dialog import PackagePreviewDialog
from egov_desktop.ui.views.receive_view import ReceiveView


def receive_page(
    qtbot: QtBot, office: Services, tmp_path: Path, today: date | None = None, **parts: object
) -> ReceiveView:
    """The page with its replies under `tmp_path`, "today" fixed when given, and the optional
    services named in `parts` (entry, filled reports)."""
    view = ReceiveView(
        office.package_import,
        office.completeness,
        tmp_path / "replies",
        today=date.today if today is None else (lambda: today),
        **parts,  # type: ignore[arg-type]
    )
    qtbot.addWidget(view)
    return view


def inbox_column(qtbot: QtBot, office: Services, folder: Path, column: int) -> list[str]:
    """The texts of one column of the inbox panel showing `folder`, row by row."""
    panel = InboxPanel(office.package_import)
    qtbot.addWidget(panel)
    panel.set_folder(folder)
    return [panel.table.item(r, column).text() for r in range(panel.table.rowCount())]


def preview_dialog(qtbot: QtBot, office: Services, path: Path) -> PackagePreviewDialog:
    """The preview dialog of the package at `path`, as the office would open it."""
    dialog = PackagePreviewDialog(office.package_import.preview(path))
    qtbot.addWidget(dialog)
    return dialog
