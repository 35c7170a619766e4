"""The report forms under resources/forms/: loading, lookup and the columns a period closes."""

from __future__ import annotations

import functools
import logging
import tomllib

from egov_desktop import config
from egov_desktop.domain import messages
from egov_desktop.domain.forms import Form, parse_form
from egov_desktop.domain.periods import Period
from egov_desktop.errors import ValidationError
from egov_desktop.services import entry_dto as dto

logger = logging.getLogger(__name__)


@functools.cache
def load_forms() -> dict[str, Form]:
    """Every form under resources/forms/, by code, read once."""
    forms: dict[str, Form] = {}
    for path in sorted(config.resource_path("forms").glob("*.toml")):
        with path.open("rb") as handle:
            form = parse_form(tomllib.load(handle))
        if form.code in forms:
            raise ValueError(f"form {form.code} is defined twice ({path.name})")
        forms[form.code] = form
    logger.debug("Loaded forms %s", ", ".join(forms))
    return forms


def form_info(form: Form) -> dto.FormInfo:
    """The DTO of a form."""
    return dto.FormInfo(
        code=form.code,
        title=form.title,
        row_kind=form.row_kind,
        period_kind=form.period_kind,
        columns=tuple(dto.ColumnInfo(c.number, c.title, c.path, c.kind) for c in form.columns),
        header_rows=form.header_rows,
        header=tuple(
            dto.HeaderCell(h.row, h.column, h.row_span, h.col_span, h.text) for h in form.header
        ),
        carries_over=form.carry_over is not None,
    )


def closed_columns(spec: Form, period: Period, mode: str) -> frozenset[int]:
    """Columns of `spec` that `period` leaves empty, by where its window starts in `mode`.

    The installation's mode decides, as for every stored figure: a cutoff 2025-Q3 starts on
    15/06/2025 and keeps its "Cấp huyện" columns; a calendar one starts on 01/07/2025.
    """
    return spec.closed_columns(period.window(mode)[0])


def closed_refusal(spec: Form, period: Period, column: int) -> str:
    """Why a figure cannot go into the closed `column` for `period`, in Vietnamese."""
    info = spec.column(column)
    assert info is not None and info.closed_from is not None
    return messages.COLUMN_CLOSED.format(
        column=column,
        title=info.title,
        form=spec.code,
        since=f"{info.closed_from:%d/%m/%Y}",
        reason=info.closed_reason,
        period=period.in_sentence,
    )


def find_form(code: str) -> Form:
    """The form `code` (any case); ValidationError when there is no such form."""
    forms = load_forms()
    wanted = code.strip().casefold()
    for spec in forms.values():
        if spec.code.casefold() == wanted:
            return spec
    raise ValidationError(messages.UNKNOWN_FORM.format(code=code, known=", ".join(forms)))
