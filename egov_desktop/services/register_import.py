"""Import a dossier register from the spreadsheets offices really have (domain.md §4.6, §9).

read_sheet → legacy-font text to NFC → header (with remembered wordings) → rows → dossiers.
`preview` writes nothing; `apply` backs the database up, then writes everything in one
transaction. Dossiers are keyed by unit and mã hồ sơ: importing the same file again changes
nothing, and a corrected row updates its dossier (audited field by field), never duplicates it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
from collections.abc import Mapping, Sequence
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
    code_key,
    format_day,
    missing_dates,
    status_warnings,
)
from egov_desktop.domain.legacy_text import to_unicode
from egov_desktop.domain.register_columns import (
    NOT_USED,
    REQUIRED,
    SCAN_ROWS,
    SYNONYMS,
    HeaderMatch,
    assign,
    data_rows,
    find_header,
    header_key,
    parse_date,
    parse_flag,
)
from egov_desktop.domain.sectors import SectorSpellings
from egov_desktop.domain.text import clean_text, fold
from egov_desktop.errors import ValidationError
from egov_desktop.export.readers import read_sheet
from egov_desktop.services.backups import BEFORE_REGISTER_IMPORT, BackupService
from egov_desktop.services.register import (
    audit_text,
    canonical_channel,
    canonical_status,
    key_of,
    normalise_values,
    status_by_dates,
)
from egov_desktop.services.register_dto import (
    FIELD_LABELS,
    ImportLayout,
    ImportPreview,
    Rejection,
    RowWarning,
    SectorRows,
)
from egov_desktop.services.register_sectors import HiddenRows, hidden_sectors
from egov_desktop.services.sectors import default_actor, default_sectors, own_unit_id

logger = logging.getLogger(__name__)

#: Business setting holding a remembered header mapping for one kind of file.
MAPPING_KEY = "import.mapping.{kind}"
_MAPPING_PREFIX = "import.mapping."
#: Fields a mapping may name.
MAPPABLE = tuple(name for name in SYNONYMS if name != "seq")
#: Where a stored dossier's sector is in `_Stored`'s rows (its id first).
_SECTOR = 1 + DOSSIER_FIELDS.index("sector")
_DATES = ("received", "due", "resolved", "returned")
_TEXTS: tuple[str, ...] = ("code", "procedure_code", "procedure_name", "sector")
_TEXTS += ("applicant", "contact", "lead_agency", "note")
#: What a new dossier holds for a field its file has no column for.
_DEFAULTS: dict[str, Any] = {
    **dict.fromkeys(("procedure_code", "due", "resolved", "returned")),
    **dict.fromkeys(("procedure_name", "applicant", "contact", "lead_agency", "note"), ""),
    **dict.fromkeys(FLAGS, False),
}


def _cell(value: object, font: str | None) -> object:
    if isinstance(value, str):
        # TCVN3 and VNI live in bytes 0x80-0xFF: ASCII text needs no decoding, only cleaning.
        return clean_text(value if value.isascii() else to_unicode(value, font))
    return value


def _text(value: object) -> str:
    if isinstance(value, str):
        return value  # cleaned by _cell
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a code typed as a number comes back as 12345.0
    if isinstance(value, (date, datetime)):
        return format_day(value)
    return clean_text(str(value))


@dataclass
class _Row:
    """One sheet row: the fields its file provides, or why it cannot be read."""

    number: int
    code: str
    values: dict[str, Any] = field(default_factory=dict)
    error: str | None = None


@dataclass
class _Parsed:
    layout: ImportLayout
    rows: list[_Row]
    columns: frozenset[str]
    source: str
    #: What the reading decided on its own (a column left out), for the preview.
    notes: list[str] = field(default_factory=list)


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


def _layout(
    rows: Sequence[Sequence[object]], header: HeaderMatch | None, mapping: Mapping[str, str]
) -> ImportLayout:
    if header is None:
        # No row holds the required columns: offer the fullest row near the top for mapping,
        # with what its titles suggest already placed.
        scan = rows[:SCAN_ROWS]
        if not scan:
            return ImportLayout(None, {}, (), REQUIRED)
        best = max(range(len(scan)), key=lambda i: sum(bool(_text(v)) for v in scan[i]))
        offered = {i: _text(v) for i, v in enumerate(scan[best]) if _text(v)}
        extra = {header_key(k): v for k, v in mapping.items()}
        placed, left, _chosen, _mapped = assign(
            [header_key(offered.get(i, "")) for i in range(len(scan[best]))], extra
        )
        return ImportLayout(
            best + 1,
            {name: offered[i] for name, i in sorted(placed.items(), key=lambda item: item[1])},
            tuple((i, offered[i]) for i, _key in left),
            tuple(name for name in REQUIRED if name not in placed),
            tuple(offered[i] for i in sorted(offered)),
        )
    texts: dict[int, str] = {}
    for depth in range(header.depth):
        for index, value in enumerate(rows[header.row + depth]):
            if _text(value):
                texts[index] = _text(value)  # the lower row's wording wins, as in find_header
    by_position = sorted(header.columns.items(), key=lambda item: item[1])
    columns = {name: texts.get(index, "") for name, index in by_position}
    unplaced = tuple((index, texts.get(index, text)) for index, text in header.unplaced)
    headers = tuple(texts[i] for i in sorted(texts))
    return ImportLayout(header.row + 1, columns, unplaced, (), headers)


def _without_odd_flag_columns(
    header: HeaderMatch, table: list[tuple[int, dict[str, object]]], layout: ImportLayout
) -> tuple[HeaderMatch, list[str]]:
    """`header` without the yes/no columns holding something else, with a note for each.

    Matched by their titles only, columns of amounts or links would refuse every row.
    """
    notes = []
    for name in FLAGS:
        if name not in header.columns or name in header.chosen:
            continue
        odd = _not_a_flag_column([values[name] for _number, values in table])
        if odd is not None:
            kept = {k: v for k, v in header.columns.items() if k != name}
            header = dataclasses.replace(header, columns=kept)
            notes.append(
                messages.IMPORT_FLAG_COLUMN_IGNORED.format(
                    header=layout.columns.get(name) or FIELD_LABELS[name], value=odd
                )
            )
    return header, notes


def _title(titles: Mapping[str, str], name: str) -> str:
    """A field as the clerk's file heads it, so a rejection names the column to look at."""
    return titles.get(name) or FIELD_LABELS[name]


