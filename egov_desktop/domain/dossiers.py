"""The facts of one dossier that the counting rules read (domain.md §5.2), and their checks.

Statuses keep their exact Vietnamese spelling; channels are stored as the codes "online",
"direct" and "postal". Spellings found in registers and vendor exports are mapped onto both
through `fold`, so "BCCI", "Bưu chính" or "dang xu ly" are accepted as typed.

Dates a dossier may hold (`check_plausible`, applied to every dossier typed in the dialog,
added with `egov dossiers add` or read from an imported register):

- no date before 1 January FIRST_DOSSIER_YEAR;
- the receipt, the end (resolution, withdrawal or return) and the day the result was handed
  over are not after today: they record what has happened;
- the due date may lie ahead, but at most MAX_DUE_YEARS after the receipt;
- the result is handed over once it exists: not before the receipt, nor before the
  resolution date when there is one.

Dossiers already stored are read as they are (counting never refuses them); a change to one
is checked like a new one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from egov_desktop.domain import messages
from egov_desktop.domain.text import clean_text, fold
from egov_desktop.errors import ValidationError

STATUS_RESOLVED = "Đã giải quyết"
STATUS_IN_PROGRESS = "Đang giải quyết"
STATUS_WAITING = "Chờ bổ sung"
STATUS_RETURNED = "Trả lại"
STATUS_WITHDRAWN = "Rút hồ sơ"
STATUS_STOPPED = "Dừng giải quyết"

#: The six statuses of the register (domain.md §4.8), in the order forms list them.
STATUSES = (
    STATUS_RESOLVED,
    STATUS_IN_PROGRESS,
    STATUS_WAITING,
    STATUS_RETURNED,
    STATUS_WITHDRAWN,
    STATUS_STOPPED,
)

#: Statuses whose end date is a withdrawal or a return, not a decision (domain.md §5.4).
CLOSED_WITHOUT_DECISION = frozenset({STATUS_RETURNED, STATUS_WITHDRAWN})
#: Statuses saying the dossier has ended, so that it needs its end date x (domain.md §5.2): the
#: counting reads x, not the status, and would count such a dossier pending without it.
#: "Dừng giải quyết" is not among them: a stop may be temporary ("Tạm dừng"), its dates decide.
NEEDS_END_DATE = frozenset({STATUS_RESOLVED, *CLOSED_WITHOUT_DECISION})
#: Statuses saying the dossier has not ended. With an end date x it is counted resolved all
#: the same (domain.md §5.2: its dates decide, §5.4: x set and x <= E), so both are kept and
#: the contradiction is pointed out (`status_warnings`).
STILL_OPEN = frozenset({STATUS_IN_PROGRESS, STATUS_WAITING})

CHANNEL_ONLINE = "online"
CHANNEL_DIRECT = "direct"
CHANNEL_POSTAL = "postal"
CHANNELS = (CHANNEL_ONLINE, CHANNEL_DIRECT, CHANNEL_POSTAL)

#: A dossier's yes/no facts (domain.md §4.8) that QĐ 766 counts, in the order screens list them.
FLAGS = (
    "financial_obligation",
    "paid_online",
    "components_digitised",
    "result_digitised",
    "synced",
    "components_reused",
    "components_reused_national",
)

#: Vietnamese names of the channels, as printed on forms.
CHANNEL_LABELS = {
    CHANNEL_ONLINE: "Trực tuyến",
    CHANNEL_DIRECT: "Trực tiếp",
    CHANNEL_POSTAL: "Dịch vụ bưu chính công ích",
}
#: The usual answers to "Phương thức nhận kết quả" (Mẫu số 07 column 10), offered by the dossier
#: form; the field is free text, as the register's column is.
RESULT_DELIVERY_SUGGESTIONS = (
    "Trực tiếp",
    "Qua dịch vụ bưu chính công ích",
    "Trực tuyến",
)

_STATUS_VARIANTS = {
    STATUS_RESOLVED: (
        "đã giải quyết",
        "đã xử lý",
        "đã xử lý xong",
        "hoàn thành",
        "đã hoàn thành",
        "đã trả kết quả",
        "đã có kết quả",
    ),
    STATUS_IN_PROGRESS: (
        "đang giải quyết",
        "đang xử lý",
        "đang thụ lý",
        "đang thực hiện",
        "chưa giải quyết",
    ),
    STATUS_WAITING: (
        "chờ bổ sung",
        "chờ bổ sung hồ sơ",
        "yêu cầu bổ sung",
        "bổ sung hồ sơ",
        "đang bổ sung",
        "chờ bổ sung, hoàn thiện hồ sơ",
    ),
    STATUS_RETURNED: ("trả lại", "trả lại hồ sơ", "từ chối giải quyết"),
    STATUS_WITHDRAWN: ("rút hồ sơ", "rút", "xin rút", "xin rút hồ sơ", "công dân rút hồ sơ"),
    STATUS_STOPPED: ("dừng giải quyết", "dừng xử lý", "dừng", "tạm dừng", "tạm dừng giải quyết"),
}

_CHANNEL_VARIANTS = {
    CHANNEL_ONLINE: (
        "online",
        "trực tuyến",
        "qua mạng",
        "mạng",
        "internet",
        "dvc trực tuyến",
        "dịch vụ công trực tuyến",
        "trực tuyến toàn trình",
        "trực tuyến một phần",
        "cổng dịch vụ công",
    ),
    CHANNEL_DIRECT: (
        "direct",
        "trực tiếp",
        "tại quầy",
        "nộp trực tiếp",
        "tại bộ phận một cửa",
        "trực tiếp tại bộ phận một cửa",
    ),
    CHANNEL_POSTAL: (
        "postal",
        "bcci",
        "bưu chính",
        "bưu điện",
        "qua bưu điện",
        "qua bưu chính",
        "bưu chính công ích",
        "dịch vụ bưu chính",
        "dịch vụ bưu chính công ích",
        "dv bưu chính công ích",
    ),
}


def _lookup(variants: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, spellings in variants.items():
        for spelling in (canonical, *spellings):
            key = fold(spelling)
            if table.setdefault(key, canonical) != canonical:
                raise AssertionError(f"{spelling!r} maps to two values")
    return table


# Punctuation in folded keys is kept: "trả lại/rút" must not silently pick one of the two.
_STATUS_KEYS = _lookup(_STATUS_VARIANTS)
_CHANNEL_KEYS = _lookup(_CHANNEL_VARIANTS)


#: No dossier date is earlier than 1 January of this year. The one-stop registers kept on
#: computers start later (reporting periods begin in 2015, domain/periods.py), so an earlier
#: year is a slip of the keyboard ("01/01/0001", "20/11/1900"), not an old dossier.
FIRST_DOSSIER_YEAR = 2000
#: A due date is at most this many years after the receipt. Processing times run to weeks or
#: months; a due date further off ("25/11/2099") is a slip of the keyboard.
MAX_DUE_YEARS = 5

#: How messages name each date of a dossier.
DATE_LABELS = {
    "received": "Ngày nhận hồ sơ",
    "due": "Ngày hẹn trả kết quả",
    "resolved": "Ngày kết thúc hồ sơ",
    "returned": "Ngày trả kết quả",
}


def code_key(code: str) -> str:
    """How mã hồ sơ are told apart: NFC, trimmed, case ignored ("hs-010" is "HS-010").

    Registers and portals print the same code in upper or lower case; two dossiers whose
    codes differ only so would be one dossier counted twice.
    """
    return clean_text(code).casefold()


def format_day(day: date) -> str:
    """A date as screens and messages write it: dd/mm/yyyy, the year always in four digits."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def parse_status(text: str) -> str:
    """The canonical status for a spelling ("dang xu ly" → "Đang giải quyết").

    Raises:
        ValidationError: when the spelling matches no status.
    """
    status = _STATUS_KEYS.get(fold(text))
    if status is None:
        raise ValidationError(
            messages.UNKNOWN_DOSSIER_STATUS.format(value=text, choices=", ".join(STATUSES))
        )
    return status


