"""Who has reported: subordinate units × forms for one period, and the reminder to paste in chat."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, NamedTuple

from egov_desktop.db.models import ReceivedPackage
from egov_desktop.db.uow import UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.forms import deadline_days
from egov_desktop.domain.periods import MODE_CUTOFF, Period, in_sentence_of, period_containing
from egov_desktop.domain.units import CATALOG_2025, CATALOG_LEGACY, LEVEL_DISTRICT, AdminUnit
from egov_desktop.domain.validation import previous_period
from egov_desktop.errors import ValidationError
from egov_desktop.services import exchange_dto as dto
from egov_desktop.services.dto import SetupInfo
from egov_desktop.services.entry import DEADLINE_KEY
from egov_desktop.services.entry_dto import (
    STATUS_DONE,
    STATUS_EMPTY,
    STATUS_IN_PROGRESS,
    TodoItem,
)
from egov_desktop.services.lineage import (
    before_reform,
    district_refusal,
    last_before_reform,
    predecessors,
    row_code,
    unit_label,
)
from egov_desktop.services.package_senders import require_office
from egov_desktop.services.report_forms import find_form, load_forms
from egov_desktop.services.sectors import own_unit_id
from egov_desktop.services.setup import SetupService
from egov_desktop.services.unit_settings import period_mode
from egov_desktop.services.units import load_catalog

_STATES = {
    dto.IMPORTED: dto.RECEIVED,
    dto.ACCEPTED: dto.ACCEPTED,
    dto.RETURNED: dto.RETURNED,
}


def subordinates(office: SetupInfo) -> list[AdminUnit]:
    """The communes under the office: its province (2025 catalogue) or district (legacy)."""
    catalog = load_catalog(office.catalog)
    if office.unit.level == LEVEL_DISTRICT:
        return catalog.communes(district_code=office.unit.code)
    return catalog.communes(province_code=office.unit.province_code)


class CompletenessService:
    """The office's view of which units have sent which reports."""

    def __init__(self, uow: UowFactory, setup: SetupService) -> None:
        self._uow = uow
        self._setup = setup

    def todo(self, today: date | None = None) -> list[TodoItem]:
        """The office's list: each form's previous and current period, how many units reported.

        "Done" once every subordinate unit's report is held; the deadline is the units'.
        """
        require_office(self._setup)
        day = today or date.today()
        with self._uow() as uow:
            mode = period_mode(uow)
        items: list[TodoItem] = []
        kinds = sorted({spec.period_kind for spec in load_forms().values()})
        for kind in kinds:
            current = period_containing(day, kind, mode)
            last = self.last_period(kind)
            if last is not None and (current.year, current.number) > (last.year, last.number):
                current = last  # a district office: its last periods, not today's
            before = previous_period(current)
            for period in (before, current) if before is not None else (current,):
                matrix = self.matrix(period.code)
                for form in matrix.forms:
                    held, expected = _reported(matrix, form)
                    deadline = matrix.deadlines[form]
                    status = (
                        STATUS_DONE
                        if held == expected
                        else (STATUS_IN_PROGRESS if held else STATUS_EMPTY)
                    )
                    items.append(
                        TodoItem(
                            form=form,
                            form_title=find_form(form).title,
                            period_code=period.code,
                            period_label=period.label,
                            status=status,
                            deadline=deadline,
                            days_left=(deadline - day).days,
                            reported=held,
                            expected=expected,
                        )
                    )
        order = {code: index for index, code in enumerate(load_forms())}
        return sorted(items, key=lambda i: (i.deadline, order[i.form]))

    def last_period(self, kind: str) -> Period | None:
        """The latest period of `kind` the office collects; None: no limit.

        A district office (legacy catalogue) was abolished with the 2025 reform: it collects
        the periods that end before 1 July 2025 only. A province office collects every period,
        those before the reform from the old communes.
        """
        office = require_office(self._setup)
        if office.catalog != CATALOG_LEGACY or kind == "custom":  # a range is checked as asked
            return None
        return last_before_reform(kind, office.period_mode or MODE_CUTOFF)

    def entry(self, unit: str, form: str, period: str) -> dto.CompletenessEntry | None:
        """What the office holds of one unit's `form` for `period` (None: not its unit)."""
        matrix = self.matrix(period, [form])
        return next((e for e in matrix.entries if e.unit_code == unit), None)

    def matrix(self, period: str, forms: list[str] | None = None) -> dto.Completeness:
        """One entry per subordinate unit and form, units by code."""
        office = require_office(self._setup)
        code = Period.parse(period)
        specs = (
            [find_form(f) for f in forms]
            if forms
            else [f for f in load_forms().values() if f.period_kind == code.kind]
        )
        mode = office.period_mode or MODE_CUTOFF
        window = code.window(mode)
        end = window[1]
        refusal = district_refusal(office.unit.name, office.catalog, code, mode)
        if refusal is not None:
            raise ValidationError(refusal)
        entries: list[dto.CompletenessEntry] = []
        with self._uow() as uow:
            deadlines = {}
            for spec in specs:
                override = uow.settings.get(DEADLINE_KEY.format(form=spec.code))
                deadlines[spec.code] = end + timedelta(days=deadline_days(spec, override))
            own = own_unit_id(uow)
            # The units holding figures: without a package, the office entered them itself.
            holding = {
                spec.code: {
                    (u.catalog, u.code)
                    for u, _ in uow.values.totals_by_unit(spec.code, code.code, own)
                }
                for spec in specs
            }
            received: dict[str, list[_Held]] = {}
            #: Every version held, newest first, those superseded too: when a report was sent.
            sent_versions: dict[str, list[_Held]] = {}
            queued: list[tuple[str, int]] = []
            for sender, package in uow.received_packages.for_period(code.code):
                key, sent = sender.code, _Held("", None, package)
                if sender.catalog != office.catalog:  # an old commune: its 2025 successor
                    key = row_code(sender.code, sender.catalog, office.catalog)
                    by = unit_label(sender.name, sender.code, sender.catalog, office.catalog)
                    sent = _Held(by, sender.code, package)
                if package.state == dto.QUEUED:
                    queued.append((key, package.version))
                    continue
                sent_versions.setdefault(key, []).append(sent)
                if package.state != dto.SUPERSEDED:
                    received.setdefault(key, []).append(sent)
        # Before the reform a province office expects each 2025 commune's old communes.
        pre_reform = office.catalog == CATALOG_2025 and before_reform(code, mode)
        for unit in subordinates(office):
            held = received.get(unit.code, [])
            expected = predecessors(unit.code) if pre_reform else ()
            for spec in specs:
                rows = [h for h in held if spec.code in h.package.forms.split(",")]
                packaged = {h.old_code for h in rows}
                typed = {
                    u.code
                    for u in expected
                    if (CATALOG_LEGACY, u.code) in holding[spec.code] and u.code not in packaged
                }
                if not rows:
                    itself = (office.catalog, unit.code) in holding[spec.code]
                    state = dto.ENTERED if itself or typed else dto.MISSING
                    old = {} if itself else _old_communes(expected, rows, typed, office)
                    entries.append(
                        dto.CompletenessEntry(unit.code, unit.name, spec.code, state, **old)
                    )
                    continue
                row = rows[0].package
                # The same sender's versions of the form (a merged commune's old communes).
                sender_of = rows[0].old_code
                versions = [
                    h.package
                    for h in sent_versions[unit.code]
                    if h.old_code == sender_of and spec.code in h.package.forms.split(",")
                ]
                first = _first_sent(versions, row)
                entries.append(
                    dto.CompletenessEntry(
                        unit.code,
                        unit.name,
                        spec.code,
                        _STATES.get(row.state, dto.RECEIVED),
                        version=row.version,
                        sent_at=row.created_at,
                        received_at=row.received_at,
                        on_time=first.created_at.date() <= deadlines[spec.code],
                        first_version=None if first is row else first.version,
                        first_sent_at=None if first is row else first.created_at,
                        reason=row.reply_reason or "",
                        other_window=_other_window(row, window),
                        sent_by=tuple(dict.fromkeys(h.by for h in rows if h.by)),
                        **_old_communes(expected, rows, typed, office),
                    )
                )
        return dto.Completeness(
            period=code.code,
            period_label=code.label,
            forms=tuple(s.code for s in specs),
            deadlines=deadlines,
            entries=tuple(entries),
            queued=tuple(queued),
        )


