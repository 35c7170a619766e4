"""`dossiers add` finds procedures and sectors by name as the dossier form's suggestions do."""

import json
from pathlib import Path

import pytest

from tests import registers
from tests.cli.test_cli_register import egov, snapshot

ADD = ("dossiers", "add", "--channel", "truc tiep", "--received", "2025-08-28", "--json")


@pytest.fixture
def catalogue(data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    registers.write_rows(
        tmp_path / "tthc.xlsx",
        [
            ["Mã TTHC", "Tên TTHC", "Lĩnh vực", "Thời gian giải quyết"],
            ["1.001", "Đăng ký kết hôn", "Hộ tịch", "3 ngày làm việc"],
            ["1.002", "Đăng ký khai sinh", "Hộ tịch", "1 ngày làm việc"],
            ["1.003", "Đăng ký lại kết hôn", "Hộ tịch", "5 ngày làm việc"],
        ],
    )
    code, _, err = egov(capsys, data, "procedures", "import", str(tmp_path / "tthc.xlsx"))
    assert code == 0, err
    return data


@pytest.mark.parametrize(
    ("text", "procedure"),
    [
        ("Đăng ký khai sinh", "1.002"),
        ("dang ky khai sinh", "1.002"),
        ("ĐĂNG KÝ KẾT HÔN", "1.001"),
        ("khai sinh", "1.002"),
        ("1.003", "1.003"),
    ],
)
def test_a_procedure_is_found_by_its_name(
    catalogue: str, capsys: pytest.CaptureFixture[str], text: str, procedure: str
) -> None:
    code, out, err = egov(capsys, catalogue, *ADD, "--code", "K1", "--procedure", text)
    assert code == 0, err
    added = json.loads(out)
    assert (added["procedure_code"], added["sector"]) == (procedure, "Hộ tịch")
    assert added["due"] is not None


def test_several_procedures_are_refused_with_their_list(
    catalogue: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(catalogue)
    code, out, err = egov(capsys, catalogue, *ADD, "--code", "K1", "--procedure", "ket hon")
    assert (code, out) == (2, "")
    assert "1.001 — Đăng ký kết hôn; 1.003 — Đăng ký lại kết hôn" in err
    assert snapshot(catalogue) == before


def test_a_sector_takes_the_spelling_of_the_list(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    due = ("--due", "2025-09-05")
    code, out, err = egov(capsys, data, *ADD, *due, "--code", "K1", "--sector", "ho TICH")
    assert code == 0, err
    assert json.loads(out)["sector"] == "Hộ tịch"


def test_a_sector_not_in_the_list_is_refused(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(data)
    due = ("--due", "2025-09-05")
    code, out, err = egov(capsys, data, *ADD, *due, "--code", "K1", "--sector", "Hộ tịch mới")
    assert (code, out) == (2, "")
    assert "Hộ tịch, Chứng thực" in err and 'egov sectors add "Hộ tịch mới"' in err
    assert snapshot(data) == before
    code, _, _ = egov(capsys, data, "sectors", "add", "Hộ tịch mới")
    code, out, err = egov(capsys, data, *ADD, *due, "--code", "K1", "--sector", "ho tich moi")
    assert code == 0, err
    assert json.loads(out)["sector"] == "Hộ tịch mới"
