"""The heading over a template's row labels, as the report preview shows it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.export.headings import label_heading
from egov_desktop.export.templates import builtin_root, get_template, load_template


@pytest.mark.parametrize(
    ("form", "heading"),
    [
        ("II.06a", "Lĩnh vực, công việc giải quyết theo cấp"),
        ("II.06a-agg", "Tên đơn vị"),
        ("register", "Mã hồ sơ"),
        ("targets", "Chỉ tiêu"),
        ("766-digitisation", "Đơn vị"),
    ],
)
def test_the_builtin_templates_name_their_rows(form: str, heading: str) -> None:
    assert label_heading(get_template(form)) == heading


def _copy(tmp_path: Path, form: str) -> Path:
    folder = tmp_path / form
    shutil.copytree(builtin_root() / form, folder)
    return folder


def test_a_province_s_own_heading_is_read(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "register")
    book = load_workbook(folder / "builtin.xlsx")
    book["register"]["B11"] = "Số hiệu\n hồ sơ"
    book.save(folder / "builtin.xlsx")
    assert label_heading(load_template(folder / "builtin.toml")) == "Số hiệu hồ sơ"


def test_no_heading_near_the_rows_gives_nothing(tmp_path: Path) -> None:
    folder = _copy(tmp_path, "register")
    book = load_workbook(folder / "builtin.xlsx")
    book["register"]["B11"] = None
    book.save(folder / "builtin.xlsx")
    template = load_template(folder / "builtin.toml")
    assert label_heading(template) == ""  # the sheet's title further up is not a heading
    (folder / "builtin.xlsx").write_bytes(b"not a workbook")
    assert label_heading(template) == ""
