"""A message a window may show never tells the clerk to type a command or an option.

The commands live in the `_CLI` hints beside the messages (UserError.cli_hint, Problem.cli_hint),
which only the CLI prints. A `_CLI` name also marks a refusal only the CLI raises, of one of its
own options.
"""

from __future__ import annotations

import re

from egov_desktop.domain import messages

#: A command-line option as typed: "--data-dir", "--prefer" (not a dash inside a word).
_OPTION = re.compile(r"(?<![\w-])--[a-z]")


def _texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    return []


def _naming(found: re.Pattern[str]) -> list[str]:
    return sorted(
        name
        for name, value in vars(messages).items()
        if name.isupper() and any(found.search(text) for text in _texts(value))
    )


def test_only_the_command_line_hints_name_an_egov_command() -> None:
    naming = _naming(re.compile("egov "))
    assert naming and all(name.endswith("_CLI") for name in naming), [
        name for name in naming if not name.endswith("_CLI")
    ]


def test_only_the_command_line_texts_name_an_option() -> None:
    naming = _naming(_OPTION)
    assert naming and all(name.endswith("_CLI") for name in naming), [
        name for name in naming if not name.endswith("_CLI")
    ]


def test_an_option_is_told_from_a_dash() -> None:
    assert _OPTION.search("chạy lại với --prefer package")
    assert _OPTION.search("(--data-dir)")
    assert not _OPTION.search("Hộ tịch — cột (3)")
    assert not _OPTION.search("mã 2025-Q3, dòng 1--2")
