"""The office's receive page built for a test, on the services of a data folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
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
