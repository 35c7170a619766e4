from datetime import datetime
from pathlib import Path

import pytest

from egov_desktop.errors import PackageError
from egov_desktop.exchange.package import package_filename
from egov_desktop.exchange.replies import (
    RECEIPT,
    RETURN,
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


def test_return_needs_a_reason() -> None:
    with pytest.raises(ValueError):
        _reply(RETURN)
    assert reply_filename(_reply(RETURN, "Thiếu số liệu Đất đai")).startswith("TL_")


def test_a_package_is_not_a_reply(tmp_path: Path) -> None:
    from tests.exchange.test_package import _written

    with pytest.raises(PackageError):
        read_reply(_written(tmp_path))
    assert package_filename("00004", "2025-Q3", 3) != reply_filename(_reply())
