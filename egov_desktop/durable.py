"""Putting a finished file in place so that a power cut cannot leave it empty.

A file is written under a partial twin and renamed once whole. The rename alone is not
enough: after a power cut the file system may keep the new name while the data the program
wrote never reached the disk, so an export or a package recorded as sent (the database is
written with synchronous=FULL) would be empty. The data is flushed to the disk first, then the
folder's entry where the system allows it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

#: A file being written under its final name's partial twin, renamed once whole.
PARTIAL = ".partial"


def partial_of(target: Path) -> Path:
    """Where `target` is written before it is renamed into place."""
    return target.with_name(target.name + PARTIAL)


def sync_file(path: Path) -> None:
    """Flush what was written to `path` to the disk."""
    with path.open("rb+") as stream:
        os.fsync(stream.fileno())


def replace_durably(partial: Path, target: Path) -> None:
    """Rename the finished `partial` to `target`, its data on the disk before and after."""
    sync_file(partial)
    partial.replace(target)
    # The new name itself lives in the folder. Windows cannot open a folder to flush it (NTFS
    # journals the rename); elsewhere a folder that refuses is no reason to fail the write.
    if os.name != "nt":
        with contextlib.suppress(OSError):
            folder = os.open(target.parent, os.O_RDONLY)
            try:
                os.fsync(folder)
            finally:
                os.close(folder)


def copy_whole(source: Path, target: Path) -> None:
    """Copy `source` to `target` through its partial twin: `target` is whole or not there.

    Stopped half-way (a full USB drive, the process killed), no truncated file has the name a
    user would pick up.
    """
    partial = partial_of(target)
    try:
        shutil.copyfile(source, partial)
        replace_durably(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def write_whole(target: Path, data: bytes) -> None:
    """Write `data` as `target` through its partial twin, as `copy_whole` copies."""
    partial = partial_of(target)
    try:
        partial.write_bytes(data)
        replace_durably(partial, target)
    finally:
        partial.unlink(missing_ok=True)
