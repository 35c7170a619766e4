import tomllib
from pathlib import Path

import pytest

from egov_desktop.domain.forms import Form, parse_form
from egov_desktop.domain.periods import Period
from egov_desktop.domain.validation import (
    MAX_VALUE,
    Sheet,
    SheetRow,
    check,
    check_value,
    completion_refusal,
    format_number,
    parse_value,
    previous_period,
)
from egov_desktop.errors import ValidationError

FORMS = Path(__file__).resolve().parents[2] / "resources" / "forms"


@pytest.fixture(scope="module")
def ii06a() -> Form:
    return parse_form(tomllib.loads((FORMS / "ii06a.toml").read_text("utf-8")))


@pytest.fixture(scope="module")
def ii07b() -> Form:
    return parse_form(tomllib.loads((FORMS / "ii07b.toml").read_text("utf-8")))


#: A consistent II.06a row: 3 = 4+5+6, 7 = 8+9+10, 11 = 12+13, 3 = 7+11.
GOOD = {3: 20, 4: 5, 5: 10, 6: 5, 7: 12, 8: 6, 9: 4, 10: 2, 11: 8, 12: 6, 13: 2}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("", None),
        ("   ", None),
        ("0", 0),
        ("12", 12),
        (" 42 ", 42),
        ("1.234", 1234),
        ("1 234", 1234),
        ("1\u00a0234", 1234),
        ("1.000.000", 1_000_000),
        ("1.000", 1000),
        ("12.345", 12345),
        ("007", 7),
        # Full-width digits and marks are ASCII ones drawn wider; a web page's invisible
        # characters come along with a copied figure.
        ("１２", 12),
        ("１．２３４", 1234),
        ("1\u3000234", 1234),
        ("5\u200b", 5),
        ("\ufeff7", 7),
    ],
)
def test_parse_value_accepts(text: str, value: int | None) -> None:
    assert parse_value(text) == value


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ("-5", "số âm"),
        ("\u22125", "số âm"),
        ("－３", "số âm"),
        ("１，５", "thập phân"),
        ("-1.234", "số âm"),
        ("1,5", "thập phân"),
        ("2.5", "thập phân"),
        ("5.0", "thập phân"),
        ("1.2345", "thập phân"),
        ("0,500", "thập phân"),
        ("0.500", "thập phân"),  # not five hundred
        ("0.250.000", "không phải là số nguyên"),
        ("00.500", "thập phân"),
        ("1,50", "thập phân"),
        ("1,2345", "thập phân"),
        # Thousands grouped the English way: not a decimal, and not guessed either.
        ("1,000", "dấu phẩy phân cách hàng nghìn"),
        ("12,345", "dấu phẩy phân cách hàng nghìn"),
        ("1,234,567", "dấu phẩy phân cách hàng nghìn"),
        ("１，０００", "dấu phẩy phân cách hàng nghìn"),
        ("-1,000", "số âm"),
        ("1,000.5", "không phải là số nguyên"),
        ("abc", "không phải là số nguyên"),
        ("12a", "không phải là số nguyên"),
        ("1.234 567", "không phải là số nguyên"),
        ("1e3", "không phải là số nguyên"),
        ("١٢", "không phải là số nguyên"),
        ("1000001", "quá lớn"),
        ("2.000.000", "quá lớn"),
    ],
)
def test_parse_value_refuses(text: str, needle: str) -> None:
    with pytest.raises(ValidationError, match=needle) as info:
        parse_value(text)
    assert text.strip() in info.value.message


def test_check_value() -> None:
    assert check_value(None) is None
    assert check_value(MAX_VALUE) == MAX_VALUE
    for bad in (-1, MAX_VALUE + 1, True, 1.5):
        with pytest.raises(ValidationError):
            check_value(bad)  # type: ignore[arg-type]


def test_format_number() -> None:
    assert format_number(12) == "12"
    assert format_number(1234567) == "1.234.567"


def test_format_number_writes_decimals_with_a_comma() -> None:
    assert format_number(1234.5) == "1.234,5"
    assert format_number(40.0) == "40,0"
    assert format_number(71.43) == "71,43"


def test_consistent_row_has_no_problem(ii06a: Form) -> None:
    assert check(ii06a, [(1, GOOD)]) == []


