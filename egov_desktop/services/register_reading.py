"""Read a dossier register file, as offices really keep it (domain.md §4.6, §9).

read_sheet → legacy-font text to NFC → header (with remembered wordings) → each row's fields
parsed, or why a row cannot be read. No database: register_import plans what the rows mean for
the register and writes them.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from egov_desktop.domain import messages
from egov_desktop.domain.dossiers import FLAGS, format_day
from egov_desktop.domain.legacy_text import to_unicode
from egov_desktop.domain.register_columns import (
    REQUIRED,
    SCAN_ROWS,
    SYNONYMS,
    HeaderMatch,
    TwoDigitYearTooLateError,
    assign,
    data_rows,
    find_header,
    group_labels,
    header_key,
    parse_flag,
    parse_register_date,
    qualified_titles,
)
from egov_desktop.domain.register_status import StatusCell, read_status_cell
from egov_desktop.domain.text import clean_text
from egov_desktop.errors import ValidationError
from egov_desktop.export.readers import read_sheet
from egov_desktop.services.register import canonical_channel
from egov_desktop.services.register_dto import FIELD_LABELS, ImportLayout

#: Fields a mapping may name.
MAPPABLE = tuple(name for name in SYNONYMS if name != "seq")
_DATES = ("received", "due", "resolved", "returned")
_TEXTS: tuple[str, ...] = ("code", "procedure_code", "procedure_name", "sector")
_TEXTS += ("applicant", "contact", "lead_agency", "result_delivery", "note")
# A register repeats a handful of spellings over many rows: each is read once.
canonical_status_cell = functools.lru_cache(maxsize=512)(read_status_cell)


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
class RegisterRow:
    """One sheet row: the fields its file provides, or why it cannot be read."""

    number: int
    code: str
    values: dict[str, Any] = field(default_factory=dict)
    error: str | None = None
    #: The status column's cell as written and as read, when it says something.
    status_text: str = ""
    status_cell: StatusCell | None = None


@dataclass
class RegisterFile:
    """A register file as read: its layout, its rows, the fields it has columns for.

    `source` names the file in the audit trail of what its import writes.
    """

    layout: ImportLayout
    rows: list[RegisterRow]
    columns: frozenset[str]
    source: str
    #: What the reading decided on its own (a column left out), for the preview.
    notes: list[str] = field(default_factory=list)


def _title(value: object) -> str:
    """A header cell's text, or "" for one find_header reads as empty ("-", "…")."""
    text = _text(value)
    return text if header_key(text) else ""


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
    if header.depth == 2:
        upper, lower = ([_title(v) for v in rows[header.row + d]] for d in (0, 1))
        titles = qualified_titles(
            [texts.get(i, "") for i in range(max(texts, default=-1) + 1)],
            group_labels(upper, lower),
        )
        texts = {i: title for i, title in enumerate(titles) if title}
    by_position = sorted(header.columns.items(), key=lambda item: item[1])
    columns = {name: texts.get(index, "") for name, index in by_position}
    unplaced = tuple((index, texts.get(index, text)) for index, text in header.unplaced)
    headers = tuple(texts[i] for i in sorted(texts))
    return ImportLayout(header.row + 1, columns, unplaced, (), headers)


def _without_odd_columns(
    header: HeaderMatch, table: list[tuple[int, dict[str, object]]], layout: ImportLayout
) -> tuple[HeaderMatch, list[str]]:
    """`header` without the yes/no or status columns holding something else, with a note each.

    Matched by their titles only, columns of amounts or links would refuse every row, and a
    "Kết quả giải quyết" naming each dossier's result document every row too.
    """
    notes = []
    checks = [(name, _flag_cell, messages.IMPORT_FLAG_COLUMN_IGNORED) for name in FLAGS]
    checks.append(("status", _status_cell, messages.IMPORT_STATUS_COLUMN_IGNORED))
    for name, read, message in checks:
        if name not in header.columns or name in header.chosen:
            continue
        odd = _odd_column([values[name] for _number, values in table], read)
        if odd is not None:
            kept = {k: v for k, v in header.columns.items() if k != name}
            header = dataclasses.replace(header, columns=kept)
            notes.append(
                message.format(header=layout.columns.get(name) or FIELD_LABELS[name], value=odd)
            )
    return header, notes


