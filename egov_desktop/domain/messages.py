"""Vietnamese messages produced below the UI, shared word for word by the GUI and the CLI.

A message that tells the clerk what to do names the page and the button of the windows; the
command doing the same from the command line is its `_CLI` hint beside it, carried apart
(UserError.cli_hint, Problem.cli_hint) and printed by the CLI only: a clerk in the windows is
never told to type a command.

A message names a period as the windows do, by its label ("Quý III năm 2025", "Biểu II.06a
Quý III năm 2025"), never by its code: only a `_CLI` hint's command keeps the code
(`--period 2025-Q3`).
"""

from __future__ import annotations

DISK_FULL = "Ổ đĩa đã đầy, không thể ghi dữ liệu. Hãy giải phóng dung lượng rồi thử lại."
READ_ONLY = (
    "Không có quyền ghi vào thư mục dữ liệu {path}. "
    "Hãy chọn thư mục khác hoặc nhờ cán bộ CNTT cấp quyền ghi."
)
DATA_FOLDER_IS_FILE = (
    "Thư mục dữ liệu {path} là một tệp, không phải thư mục. Hãy chọn thư mục khác."
)
DATA_FOLDER_UNDER_FILE = (
    "Không tạo được thư mục dữ liệu {path}: {file} là một tệp, không phải thư mục. "
    "Hãy chọn thư mục khác."
)
# Why the system refused a file (domain/file_errors.py): Python's own words are English.
FILE_UNREADABLE = "Không đọc được tệp {path}: {reason}."
FILE_UNWRITABLE = "Không ghi được {path}: {reason}."
FOLDER_UNREADABLE = "Không đọc được thư mục {path}: {reason}."
OS_NAME_TOO_LONG = "tên tệp hoặc đường dẫn quá dài"
OS_NOT_FOUND = "không có tệp hoặc thư mục này"
OS_NO_ACCESS = (
    "không có quyền truy cập, hoặc tệp đang được mở trong chương trình khác (ví dụ Excel); "
    "hãy đóng tệp rồi thử lại"
)
OS_DISK_FULL = "ổ đĩa đã đầy"
OS_READ_ONLY = "ổ đĩa hoặc thư mục chỉ cho phép đọc"
OS_IS_FOLDER = "đây là một thư mục, không phải tệp"
OS_NOT_FOLDER = "một phần của đường dẫn là tệp chứ không phải thư mục"
OS_EXISTS = "đã có một tệp trùng tên với thư mục cần tạo"
OS_EXISTS_NAMED = "đã có tệp {name} trùng tên với thư mục cần tạo"
OS_BAD_NAME = "tên tệp hoặc đường dẫn có ký tự không dùng được"
OS_BUSY = "tệp hoặc thư mục đang được chương trình khác sử dụng"
OS_DEVICE = "ổ đĩa hoặc thiết bị báo lỗi đọc ghi (ổ USB bị rút ra, ổ mạng mất kết nối?)"
OS_OTHER = "hệ điều hành báo lỗi số {code}"
OS_UNKNOWN = "hệ điều hành báo lỗi"
NETWORK_FOLDER = (
    "Thư mục dữ liệu {path} nằm trên {kind}. Cơ sở dữ liệu đặt trên ổ mạng có thể bị hỏng khi "
    "mạng chập chờn hoặc khi hai máy cùng mở. Hãy chọn thư mục trên ổ đĩa của máy này; thư mục "
    "dùng chung trên mạng chỉ dùng để nhận và gửi gói dữ liệu."
)
NETWORK_SHARE = "ổ mạng dùng chung"
LOCKED = (
    "Cơ sở dữ liệu đang bị một chương trình khác khóa. "
    "Hãy đóng chương trình đó (hoặc chờ ít phút) rồi thử lại."
)
CORRUPT = "Tệp cơ sở dữ liệu {path} bị hỏng ({detail}). Có thể khôi phục từ bản sao lưu gần nhất."
CORRUPT_NOT_DATABASE = "không phải tệp cơ sở dữ liệu của ứng dụng"
CORRUPT_MALFORMED = "cấu trúc tệp bị hỏng, thường do mất điện hoặc chép dở"
CORRUPT_CHECK_FAILED = "kiểm tra toàn vẹn báo lỗi; chi tiết ghi trong nhật ký"
CANNOT_OPEN = "Không mở được cơ sở dữ liệu {path}: {detail}"
NEWER_DATABASE = (
    "Cơ sở dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản lược đồ {revision}). "
    "Hãy cài đặt phiên bản mới nhất của ứng dụng."
)
CLOCK_BEHIND = (
    "Đồng hồ của máy tính đang chỉ {now}, sớm hơn lần ghi số liệu gần nhất ({latest}). Ngày giờ "
    "sai làm sai ngày hẹn trả, hạn nộp báo cáo và thời điểm ghi trong nhật ký: hãy chỉnh lại ngày "
    "giờ của máy (nếu máy hay bị lùi ngày khi khởi động, nhờ cán bộ CNTT thay pin CMOS)."
)
CLOCK_CONFIRM_CLI = "Nếu ngày giờ của máy đã đúng, xác nhận bằng lệnh: egov clock confirm"
CLOCK_NOT_BEHIND = (
    "Đồng hồ của máy tính không sớm hơn lần ghi số liệu gần nhất: không có gì cần xác nhận."
)
CLOCK_CONFIRMED = (
    "Đã xác nhận ngày giờ của máy ({now}) là đúng. Cảnh báo đồng hồ sẽ hiện lại nếu đồng hồ "
    "lùi về trước thời điểm này."
)
NO_BACKUP = "Chưa có bản sao lưu nào trong thư mục {path}."
BACKUP_NOT_FOUND = "Không tìm thấy tệp sao lưu {path}."
BACKUP_NOT_APP_DATA = "Tệp {path} không phải bản sao lưu dữ liệu của ứng dụng."
BACKUP_DAMAGED = "Bản sao lưu {path} bị hỏng ({detail}); hãy chọn bản sao lưu khác."
BACKUP_NEWER = (
    "Bản sao lưu {path} được tạo bởi phiên bản mới hơn của ứng dụng (phiên bản lược đồ "
    "{revision}). Hãy cài đặt phiên bản mới nhất của ứng dụng rồi khôi phục."
)
BACKUP_NOT_THIS_UNIT = (
    'Bản sao lưu {path} là dữ liệu của đơn vị "{other}" ({other_code}), không phải của đơn vị '
    '"{name}" ({code}) mà thư mục dữ liệu này gắn với.'
)
BACKUP_OTHER_UNIT = (
    BACKUP_NOT_THIS_UNIT
    + " Hãy khôi phục vào một thư mục dữ liệu mới hoặc thư mục dữ liệu của đơn vị đó."
)
#: How the command line names another data folder (BACKUP_OTHER_UNIT, UNIT_ALREADY_BOUND).
OTHER_DATA_DIR_CLI = "Dòng lệnh: chọn thư mục dữ liệu bằng --data-dir THƯ_MỤC."
NOT_SET_UP = "Chưa thiết lập đơn vị cho thư mục dữ liệu này."
NOT_SET_UP_CLI = "Chạy: egov setup --unit MÃ_ĐƠN_VỊ --role commune|aggregator"
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
    "Không thể đổi sang đơn vị khác; hãy dùng một thư mục dữ liệu khác."
)
NAME_TOO_LONG = "{field} quá dài (tối đa {limit} ký tự)."
ALREADY_RUNNING = (
    "Ứng dụng đang chạy với thư mục dữ liệu {path}. Hãy chuyển sang cửa sổ đang mở thay vì mở thêm."
)
RESTORE_WHILE_OPEN = (
    "Ứng dụng đang mở thư mục dữ liệu {path}: hãy đóng cửa sổ ứng dụng rồi khôi phục, hoặc "
    "khôi phục ngay trong trang Sao lưu của ứng dụng. Nếu chắc chắn ứng dụng đã đóng, hãy xóa "
    "tệp {lock}."
)
#: `egov backup restore --newest`: the newer backups it passed over, one per line below.
RESTORE_PASSED_OVER = "Lưu ý: đã bỏ qua {count} bản sao lưu không khôi phục được:"
NO_RESTORABLE_BACKUP_CLI = (
    "Không có bản sao lưu nào trong thư mục {path} khôi phục được (đã bỏ qua cả {count} bản, "
    "lý do ở trên); dữ liệu không thay đổi. Hãy chọn một tệp sao lưu khác bằng --file TỆP."
)
RESTORE_SENT_AFTER = (
    "Lưu ý: {count} gói đã gửi sau bản sao lưu này ({files}) không còn trong lịch sử gửi; "
    "tệp của chúng vẫn ở thư mục {folder} và gói gửi tiếp theo được đánh số sau chúng."
)
NO_DISPLAY = (
    "Không tìm thấy màn hình (biến DISPLAY hoặc WAYLAND_DISPLAY trống). "
    "Hãy chạy ứng dụng trong phiên làm việc có giao diện đồ họa."
)
BAD_PERIOD_CODE = (
    'Mã kỳ báo cáo không hợp lệ: "{code}". Viết như: 2025-M08 (tháng), 2025-Q3 (quý), 2025-H1'
    " (6 tháng), 2025-9M (9 tháng), 2025-Y (năm) hoặc 2025-07-01..2025-07-31 (tùy chọn)."
)
BAD_PERIOD_YEAR = 'Mã kỳ báo cáo không hợp lệ: "{code}" (năm phải từ {first} đến {last}).'
BAD_PERIOD_RANGE = 'Kỳ báo cáo tùy chọn có ngày bắt đầu sau ngày kết thúc: "{code}".'
BAD_PERIOD_DAY = 'Mã kỳ báo cáo không hợp lệ: "{code}": không có ngày {day} (năm-tháng-ngày).'

