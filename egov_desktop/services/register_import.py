"""Import a dossier register from the spreadsheets offices really have (domain.md §4.6, §9).

register_reading reads the file's rows; here they are planned against the register, then
written. `preview` writes nothing; `apply` backs the database up, then writes everything in one
transaction. Dossiers are keyed by unit and mã hồ sơ: importing the same file again changes
nothing, and a corrected row updates its dossier (audited field by field), never duplicates it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from egov_desktop.db.register_repositories import DOSSIER_FIELDS
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.dossiers import (
    CHANNEL_DIRECT,
    FLAGS,
    STATUS_IN_PROGRESS,
    STATUS_RESOLVED,
    code_key,
    missing_dates,
    status_warnings,
)
from egov_desktop.domain.register_columns import NOT_USED, header_key
from egov_desktop.domain.register_status import timeliness_warnings
from egov_desktop.domain.sectors import SectorSpellings
from egov_desktop.domain.text import clean_text, fold
from egov_desktop.errors import ValidationError
from egov_desktop.services.backups import BEFORE_REGISTER_IMPORT, BackupService
from egov_desktop.services.register import audit_text, key_of, normalise_values, status_by_dates
from egov_desktop.services.register_dto import (
    ImportLayout,
    ImportPreview,
    Rejection,
    RowWarning,
    SectorRows,
)
from egov_desktop.services.register_reading import (
    MAPPABLE,
    RegisterFile,
    RegisterRow,
    column_title,
    read_register,
)
from egov_desktop.services.register_sectors import HiddenRows, hidden_sectors
from egov_desktop.services.sectors import default_actor, default_sectors, own_unit_id

logger = logging.getLogger(__name__)

#: Business setting holding a remembered header mapping for one kind of file.
MAPPING_KEY = "import.mapping.{kind}"
_MAPPING_PREFIX = "import.mapping."
#: Where a stored dossier's sector is in `_Stored`'s rows (its id first).
_SECTOR = 1 + DOSSIER_FIELDS.index("sector")
#: What a new dossier holds for a field its file has no column for.
_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(("procedure_code", "due", "resolved", "returned")),
    **dict.fromkeys(
        ("procedure_name", "applicant", "contact", "lead_agency", "result_delivery", "note"), ""
    ),
    **dict.fromkeys(FLAGS, False),
}


class _Stored:
    """The register's dossiers as (id, *DOSSIER_FIELDS) by code, found whatever its case."""

    def __init__(self, rows: dict[str, tuple[Any, ...]]) -> None:
        self._rows = rows
        self._by_key: dict[str, list[str]] | None = None

    def find(self, code: str) -> tuple[Any, ...] | None:
        """The dossier coded `code`, or else the one coded so but for case (domain `code_key`).

        Raises:
            ValidationError: when several dossiers differ from `code` only in case (a register
                written before codes were compared so): the row cannot tell which it updates.
        """
        exact = self._rows.get(code)
        if exact is not None or not self._rows:
            return exact
        if self._by_key is None:
            # Built on the first code not found as written: a file imported again never needs it.
            self._by_key = {}
            for stored in self._rows:
                self._by_key.setdefault(code_key(stored), []).append(stored)
        same = self._by_key.get(code_key(code), [])
        if len(same) > 1:
            raise ValidationError(
                messages.IMPORT_CODE_AMBIGUOUS.format(code=code, codes=", ".join(sorted(same)))
            )
        return self._rows[same[0]] if same else None


@dataclass(frozen=True)
class _Note:
    """A note of the preview, in its two wordings: what will happen, and what happened."""

    will: str
    did: str

    @classmethod
    def of(cls, message: str, **values: object) -> _Note:
        """The preview's `message` and its wording once applied, filled with `values`."""
        done = messages.IMPORT_NOTES_DONE[message]
        return cls(message.format(**values), done.format(**values))


@dataclass
class _Plan:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    audits: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)
    unchanged: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    notes: list[_Note] = field(default_factory=list)
    #: Rows kept whose dossier lacks a date the register needs (domain `missing_dates`).
    warnings: list[RowWarning] = field(default_factory=list)
    new_sectors: list[SectorRows] = field(default_factory=list)
    hidden_sectors: list[SectorRows] = field(default_factory=list)


