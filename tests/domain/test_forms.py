import tomllib
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from egov_desktop.domain.forms import (
    CHECK_AT_MOST,
    CHECK_CARRY_OVER,
    HeaderCell,
    deadline_days,
    parse_form,
)

FORMS = Path(__file__).resolve().parents[2] / "resources" / "forms"


def load(name: str) -> dict[str, Any]:
    return tomllib.loads((FORMS / name).read_text("utf-8"))


def test_ii06a_columns() -> None:
    form = parse_form(load("ii06a.toml"))
    assert form.code == "II.06a"
    assert form.title.startswith("TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC")
    assert (form.row_kind, form.period_kind, form.deadline_days) == ("sectors", "Q", 5)
    assert [c.number for c in form.columns] == list(range(1, 14))
    assert [c.kind for c in form.columns[:3]] == ["seq", "label", "int"]
    assert form.data_columns == tuple(range(3, 14))
    assert form.header_rows == 3
    by_number = {c.number: c for c in form.columns}
    assert by_number[4].path == ("Số hồ sơ nhận giải quyết", "Trong đó", "Trực tuyến")
    assert by_number[6].path == ("Số hồ sơ nhận giải quyết", "Từ kỳ trước")
    assert by_number[12].path == ("Số lượng hồ sơ đang giải quyết", "Trong hạn")
    assert by_number[7].title == "Đã giải quyết"


def test_ii06a_header_merges_as_in_the_circular() -> None:
    """domain.md §4.1: 1 and 2 span three rows, 3 spans rows 2–3, "Trong đó" spans 4–5, ..."""
    form = parse_form(load("ii06a.toml"))
    assert form.header == (
        HeaderCell(0, 0, 3, 1, "TT"),
        HeaderCell(0, 1, 3, 1, "Lĩnh vực, công việc giải quyết theo cấp"),
        HeaderCell(0, 2, 1, 4, "Số hồ sơ nhận giải quyết"),
        HeaderCell(0, 6, 1, 4, "Số hồ sơ đã giải quyết"),
        HeaderCell(0, 10, 1, 3, "Số lượng hồ sơ đang giải quyết"),
        HeaderCell(1, 2, 2, 1, "Tổng số"),
        HeaderCell(1, 3, 1, 2, "Trong đó"),
        HeaderCell(1, 5, 2, 1, "Từ kỳ trước"),
        HeaderCell(1, 6, 2, 1, "Tổng số"),
        HeaderCell(1, 7, 2, 1, "Trước hạn"),
        HeaderCell(1, 8, 2, 1, "Đúng hạn"),
        HeaderCell(1, 9, 2, 1, "Quá hạn"),
        HeaderCell(1, 10, 2, 1, "Tổng số"),
        HeaderCell(1, 11, 2, 1, "Trong hạn"),
        HeaderCell(1, 12, 2, 1, "Quá hạn"),
        HeaderCell(2, 3, 1, 1, "Trực tuyến"),
        HeaderCell(2, 4, 1, 1, "Trực tiếp, dịch vụ bưu chính"),
    )


def test_header_covers_every_grid_cell_once() -> None:
    for name in ("ii06a.toml", "ii07b.toml", "qd766.toml"):
        form = parse_form(load(name))
        covered: list[tuple[int, int]] = []
        for cell in form.header:
            for r in range(cell.row, cell.row + cell.row_span):
                for c in range(cell.column, cell.column + cell.col_span):
                    covered.append((r, c))
        expected = [(r, c) for r in range(form.header_rows) for c in range(len(form.columns))]
        assert sorted(covered) == expected


def test_ii06a_identities() -> None:
    form = parse_form(load("ii06a.toml"))
    rules = {i.code: (i.check, i.left, i.right, i.severity) for i in form.identities}
    assert rules == {
        "I1": ("sum", 3, (4, 5, 6), "error"),
        "I2": ("sum", 7, (8, 9, 10), "error"),
        "I3": ("sum", 11, (12, 13), "error"),
        "I4": ("sum", 3, (7, 11), "error"),
        "I5": (CHECK_CARRY_OVER, 6, (11,), "warning"),
    }
    assert form.carry_over is not None and form.carry_over.code == "I5"


def test_qd766() -> None:
    form = parse_form(load("qd766.toml"))
    assert (form.code, form.row_kind, form.period_kind) == ("766", "units", "Q")
    assert form.title == "SỐ LIỆU THEO DÕI CHỈ TIÊU THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTg"
    assert form.deadline_days == parse_form(load("ii07b.toml")).deadline_days
    assert form.data_columns == tuple(range(3, 17))
    leaves = {c.number: c.path[-1] for c in form.columns if c.kind == "int"}
    assert leaves[3] == "Số mới tiếp nhận trực tuyến" and leaves[5] == "Số mới tiếp nhận qua BCCI"
    assert leaves[8] == "Số lượng hồ sơ Đã đồng bộ về cổng DVC QG"
    assert leaves[10] == "Số HS đã TTTT cổng DVC QG" and leaves[12] == "Có số hóa TPHS"
    assert leaves[15] == "Có tái sử dụng thành phần"
    # Only inclusions: a part never exceeds its whole; no equality is assumed.
    rules = {i.code: (i.check, i.left, i.right, i.severity) for i in form.identities}
    assert rules == {
        "I1": ("at_most", 10, (9,), "error"),
        "I2": ("at_most", 12, (11,), "error"),
        "I3": ("at_most", 14, (13,), "error"),
        "I4": ("at_most", 9, (11,), "warning"),
        "I5": ("at_most", 8, (11,), "warning"),
        "I6": ("at_most", 15, (11,), "error"),
        "I7": ("at_most", 16, (15,), "error"),
    }


