"""Start-up time of the app against a bare PySide6 window (target: at most 1.5x the floor).

The app runs `python -m egov_desktop --smoke-test` on a data folder whose database already
exists, so the figure is an everyday start, not the first one. The floor is a process that
creates a QApplication, shows an empty QMainWindow and quits once the event loop has spun.
Both are whole-process wall times: median of 5 runs after 1 warm-up, offscreen.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
TARGET_RATIO = 1.5
FLOOR_SCRIPT = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
QTimer.singleShot(0, app.quit)
raise SystemExit(app.exec())
"""


def timed(cmd: list[str], env: dict[str, str], expect: str | None = None) -> float:
    """Wall time of one run; exits the bench if the run fails."""
    start = time.perf_counter()
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, encoding="utf-8")
    elapsed = time.perf_counter() - start
    if done.returncode != 0 or (expect is not None and expect not in done.stdout):
        sys.exit(
            f"bench run failed ({done.returncode}): {' '.join(cmd)}\n{done.stdout}{done.stderr}"
        )
    return elapsed


def median_time(cmd: list[str], env: dict[str, str], expect: str | None = None) -> float:
    """Median of RUNS timed runs after one untimed warm-up."""
    timed(cmd, env, expect)
    return statistics.median(timed(cmd, env, expect) for _ in range(RUNS))


def main() -> int:
    """Print both figures, the ratio and the verdict; exit 1 above the target."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    data_dir = Path(tempfile.mkdtemp(prefix="egov-bench-startup-"))
    try:
        app_cmd = [
            sys.executable,
            "-m",
            "egov_desktop",
            "--smoke-test",
            "--data-dir",
            str(data_dir),
        ]
        timed(app_cmd, env, "startup ok")  # creates and migrates the database
        app = median_time(app_cmd, env, "startup ok")
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
    floor = median_time([sys.executable, "-c", FLOOR_SCRIPT], env)
    ratio = app / floor
    verdict = "PASS" if ratio <= TARGET_RATIO else "FAIL"
    print(f"startup (smoke test, existing database): {app:.3f} s  median of {RUNS}")
    print(f"floor (bare QApplication + QMainWindow): {floor:.3f} s  median of {RUNS}")
    print(f"ratio: {ratio:.2f}x  (target <= {TARGET_RATIO}x)  {verdict}")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
