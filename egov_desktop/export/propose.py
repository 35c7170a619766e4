"""Propose a mapping for a province's own workbook: where its table and fixed texts are.

The column-number row "(1) (2) (3) …" printed under every official header places the columns;
without it, header texts are matched to the form's column titles (case and diacritics aside).
Row labels (sectors or units) start under that row and end at the "Tổng số" row. The fixed
texts are found by their wording ("Kỳ báo cáo", "(Từ ngày", "Đơn vị báo cáo", "ngày … tháng"), and
the cells the official layout leaves empty by where they sit from what it prints: the agency lines
left of "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (or at a printed "UBND …"), each signer's name under
"NGƯỜI LẬP BIỂU" and "THỦ TRƯỞNG …". So a province's copy of the official layout with rows
inserted or the sheet renamed is read as the official one is. The user checks the proposal in the
mapping editor before it is saved.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.utils.cell import column_index_from_string, get_column_letter

from egov_desktop.domain import messages
from egov_desktop.domain.text import fold
from egov_desktop.errors import TemplateError
from egov_desktop.export.damage import WORKBOOK_DAMAGE
from egov_desktop.export.mapping import CellSpec, Mapping, TableSpec, TotalSpec, split_cell

logger = logging.getLogger(__name__)

_NUMBER = re.compile(r"^\(?\s*(\d{1,2})\s*\)?$")
_SCAN_ROWS = 60
#: Rows read at most: the signatures sit under a table of one row per sector or commune.
_READ_ROWS = 400
_TOTAL_WORDS = ("tong so", "tong cong", "cong")
#: Fixed cell -> (words its text starts with or holds, format template).
_FIXED = (
    ("period_label", ("ky bao cao",), "Kỳ báo cáo: {value}"),
    ("window", ("(tu ngay",), "{value}"),
    ("receiving_unit", ("don vi nhan bao cao",), "Đơn vị nhận báo cáo: {value}"),
    ("reporting_unit", ("don vi bao cao",), "Đơn vị báo cáo: {value}"),
    # A register's sector, or the documents the IT-application targets come from.
    ("subtitle", ("linh vuc:", "chi tieu theo"), "Lĩnh vực: {value}"),
)
#: The national motto: the agency lines are printed left of it, from its row down.
_MOTTO = "cong hoa xa hoi chu nghia viet nam"
#: How an agency line of the header starts when the province prints one.
_AGENCY_WORDS = ("ubnd ", "uy ban nhan dan")
#: The two lines of the agency block, top first, as the official layouts print them.
_AGENCY_LINES = ("parent_agency", "agency_name")
#: Signer -> words the title over the signature starts with.
_SIGNERS = (
    ("officer", ("nguoi lap",)),
    ("head", ("thu truong", "tm.", "kt.", "chu tich", "giam doc")),
)
#: Rows from a signer's title down to the name: the hint line, then room for a signature.
_NAME_BELOW = 6
#: Texts of the official layouts and how they are written when no layout is given.
_DEFAULT_TEXTS = {
    "parent_agency": CellSpec("", case="upper"),
    "agency_name": CellSpec("", case="upper"),
    **{key: CellSpec("", format=template) for key, _words, template in _FIXED},
    "place_date": CellSpec(""),
    "officer": CellSpec(""),
    "head": CellSpec(""),
}


def _text(value: object) -> str:
    return fold(str(value)) if isinstance(value, str) else ""


def propose_mapping(
    path: Path,
    *,
    form: str,
    row_key: str,
    titles: Sequence[tuple[int, str]],
    known_labels: Sequence[str] = (),
    official: dict[str, CellSpec] | None = None,
    label_number: int = 2,
) -> Mapping:
    """A mapping for `path` filled for `form`; `titles` are (column number, header) of the form.

    `known_labels` (sector or unit names) place the first data row when rows between the
    header and the table (a second header row, a group title) would otherwise be taken for it.
    `official` is the built-in layout's fixed cells: which texts the form prints (a register
    has one agency line, only it has a subtitle) and how each is written (format, case).
    `label_number`: the column naming each row, (2) but in the DVC sheet of QĐ 766 (its (2) is
    the unit's identifier code, its name is (3)).

    Raises:
        TemplateError: not a workbook, or no place for the table could be found.
    """
    try:
        with path.open("rb") as stream:
            book = load_workbook(stream)  # not read-only: merged ranges are needed
            try:
                sheet = book.worksheets[0]
                last = max(min(sheet.max_row, _READ_ROWS), _SCAN_ROWS)
                grid: list[list[object]] = []
                boxed: list[set[int]] = []
                for cells in sheet.iter_rows(max_row=last):
                    grid.append([cell.value for cell in cells])
                    boxed.append({i for i, cell in enumerate(cells) if _has_border(cell)})
                title = sheet.title
                merged = [
                    (r.min_row, r.min_col, r.max_row, r.max_col) for r in sheet.merged_cells.ranges
                ]
            finally:
                book.close()
    except WORKBOOK_DAMAGE as error:
        logger.info("Template %s unreadable: %s", path, error)  # English: the log only
        raise TemplateError(messages.TEMPLATE_NOT_XLSX.format(path=path)) from error
    numbers_row, columns = _number_row(grid)
    if numbers_row is None:
        numbers_row, columns = _header_row(grid, titles)
    if numbers_row is None or label_number not in columns:
        raise TemplateError(messages.TEMPLATE_NO_TABLE.format(name=path.name))
    label_index = columns[label_number]
    first = _first_labelled(grid, numbers_row + 1, label_index, known_labels) or numbers_row + 1
    total_row = _total_row(grid, first, label_index)
    prepared = _prepared_rows(boxed, first, label_index, total_row, numbers_row)
    wanted = {number for number, _title in titles}
    table = TableSpec(
        anchor=f"{get_column_letter(columns.get(1, label_index - 1) + 1)}{first}",
        row_key=row_key,
        number_column=get_column_letter(columns[1] + 1) if 1 in columns else "",
        label_column=get_column_letter(label_index + 1),
        columns={
            str(number): get_column_letter(index + 1)
            for number, index in sorted(columns.items())
            if number in wanted and number not in (1, label_number)  # row number, label
        },
        prepared_rows=max(prepared, 1),
        unused_rows="delete",
        total=TotalSpec(str(grid[total_row - 1][label_index]).strip()) if total_row else None,
    )
    return Mapping(
        form=form,
        workbook=path.name,
        sheet=title,
        description=f"Mẫu của đơn vị ({path.name})",
        cells={
            key: replace(spec, cell=_top_left(spec.cell, merged))
            for key, spec in _fixed_cells(
                grid, numbers_row, columns.get(1, label_index - 1), merged, official
            ).items()
        },
        tables=[table],
    )


def _has_border(cell: Cell | MergedCell) -> bool:
    border = cell.border
    return any(side.style for side in (border.left, border.right, border.top, border.bottom))


def _prepared_rows(
    boxed: list[set[int]], first: int, label_index: int, total_row: int | None, numbers_row: int
) -> int:
    """How many rows the sheet prepares for the table, down to its total row.

    A table without a total row (a register, the QĐ 766 sheets, the targets) ends where its
    drawn rows do: the label cells boxed in from `first` down.
    """
    if total_row is not None:
        return total_row - first
    drawn = 0
    for row in boxed[first - 1 :]:
        if label_index not in row:
            break
        drawn += 1
    return drawn or max(_SCAN_ROWS - numbers_row, 1)


def layout_columns(workbook: Path, label_column: str) -> tuple[list[tuple[int, str]], int]:
    """(column number, header) of a layout's table, and the number of its label column.

    Read from the layout's column-number row, each header the text nearest above its number
    (the lowest line of a header of two or three). For the built-in layouts of the forms that
    are not entered as such (the register, the QĐ 766 sheets, the targets): what a province's
    copy of them is matched against.
    """
    grid, _merged, numbers_row, columns = _layout_table(workbook)
    label = column_index_from_string(label_column) - 1
    titles = []
    label_number = 2
    for number, index in sorted(columns.items()):
        if index == label:
            label_number = number
        above = (grid[r][index] for r in range(numbers_row - 2, max(numbers_row - 5, -1), -1))
        title = next((str(v).strip() for v in above if isinstance(v, str) and v.strip()), "")
        titles.append((number, title))
    return titles, label_number


def layout_header_paths(workbook: Path) -> dict[int, str]:
    """Each numbered column's whole header, top line first ("Nhận và trả kết quả › Nhận hồ sơ").

    A group header spans its columns as one merged cell: every column under it is named by
    it, so a clerk mapping "HS xử lý đúng hạn" sees which group it belongs to.
    """
    grid, merged, numbers_row, columns = _layout_table(workbook)

    def text(index: int, row: int) -> tuple[int, str]:
        """The header text over a cell, and the row it is written in (its range's first)."""
        column, top = split_cell(_top_left(f"{get_column_letter(index + 1)}{row}", merged))
        value = grid[top - 1][column_index_from_string(column) - 1]
        return top, " ".join(value.split()) if isinstance(value, str) else ""

    # The header starts at the first column's "STT" or "TT": a line above it ("Lĩnh vực: …",
    # "Đơn vị tính") belongs to the sheet, not to the table.
    first = columns.get(1, min(columns.values()))
    start = numbers_row - 1
    for row in range(numbers_row - 1, max(numbers_row - 4, 0), -1):
        top, label = text(first, row)
        if label:
            start = top
            break
    paths = {}
    for number, index in sorted(columns.items()):
        lines: list[str] = []
        for row in range(start, numbers_row):
            line = text(index, row)[1]
            if line and line not in lines:
                lines.append(line)
        paths[number] = " › ".join(lines)
    return paths


def _layout_table(
    workbook: Path,
) -> tuple[list[list[object]], list[tuple[int, int, int, int]], int, dict[int, int]]:
    """A layout's cells, merged ranges, column-number row and its numbered columns."""
    book = load_workbook(workbook)
    try:
        sheet = book.worksheets[0]
        grid: list[list[object]] = [list(row) for row in sheet.iter_rows(values_only=True)]
        merged = [(r.min_row, r.min_col, r.max_row, r.max_col) for r in sheet.merged_cells.ranges]
    finally:
        book.close()
    numbers_row, columns = _number_row(grid)
    if numbers_row is None:
        raise TemplateError(messages.TEMPLATE_NO_TABLE.format(name=workbook.name))
    return grid, merged, numbers_row, columns


def _top_left(address: str, merged: list[tuple[int, int, int, int]]) -> str:
    """A cell inside a merged range is written through the range's first cell."""
    column, row = split_cell(address)
    index = column_index_from_string(column)
    for top, left, bottom, right in merged:
        if top <= row <= bottom and left <= index <= right:
            return f"{get_column_letter(left)}{top}"
    return address


def _number_row(grid: list[list[object]]) -> tuple[int | None, dict[int, int]]:
    """The row that reads (1) (2) (3) …: its number, and column number -> 0-based index."""
    for row_index, row in enumerate(grid, start=1):
        found: dict[int, int] = {}
        for index, value in enumerate(row):
            match = _NUMBER.match(str(value).strip()) if value is not None else None
            if match:
                found.setdefault(int(match[1]), index)
        if len(found) >= 4 and {1, 2, 3} <= set(found):
            return row_index, found
    return None, {}


def _header_row(
    grid: list[list[object]], titles: Sequence[tuple[int, str]]
) -> tuple[int | None, dict[int, int]]:
    """Without numbers: the row whose texts match most of the form's column titles."""
    wanted = {fold(title): number for number, title in titles}
    best: tuple[int | None, dict[int, int]] = (None, {})
    for row_index, row in enumerate(grid, start=1):
        found = {wanted[_text(v)]: i for i, v in enumerate(row) if _text(v) in wanted}
        if len(found) > len(best[1]):
            best = (row_index, found)
    return best if len(best[1]) >= 3 else (None, {})


def _first_labelled(
    grid: list[list[object]], start: int, label_index: int, known: Sequence[str]
) -> int | None:
    """The first row at or below `start` whose label is a known sector or unit name."""
    names = {fold(name) for name in known}
    for row_index in range(start, min(start + 10, len(grid) + 1)):
        row = grid[row_index - 1]
        if label_index < len(row) and _text(row[label_index]) in names:
            return row_index
    return None


def _total_row(grid: list[list[object]], first: int, label_index: int) -> int | None:
    for row_index in range(first, len(grid) + 1):
        row = grid[row_index - 1]
        if label_index < len(row) and _text(row[label_index]).startswith(_TOTAL_WORDS):
            return row_index
    return None


def _fixed_cells(
    grid: list[list[object]],
    numbers_row: int,
    first_column: int,
    merged: list[tuple[int, int, int, int]],
    official: dict[str, CellSpec] | None,
) -> dict[str, CellSpec]:
    """Each fixed text's cell, written as the official layout writes it (format, case)."""
    texts = _DEFAULT_TEXTS if official is None else official
    found = _worded_cells(grid, numbers_row)
    lines = [key for key in _AGENCY_LINES if key in texts]
    found.update(
        zip(lines, _agency_cells(grid, numbers_row, first_column, len(lines)), strict=False)
    )
    for key, words in _SIGNERS:
        title = _find(grid, numbers_row + 1, len(grid), words)
        if title is not None:
            found[key] = _name_cell(grid, title, merged)
    return {
        key: replace(texts.get(key) or _DEFAULT_TEXTS[key], cell=address)
        for key, address in found.items()
        # Only a register's and the targets' data have a subtitle: another form's export
        # would stop at it.
        if key != "subtitle" or (official is not None and key in official)
    }


def _worded_cells(grid: list[list[object]], numbers_row: int) -> dict[str, str]:
    """The texts found by their own wording: period, window, units, place and date."""
    cells: dict[str, str] = {}
    dated: list[tuple[int, str]] = []
    for row_index, row in enumerate(grid, start=1):
        for index, value in enumerate(row):
            text = _text(value)
            if not text:
                continue
            address = f"{get_column_letter(index + 1)}{row_index}"
            for key, words, _template in _FIXED:
                if key not in cells and row_index < numbers_row and text.startswith(words):
                    cells[key] = address
                    break
            else:
                if ", ngay" in text and "thang" in text and "nam" in text:
                    dated.append((row_index, address))
    # Under the table as a report signs off; a register dates its header instead.
    below = [address for row_index, address in dated if row_index > numbers_row]
    if below or dated:
        cells["place_date"] = (below or [dated[0][1]])[0]
    return cells


def _find(
    grid: list[list[object]], start: int, end: int, words: str | tuple[str, ...]
) -> tuple[int, int] | None:
    """(row, 0-based column) of the first text in rows `start`..`end` starting with `words`."""
    for row_index in range(max(start, 1), min(end, len(grid)) + 1):
        for index, value in enumerate(grid[row_index - 1]):
            text = _text(value)
            if text.startswith(words):
                return row_index, index
    return None


def _agency_cells(
    grid: list[list[object]], numbers_row: int, first_column: int, count: int
) -> list[str]:
    """The first `count` agency lines of the header, top first; [] when there is no header.

    The official layouts leave them empty left of the motto, from its row down; a province may
    print "UBND TỈNH …" there, which then gives their column (or, without a motto, their row).
    """
    if count == 0:
        return []
    motto = _find(grid, 1, numbers_row - 1, _MOTTO)
    if motto is not None:
        top, right = motto
        printed = _find(grid, top, top + count - 1, _AGENCY_WORDS)
        column = printed[1] if printed is not None and printed[1] < right else max(first_column, 0)
        if column >= right:
            return []
    else:
        printed = _find(grid, 1, numbers_row - 1, _AGENCY_WORDS)
        if printed is None:
            return []
        top, column = printed
    return [f"{get_column_letter(column + 1)}{top + line}" for line in range(count)]


def _name_cell(
    grid: list[list[object]], title: tuple[int, int], merged: list[tuple[int, int, int, int]]
) -> str:
    """The cell of the signer's name under the signer's title at `title`.

    The first empty merged line of the title's column below the hint "(Ký, ghi rõ họ tên)",
    else where the official layout puts it.
    """
    row, index = title
    letter = get_column_letter(index + 1)
    lines = sorted(
        top
        for top, left, _bottom, _right in merged
        if left == index + 1 and row + 2 <= top <= row + _NAME_BELOW + 2
    )
    for top in lines:
        cells = grid[top - 1] if top <= len(grid) else []
        if index >= len(cells) or cells[index] is None:
            return f"{letter}{top}"
    return f"{letter}{row + _NAME_BELOW}"
