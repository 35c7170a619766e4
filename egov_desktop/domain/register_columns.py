"""Find the register's header wherever it is and map its columns to dossier fields.

Offices' registers carry title blocks above the table, two-row merged headers, a numbering row
"(1) (2) …" under them, blank lines and footers; headers vary in wording, case and diacritics.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

from egov_desktop.domain import messages
from egov_desktop.domain.text import fold
from egov_desktop.errors import ValidationError

#: Field -> header wordings seen in offices' registers (matched folded, punctuation ignored).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("Mã hồ sơ", "Số hồ sơ", "Mã HS", "Số biên nhận"),
    "procedure_name": ("Tên TTHC", "Tên thủ tục hành chính", "Thủ tục", "Tên thủ tục"),
    # "Mã thủ tục hành chính" is also what a merged "Thủ tục hành chính" over "Mã" reads as.
    "procedure_code": ("Mã TTHC", "Mã thủ tục", "Mã thủ tục hành chính"),
    "sector": ("Lĩnh vực", "Tên lĩnh vực"),
    "applicant": (
        "Tên tổ chức, cá nhân",
        "Tên cá nhân, tổ chức",
        "Người nộp",
        "Chủ hồ sơ",
        "Tổ chức, cá nhân",
    ),
    "contact": ("Địa chỉ/SĐT", "Địa chỉ, số điện thoại", "Địa chỉ", "Số điện thoại"),
    "lead_agency": ("Cơ quan chủ trì giải quyết", "Cơ quan chủ trì", "Cơ quan giải quyết"),
    # How the result is taken, not how the dossier came in: before "channel"'s "Hình thức".
    "result_delivery": (
        "Phương thức nhận kết quả",
        "Hình thức nhận kết quả",
        "Phương thức trả kết quả",
        "Hình thức trả kết quả",
        "Nhận kết quả qua",
    ),
    "channel": ("Hình thức nộp", "Kênh tiếp nhận", "Hình thức tiếp nhận", "Hình thức"),
    "received": ("Nhận hồ sơ", "Ngày nhận", "Ngày tiếp nhận", "Ngày nộp", "Ngày nhận hồ sơ"),
    "due": (
        "Hẹn trả",
        "Hẹn trả kết quả",
        "Ngày hẹn trả",
        "Hạn xử lý",
        "Hạn giải quyết",
        "Ngày hẹn trả kết quả",
        "Ngày hẹn",
    ),
    "resolved": (
        "Ngày có kết quả",
        "Ngày giải quyết",
        "Ngày hoàn thành",
        "Ngày kết thúc xử lý",
        "Ngày xong",
        "Ngày có KQ",
    ),
    "returned": (
        "Trả kết quả",
        "Ngày trả kết quả",
        "Trả kết quả cho cá nhân, tổ chức",
        "Trả KQ",
        "Ngày trả KQ",
    ),
    # "Kết quả …" columns print how the dossier ended, as the Phiếu kiểm soát does ("Đúng hạn").
    "status": (
        "Trạng thái",
        "Tình trạng",
        "Trạng thái hồ sơ",
        "Tình trạng hồ sơ",
        "Tình trạng xử lý",
        "Kết quả xử lý",
        "Kết quả giải quyết",
        "Kết quả giải quyết hồ sơ",
    ),
    "note": ("Ghi chú",),
    # Yes/no columns of the provincial systems' exports (QĐ 766 counts them).
    "financial_obligation": (
        "Nghĩa vụ tài chính",
        "Có nghĩa vụ tài chính",
        "Phát sinh nghĩa vụ tài chính",
    ),
    "paid_online": (
        "Thanh toán trực tuyến",
        "Đã thanh toán trực tuyến",
        "Thanh toán điện tử",
        "Thanh toán qua Cổng DVCQG",
    ),
    "components_digitised": (
        "Số hóa thành phần hồ sơ",
        "Số hóa hồ sơ",
        "Đã số hóa hồ sơ",
        "Số hóa TPHS",
    ),
    "result_digitised": (
        "Số hóa kết quả",
        "Số hóa kết quả giải quyết",
        "Kết quả điện tử",
        "Đã số hóa kết quả",
    ),
    "synced": (
        "Đồng bộ Cổng DVCQG",
        "Đồng bộ Cổng DVC quốc gia",
        "Đã đồng bộ",
        "Đồng bộ lên Cổng DVCQG",
        "Đồng bộ",
    ),
    "components_reused": (
        "Tái sử dụng thành phần hồ sơ",
        "Có tái sử dụng thành phần",
        "Tái sử dụng dữ liệu",
        "Tái sử dụng",
    ),
    "components_reused_national": (
        "Tái sử dụng từ Cổng DVCQG",
        "Tái sử dụng từ Cổng DVC quốc gia",
        "Tái sử dụng dữ liệu từ Cổng DVCQG",
        "Tái sử dụng dữ liệu từ Cổng DVC quốc gia",
        "Khai thác dữ liệu từ Cổng DVCQG",
    ),
    "seq": ("TT", "STT", "Số thứ tự"),
}
#: Without these a table is not a register.
REQUIRED = ("code", "received")
#: How far down a header may sit under title blocks.
SCAN_ROWS = 40
#: A mapping's value for a column to leave out, even one whose title was recognised.
NOT_USED = "-"

_FOOTER = re.compile(
    r"^(tong so|tong cong|cong|nguoi lap|thu truong|xac nhan|ky ten|ky, ghi ro)"
    r"|ngay\s*\S*\s*thang\s*\S*\s*nam"
)
_NUMBERING = re.compile(r"^\(?\s*\d{1,2}\s*\)?$")


def header_key(text: object) -> str:
    """Folded, punctuation-free text used to compare headers."""
    if text is None:
        return ""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(str(text))).split())


_KEYS = {f: tuple(header_key(s) for s in words) for f, words in SYNONYMS.items()}
#: Status wordings that name the column only at the start of its title: inside a longer one
#: ("Thời gian trả kết quả giải quyết hồ sơ", "Ngày có kết quả xử lý") they are a date's.
_ONLY_AT_START = frozenset(
    header_key(s) for s in ("Kết quả xử lý", "Kết quả giải quyết", "Kết quả giải quyết hồ sơ")
)


def _score(text: str) -> tuple[int, int, str] | None:
    """Best (score, synonym length, field) for one header text: exact beats prefix beats part."""
    best: tuple[int, int, str] | None = None
    for name, keys in _KEYS.items():
        for key in keys:
            if text == key:
                score = 3
            elif text.startswith(key + " "):
                score = 2
            elif f" {key} " in f" {text} " and len(key.split()) >= 2 and key not in _ONLY_AT_START:
                score = 1
            else:
                continue
            candidate = (score, len(key), name)
            if best is None or candidate[:2] > best[:2]:
                best = candidate
    return best


@dataclass(frozen=True)
class HeaderMatch:
    """Where the header is (0-based row, 1 or 2 rows deep) and which column holds which field.

    `chosen` names the fields a mapping placed (the user's word, not a guess from the title);
    `mapped` counts the header's columns the mapping spoke of.
    """

    row: int
    depth: int
    columns: dict[str, int]
    unplaced: list[tuple[int, str]] = field(default_factory=list)
    chosen: frozenset[str] = frozenset()
    mapped: int = 0

    @property
    def first_data_row(self) -> int:
        return self.row + self.depth


def _texts(row: Sequence[object]) -> list[str]:
    return [header_key(v) for v in row]


def _column_score(text: str, combined: Sequence[str]) -> tuple[int, int, str] | None:
    """`_score` of a column's own title, or of a `combined` wording that names a field exactly.

    Only an exact wording counts: a group label joined to a sub-heading (or to a data cell,
    when the row under a one-row header is tried as its second row) says too much otherwise.
    """
    best = _score(text)
    if best is not None and best[0] == 3:
        return best
    for wording in combined:
        found = _score(wording)
        if found is not None and found[0] == 3:
            return found
    return best


def group_labels(upper: Sequence[str], lower: Sequence[str]) -> dict[int, str]:
    """Each sub-heading's column -> the group label above it, in a two-row header.

    Merged cells repeat nothing, so a group label spans the columns after it that have a
    sub-heading and no label of their own.
    """
    labels: dict[int, str] = {}
    group = ""
    for i in range(max(len(upper), len(lower))):
        above = upper[i] if i < len(upper) else ""
        below = lower[i] if i < len(lower) else ""
        if not below:
            group = ""
            continue
        group = above or group
        if group:
            labels[i] = group
    return labels


def two_row_texts(
    upper: Sequence[str], lower: Sequence[str]
) -> tuple[list[str], dict[int, tuple[str, str]]]:
    """A two-row header's texts, and each sub-heading's column's wordings with its group label.

    The lower cell's text is the column's where there is one (the group label above a merged
    span says nothing about each column alone), the upper cell's elsewhere. A group label
    spans its sub-headings (`group_labels`): "Thủ tục hành chính" over "Mã" is also read
    "Mã thủ tục hành chính", "Ngày" over "hẹn trả" also "Ngày hẹn trả".
    """
    width = max(len(upper), len(lower))
    texts = [
        (lower[i] if i < len(lower) else "") or (upper[i] if i < len(upper) else "")
        for i in range(width)
    ]
    combined = {
        i: (f"{texts[i]} {group}", f"{group} {texts[i]}")
        for i, group in group_labels(upper, lower).items()
    }
    return texts, combined


def qualified_titles(texts: Sequence[str], groups: Mapping[int, str]) -> list[str]:
    """`texts` with a title found more than once named by its group: "Mã (Hồ sơ)".

    Two "Mã" under "Hồ sơ" and "Thủ tục hành chính" would read alike in a list of columns
    to map, and a mapping names a column by its title. The title so qualified is what `assign`
    matches a mapping's key against first (`header_key` drops the brackets).
    """
    counts: dict[str, int] = {}
    for text in texts:
        if header_key(text):
            counts[header_key(text)] = counts.get(header_key(text), 0) + 1
    return [
        f"{text} ({groups[i]})" if i in groups and counts.get(header_key(text), 0) > 1 else text
        for i, text in enumerate(texts)
    ]


def assign(
    texts: Sequence[str],
    extra: Mapping[str, str] | None = None,
    combined: Mapping[int, Sequence[str]] | None = None,
) -> tuple[dict[str, int], list[tuple[int, str]], frozenset[str], int]:
    """(field -> column, unplaced (column, text), fields the mapping placed, columns it named).

    `texts` are header keys; `extra` maps header keys to a field or NOT_USED and overrides what
    the titles suggest: a clerk who says "this column is the receipt date" is right.
    `combined` gives a column's other wordings (its sub-heading with its group label).
    A row-number column ("STT") is neither read nor listed as unplaced: it holds nothing.
    """
    extra = extra or {}
    combined = combined or {}
    columns: dict[str, int] = {}
    skipped: set[int] = set()
    mapped = 0
    for index, text in enumerate(texts):
        # A mapping naming a column by its title and group (`qualified_titles`) beats one
        # naming it by its title alone, which another column under another group may share.
        own = next((w for w in combined.get(index, ())[:1] if w in extra), text)
        if own and own in extra:
            mapped += 1
            name = extra[own]
            if name != NOT_USED and name not in columns:
                columns[name] = index
            else:
                skipped.add(index)
    chosen = frozenset(columns)
    scored = []
    unplaced = []
    for index, text in enumerate(texts):
        if not text or index in columns.values():
            continue
        best = _column_score(text, combined.get(index, ()))
        if best is not None and best[2] == "seq":
            continue
        if index in skipped:
            best = None
        if best is None:
            unplaced.append((index, text))
        else:
            scored.append((best[0], best[1], index, best[2]))
    for _s, _length, index, name in sorted(scored, key=lambda s: (-s[0], -s[1], s[2])):
        if name not in columns and index not in columns.values():
            columns[name] = index
    placed = set(columns.values())
    # A recognised title that lost its field to a better or chosen column is still offered.
    unplaced += [(s[2], texts[s[2]]) for s in scored if s[2] not in placed]
    unplaced.sort()
    return columns, unplaced, chosen, mapped


def find_header(
    rows: Sequence[Sequence[object]], mapping: Mapping[str, str] | None = None
) -> HeaderMatch | None:
    """The most complete header among the first rows, columns placed by `mapping` first.

    `mapping` (header text -> field or NOT_USED) is the user's word and beats the titles.
    A two-row header is read as `two_row_texts` says.
    """
    extra = {header_key(k): v for k, v in (mapping or {}).items()}
    best: HeaderMatch | None = None
    for index in range(min(SCAN_ROWS, len(rows))):
        upper = _texts(rows[index])
        variants: list[tuple[int, list[str], Mapping[int, Sequence[str]]]] = [(1, upper, {})]
        if index + 1 < len(rows):
            variants.append((2, *two_row_texts(upper, _texts(rows[index + 1]))))
        for depth, texts, combined in variants:
            columns, unplaced, chosen, mapped = assign(texts, extra, combined)
            if not all(name in columns for name in REQUIRED):
                continue
            candidate = HeaderMatch(index, depth, columns, unplaced, chosen, mapped)
            if best is None or len(columns) > len(best.columns):
                best = candidate
    return best


def is_numbering_row(row: Sequence[object]) -> bool:
    """The "(1) (2) (3) …" row printed under a form's header."""
    cells = [str(v).strip() for v in row if v not in (None, "")]
    return len(cells) >= 3 and all(_NUMBERING.match(c) for c in cells)


def is_footer_row(row: Sequence[object]) -> bool:
    """Totals line or signature block: the end of the data."""
    for value in row:
        if value in (None, ""):
            continue
        return bool(_FOOTER.search(header_key(value)))
    return False


def data_rows(
    rows: Sequence[Sequence[object]], header: HeaderMatch
) -> list[tuple[int, dict[str, object]]]:
    """(1-based sheet row number, field -> raw value) for every data row under the header."""
    found: list[tuple[int, dict[str, object]]] = []
    start = header.first_data_row
    if start < len(rows) and is_numbering_row(rows[start]):
        start += 1
    for index in range(start, len(rows)):
        row = rows[index]
        if all(v in (None, "") or (isinstance(v, str) and not v.strip()) for v in row):
            continue
        if is_footer_row(row):
            break
        values = {
            name: (row[col] if col < len(row) else None) for name, col in header.columns.items()
        }
        found.append((index + 1, values))
    return found


_DATE_TEXT = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$"
)
_ISO_TEXT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?.*)?$")