# Data packages and reply files (exchange).
PACKAGE_NOT_A_PACKAGE = "Tệp {name} không phải là gói dữ liệu báo cáo (không đọc được dạng nén)."
NOT_A_KIND = "Tệp {name} không phải là {expected}: không đọc được dạng nén."
#: What each kind of file is called (keys: domain/file_kinds.py).
FILE_KINDS = {
    "workbook": "bảng tính Excel (.xlsx, .xls)",
    "package": "gói dữ liệu báo cáo (.egov)",
    "reply": "tệp phản hồi (.egovr)",
    "bundle": "gói mẫu biểu (.egovt)",
}
#: A file of another kind given in place of the one expected: what it is and where it goes.
FILE_IS_OTHER_KIND = {
    "workbook": (
        "Tệp {name} là bảng tính Excel, không phải {expected}. Biểu báo cáo đơn vị đã điền được "
        "đọc ở trang Tiếp nhận báo cáo (Nhập số liệu thay đơn vị…); sổ theo dõi hồ sơ được nhập "
        "ở trang Sổ theo dõi hồ sơ (Nhập từ Excel…)."
    ),
    "package": (
        "Tệp {name} là gói dữ liệu báo cáo (.egov) do cấp xã gửi, không phải {expected}. "
        "Cấp nhận báo cáo nhập gói này ở trang Tiếp nhận báo cáo (Nhập gói báo cáo…)."
    ),
    "reply": (
        "Tệp {name} là tệp phản hồi (.egovr) cấp nhận báo cáo gửi về, không phải {expected}. "
        "Cấp xã nhập tệp này ở trang Gửi báo cáo (Nhập phản hồi của cấp trên…)."
    ),
    "bundle": (
        "Tệp {name} là gói mẫu biểu (.egovt), không phải {expected}. "
        "Gói mẫu biểu được nhập ở trang Mẫu biểu (Nhập gói mẫu…)."
    ),
}
FILE_IS_OTHER_KIND_CLI = {
    "workbook": (
        'Dòng lệnh: "egov entry import-excel" (biểu báo cáo đã điền) hoặc "egov dossiers import"'
        " (sổ theo dõi hồ sơ)."
    ),
    "package": 'Dòng lệnh: "egov package import".',
    "reply": 'Dòng lệnh: "egov reply import".',
    "bundle": 'Dòng lệnh: "egov templates import".',
}
PACKAGE_TRUNCATED = "Tệp {name} bị hỏng hoặc chưa chép hết ({detail})."
PACKAGE_MISSING_PART = 'Gói {name} thiếu phần "{part}".'
PACKAGE_UNSAFE_ENTRY = 'Gói {name} chứa đường dẫn không an toàn "{entry}"; gói bị từ chối.'
PACKAGE_UNEXPECTED_ENTRY = 'Gói {name} chứa phần lạ "{entry}"; gói bị từ chối.'
PACKAGE_TOO_LARGE = "Gói {name} quá lớn hoặc nén bất thường ({detail}); gói bị từ chối."
PACKAGE_BAD_MANIFEST = "Phần mô tả của gói {name} không hợp lệ: {detail}."
PACKAGE_BAD_PAYLOAD = "Số liệu trong gói {name} không hợp lệ: {detail}; gói bị từ chối."
PACKAGE_BAD_WINDOW = (
    "Gói {name} ghi {period} từ {start} đến {end}: không phải các ngày của kỳ này theo cách "
    "tính kỳ nào ({windows}). Phần mô tả của gói đã bị sửa; gói bị từ chối, hãy đề nghị đơn vị "
    "gửi lại."
)
PACKAGE_UNKNOWN_FORMAT = (
    "Gói {name} dùng định dạng phiên bản {version}, phiên bản ứng dụng này chưa hỗ trợ. "
    "Hãy cập nhật ứng dụng."
)
PACKAGE_IDENTITY_MISMATCH = (
    "Phần mô tả của gói {name} không khớp với dữ liệu trong gói ({detail}): gói đã bị sửa sau "
    "khi tạo; gói bị từ chối."
)
PACKAGE_HASH_MISMATCH = (
    "Gói {name} đã bị thay đổi sau khi tạo (mã kiểm tra SHA-256 không khớp); gói bị từ chối."
)

