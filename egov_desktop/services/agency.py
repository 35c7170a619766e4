"""The agency block of the reports: the unit's superior and who receives its reports.

Kept apart from the export so that the settings page can show the defaults without loading it.
"""

from __future__ import annotations

from egov_desktop.domain.units import LEVEL_COMMUNE, LEVEL_DISTRICT
from egov_desktop.services.dto import UnitInfo


def parent_agency(unit: UnitInfo) -> str:
    """The superior agency printed above the unit's own: a district's or province's UBND."""
    if unit.level == LEVEL_COMMUNE and unit.district_name:
        return f"UBND {unit.district_name}"
    if unit.level in (LEVEL_COMMUNE, LEVEL_DISTRICT):
        return f"UBND {unit.province_name}"
    return ""


def default_receiving_unit(unit: UnitInfo) -> str:
    """The "Đơn vị nhận báo cáo" when the unit has not set its own: the superior's office."""
    parent = parent_agency(unit)
    return f"Văn phòng {parent}" if parent else "Văn phòng Chính phủ"
