"""Vietnamese messages produced below the UI, shared word for word by the GUI and the CLI."""

from __future__ import annotations

DISK_FULL = "Ổ đĩa đã đầy, không thể ghi dữ liệu. Hãy giải phóng dung lượng rồi thử lại."
READ_ONLY = (
    "Không có quyền ghi vào thư mục dữ liệu {path}. "
    "Hãy chọn thư mục khác hoặc nhờ cán bộ CNTT cấp quyền ghi."
)
LOCKED = (
    "Cơ sở dữ liệu đang bị một chương trình khác khóa. "
    "Hãy đóng chương trình đó (hoặc chờ ít phút) rồi thử lại."
)
CORRUPT = "Tệp cơ sở dữ liệu {path} bị hỏng ({detail}). Có thể khôi phục từ bản sao lưu gần nhất."
CANNOT_OPEN = "Không mở được cơ sở dữ liệu {path}: {detail}"
NEWER_DATABASE = (
    "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản lược đồ {revision}). "
    "Hãy cài đặt phiên bản mới nhất của ứng dụng."
)
NO_BACKUP = "Chưa có bản sao lưu nào trong thư mục {path}."
BACKUP_NOT_FOUND = "Không tìm thấy tệp sao lưu {path}."
BACKUP_INVALID = "Tệp {path} không phải là bản sao lưu hợp lệ ({detail})."
NOT_SET_UP = (
    "Chưa thiết lập đơn vị cho thư mục dữ liệu này. "
    "Chạy: egov setup --unit MÃ_ĐƠN_VỊ --role commune|aggregator"
)
UNKNOWN_UNIT = 'Không tìm thấy đơn vị hành chính có mã "{code}" trong danh mục {catalog}.'
UNKNOWN_ROLE = 'Vai trò không hợp lệ: "{value}" (chọn commune hoặc aggregator).'
UNKNOWN_PERIOD_MODE = 'Cách tính kỳ báo cáo không hợp lệ: "{value}" (chọn cutoff hoặc calendar).'
UNKNOWN_CATALOG = 'Danh mục đơn vị hành chính không hợp lệ: "{value}" (chọn 2025 hoặc legacy).'
COMMUNE_ROLE_NEEDS_COMMUNE = (
    'Đơn vị "{name}" ({code}) không phải cấp xã; vai trò Bộ phận Một cửa cấp xã '
    "cần mã đơn vị cấp xã (5 chữ số)."
)
AGGREGATOR_NEEDS_UPPER = (
    'Đơn vị "{name}" ({code}) là cấp xã; cơ quan tổng hợp cần mã tỉnh/thành phố '
    "(2 chữ số) hoặc quận/huyện (3 chữ số, danh mục trước 2025)."
)
UNIT_ALREADY_BOUND = (
    'Thư mục dữ liệu này đã gắn với đơn vị "{name}" ({code}). '
    "Không thể đổi sang đơn vị khác; hãy dùng một thư mục dữ liệu khác (--data-dir)."
)
NAME_TOO_LONG = "{field} quá dài (tối đa {limit} ký tự)."
ALREADY_RUNNING = (
    "Ứng dụng đang chạy với thư mục dữ liệu {path}. Hãy chuyển sang cửa sổ đang mở thay vì mở thêm."
)
NO_DISPLAY = (
    "Không tìm thấy màn hình (biến DISPLAY hoặc WAYLAND_DISPLAY trống). "
    "Hãy chạy ứng dụng trong phiên làm việc có giao diện đồ họa."
)
BAD_PERIOD_CODE = 'Mã kỳ báo cáo không hợp lệ: "{code}".'
BAD_PERIOD_RANGE = 'Kỳ báo cáo tùy chọn có ngày bắt đầu sau ngày kết thúc: "{code}".'

# Data packages and reply files (exchange).
PACKAGE_NOT_A_PACKAGE = "Tệp {name} không phải là gói dữ liệu báo cáo (không đọc được dạng nén)."
PACKAGE_TRUNCATED = "Tệp {name} bị hỏng hoặc chưa chép hết ({detail})."
PACKAGE_MISSING_PART = 'Gói {name} thiếu phần "{part}".'
PACKAGE_UNSAFE_ENTRY = 'Gói {name} chứa đường dẫn không an toàn "{entry}"; gói bị từ chối.'
PACKAGE_UNEXPECTED_ENTRY = 'Gói {name} chứa phần lạ "{entry}"; gói bị từ chối.'
PACKAGE_TOO_LARGE = "Gói {name} quá lớn hoặc nén bất thường ({detail}); gói bị từ chối."
PACKAGE_BAD_MANIFEST = "Phần mô tả của gói {name} không hợp lệ: {detail}."
PACKAGE_UNKNOWN_FORMAT = (
    "Gói {name} dùng định dạng phiên bản {version}, phiên bản ứng dụng này chưa hỗ trợ. "
    "Hãy cập nhật ứng dụng."
)
PACKAGE_HASH_MISMATCH = (
    "Gói {name} đã bị thay đổi sau khi tạo (mã kiểm tra SHA-256 không khớp); gói bị từ chối."
)

# Reading spreadsheets (register import).
SPREADSHEET_UNKNOWN = (
    "Tệp {name} không phải bảng tính Excel (.xlsx, .xls) hoặc bảng HTML xuất từ hệ thống một cửa."
)
SPREADSHEET_UNREADABLE = "Không đọc được tệp {name}: {detail}"

# Report entry: forms, sectors, figures, status.
UNKNOWN_FORM = 'Không có biểu báo cáo "{code}" (các biểu hiện có: {known}).'
UNKNOWN_COLUMN = "Biểu {form} không có cột số liệu ({column}); các cột nhập được: {columns}."
UNKNOWN_ROW = 'Biểu {form} không có dòng "{name}".'
UNKNOWN_ROW_ID = "Biểu {form} không có dòng số hiệu {row}."
UNKNOWN_SECTOR = 'Không tìm thấy lĩnh vực "{name}" trong danh sách lĩnh vực của đơn vị.'
UNKNOWN_SECTOR_ID = "Không tìm thấy lĩnh vực có số hiệu {sector_id}."
SECTOR_NAME_EMPTY = "Tên lĩnh vực không được để trống."
SECTOR_EXISTS = 'Lĩnh vực "{name}" đã có trong danh sách (trùng với "{existing}").'
VALUE_NOT_INTEGER = (
    'Giá trị "{text}" không phải là số nguyên; hãy nhập số hồ sơ, ví dụ 12 hoặc 1.234.'
)
VALUE_DECIMAL = 'Giá trị "{text}" có phần thập phân; số hồ sơ phải là số nguyên.'
VALUE_NEGATIVE = 'Giá trị "{text}" là số âm; số hồ sơ không được âm.'
VALUE_TOO_LARGE = 'Giá trị "{text}" quá lớn (tối đa {limit}); hãy kiểm tra lại số đã nhập.'
UNKNOWN_STATUS = 'Trạng thái không hợp lệ: "{value}" (chọn empty, in_progress hoặc done).'
DONE_HAS_ERRORS = "Chưa thể đánh dấu hoàn thành vì biểu còn lỗi{where}: {message}"
DONE_NEEDS_NOTE = (
    "Biểu còn {count} cảnh báo ({message}). Hãy ghi chú ngắn lý do trước khi đánh dấu hoàn thành."
)
BAD_DEADLINE = 'Số ngày hạn nộp báo cáo không hợp lệ: "{value}" (từ 0 đến {limit} ngày).'
