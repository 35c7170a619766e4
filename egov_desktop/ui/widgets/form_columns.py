"""What a form's numbered columns are called, for screens that would show only the number."""

from __future__ import annotations

from egov_desktop.errors import UserError
from egov_desktop.services.report_forms import find_form
from egov_desktop.services.report_kinds import EXPORTABLE


def column_titles(form: str) -> dict[int, str]:
    """Each column's header path in the form `form` fills; {} for a sheet that is no form."""
    if form not in EXPORTABLE:
        return {}
    try:
        spec = find_form(EXPORTABLE[form])
    except UserError:
        return {}
    return {column.number: " › ".join(column.path) for column in spec.columns}
