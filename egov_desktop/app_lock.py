"""Whether the application window has a data folder open, seen from outside Qt (the CLI).

The window holds a QLockFile on `egov.lock` while it runs; the file starts with the holder's
process id. A command that replaces the database (a restore) must not run under an open window:
on Linux the window would go on writing into the replaced file and its edits would be lost; on
Windows the replace fails half-way with a storage error. A lock file whose process has ended
(the window crashed) does not count.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def holder(lock_file: Path) -> int | None:
    """The process id of the window holding `lock_file`, or None when no window holds it."""
    try:
        lines = lock_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except FileNotFoundError:
        return None
    except OSError:
        return -1  # there, but not readable: someone holds it
    if not lines or not lines[0].strip().isdigit():
        return None
    pid = int(lines[0])
    return pid if _running(pid) else None


def _running(pid: int) -> bool:
    if sys.platform == "win32":
        return _running_windows(pid)
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def _running_windows(pid: int) -> bool:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    query_limited_information, still_active, access_denied = 0x1000, 259, 5
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return bool(kernel32.GetLastError() == access_denied)
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
