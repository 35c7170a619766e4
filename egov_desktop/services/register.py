"""The dossier register (Sổ theo dõi hồ sơ): add, correct, delete and page through dossiers.

Every change is one transaction with an audit row per changed field (entity "dossier").
Pages and counts run in SQL, so a screen over a million dossiers never loads them all.
"""

from __future__ import annotations

import builtins
import functools
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from egov_desktop.db.models import Dossier
from egov_desktop.db.register_repositories import BASES, DOSSIER_FIELDS, DossierFilter
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.counting import sector_key, vietnamese_sort_key
from egov_desktop.domain.dossiers import (
    CHANNEL_LABELS,
    CLOSED_WITHOUT_DECISION,
    STATUS_IN_PROGRESS,
    STATUS_RESOLVED,
    STATUS_STOPPED,
    DossierFacts,
    check_dates,
    check_plausible,
    format_day,
    parse_channel,
    parse_status,
    register_problems,
    require_complete,
    status_warnings,
)
from egov_desktop.domain.periods import Period
from egov_desktop.domain.text import clean_text, fold, nfc
from egov_desktop.domain.validation import format_number
from egov_desktop.errors import ValidationError
from egov_desktop.services.register_dto import (
    FIELD_LABELS,
    DossierInfo,
    DossierInput,
    DossierQuery,
)
from egov_desktop.services.register_sectors import (
    SectorChoices,
    list_sector,
    matching_sectors,
    sector_choices,
)
from egov_desktop.services.sectors import default_actor, own_unit_id
from egov_desktop.services.unit_settings import period_mode

#: Longest text of each field, as the schema stores it.
LIMITS = {
    "code": 64,
    "procedure_code": 64,
    "procedure_name": 500,
    "sector": 200,
    "applicant": 300,
    "contact": 300,
    "lead_agency": 300,
    "result_delivery": 100,
    # A few paragraphs: the register's screen and printout are no place for a document.
    "note": 4000,
}
#: Most rows one page may hold (the register screen asks for a screenful at a time).
MAX_PAGE = 5000
#: Most dossiers a page may skip: past any register, and far within SQLite's integers.
MAX_OFFSET = 1_000_000_000
#: Audit source of an edit typed in the register.
SOURCE_TYPED = "typed"
#: Statuses an end date or its absence implies; the others are chosen by a person and kept.
_BY_DATES = frozenset({STATUS_RESOLVED, STATUS_IN_PROGRESS})


# `fold` character by character, as one str.translate: an import folds a hundred thousand
# search keys, and NFD, filtering and NFC per key cost more than the rest of the row.
_FOLD_TABLE = {
    code: folded
    for code in range(0x41, 0x2000)
    if not chr(code).isspace() and (folded := fold(chr(code))) != chr(code)
}


def search_key(*parts: str | None) -> str:
    """The folded text searched by the register: code, applicant and procedure.

    Equal to `fold` of the joined parts for NFC text (a test checks it).
    """
    return " ".join(" ".join(p for p in parts if p).translate(_FOLD_TABLE).split())


def status_by_dates(resolved: date | None, current: str | None = None) -> str:
    """The status an end date implies, keeping one a person chose when the dates allow it.

    With an end date: "Đã giải quyết", unless withdrawn, returned or stopped. Without one:
    "Đang giải quyết" instead of "Đã giải quyết", otherwise the current status.
    """
    if resolved is not None:
        if current in CLOSED_WITHOUT_DECISION or current == STATUS_STOPPED:
            return current
        return STATUS_RESOLVED
    if current is None or current == STATUS_RESOLVED:
        return STATUS_IN_PROGRESS
    return current


#: How many characters of a code too long to store a message quotes.
CODE_QUOTED = 20


