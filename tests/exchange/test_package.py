"""Packages round-trip, and every damaged, unsafe or foreign file is refused."""

from __future__ import annotations

import hashlib
import io
import json
import unicodedata
import zipfile
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from egov_desktop.errors import PackageError
from egov_desktop.exchange import archive
from egov_desktop.exchange.package import (
    IDENTITY,
    MANIFEST,
    PAYLOAD,
    Manifest,
    Package,
    PackagePeriod,
    PackageStatus,
    PackageUnit,
    PackageValue,
    package_filename,
    read_package,
    write_package,
)


def _package(version: int = 3) -> Package:
    manifest = Manifest(
        package_id="5f1c",
        version=version,
        kind="report",
        unit=PackageUnit("00004", "Phường Ba Đình", "2025", "01"),
        periods=(PackagePeriod("2025-Q3", "cutoff", date(2025, 6, 15), date(2025, 9, 14)),),
        forms=("II.06a",),
        created_at=datetime(2025, 9, 20, 14, 5),
        officer="Nguyễn Văn An",
        app_version="0.1.0",
    )
    values = (
        PackageValue("II.06a", "2025-Q3", "Hộ tịch", "Hộ tịch", 3, 10, "typed"),
        PackageValue("II.06a", "2025-Q3", "Hộ tịch", "Hộ tịch", 4, None, "typed"),
    )
    return Package(manifest, values, (PackageStatus("II.06a", "2025-Q3", "done", "đủ"),))


def _written(tmp_path: Path) -> Path:
    path = tmp_path / package_filename("00004", "2025-Q3", 3)
    write_package(path, _package())
    return path


def _rezip(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, change.get(info.filename, old.read(info)))
        for name, data in change.items():
            if name not in old.namelist():
                new.writestr(name, data)
    return target


def test_round_trip(tmp_path: Path) -> None:
    path = _written(tmp_path)
    assert path.name == "BC_00004_2025-Q3_v3.egov"
    package = read_package(path)
    assert package.manifest.unit.name == "Phường Ba Đình"
    assert package.manifest.version == 3
    assert package.manifest.periods[0].start == date(2025, 6, 15)
    assert package.values == _package().values
    assert package.statuses[0].note == "đủ"
    assert len(package.manifest.payload_sha256) == 64


def test_text_made_elsewhere_is_read_in_nfc(tmp_path: Path) -> None:
    """A package written with decomposed text (another tool, another keyboard) reads as NFC."""
    nfd = partial(unicodedata.normalize, "NFD")
    made = _package()
    manifest = replace(made.manifest, unit=replace(made.manifest.unit, name=nfd("Phường Ba Đình")))
    values = tuple(
        replace(v, row_key=nfd(v.row_key), row_label=nfd(v.row_label)) for v in made.values
    )
    path = tmp_path / "nfd.egov"
    write_package(path, replace(made, manifest=manifest, values=values))
    assert nfd("Hộ tịch").encode() in zipfile.ZipFile(path).read("payload.json")
    package = read_package(path)
    assert package.manifest.unit.name == "Phường Ba Đình"
    assert package.values == made.values


def test_same_content_gives_the_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.egov", tmp_path / "b.egov"
    write_package(a, _package())
    write_package(b, _package())
    assert a.read_bytes() == b.read_bytes()


def test_custom_period_names_are_file_safe() -> None:
    assert package_filename("00004", "2025-07-01..2025-07-31", 1) == (
        "BC_00004_2025-07-01_2025-07-31_v1.egov"
    )


def test_tampered_payload_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path)
    with zipfile.ZipFile(path) as z:
        payload = z.read(PAYLOAD).replace(b'"value": 10', b'"value": 99')
    bad = _rezip(path, tmp_path / "bad.egov", {PAYLOAD: payload})
    with pytest.raises(PackageError, match="SHA-256"):
        read_package(bad)


def test_a_flipped_byte_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    bad = tmp_path / "flipped.egov"
    bad.write_bytes(bytes(data))
    with pytest.raises(PackageError):
        read_package(bad)


