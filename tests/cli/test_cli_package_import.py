"""`egov package import` at the office: conflicts, batches, folders, previews, refusals."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from egov_desktop.exchange.package import PackageUnit
from tests.cli.runner import run
from tests.cli.test_cli_exchange import CORRECTED, F, P, _commune, _fill, _ok, _send, _shown
from tests.packages import damaged, package

PREFER_HINT = ("--prefer package", "--prefer office")
#: The note on a package of 00004 naming its unit "Xã Cũ A", before its ending.
OTHER_NAME = "Gói ghi tên đơn vị: «Xã Cũ A»; danh mục của cơ quan: «Phường Ba Đình» (mã 00004). "
#: The package's name for 00004, otherwise than the catalogue's ("Phường Ba Đình").
SENT = PackageUnit("00004", "Xã Cũ A", "2025", "01")
#: What follows OTHER_NAME once the package was received (imported or queued).
TAKEN = "Gói đã được nhận cho đơn vị mã 00004: kiểm tra lại mã đơn vị của gói.\n"


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "office")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "01", "--role", "aggregator")
    return folder


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def _values(folder: str) -> list[tuple[object, ...]]:
    """Every figure the data folder holds, by its cell."""
    with sqlite3.connect(Path(folder) / "egov.sqlite") as db:
        return db.execute("select * from report_value order by 1, 2, 3, 4, 5").fetchall()


def _package_backups(folder: str) -> list[Path]:
    backups = Path(folder) / "backups"
    return [p for p in backups.iterdir() if "package" in p.name] if backups.exists() else []


def _import(capsys: pytest.CaptureFixture[str], office: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", office, "package", "import", *args)


def _conflicting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> Path:
    """A second version of 00004's package against a figure the office typed itself (99)."""
    folder = _commune(tmp_path, capsys, "00004")
    _ok(capsys, "--data-dir", office, "package", "import", str(_send(capsys, folder, usb)))
    with sqlite3.connect(Path(office) / "egov.sqlite") as db:
        db.execute(
            "update report_row set cells = json_set(cells, '$.\"4\"', json_array(99, 'typed'))"
            " where json_type(cells, '$.\"4\"') is not null"
        )
    _ok(capsys, "--data-dir", folder, "package", "reopen", "--form", F, "--period", P,
        "--reason", "Sửa")  # fmt: skip
    _fill(capsys, folder, {"Hộ tịch": CORRECTED})
    return _send(capsys, folder, usb)


