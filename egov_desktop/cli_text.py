"""argparse's own texts (usage, help headings, errors) in Vietnamese.

argparse looks its texts up through gettext when it builds a parser and when it reports an
error; the standard library ships no Vietnamese catalogue, so the lookups are answered here.
A text not listed (a newer Python's wording) stays in English, never breaks.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from egov_desktop.domain import messages
from egov_desktop.domain.text import fold, nfc

#: The --version option's help: Python 3.11's argparse does not look its default up through
#: gettext, so each parser passes it.
VERSION_HELP = "hiện phiên bản chương trình rồi thoát"
#: Help of a --period option.
PERIOD_HELP = "kỳ báo cáo, ví dụ 2025-Q3 (quý), 2025-M08 (tháng), 2025-Y (năm)"
#: Help of a --mode option (a period mode for one command).
MODE_HELP = "cách tính kỳ (mặc định: của đơn vị)"
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


def command_error(message: str, dest: str, commands: Iterable[str]) -> str:
    """`message` naming a missing or unknown command as a clerk says it.

    argparse names the command by its attribute (`package_command`), which means nothing to
    the user; any other message is returned as it is.
    """
    names = ", ".join(commands)
    if message == _text("the following arguments are required: %s") % dest:
        return f"thiếu lệnh, hãy chọn một trong: {names}"
    prefix = _text("argument %(argument_name)s: %(message)s") % {
        "argument_name": dest,
        "message": "giá trị ",
    }
    value, found, _rest = message.removeprefix(prefix).partition(" không hợp lệ")
    if message.startswith(prefix) and found:
        typed = value.strip("'")  # argparse quotes it as Python would
        return f"không có lệnh «{typed}», hãy chọn một trong: {names}"
    return message


def choices_help(labels: Mapping[str, str]) -> str:
    """An option's help listing the accepted codes with what each means."""
    return "; ".join(f"{code}: {label}" for code, label in labels.items())


def choice(labels: Mapping[str, str]) -> Callable[[str], str]:
    """An option's type: one of the codes of `labels`, typed as the code or as its name.

    A clerk types what the help shows, the code or the Vietnamese name, in any case and with or
    without accents ("hoan thanh" for "hoàn thành", as search text is compared); a name may
    leave out its note in parentheses ("cơ quan tổng hợp"). The code is returned, so what reads
    the option is unchanged. Anything else is refused with the accepted values.
    """
    codes: dict[str, str] = {}
    for code, label in labels.items():
        for spelling in (code, label, label.partition(" (")[0]):
            if codes.setdefault(_choice_key(spelling), code) != code:
                raise ValueError(f"{spelling!r} would name two choices")
    accepted = "; ".join(f"{code} — {label}" for code, label in labels.items())

    def convert(text: str) -> str:
        code = codes.get(_choice_key(text))
        if code is None:
            raise argparse.ArgumentTypeError(
                messages.NOT_A_CHOICE.format(value=nfc(text), choices=accepted)
            )
        return code

    return convert


def _choice_key(text: str) -> str:
    return fold(nfc(text).casefold())


def choice_option(
    parser: argparse.ArgumentParser, flag: str, labels: Mapping[str, str], what: str, **kw: Any
) -> None:
    """Add option `flag` taking one of the codes of `labels` (see `choice`).

    The usage line shows the codes; the help says `what` the option is, then each code with its
    name.
    """
    parser.add_argument(
        flag,
        type=choice(labels),
        metavar="|".join(labels),
        help=f"{what}, ghi mã hoặc tên (không cần dấu) — {choices_help(labels)}",
        **kw,
    )


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
