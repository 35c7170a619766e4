"""The commune's outbox: a copy of every package sent, kept beside the database.

A restored backup forgets the packages sent after it was made, but their copies stay here: the
next package is numbered past them (an office that holds v2 would take a new v1 for an older
one), and a restore says which of them its history will no longer list.
"""

from __future__ import annotations

import logging
from pathlib import Path

from egov_desktop.exchange.package import filename_version, package_filename

logger = logging.getLogger(__name__)


def sent_files(outbox: Path, unit_code: str | None = None) -> list[tuple[int, Path]]:
    """(version, file) of each package in the outbox (of `unit_code` if given), oldest first."""
    try:
        names = [p for p in outbox.iterdir() if p.is_file()] if outbox.is_dir() else []
    except OSError:
        logger.warning("Outbox %s cannot be listed", outbox, exc_info=True)
        return []
    found = [(filename_version(p.name, unit_code), p) for p in names]
    return sorted((version, p) for version, p in found if version is not None)


def next_version(outbox: Path, unit_code: str, period: str, recorded: int) -> int:
    """The version of the unit's next package, on a file name the outbox does not hold yet.

    Past `recorded` (the database's newest) and every package of the unit in the outbox.
    """
    version = max([recorded, *(v for v, _p in sent_files(outbox, unit_code))]) + 1
    while (outbox / package_filename(unit_code, period, version)).exists():
        version += 1
    return version


def sent_after(outbox: Path, recorded: set[int]) -> list[Path]:
    """Outbox packages newer than every version in `recorded` (a backup's sent packages)."""
    newest = max(recorded, default=0)
    return [p for version, p in sent_files(outbox) if version > newest]
