import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.cli.runner import egov, run, tables

F = "II.06a"


def put(capsys: pytest.CaptureFixture[str], data: str, sector: str, col: int, value: str) -> int:
    return egov(
        capsys, data, "entry", "set", "--form", F, "--period", "2025-Q3",
        "--sector", sector, "--col", str(col), value,
    )[0]  # fmt: skip


def snapshot(data: str) -> dict[str, list[Any]]:
    return tables(data, "report_value", "report_status", "sector", "audit_entry")


def test_period_show_without_setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "none"
    code, out, _ = run(capsys, "--data-dir", str(folder), "period", "show", "2025-Q3", "--json")
    assert code == 0
    assert json.loads(out) == {
        "code": "2025-Q3",
        "mode": "cutoff",
        "start": "2025-06-15",
        "end": "2025-09-14",
    }
    assert not folder.exists()
    code, out, _ = run(
        capsys, "--data-dir", str(folder), "period", "show", "2025-M01", "--mode", "calendar",
        "--json",
    )  # fmt: skip
    assert json.loads(out) == {
        "code": "2025-M01",
        "mode": "calendar",
        "start": "2025-01-01",
        "end": "2025-01-31",
    }
    code, out, _ = run(capsys, "--data-dir", str(folder), "period", "show", "2025-Q1")
    assert code == 0 and "Quý I năm 2025" in out and "15/12/2024" in out


def test_period_show_uses_the_installation_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(tmp_path / "cal")
    run(
        capsys, "--data-dir", folder, "setup", "--unit", "00004", "--role", "commune",
        "--period-mode", "calendar",
    )  # fmt: skip
    code, out, _ = run(capsys, "--data-dir", folder, "period", "show", "2025-Q3", "--json")
    assert json.loads(out)["mode"] == "calendar"
    assert json.loads(out)["end"] == "2025-09-30"
    code, out, _ = run(
        capsys, "--data-dir", folder, "period", "show", "2025-Q3", "--mode", "cutoff", "--json"
    )
    assert json.loads(out)["start"] == "2025-06-15"


@pytest.mark.parametrize(
    "args",
    [["2025-Q5"], ["2025-Q3", "--mode", "weekly"], ["Q3"], ["0000-Q1"], ["0999-Q1"], ["9999-Q1"]],
)
def test_period_show_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", str(tmp_path / "x"), "period", "show", *args)
    assert code == 2 and out == "" and err.startswith(("Lỗi", "cách dùng"))
    assert "Lỗi" in err


