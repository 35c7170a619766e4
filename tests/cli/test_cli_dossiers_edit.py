"""`egov dossiers edit` and `egov dossiers delete`: one dossier corrected or removed by its code."""

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests import registers
from tests.cli.runner import egov, tables

ADD = ("dossiers", "add", "--sector", "Hộ tịch", "--channel", "trực tiếp", "--received",
       "01/07/2025", "--due", "10/07/2025", "--applicant", "Nguyễn Văn An")  # fmt: skip


def snapshot(data: str) -> dict[str, list[Any]]:
    return tables(data, "dossier", "sector", "audit_entry")


def shown(capsys: pytest.CaptureFixture[str], data: str, code: str) -> dict[str, Any]:
    """The dossier as `dossiers list --json` reads it back from the data folder."""
    status, out, err = egov(capsys, data, "dossiers", "list", "--search", code, "--json")
    assert status == 0, err
    (found,) = [d for d in json.loads(out)["dossiers"] if d["code"] == code]
    return dict(found)


def audited(data: str, code: str) -> list[tuple[str, str | None, str | None]]:
    conn = sqlite3.connect(Path(data) / "egov.sqlite")
    try:
        return conn.execute(
            "SELECT field, old_value, new_value FROM audit_entry"
            " WHERE entity = 'dossier' AND entity_key = ? ORDER BY id",
            (code,),
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def added(data: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The data folder with dossier HS1, resolved 08/07/2025 and handed over 09/07/2025."""
    code, _, err = egov(capsys, data, *ADD, "--code", "HS1", "--resolved", "08/07/2025",
                        "--returned", "09/07/2025")  # fmt: skip
    assert code == 0, err
    return data


def test_edit_changes_the_fields_given_and_keeps_the_others(
    added: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = shown(capsys, added, "HS1")
    code, out, err = egov(capsys, added, "dossiers", "edit", "HS1", "--applicant", "Trần Thị Bình")
    assert (code, err) == (0, "")
    assert out == "Đã sửa hồ sơ HS1: Tên tổ chức, cá nhân: Nguyễn Văn An → Trần Thị Bình.\n"
    after = shown(capsys, added, "HS1")
    assert after == {**before, "applicant": "Trần Thị Bình"}
    # Through the service: audited as the dossier form's corrections are, old and new.
    assert audited(added, "HS1")[-1] == ("applicant", "Nguyễn Văn An", "Trần Thị Bình")
    # A typed sector takes the list's spelling, a spelling of the channel its code.
    code, out, err = egov(capsys, added, "dossiers", "edit", "hs1", "--sector", "dat dai",
                          "--channel", "buu chinh", "--json")  # fmt: skip
    assert code == 0, err
    edited = json.loads(out)
    assert (edited["code"], edited["sector"], edited["channel"]) == ("HS1", "Đất đai", "postal")
    assert edited == {**shown(capsys, added, "HS1"), "channel": "postal"}
    code, out, _ = egov(capsys, added, "dossiers", "edit", "HS1", "--sector", "Đất đai")
    assert (code, out) == (0, "Hồ sơ HS1 không thay đổi.\n")


def test_edit_with_an_empty_date_clears_it(added: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = egov(capsys, added, "dossiers", "edit", "HS1", "--returned", "")
    assert (code, err) == (0, "")
    assert out == "Đã sửa hồ sơ HS1: Trả kết quả: 09/07/2025 → (trống).\n"
    assert shown(capsys, added, "HS1")["returned"] is None
    # Without an end date the status follows the dates back to "Đang giải quyết".
    code, out, err = egov(
        capsys, added, "dossiers", "edit", "HS1", "--resolved", "", "--json"
    )  # fmt: skip
    assert code == 0, err
    edited = json.loads(out)
    assert (edited["resolved"], edited["status"]) == (None, "Đang giải quyết")
    assert edited["due"] == "2025-07-10" and edited["applicant"] == "Nguyễn Văn An"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("HS1", "--resolved", "hôm qua"), 'Lỗi: Ngày không hợp lệ: "hôm qua"'),
        (("HS1", "--returned", "32/07/2025"), 'Lỗi: Ngày "32/07/2025" không có'),
        (("HS1", "--channel", "fax"), "Lỗi: "),
        (("HS1", "--status", "xong rồi"), "Lỗi: "),
        (("HS1", "--due", "30/06/2025"), "Lỗi: "),  # before the receipt
        (("HS1", "--returned", "07/07/2025"), "Lỗi: Ngày trả kết quả (07/07/2025) trước"),
        (("HS1", "--sector", "Không có lĩnh vực này"), "Lỗi: "),
        (("HS1", "--due", ""), "Lỗi: "),  # the register needs a due date
        (("HS9", "--applicant", "Ai đó"), 'Lỗi: Không tìm thấy hồ sơ "HS9" trong sổ theo dõi.'),
    ],
)
def test_edit_refusals_exit_2_and_change_nothing(
    added: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    before, dossier = snapshot(added), shown(capsys, added, "HS1")
    code, out, err = egov(capsys, added, "dossiers", "edit", *args)
    assert code == 2 and out == "" and err.startswith(message), err
    assert shown(capsys, added, "HS1") == dossier
    assert snapshot(added) == before


def test_edit_to_an_open_status_with_an_end_date_warns_on_stderr(
    added: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As `dossiers add`: stored and counted by its dates (§5.2), with a warning."""
    code, out, err = egov(capsys, added, "dossiers", "edit", "HS1", "--status", "cho bo sung")
    warning = (
        'Hồ sơ có ngày có kết quả (08/07/2025) nhưng trạng thái là "Chờ bổ sung": hồ sơ được'
        " tính là đã giải quyết. Nếu hồ sơ chưa có kết quả, hãy xóa ngày có kết quả; nếu đã có,"
        ' hãy chọn trạng thái "Đã giải quyết".'
    )
    assert code == 0 and err == f"Cảnh báo: {warning}\n"
    assert out == "Đã sửa hồ sơ HS1: Trạng thái: Đã giải quyết → Chờ bổ sung.\n"
    assert shown(capsys, added, "HS1")["warnings"] == [warning]
    # An empty status goes back to the one the dates give: no warning left.
    code, out, err = egov(capsys, added, "dossiers", "edit", "HS1", "--status", "", "--json")
    assert (code, err) == (0, "")
    assert (json.loads(out)["status"], json.loads(out)["warnings"]) == ("Đã giải quyết", [])


def test_edit_a_procedure_brings_its_sector_and_a_hidden_sector_is_refused(
    added: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registers.write_giao_dat(tmp_path / "tthc.xlsx")
    assert egov(capsys, added, "procedures", "import", str(tmp_path / "tthc.xlsx"))[0] == 0
    assert egov(capsys, added, "sectors", "hide", "Đất đai")[0] == 0
    before = snapshot(added)
    hidden = registers.HIDDEN_DAT_DAI + "\n"
    for named in (("--sector", "Đất đai"), ("--procedure", "1.002")):
        assert egov(capsys, added, "dossiers", "edit", "HS1", *named) == (2, "", hidden)
    assert snapshot(added) == before
    assert egov(capsys, added, "sectors", "show", "Đất đai")[0] == 0
    code, out, err = egov(capsys, added, "dossiers", "edit", "HS1", "--procedure", "giao dat",
                          "--json")  # fmt: skip
    assert code == 0, err
    edited = json.loads(out)
    assert (edited["procedure_code"], edited["procedure_name"]) == ("1.002", "Giao đất")
    assert edited["sector"] == "Đất đai" and edited["due"] == "2025-07-10"  # the due date stays
    # Hidden since, the dossier's own sector stays when it is named again.
    assert egov(capsys, added, "sectors", "hide", "Đất đai")[0] == 0
    code, out, err = egov(capsys, added, "dossiers", "edit", "HS1", "--sector", "đất đai",
                          "--applicant", "Lê Văn Cường")  # fmt: skip
    assert (code, err) == (0, ""), err
    assert shown(capsys, added, "HS1")["sector"] == "Đất đai"


def test_delete_needs_yes(added: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(added)
    code, out, err = egov(capsys, added, "dossiers", "delete", "HS1")
    assert (code, out) == (2, "")
    assert err == (
        "Lỗi: Xóa hồ sơ HS1 không hoàn tác được từ dòng lệnh: nếu chắc chắn muốn xóa, chạy lại"
        " lệnh với --yes.\n"
    )
    assert snapshot(added) == before
    code, out, err = egov(capsys, added, "dossiers", "delete", "HS9", "--yes")
    assert (code, out) == (2, "") and "Không tìm thấy hồ sơ" in err
    assert snapshot(added) == before
    code, out, err = egov(capsys, added, "dossiers", "delete", "hs1", "--yes")
    assert (code, err) == (0, "")
    assert out == "Đã xóa hồ sơ HS1 khỏi sổ theo dõi; nhật ký thay đổi vẫn ghi lại việc xóa.\n"
    code, out, _ = egov(capsys, added, "dossiers", "list", "--json")
    assert json.loads(out)["count"] == 0
    assert audited(added, "HS1")[-1] == ("deleted", "Đã giải quyết", None)
    code, _, err = egov(capsys, added, "dossiers", "edit", "HS1", "--applicant", "X")
    assert code == 2 and "Không tìm thấy hồ sơ" in err