def _not_a_flag_column(cells: Sequence[object]) -> str | None:
    """A cell showing the column is no yes/no column (most filled cells unreadable), or None."""
    filled = [c for c in cells if c is not None and (not isinstance(c, str) or c.strip())]
    odd: list[object] = []
    for cell in filled:
        try:
            parse_flag(cell)
        except ValueError:
            odd.append(cell)
    return _text(odd[0]) if odd and len(odd) * 2 > len(filled) else None


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
        parsed = self._read(path, mapping)
        day = today or date.today()
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
        parsed = self._read(path, mapping)
        day = today or date.today()
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

    # Reading the file (no database).

    def _read(
        self, path: Path, mapping: Mapping[str, str] | None, *, strict: bool = True
    ) -> _Parsed:
        sheet = read_sheet(path)
        rows = [
            [_cell(c.value, c.font) if type(c.value) is str else c.value for c in row]
            for row in sheet.rows
        ]
        candidates = [dict(mapping)] if mapping else [{}, *self.remembered().values()]
        header: HeaderMatch | None = None
        used: Mapping[str, str] = {}
        for extra in candidates:
            found = find_header(rows, extra)
            # The remembered mapping that speaks of most of this file's columns was made for
            # files like it (it may also leave a column out or move a field elsewhere).
            if found is not None and (
                header is None
                or (found.mapped, len(found.columns)) > (header.mapped, len(header.columns))
            ):
                header, used = found, extra
        layout = _layout(rows, header, mapping or used)
        if header is None:
            if strict:
                raise ValidationError(messages.REGISTER_NO_HEADER.format(name=path.name))
            return _Parsed(layout, [], frozenset(), "")
        table = data_rows(rows, header)
        header, notes = _without_odd_flag_columns(header, table, layout)
        if notes:
            read = {k: v for k, v in layout.columns.items() if k in header.columns}
            layout = dataclasses.replace(layout, columns=read)
        columns = frozenset(header.columns)
        texts = [name for name in _TEXTS if name in columns]
        dates = [name for name in _DATES if name in columns]
        flags = [name for name in FLAGS if name in columns]
        titles = layout.columns
        parsed = [
            self._parse_row(number, values, columns, texts, dates, flags, titles)
            for number, values in table
        ]
        return _Parsed(layout, parsed, columns, f"import:{path.name}"[:64], notes)

    @staticmethod
    def _parse_row(
        number: int,
        raw: dict[str, object],
        columns: frozenset[str],
        texts: list[str],
        dates: list[str],
        flags: list[str],
        titles: Mapping[str, str],
    ) -> _Row:
        row = _Row(number, _text(raw.get("code")))
        values = row.values
        try:
            for name in texts:
                values[name] = _text(raw[name])
            for names, parse, message in (
                (dates, parse_date, messages.IMPORT_BAD_DATE),
                (flags, parse_flag, messages.IMPORT_BAD_FLAG),
            ):
                for name in names:
                    try:
                        values[name] = parse(raw[name])
                    except ValueError:
                        raise ValidationError(
                            message.format(column=_title(titles, name), value=_text(raw[name]))
                        ) from None
            if "channel" in columns:
                text = _text(raw.get("channel"))
                if not text:
                    missing = messages.IMPORT_MISSING.format(column=_title(titles, "channel"))
                    raise ValidationError(missing)
                values["channel"] = canonical_channel(text)
            if "status" in columns and _text(raw.get("status")):
                values["status"] = canonical_status(_text(raw.get("status")))
        except ValidationError as error:
            row.error = error.message
        return row

    # Planning against the register (inside a transaction).

    def _plan(self, uow: UnitOfWork, unit_id: int, parsed: _Parsed, today: date) -> _Plan:
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
            plan.warnings.extend(
                RowWarning(row.number, problem, to_check=True)
                for problem in status_warnings(resolved=record["resolved"], status=record["status"])
            )
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
        to_check = {w.row for w in plan.warnings if w.to_check}
        if to_check:
            plan.notes.append(
                _Note.of(messages.IMPORT_ROWS_OPEN_WITH_END_DATE, count=len(to_check))
            )
        return plan

    @staticmethod
    def _record(
        row: _Row,
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
            raise ValidationError(messages.IMPORT_MISSING.format(column=_title(titles, "code")))
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
            raise ValidationError(messages.IMPORT_MISSING.format(column=_title(titles, "received")))
        if "resolved" in titles or "returned" in titles:
            # "Ngày có kết quả" when the row has one, else the day the result was handed over.
            values["resolved"] = row.values.get("resolved") or row.values.get("returned")
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
        record = normalise_values(values, complete=False, clean=False, today=today)
        return record, stored

    @staticmethod
    def _write(uow: UnitOfWork, unit_id: int, plan: _Plan, source: str, actor: str | None) -> None:
        who = actor or default_actor(uow, unit_id)
        uow.dossiers.insert_many(plan.inserts)
        uow.dossiers.update_many((*DOSSIER_FIELDS, "search_key", "updated_at"), plan.updates)
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
    def _preview(parsed: _Parsed, plan: _Plan, *, applied: bool) -> ImportPreview:
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
