"""The unit's TTHC catalogue: procedures, their sector, processing time and DVCTT level.

It fills a dossier's sector and proposes its due date (processing time in working days,
domain.md §5.8); the list is typed or imported from the province's published spreadsheet.
"""

from __future__ import annotations

import builtins
import logging
import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from egov_desktop.db.models import Procedure
from egov_desktop.db.uow import UnitOfWork, UowFactory
from egov_desktop.domain import messages
from egov_desktop.domain.legacy_text import to_unicode
from egov_desktop.domain.register_columns import SCAN_ROWS, header_key
from egov_desktop.domain.sectors import name_key
from egov_desktop.domain.text import clean_text, fold
from egov_desktop.domain.workdays import WorkCalendar
from egov_desktop.errors import ValidationError
from egov_desktop.export.readers import read_sheet
from egov_desktop.services.backups import BEFORE_CATALOGUE, BackupService
from egov_desktop.services.holidays import HolidayService, work_calendar
from egov_desktop.services.register_dto import (
    CatalogueImport,
    ProcedureInfo,
    ProcedureInput,
    Rejection,
    RowWarning,
)
from egov_desktop.services.sectors import default_actor, own_unit_id

logger = logging.getLogger(__name__)

LEVEL_FULL = "toan_trinh"
LEVEL_PARTIAL = "mot_phan"
#: Candidates a refused procedure name lists.
_CANDIDATES = 8
#: Fields of a procedure compared on import, in audit order.
_FIELDS = (
    "name",
    "sector",
    "processing_days",
    "dvctt_level_old",
    "dvctt_level_new",
    "has_fee",
    "fee",
    "online_payment",
)
#: Header wordings of a published TTHC list (matched folded, punctuation ignored).
_HEADERS = {
    "code": ("Mã TTHC", "Mã thủ tục", "Mã số TTHC", "Mã thủ tục hành chính", "Mã số"),
    "name": ("Tên TTHC", "Tên thủ tục hành chính", "Tên thủ tục"),
    "sector": ("Lĩnh vực", "Tên lĩnh vực"),
    "days": ("Thời gian giải quyết", "Thời hạn giải quyết", "Số ngày giải quyết"),
    "level": ("Mức độ", "Mức độ DVCTT", "Mức độ dịch vụ công trực tuyến", "DVCTT"),
    "fee": ("Phí, lệ phí", "Lệ phí", "Phí"),
    "online_payment": ("Thanh toán trực tuyến",),
}
_HEADER_KEYS = {name: tuple(header_key(w) for w in words) for name, words in _HEADERS.items()}
_NUMBER = re.compile(r"\d+")
_ROMAN_HEADING = re.compile(r"^[ivxlc]+[.)]?\s+|^[a-z0-9]{1,3}[.)]\s+", re.IGNORECASE)
_YES = frozenset({"x", "co", "yes", "1", "true", "da thanh toan"})
#: Bullets, dashes, brackets and quotes around a fee cell's text ("- Không", "(Không)").
_FEE_MARKS = re.compile(r"^[\s\-–—•*+(\[\"'“”]+|[\s)\]\"'“”.;]+$")
#: The column's own name repeated in the cell ("Lệ phí: 8.000 đồng").
_FEE_LABEL = re.compile(r"^(phi, le phi|phi le phi|le phi|phi)\s*:\s*")


def parse_level(value: object) -> tuple[int | None, str | None]:
    """(old level 1–4, new level) from "Mức độ 3", "4", "Toàn trình", "Một phần" or empty.

    Raises:
        ValidationError: for any other text.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, None
    text = fold(str(value))
    if "toan trinh" in text:
        return None, LEVEL_FULL
    if "mot phan" in text:
        return None, LEVEL_PARTIAL
    numbers = _NUMBER.findall(text)
    if len(numbers) == 1 and 1 <= int(numbers[0]) <= 4:
        return int(numbers[0]), None
    raise ValidationError(messages.PROCEDURE_BAD_LEVEL.format(value=value))


def parse_days(value: object) -> int | None:
    """Working days from "05 ngày làm việc", "3", "Trong ngày" (0) or empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return int(value)
    text = fold(str(value))
    if "trong ngay" in text or "ngay lam viec tiep theo" in text:
        return 0
    numbers = _NUMBER.findall(text)
    if numbers:
        return int(numbers[0])
    raise ValidationError(messages.PROCEDURE_BAD_DAYS.format(value=value))


