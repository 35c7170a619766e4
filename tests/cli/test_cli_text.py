"""argparse's own texts in Vietnamese."""

from __future__ import annotations

import argparse

import pytest

from egov_desktop.cli import _parser
from tests.cli.runner import run


def test_the_top_level_help_is_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _err = run(capsys, "--help")
    assert code == 0
    assert "--version             hiện phiên bản chương trình rồi thoát" in out
    assert "show program" not in out and "show this help" not in out


def _undocumented(parser: argparse.ArgumentParser, path: str) -> list[str]:
    missing = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helped = {choice.dest for choice in action._choices_actions if choice.help}
            for name, sub in action.choices.items():
                if name not in helped:
                    missing.append(f"{path} {name}")
                missing += _undocumented(sub, f"{path} {name}")
        elif not action.help:
            missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    return missing


def test_every_command_and_argument_is_explained() -> None:
    assert _undocumented(_parser(), "egov") == []