# Sending packages (commune) and receiving them (office).
PACKAGE_ONLY_COMMUNE = "Chỉ thư mục dữ liệu của xã, phường, đặc khu mới gửi được báo cáo."
PACKAGE_ONLY_AGGREGATOR = "Chỉ cơ quan tổng hợp mới nhập được gói báo cáo của các đơn vị."
PACKAGE_NOTHING_DONE = "{period} chưa có biểu nào ở trạng thái hoàn thành để gửi."
PACKAGE_NOT_DONE = (
    "Biểu {form} {period} đang ở trạng thái {status}; chỉ gửi được biểu đã hoàn thành."
)
PACKAGE_ALREADY_SENT = (
    "Biểu {forms} {period} đã được gửi và chưa có điều chỉnh. Muốn sửa số liệu, hãy mở khóa "
    "báo cáo (cần nêu lý do) rồi gửi báo cáo điều chỉnh."
)
PACKAGE_REOPEN_NEEDS_REASON = "Mở khóa báo cáo đã gửi cần nêu lý do điều chỉnh."
PACKAGE_NOT_LOCKED = "Biểu {form} {period} chưa được gửi hoặc đã được mở khóa."
PACKAGE_RETURNED_REASON = "Cơ quan tổng hợp trả lại: {reason}"
REPORT_LOCKED = (
    "Biểu {form} {period} đã được gửi (gói v{version}) nên không sửa được. Muốn điều "
    "chỉnh, hãy mở khóa báo cáo và nêu lý do; gói gửi sau là báo cáo điều chỉnh."
)
REPLY_WRONG_UNIT = "Tệp phản hồi {name} dành cho đơn vị {unit}, không phải đơn vị này ({own})."
REPLY_UNKNOWN_PACKAGE = "Tệp phản hồi {name} nói về gói v{version} mà máy này không có."
PACKAGE_WRONG_UNIT = (
    "Gói {name} là của {unit} ({code}), không thuộc địa bàn {office}; gói bị từ chối."
)
#: How the refusals of reports across the reform name the period: its label and its days (a
#: custom period by its label alone, which is its days).
PERIOD_DAYS = "{period} ({start} – {end})"
#: An old commune's report of a period after the reform: no office takes it.
_LEGACY_AFTER_REFORM = (
    "{unit} (mã cũ {code}) cho {period}, kết thúc sau ngày {last}: các kỳ này do {successor}, "
    "đơn vị tiếp nhận {unit} từ ngày {reform}, báo cáo"
)
PACKAGE_LEGACY_AFTER_REFORM = (
    "Gói {name} là báo cáo của " + _LEGACY_AFTER_REFORM + ("; gói bị từ chối.")
)
SEND_LEGACY_AFTER_REFORM = (
    "Không tạo gói báo cáo của "
    + _LEGACY_AFTER_REFORM
    + (". Không cơ quan tổng hợp nào nhận gói này.")
)
#: Why a district office (legacy catalogue) has nothing to do with a period after the reform.
_DISTRICT_AFTER_REFORM = (
    "{period}, kết thúc sau ngày {last}: cấp huyện không còn từ ngày "
    "{reform}, báo cáo các kỳ này do xã, phường mới gửi về cấp tỉnh; {office} chỉ nhận báo cáo "
    "các kỳ kết thúc đến ngày {last}."
)
PACKAGE_DISTRICT_AFTER_REFORM = (
    "Gói {name} là báo cáo " + _DISTRICT_AFTER_REFORM + (" Gói bị từ chối.")
)
DISTRICT_AFTER_REFORM = _DISTRICT_AFTER_REFORM
PACKAGE_NEW_UNIT_AT_DISTRICT = (
    "Gói {name} là của {unit} ({code}), xã, phường theo danh mục đơn vị hành chính từ ngày "
    "{reform}; {office} là cơ quan cấp huyện, chỉ nhận báo cáo của các xã, phường cũ (danh mục "
    "trước ngày {reform}) thuộc địa bàn. Gói bị từ chối."
)
#: A 2025 commune's report of a period before the reform: no office takes it.
_NEW_UNIT_BEFORE_REFORM = (
    "{unit} (mã {code}) cho {period}, kết thúc trước ngày {reform}: "
    "{unit} được thành lập từ ngày {reform}, báo cáo các kỳ này là của các xã, phường cũ{olds}, "
    "mỗi xã gửi gói của mình"
)
PACKAGE_NEW_UNIT_BEFORE_REFORM = (
    "Gói {name} là báo cáo của " + _NEW_UNIT_BEFORE_REFORM + ("; gói bị từ chối.")
)
SEND_NEW_UNIT_BEFORE_REFORM = (
    "Không tạo gói báo cáo của "
    + _NEW_UNIT_BEFORE_REFORM
    + (". Không cơ quan tổng hợp nào nhận gói này.")
)
PACKAGE_OTHER_RELEASE = (
    "Gói được tạo bằng phiên bản {version} của ứng dụng, máy này dùng phiên bản {ours}: hãy "
    "cập nhật ứng dụng cho cùng phiên bản rồi nhập lại."
)
PACKAGE_UNKNOWN_FORMS = "Gói {name} có biểu không biết: {forms}; gói bị từ chối."
PACKAGE_STRAY_VALUE = "Gói {name} có số liệu ngoài các biểu, kỳ đã khai ({detail}); gói bị từ chối."
PACKAGE_BAD_VALUE = "Gói {name} có số liệu không hợp lệ ({detail}); gói bị từ chối."
PACKAGE_CONFLICT = (
    "Gói {name} khác {count} số liệu mà cơ quan đã tự nhập nên chưa nhập gì. Hãy nhập lại gói "
    "(trang Tiếp nhận báo cáo: Nhập gói báo cáo…) và chọn giữ số liệu nào trong cửa sổ xem "
    "trước gói."
)
#: How the command line chooses the figures of PACKAGE_CONFLICT and PACKAGE_UPDATE_CONFLICT.
PACKAGE_PREFER_CLI = (
    "Dòng lệnh: chạy lại với --prefer package (lấy số của gói) hoặc --prefer office (giữ số "
    "cơ quan đã nhập)."
)
PACKAGE_FILE_MISSING = "Không tìm thấy tệp {path}."
PACKAGE_IS_FOLDER = "{path} là một thư mục, không phải {expected}."
PACKAGE_FOLDER_EMPTY = "Thư mục {path} không có gói dữ liệu báo cáo nào (tệp .egov)."
PACKAGE_NOT_SENT = "{period} chưa có gói nào đã gửi."
PACKAGE_NO_SUCH_VERSION = "{period} không có gói v{version}."
PACKAGE_OUTBOX_LOST = (
    "Không còn bản lưu đúng của gói {name} trong thư mục {folder}; hãy mở khóa và gửi lại."
)
PACKAGE_COPY_FAILED = "Không chép được gói vào {path}: {detail}."
PACKAGE_OTHER_WINDOW = (
    "Lưu ý: đơn vị tính kỳ từ ngày {start} đến ngày {end}, khác kỳ của cơ quan (từ ngày "
    "{own_start} đến ngày {own_end}); số liệu không cùng khoảng thời gian với các đơn vị khác."
)
#: A package names its unit otherwise than the office's catalogue does (an older release, an
#: edited manifest, or a mistyped unit code naming another unit): a warning, then one of the two
#: endings, as the package is still to import or was received.
PACKAGE_OTHER_NAME = "Gói ghi tên đơn vị: «{sent}»; danh mục của cơ quan: «{name}» (mã {code})."
PACKAGE_OTHER_NAME_CHECK = "Kiểm tra lại mã đơn vị trước khi nhập."
PACKAGE_OTHER_NAME_TAKEN = "Gói đã được nhận cho đơn vị mã {code}: kiểm tra lại mã đơn vị của gói."
#: A package carries figures in columns its period leaves empty (II.07b "Cấp huyện" after the
#: reform): they are left out, as entry refuses them.
PACKAGE_CLOSED_IGNORED = (
    "Gói có {count} số liệu ở cột {columns}, các cột để trống ở {period} ({reason}): "
    "{will}không nhập các số liệu này (nhập tay cũng không nhận)."
)
PACKAGE_HELD_BY_OTHER_UNIT = (
    "Gói mã {package_id} (v{version}, {period}) đã được nhập cho đơn vị {held}; gói "
    "này ghi đơn vị {unit}. Một gói chỉ là của một đơn vị: gói bị từ chối."
)
PACKAGE_ID_OTHER_CONTENT = (
    "Gói mã {package_id} của {unit} đã được nhập trước đây, nhưng gói này có nội dung (phiên "
    "bản, kỳ hoặc số liệu) khác gói đã nhập: gói đã bị sửa sau khi tạo; gói bị từ chối. Hãy đề "
    "nghị đơn vị chép lại gói (trang Gửi báo cáo: Chép lại gói đã chọn…) hoặc gửi gói mới."
)
#: How the unit copies a package again from the command line (PACKAGE_ID_OTHER_CONTENT,
#: PACKAGE_QUEUED_UNREADABLE).
PACKAGE_COPY_CLI = "Dòng lệnh của đơn vị: egov package copy."
#: The status of a package not newer than the one the office holds (the import's headline).
PACKAGE_OLDER = "Gói cũ hơn gói v{latest} cơ quan đang giữ"
PACKAGE_SAME_VERSION = "Cơ quan đang giữ một gói v{latest} khác của đơn vị"
PACKAGE_NOT_APPLIED_OLDER = (
    "Không áp dụng: đơn vị đã gửi gói v{latest} mới hơn; số liệu đang có giữ nguyên"
)
PACKAGE_NOT_APPLIED_SAME = "Không áp dụng: số liệu đang có giữ nguyên"
PACKAGE_WAITS_CLI = (
    "Chưa áp dụng: gói chờ làm yêu cầu cập nhật; khi áp dụng (egov package apply-update --unit "
    "{unit} --period {period}), {changed} số liệu sẽ thay đổi, {same} không đổi"
)
PACKAGE_STILL_WAITING_CLI = (
    "Chưa áp dụng: gói đang chờ làm yêu cầu cập nhật (egov package apply-update --unit {unit} "
    "--period {period})"
)
PACKAGE_NONE_RECEIVED = "Chưa nhận gói nào của đơn vị {unit} cho {period}."
PACKAGE_NOTHING_QUEUED = "Không có gói cập nhật nào của đơn vị {unit} cho {period} đang chờ."
PACKAGE_QUEUED_UNREADABLE = (
    "Không dùng được bản lưu của gói cập nhật v{version} của đơn vị {unit} cho {period} "
    "({path}): {detail} Chưa thay đổi gì: số liệu đã tiếp nhận và yêu cầu cập nhật vẫn giữ "
    "nguyên. Hãy đề nghị đơn vị chép lại gói v{version} (trang Gửi báo cáo: Chép lại gói đã "
    "chọn…) rồi đặt vào đúng đường dẫn trên."
)
PACKAGE_UPDATE_CONFLICT = (
    "Gói cập nhật v{version} của đơn vị {unit} cho {period} khác {count} số liệu mà cơ quan đã tự "
    "nhập nên chưa nhập gì. Hãy nhập lại yêu cầu cập nhật (trang Tiếp nhận báo cáo: Nhập yêu "
    "cầu cập nhật) và chọn giữ số liệu nào trong cửa sổ xem trước gói."
)
PACKAGE_UPDATE_CHANGED = (
    "Số liệu {period} của đơn vị {unit} vừa thay đổi trong lúc nhập gói cập nhật; chưa nhập "
    "gì. Hãy xem lại rồi nhập lại."
)
PACKAGE_QUEUED_MISSING = "tệp không còn."
PACKAGE_QUEUED_OTHER = "tệp là gói khác (mã {found}), không phải gói đang chờ (mã {wanted})."
PACKAGE_QUEUED_NOT_NEWER = "gói không còn mới hơn các gói đã nhận của kỳ này."
RETURN_NEEDS_REASON = "Trả lại báo cáo cần nêu lý do."
UNKNOWN_SUBORDINATE = "Không có đơn vị mã {code} thuộc địa bàn {office}."
#: What each period mode is called in messages (domain.md §5.1).
MODE_NAMES = {
    "cutoff": "chốt số liệu theo NĐ 09/2019",
    "calendar": "theo lịch (tháng, quý dương lịch)",
}
#: What a data folder's role is called in text output (keys: services/dto.py ROLES).
ROLE_NAMES = {
    "commune": "cấp xã (lập và gửi báo cáo)",
    "aggregator": "cơ quan tổng hợp (nhận báo cáo của các đơn vị)",
}
#: Which figure stays when a package differs from one the office typed itself (keys:
#: services/exchange_dto.py PREFER_PACKAGE, PREFER_OFFICE).
PREFER_NAMES = {"package": "lấy số của gói", "office": "giữ số cơ quan đã nhập"}
#: The denominator of the online-dossier rate (keys: services/dvc.py DENOMINATORS).
DENOMINATOR_NAMES = {"new": "tiếp nhận mới", "all": "tổng số (cột 3)"}
#: Where a day off comes from (keys: services/holidays.py SHIPPED, PROPOSED, USER).
HOLIDAY_SOURCE_NAMES = {
    "shipped": "theo lịch nghỉ đã công bố",
    "proposed": "dự kiến theo quy định (chưa có lịch công bố)",
    "user": "đơn vị thêm",
}
#: The online public service level of a procedure (keys: services/catalogue.py LEVEL_FULL…).
DVC_LEVEL_NAMES = {"toan_trinh": "toàn trình", "mot_phan": "một phần"}
DVC_NO_PROCEDURES_LISTED_CLI = (
    "Danh mục TTHC của đơn vị chưa có thủ tục nào. Nhập danh mục bằng: egov procedures import "
    "TỆP.xlsx (các cột Mã TTHC, Tên TTHC, Lĩnh vực, Mức độ…)."
)
STORED_FIGURES_OTHER_MODE = (
    "Số liệu biểu {form} {period} được tính theo cách tính kỳ {mode} ({window}), "
    "không dùng được cho cách tính kỳ {other} ({other_window}): cùng số liệu sẽ mang sai "
    "khoảng thời gian."
)
#: Added when the mode asked for is the one in force (the unit's mode changed since the figures
#: were counted, or a unit's package counted them in its own mode).
STORED_FIGURES_KEPT = (
    " Cách tính kỳ đang dùng là {other}. Số liệu đã lưu vẫn được giữ nguyên và xem, xuất được "
    "theo cách tính kỳ đã dùng."
)
STORED_FIGURES_KEPT_CLI = "Dòng lệnh: entry show, report export với --mode {code}."
#: Added to STORED_FIGURES_KEPT for the figures a commune counts from its register.
STORED_FIGURES_RECOUNT_KEPT = (
    " Để lưu số liệu theo cách tính kỳ đang dùng, hãy tính lại từ sổ theo dõi hồ sơ (màn hình "
    "Nhập báo cáo: Tính lại từ sổ theo dõi hồ sơ…)."
)
STORED_FIGURES_RECOUNT_KEPT_CLI = (
    "Tính lại bằng dòng lệnh: egov stats --form {form} --period {period} --apply."
)
#: Added to STORED_FIGURES_KEPT for figures typed, pasted or imported.
STORED_FIGURES_REENTER = (
    " Để lưu số liệu theo cách tính kỳ đang dùng, hãy nhập lại số liệu theo khoảng thời gian "
    "mới (màn hình Nhập báo cáo: Nhập lại theo cách tính kỳ đang dùng…)."
)
STORED_FIGURES_REENTER_CLI = "Nhập lại bằng dòng lệnh: egov entry set … --new-mode."
MODE_CHANGE_STORED = (
    "{count} báo cáo đã có số liệu ({reports}) được tính theo cách tính kỳ khác. Sau khi đổi, "
    "các số liệu đó vẫn được giữ nguyên nhưng không xem, xuất hay gửi được theo cách tính kỳ "
    "mới cho đến khi được tính lại từ sổ theo dõi hồ sơ (hoặc nhập lại) theo cách mới."
)
#: For the figures a commune counts from its register, when another mode is asked for: only
#: a command counts them in a mode other than the unit's.
STORED_FIGURES_RECOUNT_CLI = (
    "Xem số liệu đếm lại từ sổ theo dõi hồ sơ theo cách tính kỳ kia: "
    "egov stats --form {form} --period {period} --mode {other_code} (không --apply)."
)
#: Why the previous period's pending dossiers are not this period's carry-over (II.06a (6)):
#: the two periods were counted in different modes, so their windows do not abut.
CARRY_OVER_OTHER_MODE = (
    "{previous} được tính theo cách tính kỳ {previous_mode} ({previous_window}), {period} theo "
    "cách tính kỳ {mode} ({window}); hai kỳ không nối tiếp nhau ({days}), nên số đang giải "
    "quyết cuối {previous} không phải số chuyển sang {period}."
)
CARRY_OVER_GAP = "các ngày {first} – {last} không thuộc kỳ nào"
CARRY_OVER_OVERLAP = "các ngày {first} – {last} thuộc cả hai kỳ"
#: Refusal of the carry-over pre-fill (entry page's button, `egov entry prefill`).
CARRY_OVER_NOT_PREFILLED = (
    'Không thể lấy cột ({column}) "{title}" của biểu {form} {period} từ kỳ trước: {why} '
    "Hãy nhập cột ({column}) theo sổ theo dõi hồ sơ (hồ sơ nhận trước ngày {start}, chưa giải "
    "quyết xong trước ngày đó){recount}."
)
#: Added to CARRY_OVER_NOT_PREFILLED for the figures a commune counts from its register.
CARRY_OVER_RECOUNT = (
    " hoặc tính lại biểu từ sổ (màn hình Nhập báo cáo: Tính lại từ sổ theo dõi hồ sơ…)"
)
CARRY_OVER_RECOUNT_CLI = (
    "Tính lại bằng dòng lệnh: egov stats --form {form} --period {period} --apply."
)
#: The carry-over check (II.06a I5) when the previous period was counted in another mode.
CARRY_OVER_NOT_CHECKED = 'Cột ({column}) "{title}" không đối chiếu được với kỳ trước: {why}'
#: An office's sheet that sums units' figures counted in another mode than the sheet's.
AGGREGATE_OTHER_MODE = (
    "Biểu {form} {period} theo cách tính kỳ {mode} ({window}) cộng cả số liệu của "
    "{count} đơn vị được tính theo cách tính kỳ {other} ({other_window}): {units}."
)
#: How an office's sheet by unit marks figures it did not get in the unit's package.
ENTERED_MARKS = {
    "typed": "số liệu do cơ quan tổng hợp nhập",
    "imported": "số liệu đọc từ tệp Excel của đơn vị",
}
AGGREGATE_RETURNED = (
    "Biểu {form} {period} vẫn cộng số liệu của {count} đơn vị mà cơ quan đã trả lại và "
    "chưa nhận gói điều chỉnh. {reasons}"
)
#: The units of AGGREGATE_RETURNED returned for one reason, said once for them all.
RETURNED_FOR = "Lý do trả lại «{reason}»: {units}."
#: The units of AGGREGATE_RETURNED returned without a reason given.
RETURNED_NO_REASON = "Trả lại: {units}."
#: One unit of RETURNED_FOR: the package returned, and when.
RETURNED_UNIT = "{unit} — gói v{version}, trả lại lúc {at}"
#: How the office names a unit it holds figures of; an old commune (before 1 July 2025) by its
#: old code.
UNIT_LABEL = "{name} ({code})"
OLD_UNIT_LABEL = "{name} (mã cũ {code})"
SEVERAL_UNITS = (
    "Trong {period}, mã {code} ứng với nhiều đơn vị có {what}: {units}. Hãy chọn một trong "
    "các đơn vị đó."
)
SEVERAL_UNITS_CLI = "Dòng lệnh: --unit với mã của đơn vị đó, thêm --catalog legacy cho mã cũ."
#: What SEVERAL_UNITS says the units hold.
FIGURES_OF_FORM = "số liệu biểu {form}"
PACKAGES_SENT = "gói đã gửi"
FILLED_BREAKS_IDENTITIES = (
    "Số liệu trong tệp {name} sai {count} đẳng thức của biểu. Đó là số liệu của đơn vị nên vẫn "
    "được nhập như trong tệp; hãy đề nghị đơn vị kiểm tra lại."
)
#: A line of the reminder for a 2025 commune whose old communes owe pre-reform reports.
REMINDER_OLD_MISSING = " – còn thiếu báo cáo của {units}"
#: The office types a unit's figures for a period before 1 July 2025 (the old communes').
SEVERAL_OLD_UNITS = (
    "{period} kết thúc ngày {end}, trước ngày {reform}: báo cáo kỳ này là của các xã, phường cũ. "
    "Mã {code} ứng với {units}. Hãy nhập số liệu cho từng xã cũ (trang Tiếp nhận báo cáo: "
    "Nhập số liệu thay đơn vị…, rồi chọn xã cũ)."
)
#: How the command line names an old commune (SEVERAL_OLD_UNITS, OLD_UNITS_OF).
OLD_UNIT_CLI = "Dòng lệnh: --unit <mã cũ> --catalog legacy."
NEW_UNIT_BEFORE_REFORM = (
    "{unit} (mã {code}) được thành lập từ ngày {reform}; {period} kết thúc ngày {end}, khi báo "
    "cáo còn do các xã, phường cũ gửi, nên không nhập số liệu của kỳ này cho {unit}. {olds}"
)
#: The second sentence of NEW_UNIT_BEFORE_REFORM.
OLD_UNITS_OF = (
    "Hãy nhập cho từng xã cũ đã hợp nhất vào đơn vị: {units} (trang Tiếp nhận báo cáo: Nhập "
    "số liệu thay đơn vị…, rồi chọn xã cũ)."
)
NO_OLD_UNITS = "Không có xã cũ nào được cộng vào dòng của đơn vị này."
OLD_UNIT_AFTER_REFORM = (
    "{unit} (mã cũ {code}) đã hợp nhất vào {successor} từ ngày {reform}; {period} kết thúc "
    "ngày {end}, sau ngày đó, nên số liệu kỳ này là của {successor}: hãy nhập cho đơn vị đó."
)

