"""Two communes → packages → office: totals, re-import, versions, locks, replies, refusals."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from egov_desktop.exchange.package import PackageUnit
from egov_desktop.export.templates import get_template
from tests.cli.runner import run
from tests.packages import package
from tests.zips import uninflatable

P = "2025-Q3"
F = "II.06a"
# Each commune's figures: sector -> {column: value}, consistent with the form's identities.
FIGURES = {
    "00004": {"Hộ tịch": {3: 12, 4: 10, 5: 2, 7: 10, 8: 5, 9: 4, 10: 1, 11: 2, 12: 1, 13: 1}},
    "00008": {"Hộ tịch": {3: 3, 4: 3, 7: 3, 8: 2, 9: 1},
              "Chứng thực": {3: 7, 4: 7, 7: 7, 8: 7}},
}  # fmt: skip
#: A correction of 00004's "Hộ tịch": one more dossier received online, still pending.
CORRECTED = {3: 13, 4: 11, 5: 2, 7: 10, 8: 5, 9: 4, 10: 1, 11: 3, 12: 2, 13: 1}


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def _fill(
    capsys: pytest.CaptureFixture[str], folder: str, figures: dict[str, dict[int, int]]
) -> None:
    for sector, columns in figures.items():
        for col, value in columns.items():
            _ok(capsys, "--data-dir", folder, "entry", "set", "--form", F, "--period", P,
                "--sector", sector, "--col", str(col), str(value))  # fmt: skip
    _ok(capsys, "--data-dir", folder, "entry", "status", "--form", F, "--period", P,
        "--set", "done", "--note", "ok")  # fmt: skip


def _commune(tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str) -> str:
    folder = str(tmp_path / code)
    _ok(capsys, "--data-dir", folder, "setup", "--unit", code, "--role", "commune")
    _fill(capsys, folder, FIGURES[code])
    return folder


def _send(capsys: pytest.CaptureFixture[str], folder: str, out: Path) -> Path:
    sent = json.loads(
        _ok(
            capsys,
            "--data-dir",
            folder,
            "package",
            "export",
            "--period",
            P,
            "--forms",
            F,
            "--out",
            str(out),
            "--json",
        )  # fmt: skip
    )
    path = Path(sent["file"])
    assert path.exists() and path.parent == out
    return path


def _shown(
    capsys: pytest.CaptureFixture[str], folder: str, form: str, period: str, unit: str = ""
) -> Any:
    """`egov entry show … --json` of a data folder (of one subordinate unit when given)."""
    extra = ("--unit", unit) if unit else ()
    args = ("entry", "show", "--form", form, "--period", period, *extra, "--json")
    return json.loads(_ok(capsys, "--data-dir", folder, *args))


def _import(capsys: pytest.CaptureFixture[str], office: str, path: Path, *extra: str) -> dict:  # type: ignore[type-arg]
    return json.loads(
        _ok(capsys, "--data-dir", office, "package", "import", str(path), "--json", *extra)
    )


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "office")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "01", "--role", "aggregator")
    return folder


def _values_count(folder: str) -> int:
    with sqlite3.connect(Path(folder) / "egov.sqlite") as db:
        return int(db.execute("select count(*) from report_value").fetchone()[0])


def test_two_communes_add_up_at_the_office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    packages = [_send(capsys, _commune(tmp_path, capsys, c), out) for c in ("00004", "00008")]
    assert packages[0].name == "BC_00004_2025-Q3_v1.egov"
    for path in packages:
        result = _import(capsys, office, path)
        assert result["status"] == "imported" and result["version"] == 1
    agg = _shown(capsys, office, "II.06a-agg", P)
    assert [r["unit"] for r in agg["rows"]] == ["00004", "00008"]
    assert agg["form"] == "II.06a-agg" and agg["period"]["code"] == P
    assert agg["total"]["4"] == 10 + 3 + 7 and agg["total"]["7"] == 10 + 3 + 7
    assert agg["rows"][0]["values"]["4"] == 10 and agg["rows"][1]["values"]["4"] == 10
    one = _shown(capsys, office, F, P, "00008")
    sectors = {row["sector"]: row for row in one["rows"]}
    assert sectors["Chứng thực"]["values"]["4"] == 7
    # The same package again changes nothing and says so.
    before = _values_count(office)
    assert _import(capsys, office, packages[0])["status"] == "unchanged"
    assert _values_count(office) == before
    matrix = json.loads(_ok(capsys, "--data-dir", office, "completeness", "--period", P, "--json"))
    states = {(u["unit_code"], u["form"]): u["status"] for u in matrix["units"]}
    assert states[("00004", F)] == "received" and states[("00025", F)] == "missing"
    reminder = _ok(
        capsys, "--data-dir", office, "completeness", "--period", P, "--forms", F, "--reminder"
    )
    assert "Phường Giảng Võ (00025)" in reminder and "Phường Ba Đình" not in reminder
    # The total of column (4) drills down to the figures and the package version of each.
    behind = json.loads(
        _ok(
            capsys,
            "--data-dir",
            office,
            "package",
            "sources",
            "--period",
            P,
            "--column",
            "4",
            "--json",
        )  # fmt: skip
    )
    assert behind["total"] == agg["total"]["4"]
    assert {(f["unit_code"], f["row"], f["value"], f["kind"], f["version"])
            for f in behind["figures"]} == {
        ("00004", "Hộ tịch", 10, "package", 1),
        ("00008", "Hộ tịch", 3, "package", 1),
        ("00008", "Chứng thực", 7, "package", 1),
    }  # fmt: skip
    text = _ok(capsys, "--data-dir", office, "package", "sources", "--period", P, "--unit", "00008")
    assert "Chứng thực\t(4)\t7\tgói v1, nhận lúc" in text
    code, _out, err = run(capsys, "--data-dir", office, "package", "sources", "--period", P,
                          "--unit", "99999")  # fmt: skip
    assert code == 2 and "99999" in err


def test_an_office_s_todo_counts_its_units(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    _import(capsys, office, _send(capsys, _commune(tmp_path, capsys, "00004"), out))
    todo = ("--data-dir", office, "entry", "todo", "--today", "2025-10-01")
    items = {(i["form"], i["period_code"]): i for i in json.loads(_ok(capsys, *todo, "--json"))}
    item = items[(F, P)]
    assert item["reported"] == 1 and item["expected"] > 100 and item["status"] == "in_progress"
    assert items[("II.07b", P)]["reported"] == 0
    assert f"{F}\tQuý III năm 2025\t1/{item['expected']} đơn vị đã nộp" in _ok(capsys, *todo)


def test_sent_reports_are_locked_until_reopened_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    folder = _commune(tmp_path, capsys, "00004")
    out = tmp_path / "usb"
    out.mkdir()
    first = _send(capsys, folder, out)
    code, _, err = run(capsys, "--data-dir", folder, "entry", "set", "--form", F, "--period", P,
                       "--sector", "Hộ tịch", "--col", "4", "11")  # fmt: skip
    assert code == 2 and "đã được gửi" in err
    code, _, err = run(capsys, "--data-dir", folder, "package", "export", "--period", P)
    assert code == 2 and "mở khóa" in err
    code, _, err = run(capsys, "--data-dir", folder, "package", "reopen", "--form", F,
                       "--period", P, "--reason", " ")  # fmt: skip
    assert code == 2 and "lý do" in err
    _ok(capsys, "--data-dir", folder, "package", "reopen", "--form", F, "--period", P,
        "--reason", "Sai số hồ sơ Hộ tịch")  # fmt: skip
    _fill(capsys, folder, {"Hộ tịch": CORRECTED})
    second = _send(capsys, folder, out)
    assert second.name.endswith("_v2.egov")
    # Newer first, then the older one: the older never overwrites.
    result = _import(capsys, office, second)
    assert result["status"] == "imported" and result["version"] == 2
    assert _import(capsys, office, first)["status"] == "older"
    agg = _shown(capsys, office, "II.06a-agg", P)
    assert agg["total"]["4"] == 11


def test_accepted_period_queues_a_newer_version_and_replies_reach_the_commune(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    folder = _commune(tmp_path, capsys, "00004")
    out = tmp_path / "usb"
    out.mkdir()
    _import(capsys, office, _send(capsys, folder, out))
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00004", "--period", P,
        "--out", str(out))  # fmt: skip
    receipt = out / "BN_00004_2025-Q3_v1.egovr"
    printable = load_workbook(out / "BN_00004_2025-Q3_v1.xlsx").active
    assert printable is not None and printable["A5"].value == "BIÊN NHẬN BÁO CÁO"
    cells = {printable[f"B{r}"].value: printable[f"C{r}"].value for r in range(8, 16)}
    assert (
        cells["Đơn vị gửi báo cáo"] == "Phường Ba Đình (mã 00004)"
        and cells["Phiên bản gói"] == "v1"
    )
    assert "Cấp trên đã tiếp nhận gói v1" in _ok(
        capsys, "--data-dir", folder, "reply", "import", str(receipt)
    )
    _ok(capsys, "--data-dir", folder, "package", "reopen", "--form", F, "--period", P,
        "--reason", "Bổ sung")  # fmt: skip
    _fill(capsys, folder, {"Hộ tịch": CORRECTED})
    update = _send(capsys, folder, out)
    assert _import(capsys, office, update)["status"] == "queued"
    shown = _shown(capsys, office, F, P, "00004")
    assert shown["rows"][0]["values"]["12"] == 1  # still the accepted figures
    waiting = ("--data-dir", office, "completeness", "--period", P, "--forms", F)
    assert json.loads(_ok(capsys, *waiting, "--json"))["queued"] == [
        {"unit": "00004", "version": 2}
    ]
    assert "00004: gói v2 chờ cập nhật" in _ok(capsys, *waiting)
    _ok(capsys, "--data-dir", office, "package", "apply-update", "--unit", "00004", "--period", P)
    assert json.loads(_ok(capsys, *waiting, "--json"))["queued"] == []
    shown = _shown(capsys, office, F, P, "00004")
    assert shown["rows"][0]["values"]["12"] == 2
    _ok(capsys, "--data-dir", office, "package", "return", "--unit", "00004", "--period", P,
        "--reason", "=Thiếu chữ ký", "--out", str(out))  # fmt: skip
    note = load_workbook(out / "TL_00004_2025-Q3_v2.xlsx").active
    assert note is not None and note["A5"].value == "PHIẾU TRẢ LẠI BÁO CÁO"
    # v2 is a correction: its rows come before the result and the reason for returning it.
    rows = {row[1].value: row[2] for row in note.iter_rows(min_row=8) if row[1].value}
    assert rows["Loại báo cáo"].value == "Báo cáo điều chỉnh"
    assert rows["Lý do trả lại"].value == "=Thiếu chữ ký"
    assert rows["Lý do trả lại"].data_type == "s"
    lost = tmp_path / "lost"
    said = _ok(capsys, "--data-dir", folder, "package", "copy", "--period", P, "--version", "1",
               "--out", str(lost))  # fmt: skip
    assert (lost / "BC_00004_2025-Q3_v1.egov").exists() and "Đã chép gói" in said
    code, _, err = run(capsys, "--data-dir", folder, "package", "copy", "--period", P,
                       "--version", "9", "--out", str(lost))  # fmt: skip
    assert code == 2 and "không có gói v9" in err
    reminder = _ok(
        capsys, "--data-dir", office, "completeness", "--period", P, "--forms", F, "--reminder"
    )
    assert "Phường Ba Đình (00004) – báo cáo đã bị trả lại, đề nghị gửi lại" in reminder
    assert "Phường Giảng Võ (00025)\n" in reminder
    said = _ok(
        capsys, "--data-dir", folder, "reply", "import", str(out / "TL_00004_2025-Q3_v2.egovr")
    )
    assert "Thiếu chữ ký" in said
    # The return reopened the report: the commune can correct it at once.
    _ok(capsys, "--data-dir", folder, "entry", "set", "--form", F, "--period", P,
        "--sector", "Hộ tịch", "--col", "12", "1")  # fmt: skip


def test_the_missing_list_counts_a_returned_report_like_its_header_and_the_reminder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    for code, figures in (("00004", FIGURES["00004"]), ("00008", FIGURES["00008"])):
        unit = PackageUnit(code, f"đơn vị {code}", "2025", "01")
        _import(capsys, office, package(tmp_path / f"{code}.egov", figures, unit=unit))
    _ok(capsys, "--data-dir", office, "package", "return", "--unit", "00004", "--period", P,
        "--reason", "Thiếu số liệu", "--out", str(tmp_path / "replies"))  # fmt: skip
    asked = ("--data-dir", office, "completeness", "--period", P, "--forms", F)
    header, *rows = _ok(capsys, *asked, "--missing").splitlines()
    reminder = _ok(capsys, *asked, "--reminder").splitlines()
    units = [row.split("\t")[0] for row in rows]
    assert header.endswith(f": {len(rows)} đơn vị chưa nộp đủ.")
    assert len(reminder) == len(rows) + 2  # the opening line and the request to send
    assert "00004" in units and "00008" not in units
    assert rows[units.index("00004")].endswith("\tII.06a\tđã trả lại v1 18/09/2025 (đúng hạn)")
    listed = json.loads(_ok(capsys, *asked, "--missing", "--json"))["units"]
    assert [u["unit_code"] for u in listed] == units


def test_office_edits_conflict_until_the_user_chooses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    folder = _commune(tmp_path, capsys, "00004")
    out = tmp_path / "usb"
    out.mkdir()
    _import(capsys, office, _send(capsys, folder, out))
    # The office corrects a figure itself (sqlite: the office's GUI typed it).
    with sqlite3.connect(Path(office) / "egov.sqlite") as db:
        db.execute(
            "update report_row set cells = json_set(cells, '$.\"4\"', json_array(99, 'typed'))"
            " where json_type(cells, '$.\"4\"') is not null"
        )
    _ok(capsys, "--data-dir", folder, "package", "reopen", "--form", F, "--period", P,
        "--reason", "Sửa")  # fmt: skip
    _fill(capsys, folder, {"Hộ tịch": CORRECTED})
    newer = _send(capsys, folder, out)
    before = _values_count(office)
    code, printed, err = run(capsys, "--data-dir", office, "package", "import", str(newer),
                             "--json")  # fmt: skip
    result = json.loads(printed)
    assert code == 2 and result["status"] == "conflict" and result["conflicts"][0]["old"] == 99
    assert "chưa nhập gì" in err and "--prefer package" in err and "--prefer office" in err
    assert _values_count(office) == before
    result = _import(capsys, office, newer, "--prefer", "office")
    assert result["status"] == "imported"
    agg = _shown(capsys, office, "II.06a-agg", P)
    assert agg["total"]["4"] == 99 and agg["total"]["12"] == 2


def _tamper(path: Path, target: Path, edit: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for item in source.infolist():
            copy.writestr(item.filename, edit.get(item.filename, source.read(item.filename)))
    return target


def test_refused_packages_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    good = _send(capsys, _commune(tmp_path, capsys, "00004"), out)
    payload = zipfile.ZipFile(good).read("payload.json").replace(b'"value": 10', b'"value": 90')
    tampered = _tamper(good, tmp_path / "tampered.egov", {"payload.json": payload})
    traversal = tmp_path / "traversal.egov"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(traversal, "w") as bad:
        for item in source.infolist():
            bad.writestr(item.filename, source.read(item.filename))
        bad.writestr("../evil.txt", b"x")
    truncated = tmp_path / "truncated.egov"
    truncated.write_bytes(good.read_bytes()[:100])
    # A commune of another province (Cà Mau) sends to the Hà Nội office.
    FIGURES["32248"] = FIGURES["00004"]
    foreign = _send(capsys, _commune(tmp_path, capsys, "32248"), out)
    before = _values_count(office)
    for path, words in (
        (tampered, "SHA-256"),
        (traversal, "không an toàn"),
        (truncated, "hỏng"),
        (foreign, "không thuộc địa bàn"),
    ):
        code, outp, err = run(
            capsys, "--data-dir", office, "package", "import", str(path), "--json"
        )
        assert code == 2 and words in err, (path, err)
        assert json.loads(outp) == {"file": str(path), "status": "refused", "reason": err[5:-1]}
    assert _values_count(office) == before
    assert not (Path(office) / "backups").exists() or not any(
        "package" in p.name for p in (Path(office) / "backups").iterdir()
    )
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "00004"), "package", "import", str(good)
    )
    assert code == 2 and "cơ quan tổng hợp" in err


def test_a_batch_imports_the_good_packages_and_names_the_refused_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    packages = [_send(capsys, _commune(tmp_path, capsys, c), out) for c in ("00004", "00008")]
    broken = tmp_path / "broken.egov"
    broken.write_bytes(b"PK\x03\x04 truncated")
    files = [str(p) for p in (packages[0], broken, packages[1], packages[0])]
    code, printed, err = run(capsys, "--data-dir", office, "package", "import", *files, "--json")
    assert code == 2 and "broken.egov" in err
    statuses = [item["status"] for item in json.loads(printed)]
    assert statuses == ["imported", "refused", "imported", "unchanged"]
    backups = [p for p in (Path(office) / "backups").iterdir() if "package" in p.name]
    assert len(backups) == 1
    agg = _shown(capsys, office, "II.06a-agg", P)
    assert agg["total"]["4"] == 10 + 3 + 7


def test_the_office_enters_figures_for_a_unit_without_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    for col, value in ((3, 5), (4, 5), (7, 5), (8, 5)):
        _ok(capsys, "--data-dir", office, "entry", "set", "--form", F, "--period", P,
            "--sector", "Hộ tịch", "--col", str(col), str(value), "--unit", "00025")  # fmt: skip
    matrix = json.loads(
        _ok(capsys, "--data-dir", office, "completeness", "--period", P, "--forms", F, "--json")
    )
    states = {u["unit_code"]: u["status"] for u in matrix["units"]}
    assert states["00025"] == "entered" and states["00004"] == "missing"
    agg = _shown(capsys, office, "II.06a-agg", P)
    assert [r["unit"] for r in agg["rows"]] == ["00025"] and agg["total"]["4"] == 5
    # A commune of another province is not the office's to enter.
    code, _, err = run(capsys, "--data-dir", office, "entry", "set", "--form", F, "--period", P,
                       "--sector", "Hộ tịch", "--col", "4", "1", "--unit", "32248")  # fmt: skip
    assert code == 2 and "32248" in err
    # The unit later sends a package: the office's own figures conflict until chosen.
    FIGURES["00025"] = FIGURES["00004"]
    package = _send(capsys, _commune(tmp_path, capsys, "00025"), tmp_path)
    code, printed, _err = run(capsys, "--data-dir", office, "package", "import", str(package),
                              "--json")  # fmt: skip
    result = json.loads(printed)
    assert code == 2 and result["status"] == "conflict"
    assert {c["old"] for c in result["conflicts"]} == {5}


def test_sector_totals_across_units_and_their_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    for c in ("00004", "00008"):
        _import(capsys, office, _send(capsys, _commune(tmp_path, capsys, c), out))
    shown = _shown(capsys, office, "II.06a-sectors", P)
    assert shown["form"] == "II.06a-sectors" and shown["period"]["code"] == P
    rows = {r["sector"]: r["values"] for r in shown["rows"]}
    assert rows["Hộ tịch"]["4"] == 10 + 3 and rows["Chứng thực"]["4"] == 7
    assert shown["total"]["4"] == 20
    _ok(capsys, "--data-dir", office, "report", "export", "--form", "II.06a-sectors",
        "--period", P, "--out", str(out))  # fmt: skip
    sheet = load_workbook(out / "II.06a-sectors_01_2025-Q3.xlsx").active
    assert sheet is not None
    labels = {sheet.cell(r, 2).value: sheet.cell(r, 4).value for r in range(15, 20)}
    assert labels["Hộ tịch"] == 13 and labels["Tổng số"] == 20


def test_pre_reform_reports_of_old_communes_add_up_in_their_successor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    early = "2025-Q1"
    sent = []
    for legacy, received in (("00006", 4), ("00007", 6)):
        folder = str(tmp_path / f"legacy{legacy}")
        _ok(capsys, "--data-dir", folder, "setup", "--unit", legacy, "--role", "commune",
            "--catalog", "legacy")  # fmt: skip
        for col, value in ((3, received), (4, received), (7, received), (8, received)):
            _ok(capsys, "--data-dir", folder, "entry", "set", "--form", F, "--period", early,
                "--sector", "Hộ tịch", "--col", str(col), str(value))  # fmt: skip
        _ok(capsys, "--data-dir", folder, "entry", "status", "--form", F, "--period", early,
            "--set", "done", "--note", "ok")  # fmt: skip
        sent.append(json.loads(
            _ok(capsys, "--data-dir", folder, "package", "export", "--period", early,
                "--out", str(out), "--json")  # fmt: skip
        )["file"])  # fmt: skip
    for path in sent:
        assert _import(capsys, office, Path(path))["status"] == "imported"
    agg = _shown(capsys, office, "II.06a-agg", early)
    (row,) = agg["rows"]
    assert row["unit"] == "00008" and row["values"]["4"] == 10
    assert row["lineage"][0].startswith("00006") and row["lineage"][1].endswith("(một phần)")
    # The text output names them too, on the successor's row.
    shown = _ok(capsys, "--data-dir", office, "entry", "show", "--form", "II.06a-agg",
                "--period", early).splitlines()  # fmt: skip
    assert shown[1].startswith(f"00008 Phường Ngọc Hà (gồm: {'; '.join(row['lineage'])})\t")
    matrix = json.loads(
        _ok(
            capsys, "--data-dir", office, "completeness", "--period", early, "--forms", F, "--json"
        )  # fmt: skip
    )
    states = {u["unit_code"]: u["status"] for u in matrix["units"]}
    assert states["00008"] == "received" and states["00004"] == "missing"
    _ok(capsys, "--data-dir", office, "report", "export", "--form", "II.06a-agg",
        "--period", early, "--out", str(out))  # fmt: skip
    sheet = load_workbook(out / "II.06a-agg_01_2025-Q1.xlsx").active
    assert sheet is not None
    labels = [str(sheet.cell(r, 2).value) for r in range(14, 20)]
    assert any(label.startswith("Phường Ngọc Hà (gồm: 00006") for label in labels)
    # An old commune's report of a period after the reform is no office's: the old commune
    # cannot make the package, and the office refuses one made otherwise, for the same reason.
    folder = str(tmp_path / "legacy00006")
    _ok(capsys, "--data-dir", folder, "entry", "set", "--form", F, "--period", P,
        "--sector", "Hộ tịch", "--col", "3", "0")  # fmt: skip
    _ok(capsys, "--data-dir", folder, "entry", "status", "--form", F, "--period", P,
        "--set", "done", "--note", "ok")  # fmt: skip
    code, said, err = run(capsys, "--data-dir", folder, "package", "export", "--period", P,
                          "--out", str(out))  # fmt: skip
    assert (code, said) == (2, "") and not list(out.glob("BC_00006_2025-Q3_*"))
    reason = (
        "Phường Vĩnh Phúc (mã cũ 00006) cho Quý III năm 2025 (15/06/2025 – 14/09/2025), kết "
        "thúc sau ngày 30/06/2025: các kỳ này do Phường Ngọc Hà (mã 00008), đơn vị tiếp nhận "
        "Phường Vĩnh Phúc từ ngày 01/07/2025, báo cáo"
    )
    assert f"Không tạo gói báo cáo của {reason}. Không cơ quan tổng hợp nào nhận" in err
    old = PackageUnit("00006", "Phường Vĩnh Phúc", "legacy", "01", "001")
    late = package(out / "late.egov", {"Hộ tịch": {3: 0}}, unit=old)
    code, _, err = run(capsys, "--data-dir", office, "package", "import", str(late))
    assert code == 2 and "không thuộc địa bàn" not in err
    assert f"Gói late.egov là báo cáo của {reason}; gói bị từ chối." in err


def _legacy_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str, out: Path, value: int
) -> tuple[str, Path]:
    """An old commune (legacy catalogue) sends its 2025-Q1 II.06a; (data folder, package)."""
    folder = str(tmp_path / f"legacy{code}")
    if not Path(folder).exists():
        _ok(capsys, "--data-dir", folder, "setup", "--unit", code, "--role", "commune",
            "--catalog", "legacy")  # fmt: skip
    for col in (3, 4, 7, 8):
        _ok(capsys, "--data-dir", folder, "entry", "set", "--form", F, "--period", "2025-Q1",
            "--sector", "Hộ tịch", "--col", str(col), str(value))  # fmt: skip
    _ok(capsys, "--data-dir", folder, "entry", "status", "--form", F, "--period", "2025-Q1",
        "--set", "done", "--note", "ok")  # fmt: skip
    sent = json.loads(_ok(capsys, "--data-dir", folder, "package", "export", "--period",
                          "2025-Q1", "--out", str(out), "--json"))  # fmt: skip
    return folder, Path(sent["file"])


def test_an_old_communes_pre_reform_report_is_accepted_by_its_code_or_successor(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    early = "2025-Q1"
    folder6, sent6 = _legacy_package(tmp_path, capsys, "00006", out, 4)
    _import(capsys, office, sent6)
    matrix = json.loads(_ok(capsys, "--data-dir", office, "completeness", "--period", early,
                            "--forms", F, "--json"))  # fmt: skip
    (entry,) = [u for u in matrix["units"] if u["unit_code"] == "00008"]
    assert entry["status"] == "received" and entry["sent_by"][0].endswith("(mã cũ 00006)")
    # The matrix shows it under the 2025 commune: that code reaches the one old commune.
    _ok(capsys, "--data-dir", office, "package", "accept", "--unit", "00008", "--period", early)
    receipt = next((tmp_path / "office" / "replies").glob("BN_00006_2025-Q1_v1.egovr"))
    said = _ok(capsys, "--data-dir", folder6, "reply", "import", str(receipt))
    assert "Cấp trên đã tiếp nhận gói v1" in said
    # A second old commune merged into the same one: the successor's code is ambiguous.
    folder7, sent7 = _legacy_package(tmp_path, capsys, "00007", out, 6)
    _import(capsys, office, sent7)
    code, _, err = run(capsys, "--data-dir", office, "package", "return", "--unit", "00008",
                       "--period", early, "--reason", "Thiếu số")  # fmt: skip
    assert code == 2 and "mã cũ 00006" in err and "mã cũ 00007" in err
    _ok(capsys, "--data-dir", office, "package", "return", "--unit", "00007", "--catalog",
        "legacy", "--period", early, "--reason", "Thiếu số")  # fmt: skip
    text = _ok(capsys, "--data-dir", folder7, "reply", "import",
               str(tmp_path / "office" / "replies" / "TL_00007_2025-Q1_v1.egovr"))  # fmt: skip
    assert "Thiếu số" in text
    # 00006 corrects its accepted report: the correction waits as an update request.
    _ok(capsys, "--data-dir", folder6, "package", "reopen", "--form", F, "--period", early,
        "--reason", "Sửa số nhận")  # fmt: skip
    _, update6 = _legacy_package(tmp_path, capsys, "00006", out, 5)
    assert _import(capsys, office, update6)["status"] == "queued"
    shown = _ok(capsys, "--data-dir", office, "package", "apply-update", "--unit", "00008",
                "--period", early)  # fmt: skip
    assert "00006" in shown
    agg = _shown(capsys, office, "II.06a-agg", early)
    assert agg["rows"][0]["values"]["4"] == 5 + 6
    code, _, err = run(capsys, "--data-dir", office, "package", "accept", "--unit", "00001",
                       "--catalog", "legacy", "--period", early)  # fmt: skip
    assert code == 2 and "Chưa nhận gói nào" in err


def test_a_merged_row_opens_onto_its_old_communes_and_each_one_s_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    early = "2025-Q1"
    for code, value in (("00006", 4), ("00007", 6)):  # both merged into 00008 Ngọc Hà
        _import(capsys, office, _legacy_package(tmp_path, capsys, code, out, value)[1])
    sources = _ok(capsys, "--data-dir", office, "package", "sources", "--period", early,
                  "--unit", "00008", "--column", "4")  # fmt: skip
    lines = sources.splitlines()
    assert lines[0].startswith("Phường Vĩnh Phúc (mã cũ 00006) → Phường Ngọc Hà (00008)\tHộ tịch")
    assert lines[-1] == "2 số liệu, tổng 10."
    # The 2025 commune's code reaches both old communes: one must be chosen.
    code, _, err = run(capsys, "--data-dir", office, "entry", "show", "--form", F,
                       "--period", early, "--unit", "00008")  # fmt: skip
    assert code == 2 and "(mã cũ 00006); Phường Cống Vị (mã cũ 00007)" in err
    assert "--catalog legacy" in err
    shown = _ok(capsys, "--data-dir", office, "entry", "show", "--form", F, "--period", early,
                "--unit", "00007")  # fmt: skip
    assert shown.startswith("II.06a — Phường Cống Vị (mã cũ 00007) — Quý I năm 2025")
    one = _ok(capsys, "--data-dir", office, "entry", "show", "--form", F, "--period", early,
              "--unit", "00006", "--catalog", "legacy", "--json")  # fmt: skip
    data = json.loads(one)
    assert data["unit"]["catalog"] == "legacy" and data["total"]["4"] == 4


def test_a_merged_commune_s_missing_old_communes_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    _import(capsys, office, _legacy_package(tmp_path, capsys, "00006", out, 4)[1])
    args = ("--data-dir", office, "completeness", "--period", "2025-Q1", "--forms", F)
    matrix = json.loads(_ok(capsys, *args, "--json"))
    (entry,) = [u for u in matrix["units"] if u["unit_code"] == "00008"]
    assert entry["status"] == "received"  # the fields it had are kept
    assert (entry["old_expected"], entry["old_received"]) == (5, 1)
    assert entry["old_missing"][0] == "Phường Cống Vị (mã cũ 00007)"
    line = next(x for x in _ok(capsys, *args).splitlines() if x.startswith("00008"))
    assert "đã nhận 1/5 xã cũ, còn thiếu: Phường Cống Vị (mã cũ 00007); " in line
    reminder = _ok(capsys, *args, "--reminder")
    assert "Phường Ngọc Hà (00008) – còn thiếu báo cáo của Phường Cống Vị (mã cũ 00007)" in (
        reminder
    )


def _unnamed(path: Path) -> Path:
    """A copy of a report whose unit lines are as the blank template has them: no unit named."""
    book = load_workbook(path)
    sheet = book.active
    assert sheet is not None
    sheet["A2"], sheet["H4"] = None, "Đơn vị báo cáo: ……………"
    copy = path.with_name(f"tay_{path.name}")
    book.save(copy)
    return copy


def test_a_units_hand_filled_excel_report_is_read_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    # The unit filled the built-in II.06a template by hand (here: exported by a commune,
    # its unit lines left blank as in the template).
    folder = _commune(tmp_path, capsys, "00004")
    _ok(capsys, "--data-dir", folder, "report", "export", "--form", F, "--period", P,
        "--out", str(tmp_path))  # fmt: skip
    filled = _unnamed(tmp_path / "II.06a_00004_2025-Q3.xlsx")
    result = json.loads(
        _ok(
            capsys,
            "--data-dir",
            office,
            "entry",
            "import-excel",
            str(filled),
            "--form",
            F,
            "--period",
            P,
            "--unit",
            "00025",
            "--json",
        )  # fmt: skip
    )
    assert result["changed"] == 10 and {c["row"] for c in result["cells"]} >= {"Hộ tịch"}
    shown = _shown(capsys, office, F, P, "00025")
    row = next(r for r in shown["rows"] if r["sector"] == "Hộ tịch")
    assert row["values"]["4"] == 10
    with sqlite3.connect(Path(office) / "egov.sqlite") as db:
        assert {s for (s,) in db.execute("select distinct source from report_value")} == {
            "imported"
        }
    backups = sorted((Path(office) / "backups").glob("*before-unit-file-import*"))
    assert len(backups) == 1
    # Another period's file is refused, nothing written (and no backup needed). Before the
    # reform the figures are an old commune's (Vĩnh Phúc, merged into Ngọc Hà 00008).
    code, _, err = run(capsys, "--data-dir", office, "entry", "import-excel", str(filled),
                       "--form", F, "--period", "2025-Q2", "--unit", "00006",
                       "--catalog", "legacy")  # fmt: skip
    assert code == 2 and "Quý III năm 2025" in err
    assert sorted((Path(office) / "backups").glob("*before-unit-file-import*")) == backups
    matrix = json.loads(
        _ok(
            capsys,
            "--data-dir",
            office,
            "completeness",
            "--period",
            "2025-Q2",
            "--forms",
            F,
            "--json",
        )  # fmt: skip
    )
    assert {u["unit_code"]: u["status"] for u in matrix["units"]}["00008"] == "missing"
    # Looking at a file (--dry-run), or a file with a row the form lacks, leaves no trace:
    # not even the unit or its sector list, which the first figure brings.
    before = _dump(office)
    _ok(capsys, "--data-dir", office, "entry", "import-excel", str(filled), "--form", F,
        "--period", P, "--unit", "00008", "--dry-run")  # fmt: skip
    assert _dump(office) == before
    book = load_workbook(filled)
    sheet = book.active
    assert sheet is not None
    last = max(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "Hộ tịch")
    sheet.cell(last, 2).value = "Lĩnh vực không có"
    book.save(tmp_path / "odd.xlsx")
    code, _, err = run(capsys, "--data-dir", office, "entry", "import-excel",
                       str(tmp_path / "odd.xlsx"), "--form", F, "--period", P,
                       "--unit", "00008")  # fmt: skip
    assert code == 2 and "Lĩnh vực không có" in err
    assert _dump(office) == before


def test_a_damaged_filled_report_is_refused_with_nothing_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    source = get_template(F).workbook
    filled = uninflatable(source, tmp_path / "hong.xlsx", "xl/worksheets/sheet1.xml")
    before = _dump(office)
    code, out, err = run(capsys, "--data-dir", office, "entry", "import-excel", str(filled),
                         "--form", F, "--period", P, "--unit", "00025")  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith("Lỗi: Không đọc được tệp hong.xlsx: nội dung bên trong tệp Excel bị hỏng")
    assert _dump(office) == before
    assert not list((Path(office) / "backups").glob("*before-unit-file-import*"))


def test_a_filled_report_naming_another_unit_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    """Ba Đình's report is not read into Hoàn Kiếm; it is read for Ba Đình."""
    folder = _commune(tmp_path, capsys, "00004")
    _ok(capsys, "--data-dir", folder, "report", "export", "--form", F, "--period", P,
        "--out", str(tmp_path))  # fmt: skip
    filled = tmp_path / "II.06a_00004_2025-Q3.xlsx"
    read = ("--data-dir", office, "entry", "import-excel", str(filled), "--form", F,
            "--period", P)  # fmt: skip
    before = _dump(office)
    code, out, err = run(capsys, *read, "--unit", "00070")
    assert code == 2 and out == ""
    assert 'ghi "Đơn vị báo cáo: UBND Phường Ba Đình", không phải Phường Hoàn Kiếm (00070)' in err
    assert _dump(office) == before
    assert not list((Path(office) / "backups").glob("*before-unit-file-import*"))
    assert json.loads(_ok(capsys, *read, "--unit", "00004", "--json"))["changed"] == 10


