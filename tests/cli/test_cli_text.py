"""argparse's own texts in Vietnamese."""

from __future__ import annotations

import pytest

from tests.cli.runner import run


def test_the_top_level_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--help")
    assert code == 0
    assert "--version             hiện phiên bản chương trình rồi thoát" in out
    assert "show program" not in out and "show this help" not in out
