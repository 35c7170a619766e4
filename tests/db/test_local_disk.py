"""A data folder on a network drive is refused before SQLite opens anything there."""

from __future__ import annotations

from pathlib import Path

import pytest

from egov_desktop.db import local_disk
from egov_desktop.db.database import open_database
from egov_desktop.db.local_disk import DRIVE_REMOTE, linux_kind, windows_kind
from egov_desktop.errors import StorageError
from tests.cli.runner import run

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//server/chung /mnt/chung cifs rw,vers=3.0 0 0
/dev/sdb1 /mnt/chung/usb vfat rw 0 0
nas:/export /srv/so\\040lieu nfs4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("folder", "kind"),
    [
        ("/home/canbo/egov", None),
        ("/mnt/chung", "cifs"),
        ("/mnt/chung/egov", "cifs"),
        ("/mnt/chungkhac/egov", None),  # a sibling whose name merely starts the same
        ("/mnt/chung/usb/egov", None),  # a local disk mounted inside the share
        ("/srv/so lieu/egov", "nfs4"),  # a mount point with a space, escaped in the table
        ("/tmp/egov", None),
    ],
)
def test_the_mount_holding_a_folder_decides(folder: str, kind: str | None) -> None:
    assert linux_kind(folder, MOUNTS) == kind


def _types(**by_root: int):  # type: ignore[no-untyped-def]
    return lambda root: by_root.get(root[0], 3)  # 3: a fixed disk


@pytest.mark.parametrize(
    ("folder", "remote"),
    [
        (r"C:\Users\canbo\AppData\Local\egov_desktop", False),
        (r"\\may-chu\chung\egov", True),
        (r"\\?\UNC\may-chu\chung\egov", True),
        (r"\\?\C:\egov", False),
        (r"Z:\egov", True),  # Z: is mapped to a share below
        (r"D:\egov", False),
    ],
)
def test_a_share_or_a_mapped_drive_is_remote_on_windows(folder: str, remote: bool) -> None:
    kind = windows_kind(folder, _types(Z=DRIVE_REMOTE))
    assert (kind is not None) == remote


def test_a_network_data_folder_is_refused_and_nothing_is_created(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "chung" / "egov"
    monkeypatch.setattr(local_disk, "network_kind", lambda path: "ổ mạng dùng chung (cifs)")
    with pytest.raises(StorageError) as caught:
        open_database(folder / "egov.sqlite", folder / "backups")
    assert "nằm trên ổ mạng dùng chung (cifs)" in caught.value.message
    assert "ổ đĩa của máy này" in caught.value.message
    assert not (tmp_path / "chung").exists()


def test_the_cli_says_so_and_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(local_disk, "network_kind", lambda path: "ổ mạng dùng chung")
    folder = tmp_path / "chung"
    code, _out, err = run(
        capsys, "--data-dir", str(folder), "setup", "--unit", "00004", "--role", "commune"
    )
    assert code == 2
    assert f"Thư mục dữ liệu {folder} nằm trên ổ mạng dùng chung" in err
    assert not (folder / "egov.sqlite").exists()


def test_a_local_folder_opens(tmp_path: Path) -> None:
    """The machine running the tests keeps its temporary folders on a local disk."""
    assert local_disk.network_kind(tmp_path) is None
