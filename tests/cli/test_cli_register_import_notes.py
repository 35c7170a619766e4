"""`egov dossiers import`: --dry-run says what the import will do, the import what it did."""

from pathlib import Path

import pytest

from tests import registers
from tests.cli.runner import run

ROWS: list[list[object]] = [
    ["Mã hồ sơ", "Lĩnh vực", "Hình thức nộp", "Ngày nhận", "Hẹn trả"],
    ["N1", "Sector Mới", "Trực tuyến", "01/07/2025", "05/07/2025"],
    ["N2", "Hộ tịch", "Trực tiếp", "01/07/2025", None],
]


def test_dry_run_notes_say_will_and_the_import_notes_did(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(registers.write_rows(tmp_path / "n.xlsx", ROWS))
    code, out, err = run(capsys, "--data-dir", data, "dossiers", "import", path, "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Sẽ nhập: 2 hồ sơ mới")
    assert "mỗi lĩnh vực sẽ thành một dòng mới của biểu II.06a" in lines[1]
    assert "các dòng này vẫn được nhập, hồ sơ được đánh dấu cần bổ sung" in lines[2]
    code, out, err = run(capsys, "--data-dir", data, "dossiers", "import", path)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith("Đã nhập: 2 hồ sơ mới")
    assert lines[1].startswith("Lĩnh vực mới: Sector Mới (1 dòng).")
    assert "mỗi lĩnh vực đã thành một dòng mới của biểu II.06a" in lines[1]
    assert "các dòng này đã được nhập, hồ sơ đã được đánh dấu cần bổ sung" in lines[2]
    assert " sẽ " not in out


def test_the_column_lists_quote_a_column_as_the_notes_do(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["STT", "Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Cán bộ thụ lý"]]
    path = str(registers.write_rows(tmp_path / "q.xlsx", [*rows, [1, "Q1", "Hộ tịch", None, ""]]))
    code, out, err = run(capsys, "--data-dir", data, "dossiers", "import", path, "--dry-run")
    assert (code, err) == (0, "")
    assert 'Tệp không có cột "Hình thức nộp": ' in out
    assert 'Các cột đã đọc: Mã hồ sơ ← "Mã hồ sơ"; Lĩnh vực ← "Lĩnh vực"; ' in out
    assert 'Các cột không đọc: "Cán bộ thụ lý".\nDòng 2: Thiếu "Ngày nhận".' in out
