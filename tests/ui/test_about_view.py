"""The About page: the details to read out or copy for the IT officer, the logs, the notices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.domain.text import size_text
from egov_desktop.services import about
from egov_desktop.ui.main_window import MainWindow
from egov_desktop.ui.views.about_view import AboutView
from tests.ui.helpers import shown_window


@pytest.fixture
def window(qtbot: QtBot, commune: Services, tmp_path: Path) -> MainWindow:
    return shown_window(qtbot, commune, tmp_path)


def _open_about(window: MainWindow) -> AboutView:
    """Click the last navigation entry, the About page."""
    assert window.nav is not None and window.pages is not None
    window.nav.setCurrentRow(window.nav.count() - 1)
    page = window.pages.currentWidget()
    assert isinstance(page, AboutView) and page is window.about_view
    return page


def _recorded_urls(monkeypatch: pytest.MonkeyPatch, answer: bool = True) -> list[QUrl]:
    opened: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return answer

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(open_url))
    return opened


def test_the_last_page_shows_the_details(window: MainWindow, commune: Services) -> None:
    page = _open_about(window)
    fields = page.fields
    assert set(fields) == set(about.ROWS)
    assert fields[about.UNIT].text() == "Phường Ba Đình (00004), Thành phố Hà Nội"
    assert fields[about.LOGS_DIR].text() == str(commune.paths.logs)
    assert fields[about.DATA_DIR].text() == str(commune.paths.data_dir)
    assert fields[about.VERSION].text().startswith("egov_desktop ")
    for key, field in fields.items():
        assert field.isVisibleTo(page), key
        assert field.text(), key
    assert "vietnamadminunits 1.0.4" in page.notices.toPlainText()
    assert "LGPLv3" in page.notices.toPlainText()


def test_the_details_are_read_again_each_time_the_page_is_shown(
    window: MainWindow, commune: Services
) -> None:
    page = _open_about(window)
    before = page.fields[about.BACKUPS].text()
    made = commune.backups.create("manual")
    assert page.fields[about.BACKUPS].text() == before
    assert window.nav is not None
    window.nav.setCurrentRow(0)
    _open_about(window)
    items = commune.backups.list()
    assert page.fields[about.BACKUPS].text() == (
        f"{len(items)} bản, {size_text(sum(item.size for item in items))}"
    )
    assert page.fields[about.BACKUPS].text() != before
    assert page.fields[about.NEWEST_BACKUP].text() == f"{made.created_at:%d/%m/%Y %H:%M}"


def test_copy_puts_the_details_on_the_clipboard(window: MainWindow, commune: Services) -> None:
    page = _open_about(window)
    QGuiApplication.clipboard().clear()
    page.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    facts = page._facts
    assert facts is not None
    assert copied == about.text(facts)
    assert "Đơn vị: Phường Ba Đình (00004), Thành phố Hà Nội" in copied.splitlines()
    assert f"Thư mục nhật ký: {commune.paths.logs}" in copied.splitlines()
    # What the page shows is what was copied.
    assert page.fields[about.CLOCK].text() == f"{facts.now:%d/%m/%Y %H:%M}"
    assert page.message.text().startswith("Copied")


def test_the_logs_button_opens_the_logs_folder(
    window: MainWindow, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _recorded_urls(monkeypatch)
    page = _open_about(window)
    page.logs_button.click()
    assert [Path(url.toLocalFile()) for url in opened] == [commune.paths.logs]
    assert page.message.text() == ""


def test_a_logs_folder_that_does_not_open_says_so(
    window: MainWindow, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _recorded_urls(monkeypatch, answer=False)
    page = _open_about(window)
    page.logs_button.click()
    assert page.message.text() == f"Could not open the folder {commune.paths.logs}."


def test_the_licence_button_opens_the_folder_of_the_full_texts(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _recorded_urls(monkeypatch)
    page = _open_about(window)
    page.licences_button.click()
    [url] = opened
    assert Path(url.toLocalFile()) == about.AboutService.licences_folder()
    assert (Path(url.toLocalFile()) / "LGPL-3.0.txt").is_file()
