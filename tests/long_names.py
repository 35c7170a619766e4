"""A file name longer than any system allows, and how this system answers it.

Linux refuses a 5,000-character name outright (ENAMETOOLONG). Windows answers that no such file
or folder exists (a path past MAX_PATH), so `Path.exists()` is simply False there and the program
reports the file as missing. A test of such a name expects this system's answer.
"""

from __future__ import annotations

import errno
import tempfile
from pathlib import Path

from egov_desktop.domain import messages

LONG = "x" * 5000


def _says_too_long() -> bool:
    try:
        (Path(tempfile.gettempdir()) / LONG).stat()
    except OSError as error:
        return error.errno == errno.ENAMETOOLONG
    raise AssertionError("a file with a 5,000-character name exists")


#: Whether this system refuses such a name as too long; otherwise it calls the file missing.
SAYS_TOO_LONG = _says_too_long()
#: How a refusal words a missing file, where the system calls a long name missing.
_MISSING = (
    messages.OS_NOT_FOUND,
    messages.SPREADSHEET_MISSING.rstrip("."),
    "Không tìm thấy tệp",
    "không tồn tại",
    "chưa có tệp cấu hình",
)


def refuses_long_name(message: str) -> bool:
    """Whether `message` refuses a name too long in this system's way."""
    if SAYS_TOO_LONG:
        return f": {messages.OS_NAME_TOO_LONG}." in message
    return any(words in message for words in _MISSING)
