<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="41" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="51" />
        <source>egov_desktop keeps the one-stop-shop statistics of a commune and of the office that aggregates them: the dossier register, the reports (II.06a, II.07b, QĐ 766) and the packages sent between them. It works without internet; all the data stays in the data folder on this computer. To ask the IT officer for help, copy the details below and paste them into the message.</source>
        <translation>egov_desktop giúp Bộ phận Một cửa cấp xã và cơ quan tổng hợp thống kê hồ sơ: sổ theo dõi hồ sơ, các báo cáo (Biểu II.06a, II.07b, QĐ 766) và các gói báo cáo gửi, nhận giữa các đơn vị. Ứng dụng chạy không cần Internet; mọi dữ liệu nằm trong thư mục dữ liệu trên máy này. Khi cần cán bộ CNTT hỗ trợ, hãy sao chép thông tin dưới đây rồi dán vào tin nhắn.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="67" />
        <source>Copy details</source>
        <translation>Sao chép thông tin</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="69" />
        <source>Open logs folder</source>
        <translation>Mở thư mục nhật ký</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="71" />
        <source>Licence texts</source>
        <translation>Văn bản giấy phép</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="80" />
        <source>Third-party software and data</source>
        <translation>Phần mềm và dữ liệu của bên thứ ba</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="92" />
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="93" />
        <source>Operating system:</source>
        <translation>Hệ điều hành:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="94" />
        <source>Computer's date and time:</source>
        <translation>Ngày giờ trên máy:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="95" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="96" />
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="97" />
        <source>Catalogue of administrative units:</source>
        <translation>Danh mục đơn vị hành chính:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="98" />
        <source>Period mode:</source>
        <translation>Cách tính kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="99" />
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="100" />
        <source>Logs folder:</source>
        <translation>Thư mục nhật ký:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="101" />
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="102" />
        <source>Backups:</source>
        <translation>Bản sao lưu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="103" />
        <source>Newest backup:</source>
        <translation>Bản sao lưu mới nhất:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="104" />
        <source>Free space on the data folder's disk:</source>
        <translation>Dung lượng trống trên ổ đĩa dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="124" />
        <source>Copied: paste it into the message to the IT officer.</source>
        <translation>Đã chép: hãy dán vào tin nhắn gửi cán bộ CNTT.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/about_view.py" line="138" />
        <source>Could not open the folder {path}.</source>
        <translation>Không mở được thư mục {path}.</translation>
    </message>
</context>
<context>
    <name>BackupsView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="49" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="59" />
        <source>A backup is made every day, before every upgrade of the database, every import and every restore. Copy the backups folder to a USB drive from time to time. When the backups would take more than a tenth of the disk, or leave it short of space, the oldest make room for the next one; the newest five, each month's newest and those made before an upgrade always stay.</source>
        <translation>Ứng dụng tự sao lưu mỗi ngày, trước mỗi lần nâng cấp cơ sở dữ liệu, mỗi lần nhập dữ liệu và mỗi lần khôi phục. Thỉnh thoảng hãy chép thư mục sao lưu ra USB. Khi các bản sao lưu sắp chiếm quá một phần mười ổ đĩa hoặc ổ đĩa sắp hết chỗ, các bản cũ nhất được xóa để có chỗ cho bản mới; năm bản mới nhất, bản mới nhất của mỗi tháng và các bản trước khi nâng cấp luôn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="63" />
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="65" />
        <source>Open backups folder</source>
        <translation>Mở thư mục sao lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="69" />
        <source>Restore the selected backup…</source>
        <translation>Khôi phục bản sao lưu đã chọn…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="82" />
        <source>Made at</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="82" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="83" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="116" />
        <source>{count} backups take {used}.</source>
        <translation>{count} bản sao lưu chiếm {used}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="118" />
        <source>{count} backups take {used}; the disk has {free} free.</source>
        <translation>{count} bản sao lưu chiếm {used}; ổ đĩa còn trống {free}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="145" />
        <source>Restore a backup</source>
        <translation>Khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="158" />
        <source>Put the data back as it was on {when}? Everything entered since then is replaced. The data as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Đưa dữ liệu về như lúc {when}? Mọi số liệu nhập sau thời điểm đó sẽ bị thay thế. Dữ liệu hiện tại được sao lưu trước, nên có thể quay lại bằng cách khôi phục bản sao lưu đó.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="164" />
        <source>This backup holds the data of another unit, {unit}: after the restore this data folder works for that unit.</source>
        <translation>Bản sao lưu này là dữ liệu của đơn vị khác, {unit}: sau khi khôi phục, thư mục dữ liệu này sẽ làm việc cho đơn vị đó.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="171" />
        <source>{count} package(s) sent after this backup ({files}) will no longer be in the history of sent packages; the next package is numbered after them.</source>
        <translation>{count} gói đã gửi sau bản sao lưu này ({files}) sẽ không còn trong lịch sử gửi; gói gửi tiếp theo được đánh số sau các gói đó.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="176" />
        <source>The data was restored from {file}.</source>
        <translation>Đã khôi phục dữ liệu từ {file}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/backups_view.py" line="178" />
        <source>The data as it was before is kept in {file}.</source>
        <translation>Dữ liệu trước khi khôi phục được giữ trong {file}.</translation>
    </message>
</context>
<context>
    <name>DeadlinesEditor</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="37" />
        <source>Reporting deadlines</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="44" />
        <source>Days after the end of the period by which each report is due. The to-do list on the home page counts down to these dates.</source>
        <translation>Số ngày sau khi hết kỳ mà mỗi biểu phải nộp. Danh sách việc cần làm ở trang chủ đếm ngược đến các hạn này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="53" />
        <source>Save deadlines</source>
        <translation>Lưu hạn nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="55" />
        <source>Restore defaults</source>
        <translation>Trở về mặc định</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="74" />
        <source> days after the period</source>
        <translation> ngày sau khi hết kỳ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/deadlines_editor.py" line="76" />
        <source>Default: {days} days</source>
        <translation>Mặc định: {days} ngày</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="81" />
        <source>Edit dossier</source>
        <translation>Sửa hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="81" />
        <source>New dossier</source>
        <translation>Thêm hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="112" />
        <source>Code or words of the name, accents optional</source>
        <translation>Mã hoặc vài chữ trong tên, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="142" />
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="154" />
        <source>By the dates</source>
        <translation>Theo các ngày</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="148" />
        <source>Propose &amp;from the procedure</source>
        <translation>Đề &amp;xuất theo thủ tục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="161" />
        <source>&amp;Dossier code:</source>
        <translation>&amp;Mã hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="162" />
        <source>&amp;Procedure (TTHC):</source>
        <translation>&amp;Thủ tục hành chính (TTHC):</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="163" />
        <source>&amp;Sector:</source>
        <translation>&amp;Lĩnh vực:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="164" />
        <source>&amp;Applicant:</source>
        <translation>Tên tổ &amp;chức, cá nhân:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="165" />
        <source>Address / p&amp;hone:</source>
        <translation>Địa chỉ, &amp;số điện thoại:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="166" />
        <source>&amp;Lead agency:</source>
        <translation>Cơ &amp;quan chủ trì giải quyết:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="167" />
        <source>&amp;Channel:</source>
        <translation>Hình thức nộ&amp;p:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="168" />
        <source>&amp;Received on:</source>
        <translation>Ngày &amp;nhận hồ sơ:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="169" />
        <source>D&amp;ue on:</source>
        <translation>Ngày &amp;hẹn trả kết quả:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="170" />
        <source>Resol&amp;ved on:</source>
        <translation>Ngày có &amp;kết quả:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="171" />
        <source>Retur&amp;ned to applicant on:</source>
        <translation>Ngày t&amp;rả kết quả:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="173" />
        <source>How the result is taken:</source>
        <translation>Phương thức nhận kết quả:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="174" />
        <source>S&amp;tatus:</source>
        <translation>Trạng thá&amp;i:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="175" />
        <source>N&amp;ote:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="201" />
        <source>Has a financial o&amp;bligation</source>
        <translation>Có nghĩa &amp;vụ tài chính</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="202" />
        <source>Pa&amp;id online</source>
        <translation>Đã thanh t&amp;oán trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="203" />
        <source>Components di&amp;gitised</source>
        <translation>Đã số hó&amp;a thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="204" />
        <source>R&amp;esult digitised</source>
        <translation>Đã số hóa kết quả giải qu&amp;yết</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="205" />
        <source>S&amp;ynced to the national portal</source>
        <translation>Đã đồng &amp;bộ lên Cổng Dịch vụ công quốc gia</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="206" />
        <source>Co&amp;mponents reused</source>
        <translation>Có tái sử &amp;dụng thành phần hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="207" />
        <source>Components ta&amp;ken from the national portal</source>
        <translation>Tái sử dụng thành phần từ Cổng DVC q&amp;uốc gia</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="232" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="233" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="321" />
        <source>{field}: "{value}" is not a date (dd/mm/yyyy).</source>
        <translation>{field}: "{value}" không phải là ngày (dd/mm/yyyy).</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="329" />
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="339" />
        <source>Received on</source>
        <translation>Ngày nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="331" />
        <source>Choose a procedure and the date received first.</source>
        <translation>Hãy chọn thủ tục và nhập ngày nhận hồ sơ trước.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="341" />
        <source>The date received is required.</source>
        <translation>Phải nhập ngày nhận hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="352" />
        <source>Due on</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="353" />
        <source>Resolved on</source>
        <translation>Ngày có kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="354" />
        <source>Returned to applicant on</source>
        <translation>Ngày trả kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="414" />
        <source>New sector</source>
        <translation>Lĩnh vực mới</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="417" />
        <source>The sector «{name}» is not in the unit's sector list. Add it as a new sector?</source>
        <translation>Lĩnh vực «{name}» chưa có trong danh sách lĩnh vực của đơn vị. Thêm lĩnh vực mới?</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="427" />
        <source>Hidden sector</source>
        <translation>Lĩnh vực đang ẩn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dossier_dialog.py" line="431" />
        <source>The sector «{name}» is hidden in the unit's sector list (Sectors page). Show it again and save the dossier with it?</source>
        <translation>Lĩnh vực «{name}» đang bị ẩn trong danh sách lĩnh vực của đơn vị (trang Lĩnh vực). Hiện lại lĩnh vực này và lưu hồ sơ?</translation>
    </message>
