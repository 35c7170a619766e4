"""Which reports the export writes, and what the screens call each of them.

The codes are shared by the export service, the sheet builders and the CLI (whose help lists
them), so they live apart from the service: naming a report does not need the whole export.
"""

from __future__ import annotations

import functools
import tomllib

from egov_desktop import config

#: Forms the export knows, with the form whose figures fill them.
EXPORTABLE = {
    "II.06a": "II.06a",
    "II.07b": "II.07b",
    "II.06a-agg": "II.06a",
    "II.06a-sectors": "II.06a",
}
#: Forms written into another form's templates (same layout, other rows).
TEMPLATE_OF = {"II.06a-sectors": "II.06a"}
#: Forms an office fills from its units' figures: they are checked unit by unit
#: (office_checks), and a commune (which has no units) is neither offered nor given them.
OFFICE_FORMS = ("II.06a-agg", "II.06a-sectors")
#: The office's sheet by sector (the other one is by unit).
BY_SECTOR = "II.06a-sectors"
#: Forms the CLI names that this build cannot fill yet (the message says so).
PLANNED: tuple[str, ...] = ()
#: The Sổ theo dõi hồ sơ (TT 03/2025 Mẫu 07) from the register, optionally for one sector.
REGISTER = "register"
#: The QĐ 766 tracking sheets (domain.md §4.4, §4.5): a commune's row from its register, an
#: office's rows from its units' form 766 figures (DvcService.tracking).
TRACKING = ("766-dvc", "766-digitisation")
#: The IT-application targets sheet: progress of each target as of the period's end.
TARGETS = "targets"


@functools.cache
def report_names() -> dict[str, str]:
    """What the screens call each report (resources/reports.toml), read once."""
    with config.resource_path("reports.toml").open("rb") as handle:
        return dict(tomllib.load(handle)["names"])


def column_titles(code: str) -> dict[int, str]:
    """Each numbered column's header path in the form `code` (or the form the sheet fills).

    "Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến": screens that head a column with its
    number alone name it with this. {} for a sheet that is no form (register, targets).
    """
    from egov_desktop.errors import UserError
    from egov_desktop.services.report_forms import find_form

    try:
        spec = find_form(EXPORTABLE.get(code, code))
    except UserError:
        return {}
    return {column.number: " › ".join(column.path) for column in spec.columns}