def _text(value: object, name: str, code: str, clean: bool = True) -> str:
    if value is None:
        text = ""
    elif clean or not isinstance(value, str):
        text = clean_text(str(value))
    else:
        text = value
    limit = LIMITS.get(name)
    if limit is not None and len(text) > limit:
        if name == "code":
            # The dossier has no code yet to be named by: quote the beginning of the text.
            raise ValidationError(
                messages.DOSSIER_CODE_TOO_LONG.format(
                    start=text[:CODE_QUOTED] + "…", length=len(text), limit=limit
                )
            )
        raise ValidationError(
            messages.DOSSIER_FIELD_TOO_LONG.format(field=FIELD_LABELS[name], code=code, limit=limit)
        )
    return text


# Registers repeat a handful of spellings a hundred thousand times; parsing folds each one.
canonical_channel = functools.lru_cache(maxsize=512)(parse_channel)
canonical_status = functools.lru_cache(maxsize=512)(parse_status)


def _day(value: date | None) -> date | None:
    # Counting compares calendar dates; a timestamp's time of day must not matter (§5.2).
    if isinstance(value, datetime):
        return value.date()
    if value is not None and not isinstance(value, date):
        raise ValidationError(messages.RECEIVED_REQUIRED)
    return value


def normalise(data: DossierInput, *, complete: bool, today: date) -> dict[str, Any]:
    """Stored values of a dossier: NFC text, canonical channel and status, checked dates.

    `complete` also requires what the register entry form requires (a due date, and an end
    date for a withdrawn or returned dossier); an import keeps what it finds. The dates must
    be plausible on `today` (domain/dossiers.py `check_plausible`).

    Raises:
        ValidationError: with a Vietnamese message naming the problem.
    """
    return normalise_values(vars(data), complete=complete, today=today)


def normalise_values(
    data: Mapping[str, Any], *, complete: bool, today: date, clean: bool = True
) -> dict[str, Any]:
    """`normalise` for a mapping with every field of DossierInput (an import's rows).

    `clean` False skips cleaning text already cleaned on the way in (an import's cells).
    """
    code = _text(data["code"], "code", "", clean)
    if not code:
        raise ValidationError(messages.DOSSIER_CODE_REQUIRED)
    sector = _text(data["sector"], "sector", code, clean)
    if not sector:
        raise ValidationError(messages.DOSSIER_SECTOR_REQUIRED.format(code=code))
    resolved = _day(data["resolved"])
    given = data["status"]
    status = status_by_dates(resolved) if given is None else canonical_status(given)
    received, due = _day(data["received"]), _day(data["due"])
    if received is None:
        raise ValidationError(messages.RECEIVED_REQUIRED)
    returned = _day(data["returned"])
    check_plausible(received=received, due=due, resolved=resolved, returned=returned, today=today)
    check_dates(received, due, resolved)
    channel = canonical_channel(data["channel"])
    if complete:
        require_complete(DossierFacts(received, due, resolved, channel, status, sector))
    # A result handed over was made first. An import of a register that prints only the
    # hand-over day takes it as the end date (register_import); beside an empty "Ngày có kết
    # quả" it is a row to correct, not a result to guess.
    if returned is not None and resolved is None:
        raise ValidationError(
            messages.RETURNED_WITHOUT_RESOLVED.format(returned=format_day(returned))
        )
    return {
        "code": code,
        "procedure_code": _text(data["procedure_code"], "procedure_code", code, clean) or None,
        "procedure_name": _text(data["procedure_name"], "procedure_name", code, clean),
        "sector": sector,
        "applicant": _text(data["applicant"], "applicant", code, clean),
        "contact": _text(data["contact"], "contact", code, clean),
        "lead_agency": _text(data["lead_agency"], "lead_agency", code, clean),
        "channel": channel,
        "result_delivery": _text(data["result_delivery"], "result_delivery", code, clean),
        "received": received,
        "due": due,
        "resolved": resolved,
        "returned": returned,
        "status": status,
        # A dossier paid online had something to pay (QĐ 766 counts payments among those).
        "financial_obligation": bool(data["financial_obligation"] or data["paid_online"]),
        "paid_online": bool(data["paid_online"]),
        "components_digitised": bool(data["components_digitised"]),
        "result_digitised": bool(data["result_digitised"]),
        "synced": bool(data["synced"]),
        # Taken from the national portal is one way of reusing components.
        "components_reused": bool(data["components_reused"] or data["components_reused_national"]),
        "components_reused_national": bool(data["components_reused_national"]),
        "note": _note(data["note"], code),
    }