def test_a_conflict_imports_nothing_and_says_how_to_choose(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    newer = _conflicting(tmp_path, capsys, office, usb)
    before, backups = _values(office), _package_backups(office)
    code, out, err = _import(capsys, office, str(newer))
    assert code == 2
    assert "Đã nhập" not in out and "số liệu thay đổi" not in out
    assert f"Gói {newer.name} khác 1 số liệu" in err and "chưa nhập gì" in err
    assert "II.06a Hộ tịch cột (4): cơ quan đã nhập 99, gói 11" in err
    assert all(hint in err for hint in PREFER_HINT)
    assert _values(office) == before and _package_backups(office) == backups
    # The preview says the same before anything is tried.
    code, out, err = _import(capsys, office, str(newer), "--dry-run")
    assert code == 0 and err == ""
    assert out.startswith("Xem trước: chưa nhập được nếu không chọn --prefer")
    assert "(cơ quan đã tự nhập)" in out and all(hint in out for hint in PREFER_HINT)
    code, out, _err = _import(capsys, office, str(newer), "--dry-run", "--json")
    assert code == 0 and json.loads(out)["status"] == "conflict"
    # Choosing a side imports it.
    code, out, _err = _import(capsys, office, str(newer), "--prefer", "package")
    assert code == 0 and out.startswith(f"{newer.name}: Đã nhập")
    assert _values(office) != before


def test_a_preview_never_says_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    package = _send(capsys, _commune(tmp_path, capsys, "00004"), usb)
    code, out, err = _import(capsys, office, str(package), "--dry-run")
    assert code == 0 and err == ""
    assert out.startswith("Xem trước: sẽ nhập — Phường Ba Đình (00004)")
    assert "Đã nhập" not in out and "10 số liệu sẽ thêm mới, 0 không đổi." in out
    assert _values(office) == []


def test_a_batch_says_what_became_of_each_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    good = _send(capsys, _commune(tmp_path, capsys, "00008"), usb)
    bad = tmp_path / "bad.egov"
    bad.write_bytes(b"PK\x03\x04 truncated")
    code, out, err = _import(capsys, office, str(good), str(bad))
    assert code == 2
    lines = out.splitlines()
    assert lines[0].startswith(f"{good.name}: Đã nhập — ") and "số liệu thêm mới" in lines[0]
    assert lines[1].startswith("bad.egov: bị từ chối")
    assert "Lỗi: Tệp bad.egov bị hỏng" in err and "1/2 tệp không nhập được: bad.egov." in err
    assert _values(office) != []


def test_a_package_whose_data_no_longer_inflates_is_refused_and_the_batch_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    good = _send(capsys, _commune(tmp_path, capsys, "00004"), usb)
    bad = damaged(_send(capsys, _commune(tmp_path, capsys, "00008"), usb), tmp_path / "hỏng.egov")
    for extra in ((), ("--dry-run",), ("--json",)):
        code, out, err = _import(capsys, office, str(bad), *extra)
        assert code == 2 and "Traceback" not in err and "zlib" not in err, err
        assert "Tệp hỏng.egov bị hỏng hoặc chưa chép hết" in err
    assert _values(office) == [] and _package_backups(office) == []
    code, out, err = _import(capsys, office, str(bad), str(good))
    assert code == 2 and "1/2 tệp không nhập được: hỏng.egov." in err
    assert out.splitlines()[1].startswith(f"{good.name}: Đã nhập — Phường Ba Đình")
    assert _values(office) != []


def test_one_file_s_json_names_the_file_and_a_refusal_is_json_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    good = _send(capsys, _commune(tmp_path, capsys, "00004"), usb)
    code, out, err = _import(capsys, office, str(good), "--json")
    done = json.loads(out)
    assert code == 0 and err == "" and isinstance(done, dict)
    assert done["file"] == str(good)
    assert (done["status"], done["unit"], done["version"], done["changed"]) == (
        "imported", "00004", 1, 10
    )  # fmt: skip
    bad = tmp_path / "bad.egov"
    bad.write_bytes(b"not a zip")
    for path, extra in ((bad, ()), (bad, ("--dry-run",)), (tmp_path / "gone.egov", ())):
        code, out, err = _import(capsys, office, str(path), "--json", *extra)
        refused = json.loads(out)
        assert code == 2 and refused == {
            "file": str(path),
            "status": "refused",
            "reason": refused["reason"],
        }
        assert err == f"Lỗi: {refused['reason']}\n" and path.name in refused["reason"]


def test_a_batch_refuses_a_conflicting_file_and_imports_the_others(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    newer = _conflicting(tmp_path, capsys, office, usb)
    good = _send(capsys, _commune(tmp_path, capsys, "00008"), usb)
    before = _values(office)
    code, out, err = _import(capsys, office, str(newer), str(good), "--json")
    assert code == 2
    listing = json.loads(out)
    assert [(item["file"], item["status"]) for item in listing] == [
        (str(newer), "conflict"),
        (str(good), "imported"),
    ]
    assert "chưa nhập gì" in err and f"1/2 tệp không nhập được: {newer.name}." in err
    after = _values(office)
    assert set(before) < set(after)  # 00004's figures (the office's 99 included) stay as they were


def test_a_batch_preview_goes_past_a_bad_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    good = _send(capsys, _commune(tmp_path, capsys, "00004"), usb)
    bad = tmp_path / "bad.egov"
    bad.write_bytes(b"not a zip")
    code, out, err = _import(capsys, office, str(bad), str(good), "--dry-run")
    assert code == 2
    assert f"== {good.name} ==\nXem trước: sẽ nhập — " in out
    assert "bad.egov" in err and "1/2 tệp không xem trước được: bad.egov." in err
    code, out, err = _import(capsys, office, str(bad), str(good), "--dry-run", "--json")
    listing = json.loads(out)  # one JSON document, not one per file
    assert code == 2 and [(i["file"], i["status"]) for i in listing] == [
        (str(bad), "refused"),
        (str(good), "imported"),
    ]
    assert listing[1]["dry_run"] is True and "không phải là gói" in listing[0]["reason"]
    assert _values(office) == [] and _package_backups(office) == []


def test_a_folder_imports_the_packages_in_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    packages = [_send(capsys, _commune(tmp_path, capsys, c), usb) for c in ("00004", "00008")]
    (usb / "ghi chú.txt").write_text("không phải gói", encoding="utf-8")
    code, out, err = _import(capsys, office, str(usb), "--json")
    assert code == 0, err
    assert [(i["file"], i["status"]) for i in json.loads(out)] == [
        (str(p), "imported") for p in packages
    ]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("missing.egov", "Không tìm thấy tệp"),
        ("empty", "không có gói dữ liệu báo cáo nào"),
    ],
)
def test_a_missing_file_or_an_empty_folder_is_refused_in_vietnamese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, name: str, words: str
) -> None:
    (tmp_path / "empty").mkdir()
    for extra in ((), ("--dry-run",), ("--json",)):
        code, out, err = _import(capsys, office, str(tmp_path / name), *extra)
        assert code == 2 and words in err and "Traceback" not in err, err
        assert "không phải là gói" not in err
    assert _values(office) == [] and _package_backups(office) == []