CONCURRENT_DUPLICATE = (
    "Một bản ghi cùng mã vừa được lưu từ nơi khác (cửa sổ khác hoặc dòng lệnh) nên thao tác "
    "này không được ghi. Hãy tải lại và thử lại."
)

# Reading a unit's hand-filled Excel report at an office.
FILLED_OTHER_PERIOD = 'Tệp {name} ghi "{found}", không phải {period}; không đọc số liệu nào.'
# A report counted from the register, then left behind by dossiers added or changed since.
RECOUNT_CELL = "{row}cột {column}: đã lưu {stored}, sổ đếm được {counted}"
RECOUNT_MORE = " và {count} ô khác"
RECOUNT_WARNING = "Số liệu đã lưu khác số đếm từ sổ theo dõi hồ sơ: {cells}."
RECOUNT_HOW = 'Hãy tính lại (trang Nhập báo cáo: "Tính lại từ sổ theo dõi hồ sơ…").'
RECOUNT_HOW_CLI = "Tính lại bằng dòng lệnh: egov stats --form {form} --period {period} --apply."
PACKAGE_STALE_FORM = (
    "Biểu {form} {period} chưa gửi được: số liệu đã lưu khác số đếm từ sổ theo dõi hồ sơ "
    '({cells}). Hãy tính lại (trang Nhập báo cáo: "Tính lại từ sổ theo dõi hồ sơ…"), đánh '
    "dấu hoàn thành rồi gửi lại; hoặc bỏ chọn biểu này để gửi các biểu khác."
)
PACKAGE_STALE_FORM_CLI = (
    "Dòng lệnh: egov stats --form {form} --period {period} --apply; không gửi biểu này: --forms."
)
#: {period_label} names the period in the sentence, {period} is its code in the commands.
PACKAGE_STALE_LOCKED_CLI = (
    "Biểu {form} {period_label} đã gửi (gói v{version}) nhưng sổ theo dõi hồ sơ nay đếm khác "
    "({cells}). Muốn gửi số liệu mới: egov package reopen --form {form} --period {period} "
    '--reason "…", rồi egov stats --form {form} --period {period} --apply, đánh dấu hoàn '
    "thành và gửi kèm."
)
FILLED_OTHER_UNIT = (
    'Tệp {name} ghi "{found}", không phải {unit}; không đọc số liệu nào. Hãy chọn đúng đơn vị '
    "ghi trong tệp, hoặc đề nghị đơn vị gửi lại đúng tệp báo cáo của mình."
)
FILLED_EMPTY = "Tệp {name} không có dòng số liệu nào ở vị trí bảng của mẫu biểu."
FILLED_BAD_ROW = "Tệp {name}, dòng {row}: {detail} Không đọc số liệu nào."
FILLED_BAD_VALUE = "Tệp {name}, dòng {row}, cột ({column}): {detail} Không đọc số liệu nào."

# Proposing mappings for, installing and sharing the unit's own templates.
TEMPLATE_NO_TABLE = (
    "Không tìm thấy bảng số liệu trong tệp {name}: cần dòng đánh số cột (1) (2) (3) … hoặc tiêu "
    "đề các cột như trong biểu. Hãy chỉ rõ vị trí bảng trong phần gán ô."
)
TEMPLATE_BAD_NAME = (
    'Tên mẫu "{name}" không hợp lệ: chỉ dùng chữ, số, dấu cách, dấu gạch ngang và gạch dưới, '
    "tối đa 40 ký tự."
)
TEMPLATE_DEVICE_NAME = (
    'Không đặt được tên mẫu "{name}": Windows dành tên này cho thiết bị; hãy chọn tên khác.'
)
TEMPLATE_EXISTS = 'Đã có mẫu "{name}" của biểu {form}; hãy chọn tên khác.'
TEMPLATE_BAD_BUNDLE = "Tệp {name} không phải gói mẫu biểu hợp lệ ({detail})."
TEMPLATE_BUNDLE_MANIFEST = "phần mô tả {part} hỏng hoặc thiếu mã biểu, tên mẫu"
#: The texts around a template's table, by their mapping key (named as the mapping editor does).
TEMPLATE_TEXT_NAMES = {
    "parent_agency": "Cơ quan chủ quản",
    "agency_name": "Cơ quan, đơn vị",
    "reporting_unit": "Đơn vị báo cáo",
    "receiving_unit": "Đơn vị nhận báo cáo",
    "period_label": "Kỳ báo cáo",
    "window": "(Từ ngày … đến ngày …)",
    "subtitle": "Dòng dưới kỳ báo cáo (lĩnh vực, văn bản giao chỉ tiêu)",
    "place_date": "Địa danh, ngày tháng",
    "officer": "Họ tên người lập biểu",
    "head": "Họ tên thủ trưởng",
}
TEMPLATE_TEXTS_NOT_PLACED = (
    "Không tìm thấy trong tệp {name} chỗ ghi: {texts}. Báo cáo xuất theo mẫu này sẽ bỏ trống "
    "các mục đó cho đến khi ghi ô cho từng mục trong phần gán ô."
)
TEMPLATE_TEXTS_NOT_PLACED_CLI = (
    "Dòng lệnh: egov templates propose TỆP --form {form} > gan-o.toml, ghi ô cho các mục trên "
    "trong [cells], rồi egov templates add TỆP --form {form} --name TÊN --mapping gan-o.toml "
    "(thêm --replace nếu mẫu tên đó đã được lưu)."
)

# Days off (the unit's corrections of the yearly calendar).
HOLIDAY_NAME_REQUIRED = "Cần ghi tên ngày nghỉ, ví dụ: Nghỉ bù Quốc khánh."
HOLIDAY_WEEKEND = "Ngày {day} là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ."
HOLIDAY_NOT_OFF = "Ngày {day} không phải là ngày nghỉ."
HOLIDAY_BAD_YEAR = "Năm {year} nằm ngoài khoảng 2000–2100."