def kind_of(mapping: Mapping[str, str]) -> str:
    """A short, stable name for the kind of file a mapping was made for."""
    words = sorted(header_key(text) for text in mapping)
    return hashlib.sha1("|".join(words).encode()).hexdigest()[:12]


class RegisterImportService:
    """Import registers into the data folder's own unit."""

    def __init__(self, uow: UowFactory, backups: BackupService) -> None:
        self._uow = uow
        self._backups = backups

    def inspect(self, path: Path, *, mapping: Mapping[str, str] | None = None) -> ImportLayout:
        """Where the header is and which columns were recognised, for the mapping dialog."""
        return self._read(path, mapping, strict=False).layout

    def preview(
        self,
        path: Path,
        *,
        mapping: Mapping[str, str] | None = None,
        today: date | None = None,
    ) -> ImportPreview:
        """What importing `path` would do; nothing is written.

        A row whose dates are not plausible on `today` (domain/dossiers.py) is rejected.
        """
        day = today or date.today()
        parsed = self._read(path, mapping, today=day)
        with self._uow() as uow:
            plan = self._plan(uow, own_unit_id(uow), parsed, day)
        return self._preview(parsed, plan, applied=False)

    def apply(
        self,
        path: Path,
        *,
        mapping: Mapping[str, str] | None = None,
        actor: str | None = None,
        today: date | None = None,
    ) -> ImportPreview:
        """Import `path`: back up first, then one transaction; rejected rows are left out."""
        day = today or date.today()
        parsed = self._read(path, mapping, today=day)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            plan = self._plan(uow, unit_id, parsed, day)
            seen = uow.dossiers.fingerprint(unit_id)
        if not plan.inserts and not plan.updates:
            # Nothing to write, but the import was made: its notes speak of it as done.
            return self._preview(parsed, plan, applied=True)
        made = self._backups.create(BEFORE_REGISTER_IMPORT)
        with self._uow() as uow:
            # The GUI may have changed a dossier since the plan was made: plan again then.
            if uow.dossiers.fingerprint(unit_id) != seen:
                plan = self._plan(uow, unit_id, parsed, day)
            self._write(uow, unit_id, plan, parsed.source, actor)
        logger.info("Imported %s: %d new, %d updated", path, len(plan.inserts), len(plan.updates))
        preview = self._preview(parsed, plan, applied=True)
        return dataclasses.replace(preview, backup=str(made.path))

    def remember_mapping(self, mapping: Mapping[str, str]) -> str:
        """Keep header wordings (header text → field) for files of the same kind; its kind."""
        clean = {clean_text(text): name for text, name in mapping.items() if clean_text(text)}
        for name in clean.values():
            if name not in MAPPABLE and name != NOT_USED:
                raise ValidationError(messages.REGISTER_UNKNOWN_FIELD.format(field=name))
        kind = kind_of(clean)
        with self._uow() as uow:
            own_unit_id(uow)
            uow.settings.set(MAPPING_KEY.format(kind=kind), json.dumps(clean, ensure_ascii=False))
        return kind

    def remembered(self) -> dict[str, dict[str, str]]:
        """Remembered mappings by kind."""
        with self._uow() as uow:
            stored = uow.settings.all()
        found: dict[str, dict[str, str]] = {}
        for key, value in stored.items():
            if key.startswith(_MAPPING_PREFIX):
                try:
                    data = json.loads(value)
                except ValueError:
                    continue
                if isinstance(data, dict):
                    found[key[len(_MAPPING_PREFIX) :]] = {str(k): str(v) for k, v in data.items()}
        return found

    def _read(
        self,
        path: Path,
        mapping: Mapping[str, str] | None,
        *,
        strict: bool = True,
        today: date | None = None,
    ) -> RegisterFile:
        # A mapping given is the one used: the remembered ones are not even looked up.
        remembered = () if mapping else self.remembered().values()
        return read_register(path, mapping, remembered, strict=strict, today=today)

    # Planning against the register (inside a transaction).

    def _plan(self, uow: UnitOfWork, unit_id: int, parsed: RegisterFile, today: date) -> _Plan:
        # What the reading decided is said alike before and after applying.
        plan = _Plan(notes=[_Note(note, note) for note in parsed.notes])
        if "channel" not in parsed.columns:
            plan.notes.append(_Note.of(messages.IMPORT_NO_CHANNEL_COLUMN))
        existing = _Stored(uow.dossiers.snapshot(unit_id, DOSSIER_FIELDS))
        catalogue = uow.procedures.all(unit_id)
        procedures = {p.code: p.sector for p in catalogue}
        by_name = {fold(p.name): p.sector for p in catalogue}
        # A unit that never opened its list counts with the shipped catalogue (seeded then).
        listed = [row.name for row in uow.sectors.ordered(unit_id)] or list(default_sectors())
        sectors = SectorSpellings([*listed, *uow.dossiers.sectors(unit_id)])
        hidden = HiddenRows(hidden_sectors(uow, unit_id))
        seen: dict[str | int, int] = {}
        # Rows whose status its end date contradicts; rows whose timeliness its dates do.
        open_rows: set[int] = set()
        timeliness_rows: set[int] = set()
        now = datetime.now()
        for row in parsed.rows:
            try:
                record, stored = self._record(
                    row, parsed.layout.columns, existing, procedures, by_name, sectors, today
                )
                # One dossier per row: the stored one it updates, else its code but for case.
                identity = code_key(record["code"]) if stored is None else stored[0]
                first = seen.setdefault(identity, row.number)
                if first != row.number:
                    raise ValidationError(
                        messages.IMPORT_DUPLICATE.format(code=record["code"], row=first)
                    )
            except ValidationError as error:
                plan.rejected.append(Rejection(row.number, error.message))
                continue
            sectors.use(record["sector"])
            # Kept, as a new sector is: the clerk is told its hidden row comes back.
            hidden.use(record["sector"], None if stored is None else stored[_SECTOR])
            # Kept, as the register keeps what it finds, but said: the clerk may fix the file.
            plan.warnings.extend(
                RowWarning(row.number, problem)
                for problem in missing_dates(
                    received=record["received"],
                    due=record["due"],
                    resolved=record["resolved"],
                    status=record["status"],
                )
            )
            # Counted by its dates (§5.2) as the register is, but the status says otherwise.
            problems = status_warnings(resolved=record["resolved"], status=record["status"])
            if problems:
                open_rows.add(row.number)
            if row.status_cell is not None:
                late = timeliness_warnings(
                    row.status_cell,
                    row.status_text,
                    column_title(parsed.layout.columns, "status"),
                    due=record["due"],
                    resolved=record["resolved"],
                    status=record["status"],
                    today=today,
                )
                if late:
                    timeliness_rows.add(row.number)
                problems += late
            plan.warnings.extend(RowWarning(row.number, p, to_check=True) for p in problems)
            if stored is None:
                plan.inserts.append(
                    {
                        **record,
                        "unit_id": unit_id,
                        "search_key": key_of(record),
                        "created_at": now,
                        "updated_at": now,
                    }
                )
                plan.audits.append((record["code"], "created", None, record["status"]))
                continue
            old = dict(zip(DOSSIER_FIELDS, stored[1:], strict=True))
            changed = [name for name in DOSSIER_FIELDS if record[name] != old[name]]
            if not changed:
                plan.unchanged += 1
                continue
            for name in changed:
                plan.audits.append(
                    (record["code"], name, audit_text(old[name]), audit_text(record[name]))
                )
            plan.updates.append(
                {**record, "row_id": stored[0], "search_key": key_of(record), "updated_at": now}
            )
        new, hid = sectors.new(), hidden.found()
        plan.new_sectors = [SectorRows(name, rows) for name, rows in new]
        plan.hidden_sectors = [SectorRows(name, rows) for name, rows in hid]
        for message, named in (
            (messages.IMPORT_NEW_SECTORS, new),
            (messages.IMPORT_HIDDEN_SECTORS, hid),
        ):
            if named:
                each = (messages.IMPORT_NEW_SECTOR.format(name=n, rows=r) for n, r in named)
                plan.notes.append(_Note.of(message, sectors=", ".join(each)))
        incomplete = {w.row for w in plan.warnings if not w.to_check}
        if incomplete:
            plan.notes.append(_Note.of(messages.IMPORT_ROWS_INCOMPLETE, count=len(incomplete)))
        if open_rows:
            plan.notes.append(
                _Note.of(messages.IMPORT_ROWS_OPEN_WITH_END_DATE, count=len(open_rows))
            )
        if timeliness_rows:
            plan.notes.append(
                _Note.of(messages.IMPORT_ROWS_STATUS_AGAINST_DATES, count=len(timeliness_rows))
            )
        return plan

    @staticmethod
    def _record(
        row: RegisterRow,
        titles: Mapping[str, str],
        existing: _Stored,
        procedures: dict[str, str],
        by_name: dict[str, str],
        sectors: SectorSpellings,
        today: date,
    ) -> tuple[dict[str, Any], tuple[Any, ...] | None]:
        if row.error is not None:
            raise ValidationError(row.error)
        if not row.code:
            raise ValidationError(
                messages.IMPORT_MISSING.format(column=column_title(titles, "code"))
            )
        stored = existing.find(row.code)
        base: dict[str, Any] = (
            dict(zip(DOSSIER_FIELDS, stored[1:], strict=True))
            if stored is not None
            else {**_DEFAULTS, "code": row.code, "channel": CHANNEL_DIRECT, "sector": ""}
        )
        values = {**base, **row.values}
        # A dossier found by a code in other case keeps its code as the register writes it.
        values["code"] = base["code"]
        if values.get("received") is None:
            raise ValidationError(
                messages.IMPORT_MISSING.format(column=column_title(titles, "received"))
            )
        if "resolved" in titles:
            values["resolved"] = row.values.get("resolved")
        elif "returned" in titles:
            # A register that prints only "Trả kết quả" (Mẫu 07): the day the result was handed
            # over is the only end date it has. Beside a "Ngày có kết quả" column, an empty one
            # says the dossier has no result yet, whatever the hand-over cell holds.
            values["resolved"] = row.values.get("returned")
        if not values["sector"]:
            values["sector"] = procedures.get(values["procedure_code"] or "") or by_name.get(
                fold(values["procedure_name"] or ""), ""
            )
            if not values["sector"]:
                raise ValidationError(
                    messages.IMPORT_NO_SECTOR.format(
                        procedure=values["procedure_name"] or values["procedure_code"] or ""
                    )
                )
        values["sector"] = sectors.spelling(values["sector"])
        if "status" not in row.values:
            values["status"] = status_by_dates(
                values["resolved"], base.get("status") if stored is not None else None
            )
            ended = row.status_cell is not None and row.status_cell.ended
            if ended and values["status"] == STATUS_IN_PROGRESS:
                # "Đúng hạn" with no end date: it has ended, and is flagged for its date.
                values["status"] = STATUS_RESOLVED
        record = normalise_values(values, complete=False, clean=False, today=today)
        return record, stored

    @staticmethod
    def _write(uow: UnitOfWork, unit_id: int, plan: _Plan, source: str, actor: str | None) -> None:
        who = actor or default_actor(uow, unit_id)
        uow.dossiers.insert_many(plan.inserts)
        uow.dossiers.update_many(
            unit_id, (*DOSSIER_FIELDS, "search_key", "updated_at"), plan.updates
        )
        at = datetime.now()
        uow.dossiers.audit_many(
            {
                "at": at,
                "actor": who,
                "unit_id": unit_id,
                "entity": "dossier",
                "entity_key": code,
                "field": name,
                "old_value": old,
                "new_value": new,
                "source": source,
            }
            for code, name, old, new in plan.audits
        )

    @staticmethod
    def _preview(parsed: RegisterFile, plan: _Plan, *, applied: bool) -> ImportPreview:
        """What `plan` does; its notes say it will happen, or, `applied`, that it happened."""
        return ImportPreview(
            new=len(plan.inserts),
            updated=len(plan.updates),
            unchanged=plan.unchanged,
            rejected=tuple(sorted(plan.rejected, key=lambda r: r.row)),
            notes=tuple(note.did if applied else note.will for note in plan.notes),
            layout=parsed.layout,
            warnings=tuple(sorted(plan.warnings, key=lambda w: w.row)),
            new_sectors=tuple(plan.new_sectors),
            hidden_sectors=tuple(plan.hidden_sectors),
        )
