from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard
from pytestqt.qtbot import QtBot

from egov_desktop.app import restore_and_reopen, window_services
from egov_desktop.bootstrap import Services, open_services
from egov_desktop.config import AppPaths
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui import main_window
from egov_desktop.ui.main_window import MainWindow, Restored
from egov_desktop.ui.views.backups_view import BackupsView
from egov_desktop.ui.views.receive_view import ReceiveView
from egov_desktop.ui.views.settings_view import SettingsView
from egov_desktop.ui.views.setup_wizard import SetupWizard
from tests.ui.helpers import shown_window


def _window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, services, tmp_path)


def _go(window: MainWindow, page_type: type) -> QWidget:
    """Click the navigation entry of the page of `page_type` and return the page."""
    assert window.nav is not None and window.pages is not None
    for row in range(window.pages.count()):
        if isinstance(window.pages.widget(row), page_type):
            window.nav.setCurrentRow(row)
            return window.pages.currentWidget()
    raise AssertionError(f"no {page_type.__name__} page")


def _to_names_page(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> tuple[MainWindow, SetupWizard]:
    """A fresh folder's window, its wizard led to the names page for Phường Ba Đình."""
    window = _window(qtbot, services, tmp_path)
    wizard = window.wizard
    assert wizard is not None
    wizard.next()
    qtbot.keyClicks(wizard.unit_page.query, "phuong ba dinh")
    qtbot.waitUntil(lambda: wizard.unit_page.results.count() > 0, timeout=3000)
    assert wizard.unit_page.selected().code == "00004"  # type: ignore[union-attr]
    wizard.next()
    wizard.next()
    return window, wizard


def test_fresh_folder_shows_the_wizard_and_setup_leads_home(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:
    window, wizard = _to_names_page(qtbot, services, tmp_path)
    wizard.names_page.officer.setText("Nguyễn Văn An")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert window.wizard is None
    assert window.home is not None
    assert window.home.title.text() == "Phường Ba Đình"
    assert "Thành phố Hà Nội" in window.home.fields["province"].text()
    info = services.setup.require()
    assert info.officer == "Nguyễn Văn An"


def test_a_name_too_long_keeps_the_wizard_open_with_it(
    qtbot: QtBot, services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(main_window, "show_user_error", lambda _p, e: shown.append(e.message))
    window, wizard = _to_names_page(qtbot, services, tmp_path)
    name = "Nguyễn Văn An, chuyên viên Văn phòng HĐND và UBND phường, " * 2  # 116 characters
    QGuiApplication.clipboard().setText(name)
    wizard.names_page.officer.paste()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert shown == ["Tên cán bộ quá dài (tối đa 100 ký tự)."]
    assert window.wizard is wizard and wizard.currentPage() is wizard.names_page
    assert wizard.names_page.officer.text() == name
    assert services.setup.current() is None
    wizard.names_page.officer.setText("Nguyễn Văn An")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert window.wizard is None and services.setup.require().officer == "Nguyễn Văn An"


def test_set_up_folder_opens_on_home(qtbot: QtBot, commune: Services, tmp_path: Path) -> None:
    window = _window(qtbot, commune, tmp_path)
    assert window.wizard is None and window.home is not None
    assert "(Từ ngày" in window.home.fields["month"].text()
    assert window.nav is not None
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Home",
        "Report entry",
        "Reports",
        "Dossier register",
        "Send reports",
        "Templates",
        "Online services",
        "IT targets",
        "Sectors",
        "Backups",
        "Settings",
        "About",
    ]


def test_settings_page_saves_names(qtbot: QtBot, commune: Services, tmp_path: Path) -> None:
    window = _window(qtbot, commune, tmp_path)
    assert window.nav is not None and window.pages is not None
    settings = _go(window, SettingsView)
    settings.officer.setText("Lê Văn Cường")  # type: ignore[attr-defined]
    receiving = settings.receiving_unit  # type: ignore[attr-defined]
    assert receiving.placeholderText() == "Văn phòng UBND Thành phố Hà Nội"
    settings.agency_code.setText("000.00.31.h26")  # type: ignore[attr-defined]
    receiving.setText("Sở Nội vụ Thành phố Hà Nội")
    settings.save_button.click()  # type: ignore[attr-defined]
    info = commune.setup.require()
    assert info.officer == "Lê Văn Cường"
    assert (info.agency_code, info.receiving_unit) == (
        "000.00.31.H26",
        "Sở Nội vụ Thành phố Hà Nội",
    )
    assert settings.agency_code.text() == "000.00.31.H26"  # type: ignore[attr-defined]
    window.nav.setCurrentRow(0)
    assert "Lê Văn Cường" in window.home.fields["people"].text()  # type: ignore[union-attr]


def test_backups_page_makes_a_backup(qtbot: QtBot, commune: Services, tmp_path: Path) -> None:
    window = _window(qtbot, commune, tmp_path)
    page = _go(window, BackupsView)
    before = page.table.rowCount()  # type: ignore[attr-defined]
    page.create_button.click()  # type: ignore[attr-defined]
    assert page.table.rowCount() == before + 1  # type: ignore[attr-defined]


def test_an_office_s_home_lists_its_units_reports(
    qtbot: QtBot, services: Services, tmp_path: Path
) -> None:

    services.setup.apply(SetupRequest(unit_code="01", role="aggregator"))
    window = _window(qtbot, services, tmp_path)
    todo = window.home.todo
    assert todo is not None
    model = todo.model
    assert model.rowCount() == 6  # II.06a, II.07b, 766 × the previous and current quarter
    status = model.index(0, 2).data()
    assert status.startswith("0 of ") and status.endswith(" units reported")
    item = model.item(0)
    assert item is not None
    todo.open_requested.emit(item.form, item.period_code)
    page = window.pages.currentWidget()
    assert isinstance(page, ReceiveView)
    assert page.period_picker.period().code == item.period_code
    assert page.form_combo.currentData() == item.form


def test_a_backup_is_restored_from_the_backups_page(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:

    opened = [commune]

    def restore(source: Path) -> Restored:
        services, error, safety = restore_and_reopen(opened[-1], source)
        opened.append(services)
        return Restored(window_services(services, restore), error, safety)

    made = commune.backups.create("manual")
    commune.sectors.add("Lĩnh vực thêm sau khi sao lưu")
    state = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    window = MainWindow(data_dir=commune.paths.data_dir, ui_state=state)
    window.attach(window_services(commune, restore))
    qtbot.addWidget(window)
    page = _go(window, BackupsView)
    assert page.restore_button.isVisibleTo(page)  # type: ignore[attr-defined]
    assert not page.restore_button.isEnabled()  # type: ignore[attr-defined]
    row = next(i for i, item in enumerate(page._items) if item.path == made.path)  # type: ignore[attr-defined]
    page.table.selectRow(row)  # type: ignore[attr-defined]
    page.confirm_restore = lambda _item: False  # type: ignore[attr-defined]
    page.restore_button.click()  # type: ignore[attr-defined]
    assert len(opened) == 1  # the user said no: nothing happens
    page.confirm_restore = lambda _item: True  # type: ignore[attr-defined]
    page.restore_button.click()  # type: ignore[attr-defined]
    try:
        assert len(opened) == 2
        restored = opened[-1]
        names = [s.name for s in restored.sectors.list()]
        assert "Lĩnh vực thêm sau khi sao lưu" not in names and "Hộ tịch" in names
        now = window.backups_view
        assert now is not None and now is not page and window.pages.currentWidget() is now  # type: ignore[union-attr]
        assert made.path.name in now.message.text()
        # The data as it was just before is a backup of its own: the restore can be undone.
        reasons = [b.reason for b in restored.backups.list()]
        assert "before-restore" in reasons
        shown = [now.table.item(r, 1).text() for r in range(now.table.rowCount())]  # type: ignore[union-attr]
        assert shown.count("Trước khi khôi phục") == 1  # one label table, GUI and CLI
    finally:
        opened[-1].close()


def test_the_restore_question_names_the_packages_sent_since_the_backup(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    view = BackupsView(commune.backups, can_restore=True)
    qtbot.addWidget(view)
    made = commune.backups.create("manual")
    assert "package(s) sent after" not in view.restore_question(made)
    row = commune.sectors.find("Hộ tịch").id
    good = {3: 20, 4: 5, 5: 10, 6: 5, 7: 12, 8: 6, 9: 4, 10: 2, 11: 8, 12: 6, 13: 2}
    values = [(row, c, v) for c, v in good.items()]
    commune.entry.set_values(values, form="II.06a", period="2025-Q3")
    commune.entry.set_status(form="II.06a", period="2025-Q3", status="done")
    commune.packages.send(period="2025-Q3", out=tmp_path)
    assert view.restore_question(made).endswith(
        "1 package(s) sent after this backup (BC_00004_2025-Q3_v1.egov) will no longer be in "
        "the history of sent packages; the next package is numbered after them."
    )
    assert "package(s) sent after" not in view.restore_question(commune.backups.create("manual"))


def test_the_restore_question_warns_of_another_unit_s_data(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:

    view = BackupsView(commune.backups, can_restore=True)
    qtbot.addWidget(view)
    own = commune.backups.create("manual")
    assert "another unit" not in view.restore_question(own)
    other = open_services(AppPaths.resolve(tmp_path / "other"))
    try:
        other.setup.apply(SetupRequest(unit_code="00008", role="commune"))
        foreign = other.backups.create("manual")
    finally:
        other.close()
    assert view.restore_question(foreign).endswith(
        "This backup holds the data of another unit, Phường Ngọc Hà (00008): after the restore "
        "this data folder works for that unit."
    )


def test_a_window_without_the_restore_hook_offers_no_restore(
    qtbot: QtBot, commune: Services, tmp_path: Path
) -> None:
    window = _window(qtbot, commune, tmp_path)
    page = _go(window, BackupsView)
    assert not page.restore_button.isVisibleTo(page)  # type: ignore[attr-defined]
