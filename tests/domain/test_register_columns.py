from datetime import date, datetime

import pytest

from egov_desktop.domain.register_columns import (
    NOT_USED,
    TwoDigitYearTooLateError,
    assign,
    data_rows,
    find_header,
    header_key,
    is_footer_row,
    is_numbering_row,
    not_in_calendar,
    parse_date,
    parse_flag,
    parse_register_date,
)
from tests.registers import FOOTER, HEADER_1, HEADER_2, NUMBERING, ROWS, TITLE


def test_header_key_ignores_case_diacritics_and_punctuation() -> None:
    assert header_key("  Địa chỉ/SĐT ") == "dia chi sdt"
    assert header_key("MÃ HỒ SƠ") == "ma ho so"


def test_two_row_header_under_a_title_block() -> None:
    rows = [*TITLE, HEADER_1, HEADER_2, NUMBERING, *ROWS, *FOOTER]
    match = find_header(rows)
    assert match is not None
    assert (match.row, match.depth) == (len(TITLE), 2)
    assert match.columns == {
        "code": 1,
        "procedure_name": 2,
        "sector": 3,
        "applicant": 4,
        "contact": 5,
        "channel": 6,
        "received": 7,
        "due": 8,
        "resolved": 9,
        "returned": 10,
        "status": 11,
        "note": 12,
    }
    found = data_rows(rows, match)
    assert [values["code"] for _, values in found] == ["H01.001", "H01.002", "H01.003", "H01.004"]
    assert found[0][0] == len(TITLE) + 4  # 1-based sheet row of the first dossier


@pytest.mark.parametrize(
    ("wording", "field"),
    [
        ("Số hồ sơ", "code"),
        ("Mã HS", "code"),
        ("Ngày tiếp nhận", "received"),
        ("Hạn giải quyết", "due"),
        ("Ngày kết thúc xử lý", "resolved"),
        ("Kênh tiếp nhận", "channel"),
        ("Tên cá nhân, tổ chức", "applicant"),
        ("TÌNH TRẠNG", "status"),
        ("Nhận hồ sơ (ngày, tháng, năm)", "received"),
    ],
)
def test_synonyms(wording: str, field: str) -> None:
    base = {"code": "Mã hồ sơ", "received": "Ngày nhận"}
    base[field] = wording
    row = [base["code"], base["received"]]
    if field not in ("code", "received"):
        row.append(wording)
    match = find_header([row])
    assert match is not None
    assert match.columns[field] == row.index(wording)


def test_hen_tra_is_not_taken_for_tra_ket_qua() -> None:
    match = find_header([["Mã hồ sơ", "Ngày nhận", "Hẹn trả kết quả", "Trả kết quả"]])
    assert match is not None
    assert match.columns["due"] == 2 and match.columns["returned"] == 3


def test_unknown_headers_are_reported_and_a_remembered_mapping_places_them() -> None:
    row = ["Mã hồ sơ", "Ngày nhận", "Ngày bàn giao"]
    match = find_header([row])
    assert match is not None and match.unplaced == [(2, "ngay ban giao")]
    remembered = find_header([row], mapping={"Ngày bàn giao": "resolved"})
    assert remembered is not None and remembered.columns["resolved"] == 2


def test_a_mapping_overrides_a_recognised_title_or_leaves_the_column_out() -> None:
    row = ["Mã hồ sơ", "Ngày nhận", "Ngày nộp lệ phí", "Ghi chú"]
    guessed = find_header([row])
    assert guessed is not None and guessed.columns["received"] == 1 and "note" in guessed.columns
    # The clerk says the receipt date is the third column and the notes are not to be read.
    chosen = find_header([row], mapping={"Ngày nộp lệ phí": "received", "Ghi chú": NOT_USED})
    assert chosen is not None
    assert chosen.columns == {"code": 0, "received": 2}
    assert chosen.chosen == {"received"} and chosen.mapped == 2
    # The title that lost its field and the left-out column are offered for mapping.
    assert chosen.unplaced == [(1, "ngay nhan"), (3, "ghi chu")]
    # Leaving out a required column leaves no header.
    assert find_header([row], mapping={"Mã hồ sơ": NOT_USED}) is None


def test_no_header_without_code_and_received() -> None:
    assert find_header([["Tên TTHC", "Lĩnh vực"], ["a", "b"]]) is None


