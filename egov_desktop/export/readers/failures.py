"""Why a spreadsheet cannot be read, in words a clerk can act on; Python's text goes to the log.

The usual causes: a file damaged or cut short on its way (a download or a copy that did not
finish: "File is not a zip file"), a workbook damaged inside, a file that is no workbook at
all under an Excel name, a password, or a file another program holds open.
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

from egov_desktop.domain import file_errors, file_kinds, messages
from egov_desktop.errors import ValidationError

logger = logging.getLogger(__name__)

#: The part every Excel workbook (.xlsx) holds; a zip without it is some other file.
_WORKBOOK_PART = "xl/workbook.xml"


def _zip_parts(path: Path) -> list[str] | None:
    """The parts of the zip `path`; None when it is no readable zip."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.namelist()
    except (OSError, zipfile.BadZipFile, EOFError, ValueError):
        return None


def unreadable(path: Path, error: BaseException, kind: str | None = None) -> ValidationError:
    """The refusal of `path` (of sniffed `kind`: "xlsx", "xls", "html"), after `error`."""
    logger.warning("Cannot read %s (%s): %s: %s", path, kind, type(error).__name__, error)
    name = path.name
    if isinstance(error, FileNotFoundError):
        detail = messages.SPREADSHEET_MISSING
    elif isinstance(error, PermissionError) and not file_errors.folder_refused(error):
        detail = messages.SPREADSHEET_NO_ACCESS
    elif isinstance(error, OSError):  # a name too long, a folder given for the file…
        detail = file_errors.os_reason(error) + "."
    elif kind == "xlsx":
        parts = _zip_parts(path)
        if parts is not None and _WORKBOOK_PART not in parts:
            # A data package or reply file is a zip too: say what it is and where it goes.
            found = file_kinds.kind_of(parts)
            wrong = file_kinds.wrong_kind(name, found, file_kinds.WORKBOOK)
            if wrong is not None:
                return ValidationError(wrong[0], cli_hint=wrong[1])
            return ValidationError(messages.SPREADSHEET_UNKNOWN.format(name=name))
        detail = messages.SPREADSHEET_CUT_SHORT if parts is None else messages.XLSX_DAMAGED
    elif kind == "xls":
        detail = messages.XLS_DAMAGED
    else:
        detail = messages.SPREADSHEET_DAMAGED
    return ValidationError(messages.SPREADSHEET_UNREADABLE.format(name=name, detail=detail))