def _first_sent(versions: list[ReceivedPackage], current: ReceivedPackage) -> ReceivedPackage:
    """The version the report counts as sent by: the deadline is judged on its date.

    A correction sent after the deadline does not make a report sent in time late; a report
    the office returned is not sent, and the one sent again after it is judged on its own
    date. `versions` are the unit's packages of the form, newest first, `current` among them.
    """
    first = current
    for package in versions:
        if package.version >= current.version:
            continue
        if package.reply_reason is not None:  # returned: the versions after it were resent
            break
        first = package
    return first


class _Held(NamedTuple):
    """A package the office holds for a unit's row of the matrix, and who sent it."""

    #: The old commune that sent it ("name (mã cũ code)"); "" for the unit itself.
    by: str
    old_code: str | None
    package: ReceivedPackage


def _old_communes(
    expected: tuple[AdminUnit, ...], rows: list[_Held], typed: set[str], office: SetupInfo
) -> dict[str, Any]:
    """How many of a 2025 commune's old communes the office holds a pre-reform report of.

    Sent in a package, or entered by the office (`typed`, the old codes without a package);
    and who is still missing. Nothing when none is expected, or when the 2025 commune sent the
    report itself. A report the office returned is not received: it must be sent again.
    """
    if not expected or any(h.old_code is None for h in rows):
        return {}
    sent = {h.old_code for h in rows if h.package.state in (dto.IMPORTED, dto.ACCEPTED)}
    missing = [u for u in expected if u.code not in sent | typed]

    def labels(units: list[AdminUnit]) -> tuple[str, ...]:
        return tuple(unit_label(u.name, u.code, CATALOG_LEGACY, office.catalog) for u in units)

    return {
        "old_expected": len(expected),
        "old_received": len(expected) - len(missing),
        "old_missing": labels(missing),
        "old_entered": labels([u for u in expected if u.code in typed]),
    }


