"""`egov dossiers import`: columns alike named by their group, a result column read."""

import json
from pathlib import Path

import pytest

from tests import registers
from tests.cli.runner import egov

ROWS: list[list[object]] = [
    ["Hồ sơ", None, "Thủ tục hành chính", None, "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Kết quả"],
    ["Mã", "Ghi chép", "Mã", "Tên", None, None, None, None],
    ["HS-1", "", "1.001193", "Khai sinh", "Hộ tịch", "01/07/25", "05/07/25", "Đúng hạn"],
]
MERGED = ("A1:B1", "C1:D1", "E1:E2", "F1:F2", "G1:G2", "H1:H2")


def test_two_columns_alike_are_listed_by_their_group(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(registers.write_rows(tmp_path / "m.xlsx", ROWS, MERGED))
    code, out, err = egov(capsys, data, "dossiers", "import", path, "--dry-run")
    assert (code, err) == (0, "")
    assert 'Mã hồ sơ ← "Mã (Hồ sơ)"; ' in out
    assert 'Mã TTHC ← "Mã (Thủ tục hành chính)"; ' in out
    assert 'Các cột không đọc: "Ghi chép"; "Kết quả".' in out
    # The name listed is the name a mapping gives: here the two the other way round.
    code, out, err = egov(
        capsys,
        data,
        "dossiers",
        "import",
        path,
        "--map",
        "Mã (Hồ sơ)=procedure_code",
        "--map",
        "Mã (Thủ tục hành chính)=code",
        "--map",
        "Kết quả=status",
    )
    assert (code, err) == (0, "")
    assert out.startswith("Đã nhập: 1 hồ sơ mới")
    code, out, err = egov(capsys, data, "dossiers", "list", "--json")
    assert code == 0, err
    [dossier] = json.loads(out)["dossiers"]
    assert (dossier["code"], dossier["procedure_code"]) == ("1.001193", "HS-1")
    assert dossier["received"] == "2025-07-01"
    # "Đúng hạn" with no end date: it has ended, and it lacks its date.
    assert dossier["status"] == "Đã giải quyết"
