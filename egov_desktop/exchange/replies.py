"""Reply files: the office's receipt (biên nhận) or return (trả lại) for one package version.

Keys added after the first release are optional on read, and readers that predate them ignore
them: a reply without `correction` is of a package that was not a correction.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from egov_desktop.domain import file_kinds, messages
from egov_desktop.domain.text import nfc_json
from egov_desktop.errors import PackageError
from egov_desktop.exchange.archive import read_archive, write_archive
from egov_desktop.exchange.problems import BadFieldError, describe

FORMAT = "egov-reply"
FORMAT_VERSION = 1
REPLY = "reply.json"
SUFFIX = ".egovr"
RECEIPT = "receipt"
RETURN = "return"


@dataclass(frozen=True)
class Reply:
    """What the office says about one submission."""

    kind: str
    unit_code: str
    package_id: str
    version: int
    periods: tuple[str, ...]
    forms: tuple[str, ...]
    at: datetime
    office_code: str
    office_name: str
    officer: str
    reason: str = ""
    #: The package was a correction (báo cáo điều chỉnh), sent with `correction_reason`.
    correction: bool = False
    correction_reason: str = ""

    def __post_init__(self) -> None:
        if self.kind not in (RECEIPT, RETURN):
            raise ValueError(f"unknown reply kind {self.kind!r}")
        if self.kind == RETURN and not self.reason.strip():
            raise ValueError("a return needs a reason")
        if self.correction_reason and not self.correction:
            raise ValueError("a correction reason for a package that is not a correction")


def reply_filename(reply: Reply) -> str:
    """`BN_00004_2025-Q3_v3.egovr` for a receipt, `TL_…` for a return."""
    prefix = "BN" if reply.kind == RECEIPT else "TL"
    period = re.sub(r"[^0-9A-Za-z-]+", "_", reply.periods[0] if reply.periods else "")
    return f"{prefix}_{reply.unit_code}_{period}_v{reply.version}{SUFFIX}"


def write_reply(path: Path, reply: Reply) -> None:
    """Write the reply file."""
    document = {"format": FORMAT, "format_version": FORMAT_VERSION, **asdict(reply)}
    document["at"] = reply.at.isoformat()
    data = json.dumps(document, ensure_ascii=False, sort_keys=True).encode()
    write_archive(path, {REPLY: data})


def read_reply(path: Path) -> Reply:
    """Read a reply file; anything else is a PackageError."""
    name = path.name
    data = read_archive(path, required=(REPLY,), kind=file_kinds.REPLY)[REPLY]
    try:
        document: dict[str, Any] = nfc_json(data.decode("utf-8"))
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise PackageError(
                messages.NOT_A_KIND.format(
                    name=name, expected=messages.FILE_KINDS[file_kinds.REPLY]
                )
            )
        if document.get("format_version") != FORMAT_VERSION:
            raise PackageError(
                messages.PACKAGE_UNKNOWN_FORMAT.format(
                    name=name, version=document.get("format_version")
                )
            )
        return Reply(
            kind=str(document["kind"]),
            unit_code=str(document["unit_code"]),
            package_id=str(document["package_id"]),
            version=int(document["version"]),
            periods=tuple(str(p) for p in document["periods"]),
            forms=tuple(str(f) for f in document["forms"]),
            at=datetime.fromisoformat(document["at"]),
            office_code=str(document["office_code"]),
            office_name=str(document["office_name"]),
            officer=str(document.get("officer", "")),
            reason=str(document.get("reason", "")),
            correction=_flag(document.get("correction", False)),
            correction_reason=str(document.get("correction_reason", "")),
        )
    except PackageError:
        raise
    except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise PackageError(
            messages.PACKAGE_BAD_MANIFEST.format(name=name, detail=describe(error))
        ) from error


def _flag(value: object) -> bool:
    """A JSON true or false; anything else is a damaged file, not a guess."""
    if not isinstance(value, bool):
        raise BadFieldError(f"mục correction không hợp lệ {value!r}")
    return value
