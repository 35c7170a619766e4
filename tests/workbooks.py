"""Workbooks a province might hand on, made from the built-in layouts."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from egov_desktop.export.templates import get_template


def official_without(form: str, target: Path, *prefixes: str) -> Path:
    """The official layout of `form` saved as `target`, its printed texts starting with one of
    `prefixes` blanked (a province's copy that dropped, e.g., the officer's title)."""
    book = load_workbook(get_template(form).workbook)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value.startswith(prefixes):
                    cell.value = None
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target
