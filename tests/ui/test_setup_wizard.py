from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget, QWizard
from pytestqt.qtbot import QtBot

from egov_desktop.services.dto import UnitInfo
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui.views.setup_wizard import SetupWizard

BA_DINH = UnitInfo("00004", "Phường Ba Đình", "commune", "Phường", "01", "Thành phố Hà Nội")


def fake_search(text: str, catalog: str, role: str) -> list[UnitInfo]:
    fake_search.calls.append((text, catalog, role))  # type: ignore[attr-defined]
    return [BA_DINH] if "ba dinh" in text else []


def _type_with_input_method(widget: QWidget, text: str) -> None:
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_wizard_collects_a_request(qtbot: QtBot) -> None:
    fake_search.calls = []  # type: ignore[attr-defined]
    wizard = SetupWizard(fake_search)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.role_page
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.keyClicks(wizard.unit_page.query, "ba dinh")
    qtbot.waitUntil(lambda: wizard.unit_page.results.count() == 1, timeout=2000)
    assert ("ba dinh", "2025", "commune") in fake_search.calls  # type: ignore[attr-defined]
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    wizard.period_page.modes.button(1).setChecked(True)
    wizard.next()
    # Vietnamese arrives through the input method (Unikey, EVKey, ibus) as committed text.
    _type_with_input_method(wizard.names_page.officer, "Nguyễn Văn An")
    _type_with_input_method(wizard.names_page.head, "Trần Thị Bình")
    with qtbot.waitSignal(wizard.completed) as blocker:
        qtbot.mouseClick(
            wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton
        )
    assert blocker.args == [
        SetupRequest("00004", "commune", "2025", "calendar", "Nguyễn Văn An", "Trần Thị Bình")
    ]


def test_no_match_keeps_next_disabled(qtbot: QtBot) -> None:
    fake_search.calls = []  # type: ignore[attr-defined]
    wizard = SetupWizard(fake_search)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.role_page.roles.button(1).setChecked(True)
    wizard.next()
    qtbot.keyClicks(wizard.unit_page.query, "zzz")
    qtbot.waitUntil(lambda: "zzz" in [c[0] for c in fake_search.calls], timeout=2000)  # type: ignore[attr-defined]
    assert fake_search.calls[-1][2] == "aggregator"  # type: ignore[attr-defined]
    assert wizard.unit_page.results.count() == 0
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


HA_NOI = UnitInfo("01", "Thành phố Hà Nội", "province", "Thành phố", "01", "Thành phố Hà Nội")


def test_a_province_is_listed_without_its_name_twice(qtbot: QtBot) -> None:
    wizard = SetupWizard(lambda _text, _catalog, _role: [HA_NOI, BA_DINH])
    qtbot.addWidget(wizard)
    wizard.role_page.roles.button(1).setChecked(True)
    wizard.show()
    wizard.next()
    wizard.unit_page.query.setText("ha noi")
    wizard.unit_page.refresh()
    results = wizard.unit_page.results
    assert [results.item(row).text() for row in range(results.count())] == [
        "Thành phố Hà Nội (01)",
        "Phường Ba Đình — Thành phố Hà Nội (00004)",
    ]


def test_the_search_s_example_is_a_unit_of_the_chosen_role(qtbot: QtBot) -> None:
    wizard = SetupWizard(fake_search)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert '"ba dinh"' in wizard.unit_page.subTitle()
    wizard.back()
    wizard.role_page.roles.button(1).setChecked(True)
    wizard.next()
    assert '"ha noi"' in wizard.unit_page.subTitle()


TAN_LAP = [
    UnitInfo(code, "Xã Tân Lập", "commune", "Xã", "00", province)
    for code, province in (("19462", "Tỉnh Quảng Trị"), ("23134", "Tỉnh Lâm Đồng"))
]


def test_the_arrow_keys_pick_a_unit_while_typing(qtbot: QtBot) -> None:
    wizard = SetupWizard(lambda _text, _catalog, _role: TAN_LAP)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    page = wizard.unit_page
    page.query.setText("tan lap")
    page.refresh()
    qtbot.keyClick(page.query, Qt.Key.Key_Down)
    assert page.selected() == TAN_LAP[1]
    qtbot.keyClick(page.query, Qt.Key.Key_Down)  # the last stays chosen
    assert page.selected() == TAN_LAP[1]
    qtbot.keyClick(page.query, Qt.Key.Key_Up)
    assert page.selected() == TAN_LAP[0]
    assert page.query.text() == "tan lap"
