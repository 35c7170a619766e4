"""Register import notes: the preview says what will happen, the applied import what happened."""

from __future__ import annotations

from pathlib import Path

from egov_desktop.bootstrap import Services
from tests import registers

#: No "Hình thức nộp" column; a new sector, a hidden one, a row without its due date and one
#: whose status its end date contradicts: every note the import writes.
ROWS: list[list[object]] = [
    ["Mã hồ sơ", "Lĩnh vực", "Ngày nhận", "Hẹn trả", "Ngày có kết quả", "Trạng thái"],
    ["N1", "Sector Mới", "01/07/2025", "05/07/2025", None, None],
    ["N2", "Đất đai", "01/07/2025", "05/07/2025", None, None],
    ["N3", "Hộ tịch", "01/07/2025", None, None, None],
    ["N4", "Hộ tịch", "01/07/2025", "05/07/2025", "03/07/2025", "Đang giải quyết"],
]

PREVIEW = [
    'Tệp không có cột "Hình thức nộp": các hồ sơ mới được ghi là nộp trực tiếp.',
    "Lĩnh vực mới: Sector Mới (1 dòng). Các lĩnh vực này chưa có trong danh sách lĩnh vực của"
    " đơn vị và trong sổ: mỗi lĩnh vực sẽ thành một dòng mới của biểu II.06a. Tên nào gõ sai thì"
    " hãy sửa trong tệp rồi nhập: hồ sơ đã nhập được cập nhật theo mã hồ sơ.",
    "Lĩnh vực đang ẩn: Đất đai (1 dòng). Các dòng này vẫn được nhập vào lĩnh vực đó, và lĩnh vực"
    " sẽ hiện lại trong báo cáo: biểu II.06a của kỳ có các hồ sơ này có dòng của lĩnh vực dù đơn"
    " vị đã ẩn. Nếu hồ sơ đúng thuộc lĩnh vực này, có thể hiện lại lĩnh vực ở trang Lĩnh vực; nếu"
    " tệp ghi nhầm lĩnh vực, hãy sửa trong tệp rồi nhập: hồ sơ đã nhập được cập nhật theo mã hồ"
    " sơ.",
    "1 dòng có hồ sơ còn thiếu ngày (danh sách bên dưới): các dòng này vẫn được nhập, hồ sơ được"
    " đánh dấu cần bổ sung và được đếm theo các ngày đã có. Hãy bổ sung trong tệp rồi nhập lại,"
    " hoặc sửa từng hồ sơ trong sổ.",
    "1 dòng có ngày có kết quả nhưng trạng thái là đang giải quyết hoặc chờ bổ sung (danh sách"
    " bên dưới): các dòng này vẫn được nhập, hồ sơ được tính là đã giải quyết theo ngày có kết"
    " quả. Hãy xem lại trạng thái hoặc ngày trong tệp.",
]

APPLIED = [
    'Tệp không có cột "Hình thức nộp": các hồ sơ mới đã được ghi là nộp trực tiếp.',
    "Lĩnh vực mới: Sector Mới (1 dòng). Các lĩnh vực này chưa có trong danh sách lĩnh vực của"
    " đơn vị và trong sổ trước khi nhập: mỗi lĩnh vực đã thành một dòng mới của biểu II.06a. Tên"
    " nào gõ sai thì hãy sửa trong tệp rồi nhập lại: hồ sơ đã nhập được cập nhật theo mã hồ sơ.",
    "Lĩnh vực đang ẩn: Đất đai (1 dòng). Các dòng này đã được nhập vào lĩnh vực đó, và lĩnh vực"
    " đã hiện lại trong báo cáo: biểu II.06a của kỳ có các hồ sơ này có dòng của lĩnh vực dù đơn"
    " vị đã ẩn. Nếu hồ sơ đúng thuộc lĩnh vực này, có thể hiện lại lĩnh vực ở trang Lĩnh vực; nếu"
    " tệp ghi nhầm lĩnh vực, hãy sửa trong tệp rồi nhập lại: hồ sơ đã nhập được cập nhật theo mã"
    " hồ sơ.",
    "1 dòng có hồ sơ còn thiếu ngày (danh sách bên dưới): các dòng này đã được nhập, hồ sơ đã"
    " được đánh dấu cần bổ sung và được đếm theo các ngày đã có. Hãy bổ sung trong tệp rồi nhập"
    " lại, hoặc sửa từng hồ sơ trong sổ.",
    "1 dòng có ngày có kết quả nhưng trạng thái là đang giải quyết hoặc chờ bổ sung (danh sách"
    " bên dưới): các dòng này đã được nhập, hồ sơ được tính là đã giải quyết theo ngày có kết"
    " quả. Hãy xem lại trạng thái hoặc ngày trong tệp rồi nhập lại, hoặc sửa từng hồ sơ trong"
    " sổ.",
]


def test_the_preview_says_what_will_happen_and_the_import_what_happened(
    commune: Services, tmp_path: Path
) -> None:
    commune.sectors.set_hidden(commune.sectors.find("Đất đai").id, True)
    path = registers.write_rows(tmp_path / "n.xlsx", ROWS)
    preview = commune.register_import.preview(path)
    assert list(preview.notes) == PREVIEW
    done = commune.register_import.apply(path)
    assert done.new == 4 and list(done.notes) == APPLIED
    # Applied again, nothing is written; the rows are in the register, as the notes say.
    again = commune.register_import.apply(path)
    assert (again.new, again.unchanged, again.backup) == (0, 4, None)
    assert list(again.notes) == [APPLIED[0], *APPLIED[3:]]
    assert list(commune.register_import.preview(path).notes) == [PREVIEW[0], *PREVIEW[3:]]


def test_a_note_on_how_the_file_was_read_is_the_same_before_and_after(
    commune: Services, tmp_path: Path
) -> None:
    rows: list[list[object]] = [
        ["Mã hồ sơ", "Lĩnh vực", "Hình thức nộp", "Ngày nhận", "Hẹn trả", "Thanh toán trực tuyến"],
        ["K1", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", "50.000"],
        ["K2", "Hộ tịch", "Trực tuyến", "01/07/2025", "03/07/2025", 20000],
    ]
    path = registers.write_rows(tmp_path / "k.xlsx", rows)
    note = (
        'Cột "Thanh toán trực tuyến" không ghi có/không (ví dụ "50.000"): đã bỏ qua cột này,'
        " các hồ sơ đã có giữ nguyên thông tin này."
    )
    assert commune.register_import.preview(path).notes == (note,)
    assert commune.register_import.apply(path).notes == (note,)
