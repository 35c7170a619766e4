"""Why a report's stored figures stay with the period mode they were counted in (§5.1)."""

from __future__ import annotations

from datetime import date, timedelta

from egov_desktop.domain import messages
from egov_desktop.domain.periods import MODES, Period


def _days(window: tuple[date, date]) -> str:
    return f"{window[0]:%d/%m/%Y} – {window[1]:%d/%m/%Y}"


def mode_name(mode: str) -> str:
    """What messages call a period mode ("chốt số liệu theo NĐ 09/2019")."""
    return messages.MODE_NAMES.get(mode, mode)


def stored_in_other_mode(
    form: str, period: Period, stored: str, other: str, *, current: str, counted: bool = False
) -> tuple[str, str]:
    """Why figures of `form` counted in mode `stored` are not shown, exported or sent in `other`.

    The message and its command-line hint (messages.py: the windows' wording, then the CLI's).

    `current` is the mode in force (the unit's). When `other` is that mode, the figures were
    counted before the unit's mode changed (or came in a package counted otherwise): they are
    kept, viewable in `stored`, and the message says how to count or enter them again. Else
    `other` overrides the mode in force for one command.
    `counted`: the figures can be counted from the register (a commune's II.06a, 766).
    """
    if other not in MODES:
        return messages.UNKNOWN_PERIOD_MODE.format(value=other), ""
    text = messages.STORED_FIGURES_OTHER_MODE.format(
        form=form,
        period=period.in_sentence,
        mode=mode_name(stored),
        window=_days(period.window(stored)) if stored in MODES else "?",
        other=mode_name(other),
        other_window=_days(period.window(other)),
    )
    if other == current:
        text += messages.STORED_FIGURES_KEPT.format(other=mode_name(other))
        hints = [messages.STORED_FIGURES_KEPT_CLI.format(code=stored)]
        if counted:
            text += messages.STORED_FIGURES_RECOUNT_KEPT
            hints.append(
                messages.STORED_FIGURES_RECOUNT_KEPT_CLI.format(form=form, period=period.code)
            )
        else:
            text += messages.STORED_FIGURES_REENTER
            hints.append(messages.STORED_FIGURES_REENTER_CLI)
        return text, " ".join(hints)
    if counted:
        return text, messages.STORED_FIGURES_RECOUNT_CLI.format(
            form=form, period=period.code, other_code=other
        )
    return text, ""


def aggregated_other_mode(
    form: str, period: Period, mode: str, other: str, units: list[str]
) -> str:
    """A warning: an office's sheet in `mode` sums `units`' figures counted in mode `other`."""
    return messages.AGGREGATE_OTHER_MODE.format(
        form=form,
        period=period.in_sentence,
        mode=mode_name(mode),
        window=_days(period.window(mode)),
        count=len(units),
        other=mode_name(other),
        other_window=_days(period.window(other)) if other in MODES else "?",
        units=", ".join(units),
    )


def carry_over_other_mode(period: Period, previous: Period, mode: str, previous_mode: str) -> str:
    """Why `previous`, counted in `previous_mode`, does not carry over into `period` in `mode`.

    Consecutive periods abut only in one mode (domain.md §5.1, §5.7): across two modes a gap or
    an overlap of days lies between them, which the message names.
    """
    start, end = period.window(mode)
    before = previous.window(previous_mode)
    if before[1] < start:
        days = messages.CARRY_OVER_GAP.format(
            first=f"{before[1] + timedelta(days=1):%d/%m/%Y}",
            last=f"{start - timedelta(days=1):%d/%m/%Y}",
        )
    else:
        days = messages.CARRY_OVER_OVERLAP.format(
            first=f"{start:%d/%m/%Y}", last=f"{min(before[1], end):%d/%m/%Y}"
        )
    # Said after "kỳ trước:" (CARRY_OVER_NOT_CHECKED, CARRY_OVER_NOT_PREFILLED): mid-sentence.
    return messages.CARRY_OVER_OTHER_MODE.format(
        previous=previous.in_sentence,
        previous_mode=mode_name(previous_mode),
        previous_window=_days(before),
        period=period.in_sentence,
        mode=mode_name(mode),
        window=_days((start, end)),
        days=days,
    )
