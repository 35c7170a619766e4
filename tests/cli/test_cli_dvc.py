"""`egov dvc …` and `egov targets …`."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from egov_desktop.bootstrap import open_services
from egov_desktop.config import AppPaths
from egov_desktop.services.register_dto import DossierInput, ProcedureInput
from tests.cli.runner import egov, run, tables


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    folder = str(tmp_path / "d")
    code, _, _ = run(capsys, "--data-dir", folder, "setup", "--unit", "00004", "--role", "commune")
    assert code == 0
    services = open_services(AppPaths.resolve(Path(folder)))
    try:
        services.catalogue.add(ProcedureInput("P1", "Khai sinh", "Hộ tịch", 3, None, "toan_trinh"))
        services.catalogue.add(ProcedureInput("P2", "Kết hôn", "Hộ tịch", 3))
        for code, channel in (("D1", "online"), ("D2", "direct"), ("D3", "online")):
            services.register.add(
                DossierInput(
                    code,
                    "Hộ tịch",
                    channel,
                    date(2025, 8, 1),
                    date(2025, 8, 5),
                    procedure_code="P1",
                )
            )
    finally:
        services.close()
    return folder


def table(data: str, name: str) -> list[Any]:
    return tables(data, name)[name]


def test_indicators_json(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = egov(
        capsys, data, "dvc", "indicators", "--period", "2025-Q3", "--mode", "calendar", "--json"
    )
    assert code == 0
    got = json.loads(out)
    assert got["period"]["start"] == "2025-07-01" and got["period"]["end"] == "2025-09-30"
    rates = {i["code"]: i for i in got["indicators"]}
    # Online D1, D3 of 3 new receipts: 66.7 %.
    assert (
        rates["online_receipt_rate"]["numerator"],
        rates["online_receipt_rate"]["denominator"],
    ) == (2, 3)
    assert rates["online_receipt_rate"]["value"] == 66.7
    # No financial obligation at all: not applicable, value null.
    assert rates["online_payment_rate"]["value"] is None
    assert rates["online_payment_rate"]["text"] == "không áp dụng"
    assert rates["dvctt_provided_rate"]["value"] == 50.0
    for code_ in (
        "digitised_components_rate",
        "digitised_results_rate",
        "synced_rate",
        "full_process_rate",
    ):
        assert code_ in rates
    assert all(e["label"] == "ước tính" for e in got["estimates"])


def test_indicators_text_and_errors(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = egov(capsys, data, "dvc", "indicators", "--period", "2025-Q3")
    assert code == 0 and "Tỷ lệ hồ sơ nộp trực tuyến" in out
    code, _, err = egov(capsys, data, "dvc", "indicators", "--period", "2025-Q9")
    assert code == 2 and "Lỗi" in err


def test_indicators_text_keeps_sub_indicator_ids(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """The 766 IDs read (3.x), (4.2), (1.4); only the points take the decimal comma."""
    code, out, _ = egov(
        capsys, data, "dvc", "indicators", "--period", "2025-Q3", "--mode", "calendar"
    )
    assert code == 0
    # min(2, 2·(1/2)/0.8) + 4·(1/1) + min(6, 6·(2/3)/0.5) = 1.25 + 4 + 6 = 11.25.
    assert "Cung cấp dịch vụ trực tuyến (3.x) (ước tính): 11,25/12 điểm" in out
    assert "Hồ sơ số hóa thành phần (4.2) (ước tính): 0/4 điểm" in out
    assert "Hồ sơ đồng bộ lên Cổng DVCQG (1.4) (ước tính): 0/6 điểm" in out
    assert "(3,x)" not in out and "(4,2)" not in out and "(1,4)" not in out


def test_ii07b_after_the_reform(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    """`dvc ii07b --period 2026-Q1` leaves the "Cấp huyện" columns empty, not 0."""
    assert egov(capsys, data, "dvc", "ii07b", "--period", "2026-Q1")[0] == 0
    code, out, _ = egov(
        capsys, data, "entry", "show", "--form", "II.07b", "--period", "2026-Q1", "--json"
    )
    assert code == 0
    shown = json.loads(out)
    values = shown["rows"][0]["values"]
    assert (values["3"], values["4"], values["5"], values["6"]) == (2, 0, None, 2)
    assert (values["7"], values["8"], values["9"], values["10"]) == (2, 0, None, 2)
    assert shown["total"]["5"] is None and shown["total"]["9"] is None
    assert shown["total"]["13"] is None


def test_bulk_set_levels(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = egov(
        capsys, data, "dvc", "set", "--period", "2025-Q3", "--procedure", "P2",
        "--level", "một phần", "--online-payment", "có",
    )  # fmt: skip
    assert code == 0 and "1 thủ tục" in out
    code, out, _ = egov(capsys, data, "dvc", "levels", "--period", "2025-Q3", "--json")
    levels = {e["procedure_code"]: e for e in json.loads(out)}
    assert levels["P2"]["level_new"] == "mot_phan" and levels["P2"]["online_payment"]
    before = table(data, "procedure_dvc")
    code, _, err = egov(
        capsys, data, "dvc", "set", "--period", "2025-Q3", "--procedure", "P2",
        "--online-payment", "hmm",
    )  # fmt: skip
    assert code == 2 and "không hợp lệ" in err
    code, _, err = egov(
        capsys, data, "dvc", "set", "--period", "2025-Q3", "--procedure", "P9", "--level", "4"
    )
    assert code == 2 and "P9" in err
    assert table(data, "procedure_dvc") == before


def test_ii07b(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = egov(capsys, data, "dvc", "ii07b", "--period", "2025-Q3")
    assert code == 0 and "II.07b" in out
    values = {(row[4], row[5]) for row in table(data, "report_value")}  # (column, value)
    assert (3, 2) in values and (6, 2) in values


def test_targets_commands(data: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = egov(capsys, data, "targets", "list", "--json")
    assert code == 0
    assert "e_case_files" in {t["indicator"] for t in json.loads(out)}
    code, out, _ = egov(
        capsys, data, "targets", "set", "--indicator", "e_case_files", "--period", "2026-Q1",
        "--numerator", "45", "--denominator", "60",
    )  # fmt: skip
    assert code == 0 and "75,0%" in out
    code, out, _ = egov(capsys, data, "targets", "progress", "--json")
    assert code == 0
    rows = {r["indicator"]: r for r in json.loads(out)}
    assert rows["e_case_files"]["points"][0]["value"] == 75.0
    assert rows["e_case_files"]["unit"]["code"] == "00004"
    assert rows["e_case_files"]["flag"] in {"on_track", "at_risk", "achieved", "missed", "no_data"}
    code, _, err = egov(
        capsys, data, "targets", "set", "--indicator", "e_case_files", "--period", "2026-Q1",
        "--numerator", "70", "--denominator", "60",
    )  # fmt: skip
    assert code == 2 and "Tử số" in err
    assert len(table(data, "target_figure")) == 1


def test_targets_are_listed_in_their_plan_s_wording(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    skills = "Tỉ lệ cán bộ, công chức, viên chức được đào tạo kỹ năng số cơ bản"
    code, out, _ = egov(capsys, data, "targets", "list")
    assert code == 0
    assert f"digital_skills_staff\t{skills}\t100%\t31/12/2027" in out.splitlines()
    code, out, _ = egov(
        capsys, data, "targets", "set", "--indicator", "digital_skills_staff",
        "--period", "2026-Q3", "--numerator", "0", "--denominator", "0",
    )  # fmt: skip
    assert code == 0
    code, out, _ = egov(capsys, data, "targets", "progress")
    assert code == 0
    assert f"00004\t{skills}\tkhông áp dụng\tchưa có số liệu" in out.splitlines()
    code, out, _ = egov(capsys, data, "targets", "progress", "--json")
    assert skills in {row["name"] for row in json.loads(out)}


@pytest.mark.parametrize("typed", ["tổng số", "Tong so", "TỔNG SỐ (cột 3)", "all"])
def test_the_denominator_is_chosen_by_its_name(
    data: str, capsys: pytest.CaptureFixture[str], typed: str
) -> None:
    indicators = ("dvc", "indicators", "--period", "2025-Q3", "--mode", "calendar", "--json")
    code, out, err = egov(capsys, data, *indicators, "--denominator", typed)
    assert code == 0, err
    assert json.loads(out) == json.loads(egov(capsys, data, *indicators, "--denominator", "all")[1])
    assert json.loads(out)["denominator"] == "all"


def test_an_unknown_denominator_is_refused_with_the_choices(
    data: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = egov(
        capsys, data, "dvc", "indicators", "--period", "2025-Q3", "--denominator", "mới"
    )
    assert (code, out) == (2, "")
    assert (
        'tham số --denominator: "mới" không hợp lệ, hãy chọn một trong: new — tiếp nhận mới; '
        "all — tổng số (cột 3)"
    ) in err
