"""Open exports in a real spreadsheet program: LibreOffice converts them to PDF, CSV and PNG."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from egov_desktop.export.model import ReportData, TableRow
from egov_desktop.export.templates import get_template, load_template
from egov_desktop.export.writer import export_report
from tests.export import handmade, samples

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.slow,
    pytest.mark.skipif(
        not (shutil.which("soffice") and shutil.which("pdftoppm") and shutil.which("pdftotext")),
        reason="needs soffice and poppler-utils",
    ),
]


def _soffice(tmp_path: Path, target: str, source: Path) -> Path:
    """Convert with a private profile, so runs neither share nor lock one."""
    out = tmp_path / "converted"
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation={profile}",
         "--convert-to", target, "--outdir", str(out), str(source)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    return out / (source.stem + "." + target.split(":")[0])


#: Rows of II.06a that print on one page with the signatures.
ONE_PAGE = 6


@pytest.fixture
def report(tmp_path: Path) -> Path:
    return export_report(
        samples.ii06a_data(ONE_PAGE), get_template("II.06a"), output=tmp_path / "II.06a.xlsx"
    )


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def test_one_landscape_a4_page_with_vietnamese_text(tmp_path: Path, report: Path) -> None:
    pdf = _soffice(tmp_path, "pdf", report)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info
    assert "841.89 x 595.3" in info  # A4 landscape, in points
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for line in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC",
        "Kỳ báo cáo: Quý III năm 2025",
        "(Từ ngày 15/06/2025 đến ngày 14/09/2025)",
        "Ba Đình, ngày 05 tháng 9 năm 2025",
        "THỦ TRƯỞNG CƠ QUAN/ĐƠN VỊ",
    ):
        assert line in text
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
        check=True,
    )
    page = next(tmp_path.glob("page*.png"))
    assert page.stat().st_size > 10_000


def test_a_non_excel_reader_sees_the_totals(tmp_path: Path, report: Path) -> None:
    """Totals are values, not formulas without a cached result."""
    converted = _soffice(tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76", report)
    rows = list(csv.reader(converted.read_text("utf-8").splitlines()))
    total = next(row for row in rows if len(row) > 2 and row[1] == "Tổng số")
    data = samples.ii06a_data(ONE_PAGE)
    assert int(total[2]) == sum(row.values["3"] for row in data.rows)  # type: ignore[misc]


def test_a_patched_template_opens_with_its_values(tmp_path: Path) -> None:
    """The XML-patch writer's output (text box and sparkline kept) is a valid workbook."""
    template = load_template(handmade.write_template(tmp_path / "t"))
    rows = [TableRow("a", "Hộ tịch", {"3": 5}), TableRow("b", "Đất đai", {"3": 7})]
    data = ReportData("Demo", {"period_label": "Quý III năm 2025", "officer": "Lê Văn C"}, rows)
    out = export_report(data, template, output=tmp_path / "demo.xlsx")
    converted = _soffice(tmp_path, "csv:Text - txt - csv (StarCalc):44,34,76", out)
    rows_read = list(csv.reader(converted.read_text("utf-8").splitlines()))
    assert rows_read[0][0] == "Kỳ báo cáo: Quý III năm 2025"
    assert rows_read[3][:3] == ["1", "Hộ tịch", "5"]
    assert rows_read[6][1:3] == ["Tổng số", "12"]


def test_the_receipt_prints_on_one_portrait_a4_page(tmp_path: Path) -> None:
    from egov_desktop.export.receipt import write_receipt

    receipt = write_receipt(
        tmp_path / "BN_00004_2025-Q3_v3.xlsx",
        replace(samples.RECEIPT, forms=("II.06a", "II.07b"), version=3, officer="Lê Văn Cường"),
    )
    pdf = _soffice(tmp_path, "pdf", receipt)
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "Pages:           1" in info and "x 841.89 pts (A4)" in info
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for line in ("BIÊN NHẬN BÁO CÁO", "Phường Ba Đình (mã 00004)", "14:05 02/10/2025"):
        assert line in text


