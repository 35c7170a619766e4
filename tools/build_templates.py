"""Generate the built-in report templates under resources/templates/ (domain.md §4, §8).

Run from the repository root:

    python tools/build_templates.py            # rewrite the templates
    python tools/build_templates.py --check    # exit 1 if the committed files differ

Each form gets `<form>/builtin.xlsx` (the pristine workbook) and `<form>/builtin.toml` (its
mapping). The workbook is laid out per NĐ 30/2020: Times New Roman throughout, A4 landscape fit
to width, the decree's margins, header rows repeated on every page, Quốc hiệu and Tiêu ngữ, the
form code, the official header merges, the column-number row and the signature block. Output is
deterministic (fixed timestamps), so `--check` and the test suite can compare part by part.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import tomli_w
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils.cell import column_index_from_string, get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.worksheet import Worksheet

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from egov_desktop.export.mapping import (  # noqa: E402
    CellSpec,
    GroupSpec,
    Mapping,
    TableSpec,
    TotalSpec,
    mapping_to_dict,
    save_mapping,
)

OUT = REPO_ROOT / "resources" / "templates"
FONT = "Times New Roman"
BODY_SIZE = 12
_FIXED_TIME = datetime(2025, 1, 1)
_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CM = 1 / 2.54
NUMBER_FORMAT = "#,##0"

II06A_TITLE = "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT TTHC TẠI CƠ QUAN, ĐƠN VỊ TRỰC TIẾP GIẢI QUYẾT TTHC"
CIRCULAR = "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020"

#: (first column, first header row offset, last column, last offset, text); offsets from 0.
Header = list[tuple[str, int, str, int, str]]

II06A_HEADER: Header = [
    ("C", 0, "F", 0, "Số hồ sơ nhận giải quyết"),
    ("C", 1, "C", 2, "Tổng số"),
    ("D", 1, "E", 1, "Trong đó"),
    ("D", 2, "D", 2, "Trực tuyến"),
    ("E", 2, "E", 2, "Trực tiếp, dịch vụ bưu chính"),
    ("F", 1, "F", 2, "Từ kỳ trước"),
    ("G", 0, "J", 0, "Số hồ sơ đã giải quyết"),
    ("G", 1, "G", 2, "Tổng số"),
    ("H", 1, "H", 2, "Trước hạn"),
    ("I", 1, "I", 2, "Đúng hạn"),
    ("J", 1, "J", 2, "Quá hạn"),
    ("K", 0, "M", 0, "Số lượng hồ sơ đang giải quyết"),
    ("K", 1, "K", 2, "Tổng số"),
    ("L", 1, "L", 2, "Trong hạn"),
    ("M", 1, "M", 2, "Quá hạn"),
]
II07B_HEADER: Header = [
    ("C", 0, "F", 0, "Tổng số TTHC thuộc thẩm quyền giải quyết của địa phương"),
    ("C", 1, "C", 1, "Tổng số TTHC"),
    ("D", 1, "D", 1, "Cấp tỉnh"),
    ("E", 1, "E", 1, "Cấp huyện"),
    ("F", 1, "F", 1, "Cấp xã"),
    ("G", 0, "J", 0, "TTHC được thực hiện theo CCMC, MCLT"),
    ("G", 1, "G", 1, "Tổng số TTHC"),
    ("H", 1, "H", 1, "Tại BPMC cấp tỉnh"),
    ("I", 1, "I", 1, "Tại BPMC cấp huyện"),
    ("J", 1, "J", 1, "Tại BPMC cấp xã"),
    ("K", 0, "N", 0, "Quy trình nội bộ giải quyết TTHC theo CCMC, MCLT được ban hành"),
    ("K", 1, "K", 1, "Tổng số quy trình"),
    ("L", 1, "L", 1, "Cấp tỉnh"),
    ("M", 1, "M", 1, "Cấp huyện"),
    ("N", 1, "N", 1, "Cấp Xã"),
]


TARGETS_HEADER: Header = [
    ("C", 0, "C", 0, "Đơn vị"),
    ("D", 0, "D", 0, "Chỉ tiêu kế hoạch"),
    ("E", 0, "E", 0, "Thời hạn"),
    ("F", 0, "F", 0, "Kỳ số liệu gần nhất"),
    ("G", 0, "G", 0, "Tử số"),
    ("H", 0, "H", 0, "Mẫu số"),
    ("I", 0, "I", 0, "Kết quả"),
    ("J", 0, "J", 0, "Dự kiến đến hạn"),
    ("K", 0, "K", 0, "Đánh giá"),
]


DVC766_HEADER: Header = [
    ("D", 0, "F", 0, "Số hồ sơ nhận giải quyết"),
    ("D", 1, "D", 1, "Số mới tiếp nhận trực tuyến"),
    ("E", 1, "E", 1, "Số mới tiếp nhận trực tiếp"),
    ("F", 1, "F", 1, "Số mới tiếp nhận qua BCCI"),
    ("G", 0, "I", 0, "Tỷ lệ nộp hồ sơ trực tuyến"),
    ("G", 1, "G", 1, "Tỷ lệ trực tuyến (%)"),
    ("H", 1, "H", 1, "Tỷ lệ trực tiếp (%)"),
    ("I", 1, "I", 1, "Tỷ lệ nộp BCCI (%)"),
    ("J", 0, "M", 0, "Kết quả xử lý hồ sơ nộp trực tuyến với hồ sơ đang xử lý"),
    ("J", 1, "J", 1, "HS xử lý đúng hạn"),
    ("K", 1, "K", 1, "HS xử lý quá hạn"),
    ("L", 1, "L", 1, "Tỷ lệ HS xử lý đúng hạn (%)"),
    ("M", 1, "M", 1, "Tỷ lệ HS xử lý quá hạn (%)"),
    ("N", 0, "N", 1, "Số lượng hồ sơ Đã đồng bộ về cổng DVC QG"),
    ("O", 0, "O", 1, "Tổng HS có nghĩa vụ tài chính"),
    ("P", 0, "R", 0, "Thanh toán trực tuyến trên Cổng DVC Quốc gia"),
    ("P", 1, "P", 1, "Số HS đã TTTT cổng DVC QG"),
    ("Q", 1, "Q", 1, "Tỷ lệ TTTT cổng DVC QG (%)"),
    ("R", 1, "R", 1, "Tỷ lệ TT trực tiếp (%)"),
]
DIGITISATION_HEADER: Header = [
    ("C", 0, "C", 1, "Tiếp nhận"),
    ("D", 0, "G", 0, "Số hóa hồ sơ TTHC khi tiếp nhận"),
    ("D", 1, "D", 1, "Chưa số hóa TPHS"),
    ("E", 1, "E", 1, "Có số hóa TPHS"),
    ("F", 1, "F", 1, "Có tái sử dụng thành phần"),
    ("G", 1, "G", 1, "Có tái sử dụng thành phần từ cổng DVC quốc gia"),
    ("H", 0, "H", 1, "Đã giải quyết"),
    ("I", 0, "J", 0, "Số hóa kết quả giải quyết"),
    ("I", 1, "I", 1, "Chưa số hóa"),
    ("J", 1, "J", 1, "Đã số hóa"),
]


REGISTER_HEADER: Header = [
    ("C", 0, "C", 1, "Tên TTHC"),
    ("D", 0, "D", 1, "Tên tổ chức, cá nhân"),
    ("E", 0, "E", 1, "Địa chỉ/SĐT"),
    ("F", 0, "F", 1, "Cơ quan chủ trì giải quyết"),
    ("G", 0, "J", 0, "Nhận và trả kết quả"),
    ("G", 1, "G", 1, "Nhận hồ sơ"),
    ("H", 1, "H", 1, "Hẹn trả kết quả"),
    ("I", 1, "I", 1, "Trả kết quả"),
    ("J", 1, "J", 1, "Phương thức nhận kết quả"),
    ("K", 0, "K", 1, "Ký nhận"),
]


#: Printed under the Sổ theo dõi hồ sơ (TT 03/2025 Mẫu số 07, domain.md §4.6).
REGISTER_NOTES = (
    "Sổ theo dõi hồ sơ được lập theo từng lĩnh vực hoặc nhóm lĩnh vực tại Bộ phận Một cửa.",
    "Trường hợp áp dụng Sổ theo dõi hồ sơ điện tử thì theo dõi trực tiếp trên Hệ thống thông tin "
    "giải quyết thủ tục hành chính, không cần thực hiện in sổ giấy nhưng phải đảm bảo đầy đủ "
    "thông tin theo quy định.",
)


@dataclass(frozen=True)
class Form:
    """One built-in template: what differs between the forms; the frame is shared."""

    folder: str
    form_code: str
    title: str
    label_header: str
    row_key: str
    header: Header
    header_heights: tuple[float, ...]
    last_column: str
    prepared_rows: int
    unit_text: str | None
    grouped: bool = False
    description: str = ""
    #: A "Tổng số" row under the table (counts add up; ratios and texts do not).
    total: bool = True
    circular: str | None = CIRCULAR
    #: Columns holding text (left-aligned, wrapped) and per-column number formats.
    text_columns: tuple[str, ...] = ()
    formats: tuple[tuple[str, str], ...] = ()
    widths: tuple[tuple[str, float], ...] = ()
    #: Columns before the data that span every header row: number, label and others.
    leading: tuple[tuple[str, str], ...] = ()
    label_column: str = "B"
    tt_text: str = "TT"
    #: The "Đơn vị báo cáo / Đơn vị nhận báo cáo" lines (a report; not a register).
    unit_lines: bool = True
    #: A line under the period, e.g. "Lĩnh vực: {value}" (mapped as the cell "subtitle").
    subtitle: str | None = None
    signatures: tuple[str, str] = ("NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG CƠ QUAN/ĐƠN VỊ")
    #: The unit that keeps the document, printed under its managing unit (đơn vị chủ quản:
    #: the people's committee, the `agency_name` cell); None: the agency under its parent.
    issuer: str | None = None
    #: The "Số: …" line under the agency block; the place and date then sit beside it, at the
    #: top, instead of over the signatures.
    number_line: str | None = None
    #: Notes printed under the table, after "Ghi chú:".
    notes: tuple[str, ...] = ()


FORMS = (
    Form(
        folder="II.06a",
        form_code="Biểu số II.06a/VPCP/KSTT",
        title=II06A_TITLE,
        label_header="Lĩnh vực, công việc giải quyết theo cấp",
        row_key="sector",
        header=II06A_HEADER,
        header_heights=(33, 21, 48),
        last_column="M",
        prepared_rows=30,
        unit_text="Đơn vị tính: Số hồ sơ TTHC.",
        description="Biểu II.06a (TT 01/2020/TT-VPCP), một dòng cho mỗi lĩnh vực",
    ),
    Form(
        folder="II.06a-agg",
        form_code="Biểu số II.06a/VPCP/KSTT",
        title=II06A_TITLE,
        label_header="Tên đơn vị",
        row_key="unit",
        header=II06A_HEADER,
        header_heights=(33, 21, 48),
        last_column="M",
        prepared_rows=40,
        unit_text="Đơn vị tính: Số hồ sơ TTHC.",
        grouped=True,
        description="Biểu II.06a tổng hợp: một dòng cho mỗi đơn vị, chia nhóm I, II, III",
    ),
    Form(
        folder="II.07b",
        form_code="Biểu số II.07b/VPCP/KSTT",
        title="TỔNG HỢP SỐ LƯỢNG THỦ TỤC HÀNH CHÍNH",
        label_header="Đơn vị",
        row_key="unit",
        header=II07B_HEADER,
        header_heights=(48, 48),
        last_column="N",
        prepared_rows=20,
        unit_text=None,
        description="Biểu II.07b (TT 01/2020/TT-VPCP), một dòng cho mỗi đơn vị",
    ),
    Form(
        folder="targets",
        form_code="Biểu theo dõi chỉ tiêu kế hoạch",
        title="THEO DÕI THỰC HIỆN CHỈ TIÊU ỨNG DỤNG CÔNG NGHỆ THÔNG TIN, "
        "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ",
        label_header="Chỉ tiêu",
        row_key="indicator",
        header=TARGETS_HEADER,
        header_heights=(36,),
        last_column="K",
        prepared_rows=20,
        unit_text=None,
        description="Chỉ tiêu ứng dụng CNTT: một dòng cho mỗi chỉ tiêu (và đơn vị)",
        total=False,
        circular=None,
        # (4) "Chỉ tiêu kế hoạch" is a number (a ratio's reads "100%" by its own format).
        text_columns=("C", "F", "K"),
        formats=(("E", "dd/mm/yyyy"), ("I", "0.0"), ("J", "0.0")),
        widths=(("B", 40), ("C", 18), ("D", 12), ("E", 12.5), ("F", 14), ("K", 16)),
        # The documents the targets come from (domain.md §6.5): number, date and plan's name.
        subtitle="Chỉ tiêu theo {value}",
    ),
    Form(
        folder="766-dvc",
        form_code="QĐ 766/QĐ-TTg",
        title="THEO DÕI CHỈ TIÊU DVC TRỰC TUYẾN - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTG NGÀY 23/06/2022",
        label_header="Tên đơn vị",
        row_key="unit",
        header=DVC766_HEADER,
        header_heights=(45, 60),
        last_column="R",
        prepared_rows=10,
        unit_text=None,
        description="Theo dõi chỉ tiêu DVC trực tuyến (QĐ 766): một dòng cho mỗi đơn vị",
        total=False,
        circular=None,
        text_columns=("B",),
        formats=tuple((c, "0.00") for c in "GHILMQR"),
        widths=(("B", 16), ("C", 26), ("N", 13), ("O", 13), ("P", 12)),
        leading=(("B", "Mã định danh"),),
        label_column="C",
        tt_text="STT",
    ),
    Form(
        folder="register",
        form_code="Mẫu số 07 (Thông tư số 03/2025/TT-VPCP)",
        title="SỔ THEO DÕI HỒ SƠ",
        label_header="Mã hồ sơ",
        row_key="dossier",
        header=REGISTER_HEADER,
        header_heights=(24, 48),
        last_column="K",
        prepared_rows=30,
        unit_text=None,
        description="Sổ theo dõi hồ sơ (TT 03/2025/TT-VPCP, Mẫu số 07): một dòng cho mỗi hồ sơ",
        total=False,
        circular=None,
        text_columns=("C", "D", "E", "F", "J", "K"),
        formats=(("G", "dd/mm/yyyy"), ("H", "dd/mm/yyyy"), ("I", "dd/mm/yyyy")),
        widths=(
            ("B", 20),
            ("C", 28),
            ("D", 20),
            ("E", 18),
            ("F", 16),
            ("G", 12.5),
            ("H", 12.5),
            ("I", 12.5),
            ("J", 12),
            ("K", 9),
        ),  # fmt: skip
        tt_text="STT",
        unit_lines=False,
        subtitle="Lĩnh vực: {value}",
        signatures=("NGƯỜI LẬP SỔ", "THỦ TRƯỞNG CƠ QUAN/ĐƠN VỊ"),
        # Header and notes of TT 03/2025 Mẫu số 07 (domain.md §4.6).
        issuer="BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ",
        number_line="Số: …STD-TTPVHCC(BPTNTKQ)",
        notes=REGISTER_NOTES,
    ),
    Form(
        folder="766-digitisation",
        form_code="QĐ 766/QĐ-TTg",
        title="THEO DÕI MỨC ĐỘ SỐ HÓA CÁC ĐƠN VỊ - THEO QUYẾT ĐỊNH SỐ 766/QĐ-TTg",
        label_header="Đơn vị",
        row_key="unit",
        header=DIGITISATION_HEADER,
        header_heights=(36, 60),
        last_column="J",
        prepared_rows=10,
        unit_text=None,
        description="Theo dõi mức độ số hóa (QĐ 766): một dòng cho mỗi đơn vị",
        total=False,
        circular=None,
        tt_text="STT",
        # Ten columns: wide ones keep the page landscape-shaped, on one sheet of paper.
        widths=(("B", 36), *((c, 15.0) for c in "CDEFGHIJ")),
    ),
)


def _font(
    size: int = BODY_SIZE, *, bold: bool = False, italic: bool = False, u: bool = False
) -> Font:
    return Font(name=FONT, sz=size, b=bold, i=italic, u="single" if u else None, family=1)


def _align(horizontal: str = "center", *, wrap: bool = True, indent: int = 0) -> Alignment:
    return Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap, indent=indent)


class _Sheet:
    """Small helpers so the layout below reads as a list of blocks.

    The left block (agency, form code, signer on the left) spans A:E; the right block (Quốc
    hiệu, reporting units, head of the unit) spans the last six columns.
    """

    def __init__(self, ws: Worksheet, last: str) -> None:
        self.ws = ws
        self.last = last
        self.right_start = get_column_letter(max(column_index_from_string(last) - 5, 6))

    def text(
        self, ref: str, value: str, font: Font, align: Alignment, *, border: Border | None = None
    ) -> None:
        first, _, end = ref.partition(":")
        cell = self.ws[first]
        cell.value = value
        cell.font = font
        cell.alignment = align
        if end and end != first:
            self.ws.merge_cells(ref)
        if border is not None:
            for row in self.ws[ref] if end else ((cell,),):
                for part in row:
                    part.border = border

    def left(self, row: int, value: str, font: Font, align: Alignment | None = None) -> str:
        self.text(f"A{row}:E{row}", value, font, align or _align())
        return f"A{row}"

    def right(self, row: int, value: str, font: Font, align: Alignment | None = None) -> str:
        self.text(f"{self.right_start}{row}:{self.last}{row}", value, font, align or _align())
        return f"{self.right_start}{row}"

    def across(self, row: int, value: str, font: Font) -> str:
        self.text(f"A{row}:{self.last}{row}", value, font, _align())
        return f"A{row}"


def _layout(form: Form) -> tuple[Workbook, Mapping]:
    workbook = Workbook()
    # The workbook default font is the one empty and newly typed cells get: make it the decree's.
    default = _font()
    workbook._fonts = IndexedList([default])
    workbook._named_styles["Normal"].font = default
    ws = workbook.active
    assert ws is not None
    ws.title = form.folder.split("-")[0]
    last = form.last_column
    width = column_index_from_string(last)
    sheet = _Sheet(ws, last)
    cells: dict[str, CellSpec] = {}

    # Agency (left) and Quốc hiệu / Tiêu ngữ (right), then form code and the units.
    if form.issuer:
        cells["agency_name"] = CellSpec(sheet.left(1, "", _font(13)), case="upper")
        sheet.left(2, form.issuer, _font(13, bold=True))
    else:
        cells["parent_agency"] = CellSpec(sheet.left(1, "", _font(13)), case="upper")
        cells["agency_name"] = CellSpec(sheet.left(2, "", _font(13, bold=True)), case="upper")
    sheet.right(1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", _font(13, bold=True))
    sheet.right(2, "Độc lập - Tự do - Hạnh phúc", _font(14, bold=True, u=True))
    code_row = 4
    if form.number_line:
        sheet.left(4, form.number_line, _font(13))
        cells["place_date"] = CellSpec(
            sheet.right(4, "…, ngày … tháng … năm …", _font(13, italic=True))
        )
        code_row = 5
    sheet.left(code_row, form.form_code, _font(12, bold=True), _align("left", wrap=False))
    if form.circular:
        sheet.left(5, form.circular, _font(11, italic=True), _align("left", wrap=False))
    lines = (
        (4, "reporting_unit", "Đơn vị báo cáo: "),
        (5, "receiving_unit", "Đơn vị nhận báo cáo: "),
    )
    for row, key, label in lines if form.unit_lines else ():
        address = sheet.right(row, label, _font(12), _align("left"))
        cells[key] = CellSpec(address, format=label + "{value}")
    sheet.across(7, form.title, _font(14, bold=True))
    address = sheet.across(8, "Kỳ báo cáo: ", _font(13, bold=True))
    cells["period_label"] = CellSpec(address, format="Kỳ báo cáo: {value}")
    cells["window"] = CellSpec(sheet.across(9, "(Từ ngày … đến ngày …)", _font(13, italic=True)))
    if form.unit_text:
        sheet.right(10, form.unit_text, _font(12, italic=True), _align("right", wrap=False))
    if form.subtitle:
        address = sheet.across(10, form.subtitle.replace("{value}", "…"), _font(13, bold=True))
        cells["subtitle"] = CellSpec(address, format=form.subtitle)
    for row, height in ((1, 18), (2, 20), (4, 18), (5, 18), (7, 24), (8, 20), (9, 20), (10, 20)):
        ws.row_dimensions[row].height = height

    # Table header: TT and the label column span every header row.
    top = 11
    depth = len(form.header_heights)
    head_font = _font(12, bold=True)
    sheet.text(f"A{top}:A{top + depth - 1}", form.tt_text, head_font, _align(), border=_BOX)
    for letter, text in (*form.leading, (form.label_column, form.label_header)):
        span = f"{letter}{top}:{letter}{top + depth - 1}"
        sheet.text(span, text, head_font, _align(), border=_BOX)
    for first, r1, end, r2, text in form.header:
        sheet.text(f"{first}{top + r1}:{end}{top + r2}", text, head_font, _align(), border=_BOX)
    for offset, height in enumerate(form.header_heights):
        ws.row_dimensions[top + offset].height = height
    numbers = top + depth
    for column in range(1, width + 1):
        cell = ws.cell(row=numbers, column=column, value=f"({column})")
        cell.font = _font(11, italic=True)
        cell.alignment = _align()
        cell.border = _BOX

    # Prepared rows, then the total row.
    first_data = numbers + 1
    formats = dict(form.formats)
    last_table_row = first_data + form.prepared_rows - (0 if form.total else 1)
    for row in range(first_data, last_table_row + 1):
        for column in range(1, width + 1):
            cell = ws.cell(row=row, column=column)
            letter = get_column_letter(column)
            cell.border = _BOX
            cell.font = _font()
            if column == 1:
                cell.alignment = _align()
            elif letter == form.label_column or letter in form.text_columns:
                cell.alignment = _align("left", indent=1)
            else:
                cell.alignment = _align("right", wrap=False, indent=1)
                cell.number_format = formats.get(letter, NUMBER_FORMAT)
    total_row = first_data + form.prepared_rows
    if form.total:
        for column in range(1, width + 1):
            ws.cell(row=total_row, column=column).font = _font(bold=True)
        label_index = column_index_from_string(form.label_column)
        ws.cell(row=total_row, column=label_index, value="Tổng số").alignment = _align()

    # Notes, place and date, signature block; the names go under the space for signatures.
    place = total_row + (2 if form.total else 1)
    if form.notes:
        sheet.text(
            f"A{place}:{last}{place}", "Ghi chú:", _font(12, bold=True), _align("left", wrap=False)
        )
        for offset, note in enumerate(form.notes, start=1):
            ref = f"A{place + offset}:{last}{place + offset}"
            sheet.text(ref, f"- {note}", _font(12), _align("left"))
            ws.row_dimensions[place + offset].height = 33 if len(note) > 120 else 18
        place += len(form.notes) + 2
    if "place_date" not in cells:
        cells["place_date"] = CellSpec(
            sheet.right(place, "…, ngày … tháng … năm …", _font(13, italic=True))
        )
    sheet.left(place + 1, form.signatures[0], _font(13, bold=True))
    sheet.right(place + 1, form.signatures[1], _font(13, bold=True))
    sheet.left(place + 2, "(Ký, ghi rõ họ tên)", _font(12, italic=True))
    sheet.right(place + 2, "(Ký tên, đóng dấu)", _font(12, italic=True))
    names = place + 7
    cells["officer"] = CellSpec(sheet.left(names, "", _font(13, bold=True)))
    cells["head"] = CellSpec(sheet.right(names, "", _font(13, bold=True)))
    for row in range(place, names + 1):
        ws.row_dimensions[row].height = 20

    _page_setup(ws, form, last, top, numbers, names, first_data)
    label_index = column_index_from_string(form.label_column)
    columns = {str(n): get_column_letter(n) for n in range(2, width + 1) if n != label_index}
    mapping = Mapping(
        form=form.folder,
        workbook="builtin.xlsx",
        sheet=ws.title,
        description=form.description,
        cells=cells,
        tables=[
            TableSpec(
                anchor=f"A{first_data}",
                row_key=form.row_key,
                number_column="A",
                label_column=form.label_column,
                columns=columns,
                prepared_rows=form.prepared_rows,
                unused_rows="delete",
                total=TotalSpec("Tổng số") if form.total else None,
                groups=GroupSpec("roman", subtotals=True) if form.grouped else None,
            )
        ],
    )
    return workbook, mapping


def _page_setup(
    ws: Worksheet, form: Form, last: str, top: int, numbers: int, end: int, first_data: int
) -> None:
    widths = {"A": 5.5, "B": 34 if form.row_key == "sector" else 30}
    for column in range(3, column_index_from_string(last) + 1):
        widths[get_column_letter(column)] = 11.5 if form.folder.startswith("II.07b") else 10.5
    widths.update(dict(form.widths))
    for letter, value in widths.items():
        ws.column_dimensions[letter].width = value
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    # NĐ 30/2020: top and bottom 20-25 mm, left 30-35 mm, right 15-20 mm.
    ws.page_margins.top = 2.0 * _CM
    ws.page_margins.bottom = 2.0 * _CM
    ws.page_margins.left = 3.0 * _CM
    ws.page_margins.right = 1.5 * _CM
    ws.page_margins.header = 0.8 * _CM
    ws.page_margins.footer = 0.8 * _CM
    # Page numbers centred at the top, none on the first page (NĐ 30/2020).
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = f"{FONT},Regular"
    ws.oddHeader.center.size = 13
    ws.print_title_rows = f"{top}:{numbers}"
    ws.print_area = f"A1:{last}{end}"
    ws.freeze_panes = (
        f"{get_column_letter(column_index_from_string(form.label_column) + 1)}{first_data}"
    )
    # Rows without a height of their own (every table row) get room for 12 pt text and borders;
    # a sheet default rather than per-row heights keeps inserted rows light to write.
    ws.sheet_format.defaultRowHeight = 18.75
    ws.sheet_format.customHeight = True
    ws.sheet_view.zoomScale = 100


def build(form: Form) -> tuple[bytes, Mapping]:
    """The template workbook as deterministic bytes, and its mapping."""
    workbook, mapping = _layout(form)
    workbook.properties.creator = "egov_desktop"
    workbook.properties.created = _FIXED_TIME
    raw = io.BytesIO()
    workbook.save(raw)
    return _normalise(raw.getvalue()), mapping


def _normalise(data: bytes) -> bytes:
    """Same content -> same bytes: fixed zip times and a fixed `modified` date."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                    rb"\g<1>2025-01-01T00:00:00Z\g<2>",
                    content,
                )
            entry = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()


def parts(data: bytes) -> dict[str, bytes]:
    """Decompressed parts: what two builds are compared by (zlib output may vary by platform)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def mapping_text(mapping: Mapping) -> str:
    """The mapping file exactly as `save_mapping` writes it."""
    return tomli_w.dumps(mapping_to_dict(mapping))


def main(argv: list[str] | None = None) -> int:
    """Write (or with --check, compare) every built-in template; 1 when any is out of date."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    stale = []
    for form in FORMS:
        data, mapping = build(form)
        folder = args.out / form.folder
        workbook_path = folder / "builtin.xlsx"
        mapping_path = folder / "builtin.toml"
        if args.check:
            if not workbook_path.is_file() or parts(workbook_path.read_bytes()) != parts(data):
                stale.append(workbook_path)
            if not mapping_path.is_file() or mapping_path.read_text("utf-8") != mapping_text(
                mapping
            ):
                stale.append(mapping_path)
            continue
        folder.mkdir(parents=True, exist_ok=True)
        workbook_path.write_bytes(data)
        save_mapping(mapping, mapping_path)
        print(f"wrote {workbook_path}")
    for path in stale:
        print(f"out of date: {path}")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
