from __future__ import annotations

from pathlib import Path

import pytest

from egov_desktop.errors import TemplateError
from egov_desktop.export.mapping import CellSpec, load_mapping, save_mapping
from egov_desktop.export.templates import builtin_root
from tests.long_names import LONG, refuses_long_name

GOOD = """
form = "II.06a"
workbook = "t.xlsx"
sheet = "II.06a"

[cells]
window = "A9"
period_label = { cell = "A8", format = "Kỳ báo cáo: {value}" }
agency_name = { cell = "A2", case = "upper" }

[[tables]]
anchor = "A15"
row_key = "sector"
label_column = "B"
prepared_rows = 30
columns = { "3" = "C", "4" = "D" }
total = { label = "Tổng số" }
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "m.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_reads_cells_tables_and_defaults(tmp_path: Path) -> None:
    mapping = load_mapping(_write(tmp_path, GOOD))
    assert mapping.cells["window"] == CellSpec("A9")
    assert (
        mapping.cells["period_label"].render("Quý III năm 2025") == "Kỳ báo cáo: Quý III năm 2025"
    )
    assert mapping.cells["agency_name"].render("UBND Phường Ba Đình") == "UBND PHƯỜNG BA ĐÌNH"
    table = mapping.tables[0]
    assert table.number_column == "A"  # the anchor's column unless told otherwise
    assert table.first_row == 15
    assert table.total_row == 45
    assert table.unused_rows == "delete"
    assert table.total is not None and table.total.keep_formula is False


def test_save_then_load_gives_the_same_mapping(tmp_path: Path) -> None:
    mapping = load_mapping(_write(tmp_path, GOOD))
    again_path = tmp_path / "again.toml"
    save_mapping(mapping, again_path)
    assert load_mapping(again_path) == mapping


@pytest.mark.parametrize(
    "path", sorted(builtin_root().glob("*/*.toml")), ids=lambda p: p.parent.name
)
def test_builtin_mappings_round_trip(path: Path, tmp_path: Path) -> None:
    mapping = load_mapping(path)
    save_mapping(mapping, tmp_path / "copy.toml")
    assert (tmp_path / "copy.toml").read_text("utf-8") == path.read_text("utf-8")


@pytest.mark.parametrize(
    ("change", "needle"),
    [
        (('window = "A9"', 'windw = "A9"'), "windw"),
        (('window = "A9"', 'window = "9A"'), "9A"),
        (('label_column = "B"', 'label_column = "b2"'), "b2"),
        (("prepared_rows = 30", "prepared_rows = 0"), "prepared_rows"),
        (('row_key = "sector"', 'row_key = "cat"'), "row_key"),
        (('window = "A9"', 'window = "A20"'), "window"),
        (('format = "Kỳ báo cáo: {value}"', 'format = "Kỳ báo cáo"'), "{value}"),
        (('sheet = "II.06a"', "sheet = 3"), "sheet"),
        (('workbook = "t.xlsx"', 'workbook = "../t.xlsx"'), "workbook"),
    ],
)
def test_mistakes_are_reported_in_vietnamese(
    tmp_path: Path, change: tuple[str, str], needle: str
) -> None:
    with pytest.raises(TemplateError) as caught:
        load_mapping(_write(tmp_path, GOOD.replace(*change)))
    assert "không hợp lệ" in str(caught.value)
    assert needle in str(caught.value)


def test_not_toml(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="Không đọc được"):
        load_mapping(_write(tmp_path, "form = ["))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="không tồn tại"):
        load_mapping(tmp_path / "none.toml")


def test_overlapping_tables(tmp_path: Path) -> None:
    second = (
        '\n[[tables]]\nanchor = "A40"\nrow_key = "unit"\nlabel_column = "B"\n'
        'prepared_rows = 3\ncolumns = { "3" = "C" }\n'
    )
    with pytest.raises(TemplateError, match="chồng lên"):
        load_mapping(_write(tmp_path, GOOD + second))


def test_a_workbook_given_as_the_mapping_is_not_text(tmp_path: Path) -> None:
    path = tmp_path / "tinh.xlsx"
    path.write_bytes((builtin_root() / "II.06a" / "builtin.xlsx").read_bytes())
    with pytest.raises(TemplateError) as caught:
        load_mapping(path)
    assert caught.value.message == (
        f"Không đọc được tệp cấu hình mẫu {path}: tệp không phải văn bản UTF-8 (có thể không "
        "phải tệp .toml)."
    )


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('form = "II.06a"\nsheet = x\n', "sai cú pháp TOML ở dòng 2, cột 9"),
        ("form = [", "sai cú pháp TOML (tệp kết thúc giữa chừng hoặc có mục trùng nhau)"),
    ],
)
def test_broken_toml_is_located_in_vietnamese(tmp_path: Path, text: str, where: str) -> None:
    path = _write(tmp_path, text)
    with pytest.raises(TemplateError) as caught:
        load_mapping(path)
    assert caught.value.message == f"Không đọc được tệp cấu hình mẫu {path}: {where}."


def test_a_mapping_path_too_long_says_so(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        load_mapping(tmp_path / (LONG + ".toml"))
    assert refuses_long_name(caught.value.message)


def test_a_folder_given_for_the_mapping_says_so(tmp_path: Path) -> None:
    with pytest.raises(TemplateError) as caught:
        load_mapping(tmp_path / ".")
    assert caught.value.message.endswith(": đây là một thư mục, không phải tệp.")
