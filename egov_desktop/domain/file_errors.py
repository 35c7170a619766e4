"""Why the system refused to read or write a file, in Vietnamese, from the error's number.

Python words an OSError in English ("[Errno 36] File name too long"); the reason a clerk can
act on depends only on its errno (and, on Windows, its winerror), so every place that opens or
creates a user's file turns the error into a reason here.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from egov_desktop.domain import messages

#: Windows' own numbers for what POSIX has no errno of: a path past MAX_PATH arrives as
#: ERROR_FILENAME_EXCED_RANGE (errno ENOENT), a name with ":" or "?" as ERROR_INVALID_NAME.
_WINDOWS = {206: messages.OS_NAME_TOO_LONG, 123: messages.OS_BAD_NAME}

_BY_ERRNO = {
    errno.ENAMETOOLONG: messages.OS_NAME_TOO_LONG,
    errno.ENOENT: messages.OS_NOT_FOUND,
    errno.EACCES: messages.OS_NO_ACCESS,
    errno.EPERM: messages.OS_NO_ACCESS,
    errno.ENOSPC: messages.OS_DISK_FULL,
    errno.EROFS: messages.OS_READ_ONLY,
    errno.EISDIR: messages.OS_IS_FOLDER,
    errno.ENOTDIR: messages.OS_NOT_FOLDER,
    errno.EINVAL: messages.OS_BAD_NAME,
    errno.EBUSY: messages.OS_BUSY,
    errno.EIO: messages.OS_DEVICE,
}
# Not every system has these numbers (Windows lacks some).
for _name, _reason in (("EDQUOT", messages.OS_DISK_FULL), ("ETXTBSY", messages.OS_BUSY)):
    _number = getattr(errno, _name, None)
    if _number is not None:
        _BY_ERRNO[_number] = _reason


def folder_refused(error: OSError) -> bool:
    """Whether `error` is a folder opened as a file.

    Linux says so (EISDIR); Windows only denies access (EACCES), as it does for a file another
    program holds open, so the path is looked at.
    """
    if error.errno not in (errno.EACCES, errno.EPERM) or error.filename is None:
        return False
    return os.path.isdir(error.filename)


def os_reason(error: OSError) -> str:
    """What went wrong with the file, as the end of a sentence ("tên tệp … quá dài")."""
    winerror = getattr(error, "winerror", None)
    if folder_refused(error):
        return messages.OS_IS_FOLDER
    if winerror in _WINDOWS:
        return _WINDOWS[winerror]
    if error.errno == errno.EEXIST:
        # Creating the folders of an output path over a file of the same name (mkdir).
        if error.filename is None:
            return messages.OS_EXISTS
        return messages.OS_EXISTS_NAMED.format(name=os.fsdecode(error.filename))
    if error.errno in _BY_ERRNO:
        return _BY_ERRNO[error.errno]
    code = winerror or error.errno
    return messages.OS_UNKNOWN if code is None else messages.OS_OTHER.format(code=code)


def unreadable(path: Path | str, error: OSError) -> str:
    """The refusal of a file that could not be opened or read: "Không đọc được tệp …: …"."""
    return messages.FILE_UNREADABLE.format(path=path, reason=os_reason(error))


def unwritable(path: Path | str, error: OSError) -> str:
    """The refusal of a file or folder that could not be created: "Không ghi được …: …"."""
    return messages.FILE_UNWRITABLE.format(path=path, reason=os_reason(error))


def data_folder_problem(folder: Path) -> str | None:
    """Why `folder` cannot be a data folder before anything tries, or None.

    A file where the folder (or a folder above it) should be: `--data-dir` given a file's
    name. Creating the folder would fail with an error that names neither.
    """
    for place in (folder, *folder.parents):
        if place.exists():
            if place.is_dir():
                return None
            if place == folder:
                return messages.DATA_FOLDER_IS_FILE.format(path=folder)
            return messages.DATA_FOLDER_UNDER_FILE.format(path=folder, file=place)
    return None