def parse_channel(text: str) -> str:
    """The channel code for a spelling ("BCCI", "Bưu chính" → "postal").

    Raises:
        ValidationError: when the spelling matches no channel.
    """
    channel = _CHANNEL_KEYS.get(fold(text))
    if channel is None:
        raise ValidationError(messages.UNKNOWN_CHANNEL.format(value=text))
    return channel


def _as_date(value: date | None) -> date | None:
    # Counting compares calendar dates; a timestamp's time of day must not matter (§5.2).
    if isinstance(value, datetime):
        return value.date()
    return value


def check_dates(received: date, due: date | None, resolved: date | None) -> None:
    """Refuse a due date or an end date before the receipt (domain.md §5.7).

    Raises:
        ValidationError: naming the two dates in dd/mm/yyyy.
    """
    if due is not None and due < received:
        raise ValidationError(
            messages.DUE_BEFORE_RECEIVED.format(due=format_day(due), received=format_day(received))
        )
    if resolved is not None and resolved < received:
        raise ValidationError(
            messages.RESOLVED_BEFORE_RECEIVED.format(
                resolved=format_day(resolved), received=format_day(received)
            )
        )


def _years_after(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February into a common year
        return day.replace(year=day.year + years, day=28)


def check_plausible(
    *,
    received: date,
    due: date | None,
    resolved: date | None,
    returned: date | None,
    today: date,
) -> None:
    """Refuse dates no register holds (the rules in this module's docstring).

    Raises:
        ValidationError: naming the date, and the bound it breaks, in dd/mm/yyyy.
    """
    dates = {"received": received, "due": due, "resolved": resolved, "returned": returned}
    for name, day in dates.items():
        if day is not None and day.year < FIRST_DOSSIER_YEAR:
            raise ValidationError(
                messages.DOSSIER_DATE_TOO_EARLY.format(
                    field=DATE_LABELS[name], day=format_day(day), year=FIRST_DOSSIER_YEAR
                )
            )
    for name, day in dates.items():
        if name != "due" and day is not None and day > today:
            raise ValidationError(
                messages.DOSSIER_DATE_AFTER_TODAY.format(
                    field=DATE_LABELS[name], day=format_day(day), today=format_day(today)
                )
            )
    if due is not None and due > _years_after(received, MAX_DUE_YEARS):
        raise ValidationError(
            messages.DUE_TOO_FAR.format(
                due=format_day(due), received=format_day(received), years=MAX_DUE_YEARS
            )
        )
    for name, bound in (("received", received), ("resolved", resolved)):
        if returned is not None and bound is not None and returned < bound:
            raise ValidationError(
                messages.RETURNED_TOO_EARLY.format(
                    returned=format_day(returned),
                    field=DATE_LABELS[name].lower(),
                    day=format_day(bound),
                )
            )


@dataclass(frozen=True)
class DossierFacts:
    """What the II.06a counting reads from one dossier (domain.md §5.2).

    `resolved` is the resolution date, or the withdrawal / return date for "Rút hồ sơ" and
    "Trả lại". Channel and status may be given in any known spelling; they are stored in
    canonical form, the sector as clean NFC text, and timestamps as their dates.

    Raises:
        ValidationError: unknown channel or status, no receipt date, or a due or end date
            before the receipt.
    """

    received: date
    due: date | None
    resolved: date | None
    channel: str
    status: str
    sector: str

    def __post_init__(self) -> None:
        if not isinstance(self.received, date):
            raise ValidationError(messages.RECEIVED_REQUIRED)
        # Frozen: normalised values are written through object.__setattr__.
        object.__setattr__(self, "received", _as_date(self.received))
        object.__setattr__(self, "due", _as_date(self.due))
        object.__setattr__(self, "resolved", _as_date(self.resolved))
        object.__setattr__(self, "channel", parse_channel(self.channel))
        object.__setattr__(self, "status", parse_status(self.status))
        object.__setattr__(self, "sector", clean_text(self.sector))
        check_dates(self.received, self.due, self.resolved)

    @property
    def closed_without_decision(self) -> bool:
        """Withdrawn or returned: counted as "Đúng hạn" once closed (domain.md §5.4)."""
        return self.status in CLOSED_WITHOUT_DECISION


def missing_dates(
    *, received: date, due: date | None, resolved: date | None, status: str
) -> list[str]:
    """What the register still lacks among a dossier's dates, as Vietnamese messages (§5.7).

    A due date, and the end date of a dossier whose status says it has ended (NEEDS_END_DATE):
    resolved, withdrawn or returned. `status` is canonical (`parse_status`).
    """
    problems = []
    if due is None:
        problems.append(messages.DUE_REQUIRED.format(received=format_day(received)))
    if resolved is None and status in NEEDS_END_DATE:
        template = (
            messages.CLOSED_NEEDS_DATE
            if status in CLOSED_WITHOUT_DECISION
            else messages.RESOLVED_NEEDS_DATE
        )
        problems.append(template.format(status=status))
    return problems


def status_warnings(*, resolved: date | None, status: str | None) -> list[str]:
    """What a dossier's status says against its dates, as Vietnamese messages.

    A dossier with an end date whose status says it is still open (STILL_OPEN) is counted
    resolved by that date: the counting is the domain rule and stays, but the clerk is told,
    since either the date or the status is likely a slip. `status` is canonical or None ("by
    the dates", which never contradicts them).
    """
    if resolved is None or status not in STILL_OPEN:
        return []
    return [messages.OPEN_WITH_END_DATE.format(resolved=format_day(resolved), status=status)]


def register_problems(facts: DossierFacts) -> list[str]:
    """What the register still lacks for this dossier (`missing_dates`).

    The facts may exist without these (an import keeps what it finds, flagged), but the
    register entry form requires them: a due date, and an end date for a dossier resolved,
    withdrawn or returned.
    """
    return missing_dates(
        received=facts.received, due=facts.due, resolved=facts.resolved, status=facts.status
    )


def require_complete(facts: DossierFacts) -> DossierFacts:
    """`facts` unchanged when `register_problems` finds nothing.

    Raises:
        ValidationError: with the first problem found.
    """
    problems = register_problems(facts)
    if problems:
        raise ValidationError(problems[0])
    return facts
