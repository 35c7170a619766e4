"""Mapping files: where a template wants each fixed text and table, kept as TOML data.

A new provincial template version is a new `.xlsx` plus one of these files; nothing in the code
names a cell. Read with `tomllib`, written with `tomli_w` so the mapping editor round-trips.
"""

from __future__ import annotations

import logging
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomli_w

from egov_desktop.domain import file_errors, messages
from egov_desktop.durable import write_whole
from egov_desktop.errors import TemplateError
from egov_desktop.export.model import FIXED_FIELDS

logger = logging.getLogger(__name__)

#: What a table's rows are; the services pick the rows, the writer only checks keys are unique.
ROW_KEYS = ("sector", "unit", "indicator", "dossier")
#: What happens to prepared rows the report does not need.
UNUSED_ROWS = ("delete", "hide")
CASES = ("as_is", "upper")
NUMBERINGS = ("roman", "none")

_CELL = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,6})$")
_COLUMN = re.compile(r"^[A-Z]{1,3}$")


@dataclass(frozen=True)
class CellSpec:
    """One fixed cell; `format` wraps the text, e.g. "Kỳ báo cáo: {value}"."""

    cell: str
    format: str = "{value}"
    case: str = "as_is"

    def render(self, value: str) -> str:
        text = value.upper() if self.case == "upper" else value
        return self.format.replace("{value}", text)


@dataclass(frozen=True)
class TotalSpec:
    """The row right under the prepared rows; values computed in Python unless `keep_formula`."""

    label: str = "Tổng số"
    keep_formula: bool = False


@dataclass(frozen=True)
class GroupSpec:
    """Section rows of an aggregated form: numbering in the TT column, optional subtotals."""

    numbering: str = "roman"
    subtotals: bool = True


@dataclass(frozen=True)
class TableSpec:
    """A table: first prepared row at `anchor` (its TT cell), one sheet column per form column."""

    anchor: str
    row_key: str
    label_column: str
    columns: dict[str, str]
    prepared_rows: int
    name: str = "main"
    number_column: str = ""
    unused_rows: str = "delete"
    total: TotalSpec | None = None
    groups: GroupSpec | None = None

    @property
    def first_row(self) -> int:
        return split_cell(self.anchor)[1]

    @property
    def total_row(self) -> int | None:
        """Row of the total in the pristine template (before any growth)."""
        return self.first_row + self.prepared_rows if self.total else None


@dataclass(frozen=True)
class Mapping:
    """A whole mapping file; `workbook` is relative to the mapping file's folder."""

    form: str
    workbook: str
    sheet: str
    cells: dict[str, CellSpec]
    tables: list[TableSpec]
    version: int = 1
    description: str = ""


def split_cell(address: str) -> tuple[str, int]:
    """("C", 14) from "C14"; the mapping loader has already checked the shape."""
    match = _CELL.match(address)
    if match is None:
        raise ValueError(f"not a cell address: {address!r}")
    return match[1], int(match[2])


