"""An OSError's reason in Vietnamese, by its number: the clerk never reads Python's English."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from egov_desktop.domain import file_errors, messages


@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (errno.ENAMETOOLONG, messages.OS_NAME_TOO_LONG),
        (errno.ENOENT, messages.OS_NOT_FOUND),
        (errno.EACCES, messages.OS_NO_ACCESS),
        (errno.EPERM, messages.OS_NO_ACCESS),
        (errno.ENOSPC, messages.OS_DISK_FULL),
        (errno.EROFS, messages.OS_READ_ONLY),
        (errno.EISDIR, messages.OS_IS_FOLDER),
        (errno.ENOTDIR, messages.OS_NOT_FOLDER),
        (errno.EINVAL, messages.OS_BAD_NAME),
        (errno.EIO, messages.OS_DEVICE),
    ],
)
def test_each_number_has_its_reason(number: int, reason: str) -> None:
    assert file_errors.os_reason(OSError(number, "English words")) == reason


def test_a_file_in_the_way_of_a_folder_is_named() -> None:
    error = FileExistsError(errno.EEXIST, "File exists", "/tmp/bao_cao.xlsx")
    assert file_errors.os_reason(error) == (
        "đã có tệp /tmp/bao_cao.xlsx trùng tên với thư mục cần tạo"
    )
    assert file_errors.os_reason(FileExistsError(errno.EEXIST, "x")) == messages.OS_EXISTS


def test_windows_numbers_come_first() -> None:
    # Windows reports a path past MAX_PATH as "not found" (errno ENOENT), winerror 206.
    error = FileNotFoundError(errno.ENOENT, "The filename or extension is too long")
    error.winerror = 206  # type: ignore[attr-defined]
    assert file_errors.os_reason(error) == messages.OS_NAME_TOO_LONG


def test_an_unknown_number_is_given_without_english() -> None:
    assert file_errors.os_reason(OSError(9999, "Strange")) == "hệ điều hành báo lỗi số 9999"
    assert file_errors.os_reason(OSError("no number")) == messages.OS_UNKNOWN


def test_the_refusals_name_the_file_and_the_reason() -> None:
    error = OSError(errno.ENAMETOOLONG, "File name too long")
    assert file_errors.unreadable("a.egov", error) == (
        "Không đọc được tệp a.egov: tên tệp hoặc đường dẫn quá dài."
    )
    assert file_errors.unwritable("ra", error) == (
        "Không ghi được ra: tên tệp hoặc đường dẫn quá dài."
    )


def test_a_folder_windows_will_not_open_is_called_a_folder(tmp_path: Path) -> None:
    # Windows denies access to a folder opened as a file, as to a file open in Excel.
    folder = tmp_path / "bao_cao.xlsx"
    folder.mkdir()
    denied = PermissionError(errno.EACCES, "Permission denied", str(folder))
    assert file_errors.os_reason(denied) == messages.OS_IS_FOLDER
    locked = PermissionError(errno.EACCES, "Permission denied", str(tmp_path / "so.xlsx"))
    assert file_errors.os_reason(locked) == messages.OS_NO_ACCESS


def test_a_data_folder_problem_names_the_file_in_the_way(tmp_path: Path) -> None:
    afile = tmp_path / "a"
    afile.write_text("x", encoding="utf-8")
    assert file_errors.data_folder_problem(tmp_path / "new" / "data") is None
    assert file_errors.data_folder_problem(tmp_path) is None
    assert str(afile) in (file_errors.data_folder_problem(afile) or "")
    assert f"{afile / 'b'}: {afile}" in (file_errors.data_folder_problem(afile / "b") or "")