def test_empty_row_has_no_problem_but_zeros_count(ii06a: Form) -> None:
    assert check(ii06a, [(1, {n: None for n in range(3, 14)}), (2, {})]) == []
    found = check(ii06a, [(1, {3: 5})])
    assert [f.code for f in found] == ["I1", "I4"]
    assert found[0].row == 1


def test_messages_carry_the_numbers(ii06a: Form) -> None:
    row = {**GOOD, 7: 12, 8: 6, 9: 4, 10: 1}
    (finding,) = check(ii06a, [(7, row)])
    assert finding.severity == "error"
    assert finding.code == "I2"
    assert finding.columns == (7, 8, 9, 10)
    assert finding.message == "Đã giải quyết (12) khác Trước hạn + Đúng hạn + Quá hạn (11)"


def test_every_identity(ii06a: Form) -> None:
    cases = {
        "I1": {**GOOD, 4: 6},
        "I3": {**GOOD, 13: 3},
    }
    for code, row in cases.items():
        assert code in [f.code for f in check(ii06a, [(1, row)])]
    row = {**GOOD, 3: 21, 5: 11}  # I1 holds, I4 does not
    (finding,) = check(ii06a, [(1, row)])
    assert finding.code == "I4"
    assert finding.message == (
        "Số hồ sơ nhận giải quyết (21) khác Đã giải quyết + Đang giải quyết (20)"
    )


def test_large_numbers_are_grouped(ii06a: Form) -> None:
    (finding,) = check(ii06a, [(1, {11: 1500, 12: 1000, 13: 200, 3: 1500, 6: 1500})])
    assert finding.message == "Đang giải quyết (1.500) khác Trong hạn + Quá hạn (1.200)"


def test_carry_over_is_a_warning(ii06a: Form) -> None:
    label = Period.parse("2025-Q2").label
    assert check(ii06a, [(1, GOOD)], previous={1: {11: 5}}, previous_label=label) == []
    (finding,) = check(ii06a, [(1, GOOD)], previous={1: {11: 4}}, previous_label=label)
    assert finding.severity == "warning"
    assert finding.code == "I5"
    assert finding.columns == (6, 11)
    assert finding.message == "Từ kỳ trước (5) khác Đang giải quyết của Quý II năm 2025 (4)"
    # A row absent from the previous period counts as 0 there.
    assert [f.code for f in check(ii06a, [(1, GOOD)], previous={})] == ["I5"]
    # No previous data at all: nothing to compare with.
    assert check(ii06a, [(1, GOOD)], previous=None) == []


def test_at_most(ii07b: Form) -> None:
    row = {3: 10, 4: 2, 5: 0, 6: 8, 7: 11, 8: 1, 9: 0, 10: 10}
    (finding,) = check(ii07b, [(1, row)])
    assert finding.code == "I4"
    assert finding.message == "TTHC theo CCMC, MCLT (11) nhiều hơn Tổng số TTHC (10)"
    assert check(ii07b, [(1, {**row, 7: 10, 10: 9})]) == []


@pytest.mark.parametrize(
    ("code", "before"),
    [
        ("2026-Q1", "2025-Q4"),
        ("2025-Q3", "2025-Q2"),
        ("2025-M01", "2024-M12"),
        ("2025-M07", "2025-M06"),
        ("2025-H1", "2024-H2"),
        ("2025-H2", "2025-H1"),
        ("2025-Y", "2024-Y"),
    ],
)
def test_previous_period(code: str, before: str) -> None:
    found = previous_period(Period.parse(code))
    assert found is not None and found.code == before


def test_no_previous_for_nine_months_and_ranges() -> None:
    assert previous_period(Period.parse("2025-9M")) is None
    assert previous_period(Period.parse("2025-07-01..2025-07-31")) is None


def make_sheet(
    form: Form,
    stored: dict[tuple[str, int], tuple[int, str]],
    previous: dict[str, dict[int, int | None]] | None = None,
) -> Sheet:
    rows = [SheetRow(1, "s1", "Hộ tịch"), SheetRow(2, "s2", "Đất đai", hidden=True)]
    return Sheet(form, Period.parse("2026-Q1"), rows, stored, previous)


def test_sheet_prefills_the_carry_over(ii06a: Form) -> None:
    sheet = make_sheet(ii06a, {}, previous={"s1": {11: 4}, "s2": {11: None}})
    hộ_tịch, đất_đai = sheet.rows
    assert sheet.cell(hộ_tịch, 6) == (4, "computed")
    assert sheet.cell(hộ_tịch, 3) == (None, "")
    assert sheet.cell(đất_đai, 6) == (None, "")
    assert sheet.shown() == [hộ_tịch]
    assert sheet.total()[6] == 4
    # The shown figure is checked like a typed one.
    assert [f.code for f in sheet.findings()] == ["I1"]


