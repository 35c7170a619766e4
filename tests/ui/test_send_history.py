"""Send page: the packages sent, with the office's reply read whole on a small screen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.ui.views.send_view import SendView

P = "2025-Q3"
REASON = (
    "Biểu II.06a: số hồ sơ lĩnh vực Chứng thực chưa khớp với sổ theo dõi của Bộ phận Một cửa "
    "(chênh 3 hồ sơ); đề nghị rà soát, điều chỉnh và gửi lại trước ngày 20/10/2025."
)


def test_the_office_s_reason_for_a_return_is_read_whole(
    qtbot: QtBot, commune: Services, office: Services, tmp_path: Path
) -> None:
    civil = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    commune.entry.set_values([(civil, 3, 1), (civil, 5, 1)], form="II.06a", period=P)
    commune.entry.set_values([(civil, 11, 1), (civil, 12, 1)], form="II.06a", period=P)
    commune.entry.set_status(form="II.06a", period=P, status="done", note="")
    sent = commune.packages.send(period=P, forms=["II.06a"], out=tmp_path)
    office.package_import.apply(Path(sent.file))
    reply = office.package_import.return_("00004", P, REASON, tmp_path / "replies")
    commune.packages.import_reply(reply)
    view = SendView(commune.packages, today=lambda: date(2025, 10, 20))
    qtbot.addWidget(view)
    view.resize(800, 540)  # what a 1024×600 screen leaves the page
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    table = view.history
    cell = table.item(0, 4)
    assert cell is not None and cell.text().endswith(REASON)
    assert cell.toolTip() == cell.text()
    # The height the cell's text takes wrapped at its column's width, as the style lays it out.
    wanted = table.sizeHintForRow(0)
    assert wanted > 2 * table.fontMetrics().lineSpacing()  # the reply takes three lines or more
    assert table.rowHeight(0) >= wanted


def test_the_forms_table_fills_its_width(qtbot: QtBot, commune: Services) -> None:
    view = SendView(commune.packages, today=lambda: date(2025, 10, 20))
    qtbot.addWidget(view)
    view.resize(800, 540)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    table = view.forms_table
    assert table.rowCount() == 3
    assert table.horizontalHeader().length() == table.viewport().width()