def parse_fee(value: object) -> int | None:
    """A fee in đồng from 50000, "50.000 đồng", "Lệ phí: 8.000" or empty ("-" too).

    "Không", "(Không)" and "Miễn phí" are 0.

    Raises:
        ValidationError: for text that names no amount ("Theo quy định"); an import keeps
        the procedure and leaves its fee unknown.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0:
        return int(value)
    text = _FEE_LABEL.sub("", _FEE_MARKS.sub("", fold(str(value))))
    if not text:
        return None
    if text.startswith(("khong", "mien")):
        return 0
    digits = re.sub(r"[.,\s]", "", text)
    match = re.match(r"^\d+", digits)
    if match:
        return int(match[0])
    raise ValidationError(messages.PROCEDURE_BAD_FEE.format(value=value))


def _read_fee(value: object, row: int) -> tuple[int | None, RowWarning | None]:
    """The fee of an imported row; text naming no amount leaves it unknown, with a warning.

    Published lists often say "Theo quy định" instead of an amount: refusing such a row lost
    the whole procedure over a figure the reports do not need.
    """
    try:
        return parse_fee(value), None
    except ValidationError:
        text = clean_text(str(value))
        return None, RowWarning(row, messages.PROCEDURE_FEE_NOT_AMOUNT.format(value=text))


def _clean_input(data: ProcedureInput) -> dict[str, Any]:
    code = clean_text(data.code)
    if not code:
        raise ValidationError(messages.PROCEDURE_CODE_REQUIRED)
    name = clean_text(data.name)
    if not name:
        raise ValidationError(messages.PROCEDURE_NAME_REQUIRED.format(code=code))
    sector = clean_text(data.sector)
    if not sector:
        raise ValidationError(messages.DOSSIER_SECTOR_REQUIRED.format(code=code))
    if data.dvctt_level_old is not None and not 1 <= data.dvctt_level_old <= 4:
        raise ValidationError(messages.PROCEDURE_BAD_LEVEL.format(value=data.dvctt_level_old))
    if data.dvctt_level_new not in (None, LEVEL_FULL, LEVEL_PARTIAL):
        raise ValidationError(messages.PROCEDURE_BAD_LEVEL.format(value=data.dvctt_level_new))
    if data.processing_days is not None and data.processing_days < 0:
        raise ValidationError(messages.PROCEDURE_BAD_DAYS.format(value=data.processing_days))
    fee = data.fee
    return {
        "code": code[:64],
        "name": name[:500],
        "sector": sector[:200],
        "processing_days": data.processing_days,
        "dvctt_level_old": data.dvctt_level_old,
        "dvctt_level_new": data.dvctt_level_new,
        "has_fee": bool(data.has_fee or (fee is not None and fee > 0)),
        "fee": fee,
        "online_payment": bool(data.online_payment),
    }


def procedure_info(row: Procedure) -> ProcedureInfo:
    """The DTO of a catalogue row."""
    return ProcedureInfo(id=row.id, code=row.code, **{f: getattr(row, f) for f in _FIELDS})


def _find_columns(rows: Sequence[Sequence[object]]) -> tuple[int, dict[str, int]] | None:
    for index, row in enumerate(rows[:SCAN_ROWS]):
        columns: dict[str, int] = {}
        for position, value in enumerate(row):
            text = header_key(value)
            if not text:
                continue
            for name, keys in _HEADER_KEYS.items():
                if name not in columns and any(text == k or text.startswith(k + " ") for k in keys):
                    columns[name] = position
                    break
        if "code" in columns and "name" in columns:
            return index, columns
    return None


def _heading(row: Sequence[object], columns: dict[str, int]) -> str | None:
    """The sector of a section heading row ("I. Lĩnh vực Hộ tịch"), else None."""
    texts = [str(v).strip() for v in row if v not in (None, "") and str(v).strip()]
    code_cell = row[columns["code"]] if columns["code"] < len(row) else None
    if len(texts) != 1 or code_cell not in (None, ""):
        return None
    text = _ROMAN_HEADING.sub("", texts[0].strip(), count=1)
    text = re.sub(r"^(?i:lĩnh vực|linh vuc)\s*:?\s*", "", text)
    return clean_text(text) or None


class CatalogueService:
    """The TTHC catalogue of the data folder's own unit."""

    def __init__(
        self,
        uow: UowFactory,
        calendar: WorkCalendar | None = None,
        holidays: HolidayService | None = None,
        backups: BackupService | None = None,
    ) -> None:
        self._uow = uow
        self._calendar = calendar
        self._holidays = holidays
        self._backups = backups

    @property
    def calendar(self) -> WorkCalendar:
        """A fixed calendar if given, else the unit's (shipped data and its corrections)."""
        if self._calendar is not None:
            return self._calendar
        return self._holidays.calendar() if self._holidays is not None else work_calendar()

    def list(
        self, search: str = "", *, offset: int = 0, limit: int = 200
    ) -> builtins.list[ProcedureInfo]:
        """Procedures by code; `search` ignores case and diacritics (code or name)."""
        with self._uow() as uow:
            rows = uow.procedures.search(own_unit_id(uow), fold(search), max(offset, 0), limit)
            return [procedure_info(r) for r in rows]

    def get(self, code: str) -> ProcedureInfo:
        """The procedure `code`; ValidationError when the catalogue lacks it."""
        with self._uow() as uow:
            return procedure_info(self._get(uow, own_unit_id(uow), code))

    def find(self, code: str) -> ProcedureInfo | None:
        """The procedure `code`, or None."""
        with self._uow() as uow:
            row = uow.procedures.get(own_unit_id(uow), clean_text(code))
            return None if row is None else procedure_info(row)

    def resolve(self, text: str) -> ProcedureInfo | None:
        """The procedure `text` names, as the dossier form's suggestions find it; None for none.

        Its code; else its exact name (case, spaces, Unicode form ignored); else the one name
        equal ignoring diacritics; else the one code or name containing the words, accents
        optional ("ket hon"). Several candidates are refused with their list, so that a script
        never files a dossier under a procedure picked at random.
        """
        wanted = clean_text(text)
        if not wanted:
            return None
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            row = uow.procedures.get(unit_id, wanted)
            if row is not None:
                return procedure_info(row)
            rows = uow.procedures.all(unit_id)
            key = name_key(wanted)
            found = [r for r in rows if name_key(r.name) == key]
            if not found:
                folded = fold(wanted)
                found = [r for r in rows if fold(r.name) == folded]
            if not found:
                found = uow.procedures.search(unit_id, fold(wanted), 0, _CANDIDATES + 1)
            if len(found) > 1:
                shown = "; ".join(f"{r.code} — {r.name}" for r in found[:_CANDIDATES])
                more = ", …" if len(found) > _CANDIDATES else ""
                raise ValidationError(
                    messages.PROCEDURE_AMBIGUOUS.format(text=wanted, candidates=shown + more)
                )
            return procedure_info(found[0]) if found else None

    def add(self, data: ProcedureInput, *, actor: str | None = None) -> ProcedureInfo:
        """Add a procedure; its code must be new to the catalogue."""
        values = _clean_input(data)
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            if uow.procedures.get(unit_id, values["code"]) is not None:
                raise ValidationError(messages.PROCEDURE_EXISTS.format(code=values["code"]))
            row = self._insert(uow, unit_id, values)
            self._audit(uow, unit_id, actor, row.code, "created", None, row.name, "typed")
            return procedure_info(row)

    def save(
        self, items: Sequence[ProcedureInput], *, actor: str | None = None, source: str = "typed"
    ) -> tuple[int, int, int]:
        """Add or correct procedures by code in one transaction: (new, updated, unchanged)."""
        cleaned = [_clean_input(item) for item in items]
        new = updated = unchanged = 0
        with self._uow() as uow:
            unit_id = own_unit_id(uow)
            for values in cleaned:
                row = uow.procedures.get(unit_id, values["code"])
                if row is None:
                    row = self._insert(uow, unit_id, values)
                    self._audit(uow, unit_id, actor, row.code, "created", None, row.name, source)
                    new += 1
                    continue
                changed = [f for f in _FIELDS if getattr(row, f) != values[f]]
                for name in changed:
                    old, value = getattr(row, name), values[name]
                    self._audit(
                        uow,
                        unit_id,
                        actor,
                        row.code,
                        name,
                        None if old is None else str(old),
                        None if value is None else str(value),
                        source,
                    )
                    setattr(row, name, value)
                if changed:
                    row.search_key = fold(f"{row.code} {row.name}")
                    row.updated_at = datetime.now()
                    updated += 1
                else:
                    unchanged += 1
        return new, updated, unchanged

    def import_file(self, path: Path, *, actor: str | None = None) -> CatalogueImport:
        """Read a published TTHC list (.xlsx, .xls or HTML) and save it by code."""
        sheet = read_sheet(path)
        rows = [[_cell(c.value, c.font) for c in row] for row in sheet.rows]
        found = _find_columns(rows)
        if found is None:
            raise ValidationError(messages.CATALOGUE_NO_HEADER.format(name=path.name))
        header, columns = found
        items: builtins.list[ProcedureInput] = []
        rejected: builtins.list[Rejection] = []
        warnings: builtins.list[RowWarning] = []
        heading: str | None = None

        def get(row: Sequence[object], name: str) -> object:
            position = columns.get(name)
            return None if position is None or position >= len(row) else row[position]

        for index in range(header + 1, len(rows)):
            row = rows[index]
            if not any(v not in (None, "") for v in row):
                continue
            sector_heading = _heading(row, columns)
            if sector_heading is not None:
                heading = sector_heading
                continue
            code = clean_text(str(get(row, "code") or ""))
            if not code or header_key(code).isdigit() and len(code) <= 2:
                continue  # a numbering row "(1) (2) …" or a line without a procedure
            fee, fee_warning = _read_fee(get(row, "fee"), index + 1)
            try:
                old, new = parse_level(get(row, "level"))
                payment = fold(str(get(row, "online_payment") or "")) in _YES
                items.append(
                    ProcedureInput(
                        code=code,
                        name=str(get(row, "name") or ""),
                        sector=str(get(row, "sector") or heading or ""),
                        processing_days=parse_days(get(row, "days")),
                        dvctt_level_old=old,
                        dvctt_level_new=new,
                        fee=fee,
                        online_payment=payment,
                    )
                )
                _clean_input(items[-1])
            except ValidationError as error:
                if items and items[-1].code == code:
                    items.pop()
                rejected.append(Rejection(index + 1, error.message))
                continue
            if fee_warning is not None:
                warnings.append(fee_warning)
        if items and self._backups is not None:
            self._backups.create(BEFORE_CATALOGUE)
        new_count, updated, unchanged = self.save(
            items, actor=actor, source=f"import:{path.name}"[:64]
        )
        logger.info("Imported %d procedures from %s", len(items), path)
        return CatalogueImport(
            new_count, updated, unchanged, tuple(rejected), warnings=tuple(warnings)
        )

    def propose_due(self, procedure_code: str, received: date) -> date:
        """The due date the procedure's processing time gives for a receipt on `received`.

        Raises:
            ValidationError: unknown procedure, or one without a processing time.
        """
        info = self.get(procedure_code)
        if info.processing_days is None:
            raise ValidationError(messages.PROCEDURE_NO_DAYS.format(code=info.code))
        return self.calendar.add_working_days(received, info.processing_days)

    # Inside a transaction.

    @staticmethod
    def _get(uow: UnitOfWork, unit_id: int, code: str) -> Procedure:
        text = clean_text(code)
        row = uow.procedures.get(unit_id, text)
        if row is None:
            raise ValidationError(messages.PROCEDURE_NOT_FOUND.format(code=text))
        return row

    @staticmethod
    def _insert(uow: UnitOfWork, unit_id: int, values: dict[str, Any]) -> Procedure:
        key = fold(f"{values['code']} {values['name']}")
        return uow.procedures.add(unit_id, {**values, "search_key": key})

    @staticmethod
    def _audit(
        uow: UnitOfWork,
        unit_id: int,
        actor: str | None,
        code: str,
        field: str,
        old: str | None,
        new: str | None,
        source: str,
    ) -> None:
        uow.audit.record(
            actor=actor or default_actor(uow, unit_id),
            unit_id=unit_id,
            entity="procedure",
            entity_key=code,
            field=field,
            old_value=old,
            new_value=new,
            source=source,
        )


def _cell(value: object, font: str | None) -> object:
    """A cell's value with legacy-font text decoded and NFC applied."""
    if isinstance(value, str):
        return clean_text(to_unicode(value, font))
    return value
