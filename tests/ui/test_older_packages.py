"""Receive page: a package not newer than the one the office holds is named by that version."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from tests.packages import package
from tests.ui.receive import inbox_column, preview_dialog

FIGURES = {"Hộ tịch": {3: 2, 4: 2}}


@pytest.fixture
def inbox(office: Services, tmp_path: Path) -> Path:
    """v3 of 00004 imported; in the inbox its v2 and another v3 (a unit set up again)."""
    office.package_import.apply(package(tmp_path / "held.egov", FIGURES, version=3))
    folder = tmp_path / "inbox"
    folder.mkdir()
    package(folder / "a_v2.egov", FIGURES, version=2)
    package(folder / "b_v3.egov", FIGURES, version=3)
    return folder


def _states(qtbot: QtBot, office: Services, folder: Path) -> list[str]:
    return inbox_column(qtbot, office, folder, 3)


def _summary(qtbot: QtBot, office: Services, path: Path) -> str:
    dialog = preview_dialog(qtbot, office, path)  # kept: its labels live as long
    return dialog.summary.text()


def test_the_inbox_and_the_preview_name_the_version_the_office_holds(
    qtbot: QtBot, office: Services, inbox: Path
) -> None:
    assert _states(qtbot, office, inbox) == [
        "older than the v3 the office holds",
        "the office holds another v3 of this unit",
    ]
    assert _summary(qtbot, office, inbox / "a_v2.egov") == (
        "This package is older than the v3 the office holds; it is not imported."
    )
    assert _summary(qtbot, office, inbox / "b_v3.egov") == (
        "The office holds another v3 of this unit; this package is not imported."
    )


@pytest.mark.usefixtures("vietnamese")
def test_in_vietnamese(qtbot: QtBot, office: Services, inbox: Path) -> None:
    assert _states(qtbot, office, inbox)[0] == "cũ hơn gói v3 cơ quan đang giữ"
    assert _summary(qtbot, office, inbox / "a_v2.egov") == (
        "Gói cũ hơn gói v3 cơ quan đang giữ; gói không được nhập."
    )
