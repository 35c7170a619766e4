"""Run `egov` in-process and collect its exit code and output."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from egov_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse refuses malformed arguments this way
        code = int(str(exit.code))
    out, err = capsys.readouterr()
    return code, out, err


def egov(capsys: pytest.CaptureFixture[str], data: str, *args: str) -> tuple[int, str, str]:
    """`run` on the data folder `data`."""
    return run(capsys, "--data-dir", data, *args)


def tables(data: str, *names: str) -> dict[str, list[Any]]:
    """The rows of each table `names` of the data folder `data`, in a stable order.

    By their first five columns: the id (the order they were added), or a figure's cell.
    """
    conn = sqlite3.connect(Path(data) / "egov.sqlite")
    try:
        return {
            name: conn.execute(f"SELECT * FROM {name} ORDER BY 1, 2, 3, 4, 5").fetchall()
            for name in names
        }
    finally:
        conn.close()
