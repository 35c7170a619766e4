"""What every `egov` command writes: lines and JSON on stdout, refusals and warnings on stderr."""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO, cast

from egov_desktop.services.entry_dto import Problem


class _WindowsStdout:
    """stdout on Windows, where a pipe whose reader has gone fails with EINVAL.

    Writing into it (`egov … | more`, quit early) raises the BrokenPipeError it is, which
    `main` takes for the reader leaving, not for a bug.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as error:
            raise _gone(error) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise _gone(error) from error

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _gone(error: OSError) -> OSError:
    if isinstance(error, BrokenPipeError) or error.errno != errno.EINVAL:
        return error
    return BrokenPipeError(errno.EPIPE, os.strerror(errno.EPIPE))


@contextmanager
def pipe_aware_stdout() -> Iterator[None]:
    """While a command runs, a reader gone away is a BrokenPipeError on Windows too."""
    if sys.platform != "win32" or isinstance(sys.stdout, _WindowsStdout):
        yield
        return
    stream = sys.stdout
    sys.stdout = cast(TextIO, _WindowsStdout(stream))
    try:
        yield
    finally:
        sys.stdout = stream


def say(text: str) -> None:
    """One line of the command's output (the CLI's output is its interface)."""
    sys.stdout.write(text + "\n")


def emit(data: Any) -> None:
    """`data` as JSON: Vietnamese text as is, dates and other values as their text."""
    say(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def warn(text: str) -> None:
    """A refusal or a warning: stderr, so that the output stays parseable."""
    sys.stderr.write(text + "\n")


#: Where a problem lies when no row is named: the total row's figures, or the whole report.
TOTAL_ROW = "Tổng số"
WHOLE_REPORT = "Cả biểu"


def with_hint(message: str, cli_hint: str) -> str:
    """A message as the CLI prints it: with the command its `cli_hint` names, if any.

    The messages name the page and button of the windows; the CLI adds the command.
    """
    return f"{message} {cli_hint}" if cli_hint else message


def problem_line(problem: Problem) -> str:
    """A broken identity: "Lỗi — Hộ tịch: …".

    No row named: "… — Tổng số: …" for the total row's figures, "… — Cả biểu: …" for the report
    as a whole.
    """
    kind = "Lỗi" if problem.severity == "error" else "Cảnh báo"
    where = problem.sector or (WHOLE_REPORT if problem.whole_report else TOTAL_ROW)
    return f"{kind} — {where}: {with_hint(problem.message, problem.cli_hint)}"


def folder_to_create(out: str | None) -> Path | None:
    """The folder `--out` will create: a path that does not exist yet (services/out_paths)."""
    if out is None:
        return None
    path = Path(out)
    try:
        return None if path.exists() else path
    except OSError:  # a name too long…: nothing will be created, the command says why
        return None


def tell_created(folder: Path | None) -> None:
    """Say that `--out` named a new folder, so that the user knows where the file went."""
    if folder is not None and folder.is_dir():
        warn(f"Đã tạo thư mục {folder}.")
