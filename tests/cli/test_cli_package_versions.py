"""`egov package …` at an office: what is said about older and waiting packages, units that sent
nothing, figures the office kept, and an update request whose stored copy is lost."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from tests.cli.runner import run
from tests.cli.test_cli_exchange import CORRECTED, FIGURES, _fill, _send
from tests.packages import F, P, package


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def _package(path: Path, columns: dict[int, int], version: int) -> Path:
    """A package of 00004 with its "Hộ tịch" figures (column -> value)."""
    return package(path, {"Hộ tịch": columns}, version=version)


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "office")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "01", "--role", "aggregator")
    return folder


def _rows(office: str) -> list[tuple[int, str]]:
    with sqlite3.connect(Path(office) / "egov.sqlite") as db:
        query = "select version, state from received_package order by version"
        return [(int(v), str(s)) for v, s in db.execute(query)]


def _values(office: str) -> list[tuple[int, int]]:
    with sqlite3.connect(Path(office) / "egov.sqlite") as db:
        return [(int(c), int(v)) for c, v in db.execute("select col, value from report_value")]


def test_an_older_package_says_it_was_not_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    first = _package(tmp_path / "v1.egov", {3: 4, 4: 4}, 1)
    second = _package(tmp_path / "v2.egov", {3: 6, 4: 5}, 2)
    _ok(capsys, "--data-dir", office, "package", "import", str(second))
    said = _ok(capsys, "--data-dir", office, "package", "import", str(first))
    assert "Không áp dụng: đơn vị đã gửi gói v2 mới hơn" in said
    assert "thay đổi" not in said and "không đổi" not in said
    assert said.startswith("v1.egov: Gói cũ hơn gói v2 cơ quan đang giữ; không ghi đè — ")
    said = _ok(capsys, "--data-dir", office, "package", "import", str(first), "--dry-run")
    assert "Không áp dụng" in said and "0 số liệu" not in said
    assert said.startswith("Xem trước: gói cũ hơn gói v2 cơ quan đang giữ; sẽ không ghi đè — ")
    said = _ok(capsys, "--data-dir", office, "package", "import", str(first), str(second))
    older = next(line for line in said.splitlines() if line.startswith("v1.egov: "))
    assert "Gói cũ hơn gói v2 cơ quan đang giữ; không ghi đè" in older and "(Không áp dụng" in older
    assert sorted(_values(office)) == [(3, 6), (4, 5)]


def test_another_package_of_the_version_held_is_not_called_older(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    # A unit that set up its data folder again numbers its packages from v1 again.
    _ok(capsys, "--data-dir", office, "package", "import",
        str(_package(tmp_path / "v1.egov", {3: 4, 4: 4}, 1)))  # fmt: skip
    again = _package(tmp_path / "again_v1.egov", {3: 6, 4: 5}, 1)
    said = _ok(capsys, "--data-dir", office, "package", "import", str(again))
    assert said.startswith(
        "again_v1.egov: Cơ quan đang giữ một gói v1 khác của đơn vị; không ghi đè"
    )
    assert "(Không áp dụng: số liệu đang có giữ nguyên)." in said and "mới hơn" not in said
    assert sorted(_values(office)) == [(3, 4), (4, 4)]


def test_a_version_a_newer_one_replaced_says_it_was_not_applied_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    first = _package(tmp_path / "v1.egov", {3: 4, 4: 4}, 1)
    _ok(capsys, "--data-dir", office, "package", "import", str(first))
    second = _package(tmp_path / "v2.egov", {3: 6, 4: 5}, 2)
    _ok(capsys, "--data-dir", office, "package", "import", str(second))
    said = _ok(capsys, "--data-dir", office, "package", "import", str(first))
    assert "Không áp dụng: đơn vị đã gửi gói v2 mới hơn" in said
    assert "0 số liệu thay đổi" not in said


@pytest.fixture
def queued(tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str) -> Path:
    """v1 imported and accepted; returns v2, which waits as an update request."""
    _ok(capsys, "--data-dir", office, "package", "import",
        str(_package(tmp_path / "v1.egov", {3: 4, 4: 4}, 1)))  # fmt: skip
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004", "--period", P,
        "--out", str(tmp_path / "replies"))  # fmt: skip
    return _package(tmp_path / "v2.egov", {3: 6, 4: 4, 5: 1}, 2)


def test_a_queued_package_says_it_is_not_applied_yet(
    queued: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    said = _ok(capsys, "--data-dir", office, "package", "import", str(queued))
    assert "Chưa áp dụng: gói chờ làm yêu cầu cập nhật" in said
    assert "apply-update --unit 00004 --period 2025-Q3), 2 số liệu sẽ thay đổi, 1 không đổi" in said
    again = _ok(capsys, "--data-dir", office, "package", "import", str(queued))
    assert "Chưa áp dụng: gói đang chờ làm yêu cầu cập nhật" in again
    assert "0 số liệu thay đổi" not in again
    assert sorted(_values(office)) == [(3, 4), (4, 4)]


def test_apply_update_says_in_one_line_what_it_did_as_import_does(
    queued: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    _ok(capsys, "--data-dir", office, "package", "import", str(queued))
    code, out, err = run(capsys, "--data-dir", office, "package", "apply-update",
                         "--unit", "00004", "--period", P)  # fmt: skip
    assert code == 0 and err == ""
    # The figures one by one are for a preview (import --dry-run), not after the fact.
    assert out.splitlines() == [
        "Đã nhập — Phường Ba Đình (00004), Quý III năm 2025, gói v2 "
        "(1 số liệu thêm mới, 1 thay đổi, 1 không đổi)."
    ]
    assert sorted(_values(office)) == [(3, 6), (4, 4), (5, 1)]


def test_apply_update_asks_before_changing_a_figure_the_office_typed(
    queued: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    """The office typed (3) of the accepted v1; v2 changes it: nothing until it chooses."""
    _ok(capsys, "--data-dir", office, "entry", "set", "--form", F, "--period", P,
        "--unit", "00004", "--sector", "Hộ tịch", "--col", "3", "9")  # fmt: skip
    # Nothing of it is written yet: the office chooses when it applies the request.
    said = _ok(capsys, "--data-dir", office, "package", "import", str(queued), "--dry-run")
    assert "chọn khi nhập yêu cầu cập nhật" in said
    _ok(capsys, "--data-dir", office, "package", "import", str(queued))
    before = (_rows(office), sorted(_values(office)))
    code, out, err = run(capsys, "--data-dir", office, "package", "apply-update",
                         "--unit", "00004", "--period", P)  # fmt: skip
    assert code == 2 and out == ""
    assert "Gói cập nhật v2 của đơn vị 00004 cho Quý III năm 2025 khác 1 số liệu" in err
    assert "II.06a Hộ tịch cột (3): cơ quan đã nhập 9, gói 6" in err and "--prefer" in err
    assert (_rows(office), sorted(_values(office))) == before
    said = _ok(capsys, "--data-dir", office, "package", "apply-update", "--unit", "00004",
               "--period", P, "--prefer", "office")  # fmt: skip
    assert "1 số liệu giữ số của cơ quan" in said
    assert sorted(_values(office)) == [(3, 9), (4, 4), (5, 1)]
    assert _rows(office) == [(1, "superseded"), (2, "imported")]


def test_a_lost_update_request_copy_fails_and_changes_nothing(
    queued: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    _ok(capsys, "--data-dir", office, "package", "import", str(queued))
    (stored,) = (Path(office) / "packages" / "queued").iterdir()
    stored.unlink()
    before = (_rows(office), sorted(_values(office)))
    code, out, err = run(capsys, "--data-dir", office, "package", "apply-update",
                         "--unit", "00004", "--period", P)  # fmt: skip
    assert code == 2 and out == "" and "Chưa thay đổi gì" in err and "tệp không còn" in err
    assert (_rows(office), sorted(_values(office))) == before
    assert before[0] == [(1, "accepted"), (2, "queued")]


@pytest.mark.parametrize("command", ["accept", "return", "apply-update"])
def test_a_unit_of_the_province_that_sent_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, command: str
) -> None:
    _ok(capsys, "--data-dir", office, "package", "import",
        str(_package(tmp_path / "v1.egov", {3: 4}, 1)))  # fmt: skip
    extra = ("--reason", "Thiếu") if command == "return" else ()
    out = ("--out", str(tmp_path / "replies")) if command != "apply-update" else ()
    before = _rows(office)
    code, _out, err = run(capsys, "--data-dir", office, "package", command, "--unit", "00008",
                          "--period", P, *extra, *out)  # fmt: skip
    assert code == 2
    if command == "apply-update":
        assert "Không có gói cập nhật nào của đơn vị 00008 cho Quý III năm 2025" in err
    else:
        assert "Chưa nhận gói nào của đơn vị 00008 cho Quý III năm 2025" in err
    assert "thuộc địa bàn" not in err
    assert _rows(office) == before and not (tmp_path / "replies").exists()
    # A commune of another province still is not the office's.
    code, _out, err = run(capsys, "--data-dir", office, "package", command, "--unit", "32248",
                          "--period", P, *extra, *out)  # fmt: skip
    assert code == 2 and "Không có đơn vị mã 32248 thuộc địa bàn" in err


def test_figures_the_office_keeps_are_not_counted_as_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    _ok(capsys, "--data-dir", office, "package", "import",
        str(_package(tmp_path / "v1.egov", {3: 4, 4: 4}, 1)))  # fmt: skip
    _ok(capsys, "--data-dir", office, "entry", "set", "--form", F, "--period", P,
        "--sector", "Hộ tịch", "--col", "3", "7", "--unit", "00004")  # fmt: skip
    later = _package(tmp_path / "v2.egov", {3: 5, 4: 6, 5: 4}, 2)
    importing = ("--data-dir", office, "package", "import", str(later), "--prefer", "office")
    said = _ok(capsys, *importing, "--dry-run")
    assert said.endswith(
        "\n1 số liệu sẽ thêm mới, 1 sẽ thay đổi, 0 không đổi, 1 số liệu sẽ giữ số của cơ quan.\n"
    )
    assert json.loads(_ok(capsys, *importing, "--dry-run", "--json"))["declined"] == 1
    result = json.loads(_ok(capsys, *importing, "--json"))
    assert result["status"] == "imported" and (result["changed"], result["declined"]) == (2, 1)
    assert sorted(_values(office)) == [(3, 7), (4, 6), (5, 4)]
    # Said in words too.
    again = _package(tmp_path / "v3.egov", {3: 6, 4: 6, 5: 4}, 3)
    said = _ok(capsys, "--data-dir", office, "package", "import", str(again), "--prefer", "office")
    # One line for one file: the figures themselves only in the preview.
    assert said == (
        f"{again.name}: Đã nhập — Phường Ba Đình (00004), Quý III năm 2025, gói v3 "
        "(0 số liệu thay đổi, 2 không đổi, 1 số liệu giữ số của cơ quan).\n"
    )
    assert sorted(_values(office)) == [(3, 7), (4, 6), (5, 4)]


def test_after_a_restore_the_next_package_is_numbered_past_those_sent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    """The backup predates the packages sent since: they are named, and none is overwritten."""
    commune, usb = str(tmp_path / "00004"), tmp_path / "usb"
    _ok(capsys, "--data-dir", commune, "setup", "--unit", "00004", "--role", "commune")
    _ok(capsys, "--data-dir", commune, "backup", "create")
    backup = json.loads(_ok(capsys, "--data-dir", commune, "backup", "list", "--json"))[0]
    _fill(capsys, commune, FIGURES["00004"])
    first = _send(capsys, commune, usb)
    _ok(capsys, "--data-dir", office, "package", "import", str(first))
    outbox = Path(commune) / "outbox"
    kept = (outbox / first.name).read_bytes()
    code, out, err = run(
        capsys, "--data-dir", commune, "backup", "restore", "--file", backup["path"]
    )
    assert code == 0 and out.startswith("Đã khôi phục từ")
    assert err.startswith(f"Lưu ý: 1 gói đã gửi sau bản sao lưu này ({first.name}) không còn")
    # The restored data sends its figures again: the package is v2, v1 stays as it was sent.
    _fill(capsys, commune, {"Hộ tịch": CORRECTED})
    again = _send(capsys, commune, usb)
    assert again.name == "BC_00004_2025-Q3_v2.egov"
    assert (outbox / first.name).read_bytes() == kept
    said = _ok(capsys, "--data-dir", office, "package", "import", str(again))
    assert said.startswith(f"{again.name}: Đã nhập") and (4, 11) in _values(office)
    # A backup made after the last package sent names nothing.
    _ok(capsys, "--data-dir", commune, "backup", "create")
    code, _out, err = run(capsys, "--data-dir", commune, "backup", "restore", "--newest")
    assert code == 0 and err == ""


def test_a_file_in_the_outbox_is_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    commune = str(tmp_path / "00004")
    _ok(capsys, "--data-dir", commune, "setup", "--unit", "00004", "--role", "commune")
    outbox = Path(commune) / "outbox"
    outbox.mkdir()
    # Packages of another period the database does not know (a data folder copied back).
    (outbox / "BC_00004_2025-Q2_v4.egov").write_bytes(b"sent in July")
    (outbox / "BC_00008_2025-Q3_v9.egov").write_bytes(b"another unit's")
    _fill(capsys, commune, FIGURES["00004"])
    assert _send(capsys, commune, tmp_path / "usb").name == "BC_00004_2025-Q3_v5.egov"
    assert (outbox / "BC_00004_2025-Q2_v4.egov").read_bytes() == b"sent in July"


def test_a_units_first_package_of_a_period_is_named_by_its_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    """The number grows across all of a unit's packages: Q4's first package is v2, said "v2"."""
    commune, usb = str(tmp_path / "00004"), tmp_path / "usb"
    _ok(capsys, "--data-dir", commune, "setup", "--unit", "00004", "--role", "commune")
    _fill(capsys, commune, FIGURES["00004"])
    _send(capsys, commune, usb)
    q4 = "2025-Q4"
    # Nothing new in Q4: Q3's two pending dossiers carried over, still pending.
    for col, value in {3: 2, 11: 2, 12: 1, 13: 1}.items():
        _ok(capsys, "--data-dir", commune, "entry", "set", "--form", F, "--period", q4,
            "--sector", "Hộ tịch", "--col", str(col), str(value))  # fmt: skip
    _ok(capsys, "--data-dir", commune, "entry", "status", "--form", F, "--period", q4,
        "--set", "done", "--note", "ok")  # fmt: skip
    said = _ok(capsys, "--data-dir", commune, "package", "export", "--period", q4,
               "--forms", F, "--out", str(usb))  # fmt: skip
    first_of_q4 = usb / "BC_00004_2025-Q4_v2.egov"
    assert said.startswith(f"Đã tạo gói báo cáo v2 ({F}): {first_of_q4}\n")
    listed = _ok(capsys, "--data-dir", commune, "package", "sent", "--period", q4)
    assert listed.startswith(f"v2\t{q4}\t{F}\t")
    said = _ok(capsys, "--data-dir", office, "package", "import", str(first_of_q4))
    assert said.startswith(
        f"{first_of_q4.name}: Đã nhập — Phường Ba Đình (00004), Quý IV năm 2025, gói v2 "
    )
    said = _ok(capsys, "--data-dir", commune, "package", "reopen", "--form", F, "--period", q4,
               "--reason", "Sai số liệu")  # fmt: skip
    assert said == (
        f"Đã mở khóa biểu {F} Quý IV năm 2025: biểu trở lại trạng thái đang nhập; sửa xong, "
        "đánh dấu hoàn thành rồi gửi lại (gói gửi sau là báo cáo điều chỉnh).\n"
    )
    # Editable at once, and not sent again until marked complete.
    status = _ok(capsys, "--data-dir", commune, "entry", "status", "--form", F, "--period", q4)
    assert status == f"{F} Quý IV năm 2025: đang nhập\n"
    code, _, err = run(capsys, "--data-dir", commune, "package", "export", "--period", q4,
                       "--forms", F, "--out", str(usb))  # fmt: skip
    assert code == 2 and "hoàn thành" in err, err


def test_completeness_judges_a_corrected_report_on_its_first_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    """Q3 is due on 19/09/2025: v1 came on 18/09, its correction v2 after the deadline."""
    _ok(capsys, "--data-dir", office, "package", "import", str(_package(tmp_path / "1", {3: 1}, 1)))
    late = package(tmp_path / "v2.egov", {"Hộ tịch": {3: 2}}, version=2,
                   created_at=datetime(2025, 9, 25, 8, 0))  # fmt: skip
    _ok(capsys, "--data-dir", office, "package", "import", str(late))
    asked = ("--data-dir", office, "completeness", "--period", P, "--forms", F)
    (row,) = [r for r in _ok(capsys, *asked).splitlines() if r.startswith("00004")]
    assert row.endswith("\tđã nhận v2 25/09/2025 (đúng hạn, gửi lần đầu v1 18/09/2025)")
    (unit,) = [u for u in json.loads(_ok(capsys, *asked, "--json"))["units"]
               if u["unit_code"] == "00004"]  # fmt: skip
    assert (unit["on_time"], unit["first_version"]) == (True, 1)
    assert unit["first_sent_at"].startswith("2025-09-18")