@pytest.mark.parametrize("mask", [0x01, 0x80, 0xFF])
def test_every_flipped_byte_is_read_or_refused_never_a_crash(tmp_path: Path, mask: int) -> None:
    """A flip in the compressed data reaches zlib; in a header, a method or encryption flag."""
    data = _written(tmp_path).read_bytes()
    bad, refused = tmp_path / "flipped.egov", 0
    for position in range(len(data)):
        flipped = bytearray(data)
        flipped[position] ^= mask
        bad.write_bytes(bytes(flipped))
        try:
            read_package(bad)  # a flip in a field nobody reads (a date, "made by") is harmless
        except PackageError as error:
            assert error.message.startswith(("Tệp flipped.egov", "Gói flipped.egov")), error
            refused += 1
    assert refused > len(data) // 2


def test_truncated_file_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path)
    bad = tmp_path / "cut.egov"
    bad.write_bytes(path.read_bytes()[:-40])
    with pytest.raises(PackageError, match="bị hỏng"):
        read_package(bad)


def test_not_a_zip_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "x.egov"
    bad.write_text("xin chào", encoding="utf-8")
    with pytest.raises(PackageError, match="không phải là gói"):
        read_package(bad)


@pytest.mark.parametrize("entry", ["../evil.json", "/etc/passwd", "C:/x.json", "a/../../b"])
def test_path_traversal_is_refused(tmp_path: Path, entry: str) -> None:
    bad = _rezip(_written(tmp_path), tmp_path / "trav.egov", {entry: b"{}"})
    with pytest.raises(PackageError, match="không an toàn"):
        read_package(bad)


def test_unknown_entries_are_refused(tmp_path: Path) -> None:
    bad = _rezip(_written(tmp_path), tmp_path / "extra.egov", {"run.bat": b"echo"})
    with pytest.raises(PackageError, match="phần lạ"):
        read_package(bad)


def test_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.egov"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(MANIFEST, b"{}")
        z.writestr(PAYLOAD, b"0" * (8 * 1024 * 1024))
    with pytest.raises(PackageError, match="quá lớn"):
        read_package(bomb)


def test_oversized_entry_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An entry over the size limit is refused even when it barely compresses."""
    monkeypatch.setattr(archive, "MAX_ENTRY_BYTES", 1000)
    monkeypatch.setattr(archive, "MAX_RATIO", 10**9)
    big = tmp_path / "big.egov"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_STORED) as z:
        z.writestr(MANIFEST, b"{}")
        z.writestr(PAYLOAD, b"x" * 5000)
    with pytest.raises(PackageError, match="quá lớn"):
        read_package(big)


def test_unknown_format_version_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path)
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read(MANIFEST))
    manifest["format_version"] = 99
    bad = _rezip(path, tmp_path / "v99.egov", {MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(PackageError, match="phiên bản 99"):
        read_package(bad)


def test_negative_value_in_payload_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path)
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read(MANIFEST))
        payload = z.read(PAYLOAD).replace(b'"value": 10', b'"value": -10')
    import hashlib

    manifest["payload_sha256"] = hashlib.sha256(payload).hexdigest()
    bad = _rezip(
        path, tmp_path / "neg.egov", {MANIFEST: json.dumps(manifest).encode(), PAYLOAD: payload}
    )
    with pytest.raises(PackageError) as refused:
        read_package(bad)
    # The figures are wrong, not the manifest ("phần mô tả") the clerk would look at.
    assert refused.value.message == (
        "Số liệu trong gói neg.egov không hợp lệ: giá trị không hợp lệ -10; gói bị từ chối."
    )


def test_missing_payload_is_refused(tmp_path: Path) -> None:
    only = tmp_path / "only.egov"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(MANIFEST, b"{}")
    only.write_bytes(buffer.getvalue())
    with pytest.raises(PackageError, match="thiếu phần"):
        read_package(only)


def _rewrite(path: Path, target: Path, *, manifest: dict[str, Any] | None = None,
             payload: dict[str, Any] | None = None) -> Path:  # fmt: skip
    """`path` with its manifest and/or payload replaced; the manifest's hash fits the payload."""
    with zipfile.ZipFile(path) as z:
        old_manifest, old_payload = json.loads(z.read(MANIFEST)), z.read(PAYLOAD)
    data = old_payload if payload is None else json.dumps(payload).encode()
    document = {**old_manifest, **(manifest or {})}
    document["payload_sha256"] = hashlib.sha256(data).hexdigest()
    return _rezip(path, target, {MANIFEST: json.dumps(document).encode(), PAYLOAD: data})


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        ({"unit": {"code": "00008", "name": "Phường Ngọc Hà", "catalog": "2025",
                   "province_code": "01"}},
         "đơn vị: phần mô tả ghi 00008, dữ liệu ghi 00004"),
        ({"package_id": "6a2d"}, "mã gói: phần mô tả ghi 6a2d, dữ liệu ghi 5f1c"),
        ({"version": 4}, "phiên bản gói: phần mô tả ghi 4, dữ liệu ghi 3"),
        ({"periods": [{"code": "2025-Q2", "mode": "cutoff", "start": "2025-03-15",
                       "end": "2025-06-14"}]}, "kỳ: phần mô tả ghi 2025-Q2"),
        ({"forms": ["II.06a", "II.07b"]}, "biểu: phần mô tả ghi II.06a, II.07b"),
    ],
    ids=["unit", "package_id", "version", "period", "forms"],
)  # fmt: skip
def test_a_manifest_that_disagrees_with_its_payload_is_refused(
    tmp_path: Path, edit: dict[str, Any], said: str
) -> None:
    """The hash covers the payload only: a relabelled manifest is caught by the payload's copy."""
    with zipfile.ZipFile(_written(tmp_path)) as z:
        document = json.loads(z.read(MANIFEST))
    document.update(edit)  # the hash is left as it was: the payload did not change
    bad = _rezip(_written(tmp_path), tmp_path / "relabelled.egov",
                 {MANIFEST: json.dumps(document).encode()})  # fmt: skip
    with pytest.raises(PackageError) as caught:
        read_package(bad)
    assert said in caught.value.message and "không khớp" in caught.value.message


