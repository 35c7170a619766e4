import json

import pytest

from tests.cli.runner import run


def test_set_and_list_deadlines(capsys: pytest.CaptureFixture[str], data: str) -> None:
    code, out, _ = run(
        capsys, "--data-dir", data, "entry", "deadline", "--form", "II.07b", "--days", "10"
    )
    assert code == 0 and "II.07b\t10 ngày sau khi hết kỳ (mặc định 5)" in out
    code, out, _ = run(capsys, "--data-dir", data, "entry", "deadline", "--json")
    rows = {r["form"]: r for r in json.loads(out)}
    assert rows["II.07b"]["days"] == 10 and rows["II.07b"]["overridden"] is True
    assert rows["II.06a"]["days"] == 5


def test_bad_deadline_exits_2_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data: str
) -> None:
    code, _, err = run(
        capsys, "--data-dir", data, "entry", "deadline", "--form", "II.06a", "--days", "-3"
    )
    assert code == 2 and "Hạn nộp" in err
    code, _, err = run(capsys, "--data-dir", data, "entry", "deadline", "--days", "3")
    assert code == 2 and "--form" in err
    _, out, _ = run(capsys, "--data-dir", data, "entry", "deadline", "--json")
    assert all(not r["overridden"] for r in json.loads(out))
