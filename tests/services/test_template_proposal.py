"""The proposal finds, in our own built-in workbooks, what their hand-written mappings say."""

from __future__ import annotations

from pathlib import Path

import pytest

from egov_desktop.errors import TemplateError
from egov_desktop.export.templates import get_template
from egov_desktop.services.templates import TemplateService


@pytest.mark.parametrize("form", ["II.06a", "II.06a-agg", "II.07b"])
def test_the_proposal_matches_the_builtin_mapping(form: str, tmp_path: Path) -> None:
    builtin = get_template(form)
    proposed = TemplateService(tmp_path).propose(form, builtin.workbook)
    table, expected = proposed.tables[0], builtin.mapping.tables[0]
    assert (table.anchor, table.label_column, table.columns, table.prepared_rows) == (
        expected.anchor,
        expected.label_column,
        expected.columns,
        expected.prepared_rows,
    )
    assert table.row_key == expected.row_key
    for key, spec in proposed.cells.items():
        assert (spec.cell, spec.format) == (
            builtin.mapping.cells[key].cell,
            builtin.mapping.cells[key].format,
        )


def test_a_workbook_without_a_table_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    path = tmp_path / "empty.xlsx"
    book.save(path)
    with pytest.raises(TemplateError, match="Không tìm thấy bảng"):
        TemplateService(tmp_path).propose("II.06a", path)
