"""The CLI's view of the window's lock on a data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QLockFile

from egov_desktop.app_lock import holder


def test_the_window_s_qt_lock_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "egov.lock"
    assert holder(path) is None
    lock = QLockFile(str(path))
    assert lock.tryLock(100)
    try:
        assert holder(path) == os.getpid()
    finally:
        lock.unlock()
    assert holder(path) is None


def test_a_lock_left_by_a_process_that_ended_does_not_count(tmp_path: Path) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True)  # fmt: skip
    path = tmp_path / "egov.lock"
    path.write_text(f"{ended.stdout.strip()}\negov-desktop\nhost\n", encoding="utf-8")
    assert holder(path) is None
    path.write_text("not a lock\n", encoding="utf-8")
    assert holder(path) is None
