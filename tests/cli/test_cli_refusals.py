"""Refusals a clerk can act on: what a wrong file is, whole numbers, dates, periods, --out."""

import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.cli.runner import run


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "o")
    code, _, _ = run(capsys, "--data-dir", folder, "setup", "--unit", "01", "--role", "aggregator")
    assert code == 0
    return folder


@pytest.fixture
def files(tmp_path: Path) -> dict[str, str]:
    book = tmp_path / "x.xlsx"
    openpyxl.Workbook().save(book)
    package = tmp_path / "BC_00004_2025-Q3_v1.egov"
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("manifest.json", "{}")
        archive.writestr("payload.json", "{}")
    reply = tmp_path / "BN_00004_2025-Q3_v1.egovr"
    with zipfile.ZipFile(reply, "w") as archive:
        archive.writestr("reply.json", "{}")
    junk = tmp_path / "notapkg.egov"
    junk.write_text("not a zip")
    return {"book": str(book), "package": str(package), "reply": str(reply), "junk": str(junk)}


@pytest.mark.parametrize(
    ("where", "command", "file", "says"),
    [
        ("office", ("package", "import"), "book", "là bảng tính Excel"),
        ("office", ("package", "import"), "reply", 'Dòng lệnh: "egov reply import"'),
        ("data", ("reply", "import"), "book", "là bảng tính Excel, không phải tệp phản hồi"),
        ("data", ("reply", "import"), "package", 'Dòng lệnh: "egov package import"'),
        ("data", ("reply", "import"), "junk", "không phải là tệp phản hồi (.egovr)"),
        ("data", ("dossiers", "import"), "package", 'Dòng lệnh: "egov package import"'),
        ("data", ("templates", "check"), "package", 'Dòng lệnh: "egov package import"'),
        ("data", ("templates", "check"), "junk", "không phải là tệp Excel .xlsx đọc được"),
        ("data", ("templates", "import"), "book", "là bảng tính Excel, không phải gói mẫu biểu"),
    ],
)
def test_a_file_of_another_kind_is_named(
    request: pytest.FixtureRequest,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    where: str,
    command: tuple[str, ...],
    file: str,
    says: str,
) -> None:
    folder = request.getfixturevalue(where)
    code, out, err = run(capsys, "--data-dir", folder, *command, files[file])
    assert (code, out) == (2, "")
    assert says in err and "phần lạ" not in err
    assert err.count("\n") == 1, err  # one Vietnamese line: no English log line before it


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ("holidays", "list", "--year", "abc"),
            '--year: phải là số nguyên, ví dụ 2026, không phải "abc"',
        ),
        (("entry", "deadline", "--days", "7,5"), "--days: phải là số nguyên, ví dụ 7"),
        (("holidays", "add", "31/02/2026", "--name", "x"), 'Ngày "31/02/2026" không có trong lịch'),
        (
            ("entry", "set", "--form", "II.06a", "--period", "2025-Q3", "--sector", "Hộ tịch",
             "--col", "3", "1,000"),
            'Giá trị "1,000" có dấu phẩy phân cách hàng nghìn',
        ),
        (("holidays", "add", "hôm nay", "--name", "x"), "dd/mm/yyyy hoặc YYYY-MM-DD"),
        (("period", "show", "Q3/2025"), "2025-Q3 (quý)"),
    ],
)  # fmt: skip
def test_refusals_give_an_example(
    data: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], says: str
) -> None:
    code, out, err = run(capsys, "--data-dir", data, *args)
    assert (code, out) == (2, "")
    assert says in err and "int" not in err


def test_out_without_a_suffix_is_a_new_folder(
    data: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "newdir"
    args = ("report", "export", "--form", "II.06a", "--period", "2025-Q3", "--out", str(folder))
    code, out, err = run(capsys, "--data-dir", data, *args)
    assert code == 0, err
    assert out.strip() == str(folder / "II.06a_00004_2025-Q3.xlsx")
    assert f"Đã tạo thư mục {folder}." in err
    bundle = tmp_path / "bundle"
    args = ("templates", "bundle", "--form", "II.06a", "--name", "builtin", "--out", str(bundle))
    code, out, err = run(capsys, "--data-dir", data, *args)
    assert code == 0, err
    assert Path(out.strip()).parent == bundle and out.strip().endswith(".egovt")


def test_text_output_names_codes_in_vietnamese(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    def out(*args: str) -> str:
        code, text, err = run(capsys, "--data-dir", data, *args)
        assert code == 0, err
        return text

    info = out("info")
    assert "Vai trò: cấp xã (lập và gửi báo cáo)" in info and "commune" not in info
    assert "kỳ báo cáo: chốt số liệu theo NĐ 09/2019" in info
    assert out("period", "show", "2025-Q3").endswith(", chốt số liệu theo NĐ 09/2019\n")
    assert "(cutoff)" not in out("stats", "--period", "2025-Q3")
    days = out("holidays", "list", "--year", "2031")
    assert "dự kiến theo quy định" in days and "proposed" not in days
    assert "egov procedures import" in out("dvc", "levels", "--period", "2025-Q3")
