<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="35" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="43" />
        <source>A backup is made every day, before every upgrade of the database and before every restore. Copy the backups folder to a USB drive from time to time.</source>
        <translation>Ứng dụng tự sao lưu mỗi ngày, trước mỗi lần nâng cấp cơ sở dữ liệu và trước mỗi lần khôi phục. Thỉnh thoảng hãy chép thư mục sao lưu ra USB.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="47" />
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="49" />
        <source>Open backups folder</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="59" />
        <source>Made at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="59" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="60" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="70" />
        <source>Before database upgrade</source>
        <translation>Trước khi nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="71" />
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="72" />
        <source>On demand</source>
        <translation>Theo yêu cầu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="73" />
        <source>Before restore</source>
        <translation>Trước khi khôi phục</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/errors.py" line="43" />
        <source>Unexpected error</source>
        <translation>Lỗi không mong muốn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/errors.py" line="50" />
        <source>An unexpected error occurred. Your data is safe: every change is saved as soon as it is made. Please send the log file to IT support.
Log folder: {path}</source>
        <translation>Đã xảy ra lỗi không mong muốn. Dữ liệu của bạn vẫn an toàn: mọi thay đổi được lưu ngay khi thực hiện. Hãy gửi tệp nhật ký cho bộ phận CNTT.
