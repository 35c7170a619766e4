"""The mapping editor's names of the columns of a sheet that is no entry form."""

from __future__ import annotations

from egov_desktop.services.templates import layout_titles


def test_a_column_under_a_group_header_is_named_with_its_group() -> None:
    titles = layout_titles("766-dvc")
    assert titles[10] == (
        "Kết quả xử lý hồ sơ nộp trực tuyến với hồ sơ đang xử lý › HS xử lý đúng hạn"
    )
    assert titles[14] == "Số lượng hồ sơ Đã đồng bộ về cổng DVC QG"  # one line, no group


def test_a_line_above_the_table_is_no_part_of_a_header() -> None:
    """The register prints "Lĩnh vực: …" right above its table: no column is named by it."""
    titles = layout_titles("register")
    assert titles[7] == "Nhận và trả kết quả › Nhận hồ sơ"
    assert titles[2] == "Mã hồ sơ"
    assert not any("Lĩnh vực" in title for title in titles.values())


def test_an_entry_form_keeps_its_own_column_titles() -> None:
    assert layout_titles("II.06a")[4] == "Số hồ sơ nhận giải quyết › Trong đó › Trực tuyến"
