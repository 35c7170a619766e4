"""The entry page over a report counted in another period mode than the unit's (§5.1).

Its figures are not shown over the current mode's window; the page says why, keeps them, and
offers to see them as counted, to count them again from the register, or to enter them again.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.errors import StoredModeError
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui.views.entry_view import EntryView

P = "2025-Q3"


def _calendar(services: Services) -> None:
    services.setup.apply(
        SetupRequest(
            unit_code="00004", role="commune", period_mode="calendar", officer="Nguyễn Văn An"
        )
    )


def _recorded(services: Services, form: str) -> str | None:
    with services.database.uow() as uow:
        status = uow.statuses.get(int(uow.settings.get("own_unit_id") or 0), form, P)
        return None if status is None else status.period_mode


def _page(qtbot: QtBot, services: Services, form: str) -> EntryView:
    view = EntryView(services.entry, period_mode=lambda: "calendar", today=lambda: date(2025, 8, 1))
    qtbot.addWidget(view)
    view.refresh()
    view.open(form, P)
    return view


def test_a_report_counted_in_the_former_mode_is_explained_not_shown(
    qtbot: QtBot, commune: Services
) -> None:
    row = commune.entry.find_row(form="II.07b", name="Phường Ba Đình")
    commune.entry.set_values([(row, 3, 7)], form="II.07b", period=P)
    _calendar(commune)
    view = _page(qtbot, commune, "II.07b")
    assert view.mode_choice.refusal is not None and view.mode_choice.refusal.stored == "cutoff"
    assert not view.mode_box.isHidden()
    assert "15/06/2025 – 14/09/2025" in view.mode_box.text.text()
    assert "01/07/2025 – 30/09/2025" in view.mode_box.text.text()
    title = view.mode_box.title.text()
    assert title.startswith("These figures were counted in another period mode")
    assert view.model.rowCount() == 0 and view.model.read_only  # nothing over calendar days
    assert view.done_button.isHidden() and view.carry_button.isHidden()
    assert view.mode_box.recount_button.isHidden()  # II.07b is typed, not counted from the register
    box = view.mode_box
    assert not box.as_counted_button.isHidden() and not box.adopt_button.isHidden()

    # Seen as counted: the stored figures over their own days, read only.
    view.mode_box.as_counted_button.click()
    assert view.model.rowCount() > 0 and view.model.read_only
    assert view.model.grid is not None and view.model.grid.rows[0].values[3] == 7
    assert "15/06/2025" in view.period_label.text()
    assert view.mode_box.title.text().startswith("Read only")
    assert view.mode_box.as_counted_button.isHidden() and view.done_button.isHidden()
    view.editing.paste_text("9\r\n")
    assert view.message.text().startswith("These figures were counted in another period mode")
    assert view.model.grid.rows[0].values[3] == 7

    # Declined: nothing changes.
    asked: list[StoredModeError] = []
    view.confirm_adopt = lambda refusal: asked.append(refusal) or False
    assert not view.mode_choice.adopt_mode()
    assert asked and view.model.read_only and _recorded(commune, "II.07b") == "cutoff"

    # Entered again: shown over the calendar window, stored in calendar at the first figure.
    view.confirm_adopt = lambda refusal: True
    view.mode_box.adopt_button.click()
    assert not view.model.read_only and "01/07/2025" in view.period_label.text()
    assert view.mode_box.title.text() == "Entering the figures again in the current period mode"
    assert "15/06/2025 – 14/09/2025" in view.mode_box.text.text()
    assert _recorded(commune, "II.07b") == "cutoff"  # nothing written by choosing
    assert view.model.setData(view.model.index(0, 2), "8", Qt.ItemDataRole.EditRole)
    assert _recorded(commune, "II.07b") == "calendar"
    assert view.mode_box.isHidden()
    assert commune.entry.grid(form="II.07b", period=P).rows[0].values[3] == 8


def test_a_counted_report_offers_to_count_it_again(qtbot: QtBot, commune: Services) -> None:
    row = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    commune.entry.set_values([(row, 3, 2)], form="II.06a", period=P)
    _calendar(commune)
    view = _page(qtbot, commune, "II.06a")
    assert not view.mode_box.recount_button.isHidden()
    with qtbot.waitSignal(view.compute_requested) as asked:
        view.mode_box.recount_button.click()
    assert asked.args == ["II.06a", P]
    commune.stats.apply(form="II.06a", period=P)  # what the main window does when asked
    view.refresh()
    assert view.mode_choice.refusal is None and view.mode_box.isHidden()
    assert view.model.rowCount() > 0 and "01/07/2025" in view.period_label.text()
    assert _recorded(commune, "II.06a") == "calendar"


def test_choosing_another_report_forgets_the_choice(qtbot: QtBot, commune: Services) -> None:
    row = commune.entry.find_row(form="II.07b", name="Phường Ba Đình")
    commune.entry.set_values([(row, 3, 7)], form="II.07b", period=P)
    commune.entry.set_values([(row, 3, 5)], form="II.07b", period="2025-Q2")
    _calendar(commune)
    view = _page(qtbot, commune, "II.07b")
    view.confirm_adopt = lambda refusal: True
    assert view.mode_choice.adopt_mode()
    view.open("II.07b", "2025-Q2")
    assert view.mode_choice.refusal is not None and view.model.rowCount() == 0


def test_the_previous_period_counted_in_another_mode_is_not_taken(
    qtbot: QtBot, commune: Services
) -> None:
    """Column (6) stays empty; the button says why; the check says why it does not compare."""
    civil = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    pending = [(civil, 3, 4), (civil, 4, 4), (civil, 11, 4), (civil, 12, 4)]
    commune.entry.set_values(pending, form="II.06a", period="2025-Q2")
    _calendar(commune)
    view = _page(qtbot, commune, "II.06a")
    assert view.mode_box.isHidden() and view.carry_button.isEnabled()
    assert view.model.data(view.model.index(0, 5)) in ("", None)  # not pre-filled
    view.carry_button.click()
    text = view.message.text()
    assert text.startswith('Không thể lấy cột (6) "Từ kỳ trước" của biểu II.06a Quý III năm 2025')
    assert "15/03/2025 – 14/06/2025" in text and "01/07/2025 – 30/09/2025" in text
    assert view.message.error
    assert _recorded(commune, "II.06a") is None and view.undo_stack.count() == 0
    commune.entry.set_values([(civil, 3, 1), (civil, 4, 1), (civil, 11, 1), (civil, 12, 1)],
                             form="II.06a", period=P)  # fmt: skip
    view.reload()
    (problem,) = view.model.grid.problems
    assert problem.message.startswith('Cột (6) "Từ kỳ trước" không đối chiếu được với kỳ trước')
    assert view.problems.item(0).text().startswith("Warning — Whole report: Cột (6)")
