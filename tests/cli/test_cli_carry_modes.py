"""`entry prefill` and `validate` when the previous period was counted in another mode."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_cli_entry import _calendar, egov, snapshot

F = "II.06a"


def _fill(capsys: pytest.CaptureFixture[str], data: str, period: str, row: dict[int, int]) -> None:
    for col, value in row.items():
        code, _out, err = egov(capsys, data, "entry", "set", "--form", F, "--period", period,
                               "--sector", "Hộ tịch", "--col", str(col), str(value))  # fmt: skip
        assert code == 0, err


@pytest.fixture
def moved(data: str, capsys: pytest.CaptureFixture[str]) -> str:
    """2025-Q2 entered in cutoff mode (4 pending); the unit then moved to calendar mode."""
    _fill(capsys, data, "2025-Q2", {3: 4, 4: 4, 11: 4, 12: 4})
    _calendar(capsys, data)
    return data


def test_prefill_exits_2_naming_both_modes_and_changes_nothing(
    moved: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(moved)
    code, out, err = egov(capsys, moved, "entry", "prefill", "--form", F, "--period", "2025-Q3")
    assert code == 2 and out == ""
    assert err.startswith(
        'Lỗi: Không thể lấy cột (6) "Từ kỳ trước" của biểu II.06a Quý III năm 2025 từ kỳ trước'
    )
    assert "chốt số liệu theo NĐ 09/2019 (15/03/2025 – 14/06/2025)" in err
    assert "theo lịch (tháng, quý dương lịch) (01/07/2025 – 30/09/2025)" in err
    assert "egov stats --form II.06a --period 2025-Q3 --apply" in err
    assert snapshot(moved) == before


def test_validate_warns_instead_of_comparing(
    moved: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _fill(capsys, moved, "2025-Q3", {3: 3, 6: 3, 11: 3, 13: 3})  # 3, not the 4 of 2025-Q2
    code, out, _err = egov(capsys, moved, "validate", "--form", F, "--period", "2025-Q3")
    assert code == 0  # a warning
    # About the report as a whole, not the total row's figures.
    assert out.startswith('Cảnh báo — Cả biểu: Cột (6) "Từ kỳ trước" không đối chiếu được')
    assert "Từ kỳ trước (3) khác" not in out
    code, out, _err = egov(capsys, moved, "validate", "--form", F, "--period", "2025-Q3", "--json")
    (problem,) = json.loads(out)
    assert problem["severity"] == "warning" and problem["columns"] == [6, 11]
    assert problem["sector"] is None and problem["whole_report"] is True
    assert "15/06/2025 – 30/06/2025 không thuộc kỳ nào" in problem["message"]