Thư mục nhật ký: {path}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/errors.py" line="59" />
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/errors.py" line="62" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="35" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="36" />
        <source>Province / city:</source>
        <translation>Tỉnh / thành phố:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="37" />
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="38" />
        <source>Period mode:</source>
        <translation>Cách tính kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="39" />
        <source>Current month:</source>
        <translation>Tháng hiện tại:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="40" />
        <source>Current quarter:</source>
        <translation>Quý hiện tại:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="41" />
        <source>Officer / head:</source>
        <translation>Cán bộ lập biểu / Thủ trưởng:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="42" />
        <source>Last backup:</source>
        <translation>Lần sao lưu gần nhất:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="43" />
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="66" />
        <source>Commune one-stop office</source>
        <translation>Bộ phận Một cửa cấp xã</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="68" />
        <source>Aggregating office</source>
        <translation>Cơ quan tổng hợp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="71" />
        <source>Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)</source>
        <translation>Chốt số liệu theo Nghị định 09/2019/NĐ-CP (ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="73" />
        <source>Calendar periods</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="78" />
        <source>(not set)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="83" />
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="50" />
        <source>egov_desktop — one-stop-shop statistics</source>
        <translation>egov_desktop — Thống kê một cửa và dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="56" />
        <source>Opening data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="65" />
        <source>Data folder: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="131" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="132" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="133" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="214" />
        <source>Signatures</source>
        <translation>Người ký báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="215" />
        <source>Printed in the signature block of every report.</source>
        <translation>In ở phần chữ ký của mọi báo cáo.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="221" />
        <source>Officer preparing reports:</source>
        <translation>Người lập biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="222" />
        <source>Head of the unit:</source>
        <translation>Thủ trưởng đơn vị:</translation>
    </message>
</context>
<context>
    <name>PeriodPage</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="180" />
        <source>Reporting periods</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="181" />
        <source>How the days of a reporting period are counted.</source>
        <translation>Cách xác định ngày đầu và ngày cuối của kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="188" />
        <source>Data cut-off per Decree 09/2019/NĐ-CP</source>
        <translation>Chốt số liệu theo Nghị định 09/2019/NĐ-CP</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="192" />
        <source>From the 15th of the previous month to the 14th of the report month; e.g. quarter III: 15/06 to 14/09.</source>
        <translation>Từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo; ví dụ quý III: từ 15/06 đến 14/09.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="196" />
        <source>Calendar periods</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="200" />
        <source>From the first to the last day of the month; e.g. quarter III: 01/07 to 30/09.</source>
        <translation>Từ ngày đầu đến ngày cuối tháng; ví dụ quý III: từ 01/07 đến 30/09.</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="59" />
        <source>Role of this office</source>
        <extracomment>(text, catalog, role) -&gt; matching units; injected so the wizard is testable with fakes.</extracomment>
        <translation>Vai trò của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="60" />
        <source>Choose what this computer is used for.</source>
        <translation>Chọn công việc của máy tính này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="67" />
        <source>Commune one-stop office</source>
        <translation>Bộ phận Một cửa cấp xã</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="71" />
        <source>Records dossiers and online public service figures of one commune and prepares its periodic reports.</source>
        <translation>Theo dõi hồ sơ thủ tục hành chính, số liệu dịch vụ công trực tuyến của một xã và lập báo cáo định kỳ.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="75" />
        <source>Aggregating office</source>
        <translation>Cơ quan tổng hợp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="79" />
        <source>Collects the communes' data (the province since 1 July 2025, the district for earlier periods) and prepares aggregated reports.</source>
        <translation>Tiếp nhận số liệu của các xã (cấp tỉnh từ ngày 01/7/2025, cấp huyện cho các kỳ trước) và lập báo cáo tổng hợp.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="83" />
        <source>Catalogue of administrative units</source>
        <translation>Danh mục đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="91" />
        <source>From 1 July 2025 (34 provinces, 3,321 communes)</source>
        <translation>Từ ngày 01/7/2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="92" />
        <source>Two levels: province and commune (xã, phường, đặc khu).</source>
        <translation>Hai cấp: tỉnh và xã (xã, phường, đặc khu).</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="96" />
        <source>Before 1 July 2025 (63 provinces, 696 districts)</source>
        <translation>Trước ngày 01/7/2025 (63 tỉnh, thành phố; 696 quận, huyện)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="97" />
        <source>Three levels, for historical reporting periods.</source>
        <translation>Ba cấp, dùng cho các kỳ báo cáo trước đây.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="37" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="44" />
        <source>Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)</source>
        <translation>Chốt số liệu theo Nghị định 09/2019/NĐ-CP (ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="46" />
        <source>Calendar periods</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="51" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="52" />
        <source>Period mode:</source>
        <translation>Cách tính kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="53" />
        <source>Officer preparing reports:</source>
        <translation>Người lập biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="54" />
        <source>Head of the unit:</source>
        <translation>Thủ trưởng đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="56" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="90" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="232" />
        <source>Set up egov_desktop</source>
        <translation>Thiết lập egov_desktop</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="242" />
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="243" />
        <source>Next &gt;</source>
        <translation>Tiếp theo &gt;</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="244" />
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="245" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="116" />
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="119" />
        <source>Type part of the name without diacritics, e.g. "ba dinh", or the code.</source>
        <translation>Gõ một phần tên (có thể không dấu), ví dụ "ba dinh", hoặc mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="122" />
        <source>Search units…</source>
        <translation>Tìm đơn vị…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="147" />
        <source>Type to search.</source>
        <translation>Gõ để tìm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="158" />
        <source>%n unit(s) found.</source>
        <translation><numerusform>Tìm thấy %n đơn vị.</numerusform></translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="160" />
        <source>No unit matches.</source>
        <translation>Không có đơn vị phù hợp.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../egov_desktop/app.py" line="66" />
        <source>Damaged database</source>
        <extracomment>Set by bench/startup.py: wall-clock start of the process, to report when the window showed.</extracomment>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/app.py" line="72" />
        <source>Restore the newest backup, made on {when}? The damaged file is kept aside.</source>
        <translation>Khôi phục bản sao lưu gần nhất (lúc {when})? Tệp bị hỏng vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/app.py" line="75" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/app.py" line="77" />
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../egov_desktop/ui/errors.py" line="32" />
        <source>Cannot continue</source>
        <translation>Không thể tiếp tục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/errors.py" line="34" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
</TS>