def _note(value: object, code: str) -> str:
    """The note as typed (line breaks kept), within its limit."""
    text = nfc(str(value or "")).strip()
    if len(text) > LIMITS["note"]:
        raise ValidationError(
            messages.DOSSIER_FIELD_TOO_LONG.format(
                field=FIELD_LABELS["note"], code=code, limit=LIMITS["note"]
            )
        )
    return text


def key_of(values: Mapping[str, Any]) -> str:
    """The search column of stored values."""
    return search_key(
        values["code"], values["applicant"], values["procedure_name"], values["procedure_code"]
    )


def facts_of(row: Dossier) -> DossierFacts:
    """What the counting rules read from a stored dossier."""
    return DossierFacts(
        received=row.received,
        due=row.due,
        resolved=row.resolved,
        channel=row.channel,
        status=row.status,
        sector=row.sector,
    )


def dossier_info(row: Dossier) -> DossierInfo:
    """The DTO of a stored dossier."""
    values = {name: getattr(row, name) for name in DOSSIER_FIELDS}
    return DossierInfo(
        id=row.id,
        channel_label=CHANNEL_LABELS.get(row.channel, row.channel),
        created_at=row.created_at,
        updated_at=row.updated_at,
        problems=tuple(register_problems(facts_of(row))),
        warnings=tuple(status_warnings(resolved=row.resolved, status=row.status)),
        **values,
    )


