import json
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from egov_desktop.config import resource_path
from tests.cli.runner import run


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "d")
    assert (
        run(capsys, "--data-dir", folder, "setup", "--unit", "00004", "--role", "commune")[0] == 0
    )
    for col, value in (("3", "7"), ("4", "7"), ("7", "7"), ("9", "7")):
        args = ["entry", "set", "--form", "II.06a", "--period", "2025-Q3", "--sector", "Hộ tịch"]
        assert run(capsys, "--data-dir", folder, *args, "--col", col, value)[0] == 0
    return folder


def test_export_prints_the_path(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    out_file = tmp_path / "q3.xlsx"
    code, out, err = run(
        capsys, "--data-dir", data, "report", "export", "--form", "II.06a",
        "--period", "2025-Q3", "--out", str(out_file), "--mode", "cutoff",
    )  # fmt: skip
    assert code == 0, err
    assert out.strip() == str(out_file)
    texts = [
        c for row in load_workbook(out_file).active.iter_rows(values_only=True) for c in row if c
    ]
    assert "(Từ ngày 15/06/2025 đến ngày 14/09/2025)" in texts and 7 in texts


def test_stored_figures_are_not_exported_under_another_modes_window(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    """The unit counts in cutoff mode: its figures over the calendar window would be false."""
    out_file = tmp_path / "q3.xlsx"
    code, out, err = run(
        capsys, "--data-dir", data, "report", "export", "--form", "II.06a",
        "--period", "2025-Q3", "--out", str(out_file), "--mode", "calendar",
    )  # fmt: skip
    assert code == 2 and out == "" and not out_file.exists()
    assert "01/07/2025 – 30/09/2025" in err and "--mode calendar" in err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--form", "II.99", "--period", "2025-Q3"], "Không có biểu"),
        (["--form", "II.06a", "--period", "2025-Q5"], "kỳ"),
        (["--form", "II.06a", "--period", "2025-Q3", "--template", "tinh"], "Không tìm thấy mẫu"),
        # A commune has no units to sum: the office's forms are refused, not written empty.
        (["--form", "II.06a-agg", "--period", "2025-Q3"], "chỉ cơ quan tổng hợp"),
        (["--form", "ii.06a-sectors", "--period", "2025-Q3"], "chỉ cơ quan tổng hợp"),
        # II.06a always holds every sector: a sector asked for is refused, not left out quietly.
        (["--form", "II.06a", "--period", "2025-Q3", "--sector", "Hộ tịch"], "mọi lĩnh vực"),
        # A sector the unit does not have would print an empty register under a name it never
        # used.
        (["--form", "register", "--period", "2025-Q3", "--sector", "Thủy lợi"], "Thủy lợi"),
    ],
)
def test_bad_exports_exit_2(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, args: list[str], message: str
) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    code, out, err = run(
        capsys, "--data-dir", data, "report", "export", *args, "--out", str(out_dir)
    )
    assert code == 2 and message in err and out == ""
    assert list(out_dir.iterdir()) == []


def test_a_user_template_is_listed_and_used(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    builtin = resource_path("templates") / "II.06a"
    mine = Path(data) / "templates" / "II.06a"
    mine.mkdir(parents=True)
    shutil.copy(builtin / "builtin.xlsx", mine / "builtin.xlsx")
    shutil.copy(builtin / "builtin.toml", mine / "tinh.toml")
    code, out, _ = run(capsys, "--data-dir", data, "templates", "list", "--json")
    listed = {(t["form"], t["name"], t["builtin"]) for t in json.loads(out)}
    assert ("II.06a", "tinh", False) in listed and ("II.07b", "builtin", True) in listed
    code, out, err = run(
        capsys, "--data-dir", data, "report", "export", "--form", "II.06a",
        "--period", "2025-Q3", "--template", "tinh", "--out", str(tmp_path),
    )  # fmt: skip
    assert code == 0, err
    assert Path(out.strip()).name == "II.06a_00004_2025-Q3.xlsx"


def test_check_reports_the_doctor(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    book = resource_path("templates") / "II.06a" / "builtin.xlsx"
    code, out, _ = run(
        capsys, "--data-dir", str(tmp_path), "templates", "check", str(book), "--json"
    )
    assert code == 0
    assert json.loads(out) == {"file": str(book), "needs_xml_patch": False, "findings": []}
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "templates", "check", "/nope.xlsx")
    assert code == 2 and "không tồn tại" in err


def test_figures_counted_before_a_mode_change_are_not_exported(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    """The unit now counts in calendar mode: the cutoff figures would get its window."""
    code, _, _ = run(capsys, "--data-dir", data, "setup", "--unit", "00004", "--role", "commune",
                     "--period-mode", "calendar")  # fmt: skip
    assert code == 0
    out_file = tmp_path / "q3.xlsx"
    args = ["report", "export", "--form", "II.06a", "--period", "2025-Q3", "--out", str(out_file)]
    code, out, err = run(capsys, "--data-dir", data, *args)
    assert code == 2 and out == "" and not out_file.exists()
    assert "15/06/2025 – 14/09/2025" in err and "01/07/2025 – 30/09/2025" in err
    assert "egov stats --form II.06a --period 2025-Q3 --apply" in err
    code, out, err = run(capsys, "--data-dir", data, *args, "--mode", "cutoff")
    assert code == 0 and out.strip() == str(out_file)


def test_a_missing_template_named_with_spaces_is_suggested_in_quotes(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    args = ("report", "export", "--form", "II.06a", "--period", "2025-Q3", "--out", str(tmp_path))
    code, out, err = run(capsys, "--data-dir", data, *args, "--template", "mẫu tỉnh")
    assert (code, out) == (2, "")
    assert 'Không tìm thấy mẫu "mẫu tỉnh"' in err
    # As typed in a command: unquoted, the shell would make two arguments of it.
    assert 'templates add TỆP --form II.06a --name "mẫu tỉnh".' in err
    code, out, err = run(capsys, "--data-dir", data, *args, "--template", "tinh.v2")
    assert code == 2 and "chỉ gồm chữ, số, dấu cách" in err and "templates add" not in err
    assert list(tmp_path.glob("*.xlsx")) == []
