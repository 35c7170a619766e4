"""What goes where: report data laid out on a mapping, before any workbook is opened.

Both writers (openpyxl and XML patch) and the checker work from the same plan, so the figures
the checker expects are by construction the figures the writer meant to write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from egov_desktop.domain import messages
from egov_desktop.errors import ExportError
from egov_desktop.export.mapping import GroupSpec, Mapping, TableSpec, split_cell
from egov_desktop.export.model import CellStyle, CellValue, ReportData, TableRow, roman

# Characters XML 1.0 cannot carry; a pasted name with one would otherwise abort the save.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass(frozen=True)
class PlannedRow:
    """One sheet row of a table: column letter -> value; section rows are printed bold."""

    cells: dict[str, CellValue]
    bold: bool = False
    #: Column letter -> how that value prints beyond the template cell's style.
    styles: dict[str, CellStyle] = field(default_factory=dict)


@dataclass(frozen=True)
class TablePlan:
    """The rows of one table in sheet order (sections, then their members), and the total."""

    spec: TableSpec
    rows: list[PlannedRow]
    #: Column letter -> value of the total row; None when the mapping has no total row.
    total: dict[str, CellValue] | None


@dataclass(frozen=True)
class Plan:
    """Everything a writer puts into the sheet, in template coordinates."""

    #: Template cell address (before any growth) -> text.
    fixed: dict[str, str]
    tables: list[TablePlan]
    #: Fixed cells printed bold whatever the template's style (a name moved into a plain line).
    bold: frozenset[str] = frozenset()


def clean(value: CellValue) -> CellValue:
    """The value as it will be stored: legal XML text, plain dates, no bools."""
    if type(value) is int or value is None:  # nearly every report figure
        return value
    if isinstance(value, str):
        return _ILLEGAL.sub("", value)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, bool):
        return int(value)
    return value


def _is_number(value: CellValue) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def column_sums(rows: list[TableRow], keys: list[str]) -> dict[str, int | float | None]:
    """Column-by-column sums of the numeric values; None for a column with no number at all."""
    sums: dict[str, int | float | None] = {}
    for key in keys:
        numbers = [row.values[key] for row in rows if _is_number(row.values.get(key))]
        sums[key] = sum(numbers) if numbers else None  # type: ignore[arg-type]
    return sums


def build_plan(mapping: Mapping, data: ReportData) -> Plan:
    """Lay `data` out on `mapping`.

    Raises:
        ExportError: the data belongs to another form, lacks a fixed text the template prints,
            repeats a row, or carries a column or group the template does not have.
    """
    if data.form_code != mapping.form:
        raise ExportError(
            messages.EXPORT_WRONG_FORM.format(data_form=data.form_code, form=mapping.form)
        )
    fixed = {}
    for key, spec in mapping.cells.items():
        if key not in data.fixed:
            raise ExportError(messages.EXPORT_MISSING_FIELD.format(field=key, form=mapping.form))
        text = clean(spec.render(data.fixed[key]))
        assert isinstance(text, str)
        fixed[spec.cell] = text
    bold = _lift_agency(mapping, fixed)
    return Plan(fixed, [_plan_table(table, mapping.form, data) for table in mapping.tables], bold)


def _lift_agency(mapping: Mapping, fixed: dict[str, str]) -> frozenset[str]:
    """With no superior agency, the unit's own name moves up to the superior's line.

    NĐ 30/2020 sets the issuing agency's name level with the Quốc hiệu when no superior is
    named; left on its own line it prints beside the Tiêu ngữ under an empty one. Only where
    the template prints the unit's name right under its superior's, and the name stays bold.
    """
    parent, own = mapping.cells.get("parent_agency"), mapping.cells.get("agency_name")
    if parent is None or own is None or fixed[parent.cell].strip():
        return frozenset()
    parent_letter, parent_row = split_cell(parent.cell)
    own_letter, own_row = split_cell(own.cell)
    if (own_letter, own_row) != (parent_letter, parent_row + 1):
        return frozenset()
    fixed[parent.cell], fixed[own.cell] = fixed[own.cell], ""
    return frozenset({parent.cell})


def _check_rows(spec: TableSpec, form: str, data: ReportData) -> None:
    seen: set[str] = set()
    for row in data.rows:
        if row.key in seen:
            raise ExportError(messages.EXPORT_DUPLICATE_ROW.format(row=row.label, form=form))
        seen.add(row.key)
        for column in row.values:
            if column not in spec.columns:
                raise ExportError(
                    messages.EXPORT_UNKNOWN_COLUMN.format(row=row.label, column=column, form=form)
                )
    for column in data.total or {}:
        if column not in spec.columns:
            raise ExportError(
                messages.EXPORT_UNKNOWN_COLUMN.format(row="Tổng số", column=column, form=form)
            )


def _data_row(spec: TableSpec, row: TableRow, number: int) -> PlannedRow:
    cells: dict[str, CellValue] = {}
    if spec.number_column:
        cells[spec.number_column] = number
    cells[spec.label_column] = clean(row.label)
    for key, letter in spec.columns.items():
        cells[letter] = clean(row.values.get(key))
    styles = {spec.columns[key]: style for key, style in row.styles.items() if key in spec.columns}
    return PlannedRow(cells, styles=styles)


def _plan_table(spec: TableSpec, form: str, data: ReportData) -> TablePlan:
    _check_rows(spec, form, data)
    rows: list[PlannedRow] = []
    if data.groups:
        rows = _grouped_rows(spec, form, data, spec.groups or GroupSpec())
    else:
        rows = [_data_row(spec, row, i) for i, row in enumerate(data.rows, start=1)]
    total: dict[str, CellValue] | None = None
    if spec.total is not None:
        total = {spec.label_column: spec.total.label}
        if not spec.total.keep_formula:
            sums = column_sums(data.rows, list(spec.columns))
            given = data.total
            for key, letter in spec.columns.items():
                total[letter] = given.get(key) if given is not None else sums[key]
    return TablePlan(spec, rows, total)


def _grouped_rows(
    spec: TableSpec, form: str, data: ReportData, style: GroupSpec
) -> list[PlannedRow]:
    assert data.groups is not None
    known = {group.key for group in data.groups}
    for row in data.rows:
        if row.group not in known:
            raise ExportError(
                messages.EXPORT_UNKNOWN_GROUP.format(row=row.label, group=row.group, form=form)
            )
    out: list[PlannedRow] = []
    for index, group in enumerate(data.groups, start=1):
        members = [row for row in data.rows if row.group == group.key]
        cells: dict[str, CellValue] = {}
        if spec.number_column:
            cells[spec.number_column] = roman(index) if style.numbering == "roman" else None
        cells[spec.label_column] = clean(group.label)
        sums = column_sums(members, list(spec.columns)) if style.subtotals else {}
        for key, letter in spec.columns.items():
            cells[letter] = sums.get(key)
        out.append(PlannedRow(cells, bold=True))
        out.extend(_data_row(spec, row, i) for i, row in enumerate(members, start=1))
    return out
