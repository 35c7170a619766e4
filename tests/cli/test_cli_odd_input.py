"""Odd values of options: a Vietnamese refusal on stderr, exit 2, nothing changed.

A form code that is a path, a number past SQLite's integers, a file name too long for the
system, a folder in the way of an output file, a workbook given for a mapping file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from egov_desktop.export.templates import builtin_root
from tests.cli.runner import egov, tables
from tests.long_names import LONG, refuses_long_name

P = "2025-Q3"
#: The unit's report an office reads from its hand-filled workbook.
UNIT_REPORT = ("--form", "II.06a", "--period", P, "--unit", "00004")


def _refused(capsys: pytest.CaptureFixture[str], data: str, *args: str) -> str:
    code, out, err = egov(capsys, data, *args)
    assert (code, out) == (2, ""), err
    assert "không mong muốn" not in err and "Errno" not in err
    return err.strip()


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("form", ["../../etc/passwd", "/etc/passwd", "II.99"])
def test_a_form_code_that_is_no_form_is_refused(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, form: str
) -> None:
    out = tmp_path / "out"
    err = _refused(
        capsys, data, "templates", "bundle", "--form", form, "--name", "builtin", "--out", str(out)
    )
    assert err.startswith(f'Lỗi: Không có biểu báo cáo "{form}" (các biểu hiện có: II.06a, ')
    assert not out.exists() and not (Path(data) / "templates").exists()


def test_a_bundle_over_a_file_says_the_file_is_in_the_way(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    taken = tmp_path / "out.xlsx"
    taken.write_bytes(b"kept")
    err = _refused(
        capsys, data, "templates", "bundle", "--form", "II.06a", "--name", "", "--out", str(taken)
    )
    assert err == (
        f"Lỗi: Không ghi được {taken / 'II.06a_builtin.egovt'}: đã có tệp {taken} trùng tên với "
        "thư mục cần tạo."
    )
    assert taken.read_bytes() == b"kept"


def test_an_offset_past_any_register_is_refused(
    capsys: pytest.CaptureFixture[str], data: str
) -> None:
    err = _refused(capsys, data, "dossiers", "list", "--offset", "99999999999999999999")
    assert err == (
        "Lỗi: Số hồ sơ bỏ qua không được quá 1.000.000.000 (nhận được 99999999999999999999)."
    )


def test_a_workbook_given_as_the_mapping_is_no_text(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path
) -> None:
    book = str(builtin_root() / "II.06a" / "builtin.xlsx")
    err = _refused(
        capsys, data, "templates", "add", book, "--form", "II.06a", "--name", "tinh",
        "--mapping", book,
    )  # fmt: skip
    assert err.endswith(": tệp không phải văn bản UTF-8 (có thể không phải tệp .toml).")
    assert not (Path(data) / "templates").exists()


@pytest.mark.parametrize(
    "command",
    [
        ("backup", "restore", "--file", LONG),
        ("dossiers", "import", LONG),
        ("procedures", "import", LONG),
        ("templates", "check", LONG),
        ("templates", "import", LONG),
        ("templates", "add", "tinh.xlsx", "--form", "II.06a", "--name", "t", "--mapping", LONG),
        ("package", "import", LONG),
        ("reply", "import", LONG),
        ("entry", "import-excel", "f.xlsx", *UNIT_REPORT, "--template", LONG + ".xlsx"),
    ],
)
def test_a_file_name_too_long_to_read_says_so(
    capsys: pytest.CaptureFixture[str], data: str, command: tuple[str, ...]
) -> None:
    before = tables(data, "dossier", "procedure", "sent_package", "audit_entry")
    err = _refused(capsys, data, *command)
    assert refuses_long_name(err)
    assert tables(data, "dossier", "procedure", "sent_package", "audit_entry") == before


@pytest.mark.parametrize(
    "command",
    [
        ("report", "export", "--form", "II.06a", "--period", P, "--out", "{out}"),
        ("package", "export", "--period", P, "--out", "{out}"),
        ("package", "copy", "--period", P, "--out", "{out}"),
        ("templates", "bundle", "--form", "II.06a", "--name", "builtin", "--out", "{out}"),
    ],
)
def test_an_output_name_too_long_to_write_says_so(
    capsys: pytest.CaptureFixture[str], data: str, tmp_path: Path, command: tuple[str, ...]
) -> None:
    # A report done and sent once, so that each command gets as far as writing.
    assert egov(capsys, data, "entry", "set", "--form", "II.06a", "--period", P,
                "--sector", "Hộ tịch", "--col", "3", "0")[0] == 0  # fmt: skip
    assert egov(capsys, data, "entry", "status", "--form", "II.06a", "--period", P,
                "--set", "done", "--note", "ok")[0] == 0  # fmt: skip
    if command[:2] != ("package", "export"):
        assert egov(capsys, data, "package", "export", "--period", P)[0] == 0
    before = tables(data, "sent_package", "report_lock")
    out = tmp_path / "usb"
    out.mkdir()
    args = [part.format(out=out / LONG) for part in command]
    err = _refused(capsys, data, *args)
    assert refuses_long_name(err) and "Đã tạo thư mục" not in err
    assert tables(data, "sent_package", "report_lock") == before and _files(out) == []


@pytest.mark.parametrize("under", [False, True])
@pytest.mark.parametrize("command", [("setup", "--unit", "00004", "--role", "commune"), ("info",)])
def test_a_data_folder_that_is_a_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, under: bool, command: tuple[str, ...]
) -> None:
    """`--data-dir` given a file (or a folder under a file): said so, the file untouched."""
    afile = tmp_path / "notes.txt"
    afile.write_text("x", encoding="utf-8")
    data = afile / "egov" if under else afile
    err = _refused(capsys, str(data), *command)
    assert f"{afile} là một tệp, không phải thư mục" in err
    assert afile.read_text(encoding="utf-8") == "x"
