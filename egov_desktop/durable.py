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
from pathlib import Path


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