# Reading spreadsheets (register import).
SPREADSHEET_UNKNOWN = (
    "Tệp {name} không phải bảng tính Excel (.xlsx, .xls) hoặc bảng HTML xuất từ hệ thống một cửa."
)
SPREADSHEET_UNREADABLE = "Không đọc được tệp {name}: {detail}"
SPREADSHEET_MISSING = "không có tệp này."
SPREADSHEET_EMPTY = "tệp rỗng (0 byte), có thể chưa được chép hoặc tải về xong."
SPREADSHEET_NO_ACCESS = (
    "tệp đang được mở trong chương trình khác hoặc không có quyền đọc. Hãy đóng tệp (ví dụ"
    " trong Excel) rồi thử lại."
)
SPREADSHEET_CUT_SHORT = (
    "tệp bị hỏng hoặc chưa được chép, tải về trọn vẹn. Hãy chép hoặc tải lại tệp từ nơi gửi,"
    " rồi mở thử bằng Excel."
)
XLSX_DAMAGED = (
    "nội dung bên trong tệp Excel bị hỏng. Hãy mở tệp bằng Excel, lưu thành một tệp mới"
    " (Lưu thành… / Save As) rồi nhập tệp mới đó."
)
XLS_DAMAGED = (
    "tệp Excel .xls bị hỏng hoặc được đặt mật khẩu. Hãy mở tệp bằng Excel, bỏ mật khẩu nếu"
    " có, lưu thành tệp .xlsx mới rồi nhập tệp mới đó."
)
SPREADSHEET_DAMAGED = (
    "nội dung tệp bị hỏng. Hãy mở thử tệp bằng Excel, hoặc xin lại tệp từ nơi gửi."
)

# Report entry: forms, sectors, figures, status.
UNKNOWN_FORM = 'Không có biểu báo cáo "{code}" (các biểu hiện có: {known}).'
UNKNOWN_COLUMN = "Biểu {form} không có cột số liệu ({column}); các cột nhập được: {columns}."
COLUMN_CLOSED = (
    'Cột ({column}) "{title}" của biểu {form} để trống từ kỳ báo cáo bắt đầu ngày {since}'
    " ({reason}): {period} không nhập số liệu vào cột này."
)
UNKNOWN_ROW = 'Biểu {form} không có dòng "{name}".'
UNKNOWN_ROW_ID = "Biểu {form} không có dòng số hiệu {row}."
UNKNOWN_SECTOR = 'Không tìm thấy lĩnh vực "{name}" trong danh sách lĩnh vực của đơn vị.'
UNKNOWN_SECTOR_ID = "Không tìm thấy lĩnh vực có số hiệu {sector_id}."
SECTOR_NOT_LISTED = (
    'Lĩnh vực "{name}" không có trong danh sách lĩnh vực của đơn vị ({names}). Để dùng lĩnh vực'
    " mới, hãy thêm trước ở trang Lĩnh vực."
)
SECTOR_NOT_LISTED_CLI = 'Dòng lệnh: egov sectors add "{name}".'

SECTOR_UNKNOWN_FOR_SHEET = (
    'Không có lĩnh vực "{name}" trong danh sách lĩnh vực của đơn vị và sổ theo dõi hồ sơ'
    " (các lĩnh vực: {names})."
)
EXPORT_SECTOR_REGISTER_ONLY = (
    "Biểu {form} luôn gồm mọi lĩnh vực; chỉ sổ theo dõi hồ sơ (register) xuất được theo một"
    " lĩnh vực."
)
SECTOR_AMBIGUOUS = 'Lĩnh vực "{name}" có thể là: {names}; hãy ghi đúng tên có dấu.'
SECTOR_NAME_EMPTY = "Tên lĩnh vực không được để trống."
SECTOR_EXISTS = 'Lĩnh vực "{name}" đã có trong danh sách (trùng với "{existing}").'
SECTOR_EXISTS_HIDDEN = (
    'Lĩnh vực "{name}" đã có trong danh sách nhưng đang bị ẩn (trùng với "{existing}");'
    " hãy hiện lại lĩnh vực đó thay vì thêm mới."
)
SECTOR_EXISTS_UNACCENTED = (
    'Lĩnh vực "{name}" chính là lĩnh vực "{existing}" đã có trong danh sách (chỉ khác dấu, chữ'
    ' hoa hoặc khoảng trắng); hãy dùng "{existing}" thay vì thêm mới.'
)
SECTOR_EXISTS_UNACCENTED_HIDDEN = (
    'Lĩnh vực "{name}" chính là lĩnh vực "{existing}" đã có trong danh sách nhưng đang bị ẩn'
    " (chỉ khác dấu, chữ hoa hoặc khoảng trắng); hãy hiện lại lĩnh vực đó thay vì thêm mới."
)
SECTOR_BAD_POSITION = (
    "Vị trí {position} không có trong danh sách lĩnh vực: danh sách có {count} lĩnh vực (kể cả"
    " lĩnh vực đã ẩn), hãy chọn vị trí từ 1 đến {count}."
)
SECTOR_HIDDEN = (
    'Lĩnh vực "{name}" đang bị ẩn trong danh sách lĩnh vực của đơn vị. Để dùng lại, hãy hiện'
    " lại ở trang Lĩnh vực."
)
SECTOR_HIDDEN_CLI = 'Dòng lệnh: egov sectors show "{name}".'

VALUE_NOT_INTEGER = (
    'Giá trị "{text}" không phải là số nguyên; hãy nhập số hồ sơ, ví dụ 12 hoặc 1.234.'
)
VALUE_DECIMAL = 'Giá trị "{text}" có phần thập phân; số hồ sơ phải là số nguyên.'
VALUE_COMMA_THOUSANDS = (
    'Giá trị "{text}" có dấu phẩy phân cách hàng nghìn (cách viết số tiếng Anh); hãy nhập số'
    " không có dấu phẩy, ví dụ 1000 hoặc 1.000."
)
VALUE_NEGATIVE = 'Giá trị "{text}" là số âm; số hồ sơ không được âm.'
VALUE_TOO_LARGE = 'Giá trị "{text}" quá lớn (tối đa {limit}); hãy kiểm tra lại số đã nhập.'
UNKNOWN_STATUS = 'Trạng thái không hợp lệ: "{value}" (chọn empty, in_progress hoặc done).'
DONE_HAS_ERRORS = "Chưa thể đánh dấu hoàn thành vì biểu còn lỗi{where}: {message}"
DONE_EMPTY_NEEDS_NOTE = (
    "Biểu chưa có số liệu nào. Nếu kỳ này đơn vị không có hồ sơ, hãy ghi chú như vậy (ví dụ "
    '"Kỳ này không có hồ sơ") khi đánh dấu hoàn thành; nếu không, hãy nhập số liệu trước.'
)
DONE_NEEDS_NOTE = (
    "Biểu còn {count} cảnh báo ({message}). Hãy ghi chú ngắn lý do trước khi đánh dấu hoàn thành."
)