def test_a_unit_s_figures_that_break_the_form_are_named_at_the_office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    # The unit's hand-filled copy: one more dossier received online, none resolved or pending.
    folder = _commune(tmp_path, capsys, "00004")
    _ok(capsys, "--data-dir", folder, "report", "export", "--form", F, "--period", P,
        "--out", str(tmp_path))  # fmt: skip
    book = load_workbook(_unnamed(tmp_path / "II.06a_00004_2025-Q3.xlsx"))
    sheet = book.active
    assert sheet is not None
    row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "Hộ tịch")
    sheet.cell(row, 3).value, sheet.cell(row, 4).value = 13, 11
    book.save(tmp_path / "filled.xlsx")
    code, out, err = run(capsys, "--data-dir", office, "entry", "import-excel",
                         str(tmp_path / "filled.xlsx"), "--form", F, "--period", P,
                         "--unit", "00025", "--json")  # fmt: skip
    assert code == 0 and json.loads(out)["changed"] == 10  # the unit's figures, as they are
    broken = "Số hồ sơ nhận giải quyết (13) khác Đã giải quyết + Đang giải quyết (12)"
    assert [p["message"] for p in json.loads(out)["problems"]] == [broken]
    assert f"Lỗi — Hộ tịch: {broken}" in err and "vẫn được nhập" in err
    code, checked, _ = run(capsys, "--data-dir", office, "validate", "--form", F, "--period", P,
                           "--unit", "00025")  # fmt: skip
    assert code == 1 and checked == f"Lỗi — Hộ tịch: {broken}\n"
    own = _ok(capsys, "--data-dir", office, "validate", "--form", F, "--period", P)
    assert own == "Không có lỗi.\n"  # the office's own report holds nothing
    code, by_unit, _ = run(capsys, "--data-dir", office, "validate", "--form", "II.06a-agg",
                           "--period", P)  # fmt: skip
    assert code == 1
    assert f"Lỗi — Phường Giảng Võ (00025) — Hộ tịch: {broken}" in by_unit
    assert "Lỗi — Tổng số: Số hồ sơ nhận giải quyết (13)" in by_unit
    by_sector = _shown(capsys, office, "II.06a-sectors", P)
    assert by_sector["problems"][0]["sector"] == "Hộ tịch — Phường Giảng Võ (00025)"
    code, _, err = run(capsys, "--data-dir", office, "report", "export", "--form",
                       "II.06a-agg", "--period", P, "--out", str(tmp_path))  # fmt: skip
    assert code == 0 and f"Phường Giảng Võ (00025) — Hộ tịch: {broken}" in err