def test_numbering_and_footer_rows() -> None:
    assert is_numbering_row(NUMBERING)
    assert is_numbering_row(["1", "2", "3", "4"])
    assert not is_numbering_row([1, "H01.001", "Đăng ký khai sinh"])
    assert is_footer_row(["Tổng số hồ sơ: 4"])
    assert is_footer_row([None, "Hà Nội, ngày 05 tháng 8 năm 2025"])
    assert is_footer_row([None, "NGƯỜI LẬP SỔ"])
    assert not is_footer_row([1, "H01.001"])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (date(2025, 7, 1), date(2025, 7, 1)),
        (datetime(2025, 7, 1, 16, 30), date(2025, 7, 1)),
        (45850, date(2025, 7, 12)),
        (45850.75, date(2025, 7, 12)),
        ("01/07/2025", date(2025, 7, 1)),
        ("1/7/2025", date(2025, 7, 1)),
        ("01/07/2025 16:30", date(2025, 7, 1)),
        ("01/07/2025 16:30:05", date(2025, 7, 1)),
        ("01-07-2025", date(2025, 7, 1)),
        ("2025-07-01", date(2025, 7, 1)),
        ("2025-07-01T08:00:00", date(2025, 7, 1)),
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("bad", ["31/02/2025", "hôm qua", 12, "2025/13/01"])
def test_parse_date_refuses(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_date(bad)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("15/07/25", date(2025, 7, 15)),
        ("15-07-25", date(2025, 7, 15)),
        ("15.07.25", date(2025, 7, 15)),
        ("5/7/25 08:30", date(2025, 7, 5)),
        ("01/01/00", date(2000, 1, 1)),
        # Next year still: a due date may lie ahead.
        ("15/01/26", date(2026, 1, 15)),
        ("15/07/2025", date(2025, 7, 15)),
        (date(2025, 7, 15), date(2025, 7, 15)),
        ("", None),
    ],
)
def test_a_register_date_with_a_two_digit_year(value: object, expected: date | None) -> None:
    assert parse_register_date(value, date(2025, 10, 1)) == expected


@pytest.mark.parametrize("bad", ["15/07/27", "15/07/98", "31/02/25", "15/07/5", "2025/07/15"])
def test_a_two_digit_year_is_never_read_as_19yy_nor_after_next_year(bad: str) -> None:
    with pytest.raises(ValueError):
        parse_register_date(bad, date(2025, 10, 1))
    # Only the import reads two digits: a date typed in a form keeps its four.
    with pytest.raises(ValueError):
        parse_date("15/07/25")


def test_a_two_digit_year_after_next_year_says_which_year_it_would_be() -> None:
    with pytest.raises(TwoDigitYearTooLateError) as late:
        parse_register_date(" 15/07/89 ", date(2025, 10, 1))
    assert (str(late.value), late.value.digits, late.value.year) == ("15/07/89", "89", 2089)
    # Next year's is read; a day not in the calendar is no date, whatever its year.
    assert parse_register_date("15/07/26", date(2025, 10, 1)) == date(2026, 7, 15)
    with pytest.raises(ValueError) as wrong:
        parse_register_date("31/02/25", date(2025, 10, 1))
    assert not isinstance(wrong.value, TwoDigitYearTooLateError)


def test_not_in_calendar_only_for_a_date_written_right() -> None:
    said = 'Ngày "{}" không có trong lịch; hãy kiểm tra lại ngày và tháng.'
    assert not_in_calendar(" 31/02/2025 ") == said.format("31/02/2025")
    assert not_in_calendar("2025-02-29") == said.format("2025-02-29")
    for text in ("28/02/2025", "", "hôm qua", "2025/13/01", "31/02"):
        assert not_in_calendar(text) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x", True),
        ("X", True),
        ("Có", True),
        (1, True),
        (True, True),
        ("Đã thanh toán", True),
        ("✓", True),
        ("01/07/2025", True),
        (datetime(2025, 7, 1, 9), True),
        (None, False),
        ("", False),
        (0, False),
        ("Không", False),
        ("Chưa số hóa", False),
        ("-", False),
    ],
)
def test_parse_flag(value: object, expected: bool) -> None:
    assert parse_flag(value) is expected


@pytest.mark.parametrize("bad", ["bản giấy", 2, "Trực tuyến", "31/02/2025"])
def test_parse_flag_refuses(bad: object) -> None:
    with pytest.raises(ValueError):
        parse_flag(bad)


def test_yes_no_headers() -> None:
    """The national portal's reuse column is not taken for reuse in general, nor the reverse."""
    row = [
        "Mã hồ sơ",
        "Ngày nhận",
        "Tái sử dụng dữ liệu từ Cổng DVC quốc gia",
        "Tái sử dụng thành phần hồ sơ",
        "Thanh toán trực tuyến",
        "Có nghĩa vụ tài chính",
        "Số hóa kết quả",
        "Số hóa thành phần hồ sơ",
        "Ngày đồng bộ",
    ]
    match = find_header([row])
    assert match is not None
    assert {name: row[i] for name, i in match.columns.items() if i >= 2} == {
        "components_reused_national": row[2],
        "components_reused": row[3],
        "paid_online": row[4],
        "financial_obligation": row[5],
        "result_digitised": row[6],
        "components_digitised": row[7],
        "synced": row[8],
    }


def test_a_result_wording_inside_a_date_title_leaves_it_the_date_s() -> None:
    """ "Kết quả giải quyết" names the status column at the start of a title only: a title
    holding it further on is the returned or resolved date's, as before it was a status title."""
    titles = [
        "Thời gian trả kết quả giải quyết hồ sơ",
        "Ngày có kết quả xử lý",
        "Kết quả giải quyết hồ sơ",
    ]
    columns, _unplaced, _chosen, _mapped = assign([header_key(t) for t in titles])
    assert (columns["returned"], columns["resolved"], columns["status"]) == (0, 1, 2)
