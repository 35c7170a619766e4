import json
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests import registers
from tests.cli.runner import egov, run, tables


def snapshot(data: str) -> dict[str, list[Any]]:
    return tables(data, "dossier", "procedure", "report_value", "sector", "audit_entry")


def test_import_json_and_dry_run(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(registers.write_xlsx(tmp_path / "so.xlsx"))
    before = snapshot(data)
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--dry-run", "--json")
    assert code == 0
    nothing_more = {"rejected": [], "warnings": [], "new_sectors": [], "hidden_sectors": []}
    assert json.loads(out) == {"new": 4, "updated": 0, "unchanged": 0, **nothing_more}
    assert snapshot(data) == before
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--json")
    assert json.loads(out) == {"new": 4, "updated": 0, "unchanged": 0, **nothing_more}
    code, out, _ = egov(capsys, data, "dossiers", "import", path)
    assert code == 0 and "0 hồ sơ mới" in out and "4 không đổi" in out
    assert 'Các cột đã đọc: Mã hồ sơ ← "Mã hồ sơ"; Tên TTHC ← "' in out


def test_import_reports_rejected_rows(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registers.write_rows(
        tmp_path / "r.xlsx",
        [
            ["Mã hồ sơ", "Lĩnh vực", "Hình thức nộp", "Ngày nhận", "Hẹn trả"],
            ["A1", "Hộ tịch", "Trực tuyến", "01/07/2025", "02/07/2025"],
            ["A2", "Hộ tịch", "Trực tuyến", "hôm qua", "02/07/2025"],
        ],
    )
    code, out, _ = egov(capsys, data, "dossiers", "import", str(tmp_path / "r.xlsx"), "--json")
    assert code == 0
    assert json.loads(out) == {
        "new": 1,
        "updated": 0,
        "unchanged": 0,
        "rejected": [{"row": 3, "reason": 'Cột "Ngày nhận": "hôm qua" không phải là ngày.'}],
        "warnings": [],
        "new_sectors": [],
        "hidden_sectors": [],
    }


def test_import_dry_run_names_new_sectors_and_rows_missing_a_date(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the clerk may want to fix in the file is said before anything is written."""
    registers.write_rows(
        tmp_path / "r.xlsx",
        [
            ["Mã hồ sơ", "Lĩnh vực", "Hình thức nộp", "Ngày nhận", "Hẹn trả", "Trạng thái"],
            ["A1", "Sector Mới", "Trực tuyến", "01/07/2025", "02/07/2025", "Rút hồ sơ"],
            ["A2", "ho tich", "Trực tuyến", "01/07/2025", "02/07/2025", "Đang giải quyết"],
            ["A3", "Sector Mới", "Trực tuyến", "hôm qua", "02/07/2025", "Đang giải quyết"],
            ["A4", "Sector Mới", "Trực tuyến", "01/07/2025", "02/07/2025", "Đã giải quyết"],
        ],
    )
    before = snapshot(data)
    path = str(tmp_path / "r.xlsx")
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--dry-run")
    assert code == 0 and snapshot(data) == before
    lines = out.splitlines()
    assert lines[0].startswith("Sẽ nhập: 3 hồ sơ mới,") and "1 dòng bị bỏ qua" in lines[0]
    assert lines[1].startswith("Lĩnh vực mới: Sector Mới (2 dòng). ")
    assert lines[2].startswith("2 dòng có hồ sơ còn thiếu ngày")
    assert lines[-3:] == [
        'Dòng 2 (vẫn nhập, cần bổ sung): Hồ sơ ở trạng thái "Rút hồ sơ" phải có ngày kết thúc '
        "(ngày rút hoặc trả lại).",
        'Dòng 4: Cột "Ngày nhận": "hôm qua" không phải là ngày.',
        'Dòng 5 (vẫn nhập, cần bổ sung): Hồ sơ ở trạng thái "Đã giải quyết" phải có ngày có kết '
        "quả (ngày kết thúc hồ sơ); hồ sơ chưa có kết quả thì để trạng thái theo các ngày hoặc "
        'chọn "Đang giải quyết".',
    ]
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--dry-run", "--json")
    found = json.loads(out)
    assert [(w["row"], w["to_check"]) for w in found["warnings"]] == [(2, False), (5, False)]
    assert found["new_sectors"] == [{"name": "Sector Mới", "rows": 2}]


def test_import_names_the_hidden_sectors_it_files_rows_under(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Imported all the same, as the register keeps what it finds, but said before and after."""
    assert egov(capsys, data, "sectors", "hide", "Đất đai")[0] == 0
    registers.write_rows(
        tmp_path / "h.xlsx",
        [
            ["Mã hồ sơ", "Lĩnh vực", "Hình thức nộp", "Ngày nhận", "Hẹn trả"],
            ["H1", "Đất đai", "Trực tuyến", "01/07/2025", "02/07/2025"],
            ["H2", "dat dai", "Trực tuyến", "01/07/2025", "02/07/2025"],
            ["H3", "Hộ tịch", "Trực tuyến", "01/07/2025", "02/07/2025"],
        ],
    )
    path, before = str(tmp_path / "h.xlsx"), snapshot(data)
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--dry-run")
    assert code == 0 and snapshot(data) == before
    lines = out.splitlines()
    assert lines[0].startswith("Sẽ nhập: 3 hồ sơ mới,")
    assert lines[1].startswith(
        "Lĩnh vực đang ẩn: Đất đai (2 dòng). Các dòng này vẫn được nhập vào lĩnh vực đó"
    )
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--dry-run", "--json")
    assert json.loads(out)["hidden_sectors"] == [{"name": "Đất đai", "rows": 2}]
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--json")
    assert code == 0 and json.loads(out)["hidden_sectors"] == [{"name": "Đất đai", "rows": 2}]
    # The sector stays hidden: the import changes the register, not the unit's list.
    code, out, _ = egov(capsys, data, "sectors", "list")
    assert code == 0 and "Đất đai" not in out
    # Imported again, the file files nothing new there.
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--json")
    assert json.loads(out)["hidden_sectors"] == []


def test_import_refusals_exit_2_and_change_nothing(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(data)
    code, _, err = egov(capsys, data, "dossiers", "import", str(tmp_path / "none.xlsx"))
    assert code == 2 and "Không đọc được tệp none.xlsx" in err
    text = tmp_path / "t.xlsx"
    text.write_text("not a spreadsheet", encoding="utf-8")
    code, _, err = egov(capsys, data, "dossiers", "import", str(text))
    assert code == 2 and err.startswith("Lỗi: ")
    headerless = tmp_path / "h.xls"
    headerless.write_text("<table><tr><td>a</td><td>b</td></tr></table>", encoding="utf-8")
    code, _, err = egov(capsys, data, "dossiers", "import", str(headerless))
    assert code == 2 and "Không tìm thấy dòng tiêu đề" in err
    code, _, err = egov(capsys, data, "dossiers", "import", str(text), "--map", "X=colour")
    assert code == 2
    assert snapshot(data) == before


def test_add_with_the_day_the_result_was_handed_over(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--returned fills the register's column (9) "Trả kết quả"; without it the cell stays empty."""
    base = ("dossiers", "add", "--sector", "Hộ tịch", "--channel", "trực tiếp", "--received",
            "01/07/2025", "--due", "10/07/2025", "--resolved", "08/07/2025")  # fmt: skip
    code, out, err = egov(
        capsys, data, *base, "--code", "HS1", "--returned", "09/07/2025", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["returned"] == "2025-07-09"
    assert egov(capsys, data, *base, "--code", "HS2")[0] == 0  # the result not yet collected
    before = snapshot(data)
    code, out, err = egov(capsys, data, "dossiers", "add", "--code", "HS3", "--sector", "Hộ tịch",
                          "--channel", "trực tiếp", "--received", "01/07/2025", "--due",
                          "10/07/2025", "--returned", "09/07/2025")  # fmt: skip
    assert code == 2 and out == "" and "chưa có ngày có kết quả" in err
    assert snapshot(data) == before
    code, _, err = egov(capsys, data, "report", "export", "--form", "register", "--period",
                        "2025-Q3", "--out", str(tmp_path))  # fmt: skip
    assert code == 0, err
    (path,) = tmp_path.glob("*.xlsx")
    sheet = load_workbook(path).active
    assert sheet is not None
    shown = {sheet.cell(r, 2).value: sheet.cell(r, 9).value for r in range(1, sheet.max_row + 1)}
    assert shown["HS1"] == datetime(2025, 7, 9) and shown["HS2"] is None


def test_add_and_list(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = egov(
        capsys, data, "dossiers", "add", "--code", "HS1", "--procedure", "Đăng ký khai sinh",
        "--sector", "Hộ tịch", "--channel", "truc tuyen", "--received", "2025-07-01",
        "--due", "03/07/2025", "--applicant", "Nguyễn Văn An", "--json",
    )  # fmt: skip
    assert code == 0, err
    added = json.loads(out)
    assert (added["code"], added["channel"], added["due"]) == ("HS1", "online", "2025-07-03")
    egov(
        capsys, data, "dossiers", "add", "--code", "HS2", "--sector", "Đất đai",
        "--channel", "BCCI", "--received", "2025-08-01", "--due", "2025-08-10",
        "--resolved", "2025-08-09",
    )  # fmt: skip
    code, out, _ = egov(capsys, data, "dossiers", "list", "--search", "nguyen van", "--json")
    listing = json.loads(out)
    assert listing["count"] == 1 and listing["offset"] == 0
    first = listing["dossiers"][0]
    assert first["code"] == "HS1" and first["applicant"] == "Nguyễn Văn An"
    assert first["received"] == "2025-07-01" and first["status"] == "Đang giải quyết"
    code, out, _ = egov(
        capsys, data, "dossiers", "list", "--period", "2025-M08", "--mode", "calendar",
        "--status", "da giai quyet", "--limit", "5", "--json",
    )  # fmt: skip
    assert [d["code"] for d in json.loads(out)["dossiers"]] == ["HS2"]
    code, out, _ = egov(capsys, data, "dossiers", "list")
    assert code == 0 and "2/2 hồ sơ." in out


def test_add_proposes_the_due_date_from_the_catalogue(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registers.write_rows(
        tmp_path / "tthc.xlsx",
        [
            ["Mã TTHC", "Tên TTHC", "Lĩnh vực", "Thời gian giải quyết", "Mức độ"],
            ["1.001", "Đăng ký kết hôn", "Hộ tịch", "3 ngày làm việc", "Mức độ 4"],
        ],
    )
    code, out, _ = egov(capsys, data, "procedures", "import", str(tmp_path / "tthc.xlsx"), "--json")
    assert json.loads(out) == {
        "new": 1,
        "updated": 0,
        "unchanged": 0,
        "rejected": [],
        "warnings": [],
    }
    code, out, _ = egov(capsys, data, "procedures", "list", "--search", "ket hon", "--json")
    assert [p["code"] for p in json.loads(out)] == ["1.001"]
    code, out, _ = egov(
        capsys, data, "dossiers", "add", "--code", "K1", "--procedure", "1.001",
        "--channel", "truc tiep", "--received", "2025-08-28", "--json",
    )  # fmt: skip
    added = json.loads(out)
    assert (added["sector"], added["procedure_name"]) == ("Hộ tịch", "Đăng ký kết hôn")
    assert added["due"] == "2025-09-04"  # Fri 29/08, then Wed 3 and Thu 4 after Quốc khánh


def test_a_procedure_whose_fee_is_no_amount_is_imported_with_a_warning(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "tthc.xlsx")
    registers.write_rows(
        path,
        [
            ["Mã TTHC", "Tên TTHC", "Lĩnh vực", "Phí, lệ phí"],
            ["1.001", "Đăng ký kết hôn", "Hộ tịch", "Theo quy định"],
            ["1.002", "Đăng ký khai sinh", "Hộ tịch", "Không"],
        ],
    )
    code, out, err = egov(capsys, data, "procedures", "import", path)
    assert (code, err) == (0, "")
    assert "2 mới" in out and "0 dòng bị bỏ qua. 1 thủ tục chưa ghi mức phí." in out
    assert 'Dòng 2: Phí, lệ phí "Theo quy định" không phải số tiền' in out
    code, out, _ = egov(capsys, data, "procedures", "list", "--json")
    fees = {p["code"]: (p["fee"], p["has_fee"]) for p in json.loads(out)}
    assert fees == {"1.001": (None, False), "1.002": (0, False)}
    code, out, _ = egov(capsys, data, "procedures", "import", path, "--json")
    assert json.loads(out)["warnings"] == [
        {
            "row": 2,
            "reason": 'Phí, lệ phí "Theo quy định" không phải số tiền: thủ tục vẫn được nhập, '
            "chưa ghi mức phí.",
        }
    ]


@pytest.mark.parametrize(
    "args",
    [
        ("--code", "X", "--sector", "Hộ tịch", "--channel", "fax", "--received", "2025-07-01"),
        ("--code", "X", "--sector", "Hộ tịch", "--channel", "online", "--received", "hôm nay"),
        ("--code", "X", "--sector", "Hộ tịch", "--channel", "online", "--received", "2025-07-01"),
        (
            "--code", "X", "--sector", "Hộ tịch", "--channel", "online", "--received", "2025-07-05",
            "--due", "2025-07-01",
        ),
    ],
)  # fmt: skip
def test_add_refusals_exit_2(
    data: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    before = snapshot(data)
    code, out, err = egov(capsys, data, "dossiers", "add", *args)
    assert code == 2 and err.startswith("Lỗi: ") and out == ""
    assert snapshot(data) == before


@pytest.mark.parametrize(
    ("status", "date_named"),
    [
        ("Đã giải quyết", "phải có ngày có kết quả"),
        ("da xu ly", "phải có ngày có kết quả"),
        ("Rút hồ sơ", "phải có ngày kết thúc (ngày rút hoặc trả lại)"),
        ("Trả lại", "phải có ngày kết thúc (ngày rút hoặc trả lại)"),
    ],
)
def test_add_refuses_an_ended_status_without_its_date(
    data: str, capsys: pytest.CaptureFixture[str], status: str, date_named: str
) -> None:
    """Without --resolved the dossier would be counted pending: the status contradicts it."""
    before = snapshot(data)
    args = ("--code", "X", "--sector", "Hộ tịch", "--channel", "online")
    dates = ("--received", "2025-07-01", "--due", "2025-07-05")
    code, out, err = egov(capsys, data, "dossiers", "add", *args, *dates, "--status", status)
    assert code == 2 and out == "" and date_named in err
    assert snapshot(data) == before
    code, out, err = egov(
        capsys, data, "dossiers", "add", *args, *dates, "--status", status,
        "--resolved", "2025-07-03", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["resolved"] == "2025-07-03", err


@pytest.mark.parametrize("status", ["Đang giải quyết", "chờ bổ sung"])
def test_add_with_an_open_status_and_an_end_date_warns_on_stderr(
    data: str, capsys: pytest.CaptureFixture[str], status: str
) -> None:
    """Stored and counted by its dates (§5.2): a warning, not a refusal."""
    args = ("--code", "X", "--sector", "Hộ tịch", "--channel", "online", "--status", status)
    dates = ("--received", "2025-07-01", "--due", "2025-07-05", "--resolved", "03/07/2025")
    code, out, err = egov(capsys, data, "dossiers", "add", *args, *dates, "--json")
    canonical = "Chờ bổ sung" if status == "chờ bổ sung" else status
    warning = (
        f'Hồ sơ có ngày có kết quả (03/07/2025) nhưng trạng thái là "{canonical}": hồ sơ được'
        " tính là đã giải quyết. Nếu hồ sơ chưa có kết quả, hãy xóa ngày có kết quả; nếu đã có,"
        ' hãy chọn trạng thái "Đã giải quyết".'
    )
    assert code == 0 and err == f"Cảnh báo: {warning}\n"
    added = json.loads(out)
    assert (added["status"], added["warnings"]) == (canonical, [warning])
    code, out, err = egov(capsys, data, "dossiers", "add", *args[:4], "--code", "Y",
                          "--channel", "online", *dates)  # fmt: skip
    assert code == 0 and err == "" and out.startswith("Đã thêm hồ sơ Y")  # by the dates


def test_import_lists_rows_with_an_open_status_and_an_end_date_to_check(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = registers.write_rows(
        tmp_path / "o.xlsx",
        [
            ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Ngày có kết quả", "Trạng thái"],
            ["O1", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Đang giải quyết"],
            ["O2", "Hộ tịch", "01/07/2025", "05/07/2025", None, "Đang giải quyết"],
        ],
    )
    code, out, _ = egov(capsys, data, "dossiers", "import", str(path), "--dry-run")
    assert code == 0
    assert "1 dòng có ngày có kết quả nhưng trạng thái là đang giải quyết" in out
    assert out.splitlines()[-1] == (
        "Dòng 2 (vẫn nhập, cần xem lại): Hồ sơ có ngày có kết quả (03/07/2025) nhưng trạng thái"
        ' là "Đang giải quyết": hồ sơ được tính là đã giải quyết. Nếu hồ sơ chưa có kết quả, hãy'
        ' xóa ngày có kết quả; nếu đã có, hãy chọn trạng thái "Đã giải quyết".'
    )
    code, out, _ = egov(capsys, data, "dossiers", "import", str(path), "--dry-run", "--json")
    assert [(w["row"], w["reason"][:24], w["to_check"]) for w in json.loads(out)["warnings"]] == [
        (2, "Hồ sơ có ngày có kết quả", True)
    ]


def test_add_refuses_a_hidden_sector_the_register_uses_or_the_procedure_names(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registers.write_giao_dat(tmp_path / "tthc.xlsx")
    assert egov(capsys, data, "procedures", "import", str(tmp_path / "tthc.xlsx"))[0] == 0
    dates = ("--channel", "trực tiếp", "--received", "01/07/2025", "--due", "10/07/2025")
    assert egov(capsys, data, "dossiers", "add", "--code", "HS1", *dates, "--sector",
                "Đất đai")[0] == 0  # fmt: skip
    assert egov(capsys, data, "sectors", "hide", "Đất đai")[0] == 0
    before = snapshot(data)
    hidden = registers.HIDDEN_DAT_DAI
    for named in (("--sector", "Đất đai"), ("--sector", "dat dai"), ("--procedure", "1.002")):
        code, out, err = egov(capsys, data, "dossiers", "add", "--code", "HS2", *dates, *named)
        assert (code, out, err.strip()) == (2, "", hidden), named
    assert snapshot(data) == before


TOMORROW = date.today() + timedelta(days=1)


@pytest.mark.parametrize(
    ("dates", "message"),
    [
        (
            ("--received", f"{TOMORROW:%d/%m/%Y}"),
            f"Ngày nhận hồ sơ ({TOMORROW:%d/%m/%Y}) sau ngày hôm nay",
        ),
        (("--received", "20/11/1900"), "Ngày nhận hồ sơ (20/11/1900) trước năm 2000"),
        (("--received", "01/01/0001"), "Ngày nhận hồ sơ (01/01/0001) trước năm 2000"),
        (
            ("--received", "2025-07-01", "--resolved", TOMORROW.isoformat()),
            f"Ngày kết thúc hồ sơ ({TOMORROW:%d/%m/%Y}) sau ngày hôm nay",
        ),
        (
            ("--received", "2025-07-01", "--due", "2099-11-25"),
            "Ngày hẹn trả kết quả (25/11/2099) cách ngày nhận hồ sơ (01/07/2025) hơn 5 năm",
        ),
        (
            ("--received", "2025-07-01", "--resolved", "2025-07-05", "--returned", "2025-07-04"),
            "Ngày trả kết quả (04/07/2025) trước ngày kết thúc hồ sơ (05/07/2025)",
        ),
        (
            ("--received", "2025-07-01", "--returned", "30/06/2025"),
            "Ngày trả kết quả (30/06/2025) trước ngày nhận hồ sơ (01/07/2025)",
        ),
        (
            ("--received", "2025-07-01", "--returned", TOMORROW.isoformat()),
            f"Ngày trả kết quả ({TOMORROW:%d/%m/%Y}) sau ngày hôm nay",
        ),
        (("--received", "2025-07-01", "--returned", "32/07/2025"), 'Ngày "32/07/2025" không có'),
    ],
)
def test_add_refuses_impossible_dates_before_touching_the_data(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    dates: tuple[str, ...],
    message: str,
) -> None:
    folder = tmp_path / "none"
    args = ("dossiers", "add", "--code", "X", "--sector", "Hộ tịch", "--channel", "online")
    code, out, err = run(capsys, "--data-dir", str(folder), *args, *dates)
    assert code == 2 and out == "" and err.startswith(f"Lỗi: {message}")
    assert not folder.exists()


def test_stats_has_the_shape_of_entry_show(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    egov(capsys, data, "dossiers", "import", str(registers.write_xlsx(tmp_path / "so.xlsx")))
    code, out, _ = egov(capsys, data, "stats", "--form", "II.06a", "--period", "2025-Q3", "--json")
    assert code == 0
    computed = json.loads(out)
    assert computed["period"] == {
        "code": "2025-Q3",
        "mode": "cutoff",
        "start": "2025-06-15",
        "end": "2025-09-14",
    }
    rows = {r["sector"]: r["values"] for r in computed["rows"]}
    assert rows["Đất đai"] == {
        "3": 1, "4": 0, "5": 1, "6": 0, "7": 0, "8": 0, "9": 0, "10": 0, "11": 1, "12": 0,
        "13": 1,
    }  # fmt: skip
    assert computed["total"]["3"] == 4
    before = snapshot(data)
    code, out, _ = egov(
        capsys, data, "stats", "--period", "2025-Q3", "--mode", "calendar", "--json"
    )
    assert json.loads(out)["period"]["start"] == "2025-07-01"
    assert snapshot(data)["report_value"] == before["report_value"]
    code, out, _ = egov(capsys, data, "stats", "--period", "2025-Q3", "--apply", "--json")
    applied = json.loads(out)
    assert applied["applied"]["changed"] > 0
    show = ("entry", "show", "--form", "II.06a", "--period", "2025-Q3", "--json")
    code, out, _ = egov(capsys, data, *show)
    shown = json.loads(out)
    assert set(shown) == {"form", "period", "rows", "total"}
    assert shown["total"] == computed["total"]
    assert {r["sector"]: r["values"] for r in shown["rows"]}["Đất đai"] == rows["Đất đai"]
    code, out, _ = egov(capsys, data, "stats", "--period", "2025-Q3")
    assert code == 0 and out.splitlines()[-1].startswith("Tổng số\t4\t")


@pytest.mark.parametrize(
    "args",
    [
        ("stats", "--period", "2025-Q9"),
        ("stats", "--form", "II.07b", "--period", "2025-Q3"),
        ("stats", "--form", "II.99", "--period", "2025-Q3"),
        ("dossiers", "list", "--status", "vui"),
        ("dossiers", "list", "--limit", "0"),
        ("dossiers", "list", "--period", "2025-13"),
    ],
)
def test_bad_input_exits_2_before_touching_the_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    folder = tmp_path / "none"
    code, _, err = run(capsys, "--data-dir", str(folder), *args)
    assert code == 2 and err.startswith("Lỗi: ")
    assert not folder.exists()


def test_import_with_a_mapping_remembered(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    registers.write_rows(
        tmp_path / "e.xlsx",
        [
            ["Số hiệu", "Lĩnh vực", "Thời điểm nộp", "Hẹn trả"],
            ["E1", "Hộ tịch", "01/07/2025", "03/07/2025"],
        ],
    )
    path = str(tmp_path / "e.xlsx")
    code, _, err = egov(capsys, data, "dossiers", "import", path)
    assert code == 2 and "Không tìm thấy dòng tiêu đề" in err
    code, out, _ = egov(
        capsys, data, "dossiers", "import", path, "--map", "Số hiệu=code",
        "--map", "Thời điểm nộp=received", "--remember", "--json",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["new"] == 1
    code, out, _ = egov(capsys, data, "dossiers", "import", path, "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 1


def test_import_map_moves_a_recognised_field_and_leaves_a_column_out(
    data: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    registers.write_rows(
        tmp_path / "m.xlsx",
        [
            ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Ngày thực nhận", "Ghi chú"],
            ["M1", "Hộ tịch", "01/01/2020", "01/07/2025", "chuyển phòng"],
        ],
    )
    code, out, _ = egov(
        capsys, data, "dossiers", "import", str(tmp_path / "m.xlsx"), "--map", "Ngày nhận=-",
        "--map", "Ngày thực nhận=received", "--map", "Ghi chú=-",
    )  # fmt: skip
    assert code == 0
    assert 'Các cột đã đọc: Mã hồ sơ ← "Mã hồ sơ"; Lĩnh vực ← "Lĩnh vực"; ' in out
    assert '← "Ngày thực nhận".\nCác cột không đọc: "Ngày nhận"; "Ghi chú".\n' in out
    code, out, _ = egov(capsys, data, "dossiers", "list", "--json")
    (dossier,) = json.loads(out)["dossiers"]
    assert (dossier["received"], dossier["note"]) == ("2025-07-01", "")


def test_holidays_list_add_remove(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", data, "holidays", "add", "04/09/2026",
                       "--name", "Nghỉ bù Quốc khánh")  # fmt: skip
    assert code == 0
    code, out, _ = run(capsys, "--data-dir", data, "holidays", "list", "--year", "2026", "--json")
    days = {d["day"]: d for d in json.loads(out)}
    assert days["2026-09-04"]["source"] == "user" and days["2026-01-01"]["source"] == "shipped"
    code, out, _ = run(capsys, "--data-dir", data, "holidays", "list", "--year", "2027", "--json")
    assert {d["day"]: d["source"] for d in json.loads(out)}["2027-01-01"] == "proposed"
    code, _, err = run(capsys, "--data-dir", data, "holidays", "add", "31/02/2026", "--name", "x")
    assert code == 2 and "31/02/2026" in err
    code, _, _ = run(capsys, "--data-dir", data, "holidays", "remove", "2026-09-04")
    code, out, _ = run(capsys, "--data-dir", data, "holidays", "list", "--year", "2026")
    assert code == 0 and "04/09/2026" not in out


def test_add_with_a_hidden_sector_says_it_is_hidden_and_how_to_show_it(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert egov(capsys, data, "sectors", "hide", "Đất đai")[0] == 0
    add = ("dossiers", "add", "--code", "HS1", "--channel", "trực tiếp",
           "--received", "01/07/2025", "--due", "10/07/2025", "--sector")  # fmt: skip
    before = snapshot(data)
    for typed in ("Đất đai", "dat dai"):
        code, out, err = egov(capsys, data, *add, typed)
        assert code == 2 and out == ""
        assert err.strip() == (
            'Lỗi: Lĩnh vực "Đất đai" đang bị ẩn trong danh sách lĩnh vực của đơn vị. Để dùng'
            ' lại, hãy hiện lại ở trang Lĩnh vực. Dòng lệnh: egov sectors show "Đất đai".'
        )
    assert snapshot(data) == before
    # `sectors add` of the hidden name says so too, instead of only "already listed".
    code, _, err = egov(capsys, data, "sectors", "add", "đất đai")
    assert code == 2 and "đang bị ẩn" in err
    # The command the message names, then the dossier is added.
    assert egov(capsys, data, "sectors", "show", "Đất đai")[0] == 0
    code, out, err = egov(capsys, data, *add, "dat dai")
    assert code == 0, err
    assert "Đất đai" in out
