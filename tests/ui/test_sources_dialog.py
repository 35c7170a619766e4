"""The figures behind an office's totals, on a small screen and named for a clerk."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.sources_dialog import SourcesDialog
from egov_desktop.ui.widgets.screen_fit import TITLE_BAR
from tests.ui.small_screen import small_screen


def _dialog(qtbot: QtBot, office: Services) -> SourcesDialog:
    dialog = SourcesDialog(office.provenance, form="II.06a", period="2025-Q3")
    qtbot.addWidget(dialog)
    return dialog


def test_the_close_button_stays_on_a_small_screen(
    qtbot: QtBot, office: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    room = small_screen(monkeypatch)
    dialog = _dialog(qtbot, office)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() + TITLE_BAR <= room.height()
    assert dialog.width() <= room.width()


def test_the_form_and_its_columns_are_named(qtbot: QtBot, office: Services) -> None:
    dialog = _dialog(qtbot, office)
    assert dialog.caption.text().startswith("Biểu II.06a — ")
    combo = dialog.column_combo
    assert combo.itemText(combo.findData(4)) == (
        "Column (4): Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến"
    )


def test_a_unit_that_sent_nothing_is_named_and_the_empty_list_explained(
    qtbot: QtBot, office: Services
) -> None:
    dialog = SourcesDialog(office.provenance, form="II.06a", period="2025-Q3", unit="00004")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert dialog.caption.text().endswith(", Phường Ba Đình (00004)")
    assert dialog.total.text().startswith("No figure yet: ")
