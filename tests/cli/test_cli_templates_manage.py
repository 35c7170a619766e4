"""A province's own workbook: proposed mapping, saved as the unit's template, shared as a file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from tests.cli.runner import run

P = "2025-Q3"


def _ok(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


@pytest.fixture
def province_book(tmp_path: Path) -> Path:
    """The province's own II.06a: its own title and layout, an extra "Mã" column before the
    figures (so every figure sits one column further right), numbered columns, a total row."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Bieu"
    sheet["A1"] = "UBND TỈNH"
    sheet["A6"] = "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT TTHC (MẪU CỦA TỈNH)"
    sheet["A7"] = "Kỳ báo cáo: …"
    sheet["A8"] = "(Từ ngày … đến ngày …)"
    sheet["J4"] = "Đơn vị báo cáo: …"
    sheet.append([])
    sheet.append(["STT", "Lĩnh vực", "Mã", *(f"Cột {n}" for n in range(3, 14))])
    sheet.append(["(1)", "(2)", "(x)", *(f"({n})" for n in range(3, 14))])
    for number, name in enumerate(("Hộ tịch", "Chứng thực", "Đất đai"), start=1):
        sheet.append([number, name])
    sheet.append([None, "Tổng số"])
    sheet.append([])
    sheet["J18"] = "…, ngày … tháng … năm …"
    path = tmp_path / "tinh.xlsx"
    book.save(path)
    return path


def test_propose_save_export_bundle_import(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], province_book: Path
) -> None:
    data = str(tmp_path / "d")
    _ok(capsys, "--data-dir", data, "setup", "--unit", "00004", "--role", "commune")
    proposed = tomllib.loads(
        _ok(
            capsys,
            "--data-dir",
            data,
            "templates",
            "propose",
            str(province_book),
            "--form",
            "II.06a",
        )  # fmt: skip
    )
    table = proposed["tables"][0]
    assert table["anchor"] == "A12" and table["prepared_rows"] == 3
    assert table["label_column"] == "B" and table["columns"]["3"] == "D"
    assert table["columns"]["13"] == "N" and proposed["cells"]["window"] == "A8"
    assert proposed["cells"]["place_date"] == "J18"
    _ok(capsys, "--data-dir", data, "templates", "add", str(province_book), "--form", "II.06a",
        "--name", "tinh")  # fmt: skip
    _ok(capsys, "--data-dir", data, "entry", "set", "--form", "II.06a", "--period", P,
        "--sector", "Hộ tịch", "--col", "4", "7")  # fmt: skip
    out = tmp_path / "out"
    out.mkdir()
    path = Path(
        _ok(
            capsys,
            "--data-dir",
            data,
            "report",
            "export",
            "--form",
            "II.06a",
            "--period",
            P,
            "--template",
            "tinh",
            "--out",
            str(out),
        ).strip()  # fmt: skip
    )
    sheet = load_workbook(path).active
    assert sheet is not None and sheet["A6"].value.endswith("(MẪU CỦA TỈNH)")
    assert sheet["A7"].value == "Kỳ báo cáo: Quý III năm 2025"
    row = next(r for r in range(12, 60) if sheet.cell(r, 2).value == "Hộ tịch")
    assert sheet.cell(row, 5).value == 7 and sheet.cell(row, 3).value is None
    bundle = Path(
        _ok(
            capsys,
            "--data-dir",
            data,
            "templates",
            "bundle",
            "--form",
            "II.06a",
            "--name",
            "tinh",
            "--out",
            str(out),
        ).strip()  # fmt: skip
    )
    other = str(tmp_path / "other")
    _ok(capsys, "--data-dir", other, "setup", "--unit", "00008", "--role", "commune")
    _ok(capsys, "--data-dir", other, "templates", "import", str(bundle))
    listed = _ok(capsys, "--data-dir", other, "templates", "list")
    assert "II.06a\ttinh\tcủa đơn vị" in listed
    code, _, err = run(capsys, "--data-dir", other, "templates", "import", str(bundle))
    assert code == 2 and "Đã có mẫu" in err
    broken = tmp_path / "broken.egovt"
    broken.write_bytes(b"PK\x03\x04 no")
    code, _, err = run(capsys, "--data-dir", other, "templates", "import", str(broken))
    assert (code, err) == (
        2,
        "Lỗi: Tệp broken.egovt bị hỏng hoặc chưa chép hết (không tìm thấy mục lục của tệp nén, "
        "tệp không trọn vẹn).\n",
    )


def test_a_template_named_in_words_is_added_and_used_by_its_name_in_any_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], province_book: Path
) -> None:
    data = str(tmp_path / "d")
    _ok(capsys, "--data-dir", data, "setup", "--unit", "00004", "--role", "commune")
    code, _, err = run(capsys, "--data-dir", data, "templates", "add", str(province_book),
                       "--form", "II.06a", "--name", "con")  # fmt: skip
    assert code == 2
    assert err == (
        'Lỗi: Không đặt được tên mẫu "con": Windows dành tên này cho thiết bị; hãy chọn tên khác.\n'
    )
    _ok(capsys, "--data-dir", data, "templates", "add", str(province_book), "--form", "II.06a",
        "--name", "Mẫu tỉnh Hà Nội")  # fmt: skip
    listed = _ok(capsys, "--data-dir", data, "templates", "list")
    assert "II.06a\tMẫu tỉnh Hà Nội\tcủa đơn vị" in listed
    out = tmp_path / "out"
    written = _ok(capsys, "--data-dir", data, "report", "export", "--form", "II.06a", "--period",
                  P, "--template", "mẫu tỉnh hà nội", "--out", str(out))  # fmt: skip
    sheet = load_workbook(written.strip()).active
    assert sheet is not None and sheet["A6"].value.endswith("(MẪU CỦA TỈNH)")


def test_the_texts_the_proposal_could_not_place_are_named_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], province_book: Path
) -> None:
    """No signatures under the province's table: propose and add say so, the mapping printed
    stays one TOML document."""
    data = str(tmp_path / "d")
    _ok(capsys, "--data-dir", data, "setup", "--unit", "00004", "--role", "commune")
    code, out, err = run(capsys, "--data-dir", data, "templates", "propose", str(province_book),
                         "--form", "II.06a")  # fmt: skip
    assert code == 0
    proposed = tomllib.loads(out)
    assert proposed["cells"]["parent_agency"] == {"cell": "A1", "case": "upper"}
    assert err.startswith(
        "Lưu ý: Không tìm thấy trong tệp tinh.xlsx chỗ ghi: Đơn vị nhận báo cáo; "
        "Họ tên người lập biểu; Họ tên thủ trưởng. "
    )
    assert "egov templates add TỆP --form II.06a --name TÊN --mapping gan-o.toml" in err
    code, _, err = run(capsys, "--data-dir", data, "templates", "add", str(province_book),
                       "--form", "II.06a", "--name", "tinh")  # fmt: skip
    assert code == 0 and "Họ tên người lập biểu; Họ tên thủ trưởng" in err
