"""Options taking a code take its Vietnamese name too, with or without accents."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from egov_desktop.cli import _parser
from tests.cli.runner import egov, run, tables

F = "II.06a"
P = "2025-Q3"
#: The refusal of a period mode that is neither a code nor a name.
MODE_REFUSED = (
    'tham số --mode: "hàng quý" không hợp lệ, hãy chọn một trong: cutoff — chốt số liệu theo '
    "NĐ 09/2019; calendar — theo lịch (tháng, quý dương lịch)"
)
#: Every command with a --mode option, as far as its required arguments.
MODE_COMMANDS = [
    ("period", "show", P),
    ("entry", "show", "--form", F, "--period", P),
    ("validate", "--form", F, "--period", P),
    ("dvc", "indicators", "--period", P),
    ("dossiers", "list", "--period", P),
    ("stats", "--form", F, "--period", P),
    ("report", "export", "--form", F, "--period", P, "--out", "q3.xlsx"),
]
#: Options with a fixed set of codes that have no Vietnamese names (no name to type instead).
CODES_ONLY = {"dossiers list --basis", "--catalog"}


def snapshot(data: str) -> dict[str, list[Any]]:
    return tables(data, "report_value", "report_status", "dossier", "audit_entry")


def _coded_options(parser: argparse.ArgumentParser, path: str) -> list[str]:
    """Options of `parser` and its sub-commands that argparse checks against a list."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _coded_options(sub, f"{path} {name}".strip())
        elif action.choices is not None:
            option = "/".join(action.option_strings)
            found.append(option if option == "--catalog" else f"{path} {option}")
    return found


def test_only_options_without_names_keep_a_bare_list_of_codes() -> None:
    # argparse's own refusal of such a list names neither the Vietnamese names nor accepts them.
    assert set(_coded_options(_parser(), "")) == CODES_ONLY


@pytest.mark.parametrize(
    "typed", ["theo lịch", "Theo Lich", "THEO LỊCH (tháng, quý dương lịch)", "calendar"]
)
@pytest.mark.parametrize("command", MODE_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_every_mode_option_takes_the_mode_s_name(command: tuple[str, ...], typed: str) -> None:
    assert _parser().parse_args([*command, "--mode", typed]).mode == "calendar"


@pytest.mark.parametrize("command", MODE_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_an_unknown_mode_is_refused_with_the_modes(
    data: str, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    before = snapshot(data)
    code, out, err = egov(capsys, data, *command, "--mode", "hàng quý")
    assert (code, out) == (2, "")
    assert MODE_REFUSED in err and "invalid" not in err
    assert snapshot(data) == before


def test_a_mode_typed_by_name_counts_over_that_mode_s_window(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The unit counts in cutoff mode; 20/09/2025 is in Q3 only by the calendar."""
    code, _, err = egov(
        capsys, data, "dossiers", "add", "--code", "HS1", "--sector", "Hộ tịch", "--channel",
        "trực tuyến", "--received", "20/09/2025", "--due", "30/09/2025",
    )  # fmt: skip
    assert code == 0, err
    listing = ("dossiers", "list", "--period", P, "--json")
    assert json.loads(egov(capsys, data, *listing)[1])["count"] == 0
    assert json.loads(egov(capsys, data, *listing, "--mode", "Theo lịch")[1])["count"] == 1
    shown = json.loads(egov(capsys, data, "period", "show", P, "--mode", "theo lich", "--json")[1])
    assert (shown["mode"], shown["start"], shown["end"]) == ("calendar", "2025-07-01", "2025-09-30")
    stats = ("stats", "--form", F, "--period", P, "--json")
    counted = json.loads(egov(capsys, data, *stats, "--mode", "THEO LỊCH")[1])
    assert counted == json.loads(egov(capsys, data, *stats, "--mode", "calendar")[1])
    assert counted["period"]["mode"] == "calendar"


def test_a_report_is_exported_over_the_window_of_a_mode_typed_by_name(
    data: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "q3.xlsx"
    export = ("report", "export", "--form", F, "--period", P, "--out", str(out_file))
    # The unit counts in cutoff mode: its figures are not exported over the calendar's window.
    code, _, err = egov(capsys, data, *export, "--mode", "theo lịch")
    assert code == 2 and "theo lịch (tháng, quý dương lịch) (01/07/2025 – 30/09/2025)" in err
    code, _, err = egov(capsys, data, *export, "--mode", "Chot so lieu theo ND 09/2019")
    assert code == 0, err
    texts = {c for row in load_workbook(out_file).active.iter_rows(values_only=True) for c in row}
    assert "(Từ ngày 15/06/2025 đến ngày 14/09/2025)" in texts


@pytest.mark.parametrize("typed", ["hoàn thành", "Hoan Thanh", "HOÀN THÀNH", "done"])
def test_a_status_is_set_by_its_name(
    data: str, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    status = ("entry", "status", "--form", F, "--period", P)
    code, out, err = egov(capsys, data, *status, "--set", typed, "--note", "Không có hồ sơ")
    assert code == 0, err
    assert json.loads(egov(capsys, data, *status, "--json")[1])["status"] == "done"


def test_an_unknown_status_is_refused_with_the_statuses(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(data)
    code, out, err = egov(
        capsys, data, "entry", "status", "--form", F, "--period", P, "--set", "hoàn tất"
    )
    assert (code, out) == (2, "")
    assert err.endswith(
        'Lỗi: tham số --set: "hoàn tất" không hợp lệ, hãy chọn một trong: '
        "empty — chưa nhập; in_progress — đang nhập; done — hoàn thành.\n"
    )
    assert snapshot(data) == before


@pytest.mark.parametrize(
    ("unit", "role", "mode", "expected"),
    [
        ("01", "Cơ quan tổng hợp", "Theo lịch", ("aggregator", "calendar")),
        ("01", "co quan tong hop", "theo lich (thang, quy duong lich)", ("aggregator", "calendar")),
        ("00004", "CẤP XÃ", "chốt số liệu theo NĐ 09/2019", ("commune", "cutoff")),
        ("00004", "cap xa", "Chot so lieu theo nd 09/2019", ("commune", "cutoff")),
    ],
)
def test_setup_takes_the_role_and_the_period_mode_by_name(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    unit: str,
    role: str,
    mode: str,
    expected: tuple[str, str],
) -> None:
    data = str(tmp_path / "d")
    setup = ("setup", "--unit", unit, "--role", role, "--period-mode", mode)
    code, _, err = egov(capsys, data, *setup)
    assert code == 0, err
    info = json.loads(egov(capsys, data, "info", "--json")[1])
    assert (info["role"], info["period_mode"]) == expected


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ("--role", "Ủy ban"),
            'tham số --role: "Ủy ban" không hợp lệ, hãy chọn một trong: commune — cấp xã (lập '
            "và gửi báo cáo); aggregator — cơ quan tổng hợp (nhận báo cáo của các đơn vị)",
        ),
        (
            ("--role", "commune", "--period-mode", "hàng tháng"),
            'tham số --period-mode: "hàng tháng" không hợp lệ, hãy chọn một trong: cutoff',
        ),
    ],
)
def test_setup_refuses_another_role_or_mode_and_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: tuple[str, ...], says: str
) -> None:
    data = tmp_path / "d"
    code, out, err = run(capsys, "--data-dir", str(data), "setup", "--unit", "00004", *args)
    assert (code, out) == (2, "")
    assert says in err
    assert not data.exists()
