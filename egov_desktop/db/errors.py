"""Map SQLite environment failures to StorageError with a Vietnamese message, at the db edge."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc

from egov_desktop.domain import messages
from egov_desktop.errors import CorruptDatabaseError, StorageError

logger = logging.getLogger(__name__)


def corrupt(path: Path, detail: str) -> CorruptDatabaseError:
    """The damaged-database error: SQLite's own words go to the log, the user reads Vietnamese."""
    logger.error("Database %s failed its integrity check: %s", path, detail)
    return CorruptDatabaseError(messages.CORRUPT.format(path=path, detail=corrupt_reason(detail)))


def corrupt_reason(detail: str) -> str:
    """The Vietnamese reason for SQLite's words about a damaged file."""
    text = detail.lower()
    if "not a database" in text:
        return messages.CORRUPT_NOT_DATABASE
    if "malformed" in text:
        return messages.CORRUPT_MALFORMED
    return messages.CORRUPT_CHECK_FAILED


def translate(error: BaseException, path: Path) -> StorageError | None:
    """The StorageError for a SQLite or OS failure, or None when it is not an environment error."""
    original: BaseException = error
    if isinstance(error, sa_exc.DBAPIError) and error.orig is not None:
        original = error.orig
    text = str(original).lower()
    if isinstance(original, OSError):
        if getattr(original, "errno", None) == 28:
            return StorageError(messages.DISK_FULL)
        if isinstance(original, PermissionError) or getattr(original, "errno", None) in (13, 30):
            return StorageError(messages.READ_ONLY.format(path=path.parent))
        return None
    if not isinstance(original, sqlite3.Error):
        return None
    if "disk is full" in text or "disk i/o error" in text and "full" in text:
        return StorageError(messages.DISK_FULL)
    if "readonly" in text or "read-only" in text or "unable to open database" in text:
        return StorageError(messages.READ_ONLY.format(path=path.parent))
    if "locked" in text or "busy" in text:
        return StorageError(messages.LOCKED)
    if isinstance(original, sqlite3.IntegrityError) and "unique" in text:
        # The services check uniqueness first; only a second writer at the same moment (the
        # CLI while the window is open) gets here. Nothing was written: say so, not "bug".
        return StorageError(messages.CONCURRENT_DUPLICATE)
    if "malformed" in text or "not a database" in text or "corrupt" in text:
        return corrupt(path, str(original))
    return None


@contextmanager
def storage_errors(path: Path) -> Iterator[None]:
    """Re-raise SQLite environment failures as StorageError; let real bugs through untouched."""
    try:
        yield
    except StorageError:
        raise
    except (sa_exc.DBAPIError, sqlite3.Error, OSError) as error:
        mapped = translate(error, path)
        if mapped is None:
            raise
        raise mapped from error
