"""Refuse a data folder on a network drive before SQLite opens anything there.

SQLite's write-ahead log keeps its index in shared memory, which a network file system cannot
share between computers, and file locking and flushing over SMB or NFS are only as reliable as
the server and the network: a dropped connection in the middle of a commit, or a second
computer opening the same file, damages the database. Offices like to put the data folder on a
shared drive; it must live on this computer's disk, and the shared drive serves for the
packages exchanged (inbox and outbox folders).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path, PureWindowsPath

from egov_desktop.domain import messages
from egov_desktop.errors import StorageError

#: Linux file-system types that reach another computer over the network.
NETWORK_TYPES = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb3",
        "smbfs",
        "ncpfs",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.glusterfs",
        "fuse.sshfs",
        "sshfs",
        "davfs",
        "fuse.davfs2",
        "lustre",
        "gpfs",
    }
)

#: GetDriveTypeW's answer for a drive letter mapped to a network share.
DRIVE_REMOTE = 4


def require_local(folder: Path) -> None:
    """Raise StorageError when `folder` (which may not exist yet) is on a network drive."""
    kind = network_kind(folder)
    if kind is not None:
        raise StorageError(messages.NETWORK_FOLDER.format(path=folder, kind=kind))


def network_kind(folder: Path) -> str | None:
    """The network drive holding `folder`, in words for the message; None when it is local."""
    if sys.platform == "win32":
        return windows_kind(str(folder), _drive_type)
    if sys.platform.startswith("linux"):
        try:
            with open("/proc/self/mounts", encoding="utf-8", errors="replace") as mounts:
                table = mounts.read()
        except OSError:  # no /proc (a sandbox): nothing to tell, SQLite finds out itself
            return None
        found = linux_kind(str(folder), table)
        return None if found is None else f"{messages.NETWORK_SHARE} ({found})"
    return None


def windows_kind(folder: str, drive_type: Callable[[str], int]) -> str | None:
    r"""`\\server\share\…` or a drive letter mapped to a share; `drive_type(root) -> int`."""
    path = PureWindowsPath(folder)
    anchor = path.anchor
    if anchor.startswith("\\\\?\\UNC\\") or (
        anchor.startswith("\\\\") and not anchor.startswith("\\\\?\\")
    ):
        return messages.NETWORK_SHARE
    if path.drive and drive_type(path.drive + "\\") == DRIVE_REMOTE:
        return messages.NETWORK_SHARE
    return None


def linux_kind(folder: str, mounts: str) -> str | None:
    """The network file-system type of the mount holding `folder`, from /proc/self/mounts."""
    best, kind = "", ""
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        # Spaces and tabs in a mount point are written as octal escapes.
        point = fields[1].replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")
        inside = folder == point or folder.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, kind = point, fields[2]
    return kind if kind in NETWORK_TYPES else None


def _drive_type(root: str) -> int:
    import ctypes

    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return 0
    return int(windll.kernel32.GetDriveTypeW(os.fspath(root)))