def test_sheet_stored_value_wins_and_hidden_rows_with_values_show(ii06a: Form) -> None:
    stored = {("s1", 6): (7, "typed"), ("s2", 3): (1, "typed")}
    sheet = make_sheet(ii06a, stored, previous={"s1": {11: 4}})
    assert sheet.cell(sheet.rows[0], 6) == (7, "typed")
    assert [r.id for r in sheet.shown()] == [1, 2]
    assert sheet.total()[3] == 1
    codes = [(f.row, f.code) for f in sheet.findings()]
    assert (1, "I5") in codes


def test_a_previous_period_not_carried_is_a_finding_of_the_whole_report(ii06a: Form) -> None:
    """Column (6) that cannot be compared at all: not a row's, nor the total row's, figures."""
    stored = {("s1", n): (v, "typed") for n, v in GOOD.items()}
    stored[("s1", 4)] = (4, "typed")  # (3) ≠ (4) + (5) + (6): a row's own finding
    rows = [SheetRow(1, "s1", "Hộ tịch")]
    sheet = Sheet(ii06a, Period.parse("2026-Q1"), rows, stored, None, not_carried="khác kỳ")
    found = {(f.code, f.row, f.whole_report) for f in sheet.findings()}
    assert found == {("I1", 1, False), ("I5", None, True)}


def test_a_closed_column_stays_empty_and_the_identities_still_hold(ii07b: Form) -> None:
    """II.07b after the reform: (5), (9), (13) show nothing, their total is empty, not 0."""
    row = SheetRow(1, "unit:1", "Phường Ba Đình")
    figures = {3: 6, 4: 0, 6: 6, 7: 6, 8: 0, 10: 6, 11: 2, 12: 0, 14: 2}
    stored = {("unit:1", n): (v, "typed") for n, v in figures.items()}
    stored[("unit:1", 5)] = (0, "computed")  # stored before the column closed
    sheet = Sheet(ii07b, Period.parse("2026-Q1"), [row], stored, None, closed=frozenset({5, 9, 13}))
    assert sheet.cell(row, 5) == (None, "") and sheet.values(row)[9] is None
    total = sheet.total()
    assert total[5] is None and total[9] is None and total[13] is None
    assert total[3] == 6 and total[11] == 2
    # (3) = (4) + (5) + (6), (7) = (8) + (9) + (10), (11) = (12) + (13) + (14), (7) ≤ (3).
    assert sheet.findings() == []
    figures[11] = 3
    stored[("unit:1", 11)] = (3, "typed")
    broken = Sheet(ii07b, Period.parse("2026-Q1"), [row], stored, None, closed=frozenset({13}))
    assert [f.code for f in broken.findings()] == ["I3"]


def test_completion_refusal(ii06a: Form) -> None:
    good = {("s1", n): (v, "typed") for n, v in GOOD.items()}
    assert completion_refusal(make_sheet(ii06a, good), "") is None
    broken = {**good, ("s1", 10): (1, "typed")}
    message = completion_refusal(make_sheet(ii06a, broken), "ghi chú")
    assert message is not None
    assert 'dòng "Hộ tịch"' in message
    assert "Đã giải quyết (12) khác Trước hạn + Đúng hạn + Quá hạn (11)" in message
    warned = make_sheet(ii06a, good, previous={"s1": {11: 3}})
    refusal = completion_refusal(warned, "  ")
    assert refusal is not None and "ghi chú" in refusal
    assert completion_refusal(warned, "Hồ sơ nhập bổ sung sau kỳ trước") is None


def test_warnings_found_outside_the_sheet_need_a_note_too(ii06a: Form) -> None:
    """The register now counting the stored figures otherwise: "done" needs a note for it."""
    good = make_sheet(ii06a, {("s1", n): (v, "typed") for n, v in GOOD.items()})
    said = "Số liệu đã lưu khác số đếm từ sổ theo dõi hồ sơ: Hộ tịch"
    refusal = completion_refusal(good, "", [said])
    assert refusal is not None and said in refusal and "1 cảnh báo" in refusal
    assert completion_refusal(good, "Sổ nhập bổ sung sau khi lập biểu", [said]) is None