def typed_date(text: str) -> date:
    """A date typed by a user, dd/mm/yyyy or YYYY-MM-DD; ValidationError saying what is wrong.

    A text of the right shape naming no day ("31/02/2026") is told apart from one of another
    shape, so that the user is not sent to change a format that was right.
    """
    value = text.strip()
    try:
        day = parse_date(value)
    except ValueError:
        day = None
    if day is not None:
        return day
    raise ValidationError(not_in_calendar(value) or messages.BAD_DATE.format(value=value))


def not_in_calendar(text: str) -> str | None:
    """Why `text` is no date though written as one ("31/02/2026"); None for any other text.

    The dossier form says this as `typed_date` does, and its own message for other text.
    """
    value = text.strip()
    if not (_DATE_TEXT.match(value) or _ISO_TEXT.match(value)):
        return None
    try:
        parse_date(value)
    except ValueError:
        return messages.DATE_NOT_IN_CALENDAR.format(value=value)
    return None


#: Excel's day zero (serial numbers count from 1899-12-30 in the 1900 system).
_EXCEL_EPOCH = date(1899, 12, 30)
#: Folded cell texts of a yes/no column; an empty cell is "no".
_YES = frozenset({"x", "co", "1", "true", "yes", "y", "v", "da", "dat", "✓", "✔", "☑", "☒"})
_NO = frozenset({"0", "khong", "k", "chua", "false", "no", "n", "-", "☐"})