def test_ii07b() -> None:
    form = parse_form(load("ii07b.toml"))
    assert (form.code, form.row_kind, form.period_kind) == ("II.07b", "units", "Q")
    assert form.title == "TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH"
    assert form.data_columns == tuple(range(3, 15))
    assert form.header_rows == 2
    top = [(h.column, h.col_span, h.text) for h in form.header if h.row == 0]
    assert top == [
        (0, 1, "TT"),
        (1, 1, "Đơn vị"),
        (2, 4, "Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương"),
        (6, 4, "TTHC được thực hiện theo CCMC, MCLT"),
        (10, 4, "Quy trình nội bộ giải quyết TTHC theo CCMC, MCLT được ban hành"),
    ]
    rules = {i.code: (i.check, i.left, i.right) for i in form.identities}
    assert rules["I3"] == ("sum", 11, (12, 13, 14))
    assert rules["I4"] == (CHECK_AT_MOST, 7, (3,))
    assert form.carry_over is None


def test_ii07b_district_columns_close_from_the_reform() -> None:
    """§4.3: after 07/2025 the "Cấp huyện" columns (5), (9), (13) stay empty."""
    form = parse_form(load("ii07b.toml"))
    assert form.closed_columns(date(2025, 6, 30)) == frozenset()
    assert form.closed_columns(date(2025, 6, 15)) == frozenset()
    assert form.closed_columns(date(2025, 7, 1)) == {5, 9, 13}
    assert form.closed_columns(date(2026, 1, 1)) == {5, 9, 13}
    district = form.column(13)
    assert district is not None and district.closed_reason == "không còn chính quyền cấp huyện"
    assert parse_form(load("ii06a.toml")).closed_columns(date(2026, 1, 1)) == frozenset()


JULY = date(2025, 7, 1)
NOW = datetime(2025, 7, 1, 8, 0)


def minimal(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "code": "X",
        "title": "Thử",
        "column": [
            {"number": 1, "kind": "seq", "path": ["TT"]},
            {"number": 2, "kind": "label", "path": ["Tên"]},
            {"number": 3, "path": ["A", "Tổng"]},
            {"number": 4, "path": ["A", "Phần"]},
        ],
        "identity": [{"code": "I1", "left": 3, "right": [4], "message": "({left}) ≠ ({right})"}],
    }
    data.update(changes)
    return data


def test_minimal_form_defaults() -> None:
    form = parse_form(minimal())
    assert (form.row_kind, form.period_kind, form.deadline_days) == ("sectors", "Q", 0)
    assert form.identities[0].severity == "error"
    assert form.column(3) is not None and form.column(9) is None


@pytest.mark.parametrize(
    "changes",
    [
        {"row_kind": "people"},
        {"period_kind": "W"},
        {"identity": [{"code": "I1", "left": 2, "right": [4], "message": "x"}]},
        {"identity": [{"code": "I1", "left": 3, "right": [4], "message": "{nope}"}]},
        {"identity": [{"code": "I1", "left": 3, "right": [4], "message": "x", "check": "eq"}]},
        {"identity": [{"code": "I", "left": 3, "right": [4], "message": "x", "severity": "bad"}]},
        {"column": [{"number": 2, "kind": "label", "path": ["Tên"]}]},
        {"row_kind": "indicators"},
        {"deadline_days_after_period_end": -1},
        {"column": [*minimal()["column"][:3], {**minimal()["column"][3], "closed_from": "x"}]},
        {"column": [*minimal()["column"][:3], {**minimal()["column"][3], "closed_from": NOW}]},
        {"column": [{**minimal()["column"][0], "closed_from": JULY}, *minimal()["column"][1:]]},
    ],
)
def test_malformed_forms_are_refused(changes: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        parse_form(minimal(**changes))


def test_a_figure_column_may_close_from_a_date() -> None:
    columns = minimal()["column"]
    columns[3] = {**columns[3], "closed_from": JULY, "closed_reason": "lý do"}
    form = parse_form(minimal(column=columns))
    closed = form.column(4)
    assert closed is not None and (closed.closed_from, closed.closed_reason) == (JULY, "lý do")
    assert form.closed_columns(date(2025, 6, 30)) == frozenset()
    assert form.closed_columns(JULY) == {4}


def test_columns_must_increase() -> None:
    data = minimal()
    data["column"][2], data["column"][3] = data["column"][3], data["column"][2]
    with pytest.raises(ValueError):
        parse_form(data)


def test_indicator_rows() -> None:
    form = parse_form(minimal(row_kind="indicators", row=[{"key": "a", "title": "Chỉ tiêu A"}]))
    assert form.rows[0].title == "Chỉ tiêu A"


def test_deadline_override() -> None:
    form = parse_form(load("ii06a.toml"))
    assert deadline_days(form, None) == 5
    assert deadline_days(form, " 10 ") == 10
    assert deadline_days(form, "0") == 0
    for bad in ("-3", "abc", "", "9999", "٣"):
        assert deadline_days(form, bad) == 5
