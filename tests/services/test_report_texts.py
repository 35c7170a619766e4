"""The texts around a report's table: place and date, agency block, receiving unit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.bootstrap import Services
from egov_desktop.errors import ValidationError
from egov_desktop.services.report_texts import fixed_texts, place_name
from egov_desktop.services.setup import SetupRequest


def test_place_names_and_the_agency_block(commune: Services) -> None:
    assert place_name("Phường Ba Đình") == "Ba Đình"
    assert place_name("Xã Tân Lập") == "Tân Lập"
    assert place_name("Hà Nội") == "Hà Nội"
    # Named by a number: in full (NĐ 30/2020), not "1 Bảo Lộc" nor "12".
    assert place_name("Phường 1 Bảo Lộc") == "Phường 1 Bảo Lộc"
    assert place_name("Phường 12") == "Phường 12"
    texts = fixed_texts(commune.setup.require(), "Quý III năm 2025", "(…)", date(2026, 1, 5))
    assert texts["parent_agency"] == "UBND Thành phố Hà Nội"
    assert texts["receiving_unit"] == "Văn phòng UBND Thành phố Hà Nội"
    assert texts["place_date"] == "Ba Đình, ngày 05 tháng 01 năm 2026"


def test_the_766_sheet_names_the_agency_code_and_reports_the_receiving_unit(
    commune: Services, tmp_path: Path
) -> None:
    info = commune.setup.require()
    assert fixed_texts(info, "Quý III", "", date(2025, 10, 1))["receiving_unit"] == (
        "Văn phòng UBND Thành phố Hà Nội"
    )
    commune.setup.apply(
        SetupRequest(
            unit_code=info.unit.code,
            role=info.role,
            agency_code=" 000.00.31.h26 ",
            receiving_unit="Sở Nội vụ Thành phố Hà Nội",
        )
    )
    info = commune.setup.require()
    assert (info.agency_code, info.receiving_unit) == (
        "000.00.31.H26",
        "Sở Nội vụ Thành phố Hà Nội",
    )
    assert fixed_texts(info, "Quý III", "", date(2025, 10, 1))["receiving_unit"] == (
        "Sở Nội vụ Thành phố Hà Nội"
    )
    sheet = load_workbook(
        commune.reports.export(form="766-dvc", period="2025-Q3", out=tmp_path).path
    ).active
    assert sheet is not None and sheet["B14"].value == "000.00.31.H26"
    # A setup that does not name them keeps them; "" clears.
    commune.setup.apply(SetupRequest(unit_code=info.unit.code, role=info.role))
    assert commune.setup.require().agency_code == "000.00.31.H26"
    commune.setup.apply(
        SetupRequest(unit_code=info.unit.code, role=info.role, agency_code="", receiving_unit="")
    )
    info = commune.setup.require()
    assert (info.agency_code, info.receiving_unit) == ("", "")
    with pytest.raises(ValidationError):
        commune.setup.apply(
            SetupRequest(unit_code=info.unit.code, role=info.role, agency_code="H26/01")
        )
