import json
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from egov_desktop.errors import PackageError
from egov_desktop.exchange.archive import write_archive
from egov_desktop.exchange.package import package_filename
from egov_desktop.exchange.replies import (
    RECEIPT,
    REPLY,
    RETURN,
    SUFFIX,
    Reply,
    read_reply,
    reply_filename,
    write_reply,
)


def _reply(kind: str = RECEIPT, reason: str = "") -> Reply:
    return Reply(
        kind=kind,
        unit_code="00004",
        package_id="5f1c",
        version=3,
        periods=("2025-Q3",),
        forms=("II.06a",),
        at=datetime(2025, 9, 21, 14, 5),
        office_code="01",
        office_name="Thành phố Hà Nội",
        officer="Lê Văn Cường",
        reason=reason,
    )


def test_receipt_round_trip(tmp_path: Path) -> None:
    reply = _reply()
    path = tmp_path / reply_filename(reply)
    assert path.name == "BN_00004_2025-Q3_v3.egovr"
    write_reply(path, reply)
    assert read_reply(path) == reply


def test_a_receipt_of_a_correction_carries_its_reason(tmp_path: Path) -> None:
    reply = replace(_reply(), correction=True, correction_reason="Sót một hồ sơ hộ tịch")
    path = tmp_path / reply_filename(reply)
    write_reply(path, reply)
    assert read_reply(path) == reply
    with pytest.raises(ValueError):
        replace(_reply(), correction_reason="Sót một hồ sơ")


def _rewritten(path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    """The reply file at `path` with its document changed by `change`, as another file."""
    with zipfile.ZipFile(path) as archive:
        document = json.loads(archive.read(REPLY))
    change(document)
    target = path.with_name("changed" + SUFFIX)
    write_archive(target, {REPLY: json.dumps(document, ensure_ascii=False).encode()})
    return target


def test_a_reply_written_before_corrections_were_named_reads_as_a_report(
    tmp_path: Path,
) -> None:
    path = tmp_path / "reply.egovr"
    write_reply(path, replace(_reply(), correction=True, correction_reason="Sửa"))

    def drop(document: dict[str, Any]) -> None:
        del document["correction"], document["correction_reason"]

    assert read_reply(_rewritten(path, drop)) == _reply()

    def garble(document: dict[str, Any]) -> None:
        document["correction"] = "có"

    with pytest.raises(PackageError, match="correction"):
        read_reply(_rewritten(path, garble))


def test_return_needs_a_reason() -> None:
    with pytest.raises(ValueError):
        _reply(RETURN)
    assert reply_filename(_reply(RETURN, "Thiếu số liệu Đất đai")).startswith("TL_")


def test_a_package_is_not_a_reply(tmp_path: Path) -> None:
    from tests.exchange.test_package import _written

    with pytest.raises(PackageError):
        read_reply(_written(tmp_path))
    assert package_filename("00004", "2025-Q3", 3) != reply_filename(_reply())
