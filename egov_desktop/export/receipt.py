"""The printable receipt (biên nhận) or return note (phiếu trả lại) of one submission.

One A4 portrait sheet in the decree's style (NĐ 30/2020): the office top-left, Quốc hiệu and
Tiêu ngữ top-right, the title, what was received, and the signature block. Values are values.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.properties import PageSetupProperties

from egov_desktop.durable import partial_of, remove_stale_partials, replace_durably
from egov_desktop.export.wrap import wrapped_lines

_FONT = "Times New Roman"
_THIN = Side(style="thin")
#: Widths of the label column (B) and of the two columns (C, D) merged for each value.
_LABEL_WIDTH = 34
_VALUE_COLUMNS = (22, 28)
_VALUE_WIDTH = sum(_VALUE_COLUMNS)


@dataclass(frozen=True)
class ReceiptData:
    """What the sheet states."""

    returned: bool
    parent_agency: str
    office_name: str
    unit_name: str
    unit_code: str
    period_label: str
    window_text: str
    forms: tuple[str, ...]
    version: int
    package_id: str
    sent_at: datetime
    received_at: datetime
    replied_at: datetime
    officer: str
    #: "Ba Đình, ngày 05 tháng 9 năm 2025" as the decree writes it.
    place_date: str
    reason: str = ""
    #: The package was a báo cáo điều chỉnh, sent for `correction_reason`.
    correction: bool = False
    correction_reason: str = ""


def _font(size: int = 13, *, bold: bool = False, italic: bool = False) -> Font:
    return Font(name=_FONT, size=size, bold=bold, italic=italic)


def _result(data: ReceiptData) -> str:
    if data.returned:
        return "Trả lại để điều chỉnh"
    return "Đã tiếp nhận báo cáo điều chỉnh" if data.correction else "Đã tiếp nhận báo cáo"


def write_receipt(path: Path, data: ReceiptData) -> Path:
    """Write the sheet to `path` (an .xlsx) and return it."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Biên nhận" if not data.returned else "Trả lại"
    for letter, width in zip("ABCD", (6, _LABEL_WIDTH, *_VALUE_COLUMNS), strict=True):
        ws.column_dimensions[letter].width = width
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    # Indented: a text set flush against the cell's border prints touching it.
    left = Alignment(horizontal="left", vertical="center", wrap_text=True, indent=1)

    def put(cell: str, value: str | int | datetime, font: Font, align: Alignment = center) -> None:
        ws[cell] = value
        if isinstance(value, str):
            ws[cell].data_type = "s"  # text that begins with "=" stays text, never a formula
        ws[cell].font = font
        ws[cell].alignment = align

    ws.merge_cells("A1:B1")
    ws.merge_cells("A2:B2")
    ws.merge_cells("C1:D1")
    ws.merge_cells("C2:D2")
    # The office's name sits beside the Quốc hiệu, under its parent agency when it has one.
    if data.parent_agency:
        put("A1", data.parent_agency.upper(), _font(12))
        put("A2", data.office_name.upper(), _font(12, bold=True))
    else:
        put("A1", data.office_name.upper(), _font(12, bold=True))
    put("C1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", _font(12, bold=True))
    put("C2", "Độc lập - Tự do - Hạnh phúc", _font(13, bold=True))
    ws["C2"].font = Font(name=_FONT, size=13, bold=True, underline="single")
    ws.merge_cells("C3:D3")
    put("C3", data.place_date, _font(13, italic=True))
    title = "PHIẾU TRẢ LẠI BÁO CÁO" if data.returned else "BIÊN NHẬN BÁO CÁO"
    ws.merge_cells("A5:D5")
    put("A5", title, _font(14, bold=True))
    ws.merge_cells("A6:D6")
    put("A6", f"{data.period_label} {data.window_text}".strip(), _font(13, italic=True))
    rows: list[tuple[str, str | int | datetime]] = [
        ("Đơn vị gửi báo cáo", f"{data.unit_name} (mã {data.unit_code})"),
        ("Biểu báo cáo", ", ".join(data.forms)),
        ("Phiên bản gói", f"v{data.version}"),
    ]
    if data.correction:
        rows.append(("Loại báo cáo", "Báo cáo điều chỉnh"))
        if data.correction_reason:
            rows.append(("Lý do điều chỉnh", data.correction_reason))
    rows += [
        ("Thời điểm lập gói", data.sent_at),
        ("Thời điểm nhận gói", data.received_at),
        ("Mã gói", data.package_id),
        ("Kết quả", _result(data)),
    ]
    if data.returned:
        rows.append(("Lý do trả lại", data.reason))
    first = 8
    for offset, (label, value) in enumerate(rows):
        row = first + offset
        ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=4)
        put(f"A{row}", offset + 1, _font(), center)
        put(f"B{row}", label, _font(bold=True), left)
        put(f"C{row}", value, _font(), left)
        if isinstance(value, datetime):
            ws[f"C{row}"].number_format = "hh:mm dd/mm/yyyy"
        for letter in "ABCD":
            ws[f"{letter}{row}"].border = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
        # The value's own lines (a reason for a return can run long); the indent takes two.
        text = value if isinstance(value, str) else ""
        lines = max(wrapped_lines(label, _LABEL_WIDTH - 2), wrapped_lines(text, _VALUE_WIDTH - 2))
        ws.row_dimensions[row].height = max(22, 8 + 16 * lines)
    sign = first + len(rows) + 2
    ws.merge_cells(start_row=sign, start_column=3, end_row=sign, end_column=4)
    put(f"C{sign}", "NGƯỜI TIẾP NHẬN", _font(13, bold=True))
    ws.merge_cells(start_row=sign + 1, start_column=3, end_row=sign + 1, end_column=4)
    put(f"C{sign + 1}", "(Ký, ghi rõ họ tên)", _font(12, italic=True))
    ws.merge_cells(start_row=sign + 5, start_column=3, end_row=sign + 5, end_column=4)
    put(f"C{sign + 5}", data.officer, _font(13, bold=True))
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins = PageMargins(left=1.18, right=0.59, top=0.79, bottom=0.79)
    ws.print_area = f"A1:D{sign + 5}"
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(path)
    partial = partial_of(path)
    book.save(partial)
    replace_durably(partial, path)
    return path
