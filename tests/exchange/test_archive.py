"""Reading exchanged zips: every refusal is explained in Vietnamese, never in zipfile's English."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from egov_desktop.errors import PackageError, UnreadableFileError
from egov_desktop.exchange.archive import read_archive, write_archive
from tests.long_names import LONG, refuses_long_name

PARTS = {"a.json": b'{"a": 1}' * 50}


def _refusal(path: Path) -> str:
    with pytest.raises(PackageError) as caught:
        read_archive(path, required=tuple(PARTS))
    return caught.value.message


def test_a_folder_is_refused_as_a_folder(tmp_path: Path) -> None:
    message = _refusal(tmp_path)
    assert message == f"{tmp_path} là một thư mục, không phải gói dữ liệu báo cáo (.egov)."
    with pytest.raises(PackageError) as caught:
        read_archive(tmp_path, required=tuple(PARTS), kind="bundle")
    assert caught.value.message == f"{tmp_path} là một thư mục, không phải gói mẫu biểu (.egovt)."


def test_a_missing_file_is_named_as_missing(tmp_path: Path) -> None:
    message = _refusal(tmp_path / "BC_00004_2025-Q3_v1.egov")
    assert message.startswith("Không tìm thấy tệp") and "không phải là gói" not in message


def test_a_cut_zip_is_explained_in_vietnamese(tmp_path: Path) -> None:
    cut = tmp_path / "cut.egov"
    cut.write_bytes(b"PK\x03\x04 truncated")
    message = _refusal(cut)
    assert "bị hỏng hoặc chưa chép hết" in message and "mục lục" in message
    assert "zip file" not in message


def test_a_checksum_mismatch_is_explained_in_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "flipped.egov"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as stored:
        stored.writestr("a.json", PARTS["a.json"])
    data = bytearray(path.read_bytes())
    data[data.index(b'{"a"') + 3] ^= 0x01  # inside the stored entry: only its CRC can tell
    path.write_bytes(bytes(data))
    message = _refusal(path)
    assert "không khớp mã kiểm tra" in message and "CRC" not in message


def test_compressed_data_that_no_longer_inflates_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "BC_00004_2025-Q3_v1.egov"
    write_archive(path, PARTS)
    data = bytearray(path.read_bytes())
    data[30 + len("a.json")] ^= 0xFF  # the first byte of the deflated entry: zlib gives up
    path.write_bytes(bytes(data))
    message = _refusal(path)
    assert message.startswith("Tệp BC_00004_2025-Q3_v1.egov bị hỏng hoặc chưa chép hết")
    assert "Error -3" not in message


def test_a_header_naming_an_unknown_method_or_encryption_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "odd.egov"
    write_archive(path, PARTS)
    sound = path.read_bytes()
    central = sound.index(b"PK\x01\x02")
    for offset in (central + 8, central + 10):  # flags (bit 0: encrypted), compression method
        data = bytearray(sound)
        data[offset] ^= 0x01
        path.write_bytes(bytes(data))
        assert "bị hỏng hoặc chưa chép hết" in _refusal(path)


def test_a_sound_archive_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "ok.egov"
    write_archive(path, PARTS)
    assert read_archive(path, required=tuple(PARTS)) == PARTS


def test_a_path_too_long_gives_the_system_s_reason(tmp_path: Path) -> None:
    path = tmp_path / (LONG + ".egov")
    with pytest.raises(UnreadableFileError) as caught:
        read_archive(path, required=tuple(PARTS))
    assert refuses_long_name(caught.value.message) and str(path) in caught.value.message


def test_a_failed_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "BC.egov"
    target.mkdir()  # the finished file cannot take the place of a folder
    with pytest.raises(OSError):
        write_archive(target, PARTS)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["BC.egov"]