def _declined_at_v2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> Callable[[int, int, int], str]:
    """v1 imported, the office typed 7 in (3), v2 brought 5 there and the office kept its 7.

    Returns how to write a later version (version, figure (3), figure (4)).
    """

    def figures(version: int, first: int, second: int) -> str:
        named = tmp_path / f"v{version}.egov"
        return str(package(named, {"Hộ tịch": {3: first, 4: second}}, version=version))

    _ok(capsys, "--data-dir", office, "package", "import", figures(1, 4, 4))
    _ok(capsys, "--data-dir", office, "entry", "set", "--form", F, "--period", P,
        "--sector", "Hộ tịch", "--col", "3", "7", "--unit", "00004")  # fmt: skip
    _ok(capsys, "--data-dir", office, "package", "import", figures(2, 5, 4), "--prefer", "office")
    return figures


def test_a_value_the_office_declined_before_is_no_conflict_in_a_later_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    figures = _declined_at_v2(tmp_path, capsys, office)
    v3 = figures(3, 5, 6)
    code, out, err = _import(capsys, office, v3, "--dry-run")
    assert code == 0 and err == ""
    assert "II.06a Hộ tịch cột (3): cơ quan đã nhập 7, gói 5 — giữ số liệu cơ quan đã nhập" in out
    assert "(đã chọn khi nhập v2 lúc " in out
    assert "1 số liệu sẽ giữ số của cơ quan, trong đó 1 như đã chọn ở lần nhập trước" in out
    code, out, _err = _import(capsys, office, v3, "--json")
    assert code == 0
    said = json.loads(out)
    assert (said["status"], said["changed"], said["declined"], said["conflicts"]) == (
        "imported",
        1,
        1,
        [],
    )
    (kept,) = said["decided_before"]
    assert (kept["column"], kept["old"], kept["new"], kept["decided_version"]) == (3, 7, 5, 2)
    code, out, err = _import(capsys, office, figures(4, 8, 6), "--json")
    assert code == 2 and json.loads(out)["status"] == "conflict"
    assert json.loads(out)["decided_before"] == []
    assert "cơ quan đã nhập 7, gói 8" in err


def test_reconsider_asks_again_about_a_value_the_office_declined_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    figures = _declined_at_v2(tmp_path, capsys, office)
    v3 = figures(3, 5, 6)
    said = _ok(capsys, "--data-dir", office, "package", "import", v3, "--dry-run")
    assert "thêm --reconsider" in said
    before = _values(office)
    code, out, err = _import(capsys, office, v3, "--reconsider")
    assert code == 2 and "cơ quan đã nhập 7, gói 5" in err and "--prefer" in err
    assert _values(office) == before
    code, out, err = _import(capsys, office, v3, "--reconsider", "--prefer", "package", "--json")
    assert code == 0 and err == ""
    assert (json.loads(out)["changed"], json.loads(out)["declined"]) == (2, 0)
    assert sorted((row[4], row[5]) for row in _values(office)) == [(3, 5), (4, 6)]


def test_apply_update_reconsiders_a_value_the_office_declined_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    figures = _declined_at_v2(tmp_path, capsys, office)
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004", "--period", P,
        "--out", str(tmp_path / "replies"))  # fmt: skip
    # Queued behind the accepted v2: nothing is asked until the request is applied.
    _ok(capsys, "--data-dir", office, "package", "import", figures(3, 5, 6))
    update = ("--data-dir", office, "package", "apply-update", "--unit", "00004", "--period", P)
    code, _out, err = run(capsys, *update, "--reconsider")
    assert code == 2 and "cơ quan đã nhập 7, gói 5" in err
    said = _ok(capsys, *update, "--reconsider", "--prefer", "package")
    assert "giữ số của cơ quan" not in said
    assert sorted((row[4], row[5]) for row in _values(office)) == [(3, 5), (4, 6)]


