"""Insert and delete worksheet rows the way Excel does.

openpyxl's `insert_rows`/`delete_rows` only move cells: merged ranges, row heights, formulas,
the print area and titles, defined names, validations, conditional formats, tables and page
breaks stay where they were, so a grown table overlaps its own footer. These helpers move cells
with openpyxl and then shift everything else with the same rule Excel applies.

`amount` > 0 inserts rows before `idx`; the public functions keep that sign convention clear.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from copy import copy
from typing import Any

from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.formatting.formatting import ConditionalFormatting, ConditionalFormattingList
from openpyxl.formula.tokenizer import Token, Tokenizer
from openpyxl.workbook.defined_name import DefinedNameDict
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.cell_range import MultiCellRange
from openpyxl.worksheet.dimensions import RowDimension
from openpyxl.worksheet.formula import ArrayFormula
from openpyxl.worksheet.print_settings import RowRange
from openpyxl.worksheet.worksheet import Worksheet

_AREA = re.compile(r"^(\$?[A-Z]{1,3})(\$?)(\d+)(?::(\$?[A-Z]{1,3})(\$?)(\d+))?$")
_ROWS = re.compile(r"^(\$?)(\d+):(\$?)(\d+)$")
_SHEET_PREFIX = re.compile(r"^(?P<sheet>'(?:[^']|'')+'|[^'!]+)!(?P<area>.+)$")
REF_ERROR = "#REF!"


def _workbook(ws: Worksheet) -> Workbook:
    workbook = ws.parent
    assert workbook is not None, "a worksheet outside a workbook"
    return workbook


def cells_of(ws: Worksheet) -> dict[tuple[int, int], Any]:
    """The sheet's cell store; openpyxl's own row and column moves work on it directly."""
    cells: dict[tuple[int, int], Any] = ws._cells
    return cells


def shift_span(first: int, last: int, idx: int, amount: int) -> tuple[int, int] | None:
    """New (first, last) rows of a span after inserting (amount > 0) or deleting rows at idx.

    Excel's rule: a span that starts at or below `idx` moves; one that straddles it stretches
    (or shrinks); one above it stays. A span wholly deleted becomes None (#REF!).
    """
    if amount >= 0:
        if first >= idx:
            return first + amount, last + amount
        if last >= idx:
            return first, last + amount
        return first, last
    end = idx - amount - 1
    count = -amount
    new_first = first if first < idx else (idx if first <= end else first - count)
    new_last = last if last < idx else (idx - 1 if last <= end else last - count)
    if new_last < new_first:
        return None
    return new_first, new_last


def shift_area(area: str, idx: int, amount: int) -> str | None:
    """Shift "C14", "$A$1:$M$60" or "10:13" (no sheet name); columns and names pass unchanged."""
    match = _AREA.match(area)
    if match:
        col1, dollar1, row1, col2, dollar2, row2 = match.groups()
        first = int(row1)
        last = int(row2) if row2 else first
        span = shift_span(first, last, idx, amount)
        if span is None:
            return None
        if row2 is None:
            return f"{col1}{dollar1}{span[0]}"
        return f"{col1}{dollar1}{span[0]}:{col2}{dollar2}{span[1]}"
    rows = _ROWS.match(area)
    if rows:
        d1, r1, d2, r2 = rows.groups()
        span = shift_span(int(r1), int(r2), idx, amount)
        return None if span is None else f"{d1}{span[0]}:{d2}{span[1]}"
    return area


def _unquote(sheet: str) -> str:
    if sheet.startswith("'") and sheet.endswith("'"):
        return sheet[1:-1].replace("''", "'")
    return sheet


def _shift_operand(operand: str, home: str | None, target: str, idx: int, amount: int) -> str:
    """Shift one range operand of a formula if it points at `target`."""
    prefixed = _SHEET_PREFIX.match(operand)
    if prefixed:
        if _unquote(prefixed["sheet"]) != target:
            return operand
        shifted = shift_area(prefixed["area"], idx, amount)
        return f"{prefixed['sheet']}!{shifted}" if shifted else f"{prefixed['sheet']}!{REF_ERROR}"
    if home != target:
        return operand
    return shift_area(operand, idx, amount) or REF_ERROR


def shift_formula(formula: str, *, home: str | None, target: str, idx: int, amount: int) -> str:
    """Shift the references to sheet `target` in `formula` (with or without the leading "=").

    `home` is the sheet the formula lives on (unqualified references mean that sheet), None for
    workbook-scoped defined names, whose references are always qualified.
    """
    bare = not formula.startswith("=")
    tokenizer = Tokenizer("=" + formula if bare else formula)
    changed = False
    for token in tokenizer.items:
        if token.type == Token.OPERAND and token.subtype == Token.RANGE:
            new = _shift_operand(token.value, home, target, idx, amount)
            if new != token.value:
                token.value = new
                changed = True
    if not changed:
        return formula
    rendered = tokenizer.render()
    return rendered[1:] if bare else rendered


def _shift_sqref(sqref: str, idx: int, amount: int) -> str:
    parts = (shift_area(part, idx, amount) for part in sqref.split())
    return " ".join(part for part in parts if part)


def insert_rows(ws: Worksheet, idx: int, amount: int, *, style_row: int | None = None) -> None:
    """Insert `amount` rows before row `idx`, formatted like `style_row` (default: the row above).

    Single-row merges of the style row (a label spread over two columns) are repeated in every
    new row, so the new rows look exactly like the prepared ones.
    """
    if amount <= 0:
        return
    source = idx - 1 if style_row is None else style_row
    ws.insert_rows(idx, amount)
    _shift_structure(ws, idx, amount)
    if source >= idx:
        source += amount
    if source >= 1:
        _copy_row_format(ws, source, range(idx, idx + amount))


def delete_rows(ws: Worksheet, idx: int, amount: int) -> None:
    """Delete `amount` rows starting at row `idx`, shifting everything below up."""
    if amount <= 0:
        return
    ws.delete_rows(idx, amount)
    _shift_structure(ws, idx, -amount)


def _shift_structure(ws: Worksheet, idx: int, amount: int) -> None:
    _shift_merges(ws, idx, amount)
    _shift_row_dimensions(ws, idx, amount)
    _shift_formulas(ws, idx, amount)
    _shift_print_settings(ws, idx, amount)
    _shift_defined_names(ws, idx, amount)
    _shift_validations(ws, idx, amount)
    _shift_conditional_formats(ws, idx, amount)
    _shift_tables(ws, idx, amount)
    _shift_breaks(ws, idx, amount)
    for cell in cells_of(ws).values():
        if cell.hyperlink is not None:
            cell.hyperlink.ref = cell.coordinate


def _shift_merges(ws: Worksheet, idx: int, amount: int) -> None:
    # Ranges are moved in place: building new MergedCellRange objects re-merges the borders of
    # every top-left cell, which costs more than the whole row insertion.
    kept = set()
    for merged in ws.merged_cells.ranges:
        span = shift_span(merged.min_row, merged.max_row, idx, amount)
        if span is None:
            continue
        if span != (merged.min_row, merged.max_row):
            stretched = span[1] - span[0] != merged.max_row - merged.min_row
            merged.min_row, merged.max_row = span
            top: Any = cells_of(ws).get((span[0], merged.min_col))
            if top is None or isinstance(top, MergedCell):
                # The old top-left row was deleted: a merge needs a real cell at its corner.
                top = Cell(ws, row=span[0], column=merged.min_col)
                cells_of(ws)[(span[0], merged.min_col)] = top
            merged.start_cell = top
            if stretched:
                # The placeholders' borders are copied onto the corner's style in place; a
                # writer may share one style array between many cells, so give it its own.
                if top._style is not None:
                    top._style = copy(top._style)
                # Fills the new rows of the range with MergedCell placeholders.
                ws._clean_merge_range(merged)  # type: ignore[attr-defined]
        kept.add(merged)
    ws.merged_cells = MultiCellRange(kept)


def _shift_row_dimensions(ws: Worksheet, idx: int, amount: int) -> None:
    dims = ws.row_dimensions
    affected = sorted((row for row in dims if row >= idx), reverse=amount > 0)
    moved = {}
    for row in affected:
        dim = dims.pop(row)
        span = shift_span(row, row, idx, amount)
        if span is None:
            continue
        dim.index = span[0]
        moved[span[0]] = dim
    dims.update(moved)


def _shift_formulas(ws: Worksheet, idx: int, amount: int) -> None:
    target = ws.title
    for sheet in _workbook(ws).worksheets:
        for cell in cells_of(sheet).values():
            value = cell._value
            if cell.data_type != "f":
                continue
            if isinstance(value, ArrayFormula):
                value.text = value.text and shift_formula(
                    value.text, home=sheet.title, target=target, idx=idx, amount=amount
                )
                if sheet is ws and value.ref:
                    value.ref = shift_area(value.ref, idx, amount) or value.ref
            elif isinstance(value, str):
                cell._value = shift_formula(
                    value, home=sheet.title, target=target, idx=idx, amount=amount
                )


def _shift_print_settings(ws: Worksheet, idx: int, amount: int) -> None:
    raw: Any = ws  # the stubs omit these private attributes; the public setters reparse text
    rows = raw._print_rows
    if rows is not None:
        span = shift_span(rows.min_row, rows.max_row, idx, amount)
        raw._print_rows = None if span is None else RowRange(f"{span[0]}:{span[1]}")
    if raw._print_area and raw._print_area.ranges:
        areas = [shift_area(str(area), idx, amount) for area in raw._print_area.sorted()]
        ws.print_area = [area for area in areas if area]


def _shift_names(names: DefinedNameDict, home: str | None, target: str, idx: int, n: int) -> None:
    for defined in names.values():
        if defined.attr_text:
            defined.attr_text = shift_formula(
                defined.attr_text, home=home, target=target, idx=idx, amount=n
            )


def _shift_defined_names(ws: Worksheet, idx: int, amount: int) -> None:
    workbook = _workbook(ws)
    _shift_names(workbook.defined_names, None, ws.title, idx, amount)
    for sheet in workbook.worksheets:
        _shift_names(sheet.defined_names, sheet.title, ws.title, idx, amount)


def _shift_validations(ws: Worksheet, idx: int, amount: int) -> None:
    kept = []
    for validation in ws.data_validations.dataValidation:
        sqref = _shift_sqref(str(validation.sqref), idx, amount)
        if not sqref:
            continue
        validation.sqref = MultiCellRange(sqref)
        for attr in ("formula1", "formula2"):
            text = getattr(validation, attr)
            if text:
                shifted = shift_formula(
                    text, home=ws.title, target=ws.title, idx=idx, amount=amount
                )
                setattr(validation, attr, shifted)
        kept.append(validation)
    ws.data_validations.dataValidation = kept


def _shift_conditional_formats(ws: Worksheet, idx: int, amount: int) -> None:
    old: Any = ws.conditional_formatting  # rules are reached through the private dict
    if not old:
        return
    new: Any = ConditionalFormattingList()
    new.max_priority = old.max_priority
    rules_by_range: OrderedDict[ConditionalFormatting, list[object]] = OrderedDict()
    for formatting, rules in old._cf_rules.items():
        sqref = _shift_sqref(str(formatting.sqref), idx, amount)
        if not sqref:
            continue
        for rule in rules:
            rule.formula = [
                shift_formula(text, home=ws.title, target=ws.title, idx=idx, amount=amount)
                for text in (rule.formula or [])
            ]
        key = ConditionalFormatting(sqref=sqref, pivot=formatting.pivot)
        rules_by_range.setdefault(key, []).extend(rules)
    new._cf_rules = rules_by_range
    ws.conditional_formatting = new


def _shift_tables(ws: Worksheet, idx: int, amount: int) -> None:
    for table in ws.tables.values():
        table.ref = shift_area(table.ref, idx, amount) or table.ref
        if table.autoFilter is not None and table.autoFilter.ref:
            table.autoFilter.ref = shift_area(table.autoFilter.ref, idx, amount) or table.ref
    if ws.auto_filter.ref:
        ws.auto_filter.ref = shift_area(ws.auto_filter.ref, idx, amount)


def _shift_breaks(ws: Worksheet, idx: int, amount: int) -> None:
    kept = []
    for brk in ws.row_breaks.brk:
        # A break sits under row `id`, so it follows that row.
        span = shift_span(brk.id, brk.id, idx, amount)
        if span is not None:
            brk.id = span[0]
            kept.append(brk)
    ws.row_breaks.brk = kept


def _copy_row_format(ws: Worksheet, source: int, rows: range) -> None:
    source_dim: Any = ws.row_dimensions.get(source)
    templates = [
        (cell.column, cell._style)
        for (row, _col), cell in cells_of(ws).items()
        if row == source and not isinstance(cell, MergedCell)
    ]
    row_merges = [
        merged
        for merged in ws.merged_cells.ranges
        if merged.min_row == source and merged.max_row == source
    ]
    cells = cells_of(ws)
    for row in rows:
        if source_dim is not None:
            dim: Any = RowDimension(
                ws,
                index=row,
                ht=source_dim.ht,
                customHeight=source_dim.customHeight,
                hidden=source_dim.hidden,
                outlineLevel=source_dim.outlineLevel,
            )
            dim._style = copy(source_dim._style)
            ws.row_dimensions[row] = dim
        for column, style in templates:
            # Built directly (the constructor copies the style): ws.cell() is twice as slow.
            cells[(row, column)] = Cell(ws, row=row, column=column, style_array=style)
        for merged in row_merges:
            ws.merge_cells(
                start_row=row, end_row=row, start_column=merged.min_col, end_column=merged.max_col
            )
