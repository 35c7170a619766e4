"""`egov info` warns on stderr when the computer's clock is behind what the folder recorded."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from egov_desktop.bootstrap import open_services
from egov_desktop.config import AppPaths
from tests.cli.runner import run
from tests.clock import record_at

#: A moment the folder recorded, later than any clock running these tests.
FUTURE = datetime(2199, 11, 24, 9, 15)


def _record_at(folder: str, at: datetime) -> None:
    services = open_services(AppPaths.resolve(Path(folder)))
    try:
        record_at(services, at)
    finally:
        services.close()


def test_info_warns_of_a_clock_behind_the_data(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _record_at(data, FUTURE)
    code, out, err = run(capsys, "--data-dir", data, "info")
    assert code == 0
    assert "Đơn vị: Phường Ba Đình" in out
    assert "Đồng hồ của máy tính đang chỉ " in err
    assert "sớm hơn lần ghi số liệu gần nhất (24/11/2199 09:15)" in err
    assert "thay pin CMOS" in err
    assert "Đồng hồ" not in out


def test_info_json_carries_the_clock(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    before = json.loads(run(capsys, "--data-dir", data, "info", "--json")[1])
    assert before["clock"]["behind"] is False
    assert before["clock"]["last_recorded_at"] is not None  # the setup was recorded
    _record_at(data, FUTURE)
    code, out, err = run(capsys, "--data-dir", data, "info", "--json")
    assert code == 0
    clock = json.loads(out)["clock"]
    assert clock["behind"] is True
    assert clock["last_recorded_at"] == "2199-11-24 09:15:00"
    assert datetime.fromisoformat(clock["now"]) < FUTURE
    assert "Đồng hồ của máy tính" in err


def test_info_is_quiet_when_the_clock_is_right(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--data-dir", data, "info")
    assert (code, err) == (0, "")


def test_clock_confirm_silences_the_warning(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    _record_at(data, FUTURE)
    assert "egov clock confirm" in run(capsys, "--data-dir", data, "info")[2]
    code, out, err = run(capsys, "--data-dir", data, "clock", "confirm")
    assert (code, err) == (0, "")
    assert out.startswith("Đã xác nhận ngày giờ của máy (")
    code, _, err = run(capsys, "--data-dir", data, "info")
    assert (code, err) == (0, "")
    assert (
        json.loads(run(capsys, "--data-dir", data, "info", "--json")[1])["clock"]["behind"] is False
    )


def test_clock_confirm_is_refused_when_the_clock_is_not_behind(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "--data-dir", data, "clock", "confirm")
    assert (code, out) == (2, "")
    assert err == (
        "Lỗi: Đồng hồ của máy tính không sớm hơn lần ghi số liệu gần nhất: "
        "không có gì cần xác nhận.\n"
    )
