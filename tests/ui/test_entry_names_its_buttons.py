"""What the entry page tells the clerk to do names its own buttons, never a command to type.

The same messages reach `egov`, which adds the command (messages.py, the `_CLI` hints).
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from egov_desktop import config
from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import DossierInput
from egov_desktop.services.setup import SetupRequest
from egov_desktop.ui.views.entry_view import EntryView
from tests.ui.entry_page import problem_texts

P = "2025-Q3"


def _vietnamese(context: str, source: str) -> str:
    """The button's name as the clerk reads it (the shipped translation)."""
    path = Path(config.resource_path("i18n/egov_desktop_vi.ts"))
    for found in ElementTree.parse(path).getroot().iter("context"):
        if found.findtext("name") == context:
            for message in found.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"no translation of {source!r}")


RECOUNT = _vietnamese("EntryView", "Recount from the register…")
ENTER_AGAIN = _vietnamese("StoredModeBox", "Enter them again in the current period mode…")


def _page(qtbot: QtBot, services: Services, form: str, mode: str = "cutoff") -> EntryView:
    view = EntryView(
        services.entry,
        period_mode=lambda: mode,
        today=lambda: date(2025, 8, 1),
        register_checks=lambda f, p: services.stats.recount_problems(form=f, period=p),
    )
    qtbot.addWidget(view)
    view.refresh()
    view.open(form, P)
    return view


def _calendar(services: Services) -> None:
    services.setup.apply(
        SetupRequest(
            unit_code="00004", role="commune", period_mode="calendar", officer="Nguyễn Văn An"
        )
    )


def test_the_recount_warning_names_the_page_s_button(qtbot: QtBot, commune: Services) -> None:
    for code in ("R1", "R2"):
        commune.register.add(
            DossierInput(code, "Hộ tịch", "direct", date(2025, 7, 1), date(2025, 7, 3))
        )
        if code == "R1":
            commune.stats.apply(form="II.06a", period=P)
    view = _page(qtbot, commune, "II.06a")
    (text,) = problem_texts(view)
    assert RECOUNT in text and "egov " not in text and "--apply" not in text


def test_figures_of_the_former_mode_name_the_buttons_beside_them(
    qtbot: QtBot, commune: Services
) -> None:
    counted = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    commune.entry.set_values([(counted, 3, 2)], form="II.06a", period=P)
    typed = commune.entry.find_row(form="II.07b", name="Phường Ba Đình")
    commune.entry.set_values([(typed, 3, 7)], form="II.07b", period=P)
    _calendar(commune)
    for form, button in (("II.06a", RECOUNT), ("II.07b", ENTER_AGAIN)):
        view = _page(qtbot, commune, form, "calendar")
        text = view.mode_box.text.text()
        assert button in text and "egov " not in text and "--" not in text, form


def test_the_carry_over_refusal_names_the_recount_button(qtbot: QtBot, commune: Services) -> None:
    civil = commune.entry.find_row(form="II.06a", name="Hộ tịch")
    pending = [(civil, 3, 4), (civil, 4, 4), (civil, 11, 4), (civil, 12, 4)]
    commune.entry.set_values(pending, form="II.06a", period="2025-Q2")
    _calendar(commune)
    view = _page(qtbot, commune, "II.06a", "calendar")
    view.carry_button.click()
    text = view.message.text()
    assert text.startswith("Không thể lấy cột (6)") and view.message.error
    assert RECOUNT in text and "egov " not in text
