"""Write a report into a copy of its template, check the copy, then hand it over.

The pristine template is never opened for writing: it is copied next to the output, the copy is
filled and saved, re-read by `verify`, and only then renamed to the final name. A file that
fails any step is deleted, so a clerk never receives a half-written or unchecked report.
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from copy import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.styles import Alignment, Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils.cell import column_index_from_string, get_column_letter, range_boundaries
from openpyxl.worksheet.worksheet import Worksheet

from egov_desktop.collector import collector_paused
from egov_desktop.domain import file_errors, messages
from egov_desktop.durable import partial_of, remove_stale_partials, replace_durably
from egov_desktop.errors import ExportError
from egov_desktop.export import grow, ooxml, pagination, xml_patch
from egov_desktop.export.mapping import split_cell
from egov_desktop.export.model import CellStyle, CellValue, ReportData
from egov_desktop.export.plan import Plan, TablePlan, build_plan
from egov_desktop.export.templates import Template
from egov_desktop.export.verify import Expectation, Formula, verify_export
from egov_desktop.export.wrap import wrapped_lines

logger = logging.getLogger(__name__)

FONT_NAME = "Times New Roman"
#: Dates as the offices write them (numbers stay dates, so they sort and compute).
DATE_FORMAT = "DD/MM/YYYY"
#: (first row, amount): rows inserted (amount > 0) or deleted before/at `first`.
_Op = tuple[int, int]
#: Merged range as (min_col, min_row, max_col, max_row).
_Box = tuple[int, int, int, int]
#: Row-height estimate for wrapped labels (points, Times New Roman 11-12): Excel's default column
#: width and row height, and the height of one line.
_DEFAULT_WIDTH = 8.43
_DEFAULT_HEIGHT = 15.0
_LINE_HEIGHT = 15.0


def _moved(row: int, ops: list[_Op]) -> int:
    for idx, amount in ops:
        span = grow.shift_span(row, row, idx, amount)
        if span is None:
            raise AssertionError(f"row {row} was deleted")
        row = span[0]
    return row


def _moved_address(address: str, ops: list[_Op]) -> str:
    letter, row = split_cell(address)
    return f"{letter}{_moved(row, ops)}"


_UNSTYLED = tuple(StyleArray())


class _Styler:
    """Times New Roman on every written cell, keeping the template's size, weight and borders.

    Styles are computed once per distinct (template style, bold, date) and the resulting style
    array is shared by every cell that needs it: building a Font per cell would cost more than
    saving the file. Sharing is safe because nothing edits a cell's style after `apply`.
    """

    def __init__(self) -> None:
        self._cache: dict[
            tuple[tuple[int, ...], bool | None, bool, CellStyle | None], StyleArray
        ] = {}

    def apply(
        self, cell: Any, *, bold: bool | None, is_date: bool, extra: CellStyle | None = None
    ) -> None:
        # `Any`: the style array (`_style`) is private to openpyxl and absent from its stubs.
        own = cell._style
        key = (tuple(own) if own is not None else _UNSTYLED, bold, is_date, extra)
        style = self._cache.get(key)
        if style is None:
            # An own copy first: the font setter edits the style array in place.
            cell._style = StyleArray(own) if own is not None else StyleArray()
            old = cell.font
            cell.font = Font(
                name=FONT_NAME,
                sz=old.sz,
                b=old.b if bold is None else bold,
                i=old.i,
                u=old.u,
                strike=old.strike,
                vertAlign=old.vertAlign,
                color=copy(old.color),
                family=1,
                scheme=None,  # a theme scheme would make Excel ignore the name
            )
            if is_date:
                cell.number_format = DATE_FORMAT
            if extra is not None and extra.number_format is not None:
                cell.number_format = extra.number_format
            if extra is not None and extra.centred:
                was = cell.alignment
                # Wrapped: a figure column is narrow for a text; the row grows to fit it.
                cell.alignment = Alignment(
                    horizontal="center",
                    vertical=was.vertical,
                    wrap_text=True,
                    text_rotation=was.text_rotation,
                )
            style = self._cache[key] = cell._style
        cell._style = style


@dataclass
class _Book:
    """The workbook being filled and everything the checker will expect of it."""

    ws: Worksheet
    expected: Expectation
    merges: list[_Box]
    titles: tuple[int, int] | None
    ops: list[_Op]
    styler: _Styler
    columns: dict[str, int] = field(default_factory=dict)
    #: The sheet's cell store; openpyxl moves cells within this same dict when rows move.
    cells: dict[tuple[int, int], Any] = field(init=False)

    def __post_init__(self) -> None:
        self.cells = grow.cells_of(self.ws)

    def put(
        self,
        row: int,
        letter: str,
        value: CellValue,
        *,
        bold: bool | None = None,
        style: CellStyle | None = None,
    ) -> None:
        column = self.columns.get(letter) or self.columns.setdefault(
            letter, column_index_from_string(letter)
        )
        cell: Any = self.cells.get((row, column)) or self.ws.cell(row, column)
        # The plan has already cleaned the value, so the setter's type inference is skipped. It
        # also decides that text is text: a name such as "=Tổng" must not become a formula.
        cell._value = value
        kind = type(value)
        is_date = False
        if kind is str:
            cell.data_type = "s"
        elif kind is int or kind is float or value is None:
            cell.data_type = "n"
        else:
            cell.data_type = "d"
            is_date = True
        self.styler.apply(cell, bold=bold, is_date=is_date, extra=style)
        self.expected.cells[f"{letter}{row}"] = value

    def apply_op(self, idx: int, amount: int) -> None:
        """Record a structural change and move what the checker expects with it."""
        moved: list[_Box] = []
        for left, top, right, bottom in self.merges:
            span = grow.shift_span(top, bottom, idx, amount)
            if span is not None:
                moved.append((left, span[0], right, span[1]))
        if amount > 0:
            source = idx - 1
            singles = [m for m in self.merges if m[1] == m[3] == source]
            for row in range(idx, idx + amount):
                moved.extend((m[0], row, m[2], row) for m in singles)
        self.merges = moved
        if self.titles is not None:
            self.titles = grow.shift_span(*self.titles, idx, amount)
        self.ops.append((idx, amount))


def _fit_label(ws: Worksheet, row: int, letter: str, label: object) -> None:
    """Give a long wrapped text the lines it needs: LibreOffice and printing clip otherwise."""
    if not isinstance(label, str):
        return
    width = ws.column_dimensions[letter].width or _DEFAULT_WIDTH
    lines = wrapped_lines(label, float(width))
    if lines > 1:
        base = ws.row_dimensions[row].height or _DEFAULT_HEIGHT
        ws.row_dimensions[row].height = max(base, lines * _LINE_HEIGHT)


def _fill_table(book: _Book, table: TablePlan) -> None:
    spec = table.spec
    first = _moved(spec.first_row, book.ops)
    count, prepared = len(table.rows), spec.prepared_rows
    letters = [spec.label_column, *spec.columns.values()]
    if spec.number_column:
        letters.append(spec.number_column)
    if count > prepared:
        idx = first + prepared - 1 if prepared > 1 else first + 1
        grow.insert_rows(book.ws, idx, count - prepared)
        book.apply_op(idx, count - prepared)
    elif count < prepared:
        keep = max(count, 1)
        if spec.unused_rows == "delete" and keep < prepared:
            grow.delete_rows(book.ws, first + keep, prepared - keep)
            book.apply_op(first + keep, keep - prepared)
        for row in range(
            first + count, first + (keep if spec.unused_rows == "delete" else prepared)
        ):
            for letter in letters:
                book.put(row, letter, None)
            if spec.unused_rows == "hide":
                book.ws.row_dimensions[row].hidden = True
                book.expected.hidden_rows.add(row)
    for offset, planned in enumerate(table.rows):
        for letter, value in planned.cells.items():
            book.put(
                first + offset,
                letter,
                value,
                bold=True if planned.bold else None,
                style=planned.styles.get(letter),
            )
        # Every text of the row, not only its label: a register's procedure, applicant and
        # address columns wrap too, and a row keeps the sheet's fixed height unless given one.
        for letter, value in planned.cells.items():
            _fit_label(book.ws, first + offset, letter, value)
    if table.total is not None and spec.total_row is not None:
        row = _moved(spec.total_row, book.ops)
        for letter, value in table.total.items():
            book.put(row, letter, value)
        if spec.total and spec.total.keep_formula:
            for letter in spec.columns.values():
                book.expected.cells[f"{letter}{row}"] = Formula()


def _last_table(tables: list[TablePlan], moved: Callable[[int], int]) -> pagination.Table | None:
    """The filled table ending lowest (first data row, last row), `moved` placing template rows."""

    def rows(table: TablePlan) -> pagination.Table:
        spec = table.spec
        first = moved(spec.first_row)
        if table.total is not None and spec.total_row is not None:
            return pagination.Table(first, moved(spec.total_row))
        return pagination.Table(first, first + max(len(table.rows), 1) - 1)

    return max(map(rows, tables), key=lambda t: t.last, default=None)


def _write_openpyxl(plan: Plan, template: Template, partial: Path) -> Expectation:
    shutil.copyfile(template.workbook, partial)
    # A stream, because openpyxl refuses a path whose suffix is not .xlsx.
    with partial.open("rb") as stream:
        workbook = load_workbook(stream)
    ws = workbook[template.mapping.sheet]
    assert isinstance(ws, Worksheet), "templates are checked to name a worksheet"
    rows = getattr(ws, "_print_rows", None)
    book = _Book(
        ws=ws,
        expected=Expectation(template.mapping.sheet, list(workbook.sheetnames)),
        merges=[range_boundaries(r.coord) for r in ws.merged_cells.ranges],  # type: ignore[misc]
        titles=None if rows is None else (rows.min_row, rows.max_row),
        ops=[],
        styler=_Styler(),
    )
    for table in plan.tables:
        _fill_table(book, table)
    for address, text in plan.fixed.items():
        letter, row = split_cell(_moved_address(address, book.ops))
        book.put(row, letter, text, bold=True if address in plan.bold else None)
    last = _last_table(plan.tables, lambda row: _moved(row, book.ops))
    if last is not None:
        pagination.keep_footer_with_table(ws, last, book.titles)
    book.expected.merges = {_box_ref(box) for box in book.merges}
    if book.titles is not None:
        book.expected.print_titles = f"${book.titles[0]}:${book.titles[1]}"
    workbook.save(partial)
    return book.expected


def _box_ref(box: _Box) -> str:
    left, top, right, bottom = box
    first = f"{get_column_letter(left)}{top}"
    return (
        first if (left, top) == (right, bottom) else f"{first}:{get_column_letter(right)}{bottom}"
    )


def _write_patched(plan: Plan, template: Template, partial: Path) -> Expectation:
    """Fill prepared rows only: a template the doctor flagged cannot have rows inserted."""
    mapping = template.mapping
    layout = ooxml.read_layout(template.workbook, mapping.sheet)
    expected = Expectation(
        mapping.sheet,
        layout.sheet_names,
        merges=set(layout.merges),
        print_titles=layout.print_titles,
    )
    cells: dict[str, CellValue] = dict(plan.fixed)
    for table in plan.tables:
        spec = table.spec
        if len(table.rows) > spec.prepared_rows:
            reason = ", ".join(sorted({f.code for f in template.findings if f.blocking}))
            raise ExportError(
                messages.EXPORT_TOO_MANY_ROWS.format(
                    form=mapping.form,
                    prepared=spec.prepared_rows,
                    count=len(table.rows),
                    reason=reason,
                )
            )
        letters = [spec.label_column, *spec.columns.values()]
        if spec.number_column:
            letters.append(spec.number_column)
        for offset in range(spec.prepared_rows):
            row = spec.first_row + offset
            planned = table.rows[offset].cells if offset < len(table.rows) else {}
            for letter in letters:
                cells[f"{letter}{row}"] = planned.get(letter)
            if offset >= len(table.rows):
                expected.hidden_rows.add(row)
        if table.total is not None and spec.total_row is not None:
            for letter, value in table.total.items():
                cells[f"{letter}{spec.total_row}"] = value
    expected.cells.update(cells)
    for table in plan.tables:
        if table.spec.total and table.spec.total.keep_formula:
            for letter in table.spec.columns.values():
                expected.cells[f"{letter}{table.spec.total_row}"] = Formula()
    last = _last_table(plan.tables, lambda row: row)
    row_break = 0
    if last is not None:
        row_break = pagination.patched_break(
            template.workbook,
            mapping.sheet,
            cells=cells,
            hidden_rows=expected.hidden_rows,
            table=last,
        )
    xml_patch.write_patched(
        template.workbook,
        partial,
        sheet=mapping.sheet,
        cells=cells,
        hidden_rows=expected.hidden_rows,
        row_break=row_break or None,
    )
    return expected


def _write_failed(output: Path, error: OSError) -> ExportError:
    """The refusal saying why `output` could not be written (Python's words are English)."""
    detail = file_errors.os_reason(error)
    return ExportError(messages.EXPORT_WRITE_FAILED.format(path=output, detail=detail))


def _discard(partial: Path) -> None:
    """Remove a half-written file; a failure here must not hide the error being reported."""
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        logger.warning("Could not remove %s", partial, exc_info=True)


def export_report(data: ReportData, template: Template, *, output: Path) -> Path:
    """Write `data` into a copy of `template` at `output`, check it and return `output`.

    An existing file at `output` is replaced only once the new one has passed its check.

    Raises:
        ExportError: the data does not fit the template, the file cannot be written (disk full,
            open in Excel) or the written file differs from the data; nothing is left behind.
    """
    if output.resolve() == template.workbook.resolve():
        raise ExportError(messages.EXPORT_OVER_TEMPLATE.format(path=output))
    with collector_paused():
        return _export(data, template, output)


def _export(data: ReportData, template: Template, output: Path) -> Path:
    plan = build_plan(template.mapping, data)
    partial = partial_of(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_partials(output)
        if template.needs_xml_patch:
            expected = _write_patched(plan, template, partial)
        else:
            expected = _write_openpyxl(plan, template, partial)
        verify_export(partial, expected, name=output.name)
    except OSError as error:
        _discard(partial)
        raise _write_failed(output, error) from error
    except BaseException:
        _discard(partial)
        raise
    try:
        replace_durably(partial, output)
    except OSError as error:
        _discard(partial)
        # On Windows a report left open in Excel cannot be replaced.
        if isinstance(error, PermissionError):
            raise ExportError(messages.EXPORT_FILE_IN_USE.format(path=output)) from error
        raise _write_failed(output, error) from error
    logger.info("Exported %s (%s, template %s)", output, data.form_code, template.mapping_path)
    return output
