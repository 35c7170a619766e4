"""Where a command's `--out` puts the file it writes: one rule for every command."""

from __future__ import annotations

import shutil
from pathlib import Path, PurePath

from egov_desktop.durable import replace_durably

#: A file being written under its final name's partial twin, renamed once whole.
PARTIAL = ".partial"


def destination(out: Path, name: str) -> Path:
    """`out` itself when it names a file of `name`'s kind (its suffix), else `out / name`.

    Anything else is a folder, created when it does not exist yet: "--out bao_cao" must not
    become a file "bao_cao" without a suffix that no program opens.
    """
    suffix = PurePath(name).suffix.lower()
    return out if out.suffix.lower() == suffix and not _is_dir(out) else out / name


def _is_dir(path: Path) -> bool:
    """Whether `path` is a folder; one the system will not tell of (a name too long) is not.

    Writing there fails next, saying why.
    """
    try:
        return path.is_dir()
    except OSError:
        return False


def partial_of(target: Path) -> Path:
    """Where `target` is written before it is renamed into place."""
    return target.with_name(target.name + PARTIAL)


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