def column_title(titles: Mapping[str, str], name: str) -> str:
    """A field as the clerk's file heads it, so a rejection names the column to look at."""
    return titles.get(name) or FIELD_LABELS[name]


def _flag_cell(value: object) -> bool:
    try:
        parse_flag(value)
    except ValueError:
        return False
    return True


def _status_cell(value: object) -> bool:
    try:
        canonical_status_cell(_text(value))
    except ValidationError:
        return False
    return True


def _odd_column(cells: Sequence[object], readable: Callable[[object], bool]) -> str | None:
    """A cell showing the column is not what its title says (most filled cells unreadable)."""
    filled = [c for c in cells if c is not None and (not isinstance(c, str) or c.strip())]
    odd = [cell for cell in filled if not readable(cell)]
    return _text(odd[0]) if odd and len(odd) * 2 > len(filled) else None


def read_register(
    path: Path,
    mapping: Mapping[str, str] | None,
    remembered: Iterable[Mapping[str, str]] = (),
    *,
    strict: bool = True,
    today: date | None = None,
) -> RegisterFile:
    """Read `path` with the header mapping given, else with none or one `remembered`.

    Without `strict`, a file whose header is not found gives its layout and no rows (for
    the mapping dialog) instead of being refused. `today` bounds a two-digit year
    (`parse_register_date`).

    Raises:
        ValidationError: the file cannot be read, or (`strict`) its header is not found.
    """
    sheet = read_sheet(path)
    rows = [
        [_cell(c.value, c.font) if type(c.value) is str else c.value for c in row]
        for row in sheet.rows
    ]
    candidates = [dict(mapping)] if mapping else [{}, *remembered]
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
        return RegisterFile(layout, [], frozenset(), "")
    table = data_rows(rows, header)
    header, notes = _without_odd_columns(header, table, layout)
    if notes:
        read = {k: v for k, v in layout.columns.items() if k in header.columns}
        layout = dataclasses.replace(layout, columns=read)
    columns = frozenset(header.columns)
    texts = [name for name in _TEXTS if name in columns]
    dates = [name for name in _DATES if name in columns]
    flags = [name for name in FLAGS if name in columns]
    titles = layout.columns
    day = today or date.today()
    parsed = [
        _parse_row(number, values, columns, texts, dates, flags, titles, day)
        for number, values in table
    ]
    return RegisterFile(layout, parsed, columns, f"import:{path.name}"[:64], notes)


def _parse_row(
    number: int,
    raw: dict[str, object],
    columns: frozenset[str],
    texts: list[str],
    dates: list[str],
    flags: list[str],
    titles: Mapping[str, str],
    today: date,
) -> RegisterRow:
    row = RegisterRow(number, _text(raw.get("code")))
    values = row.values

    def parse_day(value: object) -> date | None:
        return parse_register_date(value, today)

    try:
        for name in texts:
            values[name] = _text(raw[name])
        for names, parse, message in (
            (dates, parse_day, messages.IMPORT_BAD_DATE),
            (flags, parse_flag, messages.IMPORT_BAD_FLAG),
        ):
            for name in names:
                try:
                    values[name] = parse(raw[name])
                except TwoDigitYearTooLateError as late:
                    raise ValidationError(
                        messages.IMPORT_TWO_DIGIT_YEAR_TOO_LATE.format(
                            column=column_title(titles, name),
                            value=_text(raw[name]),
                            digits=late.digits,
                            year=late.year,
                        )
                    ) from None
                except ValueError:
                    raise ValidationError(
                        message.format(column=column_title(titles, name), value=_text(raw[name]))
                    ) from None
        if "channel" in columns:
            text = _text(raw.get("channel"))
            if not text:
                missing = messages.IMPORT_MISSING.format(column=column_title(titles, "channel"))
                raise ValidationError(missing)
            values["channel"] = canonical_channel(text)
        if "status" in columns and _text(raw.get("status")):
            row.status_text = _text(raw.get("status"))
            row.status_cell = canonical_status_cell(row.status_text)
            if row.status_cell.status is not None:
                values["status"] = row.status_cell.status
    except ValidationError as error:
        row.error = error.message
    return row
