"""Headers as clerks keep them: a group label over sub-headings, short forms, a row number."""

import pytest

from egov_desktop.domain.register_columns import (
    NOT_USED,
    find_header,
    group_labels,
    header_key,
    qualified_titles,
)

DATA = ["H01.001", "1.001193", "Đăng ký khai sinh", "01/07/2025", "04/07/2025", "03/07/2025"]


def test_a_group_label_over_its_sub_headings_names_each_column() -> None:
    rows: list[list[object]] = [
        ["Số biên nhận", "Thủ tục hành chính", None, "Ngày", None, None],
        [None, "Mã", "Tên", "Nhận", "Hẹn trả", "Có kết quả"],
        DATA,
    ]
    match = find_header(rows)
    assert match is not None and (match.row, match.depth) == (0, 2)
    assert match.columns == {
        "code": 0,
        "procedure_code": 1,
        "procedure_name": 2,
        "received": 3,
        "due": 4,
        "resolved": 5,
    }
    assert match.unplaced == []


def test_a_sub_heading_that_names_its_field_alone_keeps_it_under_any_group() -> None:
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Thời gian", None, None, None],
        [None, "Ngày nhận", "Ngày hẹn", "Ngày xong", "Ngày trả KQ"],
        ["H01.001", "01/07/2025", "04/07/2025", "03/07/2025", "05/07/2025"],
    ]
    match = find_header(rows)
    assert match is not None
    assert match.columns == {"code": 0, "received": 1, "due": 2, "resolved": 3, "returned": 4}


@pytest.mark.parametrize(
    ("wording", "field"),
    [
        ("Ngày hẹn", "due"),
        ("Ngày xong", "resolved"),
        ("Ngày có KQ", "resolved"),
        ("Ngày trả KQ", "returned"),
        ("Trả KQ", "returned"),
    ],
)
def test_short_forms_of_registers(wording: str, field: str) -> None:
    match = find_header([["Mã hồ sơ", "Ngày nhận", wording], ["H1", "01/07/2025", "x"]])
    assert match is not None and match.columns.get(field) == 2


@pytest.mark.parametrize(
    "rows",
    [
        # A lone "Mã" or "Ngày" could be any code or date.
        [["Mã hồ sơ", "Ngày nhận", "Mã", "Ngày"], ["H1", "01/07/2025", "1.001", "03/07/2025"]],
        # Joined to its group, "Ký nhận" would read as "Nhận và trả kết quả".
        [
            ["Mã hồ sơ", "Nhận và trả kết quả", None],
            [None, "Nhận hồ sơ", "Ký nhận", "Ghi chép"],
        ],
    ],
)
def test_an_ambiguous_header_stays_unmatched(rows: list[list[object]]) -> None:
    match = find_header(rows)
    assert match is not None
    assert match.columns == {"code": 0, "received": 1}
    assert [index for index, _text in match.unplaced] == [2, 3]


@pytest.mark.parametrize(
    "wording", ["Phương thức nhận kết quả", "Hình thức nhận kết quả", "Nhận kết quả qua"]
)
def test_how_the_result_is_taken_is_its_own_column(wording: str) -> None:
    """Mẫu số 07 column 10, under "Nhận và trả kết quả": not the returned day, not the channel."""
    rows = [
        ["Mã hồ sơ", "Hình thức nộp", "Nhận và trả kết quả", None, None],
        [None, None, "Nhận hồ sơ", "Trả kết quả", wording],
        ["H1", "Trực tiếp", "01/07/2025", "04/07/2025", "Bưu chính công ích"],
    ]
    match = find_header(rows)
    assert match is not None
    assert match.columns == {
        "code": 0,
        "channel": 1,
        "received": 2,
        "returned": 3,
        "result_delivery": 4,
    }


@pytest.mark.parametrize("number", ["STT", "TT", "Số thứ tự"])
@pytest.mark.parametrize("left_out", [False, True])
def test_a_row_number_column_is_not_a_column_left_unread(number: str, left_out: bool) -> None:
    # A clerk mapping by hand leaves the row number out, as the dialog offers every column.
    mapping = {number: NOT_USED} if left_out else None
    rows: list[list[object]] = [[number, "Mã hồ sơ", "Ngày nhận", "Ký nhận"], [1, "H1", "x", ""]]
    match = find_header(rows, mapping)
    assert match is not None and match.columns == {"code": 1, "received": 2}
    assert match.unplaced == [(3, "ky nhan")]


#: "Mã" under "Hồ sơ" and "Mã" under "Thủ tục hành chính".
TWO_CODES: list[list[object]] = [
    ["Hồ sơ", None, "Thủ tục hành chính", None, "Ngày nhận"],
    ["Mã", "Người nộp", "Mã", "Tên", None],
    ["HS-1", "An", "1.001", "Khai sinh", "01/07/2025"],
]


def test_a_title_found_twice_is_named_by_its_group() -> None:
    upper, lower = ([header_key(v) for v in TWO_CODES[i]] for i in (0, 1))
    assert group_labels(upper, lower) == {
        0: "ho so",
        1: "ho so",
        2: "thu tuc hanh chinh",
        3: "thu tuc hanh chinh",
    }
    titles = ["Mã", "Người nộp", "Mã", "Tên", "Ngày nhận"]
    groups = {0: "Hồ sơ", 1: "Hồ sơ", 2: "Thủ tục hành chính", 3: "Thủ tục hành chính"}
    assert qualified_titles(titles, groups) == [
        "Mã (Hồ sơ)",
        "Người nộp",
        "Mã (Thủ tục hành chính)",
        "Tên",
        "Ngày nhận",
    ]


def test_a_mapping_names_a_column_by_its_title_and_group() -> None:
    match = find_header(TWO_CODES)
    assert match is not None and (match.columns["code"], match.columns["procedure_code"]) == (0, 2)
    swapped = {
        "Mã (Hồ sơ)": "procedure_code",
        "Mã (Thủ tục hành chính)": "code",
        "Ngày nhận": "received",
    }
    match = find_header(TWO_CODES, swapped)
    assert match is not None
    assert (match.columns["code"], match.columns["procedure_code"]) == (2, 0)
    assert match.mapped == 3
