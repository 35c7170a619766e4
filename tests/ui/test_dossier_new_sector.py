"""Dossier dialog: a sector the unit's list does not have is added only when the clerk says so."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import DossierInput, ProcedureInput
from egov_desktop.ui.views.dossier_dialog import DossierDialog

TODAY = date(2025, 8, 20)
NEW = "Quản lý trật tự đô thị"


def _answer(
    monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton
) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def question(_parent: Any, title: str, text: str, *_a: Any, **_k: Any) -> Any:
        asked.append((title, text))
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def _dialog(qtbot: QtBot, commune: Services, code: str, sector: str) -> DossierDialog:
    dialog = DossierDialog(commune.register, commune.catalogue, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.code.setText(code)
    dialog.sector.setEditText(sector)
    dialog.due.setText("29/08/2025")
    return dialog


def _add(commune: Services, code: str) -> None:
    """A dossier of "Hộ tịch" received today, already in the register."""
    commune.register.add(
        DossierInput(code=code, sector="Hộ tịch", channel="direct", received=TODAY, due=TODAY)
    )


def _sectors(commune: Services) -> list[str]:
    return [s.name for s in commune.sectors.list(include_hidden=True)]


def test_yes_adds_the_sector_to_the_list_and_saves_the_dossier(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _sectors(commune)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, commune, "N1", f"  {NEW} ")
    dialog.save()
    assert asked == [
        (
            "New sector",
            f"The sector «{NEW}» is not in the unit's sector list. Add it as a new sector?",
        )
    ]
    assert dialog.result() == 1 and dialog.error.text() == ""
    assert commune.register.find("N1").sector == NEW
    assert _sectors(commune) == [*before, NEW]  # at the end of the list, as the page adds one


def test_no_saves_nothing_and_adds_nothing(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _sectors(commune)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _dialog(qtbot, commune, "N2", NEW)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.code.setFocus()
    dialog.save()
    assert len(asked) == 1
    assert dialog.result() == 0 and dialog.isVisible()
    assert dialog.focusWidget() in (dialog.sector, dialog.sector.lineEdit())
    assert dialog.sector.currentText() == NEW  # the clerk corrects it, nothing retyped
    assert commune.register.count() == 0
    assert _sectors(commune) == before


@pytest.mark.parametrize("typed", ["ho tich", "HỘ TỊCH", "  Ho  Tich "])
def test_a_listed_sector_typed_without_accents_or_case_is_that_sector_without_asking(
    qtbot: QtBot, commune: Services, typed: str
) -> None:
    # No answer is set: a question box would fail the test (tests/ui/conftest.py).
    before = _sectors(commune)
    dialog = _dialog(qtbot, commune, "N3", typed)
    dialog.save()
    assert dialog.result() == 1
    assert commune.register.find("N3").sector == "Hộ tịch"
    assert _sectors(commune) == before


def test_a_dossier_refused_adds_no_sector(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(commune, "N4")
    before = _sectors(commune)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, commune, "N4", NEW)  # the code is taken
    dialog.save()
    assert "N4" in dialog.error.text() and dialog.result() == 0
    assert _sectors(commune) == before  # one transaction: neither the sector nor the dossier


def test_edit_asks_for_a_new_sector_but_not_for_the_one_the_dossier_has(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(commune, "E1")
    before = _sectors(commune)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = DossierDialog(commune.register, commune.catalogue, dossier=commune.register.find("E1"))
    qtbot.addWidget(dialog)
    dialog.sector.setEditText(NEW)
    dialog.save()
    assert len(asked) == 1 and dialog.result() == 0
    assert commune.register.find("E1").sector == "Hộ tịch"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.save()
    assert len(asked) == 1 and dialog.result() == 1
    assert commune.register.find("E1").sector == NEW
    assert _sectors(commune) == [*before, NEW]
    # Opened again: its sector is in the list now, nothing to ask.
    again = DossierDialog(commune.register, commune.catalogue, dossier=commune.register.find("E1"))
    qtbot.addWidget(again)
    again.note.setText("đã bổ sung")
    again.save()
    assert again.result() == 1


def test_the_chosen_procedures_own_sector_is_kept_without_asking(
    qtbot: QtBot, commune: Services
) -> None:
    # As `egov dossiers add --procedure` without --sector: the catalogue's sector is the dossier's.
    commune.catalogue.add(ProcedureInput("2.000001", "Cấp phép đào đường", "Giao thông", 5))
    dialog = _dialog(qtbot, commune, "N5", "")
    dialog.procedure.setCurrentIndex(dialog.procedure.findData("2.000001"))
    dialog.procedure.activated.emit(dialog.procedure.currentIndex())
    assert dialog.sector.currentText() == "Giao thông"
    dialog.save()
    assert dialog.result() == 1
    assert commune.register.find("N5").sector == "Giao thông"
    assert "Giao thông" not in _sectors(commune)


def _hide(commune: Services, name: str) -> None:
    commune.sectors.set_hidden(commune.sectors.find(name).id, True)


def _hidden_audit(commune: Services) -> list[tuple[str, str | None, str | None]]:
    with commune.database.uow() as uow:
        return [
            (a.entity_key, a.old_value, a.new_value)
            for a in reversed(uow.audit.recent(1000))
            if a.entity == "sector" and a.field == "hidden"
        ]


@pytest.mark.parametrize("typed", ["Đất đai", "dat dai"])
def test_a_hidden_sector_is_shown_again_with_the_dossier_on_yes(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch, typed: str
) -> None:
    _hide(commune, "Đất đai")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, commune, "H1", typed)
    dialog.save()
    assert asked == [
        (
            "Hidden sector",
            "The sector «Đất đai» is hidden in the unit's sector list (Sectors page). "
            "Show it again and save the dossier with it?",
        )
    ]
    assert dialog.result() == 1 and dialog.error.text() == ""
    assert commune.register.find("H1").sector == "Đất đai"
    assert not commune.sectors.find("Đất đai").hidden
    # Audited as the Sectors page's "Hiện" is.
    assert _hidden_audit(commune) == [("Đất đai", "False", "True"), ("Đất đai", "True", "False")]


def test_no_on_a_hidden_sector_saves_nothing_and_keeps_it_hidden(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _hide(commune, "Đất đai")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _dialog(qtbot, commune, "H2", "Đất đai")
    dialog.save()
    assert len(asked) == 1 and asked[0][0] == "Hidden sector"
    assert dialog.result() == 0 and dialog.error.text() == ""
    assert dialog.sector.currentText() == "Đất đai"
    assert commune.register.count() == 0
    assert commune.sectors.find("Đất đai").hidden


def test_a_dossier_refused_keeps_the_hidden_sector_hidden(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(commune, "H3")
    _hide(commune, "Đất đai")
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, commune, "H3", "Đất đai")  # the code is taken
    dialog.save()
    assert "H3" in dialog.error.text() and dialog.result() == 0
    assert commune.sectors.find("Đất đai").hidden  # one transaction


def test_editing_a_dossier_into_a_hidden_sector_shows_it(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(commune, "H4")
    _hide(commune, "Đất đai")
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = DossierDialog(commune.register, commune.catalogue, dossier=commune.register.find("H4"))
    qtbot.addWidget(dialog)
    dialog.sector.setEditText("dat dai")
    dialog.save()
    assert dialog.result() == 1
    assert commune.register.find("H4").sector == "Đất đai"
    assert not commune.sectors.find("Đất đai").hidden


def test_a_hidden_sector_the_register_still_uses_is_asked_about(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    commune.register.add(
        DossierInput(code="U1", sector="Đất đai", channel="direct", received=TODAY, due=TODAY)
    )
    _hide(commune, "Đất đai")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog = _dialog(qtbot, commune, "U2", "đất đai")
    assert dialog.sector.findText("Đất đai") < 0  # not offered
    dialog.save()
    assert [title for title, _text in asked] == ["Hidden sector"] and dialog.result() == 0
    assert commune.register.count() == 1 and commune.sectors.find("Đất đai").hidden
    # The dossier filed under it before is edited without a question.
    again = DossierDialog(commune.register, commune.catalogue, dossier=commune.register.find("U1"))
    qtbot.addWidget(again)
    again.note.setText("đã xem")
    again.save()
    assert again.result() == 1 and len(asked) == 1


def test_the_chosen_procedures_sector_hidden_by_the_unit_is_asked_about(
    qtbot: QtBot, commune: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    commune.catalogue.add(ProcedureInput("1.002", "Giao đất", "Đất đai", 5))
    _hide(commune, "Đất đai")
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog = _dialog(qtbot, commune, "P1", "")
    dialog.procedure.setCurrentIndex(dialog.procedure.findData("1.002"))
    dialog.procedure.activated.emit(dialog.procedure.currentIndex())
    assert dialog.sector.currentText() == "Đất đai"
    dialog.save()
    assert [title for title, _text in asked] == ["Hidden sector"]
    assert dialog.result() == 1 and dialog.error.text() == ""
    assert commune.register.find("P1").sector == "Đất đai"
    assert not commune.sectors.find("Đất đai").hidden


def test_a_typed_sector_longer_than_a_sector_name_is_refused_before_asking(
    qtbot: QtBot, commune: Services
) -> None:
    # No answer is set: a question box would fail the test (tests/ui/conftest.py).
    before = _sectors(commune)
    dialog = _dialog(qtbot, commune, "L1", "Lĩnh vực " + "x" * 100)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.code.setFocus()
    dialog.save()
    assert dialog.error.text() == "Tên lĩnh vực quá dài (tối đa 100 ký tự)."
    assert dialog.result() == 0
    assert dialog.focusWidget() in (dialog.sector, dialog.sector.lineEdit())
    assert commune.register.count() == 0 and _sectors(commune) == before
