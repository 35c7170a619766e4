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
    <name>DeadlinesEditor</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="37" />
        <source>Reporting deadlines</source>
        <extracomment>Same bound as the service enforces (a year).</extracomment>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="44" />
        <source>Days after the end of the period by which each report is due. The to-do list on the home page counts down to these dates.</source>
        <translation>Số ngày sau khi hết kỳ mà mỗi biểu phải nộp. Danh sách việc cần làm ở trang chủ đếm ngược đến các hạn này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="50" />
        <source>Save deadlines</source>
        <translation>Lưu hạn nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="52" />
        <source>Restore defaults</source>
        <translation>Trở về mặc định</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="70" />
        <source> days after the period</source>
        <translation> ngày sau khi hết kỳ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="72" />
        <source>Default: {days} days</source>
        <translation>Mặc định: {days} ngày</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../egov_desktop/ui/models/entry_table_model.py" line="196" />
        <source>Total</source>
        <extracomment>Column kinds of the form definition. Severity of a problem, as the services report it. Custom role: "error", "warning" or None for the cell. (sector id, column number, new value or None to clear). (row, column, Vietnamese message): a typed value was refused; the old value stays.</extracomment>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/entry_table_model.py" line="265" />
        <source>Taken from the previous period's pending dossiers; type a number to replace it.</source>
        <translation>Lấy từ số hồ sơ đang giải quyết của kỳ trước; gõ số khác để thay.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/entry_table_model.py" line="269" />
        <source>Sum of the rows above (read-only).</source>
        <translation>Tổng các dòng phía trên (tự tính, không sửa trực tiếp).</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="87" />
        <source>Report entry</source>
        <extracomment>Replaced in tests; the defaults open modal dialogs.</extracomment>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="92" />
        <source>Form:</source>
        <translation>Biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="97" />
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="102" />
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="105" />
        <source>Mark complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="107" />
        <source>Re-open</source>
        <translation>Mở lại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="125" />
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="126" />
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="135" />
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="435" />
        <source>Take figures from the previous period</source>
        <translation>Lấy số từ kỳ trước</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="138" />
        <source>Fill column (6) with the previous period's pending dossiers (column 11)</source>
        <translation>Điền cột (6) bằng số hồ sơ đang giải quyết của kỳ trước (cột 11)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="142" />
        <source>Type digits to fill a cell; Enter, Tab and arrows move; Ctrl+V pastes.</source>
        <translation>Gõ số để nhập ô; Enter, Tab và phím mũi tên để di chuyển; Ctrl+V để dán.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="275" />
        <source>Note: {note}</source>
        <translation>Ghi chú: {note}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="284" />
        <source>Checks: {errors} error(s), {warnings} warning(s)</source>
        <translation>Kiểm tra: {errors} lỗi, {warnings} cảnh báo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="288" />
        <source>Checks: no problems found</source>
        <translation>Kiểm tra: không phát hiện lỗi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="293" />
        <source>Not started</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="294" />
        <source>In progress</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="295" />
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="370" />
        <source>This report is complete. Re-open it to change figures.</source>
        <translation>Báo cáo đã hoàn thành. Bấm “Mở lại” để sửa số liệu.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="371" />
        <source>Type a figure</source>
        <translation>Nhập số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="381" />
        <source>Clear cells</source>
        <translation>Xóa ô</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="404" />
        <source>Paste cancelled; nothing was changed.</source>
        <translation>Đã hủy dán; số liệu không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="407" />
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="415" />
        <source>Pasted {n} cells; {m} invalid cells were skipped.</source>
        <translation>Đã dán {n} ô; bỏ qua {m} ô không hợp lệ.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="439" />
        <source>{n} figures taken from the previous period.</source>
        <translation>Đã lấy {n} số từ kỳ trước.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="444" />
        <source>The previous period has nothing to carry over.</source>
        <translation>Kỳ trước không có hồ sơ đang giải quyết để chuyển sang.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="462" />
        <source>The report is marked complete.</source>
        <translation>Đã đánh dấu báo cáo hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="466" />
        <source>The report is open for changes again.</source>
        <translation>Báo cáo đã được mở lại để sửa.</translation>
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
        <location filename="../../egov_desktop/ui/views/home_view.py" line="45" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="46" />
        <source>Province / city:</source>
        <translation>Tỉnh / thành phố:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="47" />
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="48" />
        <source>Period mode:</source>
        <translation>Cách tính kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="49" />
        <source>Current month:</source>
        <translation>Tháng hiện tại:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="50" />
        <source>Current quarter:</source>
        <translation>Quý hiện tại:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="51" />
        <source>Officer / head:</source>
        <translation>Cán bộ lập biểu / Thủ trưởng:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="52" />
        <source>Last backup:</source>
        <translation>Lần sao lưu gần nhất:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="53" />
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="81" />
        <source>Commune one-stop office</source>
        <translation>Bộ phận Một cửa cấp xã</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="83" />
        <source>Aggregating office</source>
        <translation>Cơ quan tổng hợp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="86" />
        <source>Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)</source>
        <translation>Chốt số liệu theo Nghị định 09/2019/NĐ-CP (ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="88" />
        <source>Calendar periods</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="93" />
        <source>(not set)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="98" />
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="60" />
        <source>egov_desktop — one-stop-shop statistics</source>
        <translation>egov_desktop — Thống kê một cửa và dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="68" />
        <source>Opening data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="77" />
        <source>Data folder: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="155" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="156" />
        <source>Report entry</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="157" />
        <source>Reports</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="158" />
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="159" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="160" />
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
    <name>NoteDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="30" />
        <source>Complete with warnings</source>
        <translation>Hoàn thành khi còn cảnh báo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="37" />
        <source>These warnings remain. Write a short note explaining them; it is kept with the report.</source>
        <translation>Biểu còn các cảnh báo dưới đây. Hãy ghi chú ngắn gọn lý do; ghi chú được lưu cùng báo cáo.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="46" />
        <source>Note</source>
        <extracomment>Column widths in pixels at the default font: sequence number and each figure.</extracomment>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="52" />
        <source>Mark complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="54" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PastePlan</name>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="119" />
        <source>Outside the table</source>
        <translation>Nằm ngoài bảng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="131" />
        <source>The total row is computed</source>
        <translation>Dòng tổng số được tính tự động</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="133" />
        <source>This column is not typed in</source>
        <translation>Cột này không nhập số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="158" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="159" />
        <source>Row {n}</source>
        <translation>Dòng {n}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="163" />
        <source>column {n}</source>
        <translation>cột {n}</translation>
    </message>
</context>
<context>
    <name>PastePreview</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/paste_preview.py" line="39" />
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/paste_preview.py" line="40" />
        <source>Pasted value</source>
        <translation>Giá trị dán</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/paste_preview.py" line="41" />
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/paste_preview.py" line="63" />
        <source>OK</source>
        <translation>Hợp lệ</translation>
    </message>
</context>
<context>
    <name>PastePreviewDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/paste_preview.py" line="81" />
        <source>Check the pasted values</source>
        <translation>Kiểm tra số liệu dán</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/paste_preview.py" line="90" />
        <source>{bad} of the pasted cells cannot be used. Paste the {good} valid cells only, or cancel and correct the copied block.</source>
        <translation>Có {bad} ô dán không dùng được. Chỉ dán {good} ô hợp lệ, hoặc hủy để sửa lại vùng đã sao chép.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/paste_preview.py" line="104" />
        <source>Paste valid cells</source>
        <extracomment>Clipboard text to paste at the current cell. [(row, column), …] of the selected cells to clear in one batch. Space between a header cell's border and its text. Long enough for a reason, short enough to print beside the report.</extracomment>
        <translation>Dán các ô hợp lệ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/paste_preview.py" line="108" />
        <source>Cancel</source>
        <translation>Hủy</translation>
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
    <name>PeriodPicker</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="36" />
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="41" />
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="43" />
        <source>Next period</source>
        <translation>Kỳ sau</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="55" />
        <source>Month {n}</source>
        <translation>Tháng {n}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="57" />
        <source>Quarter {n}</source>
        <translation>Quý {n}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="59" />
        <source>First six months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="60" />
        <source>Last six months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="62" />
        <source>Nine months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="64" />
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="39" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="41" />
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="42" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="46" />
        <source>Click to select the cells involved</source>
        <translation>Bấm để chọn các ô liên quan</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="101" />
        <source>Reports</source>
        <extracomment>Period kind of each exportable form (the aggregated sheet follows II.06a). Replaced in tests; the defaults open modal dialogs.</extracomment>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="105" />
        <source>Form:</source>
        <translation>Biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="110" />
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="115" />
        <source>Template:</source>
        <translation>Mẫu biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="119" />
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="178" />
        <source>built-in</source>
        <translation>mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="179" />
        <source>unit's own</source>
        <translation>mẫu của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="203" />
        <source>Row</source>
        <translation>Lĩnh vực, đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="215" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="230" />
        <source>Checks: {count} problem(s) — the file can still be exported.</source>
        <translation>Kiểm tra: {count} vấn đề — vẫn có thể xuất tệp.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="235" />
        <source>Checks: no problems.</source>
        <translation>Kiểm tra: không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="253" />
        <source>Exporting…</source>
        <translation>Đang xuất báo cáo…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="309" />
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="311" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="321" />
        <source>Report exported</source>
        <translation>Đã xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="322" />
        <source>The report was written and checked:
{path}</source>
        <translation>Báo cáo đã được ghi và kiểm tra:
{path}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="327" />
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="328" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="329" />
        <source>Close</source>
        <translation>Đóng</translation>
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
    <name>SectorListModel</name>
    <message>
        <location filename="../../egov_desktop/ui/models/sector_list_model.py" line="58" />
        <source>hidden</source>
        <extracomment>Custom role: the SectorInfo of a row.</extracomment>
        <translation>đang ẩn</translation>
    </message>
</context>
<context>
    <name>SectorsView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="38" />
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="46" />
        <source>The sectors are the rows of the report forms. A hidden sector keeps its figures but leaves the entry grid; show it again at any time.</source>
        <translation>Các lĩnh vực là các dòng của biểu báo cáo. Lĩnh vực bị ẩn vẫn giữ số liệu nhưng không hiện trong bảng nhập; có thể hiện lại bất cứ lúc nào.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="52" />
        <source>Name of a new sector</source>
        <translation>Tên lĩnh vực mới</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="57" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="76" />
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="77" />
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="78" />
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="121" />
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="120" />
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="138" />
        <source>Added {name}.</source>
        <translation>Đã thêm {name}.</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="56" />
        <source>Settings</source>
        <extracomment>Dynamic property of the main window holding the data folder (set by app.py), from which the page builds its preset service when none is passed in.</extracomment>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="63" />
        <source>Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)</source>
        <translation>Chốt số liệu theo Nghị định 09/2019/NĐ-CP (ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="65" />
        <source>Calendar periods</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="70" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="71" />
        <source>Period mode:</source>
        <translation>Cách tính kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="72" />
        <source>Officer preparing reports:</source>
        <translation>Người lập biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="73" />
        <source>Head of the unit:</source>
        <translation>Thủ trưởng đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="76" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="79" />
        <source>Import configuration package…</source>
        <translation>Nhập gói cấu hình…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="82" />
        <source>Apply an egov-preset.json file prepared by IT staff (unit, period mode, ...)</source>
        <translation>Áp dụng tệp egov-preset.json do cán bộ CNTT chuẩn bị (đơn vị, cách tính kỳ báo cáo, ...)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="122" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="132" />
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="177" />
        <source>Import configuration package</source>
        <translation>Nhập gói cấu hình</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="134" />
        <source>Configuration package ({pattern})</source>
        <translation>Gói cấu hình ({pattern})</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="151" />
        <source>Configuration package applied.</source>
        <translation>Đã áp dụng gói cấu hình.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="152" />
        <source>{count} template(s) copied.</source>
        <translation>Đã chép {count} mẫu biểu.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="164" />
        <source>Unit: {unit}</source>
        <translation>Đơn vị: {unit}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="165" />
        <source>Period mode: {mode}</source>
        <translation>Cách tính kỳ báo cáo: {mode}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="168" />
        <source>Officer: {name}</source>
        <translation>Cán bộ lập biểu: {name}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="170" />
        <source>Head: {name}</source>
        <translation>Thủ trưởng: {name}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="173" />
        <source>Templates: {count}</source>
        <translation>Mẫu biểu: {count}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="178" />
        <source>Apply the configuration package {file}?</source>
        <translation>Áp dụng gói cấu hình {file}?</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="184" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="185" />
        <source>Cancel</source>
        <translation>Hủy</translation>
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
    <name>TodoTableModel</name>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="34" />
        <source>Not started</source>
        <extracomment>Column constants. Custom role: the TodoItem of a row.</extracomment>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="35" />
        <source>In progress</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="36" />
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="44" />
        <source>filed</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="45" />
        <source>{n} days left</source>
        <translation>còn {n} ngày</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="50" />
        <source>due today</source>
        <translation>hạn chót hôm nay</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="50" />
        <source>{n} days overdue</source>
        <translation>quá hạn {n} ngày</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="64" />
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="65" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="66" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="67" />
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="68" />
        <source>Time</source>
        <translation>Thời hạn</translation>
    </message>
</context>
<context>
    <name>TodoView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/todo_view.py" line="34" />
        <source>To do</source>
        <translation>Việc cần làm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/todo_view.py" line="46" />
        <source>Double-click a report to open it</source>
        <translation>Bấm đúp vào một báo cáo để mở</translation>
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
        <translation>
            <numerusform>Tìm thấy %n đơn vị.</numerusform>
        </translation>
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
        <extracomment>Audit source of the writes made by undo and redo: the services know typed, pasted, computed and imported; an undo is the clerk retyping the old figures.</extracomment>
        <translation>Không thể tiếp tục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/errors.py" line="34" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
</TS>