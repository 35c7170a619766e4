"""A message a window may show never tells the clerk to type a command.

The commands live in the `_CLI` hints beside the messages (UserError.cli_hint, Problem.cli_hint),
which only the CLI prints.
"""

from __future__ import annotations

from egov_desktop.domain import messages


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    return []


def test_only_the_command_line_hints_name_an_egov_command() -> None:
    naming = sorted(
        name
        for name, value in vars(messages).items()
        if name.isupper() and any("egov " in text for text in _texts(value))
    )
    assert naming and all(name.endswith("_CLI") for name in naming), [
        name for name in naming if not name.endswith("_CLI")
    ]
