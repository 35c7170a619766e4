"""What every `egov` command writes: lines and JSON on stdout, refusals and warnings on stderr."""

from __future__ import annotations

import json
import sys
from typing import Any


def say(text: str) -> None:
    """One line of the command's output (the CLI's output is its interface)."""
    sys.stdout.write(text + "\n")


def emit(data: Any) -> None:
    """`data` as JSON: Vietnamese text as is, dates and other values as their text."""
    say(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def warn(text: str) -> None:
    """A refusal or a warning: stderr, so that the output stays parseable."""
    sys.stderr.write(text + "\n")
