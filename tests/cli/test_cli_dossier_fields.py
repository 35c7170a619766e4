"""`egov dossiers add|edit`: every field the dossier form records, from the command line."""

import json
import unicodedata
from typing import Any

import pytest

from tests.cli.test_cli_dossiers_edit import ADD, audited, egov, shown, snapshot

#: Every option of the form's other fields, each set.
EVERYTHING = ("--contact", "12 Lý Thái Tổ, 0912345678", "--lead-agency", "UBND phường Ba Đình",
              "--result-delivery", "Qua dịch vụ bưu chính công ích",
              "--note", "Thiếu bản sao", "--financial-obligation", "có", "--paid-online", "có",
              "--components-digitised", "có", "--result-digitised", "có", "--synced", "có",
              "--components-reused", "quốc gia")  # fmt: skip
#: What EVERYTHING stores.
SET = {
    "contact": "12 Lý Thái Tổ, 0912345678",
    "lead_agency": "UBND phường Ba Đình",
    "result_delivery": "Qua dịch vụ bưu chính công ích",
    "note": "Thiếu bản sao",
    "financial_obligation": True,
    "paid_online": True,
    "components_digitised": True,
    "result_digitised": True,
    "synced": True,
    "components_reused": True,
    "components_reused_national": True,
}
#: A dossier added without them.
UNSET = {name: "" if isinstance(value, str) else False for name, value in SET.items()}
FLAG_OPTIONS = ("--financial-obligation", "--paid-online", "--components-digitised",
                "--result-digitised", "--synced", "--components-reused")  # fmt: skip


