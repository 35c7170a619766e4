"""What is wrong with a package's or reply's description, said in Vietnamese.

Python's own messages ("Expecting ',' delimiter", "Invalid isoformat string") mean nothing
to a clerk; they go to the log, and the clerk reads which part of the file is wrong.
"""

from __future__ import annotations

import json
import logging

logger = logging.getLogger(__name__)


class BadFieldError(ValueError):
    """A field whose value is wrong; its message is already Vietnamese."""


def describe(error: Exception) -> str:
    """The reason shown to the user for a part of a package that could not be read."""
    logger.info("Unreadable package part: %r", error)
    if isinstance(error, BadFieldError):
        return str(error)
    if isinstance(error, KeyError):
        return f'thiếu mục "{error.args[0]}"' if error.args else "thiếu mục"
    if isinstance(error, json.JSONDecodeError):
        return f"không đọc được JSON (dòng {error.lineno}, cột {error.colno})"
    if isinstance(error, UnicodeDecodeError):
        return "không phải văn bản UTF-8"
    return "có mục sai kiểu hoặc sai giá trị"
