"""A real-looking dossier register, written as .xlsx, BIFF .xls and HTML-as-.xls for tests;
and one dossier typed into a unit's register."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from egov_desktop.bootstrap import Services
    from egov_desktop.services.register_dto import DossierInfo


def add_dossier(
    services: Services,
    code: str,
    received: date,
    *,
    due: date | None = None,
    sector: str = "Hộ tịch",
) -> DossierInfo:
    """A dossier of `sector` handed in at the desk, due ten days after it came (unless `due`)."""
    from egov_desktop.services.register_dto import DossierInput

    return services.register.add(
        DossierInput(
            code=code,
            sector=sector,
            channel="direct",
            received=received,
            due=due or received + timedelta(days=10),
        )
    )


TITLE = [
    ["UBND PHƯỜNG BA ĐÌNH", None, None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["BỘ PHẬN MỘT CỬA", None, None, None, "Độc lập - Tự do - Hạnh phúc"],
    [],
    [None, None, "SỔ THEO DÕI HỒ SƠ"],
]
# Two header rows: the group "Nhận và trả kết quả" spans the four date/channel columns.
HEADER_1 = [
    "STT",
    "Mã hồ sơ",
    "Tên TTHC",
    "Lĩnh vực",
    "Tên tổ chức, cá nhân",
    "Địa chỉ/SĐT",
    "Hình thức nộp",
    "Nhận và trả kết quả",
    None,
    None,
    None,
    "Trạng thái",
    "Ghi chú",
]
HEADER_2 = [
    None,
    None,
    None,
    None,
    None,
    None,
    None,
    "Nhận hồ sơ",
    "Hẹn trả kết quả",
    "Ngày có kết quả",
    "Trả kết quả",
    None,
    None,
]
NUMBERING = [f"({n})" for n in range(1, 14)]
NFD_NAME = unicodedata.normalize("NFD", "Nguyễn Văn An")
ROWS = [
    [
        1,
        "H01.001",
        "Đăng ký khai sinh",
        "Hộ tịch",
        NFD_NAME,
        "Ba Đình / 0912",
        "Trực tuyến",
        date(2025, 7, 1),
        date(2025, 7, 3),
        date(2025, 7, 2),
        date(2025, 7, 2),
        "Đã giải quyết",
        "",
    ],
    [
        2,
        "H01.002",
        "Chứng thực bản sao",
        "Chứng thực",
        "Trần Thị Bình",
        "",
        "Trực tiếp",
        "02/07/2025",
        "02/07/2025",
        "02/07/2025 16:30",
        "",
        "Đã giải quyết",
        "",
    ],
    [],
    [
        3,
        "H01.003",
        "Cấp GCN quyền sử dụng đất",
        "Đất đai",
        "Lê Văn Cường",
        "",
        "BCCI",
        45850,
        45870,
        None,
        None,
        "Đang giải quyết",
        "serial dates",
    ],
    [
        4,
        "H01.004",
        "Đăng ký kết hôn",
        "Hộ tịch",
        "Phạm Thị Dung",
        "",
        "Trực tuyến",
        "2025-07-10",
        "2025-07-15 08:00:00",
        None,
        None,
        "Chờ bổ sung",
        "",
    ],
]
FOOTER = [
    [],
    ["Tổng số hồ sơ: 4"],
    [None, None, None, None, None, None, None, None, "NGƯỜI LẬP SỔ"],
]


def _all_rows() -> list[list[object]]:
    return [*TITLE, HEADER_1, HEADER_2, NUMBERING, *ROWS, *FOOTER]


def write_rows(path: Path, rows: list[list[object]], merged: Sequence[str] = ()) -> Path:
    """A workbook at `path` whose first sheet holds `rows` from A1 (a file a user would pick).

    `merged` are cell ranges ("C3:D3") merged as a clerk merges a header's group label.
    """
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    for cells in merged:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def write_giao_dat(path: Path) -> Path:
    """A procedure list of one TTHC, 1.002 "Giao đất" of sector "Đất đai", 3 working days."""
    return write_rows(
        path,
        [
            ["Mã TTHC", "Tên TTHC", "Lĩnh vực", "Thời gian giải quyết"],
            ["1.002", "Giao đất", "Đất đai", "3 ngày làm việc"],
        ],
    )


#: `dossiers add` or `edit` naming the hidden sector "Đất đai" (or a procedure of it).
HIDDEN_DAT_DAI = (
    'Lỗi: Lĩnh vực "Đất đai" đang bị ẩn trong danh sách lĩnh vực của đơn vị. Để dùng lại, hãy'
    ' hiện lại ở trang Lĩnh vực. Dòng lệnh: egov sectors show "Đất đai".'
)


def write_xlsx(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "So theo doi"
    for row in _all_rows():
        sheet.append(list(row))
    header_row = len(TITLE) + 1
    for col in (1, 2, 3, 4, 5, 6, 7, 12, 13):
        sheet.merge_cells(
            start_row=header_row, end_row=header_row + 1, start_column=col, end_column=col
        )
    sheet.merge_cells(start_row=header_row, end_row=header_row, start_column=8, end_column=11)
    for cells in sheet.iter_rows(min_row=header_row + 3):
        for cell in cells:
            if isinstance(cell.value, (date, datetime)):
                cell.number_format = "DD/MM/YYYY"
    book.save(path)
    return path


def write_xls(path: Path) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("So theo doi")
    date_style = xlwt.easyxf(num_format_str="DD/MM/YYYY")
    for r, row in enumerate(_all_rows()):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, (date, datetime)):
                sheet.write(r, c, value, date_style)
            else:
                sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_html(path: Path) -> Path:
    def cell(value: object, tag: str = "td", attrs: str = "") -> str:
        if isinstance(value, date):
            value = value.strftime("%d/%m/%Y")
        return f"<{tag}{attrs}>{'' if value is None else value}</{tag}>"

    lines = [
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        "</head><body><table border=1>",
    ]
    for row in TITLE:
        lines.append("<tr>" + "".join(cell(v) for v in row) + "</tr>")
    first = []
    for value in HEADER_1:
        if value is None:
            continue
        span = ' colspan="4"' if value == "Nhận và trả kết quả" else ' rowspan="2"'
        first.append(cell(value, "th", span))
    lines.append("<tr>" + "".join(first) + "</tr>")
    lines.append("<tr>" + "".join(cell(v, "th") for v in HEADER_2 if v) + "</tr>")
    lines.append("<tr>" + "".join(cell(v) for v in NUMBERING) + "</tr>")
    for row in [*ROWS, *FOOTER]:
        values = ["&nbsp;" if v is None else v for v in row]
        if len(row) > 8 and isinstance(row[7], int):
            values[7] = "15/07/2025"
            values[8] = "04/08/2025"
        lines.append("<tr>" + "".join(cell(v) for v in values) + "</tr>")
    lines.append("</table></body></html>")
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