@pytest.fixture
def plain(data: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The data folder with dossier HS1 added without the form's other fields."""
    code, _, err = egov(capsys, data, *ADD, "--code", "HS1")
    assert code == 0, err
    return data


@pytest.fixture
def full(data: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The data folder with dossier HS1 added with every one of them set."""
    code, _, err = egov(capsys, data, *ADD, "--code", "HS1", *EVERYTHING)
    assert code == 0, err
    return data


def test_add_records_every_field_of_the_form(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = egov(capsys, data, *ADD, "--code", "HS1", *EVERYTHING, "--json")
    assert (code, err) == (0, "")
    printed = json.loads(out)
    assert {name: printed[name] for name in SET} == SET
    assert printed == shown(capsys, data, "HS1")
    code, out, err = egov(capsys, data, *ADD, "--code", "HS2", "--json")
    assert code == 0, err
    assert {name: json.loads(out)[name] for name in SET} == UNSET


@pytest.mark.parametrize(
    ("args", "fields"),
    [
        (("--contact", " 12  Lý Thái Tổ "), {"contact": "12 Lý Thái Tổ"}),
        (("--lead-agency", "UBND phường"), {"lead_agency": "UBND phường"}),
        (("--result-delivery", " Trực  tiếp "), {"result_delivery": "Trực tiếp"}),
        (("--note", "Thiếu bản sao"), {"note": "Thiếu bản sao"}),
        (("--financial-obligation", "có"), {"financial_obligation": True}),
        # A payment is a financial obligation, as the form ticks it.
        (("--paid-online", "Có"), {"paid_online": True, "financial_obligation": True}),
        (("--components-digitised", "YES"), {"components_digitised": True}),
        (("--result-digitised", "co"), {"result_digitised": True}),
        (("--synced", unicodedata.normalize("NFD", "CÓ")), {"synced": True}),
        (("--components-reused", "có"), {"components_reused": True}),
        (
            ("--components-reused", unicodedata.normalize("NFD", "Quốc  gia")),
            {"components_reused": True, "components_reused_national": True},
        ),
    ],
)
def test_edit_sets_each_field(
    plain: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], fields: dict[str, Any]
) -> None:
    before = shown(capsys, plain, "HS1")
    code, out, err = egov(capsys, plain, "dossiers", "edit", "HS1", *args, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {**before, **fields} == shown(capsys, plain, "HS1")
    # Through the service: each change audited, old and new.
    assert sorted(entry[0] for entry in audited(plain, "HS1")[1:]) == sorted(fields)


def test_edit_clears_and_unticks_and_says_what_changed(
    full: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = shown(capsys, full, "HS1")
    code, out, err = egov(capsys, full, "dossiers", "edit", "HS1", "--contact", "", "--note", "",
                          "--synced", "không", "--components-reused", "có")  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        "Đã sửa hồ sơ HS1: Địa chỉ/SĐT: 12 Lý Thái Tổ, 0912345678 → (trống); Ghi chú: Thiếu bản"
        " sao → (trống); Đồng bộ Cổng DVCQG: có → không; Tái sử dụng từ Cổng DVCQG: có → không.\n"
    )
    changed = {"contact": "", "note": "", "synced": False, "components_reused_national": False}
    assert shown(capsys, full, "HS1") == {**before, **changed}
    assert ("components_reused_national", "True", "False") in audited(full, "HS1")[-4:]
    no = ("--lead-agency", "", "--result-delivery", "")
    no += tuple(arg for option in FLAG_OPTIONS for arg in (option, "no"))
    code, out, err = egov(capsys, full, "dossiers", "edit", "HS1", *no, "--json")
    assert (code, err) == (0, "")
    assert json.loads(out) == {**before, **UNSET}


def test_edit_without_the_options_leaves_the_fields_alone(
    full: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = shown(capsys, full, "HS1")
    code, out, err = egov(capsys, full, "dossiers", "edit", "HS1", "--applicant", "Trần Thị Bình")
    assert (code, err) == (0, "")
    assert out == "Đã sửa hồ sơ HS1: Tên tổ chức, cá nhân: Nguyễn Văn An → Trần Thị Bình.\n"
    assert shown(capsys, full, "HS1") == {**before, "applicant": "Trần Thị Bình"}
    # Unticking "paid online" leaves the financial obligation it brought.
    code, out, err = egov(capsys, full, "dossiers", "edit", "HS1", "--paid-online", "không")
    assert (code, err) == (0, "")
    assert out == "Đã sửa hồ sơ HS1: Thanh toán trực tuyến: có → không.\n"
    assert shown(capsys, full, "HS1")["financial_obligation"] is True


@pytest.mark.parametrize("option", FLAG_OPTIONS)
@pytest.mark.parametrize("value", ["x", "có lẽ", "1", ""])
def test_a_bad_yes_no_exits_2_and_changes_nothing(
    plain: str, capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    before = snapshot(plain)
    code, out, err = egov(capsys, plain, "dossiers", "edit", "HS1", option, value)
    assert (code, out) == (2, "")
    assert err.startswith("Lỗi: ") and f'({option}): "{value}" không hợp lệ; nhập "' in err, err
    code, out, err = egov(capsys, plain, *ADD, "--code", "HS2", option, value)
    assert (code, out) == (2, "") and "không hợp lệ" in err
    assert snapshot(plain) == before


def test_bad_yes_no_messages(plain: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = egov(capsys, plain, "dossiers", "edit", "HS1", "--paid-online", "x")
    assert (code, err) == (
        2,
        'Lỗi: Đã thanh toán trực tuyến (--paid-online): "x" không hợp lệ; nhập "có" hoặc'
        ' "không".\n',
    )
    code, _, err = egov(capsys, plain, "dossiers", "edit", "HS1", "--components-reused", "DVCQG")
    assert (code, err) == (
        2,
        'Lỗi: Có tái sử dụng thành phần hồ sơ (--components-reused): "DVCQG" không hợp lệ; nhập'
        ' "không", "có" hoặc "quốc gia" (tái sử dụng thành phần từ Cổng DVC quốc gia).\n',
    )


def test_no_financial_obligation_for_a_dossier_paid_online_is_refused(
    full: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stored anyway with the obligation, it would read as a change that did not happen."""
    before = snapshot(full)
    refusal = (
        "Lỗi: Hồ sơ {code} đã thanh toán trực tuyến thì có nghĩa vụ tài chính: không ghi được"
        " --financial-obligation không. Nếu hồ sơ chưa thanh toán, ghi thêm --paid-online"
        " không.\n"
    )
    unpaid = ("--financial-obligation", "không")
    assert egov(capsys, full, "dossiers", "edit", "HS1", *unpaid) == (
        2, "", refusal.format(code="HS1")
    )  # fmt: skip
    paid = (*unpaid, "--paid-online", "có")
    assert egov(capsys, full, *ADD, "--code", "HS2", *paid) == (2, "", refusal.format(code="HS2"))
    assert snapshot(full) == before
    code, _, err = egov(capsys, full, "dossiers", "edit", "HS1", *unpaid, "--paid-online", "no")
    assert (code, err) == (0, "")
    assert (shown(capsys, full, "HS1")["financial_obligation"]) is False


def test_edit_renames_a_dossier_through_the_service(
    plain: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert egov(capsys, plain, *ADD, "--code", "HS2")[0] == 0
    before, dossier = snapshot(plain), shown(capsys, plain, "HS1")
    for taken, message in (
        ("HS2", 'Lỗi: Mã hồ sơ "HS2" đã có trong sổ theo dõi.\n'),
        (
            "hs2",
            'Lỗi: Mã hồ sơ "hs2" đã có trong sổ theo dõi, viết là "HS2" (mã hồ sơ không phân'
            " biệt chữ hoa, chữ thường).\n",
        ),
        ("  ", "Lỗi: Hồ sơ chưa có mã hồ sơ.\n"),
    ):
        code, out, err = egov(capsys, plain, "dossiers", "edit", "HS1", "--new-code", taken)
        assert (code, out, err) == (2, "", message)
    assert snapshot(plain) == before
    code, out, err = egov(capsys, plain, "dossiers", "edit", "hs1", "--new-code", " HS-01 ")
    assert (code, err) == (0, "")
    assert out == "Đã sửa hồ sơ HS-01: Mã hồ sơ: HS1 → HS-01.\n"
    assert shown(capsys, plain, "HS-01") == {**dossier, "code": "HS-01"}
    assert audited(plain, "HS1")[-1] == ("code", "HS1", "HS-01")
    code, _, err = egov(capsys, plain, "dossiers", "edit", "HS1", "--note", "x")
    assert code == 2 and "Không tìm thấy hồ sơ" in err
    # Its own code in another case is no other dossier's.
    code, out, err = egov(capsys, plain, "dossiers", "edit", "HS-01", "--new-code", "hs-01")
    assert (code, out, err) == (0, "Đã sửa hồ sơ hs-01: Mã hồ sơ: HS-01 → hs-01.\n", "")