# Report templates and Excel export.
TEMPLATE_NOT_FOUND = 'Không tìm thấy mẫu "{name}" của biểu {form} trong thư mục {path}.'
TEMPLATE_FILE_MISSING = "Tệp mẫu {path} không tồn tại."
TEMPLATE_NO_MAPPING = (
    "Mẫu {path} chưa có tệp cấu hình (.toml cùng tên) cho biết ô nào nhận số liệu nào; "
    "hãy thêm mẫu ở trang Mẫu biểu để lập cấu hình."
)
TEMPLATE_NO_MAPPING_CLI = "Dòng lệnh: egov templates add TỆP --form BIỂU --name TÊN."
TEMPLATE_NOT_INSTALLED = (
    'Không tìm thấy mẫu "{name}" của biểu {form}: mẫu của đơn vị nằm trong thư mục {path}; '
    "các mẫu của biểu này: {names}. Hãy thêm mẫu ở trang Mẫu biểu."
)
TEMPLATE_NOT_INSTALLED_CLI = "Dòng lệnh: egov templates add TỆP --form {form} --name {arg}."
TEMPLATE_NOT_INSTALLED_BAD_NAME = (
    'Không tìm thấy mẫu "{name}" của biểu {form}: tên mẫu chỉ gồm chữ, số, dấu cách, dấu gạch '
    "ngang và gạch dưới (tối đa 40 ký tự); các mẫu của biểu này: {names}. Mẫu ở tệp "
    "riêng: ghi đường dẫn tệp có đuôi .xlsx hoặc .toml."
)
TEMPLATE_NOT_XLSX = (
    "Tệp mẫu {path} không phải là tệp Excel .xlsx đọc được (tệp bị hỏng, chưa chép hết hoặc"
    " không phải bảng tính). Hãy mở thử tệp bằng Excel rồi lưu lại dạng .xlsx."
)
TEMPLATE_FORM_MISMATCH = "Tệp cấu hình {path} là của biểu {form}, không phải biểu {expected}."
MAPPING_UNREADABLE = "Không đọc được tệp cấu hình mẫu {path}: {detail}."
MAPPING_NOT_TEXT = "tệp không phải văn bản UTF-8 (có thể không phải tệp .toml)"
MAPPING_NOT_TOML = "sai cú pháp TOML ở dòng {line}, cột {column}"
MAPPING_NOT_TOML_END = "sai cú pháp TOML (tệp kết thúc giữa chừng hoặc có mục trùng nhau)"
MAPPING_INVALID = "Tệp cấu hình mẫu {path} không hợp lệ: {detail}."
MAPPING_UNKNOWN_KEY = 'khóa lạ "{key}" trong mục [{section}]'
MAPPING_BAD_VALUE = '"{key}" phải là {expected}'
MAPPING_BAD_CELL = '"{key}" = "{value}" không phải địa chỉ ô (ví dụ A1)'
MAPPING_BAD_COLUMN = '"{key}" = "{value}" không phải tên cột (ví dụ C)'
MAPPING_TABLES_OVERLAP = 'bảng "{name}" chồng lên bảng phía trên'
MAPPING_SHEET_MISSING = 'Tệp mẫu {path} không có trang tính "{sheet}".'
MAPPING_CELL_MERGED = (
    "Ô {cell} của tệp mẫu {path} nằm giữa một vùng gộp ô nên không ghi được; "
    "hãy trỏ cấu hình vào ô đầu (trên cùng bên trái) của vùng gộp."
)
EXPORT_EMPTY_REPORT = (
    "Biểu {form} {period} chưa có số liệu nào: dòng tổng số cũng để trống (nếu kỳ này không "
    "có hồ sơ, hãy nhập số 0)."
)
EXPORT_WRONG_FORM = "Dữ liệu của biểu {data_form} không ghi được vào mẫu của biểu {form}."
EXPORT_MISSING_FIELD = 'Thiếu nội dung "{field}" để điền vào mẫu biểu {form}.'
EXPORT_DUPLICATE_ROW = 'Dòng "{row}" xuất hiện hai lần trong biểu {form}.'
EXPORT_UNKNOWN_COLUMN = 'Dòng "{row}" có số liệu cột ({column}) mà mẫu biểu {form} không có.'
EXPORT_UNKNOWN_GROUP = (
    'Dòng "{row}" thuộc nhóm "{group}" không có trong danh sách nhóm của biểu {form}.'
)
EXPORT_TOO_MANY_ROWS = (
    "Mẫu biểu {form} chỉ có {prepared} dòng chuẩn bị nhưng báo cáo có {count} dòng. Mẫu này "
    "có thành phần không được phép chèn thêm dòng ({reason}); hãy dùng mẫu có nhiều dòng "
    "chuẩn bị hơn."
)
EXPORT_NO_SHEET = 'Tệp mẫu {path} không có trang tính "{sheet}".'
EXPORT_SHARED_FORMULA = (
    "Ô {cell} ({part}) của tệp mẫu chứa công thức dùng chung cho các ô khác nên không ghi đè "
    "được; hãy sửa mẫu để ô này không chứa công thức."
)
EXPORT_IMPLICIT_CELLS = (
    "Tệp mẫu có dòng hoặc ô không ghi địa chỉ ({part}); hãy mở mẫu bằng Excel và lưu lại."
)
EXPORT_WRITE_FAILED = "Không ghi được tệp {path}: {detail}."
EXPORT_FILE_IN_USE = (
    "Tệp {path} đang được mở trong chương trình khác (Excel?). Hãy đóng tệp rồi xuất lại."
)
EXPORT_VERIFY_FAILED = (
    "Tệp {name} sau khi ghi không khớp với số liệu báo cáo nên đã bị xóa: {detail}."
)
VERIFY_CELL = "ô {cell} cần {expected} nhưng tệp có {actual}"
VERIFY_SHEETS = "danh sách trang tính {actual} khác với mẫu {expected}"
VERIFY_MERGES = "vùng gộp ô khác thiết kế (thiếu {missing}, thừa {extra})"
VERIFY_PRINT_TITLES = "dòng tiêu đề in lặp lại là {actual}, cần {expected}"
VERIFY_HIDDEN_ROWS = "các dòng {rows} lẽ ra phải được ẩn"
VERIFY_MORE = " và {count} chỗ khác (xem nhật ký)"
DOCTOR_SHAPES = (
    "Hình vẽ, hộp văn bản hoặc đường kẻ vẽ tay ({part}): thư viện ghi Excel sẽ làm mất; "
    "mẫu sẽ được điền bằng cách sửa trực tiếp từng ô."
)
DOCTOR_EXTENSIONS = (
    "Phần mở rộng của Excel 2010 trở lên ({part}) sẽ bị mất nếu lưu lại bằng thư viện."
)
DOCTOR_X14_FORMATS = (
    "Định dạng có điều kiện kiểu mới (thanh dữ liệu, bộ biểu tượng) trong {part} sẽ bị mất."
)
DOCTOR_X14_VALIDATIONS = "Danh sách chọn lấy dữ liệu từ trang tính khác ({part}) sẽ bị mất."
DOCTOR_SPARKLINES = "Biểu đồ thu nhỏ trong ô (sparkline) ở {part} sẽ bị mất."
DOCTOR_SLICERS = "Bộ lọc slicer/timeline ({part}) sẽ bị mất."
DOCTOR_OLE = "Đối tượng nhúng OLE ({part}) sẽ bị mất."
DOCTOR_CONTROLS = "Nút bấm, hộp chọn hoặc điều khiển biểu mẫu ({part}) sẽ bị mất."
DOCTOR_PIVOT = "Bảng tổng hợp (PivotTable) và bộ nhớ đệm của nó ({part}) sẽ bị mất."
DOCTOR_CHARTS = "Biểu đồ ({part}) sẽ bị vẽ lại và có thể mất định dạng."
DOCTOR_IMAGES = "Hình ảnh ({part}) sẽ bị mất."
DOCTOR_THREADED_COMMENTS = "Chuỗi bình luận kiểu mới ({part}) sẽ bị mất (chỉ giữ ghi chú)."
DOCTOR_HEADER_IMAGES = "Hình ảnh ở đầu trang/chân trang ({part}) sẽ bị mất."
DOCTOR_MACROS = "Tệp có macro VBA: macro sẽ bị mất; mẫu báo cáo không nên chứa macro."
DOCTOR_OTHER_PART = "Thành phần {part} không được thư viện ghi Excel hỗ trợ và sẽ bị mất."

# Configuration packages (presets) for IT installers.
PRESET_INVALID = "Gói cấu hình {name} không hợp lệ: {detail}"
PRESET_NOT_FOUND = "Không tìm thấy gói cấu hình {path}."
PRESET_UNREADABLE = "Không đọc được gói cấu hình {path}: {detail}."
PRESET_TOO_LARGE = "tệp quá lớn (tối đa {limit} KB); gói cấu hình chỉ gồm vài dòng."
PRESET_NOT_UTF8 = "tệp không phải văn bản UTF-8; hãy lưu lại bằng Notepad với mã hóa UTF-8."
PRESET_BAD_JSON = "sai cú pháp JSON ở dòng {line}, cột {column}."
PRESET_NOT_OBJECT = 'nội dung phải là một đối tượng JSON {"unit": "...", "role": "..."}.'
PRESET_DUPLICATE_KEY = 'khóa "{key}" xuất hiện hai lần.'
PRESET_UNKNOWN_KEYS = "có khóa không được hỗ trợ: {keys} (chỉ dùng: {allowed})."
PRESET_BAD_FORMAT = (
    'phiên bản định dạng "{value}" không được hỗ trợ (phiên bản này đọc định dạng {expected}); '
    "hãy cập nhật ứng dụng."
)
PRESET_MISSING_KEY = 'thiếu khóa bắt buộc "{key}".'
PRESET_UNIT_NOT_TEXT = (
    'mã đơn vị phải đặt trong dấu ngoặc kép để giữ các chữ số 0 ở đầu, ví dụ "00004" '
    "(đang là {value})."
)
PRESET_NOT_TEXT = 'giá trị của "{key}" phải là chuỗi trong dấu ngoặc kép.'
PRESET_TEMPLATES_NOT_LIST = '"templates" phải là danh sách đường dẫn, ví dụ ["templates/mau.xlsx"].'
PRESET_TOO_MANY_TEMPLATES = "quá nhiều mẫu biểu (tối đa {limit})."
PRESET_TEMPLATE_OUTSIDE = (
    'đường dẫn mẫu biểu "{path}" phải là đường dẫn tương đối nằm trong thư mục của gói cấu hình.'
)
PRESET_TEMPLATE_NOT_XLSX = 'mẫu biểu "{path}" không phải tệp Excel .xlsx.'
PRESET_TEMPLATE_MISSING = "không tìm thấy tệp mẫu biểu {path}."
PRESET_TEMPLATE_DUPLICATE = 'hai mẫu biểu trùng tên tệp "{name}".'
PRESET_TEMPLATE_NO_FORM = (
    "mẫu biểu {name} chưa dùng được: tên tệp cần bắt đầu bằng mã biểu ({forms}), ví dụ "
    '"II.06a-tinh.xlsx"; hoặc thêm mẫu ở trang Mẫu biểu.'
)
PRESET_TEMPLATE_NO_FORM_CLI = "Dòng lệnh: egov templates add."
PRESET_TEMPLATE_SAME_NAME = (
    'mẫu biểu {name} và {kept} cùng là mẫu "{template}" của biểu {form}: dùng {kept}; {name}'
    " chỉ được chép vào thư mục mẫu biểu, không dùng để xuất báo cáo. Cần cả hai thì đổi tên"
    " một tệp, ví dụ {form}-{template}2.xlsx."
)
PRESET_TEMPLATE_COPY_FAILED = "Không chép được mẫu biểu vào {path}: {detail}."