</context>
<context>
    <name>DossierTableModel</name>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="70" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="71" />
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="72" />
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="73" />
        <source>Applicant</source>
        <translation>Tổ chức, cá nhân</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="74" />
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="75" />
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="76" />
        <source>Due</source>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="77" />
        <source>Resolved</source>
        <translation>Ngày có kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/dossier_table_model.py" line="78" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>DvcView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="69" />
        <source>Online public services (DVCTT)</source>
        <translation>Dịch vụ công trực tuyến (DVCTT)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="73" />
        <source>Import the province's list…</source>
        <translation>Nhập danh mục TTHC của tỉnh…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="75" />
        <source>Record the catalogue for this period</source>
        <translation>Ghi nhận danh mục cho kỳ này</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="77" />
        <source>Fill II.07b from the catalogue</source>
        <translation>Đưa số TTHC vào biểu II.07b</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="81" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="87" />
        <source>TTHC code</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="88" />
        <source>Procedure</source>
        <translation>Thủ tục hành chính</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="89" />
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="113" />
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="90" />
        <source>DVCTT level</source>
        <translation>Mức độ DVCTT</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="91" />
        <source>Online payment</source>
        <translation>Thanh toán trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="92" />
        <source>Recorded for the period</source>
        <translation>Đã ghi nhận cho kỳ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="129" />
        <source>Set for the selected procedures</source>
        <translation>Áp dụng cho các thủ tục đã chọn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="420" />
        <source>%1 procedure(s) kept without a fee amount (the fee cell was not a number).</source>
        <translation>%1 thủ tục đã nhập nhưng chưa ghi mức phí (ô phí, lệ phí không phải số tiền).</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="114" />
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="134" />
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="273" />
        <source>Full process</source>
        <translation>Toàn trình</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="135" />
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="275" />
        <source>Partial</source>
        <translation>Một phần</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="136" />
        <source>Not online</source>
        <translation>Không trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="137" />
        <source>Online payment: yes</source>
        <translation>Có thanh toán trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="138" />
        <source>Online payment: no</source>
        <translation>Không thanh toán trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="155" />
        <source>Indicator</source>
        <translation>Chỉ số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="155" />
        <source>Numerator / denominator</source>
        <translation>Tử số /
mẫu số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="156" />
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="172" />
        <source>Online / new receipts (col. 4 + 5)</source>
        <translation>Trực tuyến / tiếp nhận mới (cột 4 + 5)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="173" />
        <source>Online / all dossiers (col. 3)</source>
        <translation>Trực tuyến / tổng số hồ sơ (cột 3)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="181" />
        <source>Indicators of the period</source>
        <translation>Các chỉ số của kỳ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="258" />
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="259" />
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="115" />
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="258" />
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="116" />
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="259" />
        <source>From the catalogue</source>
        <translation>Theo danh mục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="276" />
        <source>Level %1</source>
        <translation>Mức độ %1</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="300" />
        <source>%1: the QĐ 766 figures of the %2 units that sent them, added up (each unit counted over its own window)</source>
        <translation>%1: số liệu QĐ 766 của %2 đơn vị đã gửi, cộng lại (mỗi đơn vị tính theo kỳ của mình)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="317" />
        <source>QĐ 766 points (%1, not the official score):</source>
        <translation>Điểm theo QĐ 766 (%1, không phải điểm chính thức):</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="343" />
        <source>Procedures changed: %1</source>
        <translation>Số thủ tục đã thay đổi: %1</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="352" />
        <source>Procedures recorded: %1</source>
        <translation>Số thủ tục đã ghi nhận: %1</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="363" />
        <source>II.07b filled from the catalogue (%1 cells changed); the figures stay editable.</source>
        <translation>Đã đưa số liệu danh mục vào biểu II.07b (%1 ô thay đổi); vẫn sửa được các số liệu này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="371" />
        <source>Import the province's list</source>
        <translation>Nhập danh mục TTHC của tỉnh</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="373" />
        <source>Spreadsheets (*.xlsx *.xls *.htm *.html)</source>
        <translation>Bảng tính (*.xlsx *.xls *.htm *.html)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="392" />
        <source>Importing…</source>
        <translation>Đang nhập…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/dvc_view.py" line="412" />
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>Đã nhập: %1 mới, %2 cập nhật, %3 không đổi, %4 bị loại.</translation>
    </message>
</context>
<context>
    <name>EntryActions</name>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_actions.py" line="54" />
        <source>Take figures from the previous period</source>
        <translation>Lấy số từ kỳ trước</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_actions.py" line="58" />
        <source>{n} figures taken from the previous period.</source>
        <translation>Đã lấy {n} số từ kỳ trước.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_actions.py" line="63" />
        <source>The previous period has nothing to carry over.</source>
        <translation>Kỳ trước không có hồ sơ đang giải quyết để chuyển sang.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_actions.py" line="89" />
        <source>The report holds no figure at all. If the unit had no dossier in this period, say so in the note (e.g. "no dossier this period").</source>
        <translation>Biểu chưa có số liệu nào. Nếu kỳ này đơn vị không có hồ sơ, hãy ghi chú như vậy (ví dụ "Kỳ này không có hồ sơ"); nếu không, hãy nhập số liệu trước.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_actions.py" line="101" />
        <source>The report is marked complete.</source>
        <translation>Đã đánh dấu báo cáo hoàn thành.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_actions.py" line="107" />
        <source>The report is open for changes again.</source>
        <translation>Báo cáo đã được mở lại để sửa.</translation>
    </message>
