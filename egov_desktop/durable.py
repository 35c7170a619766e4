"""Putting a finished file in place so that a power cut cannot leave it empty.

A file is written under a partial twin and renamed once whole. The rename alone is not
enough: after a power cut the file system may keep the new name while the data the program
wrote never reached the disk, so an export or a package recorded as sent (the database is
written with synchronous=FULL) would be empty. The data is flushed to the disk first, then the
folder's entry where the system allows it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path

logger = logging.getLogger(__name__)

#: A file being written under its final name's partial twin, renamed once whole.
PARTIAL = ".partial"
#: A partial twin untouched this long was left by a write that never finished (a power cut,
#: the program killed): one under way keeps writing to it.
STALE_AFTER_SECONDS = 3600


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
    remove_stale_partials(target)
    partial = partial_of(target)
    try:
        shutil.copyfile(source, partial)
        replace_durably(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def write_whole(target: Path, data: bytes) -> None:
    """Write `data` as `target` through its partial twin, as `copy_whole` copies."""
    remove_stale_partials(target)
    partial = partial_of(target)
    try:
        partial.write_bytes(data)
        replace_durably(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def remove_stale_partials(target: Path) -> None:
    """Remove the partial twins that writes of files like `target` (".xlsx") left beside it.

    A write cut short leaves its partial twin in the folder the user chose (the Desktop, a USB
    drive) under a name nobody opens; the next write of the same name replaces it, another
    name never would. Only twins untouched for STALE_AFTER_SECONDS go: not one being written.
    """
    try:
        found = list(target.parent.glob(f"*{target.suffix}{PARTIAL}"))
    except OSError:
        return
    remove_stale(found)


def remove_stale(paths: Iterable[Path], remove: Callable[[Path], None] = Path.unlink) -> None:
    """Remove each of `paths` untouched for STALE_AFTER_SECONDS: what a write cut short left.

    `remove` removes one (a database copy takes its journal files with it).
    """
    limit = time.time() - STALE_AFTER_SECONDS
    for path in paths:
        try:
            if path.is_file() and path.stat().st_mtime < limit:
                remove(path)
                logger.info("Removed %s, left by a write that did not finish", path)
        except OSError:
            logger.warning("Could not remove %s", path, exc_info=True)