# Dossier facts, counting and the working-day calendar (domain.md §5).
RECEIVED_REQUIRED = "Hồ sơ chưa có ngày nhận."
DUE_REQUIRED = "Hồ sơ nhận ngày {received} chưa có ngày hẹn trả kết quả."
DUE_BEFORE_RECEIVED = "Ngày hẹn trả kết quả ({due}) trước ngày nhận hồ sơ ({received})."
RETURNED_TOO_EARLY = (
    "Ngày trả kết quả ({returned}) trước {field} ({day}): kết quả chỉ trả được khi đã có, "
    "hãy kiểm tra lại."
)
RETURNED_WITHOUT_RESOLVED = (
    "Hồ sơ có ngày trả kết quả ({returned}) nhưng chưa có ngày có kết quả: hãy nhập ngày có "
    "kết quả (ngày kết thúc hồ sơ)."
)
RESOLVED_BEFORE_RECEIVED = "Ngày kết thúc hồ sơ ({resolved}) trước ngày nhận hồ sơ ({received})."
DOSSIER_DATE_TOO_EARLY = "{field} ({day}) trước năm {year}: hãy kiểm tra lại năm."
DOSSIER_DATE_AFTER_TODAY = (
    "{field} ({day}) sau ngày hôm nay ({today}): ngày này chưa đến, hãy kiểm tra lại."
)
DUE_TOO_FAR = (
    "Ngày hẹn trả kết quả ({due}) cách ngày nhận hồ sơ ({received}) hơn {years} năm: "
    "hãy kiểm tra lại năm."
)
CLOSED_NEEDS_DATE = 'Hồ sơ ở trạng thái "{status}" phải có ngày kết thúc (ngày rút hoặc trả lại).'
RESOLVED_NEEDS_DATE = (
    'Hồ sơ ở trạng thái "{status}" phải có ngày có kết quả (ngày kết thúc hồ sơ); hồ sơ chưa '
    'có kết quả thì để trạng thái theo các ngày hoặc chọn "Đang giải quyết".'
)
OPEN_WITH_END_DATE = (
    'Hồ sơ có ngày có kết quả ({resolved}) nhưng trạng thái là "{status}": hồ sơ được tính là'
    " đã giải quyết. Nếu hồ sơ chưa có kết quả, hãy xóa ngày có kết quả; nếu đã có, hãy chọn"
    ' trạng thái "Đã giải quyết".'
)
UNKNOWN_CHANNEL = (
    'Hình thức tiếp nhận không hợp lệ: "{value}" '
    "(chọn trực tuyến, trực tiếp hoặc dịch vụ bưu chính công ích)."
)
UNKNOWN_DOSSIER_STATUS = 'Trạng thái hồ sơ không hợp lệ: "{value}" (chọn một trong: {choices}).'
BAD_WINDOW = "Kỳ báo cáo có ngày bắt đầu ({start}) sau ngày kết thúc ({end})."
LUNAR_OUT_OF_RANGE = "Chỉ tính được âm lịch cho các năm từ {first} đến {last} (nhận được {year})."
BAD_LUNAR_DATE = "Ngày âm lịch không tồn tại: ngày {day} tháng {month}{leap} năm {year}."
BAD_HOLIDAY_DATA = "Dữ liệu ngày nghỉ năm {year} không hợp lệ: {detail}."
NEGATIVE_WORKING_DAYS = "Số ngày làm việc không được âm (nhận được {value})."
BAD_DATE = (
    'Ngày không hợp lệ: "{value}" (viết theo dạng dd/mm/yyyy hoặc YYYY-MM-DD, ví dụ 01/10/2025'
    " hoặc 2025-10-01)."
)
NOT_AN_INTEGER = 'phải là số nguyên, ví dụ {example}, không phải "{value}"'
NOT_A_CHOICE = '"{value}" không hợp lệ, hãy chọn một trong: {choices}'
DATE_NOT_IN_CALENDAR = 'Ngày "{value}" không có trong lịch; hãy kiểm tra lại ngày và tháng.'
#: `egov entry deadline`'s own refusal (the deadlines editor edits one form's row).
DEADLINE_NEEDS_FORM_CLI = "Hãy chỉ rõ biểu cần đổi hạn nộp (--form)."
BAD_DEADLINE = "Hạn nộp phải từ 0 đến {limit} ngày sau khi hết kỳ (nhận được {value})."
MAPPING_CELL_IN_TABLE = 'ô "{key}" nằm trong các dòng chuẩn bị của bảng "{name}"'
EXPORT_UNKNOWN_FORM = 'Không có biểu "{form}" để xuất (các biểu: {known}).'
EXPORT_FORM_PLANNED = "Biểu {form} chưa hỗ trợ xuất Excel trong phiên bản này."
EXPORT_NO_UNITS = "Chưa có số liệu của đơn vị cấp dưới nào cho {period}."
NO_CARRY_OVER = "Biểu {form} không có cột nào lấy số liệu từ kỳ trước."
EXPORT_OFFICE_ONLY = (
    "Biểu {form} tổng hợp số liệu của các đơn vị cấp dưới: chỉ cơ quan tổng hợp mới xuất được."
)
EXPORT_STEP_TEMPLATE = "Đang kiểm tra mẫu biểu…"
EXPORT_STEP_DATA = "Đang đọc số liệu…"
EXPORT_STEP_WRITE = "Đang ghi và kiểm tra tệp Excel…"
EXPORT_STEP_DONE = "Đã xuất xong."
EXPORT_OVER_TEMPLATE = "Không thể ghi báo cáo đè lên chính tệp mẫu {path}; hãy chọn tên tệp khác."

# Dossier register, its import and the TTHC catalogue.
DOSSIER_CODE_REQUIRED = "Hồ sơ chưa có mã hồ sơ."
DOSSIER_SECTOR_REQUIRED = "Hồ sơ {code} chưa có lĩnh vực."
DOSSIER_EXISTS = 'Mã hồ sơ "{code}" đã có trong sổ theo dõi.'
DOSSIER_EXISTS_OTHER_CASE = (
    'Mã hồ sơ "{code}" đã có trong sổ theo dõi, viết là "{existing}" (mã hồ sơ không phân biệt'
    " chữ hoa, chữ thường)."
)
DOSSIER_NOT_FOUND = 'Không tìm thấy hồ sơ "{code}" trong sổ theo dõi.'
DOSSIER_CODE_AMBIGUOUS = (
    'Mã hồ sơ "{code}" khớp với nhiều hồ sơ trong sổ, chỉ khác chữ hoa, chữ thường ({codes}):'
    " hãy ghi mã đúng như trong sổ."
)
DOSSIER_FIELD_TOO_LONG = "{field} của hồ sơ {code} quá dài (tối đa {limit} ký tự)."
DOSSIER_CODE_TOO_LONG = 'Mã hồ sơ "{start}" quá dài ({length} ký tự, tối đa {limit} ký tự).'
DOSSIER_UNKNOWN_FIELD = 'Không sửa được trường "{field}" của hồ sơ.'
#: Refusals of `egov dossiers` options, which the dossier dialog has no counterpart of (a
#: delete there asks first; its boxes cannot hold a bad answer or a paid dossier without an
#: obligation): `_CLI`, since they name the options and only the command line raises them.
DOSSIER_DELETE_NEEDS_YES_CLI = (
    "Xóa hồ sơ {code} không hoàn tác được từ dòng lệnh: nếu chắc chắn muốn xóa, chạy lại lệnh"
    " với --yes."
)
DOSSIER_BAD_YES_NO_CLI = '{field} ({option}): "{value}" không hợp lệ; nhập "có" hoặc "không".'
DOSSIER_BAD_REUSED_CLI = (
    '{field} ({option}): "{value}" không hợp lệ; nhập "không", "có" hoặc "quốc gia" (tái sử dụng'
    " thành phần từ Cổng DVC quốc gia)."
)
DOSSIER_PAID_WITHOUT_OBLIGATION_CLI = (
    "Hồ sơ {code} đã thanh toán trực tuyến thì có nghĩa vụ tài chính: không ghi được"
    " --financial-obligation không. Nếu hồ sơ chưa thanh toán, ghi thêm --paid-online không."
)
REGISTER_NO_HEADER = (
    "Không tìm thấy dòng tiêu đề của sổ theo dõi hồ sơ trong tệp {name}: cần ít nhất các cột "
    '"Mã hồ sơ" và "Nhận hồ sơ" (ngày nhận). Hãy chỉ rõ cột nào chứa thông tin nào.'
)
REGISTER_UNKNOWN_FIELD = 'Trường "{field}" không có trong sổ theo dõi hồ sơ.'
IMPORT_BAD_DATE = 'Cột "{column}": "{value}" không phải là ngày.'
IMPORT_TWO_DIGIT_YEAR_TOO_LATE = (
    'Cột "{column}": "{value}" ghi năm bằng hai chữ số; năm hai chữ số được hiểu là 20yy nên '
    '"{digits}" sẽ là năm {year}. Hãy ghi năm đủ bốn chữ số (dd/mm/yyyy).'
)
IMPORT_BAD_FLAG = (
    'Cột "{column}": không hiểu "{value}" (ghi "x" hoặc "có" nếu có, để trống hoặc "không" nếu'
    " không)."
)
IMPORT_MISSING = 'Thiếu "{column}".'
IMPORT_DUPLICATE = "Mã hồ sơ {code} trùng với dòng {row}."
IMPORT_CODE_AMBIGUOUS = (
    "Mã hồ sơ {code} khớp với nhiều hồ sơ đã có trong sổ, chỉ khác chữ hoa, chữ thường"
    " ({codes}): hãy sửa mã của các hồ sơ đó trước."
)
IMPORT_NO_SECTOR = (
    'Không xác định được lĩnh vực (tệp không có cột "Lĩnh vực" và thủ tục "{procedure}" '
    "không có trong danh mục TTHC)."
)
# The notes of a register import: the preview's (and `--dry-run`'s) say what will happen, the
# `_DONE` ones what the import did once applied.
IMPORT_NEW_SECTORS = (
    "Lĩnh vực mới: {sectors}. Các lĩnh vực này chưa có trong danh sách lĩnh vực của đơn vị "
    "và trong sổ: mỗi lĩnh vực sẽ thành một dòng mới của biểu II.06a. Tên nào gõ sai thì hãy "
    "sửa trong tệp rồi nhập: hồ sơ đã nhập được cập nhật theo mã hồ sơ."
)
IMPORT_NEW_SECTORS_DONE = (
    "Lĩnh vực mới: {sectors}. Các lĩnh vực này chưa có trong danh sách lĩnh vực của đơn vị "
    "và trong sổ trước khi nhập: mỗi lĩnh vực đã thành một dòng mới của biểu II.06a. Tên nào "
    "gõ sai thì hãy sửa trong tệp rồi nhập lại: hồ sơ đã nhập được cập nhật theo mã hồ sơ."
)
IMPORT_NEW_SECTOR = "{name} ({rows} dòng)"
IMPORT_HIDDEN_SECTORS = (
    "Lĩnh vực đang ẩn: {sectors}. Các dòng này vẫn được nhập vào lĩnh vực đó, và lĩnh vực sẽ hiện"
    " lại trong báo cáo: biểu II.06a của kỳ có các hồ sơ này có dòng của lĩnh vực dù đơn vị đã ẩn."
    " Nếu hồ sơ đúng thuộc lĩnh vực này, có thể hiện lại lĩnh vực ở trang Lĩnh vực; nếu tệp ghi"
    " nhầm lĩnh vực, hãy sửa trong tệp rồi nhập: hồ sơ đã nhập được cập nhật theo mã hồ sơ."
)
IMPORT_HIDDEN_SECTORS_DONE = (
    "Lĩnh vực đang ẩn: {sectors}. Các dòng này đã được nhập vào lĩnh vực đó, và lĩnh vực đã hiện"
    " lại trong báo cáo: biểu II.06a của kỳ có các hồ sơ này có dòng của lĩnh vực dù đơn vị đã ẩn."
    " Nếu hồ sơ đúng thuộc lĩnh vực này, có thể hiện lại lĩnh vực ở trang Lĩnh vực; nếu tệp ghi"
    " nhầm lĩnh vực, hãy sửa trong tệp rồi nhập lại: hồ sơ đã nhập được cập nhật theo mã hồ sơ."
)
#: How IMPORT_HIDDEN_SECTORS(_DONE)'s sectors are shown again from the command line.
IMPORT_HIDDEN_SECTORS_CLI = "Hiện lại lĩnh vực bằng dòng lệnh: egov sectors show TÊN."
IMPORT_ROWS_OPEN_WITH_END_DATE = (
    "{count} dòng có ngày có kết quả nhưng trạng thái là đang giải quyết hoặc chờ bổ sung (danh"
    " sách bên dưới): các dòng này vẫn được nhập, hồ sơ được tính là đã giải quyết theo ngày có"
    " kết quả. Hãy xem lại trạng thái hoặc ngày trong tệp."
)
IMPORT_ROWS_OPEN_WITH_END_DATE_DONE = (
    "{count} dòng có ngày có kết quả nhưng trạng thái là đang giải quyết hoặc chờ bổ sung (danh"
    " sách bên dưới): các dòng này đã được nhập, hồ sơ được tính là đã giải quyết theo ngày có"
    " kết quả. Hãy xem lại trạng thái hoặc ngày trong tệp rồi nhập lại, hoặc sửa từng hồ sơ"
    " trong sổ."
)
IMPORT_ROWS_INCOMPLETE = (
    "{count} dòng có hồ sơ còn thiếu ngày (danh sách bên dưới): các dòng này vẫn được nhập, hồ "
    "sơ được đánh dấu cần bổ sung và được đếm theo các ngày đã có. Hãy bổ sung trong tệp rồi "
    "nhập lại, hoặc sửa từng hồ sơ trong sổ."
)
IMPORT_ROWS_INCOMPLETE_DONE = (
    "{count} dòng có hồ sơ còn thiếu ngày (danh sách bên dưới): các dòng này đã được nhập, hồ "
    "sơ đã được đánh dấu cần bổ sung và được đếm theo các ngày đã có. Hãy bổ sung trong tệp rồi "
    "nhập lại, hoặc sửa từng hồ sơ trong sổ."
)
#: A column of the file as the import's column lists name it: quoted as the notes and rows do.
IMPORT_COLUMN = '"{header}"'
IMPORT_NO_CHANNEL_COLUMN = (
    'Tệp không có cột "Hình thức nộp": các hồ sơ mới được ghi là nộp trực tiếp.'
)
IMPORT_NO_CHANNEL_COLUMN_DONE = (
    'Tệp không có cột "Hình thức nộp": các hồ sơ mới đã được ghi là nộp trực tiếp.'
)
#: The wording of each note above once the import is applied.
IMPORT_NOTES_DONE = {
    IMPORT_NEW_SECTORS: IMPORT_NEW_SECTORS_DONE,
    IMPORT_HIDDEN_SECTORS: IMPORT_HIDDEN_SECTORS_DONE,
    IMPORT_ROWS_OPEN_WITH_END_DATE: IMPORT_ROWS_OPEN_WITH_END_DATE_DONE,
    IMPORT_ROWS_INCOMPLETE: IMPORT_ROWS_INCOMPLETE_DONE,
    IMPORT_NO_CHANNEL_COLUMN: IMPORT_NO_CHANNEL_COLUMN_DONE,
}
# Said of the reading, done in both: the same words before and after applying.
IMPORT_FLAG_COLUMN_IGNORED = (
    'Cột "{header}" không ghi có/không (ví dụ "{value}"): đã bỏ qua cột này, các hồ sơ đã có'
    " giữ nguyên thông tin này."
)
# A register's status column read against the dossier's dates (domain/register_status.py).
STATUS_TIMELINESS_AGAINST_DATES = (
    'Cột "{column}" ghi "{value}" nhưng hồ sơ có ngày có kết quả {resolved} và ngày hẹn trả'
    " {due}: hồ sơ được tính là giải quyết {counted} theo các ngày. Hãy xem lại cột này hoặc"
    " các ngày."
)
STATUS_TIMELINESS_CLOSED = (
    'Cột "{column}" ghi "{value}" nhưng hồ sơ ở trạng thái "{status}": hồ sơ rút hoặc trả lại'
    " được tính là đúng hạn. Hãy xem lại cột này hoặc trạng thái của hồ sơ."
)
STATUS_LATE_BEFORE_DUE = (
    'Cột "{column}" ghi "{value}" nhưng hồ sơ chưa có ngày có kết quả và ngày hẹn trả ({due})'
    " chưa qua: hồ sơ được tính là đang giải quyết trong hạn. Hãy xem lại cột này hoặc các ngày."
)
IMPORT_ROWS_STATUS_AGAINST_DATES = (
    "{count} dòng ghi trước hạn, đúng hạn hoặc quá hạn không khớp với các ngày (danh sách bên"
    " dưới): các dòng này vẫn được nhập, hồ sơ được tính theo các ngày. Hãy xem lại các dòng"
    " này trong tệp."
)
IMPORT_ROWS_STATUS_AGAINST_DATES_DONE = (
    "{count} dòng ghi trước hạn, đúng hạn hoặc quá hạn không khớp với các ngày (danh sách bên"
    " dưới): các dòng này đã được nhập, hồ sơ được tính theo các ngày. Hãy xem lại các dòng"
    " này trong tệp rồi nhập lại, hoặc sửa từng hồ sơ trong sổ."
)
IMPORT_NOTES_DONE[IMPORT_ROWS_STATUS_AGAINST_DATES] = IMPORT_ROWS_STATUS_AGAINST_DATES_DONE
IMPORT_STATUS_COLUMN_IGNORED = (
    'Cột "{header}" không ghi trạng thái hồ sơ (ví dụ "{value}"): đã bỏ qua cột này, trạng thái'
    " của hồ sơ được xác định theo các ngày."
)
PROCEDURE_CODE_REQUIRED = "Thủ tục hành chính chưa có mã TTHC."
PROCEDURE_NAME_REQUIRED = "Thủ tục {code} chưa có tên."
PROCEDURE_EXISTS = 'Mã TTHC "{code}" đã có trong danh mục.'
PROCEDURE_AMBIGUOUS = (
    'Có nhiều thủ tục khớp với "{text}": {candidates}. Hãy ghi mã TTHC hoặc tên đầy đủ.'
)
PROCEDURE_NOT_FOUND = 'Không tìm thấy thủ tục "{code}" trong danh mục TTHC.'
PROCEDURE_NO_DAYS = (
    "Thủ tục {code} chưa có thời gian giải quyết nên không đề xuất được ngày hẹn trả."
)
PROCEDURE_BAD_LEVEL = 'Mức độ DVCTT không hợp lệ: "{value}" (1–4, toàn trình hoặc một phần).'
PROCEDURE_BAD_DAYS = 'Thời gian giải quyết không hợp lệ: "{value}" (số ngày làm việc).'
PROCEDURE_BAD_FEE = 'Phí, lệ phí không hợp lệ: "{value}".'
PROCEDURE_FEE_NOT_AMOUNT = (
    'Phí, lệ phí "{value}" không phải số tiền: thủ tục vẫn được nhập, chưa ghi mức phí.'
)
CATALOGUE_NO_HEADER = (
    'Không tìm thấy dòng tiêu đề của danh mục TTHC trong tệp {name}: cần các cột "Mã TTHC" và '
    '"Tên TTHC".'
)
BAD_PAGE = "Số dòng mỗi trang phải từ 1 đến {limit} (nhận được {value})."
BAD_OFFSET = "Số hồ sơ bỏ qua không được quá {limit} (nhận được {value})."
STATS_UNSUPPORTED_FORM = (
    "Biểu {form} chưa tính được từ sổ theo dõi hồ sơ (hiện chỉ tính được biểu {supported})."
)
STATS_BAD_COLUMN = "Biểu {form} không có cột số liệu {column} (các cột {first}–{last})."