</context>
<context>
    <name>EntryEditing</name>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_editing.py" line="89" />
        <source>These figures were counted in another period mode and are read only here. To change them, choose “Enter them again in the current period mode…”.</source>
        <translation>Số liệu này được tính theo cách tính kỳ khác nên ở đây chỉ xem được. Muốn sửa, hãy chọn “Nhập lại theo cách tính kỳ đang dùng…”.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_editing.py" line="95" />
        <source>This report was sent (package v{version}) and is locked. To correct it, reopen it on the Send reports page with a reason.</source>
        <translation>Báo cáo đã được gửi (gói v{version}) nên đã khóa. Muốn điều chỉnh, hãy mở khóa ở trang Gửi báo cáo và nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_editing.py" line="98" />
        <source>This report is complete. Re-open it to change figures.</source>
        <translation>Báo cáo đã hoàn thành. Bấm “Mở lại” để sửa số liệu.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_editing.py" line="104" />
        <source>Type a figure</source>
        <translation>Nhập số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_editing.py" line="115" />
        <source>Clear cells</source>
        <translation>Xóa ô</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_editing.py" line="142" />
        <source>Paste cancelled; nothing was changed.</source>
        <translation>Đã hủy dán; số liệu không thay đổi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_editing.py" line="145" />
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_editing.py" line="153" />
        <source>Pasted {n} cells; {m} invalid cells were skipped.</source>
        <translation>Đã dán {n} ô; bỏ qua {m} ô không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>EntryTableModel</name>
    <message>
        <location filename="../../egov_desktop/ui/models/entry_table_model.py" line="205" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/entry_table_model.py" line="279" />
        <source>Taken from the previous period's pending dossiers; type a number to replace it.</source>
        <translation>Lấy từ số hồ sơ đang giải quyết của kỳ trước; gõ số khác để thay.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/entry_table_model.py" line="283" />
        <source>Sum of the rows above (read-only).</source>
        <translation>Tổng các dòng phía trên (tự tính, không sửa trực tiếp).</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="120" />
        <source>Report entry</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="138" />
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="181" />
        <source>Fill column (6) with the previous period's pending dossiers (column 11)</source>
        <translation>Điền cột (6) bằng số hồ sơ đang giải quyết của kỳ trước (cột 11)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="245" />
        <source>Recount from the register…</source>
        <translation>Tính lại từ sổ theo dõi hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="192" />
        <source>Type digits to fill a cell; Enter, Tab and arrows move; Ctrl+V pastes.</source>
        <translation>Gõ số để nhập ô; Enter, Tab và phím mũi tên để di chuyển; Ctrl+V để dán.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="125" />
        <source>&amp;Form:</source>
        <translation>&amp;Biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="132" />
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="141" />
        <source>&amp;Mark complete</source>
        <translation>&amp;Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="143" />
        <source>&amp;Re-open</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="168" />
        <source>&amp;Undo</source>
        <translation>Hoàn &amp;tác</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="169" />
        <source>Re&amp;do</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="178" />
        <source>&amp;Take figures from the previous period</source>
        <translation>Lấy &amp;số từ kỳ trước</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="185" />
        <source>Re&amp;count from the register…</source>
        <translation>Tính lại từ sổ theo &amp;dõi hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="241" />
        <source>Show the dossiers behind this figure</source>
        <translation>Xem các hồ sơ tạo nên số liệu này</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="402" />
        <source>Note: {note}</source>
        <translation>Ghi chú: {note}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="407" />
        <source>sent (package v{version}), locked</source>
        <translation>đã gửi (gói v{version}), đã khóa</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="413" />
        <source>To correct it, reopen it on the Send reports page with a reason.</source>
        <translation>Muốn điều chỉnh, hãy mở khóa ở trang Gửi báo cáo và nêu lý do.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="425" />
        <source>Checks: {errors} error(s), {warnings} warning(s)</source>
        <translation>Kiểm tra: {errors} lỗi, {warnings} cảnh báo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="429" />
        <source>Checks: no problems found</source>
        <translation>Kiểm tra: không phát hiện lỗi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="444" />
        <source>Not started</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="445" />
        <source>In progress</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_view.py" line="446" />
        <source>Complete</source>
        <translation>Hoàn thành</translation>
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
        <location filename="../../egov_desktop/ui/errors.py" line="61" />
        <source>Copy details</source>
        <translation>Sao chép chi tiết</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/errors.py" line="64" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>HolidaysEditor</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="44" />
        <source>Days off (holidays, Tết, compensatory days)</source>
        <translation>Ngày nghỉ lễ, tết và nghỉ bù</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="51" />
        <source>Used to propose due dates. Check the year's announcement and correct the list when it differs; reports always count the due date recorded on each dossier.</source>
        <translation>Dùng để đề xuất ngày hẹn trả. Hãy đối chiếu với thông báo nghỉ lễ, tết của năm và sửa danh sách nếu khác; báo cáo luôn tính theo ngày hẹn trả ghi trên từng hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="56" />
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="59" />
        <source>Day</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="59" />
        <source>Name</source>
        <translation>Tên ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="59" />
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="74" />
        <source>e.g. Nghỉ bù Quốc khánh</source>
        <translation>ví dụ: Nghỉ bù Quốc khánh</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="75" />
        <source>Add day off</source>
        <translation>Thêm ngày nghỉ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="77" />
        <source>Make the selected day a working day</source>
        <translation>Chuyển ngày đã chọn thành ngày làm việc</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="79" />
        <source>Undo this year's corrections</source>
        <translation>Bỏ các điều chỉnh của năm này</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="64" />
        <source>announced schedule</source>
        <translation>theo lịch đã công bố</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="65" />
        <source>computed (check the announcement)</source>
        <translation>tự tính (cần đối chiếu thông báo)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="68" />
        <source>corrected by the unit</source>
        <translation>đơn vị điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/holidays_editor.py" line="154" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="71" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="72" />
        <source>Province / city:</source>
        <translation>Tỉnh / thành phố:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="73" />
        <source>Role:</source>
        <translation>Vai trò:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="74" />
        <source>Period mode:</source>
        <translation>Cách tính kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="75" />
        <source>Current month:</source>
        <translation>Tháng hiện tại:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="76" />
        <source>Current quarter:</source>
        <translation>Quý hiện tại:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="77" />
        <source>Officer / head:</source>
        <translation>Cán bộ lập biểu / Thủ trưởng:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="78" />
        <source>Last backup:</source>
        <translation>Lần sao lưu gần nhất:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="79" />
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="117" />
        <location filename="../../egov_desktop/ui/views/home_view.py" line="143" />
        <source>The clock is right</source>
        <translation>Đồng hồ đã đúng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="123" />
        <source>The date and time now shown are right: the later moments were recorded while the clock was set ahead. Hides this warning until the clock goes back again.</source>
        <translation>Ngày giờ máy đang chỉ là đúng: các thời điểm muộn hơn được ghi khi đồng hồ bị đặt nhanh. Cảnh báo này sẽ ẩn cho đến khi đồng hồ lại bị lùi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="148" />
        <source>Confirm only after checking the date and time in the corner of the screen. The later moments in the audit trail will be taken as recorded while the clock was set ahead. Is the computer's date and time right now?</source>
        <translation>Chỉ xác nhận sau khi đã kiểm tra ngày giờ ở góc màn hình. Các thời điểm muộn hơn trong nhật ký sẽ được coi là ghi khi đồng hồ bị đặt nhanh. Ngày giờ của máy tính hiện nay có đúng không?</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="171" />
        <source>Commune one-stop office</source>
        <translation>Bộ phận Một cửa cấp xã</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="173" />
        <source>Aggregating office</source>
        <translation>Cơ quan tổng hợp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="176" />
        <source>Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)</source>
        <translation>Chốt số liệu theo Nghị định 09/2019/NĐ-CP (ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="178" />
        <source>Calendar periods</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="183" />
        <source>(not set)</source>
        <translation>(chưa nhập)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="188" />
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/home_view.py" line="203" />
        <source>The computer's clock shows {now}, earlier than the last time data was recorded ({latest}). A wrong date and time makes the due dates, the report deadlines and the times in the audit trail wrong: set the computer's date and time right (if the computer often goes back in time when it starts, ask the IT officer to replace the CMOS battery).</source>
        <translation>Đồng hồ của máy tính đang chỉ {now}, sớm hơn lần ghi số liệu gần nhất ({latest}). Ngày giờ sai làm sai ngày hẹn trả, hạn nộp báo cáo và thời điểm ghi trong nhật ký: hãy chỉnh lại ngày giờ của máy (nếu máy hay bị lùi ngày khi khởi động, nhờ cán bộ CNTT thay pin CMOS).</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="114" />
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="325" />
        <source>Inbox folder</source>
        <translation>Thư mục nhận gói</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="122" />
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="124" />
        <source>Import all new packages</source>
        <translation>Nhập tất cả gói mới</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="129" />
        <source>One backup, then every package without conflicts; double-click a row to see one first</source>
        <translation>Sao lưu một lần rồi nhập mọi gói không có xung đột; bấm đúp vào một dòng để xem trước từng gói</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="137" />
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="137" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="137" />
        <source>Package</source>
        <translation>Gói</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="138" />
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="179" />
        <source>No inbox folder chosen.</source>
        <translation>Chưa chọn thư mục nhận gói.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="203" />
        <source>{count} package(s) imported from the inbox folder.</source>
        <translation>Đã nhập {count} gói từ thư mục nhận gói.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="209" />
        <source>No new package in the inbox folder to import.</source>
        <translation>Thư mục nhận gói không có gói mới để nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="214" />
        <source>{count} package(s) left in the folder: they change figures the office typed; double-click one to choose which figures stay.</source>
        <translation>{count} gói còn để lại trong thư mục vì thay đổi số liệu cơ quan đã nhập: nhấp đúp vào gói để chọn giữ số liệu nào.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="218" />
        <source>{count} package(s) not imported: the reason is in the list.</source>
        <translation>{count} gói không được nhập: lý do ghi trong danh sách.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="303" />
        <source>cannot be read; not imported</source>
        <translation>không đọc được tệp; không nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="332" />
        <source>already waiting as an update request</source>
        <translation>đang chờ làm yêu cầu cập nhật</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="337" />
        <source>the office holds another v{latest} of this unit</source>
        <translation>cơ quan đang giữ một gói v{latest} khác của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="339" />
        <source>older than the v{latest} the office holds</source>
        <translation>cũ hơn gói v{latest} cơ quan đang giữ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="344" />
        <source>replaces v{latest}, ready to import: {count} figure(s) change</source>
        <translation>thay cho v{latest}, sẵn sàng nhập: {count} số liệu thay đổi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="348" />
        <source>new, ready to import</source>
        <translation>mới, sẵn sàng nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="349" />
        <source>already imported</source>
        <translation>đã nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="350" />
        <source>update request (period accepted)</source>
        <translation>yêu cầu cập nhật (kỳ đã tiếp nhận)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="351" />
        <source>conflicts with the office's figures</source>
        <translation>khác số liệu cơ quan đã nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="358" />
        <source> · {count} office figure(s) kept as chosen before</source>
        <translation> · giữ {count} số liệu cơ quan như đã chọn trước đây</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="366" />
        <source> · the package names it «{sent}»</source>
        <translation> · gói ghi tên «{sent}»</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/inbox_panel.py" line="375" />
        <source> · counted from {start} to {end}, not the office's window</source>
        <translation> · đơn vị tính kỳ từ {start} đến {end}, khác kỳ của cơ quan</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="117" />
        <source>egov_desktop — one-stop-shop statistics</source>
        <translation>egov_desktop — Thống kê một cửa và dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="137" />
        <source>Opening data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="150" />
        <source>Data folder: {path}</source>
        <translation>Thư mục dữ liệu: {path}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="273" />
        <source>Online services</source>
        <translation>Dịch vụ công trực tuyến</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="282" />
        <source>IT targets</source>
        <translation>Chỉ tiêu CNTT</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="290" />
        <source>Templates</source>
        <translation>Mẫu biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="295" />
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="296" />
        <source>Report entry</source>
        <translation>Nhập báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="297" />
        <source>Reports</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="298" />
        <source>Dossier register</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="300" />
        <source>Sectors</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="301" />
        <source>Backups</source>
        <translation>Sao lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="302" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="303" />
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="388" />
        <source>Send reports</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="407" />
        <source>Receive reports</source>
        <translation>Tiếp nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="458" />
        <source>all sectors</source>
        <translation>tất cả lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="460" />
        <source>{count} dossier(s) counted in column ({column}) for {where}, {period}.</source>
        <translation>{count} hồ sơ được tính vào cột ({column}) của {where}, {period}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="475" />
        <source>Compute from the register</source>
        <translation>Tính từ sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="480" />
        <source>Replace the figures of {form} for {period} by those counted from the dossier register? Every change is kept in the audit trail and can be undone by typing.</source>
        <translation>Thay số liệu của biểu {form} {period} bằng số liệu đếm từ sổ theo dõi hồ sơ? Mọi thay đổi đều được ghi vào nhật ký và có thể sửa lại bằng cách nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="495" />
        <source>{count} figure(s) changed from the register.</source>
        <translation>Đã cập nhật {count} số liệu từ sổ theo dõi hồ sơ.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="515" />
        <source>Configuration package</source>
        <translation>Gói cấu hình</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/main_window.py" line="519" />
        <source>The installer's configuration package was applied. Some of its templates need attention on the Templates page:</source>
        <translation>Gói cấu hình của bộ cài đặt đã được áp dụng. Một số mẫu biểu trong gói cần xem lại ở trang Mẫu biểu:</translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="55" />
        <source>Where the report goes in this workbook</source>
        <translation>Vị trí ghi báo cáo trong tệp mẫu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="63" />
        <source>The proposal below was read from the workbook. Check each address (for example A8 or H47) and correct it where needed; leave a text's cell empty to skip it.</source>
        <translation>Cách gán dưới đây được đọc từ tệp mẫu. Hãy kiểm tra từng địa chỉ ô (ví dụ A8 hoặc H47) và sửa nếu cần; để trống ô của nội dung nào thì nội dung đó không được ghi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="76" />
        <source>Text</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="76" />
        <source>Cell</source>
        <translation>Ô</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="93" />
        <source>First row of the table (its number cell):</source>
        <translation>Dòng đầu của bảng (ô số thứ tự):</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="94" />
        <source>Column of the row names:</source>
        <translation>Cột tên dòng:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="95" />
        <source>Rows prepared in the workbook:</source>
        <translation>Số dòng có sẵn trong mẫu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="99" />
        <source>Form column</source>
        <translation>Cột của biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="99" />
        <source>Sheet column</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="115" />
        <source>Save template</source>
        <translation>Lưu mẫu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="117" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="154" />
        <source>Superior agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="155" />
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="156" />
        <source>Reporting unit</source>
        <translation>Đơn vị báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="157" />
        <source>Receiving unit</source>
        <translation>Đơn vị nhận báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="158" />
        <source>Reporting period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="159" />
        <source>(From … to …)</source>
        <translation>(Từ ngày … đến ngày …)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="160" />
        <source>Line under the period (sector, source document)</source>
        <translation>Dòng dưới kỳ báo cáo (lĩnh vực, văn bản giao chỉ tiêu)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="161" />
        <source>Place and date</source>
        <translation>Địa danh, ngày tháng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="162" />
        <source>Officer's name</source>
        <translation>Họ tên người lập biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/mapping_editor.py" line="163" />
        <source>Head's name</source>
        <translation>Họ tên thủ trưởng</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/message_bar.py" line="67" />
        <location filename="../../egov_desktop/ui/widgets/message_bar.py" line="68" />
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
    </message>
</context>
<context>
    <name>NamesPage</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="248" />
        <source>Signatures</source>
        <translation>Người ký báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="249" />
        <source>Printed in the signature block of every report.</source>
        <translation>In ở phần chữ ký của mọi báo cáo.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="255" />
        <source>Officer preparing reports:</source>
        <translation>Người lập biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="256" />
        <source>Head of the unit:</source>
        <translation>Thủ trưởng đơn vị:</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="31" />
        <source>Complete with warnings</source>
        <translation>Hoàn thành khi còn cảnh báo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="38" />
        <source>These warnings remain. Write a short note explaining them; it is kept with the report.</source>
        <translation>Biểu còn các cảnh báo dưới đây. Hãy ghi chú ngắn gọn lý do; ghi chú được lưu cùng báo cáo.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="49" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="60" />
        <source>Mark complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/note_dialog.py" line="62" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>PackagePreviewDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="47" />
        <source>Package preview</source>
        <translation>Xem trước gói báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="57" />
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="58" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="59" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="60" />
        <source>Office's figure</source>
        <translation>Số liệu cơ quan đang có</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="61" />
        <source>Package's figure</source>
        <translation>Số liệu trong gói</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="90" />
        <source>Package's {value}: choose…</source>
        <translation>Số của gói {value}: hãy chọn…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="94" />
        <source>Keep the package's {value}</source>
        <translation>Lấy số của gói: {value}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="98" />
        <source>Keep the office's {value}</source>
        <translation>Giữ số của cơ quan: {value}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="122" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="136" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="149" />
        <source>{value} — not taken: the office's figure is kept, as chosen before</source>
        <translation>{value} — không lấy: giữ số liệu cơ quan đã nhập, như đã chọn ở lần nhập trước</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="153" />
        <source>{value} — not taken: the office's figure is kept, as chosen when importing v{version}</source>
        <translation>{value} — không lấy: giữ số liệu cơ quan đã nhập, như đã chọn khi nhập v{version}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="145" />
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="129" />
        <source>Take the package's for all</source>
        <translation>Lấy số của gói cho tất cả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="132" />
        <source>Keep the office's for all</source>
        <translation>Giữ số của cơ quan cho tất cả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="155" />
        <source>Chosen at {when}; the package's figure stays in the history.</source>
        <translation>Đã chọn lúc {when}; số của gói vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="171" />
        <source>Not {value}: the office's figure is kept, as chosen before</source>
        <translation>Không lấy {value}: giữ số liệu cơ quan đã nhập, như đã chọn trước đây</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="174" />
        <source>Not {value}: the office's figure is kept, as chosen at v{version}</source>
        <translation>Không lấy {value}: giữ số liệu cơ quan đã nhập, như đã chọn khi nhập v{version}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="177" />
        <source>Take the package's {value} now</source>
        <translation>Đổi ý, lấy số của gói: {value}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="231" />
        <source>{unit} ({code}), period {period}, package v{version} of {when}, by {officer}.</source>
        <translation>{unit} ({code}), {period}, gói v{version} lập lúc {when}, người lập: {officer}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="241" />
        <source>Corrected report; reason: {reason}</source>
        <translation>Báo cáo điều chỉnh; lý do: {reason}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="246" />
        <source>Corrected report.</source>
        <translation>Báo cáo điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="248" />
        <source>First package from this unit.</source>
        <translation>Gói đầu tiên của đơn vị này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="252" />
        <source>The package includes the dossier register with applicants' personal data.</source>
        <translation>Gói có kèm sổ theo dõi hồ sơ, gồm thông tin cá nhân của người nộp.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="259" />
        <source>Note: the unit counted the period from {start} to {end}, the office from {own_start} to {own_end}: its figures do not cover the same days as the other units'.</source>
        <translation>Lưu ý: đơn vị tính kỳ từ ngày {start} đến ngày {end}, cơ quan tính từ ngày {own_start} đến ngày {own_end}: số liệu của đơn vị không cùng khoảng thời gian với các đơn vị khác.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="268" />
        <source>{count} figure(s) in columns the period leaves empty ({columns}) are left out, as typing them is refused.</source>
        <translation>{count} số liệu ở các cột để trống của kỳ này ({columns}) không được nhập, như khi nhập tay.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="281" />
        <source>The package names the unit «{sent}»; the office's catalogue: «{name}» (code {code}). It was received for code {code}: check the package's unit code.</source>
        <translation>Gói ghi tên đơn vị: «{sent}»; danh mục của cơ quan: «{name}» (mã {code}). Gói đã được nhận cho đơn vị mã {code}: kiểm tra lại mã đơn vị của gói.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="286" />
        <source>The package names the unit «{sent}»; the office's catalogue: «{name}» (code {code}). Check the unit code before importing.</source>
        <translation>Gói ghi tên đơn vị: «{sent}»; danh mục của cơ quan: «{name}» (mã {code}). Kiểm tra lại mã đơn vị trước khi nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="299" />
        <source>This package already waits as an update request of the accepted period; it is applied with 'Import waiting update'.</source>
        <translation>Gói này đang chờ làm yêu cầu cập nhật của kỳ đã tiếp nhận; áp dụng bằng nút “Nhập yêu cầu cập nhật”.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="301" />
        <source>This package was imported before; importing it again changes nothing.</source>
        <translation>Gói này đã được nhập trước đây; nhập lại không thay đổi gì.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="307" />
        <source>The office holds another v{latest} of this unit; this package is not imported.</source>
        <translation>Cơ quan đang giữ một gói v{latest} khác của đơn vị; gói này không được nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="311" />
        <source>This package is older than the v{latest} the office holds; it is not imported.</source>
        <translation>Gói cũ hơn gói v{latest} cơ quan đang giữ; gói không được nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="319" />
        <source>{new} new figure(s), {changed} change, {same} unchanged.</source>
        <translation>{new} số liệu thêm mới, {changed} thay đổi, {same} không đổi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="326" />
        <source>{changed} figure(s) change, {same} unchanged.</source>
        <translation>{changed} số liệu thay đổi, {same} không đổi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="333" />
        <source>{count} figure(s) entered by the office are kept as it chose at an earlier import; the package's values stay in the history.</source>
        <translation>{count} số liệu do cơ quan tự nhập được giữ như đã chọn ở lần nhập trước; số của gói vẫn được lưu trong lịch sử.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="338" />
        <source>{count} figure(s) were entered by the office itself: choose which value stays for each before importing.</source>
        <translation>{count} số liệu do cơ quan tự nhập: hãy chọn giữ số nào cho từng số liệu trước khi nhập gói.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="343" />
        <source>The period was already accepted: the package will wait as an update request.</source>
        <translation>Kỳ này đã được tiếp nhận: gói sẽ được giữ làm yêu cầu cập nhật.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/package_preview_dialog.py" line="348" />
        <source>Which figure stays where the office entered its own is chosen when the update request is applied.</source>
        <translation>Ở các số liệu cơ quan đã tự nhập, giữ số của gói hay của cơ quan sẽ được chọn khi nhập yêu cầu cập nhật.</translation>
    </message>
</context>
<context>
    <name>PastePlan</name>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="125" />
        <source>Outside the table</source>
        <translation>Nằm ngoài bảng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="137" />
        <source>The total row is computed</source>
        <translation>Dòng tổng số được tính tự động</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="140" />
        <source>This column is not typed in</source>
        <translation>Cột này không nhập số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="165" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="166" />
        <source>Row {n}</source>
        <translation>Dòng {n}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/paste_plan.py" line="170" />
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
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="214" />
        <source>Reporting periods</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="215" />
        <source>How the days of a reporting period are counted.</source>
        <translation>Cách xác định ngày đầu và ngày cuối của kỳ báo cáo.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="222" />
        <source>Data cut-off per Decree 09/2019/NĐ-CP</source>
        <translation>Chốt số liệu theo Nghị định 09/2019/NĐ-CP</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="226" />
        <source>From the 15th of the previous month to the 14th of the report month; e.g. quarter III: 15/06 to 14/09.</source>
        <translation>Từ ngày 15 tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo; ví dụ quý III: từ 15/06 đến 14/09.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="230" />
        <source>Calendar periods</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="234" />
        <source>From the first to the last day of the month; e.g. quarter III: 01/07 to 30/09.</source>
        <translation>Từ ngày đầu đến ngày cuối tháng; ví dụ quý III: từ 01/07 đến 30/09.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="47" />
        <source>Previous period</source>
        <translation>Kỳ trước</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="52" />
        <source>Year </source>
        <translation>Năm </translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="54" />
        <source>Next period</source>
        <translation>Kỳ sau</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="78" />
        <source>Month {n}</source>
        <translation>Tháng {n}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="80" />
        <source>Quarter {n}</source>
        <translation>Quý {n}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="82" />
        <source>First six months</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="83" />
        <source>Last six months</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="85" />
        <source>Nine months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/period_picker.py" line="87" />
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="81" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="84" />
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="85" />
        <source>Whole report</source>
        <translation>Cả biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="86" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/problem_list.py" line="91" />
        <source>Click to select the cells involved</source>
        <translation>Bấm để chọn các ô liên quan</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/reason_dialog.py" line="43" />
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/reason_dialog.py" line="54" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ReceiveView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="105" />
        <source>Reports from subordinate units</source>
        <translation>Báo cáo của các đơn vị cấp dưới</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="113" />
        <source>All forms</source>
        <translation>Mọi biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="131" />
        <source>Not yet reported only</source>
        <translation>Chỉ đơn vị chưa nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="115" />
        <source>Import packages…</source>
        <translation>Nhập gói báo cáo…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="117" />
        <source>Copy reminder</source>
        <translation>Sao chép tin nhắc nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="128" />
        <source>Find a unit by name or code</source>
        <translation>Tìm đơn vị theo tên hoặc mã</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="132" />
        <source>Waiting for the office only</source>
        <translation>Chỉ đơn vị chờ xử lý</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="138" />
        <source>Units whose report was received and waits to be accepted or returned, or whose update request waits to be imported</source>
        <translation>Đơn vị có báo cáo đã nhận đang chờ tiếp nhận hoặc trả lại, hoặc có yêu cầu cập nhật đang chờ nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="160" />
        <source>Accept (receipt)</source>
        <translation>Tiếp nhận (biên nhận)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="162" />
        <source>Return…</source>
        <translation>Trả lại…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="164" />
        <source>Import waiting update</source>
        <translation>Nhập yêu cầu cập nhật</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="166" />
        <source>Enter the unit's figures…</source>
        <translation>Nhập số liệu thay đơn vị…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="169" />
        <source>For a unit without the application: the office types its report</source>
        <translation>Dành cho đơn vị chưa dùng phần mềm: cơ quan tự nhập báo cáo của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="172" />
        <source>Figures and sources…</source>
        <translation>Số liệu và nguồn…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="441" />
        <source>figures of {received} of {expected} old communes held</source>
        <translation>đã có số liệu {received}/{expected} xã cũ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="488" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="362" />
        <source>Reminder copied: paste it into the chat group.</source>
        <translation>Đã sao chép tin nhắc: dán vào nhóm nhắn tin.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="178" />
        <source>The figures held for the selected unit (or every unit), each with the version of the package it came from</source>
        <translation>Số liệu đang có của đơn vị được chọn (hoặc tất cả các đơn vị), kèm phiên bản của gói mà mỗi số liệu đến từ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="416" />
        <source>not received</source>
        <translation>chưa nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="417" />
        <source>entered by the office</source>
        <translation>cơ quan tự nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="419" />
        <source>on time</source>
        <translation>đúng hạn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="420" />
        <source>late</source>
        <translation>muộn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="422" />
        <source>(first sent as v{version} on {when})</source>
        <translation>(gửi lần đầu: v{version} ngày {when})</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="426" />
        <source>received</source>
        <translation>đã nhận</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="427" />
        <source>accepted</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="428" />
        <source>returned</source>
        <translation>đã trả lại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="433" />
        <source>other days</source>
        <translation>tính kỳ khác</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="435" />
        <source>from old communes</source>
        <translation>do xã cũ gửi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="498" />
        <source>v{version} waits as an update request</source>
        <translation>gói v{version} đang chờ làm yêu cầu cập nhật</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="508" />
        <source>The unit counted the period from {start} to {end}.</source>
        <translation>Đơn vị tính kỳ từ ngày {start} đến ngày {end}, khác kỳ của cơ quan.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="513" />
        <source>Sent by: {units}</source>
        <translation>Đơn vị gửi: {units}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="517" />
        <source>Entered by the office for: {units}</source>
        <translation>Cơ quan nhập thay: {units}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="523" />
        <source>Not yet received from: {units}</source>
        <translation>Chưa nhận báo cáo của: {units}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="540" />
        <source>{count} update request(s) waiting.</source>
        <translation>{count} yêu cầu cập nhật đang chờ.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="548" />
        <source>{done} of {total} units have sent every report.</source>
        <translation>{done}/{total} đơn vị đã nộp đủ báo cáo.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="559" />
        <source>Showing {shown} of {total} units.</source>
        <translation>Đang hiện {shown}/{total} đơn vị.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="567" />
        <source>Import packages</source>
        <translation>Nhập gói báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="568" />
        <source>Report packages (*.egov)</source>
        <translation>Gói báo cáo (*.egov)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="585" />
        <source>Return the report</source>
        <translation>Trả lại báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="590" />
        <source>The unit receives a return file with this reason; its report is reopened for it to correct and send again.</source>
        <translation>Đơn vị nhận tệp trả lại kèm lý do này; báo cáo của đơn vị được mở khóa để sửa và gửi lại.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="591" />
        <source>Return</source>
        <translation>Trả lại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="615" />
        <source>Choose the unit</source>
        <translation>Chọn đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="616" />
        <source>Several old communes sent packages for this period. Which one?</source>
        <translation>Nhiều xã cũ đã gửi gói cho kỳ này. Chọn xã nào?</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/receive_view.py" line="635" />
        <source>Reply written: {path}. Send this file to the unit.</source>
        <translation>Đã ghi tệp phản hồi: {path}. Hãy gửi tệp này cho đơn vị.</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="66" />
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="144" />
        <source>Import register from Excel</source>
        <translation>Nhập sổ theo dõi hồ sơ từ Excel</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="78" />
        <source>Say what each column holds; “(not used)” leaves a column out. The choice is remembered for files like this one:</source>
        <translation>Chọn nội dung của từng cột; “(không dùng)” để bỏ qua cột đó. Lựa chọn được ghi nhớ cho các tệp cùng loại:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="82" />
        <source>Column in the file</source>
        <translation>Cột trong tệp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="82" />
        <source>Holds</source>
        <translation>Chứa thông tin</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="85" />
        <source>Read again with this mapping</source>
        <translation>Đọc lại theo cách gán cột này</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="88" />
        <source>Change what each column is read as…</source>
        <translation>Sửa cách đọc các cột…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="91" />
        <source>For a column read as the wrong thing, or one to leave out</source>
        <translation>Khi một cột bị đọc nhầm nội dung, hoặc cần bỏ qua một cột</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="111" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="111" />
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="112" />
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="125" />
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="128" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="146" />
        <source>Excel files (*.xlsx *.xls)</source>
        <translation>Tệp Excel (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="152" />
        <source>File: {path}</source>
        <translation>Tệp: {path}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="196" />
        <source>The file cannot be read yet: no column for {fields}.</source>
        <translation>Chưa đọc được tệp: không có cột cho {fields}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="231" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="283" />
        <source>(not used)</source>
        <translation>(không dùng)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="297" />
        <source>The columns were changed: read the file again to see what will be imported.</source>
        <translation>Đã đổi cách đọc cột: hãy đọc lại tệp để xem những gì sẽ được nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="305" />
        <source>Dossier code</source>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="306" />
        <source>Procedure code</source>
        <translation>Mã TTHC</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="307" />
        <source>Procedure name</source>
        <translation>Tên TTHC</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="308" />
        <source>Sector</source>
        <translation>Lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="309" />
        <source>Applicant</source>
        <translation>Tên tổ chức, cá nhân</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="310" />
        <source>Address / phone</source>
        <translation>Địa chỉ, số điện thoại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="311" />
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì giải quyết</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="312" />
        <source>Channel</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="313" />
        <source>How the result is taken</source>
        <translation>Phương thức nhận kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="314" />
        <source>Received on</source>
        <translation>Ngày nhận hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="315" />
        <source>Due on</source>
        <translation>Ngày hẹn trả kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="316" />
        <source>Resolved on</source>
        <translation>Ngày có kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="317" />
        <source>Returned to applicant on</source>
        <translation>Ngày trả kết quả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="318" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="319" />
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="320" />
        <source>Has a financial obligation (yes/no)</source>
        <translation>Có nghĩa vụ tài chính (có/không)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="321" />
        <source>Paid online (yes/no)</source>
        <translation>Thanh toán trực tuyến (có/không)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="322" />
        <source>Components digitised (yes/no)</source>
        <translation>Số hóa thành phần hồ sơ (có/không)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="323" />
        <source>Result digitised (yes/no)</source>
        <translation>Số hóa kết quả (có/không)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="324" />
        <source>Synced to the national portal (yes/no)</source>
        <translation>Đồng bộ Cổng DVCQG (có/không)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="325" />
        <source>Components reused (yes/no)</source>
        <translation>Có tái sử dụng thành phần hồ sơ (có/không)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="328" />
        <source>Components reused from the national portal (yes/no)</source>
        <translation>Tái sử dụng thành phần hồ sơ từ Cổng DVCQG (có/không)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="342" />
        <source>Imported: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>Đã nhập: {new} mới, {updated} cập nhật, {unchanged} không đổi, {rejected} bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="346" />
        <source>Preview: {new} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>Xem trước: {new} mới, {updated} cập nhật, {unchanged} không đổi, {rejected} bị từ chối.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="360" />
        <source>Columns read: {columns}</source>
        <translation>Các cột đã đọc: {columns}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="367" />
        <source>Columns not read: {columns}</source>
        <translation>Các cột không đọc: {columns}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="369" />
        <source>Not imported</source>
        <translation>Không nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="370" />
        <source>Imported, to complete</source>
        <translation>Vẫn nhập, cần bổ sung</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_import_dialog.py" line="371" />
        <source>Imported, to check</source>
        <translation>Vẫn nhập, cần xem lại</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="97" />
        <source>Dossier register</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="109" />
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="113" />
        <source>All channels</source>
        <translation>Mọi hình thức nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="137" />
        <source>Search code, applicant or procedure (accents optional)…</source>
        <translation>Tìm mã hồ sơ, người nộp hoặc thủ tục (gõ có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="101" />
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="116" />
        <source>Over&amp;due now</source>
        <translation>Đang &amp;quá hạn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="141" />
        <source>&amp;Add dossier…</source>
        <translation>&amp;Thêm hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="142" />
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="143" />
        <source>De&amp;lete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="144" />
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Nhập từ Excel…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="159" />
        <source>Show the whole register</source>
        <translation>Xem toàn bộ sổ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="236" />
        <source>All sectors</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="289" />
        <source>{count} dossier(s)</source>
        <translation>{count} hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="359" />
        <source>Delete dossier</source>
        <translation>Xóa hồ sơ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="362" />
        <source>Delete dossier {code} from the register? The audit trail keeps a record.</source>
        <translation>Xóa hồ sơ {code} khỏi sổ theo dõi? Nhật ký vẫn lưu lại thao tác này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/register_view.py" line="387" />
        <source>Dossier {code} was saved but is not in the list as filtered.</source>
        <translation>Đã lưu hồ sơ {code}, nhưng hồ sơ này không có trong danh sách đang lọc.</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="112" />
        <source>Reports</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="115" />
        <source>Form:</source>
        <translation>Biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="120" />
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="132" />
        <source>Template:</source>
        <translation>Mẫu biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="136" />
        <source>Export to Excel…</source>
        <translation>Xuất ra Excel…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="212" />
        <source>All sectors</source>
        <translation>Mọi lĩnh vực</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="223" />
        <source>built-in</source>
        <translation>mẫu có sẵn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="224" />
        <source>unit's own</source>
        <translation>mẫu của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="247" />
        <source>Show and export the figures as counted ({mode}: {days})</source>
        <translation>Xem và xuất số liệu như đã tính ({mode}: {days})</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="298" />
        <source>as counted, in the period mode {mode}</source>
        <translation>như đã tính, theo cách tính kỳ {mode}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="306" />
        <source>Item</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="329" />
        <source>Total</source>
        <translation>Tổng số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="339" />
        <source>Checks: {count} problem(s) — the file can still be exported.</source>
        <translation>Kiểm tra: {count} vấn đề — vẫn có thể xuất tệp.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="344" />
        <source>Checks: no problems.</source>
        <translation>Kiểm tra: không có lỗi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="351" />
        <source>Nothing entered for this period yet: every cell is empty.</source>
        <translation>Kỳ này chưa có số liệu nào: mọi ô đều trống.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="369" />
        <source>Exporting…</source>
        <translation>Đang xuất báo cáo…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="429" />
        <source>Export report</source>
        <translation>Xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="431" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="441" />
        <source>Report exported</source>
        <translation>Đã xuất báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="442" />
        <source>The report was written and checked:
{path}</source>
        <translation>Báo cáo đã được ghi và kiểm tra:
{path}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="447" />
        <source>Open file</source>
        <translation>Mở tệp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="448" />
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/report_view.py" line="449" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="60" />
        <source>Role of this office</source>
        <translation>Vai trò của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="61" />
        <source>Choose what this computer is used for.</source>
        <translation>Chọn công việc của máy tính này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="68" />
        <source>Commune one-stop office</source>
        <translation>Bộ phận Một cửa cấp xã</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="72" />
        <source>Records dossiers and online public service figures of one commune and prepares its periodic reports.</source>
        <translation>Theo dõi hồ sơ thủ tục hành chính, số liệu dịch vụ công trực tuyến của một xã và lập báo cáo định kỳ.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="76" />
        <source>Aggregating office</source>
        <translation>Cơ quan tổng hợp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="80" />
        <source>Collects the communes' data (the province since 1 July 2025, the district for earlier periods) and prepares aggregated reports.</source>
        <translation>Tiếp nhận số liệu của các xã (cấp tỉnh từ ngày 01/7/2025, cấp huyện cho các kỳ trước) và lập báo cáo tổng hợp.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="84" />
        <source>Catalogue of administrative units</source>
        <translation>Danh mục đơn vị hành chính</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="92" />
        <source>From 1 July 2025 (34 provinces, 3,321 communes)</source>
        <translation>Từ ngày 01/7/2025 (34 tỉnh, thành phố; 3.321 xã, phường, đặc khu)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="93" />
        <source>Two levels: province and commune (xã, phường, đặc khu).</source>
        <translation>Hai cấp: tỉnh và xã (xã, phường, đặc khu).</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="97" />
        <source>Before 1 July 2025 (63 provinces, 696 districts)</source>
        <translation>Trước ngày 01/7/2025 (63 tỉnh, thành phố; 696 quận, huyện)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="98" />
        <source>Three levels, for historical reporting periods.</source>
        <translation>Ba cấp, dùng cho các kỳ báo cáo trước đây.</translation>
    </message>
</context>
<context>
    <name>SectorListModel</name>
    <message>
        <location filename="../../egov_desktop/ui/models/sector_list_model.py" line="58" />
        <source>hidden</source>
        <translation>đang ẩn</translation>
    </message>
</context>
<context>
    <name>SectorsView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="39" />
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
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="58" />
        <source>Add</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="77" />
        <source>Move up</source>
        <translation>Lên trên</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="78" />
        <source>Move down</source>
        <translation>Xuống dưới</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="79" />
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="131" />
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="130" />
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sectors_view.py" line="148" />
        <source>Added {name}.</source>
        <translation>Đã thêm {name}.</translation>
    </message>
</context>
<context>
    <name>SendView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="72" />
        <source>Send reports</source>
        <translation>Gửi báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="86" />
        <source>Only reports marked done can be sent. A sent report is locked; to change it, reopen it with a reason and send again: the office receives a corrected report.</source>
        <translation>Chỉ gửi được biểu đã hoàn thành. Biểu đã gửi bị khóa; muốn sửa, hãy mở khóa kèm lý do rồi gửi lại: cấp trên nhận được báo cáo điều chỉnh.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="90" />
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="90" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="91" />
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="98" />
        <source>Include the dossier register (applicants' names and addresses)</source>
        <translation>Kèm sổ theo dõi hồ sơ (có họ tên, địa chỉ người nộp)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="99" />
        <source>Create package…</source>
        <translation>Tạo gói gửi…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="102" />
        <source>Reopen for correction…</source>
        <translation>Mở khóa để điều chỉnh…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="104" />
        <source>Import the office's reply…</source>
        <translation>Nhập phản hồi của cấp trên…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="117" />
        <source>Packages sent</source>
        <translation>Các gói đã gửi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="119" />
        <source>Copy the selected package again…</source>
        <translation>Chép lại gói đã chọn…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="125" />
        <source>For a file lost on the way: the same package, kept when it was sent. No new version is made and nothing is recorded again.</source>
        <translation>Khi tệp gửi đi bị mất: đúng gói đã gửi, được lưu lại lúc gửi. Không tạo gói mới, không ghi nhận gì thêm.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="134" />
        <source>Package</source>
        <translation>Gói</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="317" />
        <source>Package v{version} written: {path}. Send this file to the office.</source>
        <translation>Đã tạo gói v{version}: {path}. Hãy gửi tệp này cho cấp trên.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="335" />
        <source>Package v{version} copied again: {path}.</source>
        <translation>Đã chép lại gói v{version}: {path}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="375" />
        <source>sent (package v{version}), locked</source>
        <translation>đã gửi (gói v{version}), đã khóa</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="399" />
        <source>Accepted package v{version} at {when}</source>
        <translation>Cấp trên đã tiếp nhận gói v{version} lúc {when}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="135" />
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="136" />
        <source>Forms</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="137" />
        <source>Created</source>
        <translation>Lúc tạo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="138" />
        <source>Office's reply</source>
        <translation>Phản hồi của cấp trên</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="198" />
        <source>counted in another period mode</source>
        <translation>tính theo cách tính kỳ khác</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="202" />
        <source>the register now counts otherwise</source>
        <translation>sổ theo dõi nay đếm khác</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="216" />
        <source>(correction)</source>
        <translation>(điều chỉnh)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="245" />
        <source>Tick the forms to send.</source>
        <translation>Hãy đánh dấu các biểu cần gửi.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="252" />
        <source>Only reports marked done can be sent: {forms}.</source>
        <translation>Chỉ gửi được báo cáo đã hoàn thành: {forms}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="258" />
        <source>{forms}: already sent and locked. To change a report, reopen it with a reason.</source>
        <translation>{forms}: đã gửi và đã khóa. Muốn sửa báo cáo, hãy mở khóa kèm lý do.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="271" />
        <source>{form}: the stored figures differ from what the register counts now ({cells}). Recount them from the register on the entry page, mark the report done, then send; or untick it.</source>
        <translation>{form}: số liệu đã lưu khác số đếm từ sổ theo dõi hồ sơ ({cells}). Hãy tính lại từ sổ theo dõi ở màn hình nhập liệu, đánh dấu hoàn thành rồi gửi; hoặc bỏ chọn biểu này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="348" />
        <source>{form} is open for correction; send it again when it is done.</source>
        <translation>Biểu {form} đã mở khóa để điều chỉnh; hoàn thành xong hãy gửi lại.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="363" />
        <source>This reply was imported before; nothing changed. {reply}</source>
        <translation>Tệp phản hồi này đã nhập trước đây; không có gì thay đổi. {reply}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="374" />
        <source>not sent</source>
        <translation>chưa gửi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="378" />
        <source>reopened: {reason}</source>
        <translation>đã mở khóa: {reason}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="388" />
        <source>no reply yet</source>
        <translation>chưa có phản hồi</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="394" />
        <source>Accepted package v{version} (correction: {reason}) at {when}</source>
        <translation>Cấp trên đã tiếp nhận gói v{version} (báo cáo điều chỉnh: {reason}) lúc {when}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="396" />
        <source>Accepted package v{version} (correction) at {when}</source>
        <translation>Cấp trên đã tiếp nhận gói v{version} (báo cáo điều chỉnh) lúc {when}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="406" />
        <source>Returned on {when}: {reason}</source>
        <translation>Trả lại lúc {when}: {reason}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="422" />
        <location filename="../../egov_desktop/ui/views/send_view.py" line="430" />
        <source>Folder for the package (USB drive, shared folder…)</source>
        <translation>Thư mục lưu gói (USB, thư mục dùng chung…)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="436" />
        <source>Personal data</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="440" />
        <source>The register holds applicants' names, addresses and phone numbers. Send it only when the office asks for it, through an approved channel. Continue?</source>
        <translation>Sổ theo dõi hồ sơ có họ tên, địa chỉ, số điện thoại của người nộp. Chỉ gửi khi cấp trên yêu cầu và qua kênh được phép. Tiếp tục?</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="447" />
        <source>Choose the report to reopen in the list above first.</source>
        <translation>Hãy chọn biểu cần mở khóa trong danh sách phía trên trước.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="452" />
        <source>Report {form} — {period}</source>
        <translation>Biểu {form} — {period}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="455" />
        <source>Reopen for correction</source>
        <translation>Mở khóa để điều chỉnh</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="460" />
        <source>The report becomes editable again. Once it is complete, send it again: the office receives it as a correction, with this reason.</source>
        <translation>Biểu trở lại trạng thái đang nhập để sửa. Sửa xong, đánh dấu hoàn thành rồi gửi lại: cấp trên nhận được báo cáo điều chỉnh kèm lý do này.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="461" />
        <source>Reopen</source>
        <translation>Mở khóa</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="468" />
        <source>Import the office's reply</source>
        <translation>Nhập phản hồi của cấp trên</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/send_view.py" line="469" />
        <source>Reply files (*.egovr)</source>
        <translation>Tệp phản hồi (*.egovr)</translation>
    </message>
</context>
<context>
    <name>SettingsView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="65" />
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="71" />
        <source>Data cut-off per Decree 09/2019/NĐ-CP (15th to 14th)</source>
        <translation>Chốt số liệu theo Nghị định 09/2019/NĐ-CP (ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="73" />
        <source>Calendar periods</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="79" />
        <source>e.g. 000.00.31.H26</source>
        <translation>ví dụ 000.00.31.H26</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="82" />
        <source>The agency's electronic identifier, printed in the QĐ 766 sheet</source>
        <translation>Mã định danh điện tử của cơ quan, in ở cột (2) biểu theo dõi QĐ 766</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="86" />
        <source>Printed on the reports; leave empty for the text shown in grey</source>
        <translation>In trên các biểu báo cáo; để trống thì dùng nội dung hiện mờ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="87" />
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="88" />
        <source>Period mode:</source>
        <translation>Cách tính kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="89" />
        <source>Officer preparing reports:</source>
        <translation>Người lập biểu:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="90" />
        <source>Head of the unit:</source>
        <translation>Thủ trưởng đơn vị:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="91" />
        <source>Electronic identifier code:</source>
        <translation>Mã định danh điện tử:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="92" />
        <source>Receiving unit:</source>
        <translation>Đơn vị nhận báo cáo:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="95" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="98" />
        <source>Import configuration package…</source>
        <translation>Nhập gói cấu hình…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="101" />
        <source>Apply an egov-preset.json file prepared by IT staff (unit, period mode, ...)</source>
        <translation>Áp dụng tệp egov-preset.json do cán bộ CNTT chuẩn bị (đơn vị, cách tính kỳ báo cáo, ...)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="155" />
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="161" />
        <source>Change the period mode</source>
        <translation>Đổi cách tính kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="162" />
        <source>Change the period mode all the same?</source>
        <translation>Vẫn đổi cách tính kỳ?</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="175" />
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="232" />
        <source>Import configuration package</source>
        <translation>Nhập gói cấu hình</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="177" />
        <source>Configuration package ({pattern})</source>
        <translation>Gói cấu hình ({pattern})</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="194" />
        <source>Configuration package applied.</source>
        <translation>Đã áp dụng gói cấu hình.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="195" />
        <source>{count} template(s) copied.</source>
        <translation>Đã chép {count} mẫu biểu.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="212" />
        <source>Note: {warning}</source>
        <translation>Lưu ý: {warning}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="219" />
        <source>Unit: {unit}</source>
        <translation>Đơn vị: {unit}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="220" />
        <source>Period mode: {mode}</source>
        <translation>Cách tính kỳ báo cáo: {mode}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="223" />
        <source>Officer: {name}</source>
        <translation>Cán bộ lập biểu: {name}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="225" />
        <source>Head: {name}</source>
        <translation>Thủ trưởng: {name}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="228" />
        <source>Templates: {count}</source>
        <translation>Mẫu biểu: {count}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="233" />
        <source>Apply the configuration package {file}?</source>
        <translation>Áp dụng gói cấu hình {file}?</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="243" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/settings_view.py" line="244" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="266" />
        <source>Set up egov_desktop</source>
        <translation>Thiết lập egov_desktop</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="276" />
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="277" />
        <source>Next &gt;</source>
        <translation>Tiếp theo &gt;</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="278" />
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="279" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="46" />
        <source>Figures and their sources</source>
        <translation>Số liệu và nguồn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="52" />
        <source>All columns</source>
        <translation>Tất cả các cột</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="56" />
        <source>Column ({n})</source>
        <translation>Cột ({n})</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="60" />
        <source>Column ({n}): {title}</source>
        <translation>Cột ({n}): {title}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="72" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="73" />
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="74" />
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="75" />
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="76" />
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="114" />
        <source>every unit</source>
        <translation>tất cả các đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="117" />
        <source>{form}, {period}, {who}</source>
        <translation>{form}, {period}, {who}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="141" />
        <source>No figure yet: no package of this report was imported and the office entered none.</source>
        <translation>Chưa có số liệu: chưa nhập gói nào của báo cáo này và cơ quan cũng chưa nhập số liệu nào.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="144" />
        <source>{n} figure(s)</source>
        <translation>{n} số liệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="149" />
        <source>{n} figure(s), sum {sum}</source>
        <translation>{n} số liệu, tổng {sum}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="174" />
        <source>{name} (old code {code}) → {into}</source>
        <translation>{name} (mã cũ {code}) → {into}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="181" />
        <source>from package v{version}</source>
        <translation>gói v{version}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="187" />
        <source>unchanged in package v{version}</source>
        <translation>gói v{version} giữ nguyên</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="183" />
        <source>received {time}</source>
        <translation>nhận lúc {time}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="192" />
        <source>accepted</source>
        <translation>đã tiếp nhận</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="194" />
        <source>typed by the office</source>
        <translation>cơ quan tự nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="195" />
        <source>pasted by the office</source>
        <translation>cơ quan dán vào</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="196" />
        <source>read from the unit's filled Excel file</source>
        <translation>đọc từ tệp Excel đơn vị đã điền</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/sources_dialog.py" line="197" />
        <source>computed</source>
        <translation>tính toán</translation>
    </message>
</context>
<context>
    <name>StoredModeBox</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/stored_mode_box.py" line="48" />
        <source>Show the figures as counted (read only)</source>
        <translation>Xem số liệu theo cách tính kỳ đã dùng (chỉ xem)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/stored_mode_box.py" line="49" />
        <source>Recount from the register…</source>
        <translation>Tính lại từ sổ theo dõi hồ sơ…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/stored_mode_box.py" line="50" />
        <source>Enter them again in the current period mode…</source>
        <translation>Nhập lại theo cách tính kỳ đang dùng…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/stored_mode_box.py" line="70" />
        <source>Entering the figures again in the current period mode</source>
        <translation>Đang nhập lại số liệu theo cách tính kỳ đang dùng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/stored_mode_box.py" line="77" />
        <source>The figures below were counted over {counted}, not over {window}. Correct every figure that differs; the report is stored in the current mode as soon as a figure is saved.</source>
        <translation>Các số liệu dưới đây được tính cho khoảng {counted}, không phải {window}. Hãy sửa mọi số liệu khác đi; báo cáo được lưu theo cách tính kỳ đang dùng ngay khi ghi một số liệu.</translation>
    </message>
</context>
<context>
    <name>StoredModeChoice</name>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_mode_choice.py" line="61" />
        <source>Read only: the figures as they were counted, over their own window. They cannot be changed, exported or sent in the current period mode.</source>
        <translation>Chỉ xem: số liệu như đã tính, theo khoảng thời gian của cách tính kỳ đã dùng. Không sửa, xuất hay gửi được theo cách tính kỳ đang dùng.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_mode_choice.py" line="69" />
        <source>These figures were counted in another period mode: not shown.</source>
        <translation>Số liệu của báo cáo này được tính theo cách tính kỳ khác nên không được hiển thị.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_mode_choice.py" line="104" />
        <source>Enter the figures again</source>
        <translation>Nhập lại số liệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/entry_mode_choice.py" line="111" />
        <source>The stored figures will be shown over the current period mode's window {window}, although they were counted over {counted}. Correct every figure that differs: the report is stored in the current mode as soon as a figure is saved or the report is completed.

Enter the figures again in the current mode?</source>
        <translation>Số liệu đã lưu sẽ được hiển thị theo khoảng thời gian của cách tính kỳ đang dùng ({window}), dù được tính cho khoảng {counted}. Hãy sửa mọi số liệu khác đi: báo cáo được lưu theo cách tính kỳ đang dùng ngay khi ghi một số liệu hoặc đánh dấu hoàn thành.

Nhập lại số liệu theo cách tính kỳ đang dùng?</translation>
    </message>
</context>
<context>
    <name>TargetChart</name>
    <message>
        <location filename="../../egov_desktop/ui/widgets/target_chart.py" line="115" />
        <source>Unit's figures</source>
        <translation>Số liệu của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/target_chart.py" line="118" />
        <source>Reported periods</source>
        <translation>Các kỳ có số liệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/target_chart.py" line="200" />
        <source>Target: %1 by %2</source>
        <translation>Chỉ tiêu: %1 trước %2</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/target_chart.py" line="204" />
        <source>Target: %1</source>
        <translation>Chỉ tiêu: %1</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/target_chart.py" line="206" />
        <source>Trend</source>
        <translation>Xu hướng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/target_chart.py" line="140" />
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/widgets/target_chart.py" line="206" />
        <source>Trend to the deadline</source>
        <translation>Xu hướng đến hạn</translation>
    </message>
</context>
<context>
    <name>TargetsView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="116" />
        <source>IT-application and e-government targets</source>
        <translation>Chỉ tiêu ứng dụng CNTT, xây dựng chính quyền điện tử</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="117" />
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="119" />
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="356" />
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="131" />
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="190" />
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="132" />
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="133" />
        <source>Target</source>
        <translation>Mục tiêu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="134" />
        <source>Deadline</source>
        <translation>Hạn hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="135" />
        <source>Latest figure</source>
        <translation>Số liệu mới nhất</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="136" />
        <source>Projected at deadline</source>
        <translation>Dự báo khi đến hạn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="137" />
        <source>Assessment</source>
        <translation>Đánh giá</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="170" />
        <source>Enter the unit's figure</source>
        <translation>Nhập số liệu của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="187" />
        <source>Denominator</source>
        <translation>Mẫu số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="188" />
        <source>Save figure</source>
        <translation>Lưu số liệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="191" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="192" />
        <source>Numerator</source>
        <translation>Tử số</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="223" />
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="286" />
        <source>Targets: %1</source>
        <translation>Số chỉ tiêu: %1</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="338" />
        <source>Saved %1 for %2: %3</source>
        <translation>Đã lưu %1 của %2: %3</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="357" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/targets_view.py" line="373" />
        <source>Exported to %1</source>
        <translation>Đã xuất ra %1</translation>
    </message>
</context>
<context>
    <name>TemplatesView</name>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="61" />
        <source>Report templates</source>
        <translation>Mẫu biểu báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="67" />
        <source>Built-in templates follow the official layout. Add the province's own workbook to export into it: the application proposes where each figure goes, you check it.</source>
        <translation>Mẫu có sẵn theo đúng thể thức quy định. Thêm tệp mẫu của tỉnh để xuất báo cáo vào đó: ứng dụng đề xuất vị trí từng số liệu, cán bộ kiểm tra lại.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="71" />
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="219" />
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="71" />
        <source>Template</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="72" />
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="87" />
        <source>Add the province's workbook…</source>
        <translation>Thêm mẫu của tỉnh…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="89" />
        <source>Try it (export and open)</source>
        <translation>Xuất thử và mở</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="91" />
        <source>Share as a file…</source>
        <translation>Đóng gói để chia sẻ…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="93" />
        <source>Import a shared template…</source>
        <translation>Nhập gói mẫu…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="118" />
        <source>special parts kept</source>
        <translation>giữ nguyên phần tử đặc biệt</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="195" />
        <source>Template {name} saved for {form}.</source>
        <translation>Đã lưu mẫu {name} cho biểu {form}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="237" />
        <source>Name of the template (letters, digits, spaces, - and _):</source>
        <translation>Tên mẫu (chữ, số, dấu cách, dấu - và _):</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="164" />
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="178" />
        <source>Written: {path}</source>
        <translation>Đã ghi: {path}</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="115" />
        <source>Official layout (built-in)</source>
        <translation>Mẫu theo quy định (có sẵn)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="212" />
        <source>The province's workbook</source>
        <translation>Tệp mẫu của tỉnh</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="213" />
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="219" />
        <source>Which form is this workbook?</source>
        <translation>Tệp này là mẫu của biểu nào?</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="236" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="248" />
        <source>Folder for the shared file</source>
        <translation>Thư mục lưu gói mẫu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="254" />
        <source>Import a shared template</source>
        <translation>Nhập gói mẫu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/templates_view.py" line="255" />
        <source>Template files (*.egovt)</source>
        <translation>Gói mẫu biểu (*.egovt)</translation>
    </message>
</context>
<context>
    <name>TodoTableModel</name>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="36" />
        <source>{n} of {m} units reported</source>
        <translation>{n}/{m} đơn vị đã nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="40" />
        <source>Not started</source>
        <translation>Chưa nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="41" />
        <source>In progress</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="42" />
        <source>Complete</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="51" />
        <source>all received</source>
        <translation>đã nhận đủ</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="52" />
        <source>filed</source>
        <translation>đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="53" />
        <source>{n} days left</source>
        <translation>còn {n} ngày</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="58" />
        <source>due today</source>
        <translation>hạn chót hôm nay</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="58" />
        <source>{n} days overdue</source>
        <translation>quá hạn {n} ngày</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="72" />
        <source>Form</source>
        <translation>Biểu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="73" />
        <source>Period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="74" />
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="75" />
        <source>Deadline</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/models/todo_table_model.py" line="76" />
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
    <name>UnitEntryDialog</name>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="59" />
        <source>Figures of {unit} entered by the office</source>
        <translation>Số liệu của {unit} do cơ quan tự nhập</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="85" />
        <source>Old commune:</source>
        <translation>Xã cũ:</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="105" />
        <source>Read the unit's Excel file…</source>
        <translation>Đọc tệp Excel của đơn vị…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="109" />
        <source>A copy of the form's template filled in by the unit: its figures are read in</source>
        <translation>Bản mẫu biểu do đơn vị tự điền: số liệu trong tệp được đọc vào</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="114" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="151" />
        <source>Figures typed here for {unit} ({code}) are kept as entered by the office.</source>
        <translation>Số liệu nhập ở đây cho {unit} ({code}) được ghi là do cơ quan tự nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="157" />
        <source>{unit} ({code}) has sent no package of {form} for this period: the figures typed here are kept as entered by the office, and a package the unit sends later is compared with them.</source>
        <translation>{unit} ({code}) chưa gửi gói biểu {form} của kỳ này: số liệu nhập ở đây được ghi là do cơ quan tự nhập; nếu sau này đơn vị gửi gói, hai bên số liệu sẽ được đối chiếu.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="162" />
        <source>{unit} ({code}) sent {form}: package v{version} of {date} was received and accepted. Figures changed here are kept as entered by the office.</source>
        <translation>{unit} ({code}) đã gửi biểu {form}: đã nhận và tiếp nhận gói v{version} (gửi ngày {date}); số liệu sửa ở đây được ghi là do cơ quan tự nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="167" />
        <source>{unit} ({code}) sent {form}: package v{version} of {date} was received and returned to the unit. Figures changed here are kept as entered by the office.</source>
        <translation>{unit} ({code}) đã gửi biểu {form}: gói v{version} (gửi ngày {date}) đã nhận và đã trả lại đơn vị; số liệu sửa ở đây được ghi là do cơ quan tự nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="173" />
        <source>{unit} ({code}) sent {form}: package v{version} of {date} was received. Figures changed here are kept as entered by the office.</source>
        <translation>{unit} ({code}) đã gửi biểu {form}: đã nhận gói v{version} (gửi ngày {date}); số liệu sửa ở đây được ghi là do cơ quan tự nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="180" />
        <source>Sent by: {units}.</source>
        <translation>Đơn vị gửi: {units}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="198" />
        <source>{period} ends before 1 July 2025, when {unit} ({code}) did not exist yet: its report is the sum of the reports of the old communes it took over, each entered on its own. Figures typed here are the chosen old commune's, kept as entered by the office.</source>
        <translation>{period} kết thúc trước ngày 01/07/2025, khi {unit} ({code}) chưa được thành lập: báo cáo của đơn vị là tổng báo cáo của các xã cũ đã hợp nhất vào, mỗi xã cũ nhập riêng. Số liệu nhập ở đây là của xã cũ được chọn, được ghi là do cơ quan tự nhập.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="214" />
        <source>entered by the office</source>
        <translation>cơ quan đã nhập thay</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="216" />
        <source>returned to the unit</source>
        <translation>đã trả lại đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="217" />
        <source>package received</source>
        <translation>đã nhận gói</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="219" />
        <source>nothing received yet</source>
        <translation>chưa có số liệu</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="251" />
        <source>{count} figure(s) read from {file}.</source>
        <translation>Đã đọc {count} số liệu từ tệp {file}.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="258" />
        <source>Read the unit's Excel file</source>
        <translation>Đọc tệp Excel của đơn vị</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/unit_entry_dialog.py" line="259" />
        <source>Excel files (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>UnitPage</name>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="117" />
        <source>Your unit</source>
        <translation>Đơn vị của bạn</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="120" />
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="168" />
        <source>Type part of the name without diacritics, e.g. "ba dinh", or the code.</source>
        <translation>Gõ một phần tên (có thể không dấu), ví dụ "ba dinh", hoặc mã đơn vị.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="123" />
        <source>Search units…</source>
        <translation>Tìm đơn vị…</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="164" />
        <source>Type part of the province's name without diacritics, e.g. "ha noi", or its code.</source>
        <translation>Gõ một phần tên tỉnh, thành phố (có thể không dấu), ví dụ "ha noi", hoặc mã của tỉnh.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="177" />
        <source>Type to search.</source>
        <translation>Gõ để tìm.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="192" />
        <source>%n unit(s) found.</source>
        <translation>
            <numerusform>Tìm thấy %n đơn vị.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../egov_desktop/ui/views/setup_wizard.py" line="194" />
        <source>No unit matches.</source>
        <translation>Không có đơn vị phù hợp.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../egov_desktop/app.py" line="95" />
        <source>Damaged database</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/app.py" line="80" />
        <source>Restore the newest backup, made on {when}? The damaged file is kept aside.</source>
        <translation>Khôi phục bản sao lưu gần nhất (lúc {when})? Tệp bị hỏng vẫn được giữ lại.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/app.py" line="87" />
        <source>{count} package(s) sent after this backup ({files}) will no longer be in the history of sent packages; the next package is numbered after them.</source>
        <translation>{count} gói đã gửi sau bản sao lưu này ({files}) sẽ không còn trong lịch sử gửi; gói gửi tiếp theo được đánh số sau các gói đó.</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/app.py" line="100" />
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../egov_desktop/app.py" line="102" />
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