"""argparse's own texts (usage, help headings, errors) in Vietnamese.

argparse looks its texts up through gettext when it builds a parser and when it reports an
error; the standard library ships no Vietnamese catalogue, so the lookups are answered here.
A text not listed (a newer Python's wording) stays in English, never breaks.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from egov_desktop.domain import messages
from egov_desktop.domain.text import nfc

#: The --version option's help: Python 3.11's argparse does not look its default up through
#: gettext, so each parser passes it.
VERSION_HELP = "hiện phiên bản chương trình rồi thoát"
#: Help of a --period option.
PERIOD_HELP = "kỳ báo cáo, ví dụ 2025-Q3 (quý), 2025-M08 (tháng), 2025-Y (năm)"
_TEXTS = {
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "subcommands": "lệnh con",
    "show this help message and exit": "hiện hướng dẫn này rồi thoát",
    "show program's version number and exit": VERSION_HELP,
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "the following arguments are required: %s": "thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số %s",
    "unrecognized arguments: %s": "tham số không nhận ra: %s",
    "not allowed with argument %s": "không dùng cùng với tham số %s",
    "ignored explicit argument %r": "không nhận giá trị %r",
    "expected one argument": "cần một giá trị",
    "expected at most one argument": "cần nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tùy chọn %(option)s không rõ, có thể là %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "giá trị %(value)r không hợp lệ (chọn một trong %(choices)s)"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "không có lệnh %(parser_name)r (các lệnh: %(choices)s)"
    ),
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "unexpected option string: %s": "tùy chọn không mong đợi: %s",
}
_PLURALS = {"expected %s argument": "cần %s giá trị"}
#: The answers a yes/no option takes; accents may be left out, as in other options' words.
_YES_NO = {"có": True, "co": True, "yes": True, "không": False, "khong": False, "no": False}


def _text(message: str) -> str:
    return _TEXTS.get(message, message)


def _plural(singular: str, plural: str, n: int) -> str:
    if singular in _PLURALS:
        return _PLURALS[singular]
    return singular if n == 1 else plural


def install() -> None:
    """Answer argparse's lookups in Vietnamese; call before any parser is built."""
    argparse._ = _text  # type: ignore[attr-defined]
    argparse.ngettext = _plural  # type: ignore[attr-defined]


def choices_help(labels: dict[str, str]) -> str:
    """An option's help listing the accepted codes with what each means."""
    return "; ".join(f"{code}: {label}" for code, label in labels.items())


def integer(example: int) -> Callable[[str], int]:
    """An option's type: a whole number, refused with an example of one.

    argparse's own refusal names Python's type ("giá trị int không hợp lệ"), which a clerk
    typing "7,5" cannot act on.
    """

    def convert(text: str) -> int:
        try:
            return int(text.strip())
        except ValueError:
            raise argparse.ArgumentTypeError(
                messages.NOT_AN_INTEGER.format(value=text, example=example)
            ) from None

    return convert


def word_key(text: str) -> str:
    """How an option's word is compared: NFC, case aside, single spaces ("Quốc  Gia")."""
    return " ".join(nfc(text).casefold().split())


def yes_no(text: str) -> bool | None:
    """True for "có" or "yes", False for "không" or "no"; None for any other text."""
    return _YES_NO.get(word_key(text))
