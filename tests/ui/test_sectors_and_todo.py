"""The sectors page over the fake service, and the home page's to-do list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services.entry_dto import TodoItem
from egov_desktop.ui.models.todo_table_model import LEFT, OVERDUE, TodoTableModel
from egov_desktop.ui.views.sectors_view import SectorsView
from egov_desktop.ui.views.todo_view import TodoView
from tests.ui.fakes import FakeEntryService, FakeSectorService
from tests.ui.helpers import double_click


def _shown(qtbot: QtBot, service: FakeSectorService) -> SectorsView:
    """The sectors page over `service`, shown and filled."""
    view = SectorsView(service)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    return view


def _real(qtbot: QtBot, commune: Services) -> tuple[SectorsView, int, list[bool]]:
    """The page over the commune's sectors: the page, its row count, and each change it told."""
    view = SectorsView(commune.sectors)
    qtbot.addWidget(view)
    view.refresh()
    changed: list[bool] = []
    view.changed.connect(lambda: changed.append(True))
    return view, view.model.rowCount(), changed


def _names(view: SectorsView) -> list[str]:
    return [view.model.data(view.model.index(r)) for r in range(view.model.rowCount())]


def test_add_hide_show_and_reorder_sectors(qtbot: QtBot) -> None:
    service = FakeSectorService()
    view = _shown(qtbot, service)
    changed: list[bool] = []
    view.changed.connect(lambda: changed.append(True))
    # Vietnamese arrives from the input method as committed text.
    view.name.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("Tư pháp")
    QApplication.sendEvent(view.name, event)
    assert view.name.text() == "Tư pháp"
    qtbot.keyClick(view.name, Qt.Key.Key_Return)
    assert _names(view)[-1] == "6. Tư pháp"
    assert view.current() is not None and view.current().name == "Tư pháp"  # type: ignore[union-attr]
    view.up_button.click()
    assert _names(view)[-2:] == ["5. Tư pháp", "6. Người có công"]
    view.hide_button.click()
    assert _names(view)[4] == "5. Tư pháp (hidden)"
    assert view.hide_button.text() == "Show"
    assert [s.name for s in service.list()][-1] == "Người có công"
    view.hide_button.click()
    assert _names(view)[4] == "5. Tư pháp"
    view.name.setText("tư  pháp")
    view.add_button.click()
    assert "đã có" in view.message.text()
    assert len(changed) == 4  # add, move, hide, show
    view.list.setCurrentIndex(view.model.index(0))
    assert not view.up_button.isEnabled() and view.down_button.isEnabled()


def test_a_listed_sector_typed_without_accents_is_refused_and_stays_typed(
    qtbot: QtBot, commune: Services
) -> None:
    view, rows, changed = _real(qtbot, commune)
    view.name.setText("ho tich")
    view.add_button.click()
    assert 'chính là lĩnh vực "Hộ tịch" đã có trong danh sách' in view.message.text()
    assert view.name.text() == "ho tich"  # to be corrected, not typed again
    assert view.model.rowCount() == rows and not changed


def test_a_name_of_blanks_only_is_refused_as_the_cli_refuses_it(
    qtbot: QtBot, commune: Services
) -> None:
    view, rows, changed = _real(qtbot, commune)
    for typed in ("   ", "", "\u3000\t"):
        view.message.clear()
        view.name.setText(typed)
        view.add_button.click()
        assert view.message.text() == "Tên lĩnh vực không được để trống."
    assert view.model.rowCount() == rows and not changed


def test_a_pasted_name_too_long_is_refused_not_cut(qtbot: QtBot, commune: Services) -> None:
    view, rows, _changed = _real(qtbot, commune)
    name = "Lĩnh vực " + "quản lý " * 30  # 249 characters
    QGuiApplication.clipboard().setText(name)
    view.name.paste()
    view.add_button.click()
    assert view.message.text() == "Tên lĩnh vực quá dài (tối đa 100 ký tự)."
    assert view.name.text() == name  # all of it, to be shortened
    assert view.model.rowCount() == rows


def test_nothing_is_moved_or_hidden_once_the_selection_is_taken_away(qtbot: QtBot) -> None:
    service = FakeSectorService()
    view = _shown(qtbot, service)
    names = _names(view)
    assert not (view.up_button.isEnabled() or view.down_button.isEnabled())
    assert not view.hide_button.isEnabled()
    second = view.list.visualRect(view.model.index(1)).center()
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert view.current() is not None and view.up_button.isEnabled()
    # Ctrl+click on the selected sector: none is selected, though the row stays current.
    qtbot.mouseClick(
        view.list.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ControlModifier,
        second,
    )
    for button in (view.down_button, view.hide_button):
        button.click()
    assert _names(view) == names and not any(s.hidden for s in service.list(include_hidden=True))
    assert view.list.currentIndex().row() == 1 and view.current() is None
    assert not (view.up_button.isEnabled() or view.down_button.isEnabled())
    assert not view.hide_button.isEnabled()


def _item(days_left: int, status: str = "empty") -> TodoItem:
    return TodoItem(
        "II.06a", "Biểu II.06a", "2025-Q3", "Quý III năm 2025", status, date(2025, 9, 19), days_left
    )


def test_days_left_and_overdue_in_red(qapp: QApplication) -> None:
    model = TodoTableModel()
    model.set_items([_item(5), _item(0, "in_progress"), _item(-2), _item(-9, "done")])
    texts = [model.data(model.index(r, LEFT)) for r in range(4)]
    assert texts == ["5 days left", "due today", "2 days overdue", "filed"]
    assert model.data(model.index(2, LEFT), Qt.ItemDataRole.ForegroundRole).color() == OVERDUE
    assert model.data(model.index(0, LEFT), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(3, LEFT), Qt.ItemDataRole.ForegroundRole).color() != OVERDUE
    assert model.data(model.index(1, 2)) == "In progress"
    assert model.data(model.index(0, 3)) == "19/09/2025"


def test_double_click_asks_to_open_the_report(qtbot: QtBot) -> None:
    service = FakeEntryService()
    view = TodoView(service.todo)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    assert view.model.rowCount() == 4  # two forms, previous and current period
    rect = view.table.visualRect(view.model.index(1, 0))
    with qtbot.waitSignal(view.open_requested) as blocker:
        double_click(qtbot, view.table.viewport(), rect.center())
    item = view.model.item(1)
    assert item is not None and blocker.args == [item.form, item.period_code]
