"""Rotating file log in the data folder; a console handler only when there is a console."""

from __future__ import annotations

import atexit
import faulthandler
import logging
import logging.handlers
import sys
from pathlib import Path
from typing import IO

_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
#: Kept open for the process lifetime so faulthandler can write a crash into it.
_fault_file: IO[str] | None = None


def _close_fault_file() -> None:
    global _fault_file
    if _fault_file is not None:
        faulthandler.disable()
        _fault_file.close()
        _fault_file = None


def setup_logging(logs_dir: Path, *, console_level: int | None = logging.WARNING) -> Path:
    """Log to `logs_dir/egov.log` (rotated at midnight, 14 days kept); return the log file path.

    `console_level` None: nothing on stderr (the CLI, whose stderr is for Vietnamese messages).

    Windowed builds have `sys.stderr` set to None: no stream handler then, and faulthandler
    writes to a file in the logs folder instead of stderr.
    """
    global _fault_file
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_egov", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG)
    log_file = logs_dir / "egov.log"
    try:
        logs_dir.mkdir(parents=True, exist_ok=True)
        file_handler: logging.Handler = logging.handlers.TimedRotatingFileHandler(
            log_file, when="midnight", backupCount=14, encoding="utf-8", delay=True
        )
        file_handler.setLevel(logging.DEBUG)
    except OSError:
        file_handler = logging.NullHandler()
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._egov = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if sys.stderr is not None and console_level is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(console_level)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream._egov = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    if _fault_file is None:
        try:
            _fault_file = open(logs_dir / "crash.log", "a", encoding="utf-8")  # noqa: SIM115
            faulthandler.enable(_fault_file)
            atexit.register(_close_fault_file)
        except OSError:
            _fault_file = None
    return log_file
