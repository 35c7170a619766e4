"""Dossier dialog: a dossier opened for editing shows the start of its long texts."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from egov_desktop.bootstrap import Services
from egov_desktop.services.register_dto import DossierInput, ProcedureInput
from egov_desktop.ui.views.dossier_dialog import DossierDialog

PROCEDURE = (
    "Thủ tục chứng thực chữ ký trong các giấy tờ, văn bản (áp dụng cho cả trường hợp chứng "
    "thực điểm chỉ và trường hợp người yêu cầu chứng thực không thể ký, không thể điểm chỉ được)"
)
NOTE = (
    "Trễ hạn do phải xác minh thông tin tại nơi cư trú trước đây của người yêu cầu; đã có văn "
    "bản xin lỗi gửi công dân và báo cáo Chủ tịch Ủy ban nhân dân phường"
)


def test_a_long_procedure_name_and_note_read_from_their_start(
    qtbot: QtBot, commune: Services
) -> None:
    commune.catalogue.add(ProcedureInput("2.000884", PROCEDURE, "Chứng thực", 0))
    saved = commune.register.add(
        DossierInput(
            code="000.00.31.H26-250923-0263",
            procedure_code="2.000884",
            sector="Chứng thực",
            channel="direct",
            received=date(2025, 9, 23),
            due=date(2025, 9, 23),
            applicant="Phạm Thị Thu Khánh",
            note=NOTE,
        )
    )
    dialog = DossierDialog(
        commune.register, commune.catalogue, dossier=saved, today=lambda: date(2025, 10, 1)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    procedure = dialog.procedure.lineEdit()
    assert procedure is not None
    assert procedure.text().endswith(PROCEDURE)
    assert procedure.cursorPosition() == 0
    assert dialog.note.cursorPosition() == 0
    assert dialog.procedure.toolTip() == procedure.text()
