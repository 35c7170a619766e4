"""Run `egov` in-process and collect its exit code and output."""

from __future__ import annotations

import pytest

from egov_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    try:
        code = main(list(args))
    except SystemExit as exit:  # argparse refuses malformed arguments this way
        code = int(str(exit.code))
    out, err = capsys.readouterr()
    return code, out, err