def _other_window(row: ReceivedPackage, window: tuple[date, date]) -> tuple[date, date] | None:
    """The days the unit counted over, if the package says and they are not the office's."""
    if row.window_start is None or row.window_end is None:
        return None
    sent = (row.window_start, row.window_end)
    return None if sent == window else sent


def _reported(matrix: dto.Completeness, form: str) -> tuple[int, int]:
    """(units whose report of `form` the office holds, units expected)."""
    entries = [e for e in matrix.entries if e.form == form]
    held = sum(1 for e in entries if e.complete)
    return held, len(entries)


def reminder_text(matrix: dto.Completeness, today: date | None = None) -> str:
    """A short message listing the units that have not sent, for a chat group or e-mail."""
    day = today or date.today()
    missing = matrix.missing_units()
    if not missing:
        return (
            f"Đến ngày {day:%d/%m/%Y}, tất cả các đơn vị đã gửi báo cáo "
            f"{', '.join(matrix.forms)} {in_sentence_of(matrix.period)}."
        )
    deadline = min(matrix.deadlines.values()) if matrix.deadlines else None
    lines = [
        f"Đến ngày {day:%d/%m/%Y}, {len(missing)} đơn vị chưa gửi đủ báo cáo "
        f"{', '.join(matrix.forms)} {in_sentence_of(matrix.period)}:"
    ]
    returned = matrix.returned_units()
    lines += [
        f"{i}. {name} ({code})"
        + (" – báo cáo đã bị trả lại, đề nghị gửi lại" if code in returned else "")
        + _old_missing_text(matrix.old_missing(code))
        for i, (code, name) in enumerate(missing, start=1)
    ]
    if deadline is not None:
        late = "đã quá hạn" if deadline < day else "hạn nộp"
        lines.append(f"Đề nghị các đơn vị gửi ngay ({late} {deadline:%d/%m/%Y}).")
    return "\n".join(lines)


def _old_missing_text(names: tuple[str, ...]) -> str:
    return messages.REMINDER_OLD_MISSING.format(units="; ".join(names)) if names else ""