def test_a_payload_whose_identity_was_removed_or_mangled(tmp_path: Path) -> None:
    path = _written(tmp_path)
    with zipfile.ZipFile(path) as z:
        payload = json.loads(z.read(PAYLOAD))
    assert payload[IDENTITY]["unit"] == {"catalog": "2025", "code": "00004"}
    # Written before the payload carried the identity: read as before.
    old = dict(payload)
    del old[IDENTITY]
    read = read_package(_rewrite(path, tmp_path / "old.egov", payload=old))
    assert read.manifest.unit.code == "00004" and read.values == _package().values
    mangled = {**payload, IDENTITY: "00004"}
    with pytest.raises(PackageError, match="không khớp"):
        read_package(_rewrite(path, tmp_path / "mangled.egov", payload=mangled))


@pytest.mark.parametrize(
    ("edit", "said"),
    [
        ({"created_at": "hôm qua"}, "có mục sai kiểu hoặc sai giá trị"),
        ({"unit": {"code": "00004"}}, "có mục sai kiểu hoặc sai giá trị"),
        ({"version": 0}, "phiên bản gói không hợp lệ 0"),
    ],
    ids=["date", "unit", "version"],
)
def test_a_broken_manifest_is_explained_in_vietnamese(
    tmp_path: Path, edit: dict[str, Any], said: str
) -> None:
    """Python's own wording ("Invalid isoformat string", "missing 3 required…") stays in the log."""
    bad = _rewrite(_written(tmp_path), tmp_path / "bad.egov", manifest=edit)
    with pytest.raises(PackageError) as raised:
        read_package(bad)
    assert said in raised.value.message
    assert not any(word in raised.value.message for word in ("Invalid", "missing", "argument"))


def test_a_missing_field_and_broken_json_are_named(tmp_path: Path) -> None:
    path = _written(tmp_path)
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read(MANIFEST))
    del manifest["forms"]
    bad = _rezip(path, tmp_path / "noforms.egov", {MANIFEST: json.dumps(manifest).encode()})
    with pytest.raises(PackageError, match='thiếu mục "forms"'):
        read_package(bad)
    broken = _rezip(path, tmp_path / "json.egov", {MANIFEST: b'{"format_version": 1,'})
    with pytest.raises(PackageError, match=r"không đọc được JSON \(dòng 1"):
        read_package(broken)
