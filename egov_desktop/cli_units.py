"""How the `egov` commands name an office's units: `--unit` with `--catalog`, and their labels."""

from __future__ import annotations

import argparse

from egov_desktop.bootstrap import Services
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY
from egov_desktop.services.dto import ROLE_AGGREGATOR
from egov_desktop.services.lineage import unit_label


def catalog_option(parser: argparse.ArgumentParser) -> None:
    """`--catalog`: which catalogue the code of `--unit` belongs to."""
    parser.add_argument(
        "--catalog",
        choices=(CATALOG_2025, CATALOG_LEGACY),
        help="danh mục của mã đơn vị: legacy khi --unit là mã xã cũ (trước 01/07/2025) đã gửi "
        "báo cáo kỳ trước cải cách (mặc định: tìm theo mã)",
    )


def office_unit(
    args: argparse.Namespace, services: Services, form: str
) -> tuple[str | None, str | None, str]:
    """(code, catalog, label) of the unit whose report `--unit` (and `--catalog`) names.

    At an office the code reaches its subordinate, or before the reform an old commune, as
    accept and return reach them (several: refused, naming each); the label names the unit.
    Elsewhere `--unit` is passed on as given (the service refuses it).
    """
    if args.unit is None:
        return None, None, ""
    info = services.setup.require()
    if info.role != ROLE_AGGREGATOR:
        return args.unit, args.catalog, ""
    found = services.provenance.reach(
        form=form, period=args.period, unit=args.unit, catalog=args.catalog
    )
    label = unit_label(found.name, found.code, found.catalog, info.catalog) if found.name else ""
    return found.code, found.catalog, label
