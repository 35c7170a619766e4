"""A message names a period as people do ("Quý III năm 2025"), never by its code.

Only a `_CLI` hint, a command the user copies, keeps the code (`--period 2025-Q3`). Every
call formatting a message that has a period placeholder is found in the package's source and
formatted as it is written there: a value read from an `in_sentence` (or a `dated_label`, but
one that opens its sentence) gives the period's name inside a sentence, one from a `label` its
label, any other value (a code, a string the caller was given) the code.
"""

from __future__ import annotations

import ast
import re
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

import egov_desktop
from egov_desktop.domain import messages
from egov_desktop.domain.periods import Period

#: The placeholders that name a period.
PERIOD_FIELDS = frozenset({"period", "previous", "period_label"})
#: A period code as the application writes one.
CODE = re.compile(r"\d{4}-(Q\d|M\d\d|H\d|9M|Y)\b|\d{4}-\d\d-\d\d\.\.")
#: "kỳ Quý III năm 2025": a label put where a code used to be, after the word for period.
KỲ_BEFORE_LABEL = re.compile(r"\b[Kk]ỳ (Quý|Tháng|Năm|6 tháng|9 tháng|Từ)\b")
SAMPLES = [
    Period.parse(code)
    for code in ("2025-Q3", "2025-M08", "2025-Y", "2025-H1", "2025-07-01..2025-08-15")
]
#: A custom period's label ("Từ 01/07/2025 đến …"), capitalised for a heading.
CUSTOM_CAPITAL = re.compile(r"Từ \d\d/\d\d/\d{4} đến")
PACKAGE = Path(egov_desktop.__file__).parent


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def _period_messages() -> dict[str, str]:
    return {
        name: value
        for name, value in vars(messages).items()
        if name.isupper() and isinstance(value, str) and _fields(value) & PERIOD_FIELDS
    }


@dataclass(frozen=True)
class Call:
    where: str
    name: str
    keywords: dict[str, str]  # the placeholder -> its value's source text
    spread: bool  # some values come from `**mapping`


def _calls() -> list[Call]:
    """Every `messages.NAME.format(...)` of a message with a period placeholder."""
    wanted = _period_messages()
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.name == "messages.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
                and isinstance(node.func.value, ast.Attribute)
                and isinstance(node.func.value.value, ast.Name)
                and node.func.value.value.id == "messages"
                and node.func.value.attr in wanted
            ):
                continue
            found.append(
                Call(
                    f"{path.relative_to(PACKAGE.parent)}:{node.lineno}",
                    node.func.value.attr,
                    {k.arg: ast.unparse(k.value) for k in node.keywords if k.arg is not None},
                    any(k.arg is None for k in node.keywords),
                )
            )
    return found


CALLS = _calls()


def _named(source: str, period: Period) -> str:
    """The period as the value written `source` gives it."""
    if "opening=True" in source:
        return period.label
    if "in_sentence" in source or "dated_label" in source:
        return period.in_sentence
    return period.label if "label" in source else period.code


def _as_written(call: Call, period: Period) -> str:
    """The message `call` formats, its period given as the call gives it."""
    text = str(messages.__dict__[call.name])
    values = {field: "…" for field in _fields(text)}
    for field in _fields(text) & PERIOD_FIELDS:
        values[field] = _named(call.keywords[field], period)
    return text.format(**values)


def test_every_message_with_a_period_is_formatted_somewhere() -> None:
    # Else the check of the calls below would pass for want of calls.
    formatted = {call.name for call in CALLS}
    fragments = {name for name in _period_messages() if name.startswith("_")}
    assert set(_period_messages()) - fragments <= formatted


@pytest.mark.parametrize("call", CALLS, ids=lambda call: f"{call.name}@{call.where}")
def test_a_message_names_its_period_by_its_label(call: Call) -> None:
    placeholders = _fields(messages.__dict__[call.name]) & PERIOD_FIELDS
    # Passed by name, so that this test sees what the call gives.
    assert placeholders <= set(call.keywords), call.where
    for period in SAMPLES:
        text = _as_written(call, period)
        if call.name.endswith("_CLI"):
            # A command the user copies: `--period` takes the code.
            assert f"--period {period.code}" in text, (call.where, text)
            continue
        assert not CODE.search(text), (call.where, text)
        assert not KỲ_BEFORE_LABEL.search(text), (call.where, text)


@pytest.mark.parametrize("call", CALLS, ids=lambda call: f"{call.name}@{call.where}")
def test_a_custom_period_has_its_capital_only_where_a_sentence_opens(call: Call) -> None:
    """ "Biểu II.06a từ 01/07/2025 đến 15/08/2025 đã gửi", not "Biểu II.06a Từ …"."""
    text = _as_written(call, SAMPLES[-1])
    for found in CUSTOM_CAPITAL.finditer(text):
        before = text[: found.start()].rstrip()
        assert not before or before.endswith((".", "!", "?")), (call.where, text)


@pytest.mark.parametrize("name", sorted(_period_messages()))
def test_a_message_reads_with_a_label_in_place(name: str) -> None:
    text = str(messages.__dict__[name])
    values = {field: "…" for field in _fields(text)}
    for period in SAMPLES:
        values.update({field: period.label for field in _fields(text) & PERIOD_FIELDS})
        formatted = text.format(**values)
        if not name.endswith("_CLI"):
            assert not KỲ_BEFORE_LABEL.search(formatted), formatted
