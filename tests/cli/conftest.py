"""Fixtures of the CLI tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.runner import run


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A data folder set up for Phường Ba Đình (00004) as a commune, through `egov setup`."""
    folder = str(tmp_path / "d")
    code, _, err = run(
        capsys, "--data-dir", folder, "setup", "--unit", "00004", "--role", "commune"
    )
    assert code == 0, err
    return folder
