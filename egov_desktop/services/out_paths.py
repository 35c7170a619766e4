"""Where a command's `--out` puts the file it writes: one rule for every command."""

from __future__ import annotations

from pathlib import Path, PurePath


def destination(out: Path, name: str) -> Path:
    """`out` itself when it names a file of `name`'s kind (its suffix), else `out / name`.

    Anything else is a folder, created when it does not exist yet: "--out bao_cao" must not
    become a file "bao_cao" without a suffix that no program opens.
    """
    suffix = PurePath(name).suffix.lower()
    return out if out.suffix.lower() == suffix and not is_folder(out) else out / name


def is_folder(path: Path) -> bool:
    """Whether `path` is a folder; one the system will not tell of (a name too long) is not.

    Reading or writing it as a file fails next, saying why.
    """
    try:
        return path.is_dir()
    except OSError:
        return False