def _dump(folder: str) -> list[str]:
    with sqlite3.connect(Path(folder) / "egov.sqlite") as db:
        return list(db.iterdump())


def test_a_unit_counting_calendar_quarters_is_flagged_at_a_cut_off_office(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    folder = str(tmp_path / "00004")
    _ok(capsys, "--data-dir", folder, "setup", "--unit", "00004", "--role", "commune",
        "--period-mode", "calendar")  # fmt: skip
    _fill(capsys, folder, FIGURES["00004"])
    path = _send(capsys, folder, tmp_path)
    code, out, err = run(capsys, "--data-dir", office, "package", "import", str(path), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["status"] == "imported" and result["other_window"] is True
    assert result["window"] == {"start": "2025-07-01", "end": "2025-09-30"}
    assert result["office_window"] == {"start": "2025-06-15", "end": "2025-09-14"}
    assert "từ ngày 01/07/2025 đến ngày 30/09/2025" in err and "15/06/2025" in err
    # The completeness matrix keeps saying so after the import.
    matrix = json.loads(_ok(capsys, "--data-dir", office, "completeness", "--period", P,
                            "--forms", F, "--json"))  # fmt: skip
    entries = {u["unit_code"]: u for u in matrix["units"]}
    assert entries["00004"]["other_window"] == ["2025-07-01", "2025-09-30"]
    assert entries["00008"]["other_window"] is None
    text = _ok(capsys, "--data-dir", office, "completeness", "--period", P, "--forms", F)
    assert "tính kỳ từ 01/07/2025 đến 30/09/2025" in text


def _mode(capsys: pytest.CaptureFixture[str], folder: str, unit: str, role: str, mode: str) -> str:
    code, _out, err = run(capsys, "--data-dir", folder, "setup", "--unit", unit, "--role", role,
                          "--period-mode", mode)  # fmt: skip
    assert code == 0
    return err


def _recorded(folder: str) -> list[tuple[str, str, str]]:
    """(unit code, form, period mode) of every report status of a data folder."""
    with sqlite3.connect(Path(folder) / "egov.sqlite") as db:
        return db.execute(
            "select u.code, s.form, s.period_mode from report_status s"
            " join unit u on u.id = s.unit_id order by u.code, s.form"
        ).fetchall()


def test_figures_counted_in_the_former_mode_are_not_packaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _commune(tmp_path, capsys, "00004")
    _mode(capsys, folder, "00004", "commune", "calendar")
    out = tmp_path / "usb"
    code, stdout, err = run(capsys, "--data-dir", folder, "package", "export", "--period", P,
                            "--out", str(out))  # fmt: skip
    assert code == 2 and stdout == "" and not out.exists()
    assert "15/06/2025 – 14/09/2025" in err and "01/07/2025 – 30/09/2025" in err
    assert "egov stats --form II.06a --period 2025-Q3 --apply" in err
    # Back to the mode they were counted in: they go, labelled with it.
    _mode(capsys, folder, "00004", "commune", "cutoff")
    assert _send(capsys, folder, out).exists()


def test_the_office_is_warned_of_a_unit_counted_in_another_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    calendar = str(tmp_path / "00004")
    _ok(capsys, "--data-dir", calendar, "setup", "--unit", "00004", "--role", "commune",
        "--period-mode", "calendar")  # fmt: skip
    _fill(capsys, calendar, FIGURES["00004"])
    _import(capsys, office, _send(capsys, calendar, out))
    _import(capsys, office, _send(capsys, _commune(tmp_path, capsys, "00008"), out))
    assert _recorded(office) == [("00004", F, "calendar"), ("00008", F, "cutoff")]
    for form in ("II.06a-agg", "II.06a-sectors"):
        code, stdout, err = run(capsys, "--data-dir", office, "entry", "show", "--form", form,
                                "--period", P)  # fmt: skip
        assert code == 0 and stdout.startswith(("Đơn vị", "Lĩnh vực"))
        assert err.startswith("Lưu ý: Biểu II.06a Quý III năm 2025 theo cách tính kỳ chốt số liệu")
        assert "1 đơn vị" in err and "Phường Ba Đình (00004)" in err and "00008" not in err
    code, stdout, err = run(capsys, "--data-dir", office, "report", "export", "--form",
                            "II.06a-agg", "--period", P, "--out", str(tmp_path))  # fmt: skip
    assert code == 0 and Path(stdout.strip()).exists()
    assert "Lưu ý: Biểu II.06a Quý III năm 2025" in err and "Phường Ba Đình (00004)" in err
    # The unit's own figures are shown as counted, not over the office's window.
    code, _, err = run(capsys, "--data-dir", office, "entry", "show", "--form", F, "--period", P,
                       "--unit", "00004")  # fmt: skip
    assert code == 2 and "--mode calendar" in err
    args = ("entry", "show", "--form", F, "--period", P, "--unit", "00004", "--mode", "calendar")
    shown = json.loads(_ok(capsys, "--data-dir", office, *args, "--json"))
    assert shown["period"]["start"] == "2025-07-01"


def test_a_hand_filled_excel_report_is_the_office_s_mode_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    """Read over figures counted in the office's former mode, the file's replace them."""
    _ok(capsys, "--data-dir", office, "entry", "set", "--form", F, "--period", P,
        "--unit", "00025", "--sector", "Hộ tịch", "--col", "3", "1")  # fmt: skip
    assert _recorded(office) == [("00025", F, "cutoff")]
    _mode(capsys, office, "01", "aggregator", "calendar")
    code, _, err = run(capsys, "--data-dir", office, "entry", "show", "--form", F, "--period", P,
                       "--unit", "00025")  # fmt: skip
    assert code == 2 and "--mode cutoff" in err
    folder = _commune(tmp_path, capsys, "00004")  # a unit's figures, filled in the template
    _ok(capsys, "--data-dir", folder, "report", "export", "--form", F, "--period", P,
        "--out", str(tmp_path))  # fmt: skip
    _ok(capsys, "--data-dir", office, "entry", "import-excel",
        str(_unnamed(tmp_path / "II.06a_00004_2025-Q3.xlsx")), "--form", F, "--period", P,
        "--unit", "00025")  # fmt: skip
    assert _recorded(office) == [("00025", F, "calendar")]
    assert _shown(capsys, office, F, P, "00025")["period"]["start"] == "2025-07-01"


def test_the_office_is_warned_of_figures_it_returned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    _import(capsys, office, _send(capsys, _commune(tmp_path, capsys, "00004"), out))
    _ok(capsys, "--data-dir", office, "package", "return", "--unit", "00004", "--period", P,
        "--reason", "Thiếu số liệu", "--out", str(tmp_path / "replies"))  # fmt: skip
    code, stdout, err = run(capsys, "--data-dir", office, "entry", "show", "--form",
                            "II.06a-agg", "--period", P)  # fmt: skip
    assert code == 0 and stdout.startswith("Đơn vị")
    assert err.startswith("Lưu ý: Biểu II.06a Quý III năm 2025 vẫn cộng số liệu của 1 đơn vị")
    assert "Phường Ba Đình (00004) — gói v1, trả lại lúc" in err and "Thiếu số liệu" in err


def test_the_sheet_by_unit_marks_figures_the_office_typed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], office: str
) -> None:
    out = tmp_path / "usb"
    out.mkdir()
    _import(capsys, office, _send(capsys, _commune(tmp_path, capsys, "00004"), out))
    _ok(capsys, "--data-dir", office, "entry", "set", "--form", F, "--period", P, "--unit",
        "00025", "--sector", "Hộ tịch", "--col", "3", "2")  # fmt: skip
    rows = {row["unit"]: row for row in _shown(capsys, office, "II.06a-agg", P)["rows"]}
    assert rows["00004"]["entered"] is None and rows["00025"]["entered"] == "typed"
    code, stdout, _err = run(capsys, "--data-dir", office, "entry", "show", "--form",
                             "II.06a-agg", "--period", P)  # fmt: skip
    assert code == 0 and "00025 Phường Giảng Võ (số liệu do cơ quan tổng hợp nhập)\t" in stdout