def audit_text(value: object) -> str | None:
    """How a field's value is written in the audit trail."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _refuse_taken(same: builtins.list[Dossier], code: str) -> None:
    """Refuse `code` when another dossier has it, whatever the case (domain `code_key`)."""
    if not same:
        return
    existing = next((d.code for d in same if d.code == code), same[0].code)
    if existing == code:
        raise ValidationError(messages.DOSSIER_EXISTS.format(code=code))
    raise ValidationError(messages.DOSSIER_EXISTS_OTHER_CASE.format(code=code, existing=existing))


def check_page(offset: int, limit: int) -> None:
    """Refuse a page of more than MAX_PAGE rows, or past MAX_OFFSET (a negative offset is 0)."""
    if not 1 <= limit <= MAX_PAGE:
        raise ValidationError(messages.BAD_PAGE.format(limit=MAX_PAGE, value=limit))
    if offset > MAX_OFFSET:
        limit_text = format_number(MAX_OFFSET)
        raise ValidationError(messages.BAD_OFFSET.format(limit=limit_text, value=offset))


class RegisterService:
    """The data folder's own unit's register."""

    def __init__(self, uow: UowFactory) -> None:
        self._uow = uow

    def add(
        self,
        data: DossierInput,
        *,
        actor: str | None = None,
        source: str = SOURCE_TYPED,
        today: date | None = None,
        new_sector: bool = False,
        show_hidden: bool = False,
    ) -> DossierInfo:
        """Add a dossier; its code must be new to the unit, its dates plausible on `today`.

        `new_sector` adds the dossier's sector to the unit's list in the same transaction;
        `show_hidden` shows it again when the unit hid it (`hidden_sector`). Without it, a
        sector the unit hid is refused, whether typed or the catalogue procedure's.
        """
        values = normalise(data, complete=True, today=today or date.today())
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            _refuse_taken(uow.dossiers.same_code(unit_id, values["code"]), values["code"])
            who = actor or default_actor(uow, unit_id)
            values["sector"] = list_sector(
                uow, unit_id, who, values["sector"], new_sector, show_hidden
            )
            row = uow.dossiers.add(unit_id, values, key_of(values))
            self._audit(
                uow, unit_id, who, values["code"], "created", None, values["status"], source
            )
            return dossier_info(row)

    def update(
        self,
        dossier_id: int,
        changes: Mapping[str, object],
        *,
        actor: str | None = None,
        source: str = SOURCE_TYPED,
        today: date | None = None,
        new_sector: bool = False,
        show_hidden: bool = False,
    ) -> DossierInfo:
        """Change some fields of a dossier; each changed field is audited, old and new.

        A new end date moves the status by the dates ("Đã giải quyết") unless the change
        names a status or the dossier's status was chosen by a person (withdrawn, waiting …).
        The dossier's dates must be plausible on `today`, as a new dossier's. `new_sector`
        and `show_hidden` are as for `add`, for a change of sector only: the dossier's own
        sector stays, hidden since or not.
        """
        unknown = [name for name in changes if name not in DOSSIER_FIELDS]
        if unknown:
            raise ValidationError(messages.DOSSIER_UNKNOWN_FIELD.format(field=unknown[0]))
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            row = self._get(uow, unit_id, dossier_id)
            current = {name: getattr(row, name) for name in DOSSIER_FIELDS}
            merged: dict[str, Any] = {**current, **changes}
            if "status" not in changes:
                merged["status"] = status_by_dates(merged["resolved"], row.status)
            values = normalise(DossierInput(**merged), complete=True, today=today or date.today())
            if values["code"] != row.code:
                # Only a new code is checked: a register may already hold two codes that
                # differ only in case, and each stays editable.
                same = uow.dossiers.same_code(unit_id, values["code"])
                _refuse_taken([other for other in same if other.id != row.id], values["code"])
            who = actor or default_actor(uow, unit_id)
            # A dossier the unit filed under a sector it hid later keeps it when corrected.
            if sector_key(values["sector"]) != sector_key(row.sector):
                values["sector"] = list_sector(
                    uow, unit_id, who, values["sector"], new_sector, show_hidden
                )
            changes = {n: values[n] for n in DOSSIER_FIELDS if values[n] != current[n]}
            for name, value in changes.items():
                # The change of code itself is filed under the old code, the others under the new.
                code = current["code"] if name == "code" else values["code"]
                self._audit(
                    uow,
                    unit_id,
                    who,
                    code,
                    name,
                    audit_text(current[name]),
                    audit_text(value),
                    source,
                )
            if changes:
                uow.dossiers.edit(row, changes, key_of(values))
            return dossier_info(row)

    def delete(self, dossier_id: int, *, actor: str | None = None) -> None:
        """Remove a dossier entered by mistake; the audit trail keeps its code and status."""
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            row = self._get(uow, unit_id, dossier_id)
            who = actor or default_actor(uow, unit_id)
            self._audit(uow, unit_id, who, row.code, "deleted", row.status, None, SOURCE_TYPED)
            uow.dossiers.delete(row)

    def get(self, dossier_id: int) -> DossierInfo:
        with self._uow() as uow:
            return dossier_info(self._get(uow, own_unit_id(uow), dossier_id))

    def find(self, code: str) -> DossierInfo:
        """The dossier with mã hồ sơ `code`, or else the one coded so but for case.

        Raises:
            ValidationError: no such dossier, or several whose codes differ from `code` only
                in case (a register written before codes were compared so).
        """
        text = clean_text(code)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            row = uow.dossiers.by_code(unit_id, text)
            if row is None:
                same = uow.dossiers.same_code(unit_id, text) if text else []
                if len(same) > 1:
                    codes = ", ".join(sorted(d.code for d in same))
                    raise ValidationError(
                        messages.DOSSIER_CODE_AMBIGUOUS.format(code=text, codes=codes)
                    )
                row = same[0] if same else None
            if row is None:
                raise ValidationError(messages.DOSSIER_NOT_FOUND.format(code=text))
            return dossier_info(row)

    def list(
        self, query: DossierQuery | None = None, *, offset: int = 0, limit: int = 100
    ) -> builtins.list[DossierInfo]:
        """One page of the register, newest receipts first."""
        check_page(offset, limit)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            spec = self._filter(uow, unit_id, query or DossierQuery())
            rows = uow.dossiers.page(unit_id, spec, max(offset, 0), limit)
            return [dossier_info(row) for row in rows]

    def count(self, query: DossierQuery | None = None) -> int:
        """How many dossiers `list` pages through."""
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            return uow.dossiers.count(unit_id, self._filter(uow, unit_id, query or DossierQuery()))

    def position(self, dossier_id: int, query: DossierQuery | None = None) -> int | None:
        """The dossier's row among `list(query)`'s (0 first); None when the query hides it."""
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            spec = self._filter(uow, unit_id, query or DossierQuery())
            return uow.dossiers.position(unit_id, spec, dossier_id)

    def sectors(self) -> builtins.list[str]:
        """The sectors found in the register (for the filter list), in Vietnamese order."""
        with self._uow() as uow:
            return sorted(uow.dossiers.sectors(own_unit_id(uow)), key=vietnamese_sort_key)

    def sector_choices(self) -> builtins.list[str]:
        """What a dossier's sector field offers (`SectorChoices.offered`)."""
        return list(self._choices().offered)

    def resolve_sector(self, name: str) -> str:
        """The spelling of `name` among `sector_choices` (`SectorChoices.resolve`)."""
        return self._choices().resolve(name)

    def named_sector(self, name: str) -> str:
        """The sector `name` names, hidden or not, to head a sheet (`SectorChoices.named`)."""
        return self._choices().named(name)

    def listed_sector(self, name: str) -> str | None:
        """The spelling of `name` among `sector_choices` (`SectorChoices.listed_sector`)."""
        return self._choices().listed_sector(name)

    def hidden_sector(self, name: str) -> str | None:
        """The unit's hidden sector `name` names (`SectorChoices.hidden_sector`)."""
        return self._choices().hidden_sector(name)

    def _choices(self) -> SectorChoices:
        with self._uow() as uow:
            return sector_choices(uow, own_unit_id(uow))

    # Inside a transaction.

    @staticmethod
    def _get(uow: UnitOfWork, unit_id: int, dossier_id: int) -> Dossier:
        row = uow.dossiers.get(unit_id, dossier_id)
        if row is None:
            raise ValidationError(messages.DOSSIER_NOT_FOUND.format(code=f"#{dossier_id}"))
        return row

    @staticmethod
    def _filter(uow: UnitOfWork, unit_id: int, query: DossierQuery) -> DossierFilter:
        if query.basis not in BASES:
            raise ValueError(f"unknown basis {query.basis!r}")
        window = None
        if query.period is not None:
            mode = query.mode or period_mode(uow)
            window = Period.parse(query.period).window(mode)
        sectors = None
        if query.sector is not None:
            sectors = matching_sectors(uow.dossiers.sectors(unit_id), query.sector)
        search = fold(query.search) if query.search and query.search.strip() else None
        return DossierFilter(
            window=window,
            basis=query.basis,
            sectors=sectors,
            status=parse_status(query.status) if query.status else None,
            channel=parse_channel(query.channel) if query.channel else None,
            overdue_on=(query.today or date.today()) if query.overdue else None,
            search=search,
        )

    @staticmethod
    def _audit(
        uow: UnitOfWork,
        unit_id: int,
        actor: str,
        code: str,
        field: str,
        old: str | None,
        new: str | None,
        source: str,
    ) -> None:
        uow.audit.record(
            actor=actor,
            unit_id=unit_id,
            entity="dossier",
            entity_key=code,
            field=field,
            old_value=old,
            new_value=new,
            source=source,
        )
