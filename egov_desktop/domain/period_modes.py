"""Why a report's stored figures stay with the period mode they were counted in (§5.1)."""

from __future__ import annotations

from datetime import date

from egov_desktop.domain import messages
from egov_desktop.domain.periods import MODES, Period


def _days(window: tuple[date, date]) -> str:
    return f"{window[0]:%d/%m/%Y} – {window[1]:%d/%m/%Y}"


def stored_in_other_mode(
    form: str, period: Period, own: str, other: str, *, counted: bool = False
) -> str:
    """Why stored figures (of the unit's mode `own`) are not shown or stored in mode `other`.

    `counted`: the figures can be counted from the register (a commune's II.06a, 766).
    """
    if other not in MODES:
        return messages.UNKNOWN_PERIOD_MODE.format(value=other)
    text = messages.STORED_FIGURES_OTHER_MODE.format(
        form=form,
        period=period.code,
        mode=messages.MODE_NAMES.get(own, own),
        window=_days(period.window(own)),
        other=messages.MODE_NAMES.get(other, other),
        other_window=_days(period.window(other)),
    )
    if counted:
        text += messages.STORED_FIGURES_RECOUNT.format(
            form=form, period=period.code, other_code=other
        )
    return text