def parse_date(value: object) -> date | None:
    """A date from a date cell, an Excel serial number, "dd/mm/yyyy[ HH:MM[:SS]]" or ISO.

    Times are dropped: counting compares dates. Empty gives None; anything else ValueError.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # 1950..2100: a plausible register date; other numbers are not dates.
        if 18264 <= value <= 73051:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"{value!r}")
    text = str(value).strip()
    match = _DATE_TEXT.match(text)
    try:
        if match:
            return date(int(match[3]), int(match[2]), int(match[1]))
        match = _ISO_TEXT.match(text)
        if match:
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        pass
    raise ValueError(text)


_SHORT_YEAR_TEXT = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2})(?:[ T,]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$"
)


class TwoDigitYearTooLateError(ValueError):
    """A two-digit year that, read as 20yy, falls after next year ("15/07/89": 2089)."""

    def __init__(self, text: str, digits: str, year: int) -> None:
        super().__init__(text)
        self.digits = digits
        self.year = year


def parse_register_date(value: object, today: date) -> date | None:
    """`parse_date`, or a text with a two-digit year ("15/07/25", "15-07-25") as 20yy.

    Registers kept on computers start in the 2000s (FIRST_DOSSIER_YEAR), so "25" is 2025. A
    year beyond next year is refused rather than read as 19yy (TwoDigitYearTooLateError):
    "15/07/98" is no date of a register, and only the clerk knows which year was meant.
    """
    try:
        return parse_date(value)
    except ValueError:
        if not isinstance(value, str):
            raise
    text = value.strip()
    match = _SHORT_YEAR_TEXT.match(text)
    if match is None:
        raise ValueError(text)
    year = 2000 + int(match[3])
    if year > today.year + 1:
        raise TwoDigitYearTooLateError(text, match[3], year)
    try:
        return date(year, int(match[2]), int(match[1]))
    except ValueError:
        raise ValueError(text) from None


def parse_flag(value: object) -> bool:
    """A yes/no cell; ValueError for anything that is neither.

    Yes: "x", "có", "1", "Đã …", a tick, TRUE or a date (the day it happened). No: empty,
    "không", "chưa …", 0 or FALSE.
    """
    if value is None or value is False:
        return False
    if value is True or isinstance(value, date):
        return True
    if isinstance(value, (int, float)):
        if value in (0, 1):
            return bool(value)
        raise ValueError(f"{value!r}")
    return _flag_text(str(value))


@lru_cache(maxsize=4096)
def _flag_text(text: str) -> bool:
    # Cached: a register's yes/no column holds a handful of distinct texts over many rows.
    words = header_key(text).split() or [text.strip()]
    if words == [""]:
        return False
    # "Đã thanh toán", "Chưa số hóa": the first word says it.
    if words[0] in _YES and (len(words) == 1 or words[0] in ("da", "co")):
        return True
    if words[0] in _NO and (len(words) == 1 or words[0] in ("chua", "khong")):
        return False
    return parse_date(text) is not None