class _Reader:
    """Checks one mapping document and turns each mistake into a Vietnamese TemplateError."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, detail: str) -> TemplateError:
        return TemplateError(messages.MAPPING_INVALID.format(path=self.path, detail=detail))

    def known(self, doc: dict[str, Any], section: str, keys: tuple[str, ...]) -> None:
        for key in doc:
            if key not in keys:
                raise self.fail(messages.MAPPING_UNKNOWN_KEY.format(key=key, section=section))

    def text(self, doc: dict[str, Any], key: str, default: str | None = None) -> str:
        value = doc.get(key, default)
        if not isinstance(value, str) or (default is None and not value):
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key=key, expected="chuỗi ký tự"))
        return value

    def choice(self, doc: dict[str, Any], key: str, options: tuple[str, ...]) -> str:
        value = self.text(doc, key, options[0])
        if value not in options:
            expected = " | ".join(options)
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key=key, expected=expected))
        return value

    def flag(self, doc: dict[str, Any], key: str, default: bool) -> bool:
        value = doc.get(key, default)
        if not isinstance(value, bool):
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key=key, expected="true | false"))
        return value

    def cell(self, value: object, key: str) -> str:
        if not isinstance(value, str) or not _CELL.match(value):
            raise self.fail(messages.MAPPING_BAD_CELL.format(key=key, value=value))
        return value

    def column(self, value: object, key: str) -> str:
        if not isinstance(value, str) or not _COLUMN.match(value):
            raise self.fail(messages.MAPPING_BAD_COLUMN.format(key=key, value=value))
        return value

    def cell_spec(self, key: str, value: object) -> CellSpec:
        if key not in FIXED_FIELDS:
            raise self.fail(messages.MAPPING_UNKNOWN_KEY.format(key=key, section="cells"))
        if isinstance(value, str):
            return CellSpec(self.cell(value, key))
        if not isinstance(value, dict):
            raise self.fail(messages.MAPPING_BAD_CELL.format(key=key, value=value))
        self.known(value, f"cells.{key}", ("cell", "format", "case"))
        spec = CellSpec(
            self.cell(value.get("cell"), key),
            self.text(value, "format", "{value}"),
            self.choice(value, "case", CASES),
        )
        if "{value}" not in spec.format:
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="format", expected="{value}"))
        return spec

    def table(self, doc: object, index: int) -> TableSpec:
        section = f"tables[{index}]"
        if not isinstance(doc, dict):
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key=section, expected="bảng"))
        keys = ("name", "anchor", "row_key", "number_column", "label_column", "columns")
        self.known(doc, section, (*keys, "prepared_rows", "unused_rows", "total", "groups"))
        anchor = self.cell(doc.get("anchor"), "anchor")
        columns = doc.get("columns")
        if not isinstance(columns, dict) or not columns:
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="columns", expected="bảng cột"))
        prepared = doc.get("prepared_rows")
        if not isinstance(prepared, int) or isinstance(prepared, bool) or prepared < 1:
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="prepared_rows", expected="≥ 1"))
        number = doc.get("number_column", split_cell(anchor)[0])
        return TableSpec(
            name=self.text(doc, "name", "main"),
            anchor=anchor,
            row_key=self.choice(doc, "row_key", ROW_KEYS),
            number_column=self.column(number, "number_column") if number else "",
            label_column=self.column(doc.get("label_column"), "label_column"),
            columns={str(k): self.column(v, f"columns.{k}") for k, v in columns.items()},
            prepared_rows=prepared,
            unused_rows=self.choice(doc, "unused_rows", UNUSED_ROWS),
            total=self.total(doc.get("total"), section),
            groups=self.groups(doc.get("groups"), section),
        )

    def total(self, doc: object, section: str) -> TotalSpec | None:
        if doc is None:
            return None
        if not isinstance(doc, dict):
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="total", expected="bảng"))
        self.known(doc, f"{section}.total", ("label", "keep_formula"))
        return TotalSpec(self.text(doc, "label", "Tổng số"), self.flag(doc, "keep_formula", False))

    def groups(self, doc: object, section: str) -> GroupSpec | None:
        if doc is None:
            return None
        if not isinstance(doc, dict):
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="groups", expected="bảng"))
        self.known(doc, f"{section}.groups", ("numbering", "subtotals"))
        return GroupSpec(
            self.choice(doc, "numbering", NUMBERINGS), self.flag(doc, "subtotals", True)
        )

    def mapping(self, doc: dict[str, Any]) -> Mapping:
        top = ("form", "version", "workbook", "sheet", "description", "cells", "tables")
        self.known(doc, "", top)
        cells = doc.get("cells", {})
        if not isinstance(cells, dict):
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="cells", expected="bảng"))
        raw_tables = doc.get("tables", [])
        if not isinstance(raw_tables, list):
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="tables", expected="[[tables]]"))
        tables = [self.table(t, i) for i, t in enumerate(raw_tables)]
        self.check_order(tables)
        fixed = {key: self.cell_spec(key, value) for key, value in cells.items()}
        for key, spec in fixed.items():
            row = split_cell(spec.cell)[1]
            for table in tables:
                if table.first_row <= row < table.first_row + table.prepared_rows:
                    raise self.fail(messages.MAPPING_CELL_IN_TABLE.format(key=key, name=table.name))
        version = doc.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool):
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="version", expected="số nguyên"))
        workbook = self.text(doc, "workbook")
        if Path(workbook).name != workbook or workbook in (".", ".."):
            # The workbook sits beside its mapping; a path could point anywhere on the disk.
            raise self.fail(messages.MAPPING_BAD_VALUE.format(key="workbook", expected="tên tệp"))
        return Mapping(
            form=self.text(doc, "form"),
            workbook=workbook,
            sheet=self.text(doc, "sheet"),
            cells=fixed,
            tables=tables,
            version=version,
            description=self.text(doc, "description", ""),
        )

    def check_order(self, tables: list[TableSpec]) -> None:
        """Tables grow downwards one after another, so they must not overlap."""
        end = 0
        for table in tables:
            if table.first_row <= end:
                raise self.fail(messages.MAPPING_TABLES_OVERLAP.format(name=table.name))
            end = table.total_row or table.first_row + table.prepared_rows - 1


def load_mapping(path: Path) -> Mapping:
    """Read and check a mapping file.

    Raises:
        TemplateError: the file is missing, not TOML, or names an unknown key or a bad cell.
    """
    try:
        with path.open("rb") as stream:
            doc = tomllib.load(stream)
    except FileNotFoundError as error:
        raise TemplateError(messages.TEMPLATE_FILE_MISSING.format(path=path)) from error
    except OSError as error:
        detail = file_errors.os_reason(error)
        raise TemplateError(messages.MAPPING_UNREADABLE.format(path=path, detail=detail)) from error
    except UnicodeDecodeError as error:  # a workbook or another binary file given for it
        raise TemplateError(
            messages.MAPPING_UNREADABLE.format(path=path, detail=messages.MAPPING_NOT_TEXT)
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise TemplateError(
            messages.MAPPING_UNREADABLE.format(path=path, detail=_toml_fault(error))
        ) from error
    return _Reader(path).mapping(doc)


#: Where tomllib says the text went wrong: "(at line 3, column 7)" or "(at end of document)".
_TOML_AT = re.compile(r"\(at line (\d+), column (\d+)\)")


def _toml_fault(error: tomllib.TOMLDecodeError) -> str:
    """Where the file breaks TOML's rules; tomllib's own words (English) go to the log."""
    logger.info("Mapping is not TOML: %s", error)
    found = _TOML_AT.search(str(error))
    if found is None:
        return messages.MAPPING_NOT_TOML_END
    return messages.MAPPING_NOT_TOML.format(line=found.group(1), column=found.group(2))


def mapping_to_dict(mapping: Mapping) -> dict[str, Any]:
    """The TOML document of `mapping`, with defaults left out so files stay short."""
    cells: dict[str, Any] = {}
    for key, spec in mapping.cells.items():
        if spec.format == "{value}" and spec.case == "as_is":
            cells[key] = spec.cell
        else:
            entry: dict[str, str] = {"cell": spec.cell}
            if spec.format != "{value}":
                entry["format"] = spec.format
            if spec.case != "as_is":
                entry["case"] = spec.case
            cells[key] = entry
    doc: dict[str, Any] = {
        "form": mapping.form,
        "version": mapping.version,
        "workbook": mapping.workbook,
        "sheet": mapping.sheet,
    }
    if mapping.description:
        doc["description"] = mapping.description
    doc["cells"] = cells
    doc["tables"] = [_table_to_dict(table) for table in mapping.tables]
    return doc


def _table_to_dict(table: TableSpec) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": table.name,
        "anchor": table.anchor,
        "row_key": table.row_key,
        "number_column": table.number_column,
        "label_column": table.label_column,
        "prepared_rows": table.prepared_rows,
        "unused_rows": table.unused_rows,
        "columns": dict(table.columns),
    }
    if table.total:
        out["total"] = {"label": table.total.label, "keep_formula": table.total.keep_formula}
    if table.groups:
        out["groups"] = {"numbering": table.groups.numbering, "subtotals": table.groups.subtotals}
    return out


def save_mapping(mapping: Mapping, path: Path) -> None:
    """Write `mapping` as TOML (temp file, then rename, so a crash never leaves half a file)."""
    write_whole(path, tomli_w.dumps(mapping_to_dict(mapping)).encode("utf-8"))