def test_entry_set_show_json(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert put(capsys, data, "Hộ tịch", 3, "10") == 0
    assert put(capsys, data, "ho tich", 4, "1.234") == 0
    assert put(capsys, data, "Đất đai", 3, "5") == 0
    assert put(capsys, data, "Hộ tịch", 4, "") == 0
    code, out, _ = egov(capsys, data, "entry", "show", "--form", F, "--period", "2025-Q3", "--json")
    assert code == 0
    shown = json.loads(out)
    assert shown["form"] == F
    assert shown["period"] == {
        "code": "2025-Q3",
        "mode": "cutoff",
        "start": "2025-06-15",
        "end": "2025-09-14",
    }
    keys = [str(n) for n in range(3, 14)]
    assert shown["rows"][0] == {
        "sector": "Hộ tịch",
        "values": {k: (10 if k == "3" else None) for k in keys},
    }
    assert [r["sector"] for r in shown["rows"]][:3] == ["Hộ tịch", "Chứng thực", "Đất đai"]
    assert all(list(r["values"]) == keys for r in shown["rows"])
    assert shown["total"] == {k: (15 if k == "3" else 0) for k in keys}
    assert set(shown) == {"form", "period", "rows", "total"}
    code, out, err = egov(
        capsys, data, "entry", "show", "--form", F, "--period", "2025-Q3", "--mode", "calendar",
        "--json",
    )  # fmt: skip
    assert code == 2 and out == ""
    # The figures' window and the one asked for, both named.
    assert "15/06/2025 – 14/09/2025" in err and "01/07/2025 – 30/09/2025" in err
    code, out, _ = egov(capsys, data, "entry", "show", "--form", F, "--period", "2025-Q3")
    assert code == 0 and "Hộ tịch\t10" in out and "Tổng số\t15" in out


@pytest.mark.parametrize(("form", "heading"), [("II.06a", "Lĩnh vực"), ("II.07b", "Đơn vị")])
def test_entry_show_heads_the_rows_with_the_form_s_heading(
    data: str, capsys: pytest.CaptureFixture[str], form: str, heading: str
) -> None:
    """The row-name column is headed as on the form (II.07b's rows are units, not sectors)."""
    code, out, _ = egov(capsys, data, "entry", "show", "--form", form, "--period", "2025-Q3")
    assert code == 0
    assert out.splitlines()[1].split("\t")[:2] == [heading, "(3)"]


def test_ii07b_district_columns_refuse_figures_after_the_reform(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`entry set --col 13` for 2026-Q1 exits 2 with the reason; nothing is written."""
    egov(capsys, data, "entry", "show", "--form", "II.07b", "--period", "2026-Q1")
    before = snapshot(data)
    code, out, err = egov(
        capsys, data, "entry", "set", "--form", "II.07b", "--period", "2026-Q1",
        "--sector", "Phường Ba Đình", "--col", "13", "2",
    )  # fmt: skip
    assert code == 2 and out == ""
    assert '"Quy trình cấp huyện"' in err and "không còn chính quyền cấp huyện" in err
    assert snapshot(data) == before
    code, _, _ = egov(
        capsys, data, "entry", "set", "--form", "II.07b", "--period", "2026-Q1",
        "--sector", "Phường Ba Đình", "--col", "12", "2",
    )  # fmt: skip
    assert code == 0
    code, out, _ = egov(capsys, data, "entry", "show", "--form", "II.07b", "--period", "2026-Q1")
    total = out.splitlines()[3].split("\t")
    assert total[0] == "Tổng số" and total[9:13] == ["0", "2", "", "0"]  # (11)…(14)
    assert total[3] == "" and total[7] == ""  # (5), (9)
    shown = json.loads(
        egov(capsys, data, "entry", "show", "--form", "II.07b", "--period", "2026-Q1", "--json")[1]
    )
    assert shown["total"]["13"] is None and shown["rows"][0]["values"]["13"] is None


def test_hidden_sectors_are_omitted_unless_they_hold_values(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert egov(capsys, data, "sectors", "hide", "Chứng thực")[0] == 0
    assert egov(capsys, data, "sectors", "hide", "Đất đai")[0] == 0
    assert put(capsys, data, "Đất đai", 3, "2") == 0
    out = egov(capsys, data, "entry", "show", "--form", F, "--period", "2025-Q3", "--json")[1]
    names = [r["sector"] for r in json.loads(out)["rows"]]
    assert "Chứng thực" not in names and "Đất đai" in names


def test_validate_json(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = egov(capsys, data, "validate", "--form", F, "--period", "2025-Q3", "--json")
    assert code == 0 and json.loads(out) == []
    for col, value in ((7, "12"), (8, "6"), (9, "4"), (10, "1")):
        put(capsys, data, "Hộ tịch", col, value)
    code, out, _ = egov(capsys, data, "validate", "--form", F, "--period", "2025-Q3", "--json")
    assert code == 1  # an error found is a failed check, for scripts
    problems = json.loads(out)
    assert problems[0] == {
        "severity": "error",
        "sector": "Hộ tịch",
        "whole_report": False,
        "columns": [7, 8, 9, 10],
        "message": "Đã giải quyết (12) khác Trước hạn + Đúng hạn + Quá hạn (11)",
    }
    assert {p["sector"] for p in problems} == {"Hộ tịch"}
    code, out, _ = egov(capsys, data, "validate", "--form", F, "--period", "2025-Q3")
    assert code == 1 and "Lỗi — Hộ tịch: Đã giải quyết (12)" in out


def test_validate_exits_0_on_warnings_only(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    """A carry-over that differs is a warning: the check still passes."""
    for period, row in (
        ("2025-Q2", {3: 1, 4: 1, 11: 1, 12: 1}),
        ("2025-Q3", {3: 2, 6: 2, 7: 2, 8: 2}),
    ):
        for col, value in row.items():
            egov(capsys, data, "entry", "set", "--form", F, "--period", period,
                 "--sector", "Hộ tịch", "--col", str(col), str(value))  # fmt: skip
    code, out, _ = egov(capsys, data, "validate", "--form", F, "--period", "2025-Q3")
    assert code == 0 and out.startswith("Cảnh báo — Hộ tịch: Từ kỳ trước (2)")


def test_status(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ("entry", "status", "--form", F, "--period", "2025-Q3")
    code, out, _ = egov(capsys, data, *args, "--json")
    assert json.loads(out) == {"form": F, "period": "2025-Q3", "status": "empty", "note": ""}
    put(capsys, data, "Hộ tịch", 3, "4")
    assert json.loads(egov(capsys, data, *args, "--json")[1])["status"] == "in_progress"
    before = snapshot(data)
    code, _, err = egov(capsys, data, *args, "--set", "done")
    assert code == 2 and "Chưa thể đánh dấu hoàn thành" in err
    assert snapshot(data) == before
    put(capsys, data, "Hộ tịch", 3, "")
    before = snapshot(data)
    code, _, err = egov(capsys, data, *args, "--set", "done")
    assert code == 2 and "Biểu chưa có số liệu nào" in err and "ghi chú" in err
    assert snapshot(data) == before
    code, out, _ = egov(capsys, data, *args, "--set", "done", "--note", "Không có hồ sơ")
    assert code == 0 and "hoàn thành" in out


def test_sectors_commands(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = egov(capsys, data, "sectors", "list", "--json")
    listed = json.loads(out)
    assert listed[0] == {"id": 1, "name": "Hộ tịch", "position": 1, "hidden": False}
    assert egov(capsys, data, "sectors", "add", " Lao  động ")[0] == 0
    assert egov(capsys, data, "sectors", "move", "lao động", "--to", "1")[0] == 0
    assert egov(capsys, data, "sectors", "hide", "Hộ tịch")[0] == 0
    names = [s["name"] for s in json.loads(egov(capsys, data, "sectors", "list", "--json")[1])]
    assert names[0] == "Lao động" and "Hộ tịch" not in names
    everything = json.loads(egov(capsys, data, "sectors", "list", "--all", "--json")[1])
    assert {"id": 1, "name": "Hộ tịch", "position": 2, "hidden": True} in everything
    assert egov(capsys, data, "sectors", "show", "HỘ TỊCH")[0] == 0
    code, out, _ = egov(capsys, data, "sectors", "list")
    assert out.splitlines()[1] == "2\tHộ tịch"


def test_sectors_add_refuses_a_listed_sector_spelt_without_its_accents(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    egov(capsys, data, "sectors", "list")
    before = snapshot(data)
    code, out, err = egov(capsys, data, "sectors", "add", "ho tich")
    assert (code, out) == (2, "")
    assert err.strip() == (
        'Lỗi: Lĩnh vực "ho tich" chính là lĩnh vực "Hộ tịch" đã có trong danh sách (chỉ khác'
        ' dấu, chữ hoa hoặc khoảng trắng); hãy dùng "Hộ tịch" thay vì thêm mới.'
    )
    assert snapshot(data) == before


@pytest.mark.parametrize("position", ["0", "99"])
def test_sectors_move_outside_the_list_exits_2_with_the_range(
    data: str, capsys: pytest.CaptureFixture[str], position: str
) -> None:
    count = len(egov(capsys, data, "sectors", "list")[1].splitlines())
    before = snapshot(data)
    code, out, err = egov(capsys, data, "sectors", "move", "Hộ tịch", "--to", position)
    assert (code, out) == (2, "")
    assert f"hãy chọn vị trí từ 1 đến {count}." in err and f"Vị trí {position} " in err
    assert snapshot(data) == before


def test_todo(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = egov(capsys, data, "entry", "todo", "--today", "2025-10-01", "--json")
    items = json.loads(out)
    assert items[0] == {
        "form": "II.06a",
        "form_title": "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI "
        "QUYẾT TTHC",
        "period_code": "2025-Q3",
        "period_label": "Quý III năm 2025",
        "status": "empty",
        "deadline": "2025-09-19",
        "days_left": -12,
    }


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--form", "II.99", "--period", "2025-Q3", "--sector", "Hộ tịch", "--col", "3", "1"],
         "Không có biểu báo cáo"),
        (["--form", F, "--period", "2025-Q7", "--sector", "Hộ tịch", "--col", "3", "1"],
         "Mã kỳ báo cáo không hợp lệ"),
        (["--form", F, "--period", "2025-Q3", "--sector", "Không có", "--col", "3", "1"],
         "Không tìm thấy lĩnh vực"),
        (["--form", F, "--period", "2025-Q3", "--sector", "Hộ tịch", "--col", "3", "-1"],
         "số âm"),
        (["--form", F, "--period", "2025-Q3", "--sector", "Hộ tịch", "--col", "3", "2,5"],
         "số nguyên"),
        (["--form", F, "--period", "2025-Q3", "--sector", "Hộ tịch", "--col", "3", "mười"],
         "không phải là số nguyên"),
        (["--form", F, "--period", "2025-Q3", "--sector", "Hộ tịch", "--col", "2", "1"],
         "không có cột số liệu"),
        (["--form", F, "--period", "2025-Q3", "--sector", "Hộ tịch", "--col", "x", "1"],
         "tham số --col: phải là số nguyên"),
    ],
)  # fmt: skip
def test_bad_entry_input_exits_2_and_changes_nothing(
    data: str, capsys: pytest.CaptureFixture[str], args: list[str], needle: str
) -> None:
    put(capsys, data, "Hộ tịch", 3, "7")
    before = snapshot(data)
    code, out, err = egov(capsys, data, "entry", "set", *args)
    assert code == 2
    assert needle in err
    assert out == ""
    assert snapshot(data) == before


def test_unknown_sector_before_first_use_changes_nothing(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(data)
    code, _, err = egov(
        capsys, data, "entry", "set", "--form", F, "--period", "2025-Q3", "--sector", "Không có",
        "--col", "3", "1",
    )  # fmt: skip
    assert code == 2 and "Không tìm thấy lĩnh vực" in err
    assert snapshot(data) == before


def dump(data: str) -> list[str]:
    """The whole database as SQL: equal dumps, equal contents."""
    conn = sqlite3.connect(Path(data) / "egov.sqlite")
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["--period", "2025-Q3", "--col", "2", "1"], "không có cột số liệu"),
        (["--period", "2025-Q3", "--col", "3", "-1"], "số âm"),
        (["--period", "2025-Q7", "--col", "3", "1"], "Mã kỳ báo cáo không hợp lệ"),
        (["--period", "0000-Q1", "--col", "3", "1"], "Mã kỳ báo cáo không hợp lệ"),
    ],
)
@pytest.mark.parametrize("office", [False, True])
def test_a_refused_first_entry_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    needle: str,
    office: bool,
) -> None:
    """Before the first figure the sector list (at an office, the unit too) does not exist yet:
    a refused `entry set` must not leave it behind."""
    folder = str(tmp_path / "d")
    role = (
        ["--unit", "01", "--role", "aggregator"]
        if office
        else ["--unit", "00004", "--role", "commune"]
    )
    assert run(capsys, "--data-dir", folder, "setup", *role)[0] == 0
    before = dump(folder)
    unit = ["--unit", "00004"] if office else []
    code, out, err = egov(
        capsys, folder, "entry", "set", "--form", F, "--sector", "Hộ tịch", *unit, *args
    )
    assert (code, out) == (2, "")
    assert needle in err
    assert dump(folder) == before


@pytest.mark.parametrize(
    "args",
    [
        ["entry", "todo", "--today", "31/09/2025"],
        ["sectors", "add", "hộ tịch"],
        ["sectors", "hide", "Không có"],
        ["sectors", "move", "Không có", "--to", "1"],
        ["validate", "--form", "II.99", "--period", "2025-Q3"],
        ["validate", "--form", F, "--period", "2025-13"],
        ["entry", "status", "--form", F, "--period", "2025-Q3", "--set", "finished"],
    ],
)
def test_other_bad_input(data: str, capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    egov(capsys, data, "sectors", "list")
    before = snapshot(data)
    code, out, err = egov(capsys, data, *args)
    assert code == 2 and out == "" and "Lỗi" in err
    assert snapshot(data) == before


def test_entry_needs_setup(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(
        capsys, "--data-dir", str(tmp_path / "n"), "entry", "show", "--form", F, "--period",
        "2025-Q3",
    )  # fmt: skip
    assert code == 2 and "Chưa thiết lập" in err


def test_prefill_of_a_form_without_carry_over_exits_2(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(data)
    code, out, err = egov(
        capsys, data, "entry", "prefill", "--form", "II.07b", "--period", "2025-Q3"
    )
    assert code == 2 and "kỳ trước" in err and out == ""
    assert snapshot(data) == before


def test_a_mode_change_over_stored_figures_is_warned_about(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert put(capsys, data, "Hộ tịch", 3, "4") == 0
    code, out, err = egov(capsys, data, "setup", "--unit", "00004", "--role", "commune",
                          "--period-mode", "calendar")  # fmt: skip
    assert code == 0 and out.startswith("Đã thiết lập")
    assert err.startswith("Lưu ý: 1 báo cáo đã có số liệu (II.06a Quý III năm 2025)")
    code, _out, err = egov(capsys, data, "setup", "--unit", "00004", "--role", "commune",
                           "--period-mode", "calendar")  # fmt: skip
    assert code == 0 and err == ""  # no change, nothing to say


def _calendar(capsys: pytest.CaptureFixture[str], data: str, mode: str = "calendar") -> str:
    code, _out, err = egov(capsys, data, "setup", "--unit", "00004", "--role", "commune",
                           "--period-mode", mode)  # fmt: skip
    assert code == 0
    return err


def test_figures_counted_before_a_mode_change_are_refused_until_entered_again(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    unit = "Phường Ba Đình"
    args = ("--form", "II.07b", "--period", "2025-Q3")
    assert egov(capsys, data, "entry", "set", *args, "--sector", unit, "--col", "3", "7")[0] == 0
    _calendar(capsys, data)
    code, out, err = egov(capsys, data, "entry", "show", *args)
    assert code == 2 and out == ""
    assert "15/06/2025 – 14/09/2025" in err and "01/07/2025 – 30/09/2025" in err
    assert "--mode cutoff" in err and "--new-mode" in err
    # Kept, and shown as counted.
    code, out, _ = egov(capsys, data, "entry", "show", *args, "--mode", "cutoff")
    assert code == 0 and "15/06/2025" in out and f"{unit}\t7" in out
    # The status is the report's whatever the mode; why its figures are refused beside it.
    code, out, err = egov(capsys, data, "entry", "status", *args)
    assert code == 0 and out == "II.07b Quý III năm 2025: đang nhập\n"
    assert err.startswith("Lưu ý: Số liệu biểu II.07b Quý III năm 2025")
    before = snapshot(data)
    code, _, err = egov(capsys, data, "entry", "set", *args, "--sector", unit, "--col", "4", "7")
    assert code == 2 and "--new-mode" in err
    assert snapshot(data) == before
    code, out, _ = egov(capsys, data, "entry", "set", *args, "--sector", unit, "--col", "4", "7",
                        "--new-mode")  # fmt: skip
    assert code == 0 and out == "Đã ghi.\n"
    code, out, _ = egov(capsys, data, "entry", "show", *args)
    assert code == 0 and "01/07/2025" in out and f"{unit}\t7\t7" in out
    # Back to cutoff: the report entered again in calendar is the one named now.
    assert _calendar(capsys, data, "cutoff").startswith("Lưu ý: 1 báo cáo đã có số liệu (II.07b")


def test_counting_again_from_the_register_stores_the_new_mode(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert put(capsys, data, "Hộ tịch", 3, "4") == 0
    _calendar(capsys, data)
    code, _, err = egov(capsys, data, "entry", "show", "--form", F, "--period", "2025-Q3")
    assert code == 2 and "egov stats --form II.06a --period 2025-Q3 --apply" in err
    code, _, err = egov(capsys, data, "stats", "--form", F, "--period", "2025-Q3", "--apply")
    assert code == 0, err
    code, out, _ = egov(capsys, data, "entry", "show", "--form", F, "--period", "2025-Q3")
    assert code == 0 and "01/07/2025" in out and "Hộ tịch\t0" in out


def test_completing_figures_the_register_now_counts_otherwise_needs_a_note(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Counted, then one more dossier entered: `--set done` asks for a note, as validate warns."""
    dossier = ("dossiers", "add", "--sector", "Hộ tịch", "--channel", "trực tiếp",
               "--received", "01/08/2025", "--due", "05/08/2025")  # fmt: skip
    assert egov(capsys, data, *dossier, "--code", "HS1")[0] == 0
    assert egov(capsys, data, "stats", "--form", F, "--period", "2025-Q3", "--apply")[0] == 0
    assert egov(capsys, data, *dossier, "--code", "HS2")[0] == 0
    args = ("entry", "status", "--form", F, "--period", "2025-Q3", "--set", "done")
    before = snapshot(data)
    code, _, err = egov(capsys, data, *args)
    assert code == 2 and "Số liệu đã lưu khác số đếm từ sổ theo dõi hồ sơ" in err
    assert "ghi chú" in err
    assert snapshot(data) == before
    code, out, err = egov(capsys, data, *args, "--note", "Hồ sơ HS2 tính vào kỳ sau")
    assert code == 0 and "hoàn thành" in out, err
