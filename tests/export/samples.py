"""Report data used by the export tests: figures that satisfy identities I1-I4 of II.06a."""

from __future__ import annotations

from datetime import date, datetime

from egov_desktop.export.model import ReportData, RowGroup, TableRow, place_date_line
from egov_desktop.export.receipt import ReceiptData

SECTORS = (
    "Chứng thực",
    "Hộ tịch",
    "Đất đai",
    "Bảo trợ xã hội",
    "Người có công",
    "Hoạt động xây dựng",
    "Lao động, tiền lương",
    "Giáo dục và Đào tạo",
)

FIXED = {
    "parent_agency": "UBND Thành phố Hà Nội",
    "agency_name": "UBND Phường Ba Đình",
    "unit_name": "Phường Ba Đình",
    "reporting_unit": "UBND Phường Ba Đình",
    "receiving_unit": "Văn phòng UBND Thành phố Hà Nội",
    "period_label": "Quý III năm 2025",
    "window": "(Từ ngày 15/06/2025 đến ngày 14/09/2025)",
    "place_date": place_date_line("Ba Đình", date(2025, 9, 5)),
    "officer": "Nguyễn Văn An",
    "head": "Trần Thị Bình",
}


def ii06a_values(seed: int) -> dict[str, int | float | date | str | None]:
    """Columns 3-13 of one row, consistent with (3)=(4)+(5)+(6), (7)=(8)+(9)+(10), (11)=(12)+(13),
    (3)=(7)+(11)."""
    online, direct, carried = 3 * seed + 1, 2 * seed + 5, seed % 4
    received = online + direct + carried
    early, late = seed % 3, seed % 2
    resolved = received - (seed % 5) - 1
    on_time = resolved - early - late
    pending = received - resolved
    overdue = min(pending, seed % 2)
    return {
        "3": received, "4": online, "5": direct, "6": carried,
        "7": resolved, "8": early, "9": on_time, "10": late,
        "11": pending, "12": pending - overdue, "13": overdue,
    }  # fmt: skip


def ii06a_data(count: int = len(SECTORS)) -> ReportData:
    rows = [
        TableRow(f"s{i}", SECTORS[i % len(SECTORS)] + ("" if i < len(SECTORS) else f" {i}"),
                 ii06a_values(i + 1))
        for i in range(count)
    ]  # fmt: skip
    return ReportData("II.06a", dict(FIXED), rows)


GROUPS = (
    RowGroup("dept", "Sở, ban, ngành"),
    RowGroup("commune", "Xã, phường, đặc khu"),
)


def ii06a_agg_data(units_per_group: int = 3) -> ReportData:
    rows = []
    for g, group in enumerate(GROUPS):
        for i in range(units_per_group):
            label = f"{'Sở' if g == 0 else 'Phường'} số {i + 1}"
            rows.append(TableRow(f"{group.key}{i}", label, ii06a_values(10 * g + i), group.key))
    return ReportData("II.06a-agg", dict(FIXED), rows, groups=list(GROUPS))


def ii07b_data() -> ReportData:
    rows = []
    for i, name in enumerate(
        ("UBND Phường Ba Đình", "UBND Phường Ngọc Hà", "UBND Phường Giảng Võ")
    ):
        base = {"4": 0, "5": 0, "6": 100 + i}
        values: dict[str, int | float | date | str | None] = {"3": sum(base.values()), **base}
        values.update({"7": 90 + i, "8": 0, "9": 0, "10": 90 + i})
        values.update({"11": 80 + i, "12": 0, "13": 0, "14": 80 + i})
        rows.append(TableRow(f"u{i}", name, values))
    return ReportData("II.07b", dict(FIXED), rows)


#: Two procedures of a commune's register whose names wrap over several lines.
LONG_PROCEDURES = (
    "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan tổ chức có thẩm quyền của "
    "Việt Nam cấp",
    "Cấp giấy phép xây dựng đối với công trình, nhà ở riêng lẻ tại đô thị thuộc thẩm quyền "
    "của Ủy ban nhân dân cấp xã",
)


def register_data() -> ReportData:
    """Two dossiers of the Sổ theo dõi hồ sơ with long procedure, applicant and address texts."""
    rows = [
        TableRow(
            f"d{i}",
            f"H26.001.{i:05d}",
            {
                "3": procedure,
                "4": "Công ty TNHH Thương mại và Dịch vụ Kỹ thuật Hoàng Long",
                "5": "Số 147 phố Nguyễn Thái Học, phường Ba Đình, 0978375116",
                "6": "UBND phường",
                "7": date(2025, 8, 1 + i),
                "8": date(2025, 8, 20),
            },
        )
        for i, procedure in enumerate(LONG_PROCEDURES, start=1)
    ]
    fixed = dict(FIXED, subtitle="Tất cả lĩnh vực")
    return ReportData("register", fixed, rows)


AT = datetime(2025, 10, 2, 14, 5)
#: The receipt an office prints for Phường Ba Đình's package.
RECEIPT = ReceiptData(
    returned=False,
    parent_agency="",
    office_name="UBND Thành phố Hà Nội",
    unit_name="Phường Ba Đình",
    unit_code="00004",
    period_label="Quý III năm 2025",
    window_text="(Từ ngày 15/06/2025 đến ngày 14/09/2025)",
    forms=("II.06a", "766"),
    version=1,
    package_id="0f" * 16,
    sent_at=AT,
    received_at=AT,
    replied_at=AT,
    officer="Lê Thị Phương Thảo",
    place_date="Hà Nội, ngày 02 tháng 10 năm 2025",
)
#: A reason as an office writes one: five lines or so in the value's column.
LONG_REASON = (
    "Số liệu cột 6 (Từ kỳ trước) của các lĩnh vực Hộ tịch, Chứng thực và Đất đai không khớp với "
    "cột 11 của kỳ trước đã gửi; cột 9 (Đúng hạn) của lĩnh vực Bảo trợ xã hội lớn hơn cột 7. "
    "Đề nghị đơn vị rà soát lại sổ theo dõi hồ sơ, điều chỉnh số liệu và gửi lại trước ngày "
    "10/10/2025 để tổng hợp báo cáo Văn phòng Chính phủ."
)
