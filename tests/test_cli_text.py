"""`cli_text.choice`: an option's code typed as the code or as its Vietnamese name."""

from __future__ import annotations

import argparse
import unicodedata

import pytest

from egov_desktop import cli_text
from egov_desktop.domain import messages
from egov_desktop.domain.periods import MODES
from egov_desktop.services import exchange_dto
from egov_desktop.services.dto import ROLES
from egov_desktop.services.dvc import DENOMINATORS
from egov_desktop.services.entry_dto import STATUS_LABELS, STATUSES

_ROLE = cli_text.choice(messages.ROLE_NAMES)
_STATUS = cli_text.choice(STATUS_LABELS)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("done", "done"),
        ("DONE", "done"),
        (" in_progress ", "in_progress"),
        ("hoàn thành", "done"),
        ("Hoàn Thành", "done"),
        ("hoan thanh", "done"),
        ("HOAN   THANH", "done"),
        (unicodedata.normalize("NFD", "đang nhập"), "in_progress"),
        ("dang nhap", "in_progress"),
        ("Chưa nhập", "empty"),
    ],
)
def test_a_status_is_typed_as_its_code_or_its_name(typed: str, code: str) -> None:
    assert _STATUS(typed) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Cơ quan tổng hợp", "aggregator"),
        ("co quan tong hop", "aggregator"),
        ("cơ quan tổng hợp (nhận báo cáo của các đơn vị)", "aggregator"),
        ("CẤP XÃ", "commune"),
        ("cap xa", "commune"),
        ("Commune", "commune"),
    ],
)
def test_a_name_may_leave_out_its_note_in_parentheses(typed: str, code: str) -> None:
    assert _ROLE(typed) == code


def test_d_with_stroke_is_typed_as_d() -> None:
    modes = cli_text.choice(messages.MODE_NAMES)
    assert modes("Chốt số liệu theo NĐ 09/2019") == "cutoff"
    assert modes("chot so lieu theo nd 09/2019") == "cutoff"
    assert modes("theo lich") == "calendar"


@pytest.mark.parametrize("typed", ["", "hoàn", "hoàn thành rồi", "finished", "in progress"])
def test_another_value_is_refused_with_the_accepted_ones(typed: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        _STATUS(typed)
    assert str(refused.value) == (
        f'"{typed}" không hợp lệ, hãy chọn một trong: '
        "empty — chưa nhập; in_progress — đang nhập; done — hoàn thành"
    )


def test_the_refusal_shows_the_value_in_nfc() -> None:
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        _ROLE(unicodedata.normalize("NFD", "Ủy ban"))
    assert str(refused.value).startswith('"Ủy ban" không hợp lệ')


def test_names_that_would_mean_two_codes_are_a_mistake() -> None:
    with pytest.raises(ValueError, match="hoan thanh"):
        cli_text.choice({"done": "hoàn thành", "hoan thanh": "khác"})


def test_the_option_lists_codes_in_usage_and_names_in_help() -> None:
    parser = argparse.ArgumentParser(prog="egov")
    cli_text.choice_option(parser, "--set", STATUS_LABELS, "đặt trạng thái")
    assert "[--set empty|in_progress|done]" in parser.format_usage()
    help_text = " ".join(parser.format_help().split())
    assert "empty: chưa nhập; in_progress: đang nhập; done: hoàn thành" in help_text
    assert parser.parse_args(["--set", "Hoàn thành"]).set == "done"


@pytest.mark.parametrize(
    ("names", "codes"),
    [
        (STATUS_LABELS, STATUSES),
        (messages.ROLE_NAMES, ROLES),
        (messages.MODE_NAMES, MODES),
        (messages.DENOMINATOR_NAMES, DENOMINATORS),
        (messages.PREFER_NAMES, (exchange_dto.PREFER_PACKAGE, exchange_dto.PREFER_OFFICE)),
    ],
)
def test_every_code_an_option_takes_has_a_name(
    names: dict[str, str], codes: tuple[str, ...]
) -> None:
    assert tuple(names) == codes