# --- DVCTT indicators and IT-application targets ---
#: An office's indicators: the counts are its units' own, each over its own window.
DVC_UNITS_SUMMED = (
    "số liệu QĐ 766 của {n} đơn vị đã gửi, cộng lại (mỗi đơn vị tính theo kỳ của mình)"
)
DVC_BAD_DENOMINATOR = (
    'Mẫu số của tỷ lệ hồ sơ trực tuyến không hợp lệ: "{value}" ("new": tiếp nhận mới '
    'trực tuyến, trực tiếp và bưu chính; "all": tổng số hồ sơ nhận giải quyết).'
)
DVC_NO_PROCEDURES = "Chưa chọn thủ tục hành chính nào."
TARGET_UNKNOWN_INDICATOR = 'Không có chỉ tiêu "{code}" trong danh mục chỉ tiêu.'
TARGET_NEGATIVE = "Tử số và mẫu số không được âm."
TARGET_NEEDS_DENOMINATOR = 'Chỉ tiêu "{code}" là tỷ lệ: cần nhập mẫu số.'
TARGET_COUNT_NO_DENOMINATOR = 'Chỉ tiêu "{code}" là số lượng: không nhập mẫu số.'
TARGET_NUMERATOR_TOO_BIG = "Tử số ({numerator}) không được lớn hơn mẫu số ({denominator})."
DVC_BAD_YES_NO = '"{value}" không hợp lệ: nhập "có" hoặc "không".'

# --- QĐ 766 figures (form 766) ---
STATS_NO_DRILL_DOWN = (
    "Biểu {form} không xem được các hồ sơ của từng ô (chỉ xem được với biểu {supported})."
)

# Unit settings printed on the reports.
AGENCY_CODE_INVALID = (
    "Mã định danh điện tử «{value}» không hợp lệ: gồm các nhóm chữ và số nối bằng dấu chấm, "
    "tối đa 32 ký tự (ví dụ 000.00.31.H26)."
)

# --- About page and `egov info`: the details a clerk copies into a chat with the IT officer ---
ABOUT_VERSION = "Phiên bản"
ABOUT_OS = "Hệ điều hành"
ABOUT_CLOCK = "Ngày giờ trên máy"
ABOUT_UNIT = "Đơn vị"
ABOUT_ROLE = "Vai trò"
ABOUT_CATALOG = "Danh mục đơn vị hành chính"
ABOUT_MODE = "Cách tính kỳ báo cáo"
ABOUT_DATA_DIR = "Thư mục dữ liệu"
ABOUT_LOGS_DIR = "Thư mục nhật ký"
ABOUT_DATABASE = "Cơ sở dữ liệu"
ABOUT_BACKUPS = "Bản sao lưu"
ABOUT_NEWEST_BACKUP = "Bản sao lưu mới nhất"
ABOUT_FREE = "Dung lượng trống trên ổ đĩa dữ liệu"
ABOUT_NOT_SET_UP = "chưa thiết lập"
ABOUT_NONE_YET = "chưa có"
ABOUT_UNKNOWN = "không xác định được"
ABOUT_BACKUPS_VALUE = "{count} bản, {size}"
#: `egov info`'s line on the room the data takes.
ABOUT_STORAGE_LINE = (
    "Dung lượng: cơ sở dữ liệu {database}; {count} bản sao lưu, {backups}; ổ đĩa còn trống {free}"
)
#: Which catalogue of administrative units a folder works with (keys: domain/units.py CATALOGS).
CATALOG_NAMES = {
    "2025": "2025 (từ 01/07/2025, hai cấp)",
    "legacy": "legacy (trước 01/07/2025, ba cấp)",
}