def test_the_signatures_print_under_the_table_s_last_rows(tmp_path: Path) -> None:
    """A commune's fifteen sectors take two pages: the last page is not the signatures alone."""
    data = samples.ii06a_data(15)
    report = export_report(data, get_template("II.06a"), output=tmp_path / "II.06a.xlsx")
    first, last = _pages(_soffice(tmp_path, "pdf", report))
    assert "NGƯỜI LẬP BIỂU" not in first and "Tổng số" not in first.split("(13)")[-1]
    for text in ("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG CƠ QUAN/ĐƠN VỊ", "Tổng số", data.rows[-1].label):
        assert text in last
    assert data.rows[12].label in last and data.rows[11].label in first


def _numbers(page: str) -> list[int]:
    """The TT column of a page's rows (the labels are cut short by the narrow column B)."""
    return [int(found[1]) for found in re.finditer(r"^\s*(\d+) ", page, re.MULTILINE)]


def test_a_patched_template_s_signatures_print_under_its_last_rows(tmp_path: Path) -> None:
    """The break the XML-patch writer puts in is one LibreOffice follows."""
    template = load_template(handmade.write_tall_template(tmp_path / "t"))
    rows = [TableRow(str(i), f"Lĩnh vực {i}", {"3": i}) for i in range(1, 31)]
    data = ReportData("Demo", {"period_label": "Quý III năm 2025", "officer": "Lê Văn C"}, rows)
    out = export_report(data, template, output=tmp_path / "demo.xlsx")
    first, last = _pages(_soffice(tmp_path, "pdf", out))
    assert _numbers(first) == list(range(1, 28)) and "Người lập biểu" not in first
    assert _numbers(last) == [28, 29, 30]  # sheet rows 31-33, over with the total
    assert "Người lập biểu" in last and "Lê Văn C" in last


def _word_boxes(pdf: Path) -> list[tuple[str, float, float]]:
    """Each word of the first page with its top and bottom (points from the top)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    found = re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]+)</word>', html)
    return [(m[3], float(m[1]), float(m[2])) for m in found]


def test_a_register_s_long_texts_stay_within_their_rows(tmp_path: Path) -> None:
    """Two dossiers whose procedure names wrap over four lines: neither prints over the other."""
    data = samples.register_data()
    report = export_report(data, get_template("register"), output=tmp_path / "so.xlsx")
    boxes = _word_boxes(_soffice(tmp_path, "pdf", report))
    # The table's rows only, under its column numbers and above the notes: the headings and
    # the notes share some words with the procedures.
    start = next(bottom for word, _, bottom in boxes if word == "(3)")
    end = next(top for word, top, _ in boxes if word == "Ghi")
    boxes = [box for box in boxes if start < box[1] < end]
    first, second = (set(name.split()) for name in samples.LONG_PROCEDURES)
    above = [box for box in boxes if box[0] in first - second]
    below = [box for box in boxes if box[0] in second - first]
    # Every word of both names prints inside the table's body, one name wholly above the other.
    assert {box[0] for box in above} == first - second
    assert {box[0] for box in below} == second - first
    assert max(bottom for _, _, bottom in above) < min(top for _, top, _ in below)


def test_a_long_reason_for_a_return_prints_within_its_row(tmp_path: Path) -> None:
    """Every word of the reason prints between the row above and the signature block."""

    from egov_desktop.export.receipt import write_receipt

    note = write_receipt(
        tmp_path / "TL.xlsx", replace(samples.RECEIPT, returned=True, reason=samples.LONG_REASON)
    )
    boxes = _word_boxes(_soffice(tmp_path, "pdf", note))
    above = next(bottom for word, _, bottom in boxes if word == "Kết")
    below = next(top for word, top, _ in boxes if word == "NGƯỜI")
    assert set(samples.LONG_REASON.split()) <= {
        word for word, top, _ in boxes if above < top < below
    }