def test_a_package_naming_its_unit_otherwise_is_flagged_not_refused(
    capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    path = str(package(usb / "a.egov", {"Hộ tịch": {4: 1}}, unit=SENT))
    code, out, err = _import(capsys, office, path, "--dry-run")
    assert code == 0 and out.startswith("Xem trước: sẽ nhập — Phường Ba Đình (00004)")
    assert err == OTHER_NAME + "Kiểm tra lại mã đơn vị trước khi nhập.\n"
    code, out, err = _import(capsys, office, path, "--dry-run", "--json")
    said = json.loads(out)
    assert code == 0 and (said["unit_name"], said["sent_name"]) == ("Phường Ba Đình", "Xã Cũ A")
    assert said["unit"] == "00004" and err.startswith(OTHER_NAME)
    code, out, err = _import(capsys, office, path)
    assert code == 0 and out.startswith("a.egov: Đã nhập — Phường Ba Đình (00004)")
    assert err == OTHER_NAME + TAKEN
    assert _values(office) != []
    # In a batch, the note names its file.
    again = str(package(usb / "b.egov", {"Hộ tịch": {4: 2}}, unit=SENT, version=2))
    code, out, err = _import(capsys, office, again, path, "--dry-run")
    assert code == 0 and f"b.egov: {OTHER_NAME}" in err and f"a.egov: {OTHER_NAME}" in err


def test_an_update_request_naming_its_unit_otherwise_is_flagged_when_applied(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    _ok(capsys, "--data-dir", office, "package", "import",
        str(package(usb / "a.egov", {"Hộ tịch": {4: 1}})))  # fmt: skip
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004", "--period", P,
        "--out", str(tmp_path / "replies"))  # fmt: skip
    later = package(usb / "b.egov", {"Hộ tịch": {4: 2}}, unit=SENT, version=2)
    code, out, err = _import(capsys, office, str(later))
    assert code == 0 and "chờ" in out
    assert err == OTHER_NAME + TAKEN
    update = ("--data-dir", office, "package", "apply-update", "--unit", "00004", "--period", P)
    code, out, err = run(capsys, *update)
    assert code == 0 and out != ""
    assert err == OTHER_NAME + TAKEN
    assert [row[5] for row in _values(office)] == [2]


def test_the_same_name_otherwise_cased_is_no_note(
    capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    same = PackageUnit("00004", " phường  BA ĐÌNH", "2025", "01")
    path = str(package(usb / "a.egov", {"Hộ tịch": {4: 1}}, unit=same))
    code, out, err = _import(capsys, office, path, "--json")
    said = json.loads(out)
    assert code == 0 and err == ""
    assert (said["unit_name"], said["sent_name"]) == ("Phường Ba Đình", None)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Giữ số cơ quan đã nhập", 99),
        ("giu so co quan da nhap", 99),
        ("LẤY SỐ CỦA GÓI", 11),
        ("lay so cua goi", 11),
    ],
)
def test_the_side_to_keep_is_chosen_by_its_name(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    office: str,
    usb: Path,
    typed: str,
    kept: int,
) -> None:
    newer = _conflicting(tmp_path, capsys, office, usb)
    code, out, err = _import(capsys, office, str(newer), "--prefer", typed)
    assert code == 0 and out.startswith(f"{newer.name}: Đã nhập"), err
    assert _shown(capsys, office, "II.06a-agg", P)["total"]["4"] == kept


def test_another_side_to_keep_is_refused_with_the_choices(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str, usb: Path
) -> None:
    newer = _conflicting(tmp_path, capsys, office, usb)
    before, backups = _values(office), _package_backups(office)
    code, out, err = _import(capsys, office, str(newer), "--prefer", "của gói")
    assert (code, out) == (2, "")
    assert (
        'tham số --prefer: "của gói" không hợp lệ, hãy chọn một trong: package — lấy số của gói; '
        "office — giữ số cơ quan đã nhập"
    ) in err
    assert _values(office) == before and _package_backups(office) == backups
