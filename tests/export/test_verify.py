from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from egov_desktop.errors import ExportError
from egov_desktop.export.verify import Expectation, Formula, check_export, verify_export


@pytest.fixture
def book(tmp_path: Path) -> Path:
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = "II.06a"
    ws["A1"] = 5
    ws["B1"] = "5"
    ws["C1"] = date(2025, 7, 1)
    ws["C1"].number_format = "DD/MM/YYYY"
    ws["D1"] = "=SUM(A1:A2)"
    ws["E1"] = 2.5
    ws.merge_cells("A3:C3")
    ws.print_title_rows = "1:2"
    workbook.create_sheet("Ghi chú")
    path = tmp_path / "r.xlsx"
    workbook.save(path)
    return path


def _expected(**cells: object) -> Expectation:
    return Expectation(
        "II.06a",
        ["II.06a", "Ghi chú"],
        cells=dict(cells),  # type: ignore[arg-type]
        merges={"A3:C3"},
        print_titles="$1:$2",
    )


def test_a_faithful_file_passes(book: Path) -> None:
    expected = _expected(A1=5, B1="5", C1=date(2025, 7, 1), D1=Formula(), E1=2.5, F1=None)
    assert check_export(book, expected) == []


@pytest.mark.parametrize(
    ("cells", "needle"),
    [
        ({"A1": 6}, "ô A1 cần số 6 nhưng tệp có giá trị 5"),
        ({"B1": 5}, 'ô B1 cần số 5 nhưng tệp có chữ "5"'),  # a number stored as text
        ({"A1": "5"}, 'ô A1 cần chữ "5"'),
        ({"D1": 3}, "công thức =SUM(A1:A2)"),
        ({"C1": date(2025, 7, 2)}, "ngày 02/07/2025"),
        ({"F1": 1}, "ô trống"),
        ({"A1": None}, "cần ô trống"),
    ],
)
def test_differences_are_named(book: Path, cells: dict[str, object], needle: str) -> None:
    problems = check_export(book, _expected(**cells))
    assert len(problems) == 1 and needle in problems[0], problems


def test_structure_differences(book: Path) -> None:
    expected = _expected()
    expected.sheet_names = ["II.06a"]
    expected.merges = {"A3:D3"}
    expected.print_titles = "$1:$3"
    expected.hidden_rows = {7}
    text = " | ".join(check_export(book, expected))
    for needle in ("trang tính", "A3:D3", "$1:$3", "[7]"):
        assert needle in text


def test_failing_file_is_deleted(book: Path) -> None:
    with pytest.raises(ExportError, match="bao_cao.xlsx") as caught:
        verify_export(book, _expected(A1=1, B1=2, E1=3, F1=4), name="bao_cao.xlsx")
    assert "và 1 chỗ khác" in str(caught.value)
    assert not book.exists()


def test_unreadable_file_is_deleted(tmp_path: Path) -> None:
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"PK broken")
    with pytest.raises(ExportError):
        verify_export(path, _expected())
    assert not path.exists()
