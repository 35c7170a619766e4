"""The texts a report prints around its figures: agency block, place and date, signatures.

Every sheet the export writes carries them, and so does the receipt an office prints when it
accepts or returns a package (package_replies): one place decides how a unit signs its papers.
"""

from __future__ import annotations

from datetime import date

from egov_desktop.domain import messages
from egov_desktop.export.model import place_date_line
from egov_desktop.services.agency import default_receiving_unit, parent_agency
from egov_desktop.services.dto import SetupInfo

#: Administrative-name prefixes dropped for the place in the place-and-date line (NĐ 30/2020).
_PLACE_PREFIXES = (
    "Thành phố ",
    "Thị trấn ",
    "Thị xã ",
    "Đặc khu ",
    "Phường ",
    "Huyện ",
    "Quận ",
    "Tỉnh ",
    "Xã ",
)


def place_name(unit_name: str) -> str:
    """The place of the place-and-date line: "Phường Ba Đình" gives "Ba Đình".

    A unit named by a number keeps its whole name ("Phường 1 Bảo Lộc", "Phường 12"): NĐ
    30/2020 writes a place named by a number, a person or an event in full.
    """
    for prefix in _PLACE_PREFIXES:
        rest = unit_name[len(prefix) :]
        if unit_name.startswith(prefix) and rest and not rest[0].isdigit():
            return rest
    return unit_name


def fixed_texts(info: SetupInfo, period_label: str, window: str, today: date) -> dict[str, str]:
    """The texts around the table: agency block, period, place-and-date, signatures."""
    unit = info.unit
    agency = f"UBND {unit.name}"
    parent = parent_agency(unit)
    # Who receives communes' reports since 07/2025 varies by province: the unit may set it.
    receiving = info.receiving_unit or default_receiving_unit(unit)
    return {
        "unit_name": unit.name,
        "agency_name": agency,
        "parent_agency": parent,
        "reporting_unit": agency,
        "receiving_unit": receiving,
        "period_label": period_label,
        "window": window,
        "place_date": place_date_line(place_name(unit.name), today),
        "officer": info.officer,
        "head": info.head,
    }


def summed_unit_label(name: str, lineage: tuple[str, ...], entered: str | None = None) -> str:
    """A unit's row label; before the reform the old communes summed into it are named.

    Figures the office typed, or read from the unit's Excel file, are said so (`entered`).
    """
    label = name + (f" (gồm: {'; '.join(lineage)})" if lineage else "")
    mark = messages.ENTERED_MARKS.get(entered or "")
    return f"{label} ({mark})" if mark else label
