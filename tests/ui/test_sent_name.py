"""Receive page: a package naming its unit otherwise than the office's catalogue is flagged."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.exchange.package import PackageUnit
from tests.packages import package
from tests.ui.receive import inbox_column, preview_dialog

FIGURES = {"Hộ tịch": {3: 2, 4: 2}}
#: 00004 is Phường Ba Đình in the catalogue: a package naming another commune under its code.
SENT = PackageUnit("00004", "Xã Cũ A", "2025", "01")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    """A package naming its unit otherwise, and one naming it as the catalogue (other case)."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    package(folder / "a_other.egov", FIGURES, unit=SENT)
    same = PackageUnit("00008", "phường ngọc hà ", "2025", "01")
    package(folder / "b_same.egov", FIGURES, unit=same)
    return folder


def _units(qtbot: QtBot, office: Services, folder: Path) -> list[str]:
    return inbox_column(qtbot, office, folder, 1)


def _header(qtbot: QtBot, office: Services, path: Path) -> str:
    dialog = preview_dialog(qtbot, office, path)  # kept: its labels live as long
    return dialog.header.text()


def test_the_inbox_and_the_preview_say_the_package_names_its_unit_otherwise(
    qtbot: QtBot, office: Services, inbox: Path
) -> None:
    assert _units(qtbot, office, inbox) == [
        "Phường Ba Đình (00004) · the package names it «Xã Cũ A»",
        "Phường Ngọc Hà (00008)",
    ]
    assert _header(qtbot, office, inbox / "a_other.egov").splitlines()[1] == (
        "The package names the unit «Xã Cũ A»; the office's catalogue: «Phường Ba Đình» "
        "(code 00004). Check the unit code before importing."
    )
    assert "names the unit" not in _header(qtbot, office, inbox / "b_same.egov")
    # Once imported, the preview of the same package says for which unit it was received.
    office.package_import.apply(inbox / "a_other.egov")
    assert (
        _header(qtbot, office, inbox / "a_other.egov")
        .splitlines()[1]
        .endswith("It was received for code 00004: check the package's unit code.")
    )


@pytest.mark.usefixtures("vietnamese")
def test_in_vietnamese(qtbot: QtBot, office: Services, inbox: Path) -> None:
    assert _units(qtbot, office, inbox)[0] == "Phường Ba Đình (00004) · gói ghi tên «Xã Cũ A»"
    assert _header(qtbot, office, inbox / "a_other.egov").splitlines()[1] == (
        "Gói ghi tên đơn vị: «Xã Cũ A»; danh mục của cơ quan: «Phường Ba Đình» (mã 00004). "
        "Kiểm tra lại mã đơn vị trước khi nhập."
    )
