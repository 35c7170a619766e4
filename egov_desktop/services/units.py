"""The shipped catalogues of administrative units, read once from `resources/admin_units/`."""

from __future__ import annotations

import csv
import functools
import logging
from datetime import datetime

from egov_desktop import config
from egov_desktop.db.models import Unit
from egov_desktop.domain import messages
from egov_desktop.domain.units import (
    CATALOG_2025,
    CATALOG_LEGACY,
    AdminUnit,
    ConversionTable,
    UnitCatalog,
)
from egov_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

#: CSV file of each catalogue under resources/admin_units/.
CATALOG_FILES = {CATALOG_2025: "units_2025.csv", CATALOG_LEGACY: "units_legacy.csv"}
CONVERSION_FILE = "conversion_2025.csv"


@functools.cache
def load_catalog(name: str) -> UnitCatalog:
    """The catalogue `2025` or `legacy`, read once; ValidationError for any other name."""
    if name not in CATALOG_FILES:
        raise ValidationError(messages.UNKNOWN_CATALOG.format(value=name))
    path = config.resource_path("admin_units", CATALOG_FILES[name])
    with path.open(encoding="utf-8", newline="") as handle:
        catalog = UnitCatalog.from_rows(name, csv.DictReader(handle))
    logger.debug("Loaded %d units of catalogue %s from %s", len(catalog), name, path)
    return catalog


@functools.lru_cache(maxsize=1)
def load_conversion() -> ConversionTable:
    """The 2025 conversion table between the legacy and the 2025 catalogue."""
    path = config.resource_path("admin_units", CONVERSION_FILE)
    with path.open(encoding="utf-8", newline="") as handle:
        table = ConversionTable.from_rows(csv.DictReader(handle))
    logger.debug("Loaded %d conversion rows from %s", len(table), path)
    return table


def unit_row(unit: AdminUnit, catalog: str) -> Unit:
    """A new row for a unit of `catalog` (an office's subordinate seen for the first time)."""
    return Unit(
        catalog=catalog,
        code=unit.code,
        name=unit.name,
        level=unit.level,
        kind=unit.kind,
        province_code=unit.province_code,
        province_name=unit.province_name,
        district_code=unit.district_code,
        district_name=unit.district_name,
        created_at=datetime.now(),
    )
