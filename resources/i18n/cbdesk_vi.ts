<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>cbdesk</name>
    <message>
        <source> a year</source>
        <translation> /năm</translation>
    </message>
    <message>
        <source>% done</source>
        <translation>% hoàn thành</translation>
    </message>
    <message>
        <source>% of programme target</source>
        <translation>% kế hoạch giai đoạn</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% KH</translation>
    </message>
    <message>
        <source>% of year's target</source>
        <translation>% kế hoạch năm</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Công cụ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>(as chosen above)</source>
        <translation>(theo kỳ chọn ở trên)</translation>
    </message>
    <message>
        <source>(no. {number})</source>
        <translation>(số {number})</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>(nothing: an empty plan)</source>
        <translation>(không: kế hoạch trống)</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(cấp cao nhất)</translation>
    </message>
    <message>
        <source>* needed to print a report.</source>
        <translation>* cần có để in báo cáo.</translation>
    </message>
    <message>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <source>&lt; Back</source>
        <translation>&lt; Quay lại</translation>
    </message>
    <message>
        <source>A SQLite file, or postgresql+psycopg://user@server/db</source>
        <translation>Một tệp SQLite, hoặc postgresql+psycopg://người_dùng@máy_chủ/csdl</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Một ngày</translation>
    </message>
    <message>
        <source>A due day on a weekend or holiday:</source>
        <translation>Hạn rơi vào ngày nghỉ, ngày lễ:</translation>
    </message>
    <message>
        <source>A number, e.g. 12.000 or 3,45</source>
        <translation>Một số, ví dụ 12.000 hoặc 3,45</translation>
    </message>
    <message>
        <source>A period</source>
        <translation>Một kỳ</translation>
    </message>
    <message>
        <source>A plan for {0} exists already; choose another year.</source>
        <translation>Đã có kế hoạch năm {0}; hãy chọn năm khác.</translation>
    </message>
    <message>
        <source>A plan imported from an Excel workbook</source>
        <translation>Kế hoạch nhập từ tệp Excel</translation>
    </message>
    <message>
        <source>A plan read from a Word document (.docx)</source>
        <translation>Kế hoạch đọc từ văn bản Word (.docx)</translation>
    </message>
    <message>
        <source>A qualitative target takes no figure.</source>
        <translation>Chỉ tiêu định tính không nhập số.</translation>
    </message>
    <message>
        <source>A report needs targets or tasks: add them first.</source>
        <translation>Báo cáo cần có chỉ tiêu hoặc nhiệm vụ: hãy thêm trước.</translation>
    </message>
    <message>
        <source>About cbdesk</source>
        <translation>Giới thiệu cbdesk</translation>
    </message>
    <message>
        <source>Abstract (V/v)</source>
        <translation>Trích yếu (V/v)</translation>
    </message>
    <message>
        <source>Achieved (% of the year's target)</source>
        <translation>Đạt (% kế hoạch năm)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Còn dùng</translation>
    </message>
    <message>
        <source>Add area</source>
        <translation>Thêm địa bàn</translation>
    </message>
    <message>
        <source>Add area…</source>
        <translation>Thêm địa bàn…</translation>
    </message>
    <message>
        <source>Add or change</source>
        <translation>Thêm hoặc sửa</translation>
    </message>
    <message>
        <source>Add or rename</source>
        <translation>Thêm hoặc đổi tên</translation>
    </message>
    <message>
        <source>Add several areas</source>
        <translation>Thêm nhiều địa bàn</translation>
    </message>
    <message>
        <source>Add several…</source>
        <translation>Thêm nhiều…</translation>
    </message>
    <message>
        <source>Add target %1</source>
        <translation>Thêm chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Add target…</source>
        <translation>Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <source>Add task %1</source>
        <translation>Thêm nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Add task…</source>
        <translation>Thêm nhiệm vụ…</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Add unit…</source>
        <translation>Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Người thêm</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Thời điểm thêm</translation>
    </message>
    <message>
        <source>Adding up the years…</source>
        <translation>Đang cộng số liệu các năm…</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Kính gửi</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Agency (clerk, seal)</source>
        <translation>Cơ quan (văn thư, con dấu)</translation>
    </message>
    <message>
        <source>Agency symbol</source>
        <translation>Ký hiệu cơ quan</translation>
    </message>
    <message>
        <source>Ahead of schedule when the pace is over:</source>
        <translation>Vượt tiến độ khi tiến độ trên:</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tất cả địa bàn</translation>
    </message>
    <message>
        <source>All periods</source>
        <translation>Mọi kỳ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Mọi đơn vị</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Mọi người dùng</translation>
    </message>
    <message>
        <source>Allocation by area</source>
        <translation>Phân bổ theo địa bàn</translation>
    </message>
    <message>
        <source>An empty plan, filled in here</source>
        <translation>Kế hoạch trống, nhập tại đây</translation>
    </message>
    <message>
        <source>An issued report needs a number. Fill in 'Number' and try again.</source>
        <translation>Báo cáo ban hành cần có số. Hãy điền 'Số' rồi thử lại.</translation>
    </message>
    <message>
        <source>Another file…</source>
        <translation>Tệp khác…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Archive unit</source>
        <translation>Đơn vị lưu</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Area merged</source>
        <translation>Địa bàn sáp nhập</translation>
    </message>
    <message>
        <source>Area split</source>
        <translation>Địa bàn chia tách</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Địa bàn:</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Địa bàn</translation>
    </message>
    <message>
        <source>Areas late with forms</source>
        <translation>Địa bàn chậm gửi biểu mẫu</translation>
    </message>
    <message>
        <source>Areas late with forms in {n} periods.</source>
        <translation>Có địa bàn chậm gửi biểu mẫu ở {n} kỳ.</translation>
    </message>
    <message>
        <source>As printed at the top of every report. You can change it later in Catalogs → Organisation.</source>
        <translation>Như in ở đầu mỗi báo cáo. Có thể sửa sau ở Danh mục → Cơ quan.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Đính kèm tài liệu</translation>
    </message>
    <message>
        <source>Attached documents</source>
        <translation>Tài liệu kèm theo</translation>
    </message>
    <message>
        <source>Attached documents:</source>
        <translation>Tài liệu kèm theo:</translation>
    </message>
    <message>
        <source>Attached documents: up to</source>
        <translation>Tài liệu kèm theo: tối đa</translation>
    </message>
    <message>
        <source>Attached documents…</source>
        <translation>Tài liệu kèm theo…</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <source>Automatic (Times New Roman when installed)</source>
        <translation>Tự động (Times New Roman nếu đã cài)</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sao lưu ngay</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Thư mục sao lưu:</translation>
    </message>
    <message>
        <source>Backup folder…</source>
        <translation>Thư mục sao lưu…</translation>
    </message>
    <message>
        <source>Backup made and verified:</source>
        <translation>Đã sao lưu và kiểm tra xong:</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.json.gz)</source>
        <translation>Bản sao lưu (*.sqlite *.json.gz)</translation>
    </message>
    <message>
        <source>Backups to keep:</source>
        <translation>Số bản sao lưu giữ lại:</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Giá trị cơ sở</translation>
    </message>
    <message>
        <source>Behind schedule</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <source>Behind schedule when the pace is under:</source>
        <translation>Chậm tiến độ khi tiến độ dưới:</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Thuộc mục</translation>
    </message>
    <message>
        <source>Blank: the data folder</source>
        <translation>Để trống: thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Bundled font (Liberation Serif)</source>
        <translation>Phông kèm theo (Liberation Serif)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Người nhập</translation>
    </message>
    <message>
        <source>By area (year to date / allocated):</source>
        <translation>Theo địa bàn (lũy kế / kế hoạch phân bổ):</translation>
    </message>
    <message>
        <source>Calendar months</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <source>Calendar months: figures from the first to the last day</source>
        <translation>Theo tháng dương lịch: số liệu từ ngày đầu đến ngày cuối kỳ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cannot connect:</source>
        <translation>Không kết nối được:</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Không mở được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Carry over from:</source>
        <translation>Kế thừa từ:</translation>
    </message>
    <message>
        <source>Catalogs</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>Certificate file (PKCS#12)</source>
        <translation>Tệp chứng thư (PKCS#12)</translation>
    </message>
    <message>
        <source>Certificate file:</source>
        <translation>Tệp chứng thư:</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Check connection</source>
        <translation>Kiểm tra kết nối</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Choose a row first.</source>
        <translation>Hãy chọn một dòng trước.</translation>
    </message>
    <message>
        <source>Choose a target to see its years</source>
        <translation>Chọn một chỉ tiêu để xem số liệu các năm</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Chọn thư mục…</translation>
    </message>
    <message>
        <source>Choose or type, e.g. người, %, hộ</source>
        <translation>Chọn hoặc gõ, ví dụ: người, %, hộ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Xóa ô</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Close period</source>
        <translation>Chốt số liệu</translation>
    </message>
    <message>
        <source>Close period…</source>
        <translation>Chốt số liệu…</translation>
    </message>
    <message>
        <source>Close the figures of {period}? They become read-only until a leader reopens the period.</source>
        <translation>Chốt số liệu {period}? Số liệu sẽ chỉ xem được cho đến khi lãnh đạo mở lại kỳ.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Đã chốt</translation>
    </message>
    <message>
        <source>Closing sentence</source>
        <translation>Câu kết</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Code and name, one a line (optional: valid from, valid until, tab-separated):</source>
        <translation>Mã và tên, mỗi dòng một địa bàn (có thể thêm: hiệu lực từ, hiệu lực đến, cách nhau bằng Tab):</translation>
    </message>
    <message>
        <source>Collecting figures</source>
        <translation>Đang thu thập số liệu</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Đang tính số liệu…</translation>
    </message>
    <message>
        <source>Connected: {name}</source>
        <translation>Đã kết nối: {name}</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Đang kết nối…</translation>
    </message>
    <message>
        <source>Coordinating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Sao chép báo cáo lỗi</translation>
    </message>
    <message>
        <source>Could not attach</source>
        <translation>Không đính kèm được</translation>
    </message>
    <message>
        <source>Could not do that</source>
        <translation>Không thực hiện được</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Lập mới</translation>
    </message>
    <message>
        <source>Cut-off passed, figures still open: {period}.</source>
        <translation>Đã qua ngày chốt nhưng chưa chốt số liệu: {period}.</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>Cơ sở dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Thư mục dữ liệu:</translation>
    </message>
    <message>
        <source>Data-collection forms</source>
        <translation>Biểu mẫu thu thập số liệu</translation>
    </message>
    <message>
        <source>Data-collection forms…</source>
        <translation>Biểu mẫu thu thập số liệu…</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Database (after restart):</source>
        <translation>Cơ sở dữ liệu (sau khi mở lại):</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Cơ sở dữ liệu đang được dùng</translation>
    </message>
    <message>
        <source>Database on a network share</source>
        <translation>Cơ sở dữ liệu trên thư mục mạng</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>CSDL:</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Ngày:</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Có ngày</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Decimals shown</source>
        <translation>Số chữ số thập phân</translation>
    </message>
    <message>
        <source>Decree 09/2019 (15th to 14th)</source>
        <translation>Nghị định 09/2019 (ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <source>Decree 09/2019/NĐ-CP: figures from day {start} of the month before to day {end}</source>
        <translation>Nghị định 09/2019/NĐ-CP: số liệu từ ngày {start} tháng trước đến ngày {end}</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <source>Delete plan…</source>
        <translation>Xóa kế hoạch…</translation>
    </message>
    <message>
        <source>Delete target</source>
        <translation>Xóa chỉ tiêu</translation>
    </message>
    <message>
        <source>Delete target %1</source>
        <translation>Xóa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Delete target %1 and the figures entered for it?</source>
        <translation>Xóa chỉ tiêu %1 và số liệu đã nhập của chỉ tiêu này?</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>Xóa nhiệm vụ</translation>
    </message>
    <message>
        <source>Delete task %1</source>
        <translation>Xóa nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Delete task %1 and its progress updates?</source>
        <translation>Xóa nhiệm vụ %1 cùng các lần cập nhật tiến độ?</translation>
    </message>
    <message>
        <source>Delete the {0} plan with all its targets, figures and tasks? A backup is made first; this cannot be undone otherwise.</source>
        <translation>Xóa kế hoạch năm {0} cùng toàn bộ chỉ tiêu, số liệu và nhiệm vụ? Một bản sao lưu được tạo trước; ngoài cách khôi phục bản sao lưu đó, không thể hoàn tác.</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Difficulties:</source>
        <translation>Khó khăn, vướng mắc:</translation>
    </message>
    <message>
        <source>Digital signatures</source>
        <translation>Chữ ký số</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Discard what you typed?</source>
        <translation>Bỏ những gì đã nhập?</translation>
    </message>
    <message>
        <source>Document date</source>
        <translation>Ngày văn bản</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Số văn bản</translation>
    </message>
    <message>
        <source>Documents (*.docx *.txt)</source>
        <translation>Văn bản (*.docx *.txt)</translation>
    </message>
    <message>
        <source>Don't save</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hoàn thành</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Đã lưu bản nháp.</translation>
    </message>
    <message>
        <source>Due by the end of the period</source>
        <translation>Phải đạt đến cuối kỳ</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Đến hạn trong 30 ngày</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Edit area</source>
        <translation>Sửa địa bàn</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>Sửa chỉ tiêu</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>Sửa chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Edit task</source>
        <translation>Sửa nhiệm vụ</translation>
    </message>
    <message>
        <source>Edit task %1</source>
        <translation>Sửa nhiệm vụ %1</translation>
    </message>
    <message>
        <source>Edit → Undo (Ctrl+Z) brings it back.</source>
        <translation>Có thể lấy lại bằng Sửa → Hoàn tác (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Cơ sở dữ liệu trống</translation>
    </message>
    <message>
        <source>End an area</source>
        <translation>Kết thúc hiệu lực địa bàn</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Kết thúc…</translation>
    </message>
    <message>
        <source>Entered by smaller periods (e.g. %1); the figure shown is their total and is edited there.</source>
        <translation>Đã nhập theo kỳ nhỏ hơn (ví dụ %1); số hiển thị là tổng của các kỳ đó và được sửa ở đó.</translation>
    </message>
    <message>
        <source>Everything was read.</source>
        <translation>Đã đọc được toàn bộ.</translation>
    </message>
    <message>
        <source>Expected output</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>Xuất Excel</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Xuất Excel…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Figures can be entered for the whole province now. To enter them by area, add the areas in Catalogs.</source>
        <translation>Hiện có thể nhập số liệu toàn tỉnh. Muốn nhập theo địa bàn, hãy thêm địa bàn ở Danh mục.</translation>
    </message>
    <message>
        <source>Figures closed</source>
        <translation>Đã chốt số liệu</translation>
    </message>
    <message>
        <source>Figures closed (read-only)</source>
        <translation>Đã chốt số liệu (chỉ xem)</translation>
    </message>
    <message>
        <source>Figures entered for this period: {form} from forms, {imported} imported, {typed} typed</source>
        <translation>Số liệu của kỳ: {form} từ biểu mẫu, {imported} nhập từ tệp, {typed} nhập tay</translation>
    </message>
    <message>
        <source>Figures from</source>
        <translation>Số liệu từ</translation>
    </message>
    <message>
        <source>Figures open for entry</source>
        <translation>Đang mở nhập số liệu</translation>
    </message>
    <message>
        <source>Figures run by:</source>
        <translation>Chốt số liệu theo:</translation>
    </message>
    <message>
        <source>Figures run to this day of the period's last month:</source>
        <translation>Số liệu tính đến ngày này của tháng cuối kỳ:</translation>
    </message>
    <message>
        <source>Figures to</source>
        <translation>Số liệu đến</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Tên tệp</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Tên tệp:</translation>
    </message>
    <message>
        <source>File type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Lọc</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>Fit the page width</source>
        <translation>Vừa chiều rộng trang</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Five-year programme</source>
        <translation>Kế hoạch 5 năm</translation>
    </message>
    <message>
        <source>Folder for the data-collection forms</source>
        <translation>Thư mục lưu biểu mẫu thu thập số liệu</translation>
    </message>
    <message>
        <source>Form file</source>
        <translation>Tệp biểu mẫu</translation>
    </message>
    <message>
        <source>Form returned</source>
        <translation>Ngày nhận biểu mẫu</translation>
    </message>
    <message>
        <source>Forms due</source>
        <translation>Hạn biểu mẫu</translation>
    </message>
    <message>
        <source>Forms due after the cut-off:</source>
        <translation>Hạn gửi biểu mẫu sau ngày chốt:</translation>
    </message>
    <message>
        <source>Forms returned</source>
        <translation>Biểu mẫu đã nhận</translation>
    </message>
    <message>
        <source>Forms returned: {areas}</source>
        <translation>Đã nhận biểu mẫu: {areas}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>From forms</source>
        <translation>Từ biểu mẫu</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Header in the file</source>
        <translation>Tiêu đề trong tệp</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử cập nhật</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Nội dung cột</translation>
    </message>
    <message>
        <source>Holidays:</source>
        <translation>Ngày nghỉ lễ:</translation>
    </message>
    <message>
        <source>How would you like to start?</source>
        <translation>Bạn muốn bắt đầu thế nào?</translation>
    </message>
    <message>
        <source>Image (empty: the registered one):</source>
        <translation>Ảnh (để trống: ảnh đã đăng ký):</translation>
    </message>
    <message>
        <source>Implementation items</source>
        <translation>Tổ chức thực hiện</translation>
    </message>
    <message>
        <source>Import an office table</source>
        <translation>Nhập bảng Excel của đơn vị</translation>
    </message>
    <message>
        <source>Import an office table…</source>
        <translation>Nhập bảng Excel của đơn vị…</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Nhập từ Excel</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>Nhập từ Excel…</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Nhập từ tệp</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Đã nhập xong.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Nhập…</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Đang dùng</translation>
    </message>
    <message>
        <source>Interface size:</source>
        <translation>Cỡ chữ giao diện:</translation>
    </message>
    <message>
        <source>Into</source>
        <translation>Vào địa bàn</translation>
    </message>
    <message>
        <source>Invalid cells:</source>
        <translation>Ô nhập sai:</translation>
    </message>
    <message>
        <source>Issue report</source>
        <translation>Ban hành báo cáo</translation>
    </message>
    <message>
        <source>Issue the signed PDF of this report</source>
        <translation>Ban hành bản PDF đã ký số của báo cáo này</translation>
    </message>
    <message>
        <source>Issue the signed PDF of this report…</source>
        <translation>Ban hành bản PDF đã ký số của báo cáo này…</translation>
    </message>
    <message>
        <source>Issue the signed file as number {number}? It is stored as issued and cannot be changed afterwards.</source>
        <translation>Ban hành tệp đã ký với số {number}? Tệp được lưu là bản đã ban hành và không sửa được nữa.</translation>
    </message>
    <message>
        <source>Issue with this date anyway?</source>
        <translation>Vẫn ban hành với ngày này?</translation>
    </message>
    <message>
        <source>Issue {what} as number {number}? The PDF is stored as issued and cannot be changed afterwards.</source>
        <translation>Ban hành {what} với số {number}? Tệp PDF được lưu đúng như khi ban hành và không sửa được sau đó.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
    </message>
    <message>
        <source>Issued as number {number}, with {count} digital signatures.</source>
        <translation>Đã ban hành số {number}, có {count} chữ ký số.</translation>
    </message>
    <message>
        <source>Issued as number {number}.</source>
        <translation>Đã ban hành với số {number}.</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Người ban hành</translation>
    </message>
    <message>
        <source>Issued reports</source>
        <translation>Báo cáo đã ban hành</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Ban hành…</translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <source>Issuing the report…</source>
        <translation>Đang ban hành báo cáo…</translation>
    </message>
    <message>
        <source>Italic figures come from %1 (same day; typing another figure replaces it)</source>
        <translation>Số in nghiêng lấy từ %1 (cùng thời điểm; nhập số khác sẽ thay số đó)</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Khóa ký:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Loại:</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>Ngôn ngữ (sau khi mở lại)</translation>
    </message>
    <message>
        <source>Language (after restart):</source>
        <translation>Ngôn ngữ (sau khi mở lại):</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Last backup: {0}</source>
        <translation>Lần sao lưu gần nhất: {0}</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Cập nhật gần nhất</translation>
    </message>
    <message>
        <source>Last valid day</source>
        <translation>Ngày cuối còn hiệu lực</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Để sau</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Lead unit:</source>
        <translation>Đơn vị chủ trì:</translation>
    </message>
    <message>
        <source>Leave empty to keep it</source>
        <translation>Để trống nếu giữ nguyên</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Căn cứ</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Cấp</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Cấp:</translation>
    </message>
    <message>
        <source>Licences: cbdesk — MIT; Qt and Qt for Python (PySide6) — GNU LGPL v3, used unmodified as replaceable libraries; Liberation fonts — SIL Open Font License 1.1; the other components — their own licences. Full texts and where to get Qt's source:</source>
        <translation>Giấy phép: cbdesk — MIT; Qt và Qt for Python (PySide6) — GNU LGPL v3, dùng nguyên bản dưới dạng thư viện có thể thay thế; phông chữ Liberation — SIL Open Font License 1.1; các thành phần khác — giấy phép riêng của từng thành phần. Toàn văn giấy phép và nơi lấy mã nguồn Qt:</translation>
    </message>
    <message>
        <source>Lock the figures of this period (leaders)</source>
        <translation>Khóa số liệu của kỳ này (lãnh đạo)</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <source>Look at the sample plan</source>
        <translation>Xem kế hoạch mẫu</translation>
    </message>
    <message>
        <source>Look at the sample plan first (opened as a separate file; it never mixes with your data)</source>
        <translation>Xem kế hoạch mẫu trước (mở bằng tệp riêng, không bao giờ lẫn với dữ liệu của bạn)</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <source>Make the forms…</source>
        <translation>Lập biểu mẫu…</translation>
    </message>
    <message>
        <source>Make the {0} plan from the programme {1}: each programme target with that year's share on a straight line, linked to it. Continue?</source>
        <translation>Lập kế hoạch năm {0} từ giai đoạn {1}: mỗi chỉ tiêu giai đoạn lấy phần của năm đó theo đường thẳng và được liên kết với chỉ tiêu giai đoạn. Tiếp tục?</translation>
    </message>
    <message>
        <source>Makes the text of the whole window larger</source>
        <translation>Phóng to chữ của toàn bộ cửa sổ</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Đang sao lưu…</translation>
    </message>
    <message>
        <source>May sign in</source>
        <translation>Được đăng nhập</translation>
    </message>
    <message>
        <source>Merge areas</source>
        <translation>Sáp nhập địa bàn</translation>
    </message>
    <message>
        <source>Merge two areas…</source>
        <translation>Sáp nhập hai địa bàn…</translation>
    </message>
    <message>
        <source>Merge two units…</source>
        <translation>Sáp nhập hai đơn vị…</translation>
    </message>
    <message>
        <source>Merge units</source>
        <translation>Sáp nhập đơn vị</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Bị sáp nhập</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Move target %1</source>
        <translation>Chuyển chỉ tiêu %1</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Moves to the next working day</source>
        <translation>Lùi sang ngày làm việc kế tiếp</translation>
    </message>
    <message>
        <source>Moves to the working day before</source>
        <translation>Đưa lên ngày làm việc liền trước</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>New areas (code and name, one a line)</source>
        <translation>Các địa bàn mới (mã và tên, mỗi dòng một)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Kế hoạch mới…</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Giá trị mới</translation>
    </message>
    <message>
        <source>Next &gt;</source>
        <translation>Tiếp &gt;</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Phương hướng, nhiệm vụ kỳ tới:</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>No areas or units yet. Add them here (Areas and Units tabs), or run the setup, which also asks for the agency's header.</source>
        <translation>Chưa có địa bàn hay đơn vị. Thêm ở đây (thẻ Địa bàn và Đơn vị), hoặc chạy thiết lập ban đầu — thiết lập cũng hỏi luôn thông tin cơ quan.</translation>
    </message>
    <message>
        <source>No backup of this database yet. Use Tools → Back up now.</source>
        <translation>Cơ sở dữ liệu này chưa có bản sao lưu. Dùng Công cụ → Sao lưu ngay.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Chưa có bản sao lưu</translation>
    </message>
    <message>
        <source>No change has been recorded for this plan yet. Every figure, target, task and catalog change will be listed here.</source>
        <translation>Kế hoạch này chưa có thay đổi nào được ghi. Mọi thay đổi số liệu, chỉ tiêu, nhiệm vụ và danh mục sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Không có thay đổi.</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <source>No five-year programme yet: import a programme workbook (sheet ‘Chỉ tiêu giai đoạn’).</source>
        <translation>Chưa có giai đoạn nào: hãy nhập tệp Excel của giai đoạn (trang ‘Chỉ tiêu giai đoạn’).</translation>
    </message>
    <message>
        <source>No longer used from</source>
        <translation>Ngừng sử dụng từ ngày</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Chưa đọc được</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Chưa gửi</translation>
    </message>
    <message>
        <source>Not saved in this session</source>
        <translation>Chưa lưu trong phiên này</translation>
    </message>
    <message>
        <source>Not yet begun</source>
        <translation>Chưa đến kỳ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Nothing to show: this plan has no targets yet.</source>
        <translation>Chưa có gì để hiển thị: kế hoạch chưa có chỉ tiêu.</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Chưa nhập gì:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
    </message>
    <message>
        <source>Number and symbol (for annexes):</source>
        <translation>Số và ký hiệu (cho phụ lục):</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Giá trị cũ</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Mỗi dòng một mục</translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation>Mỗi dòng một nơi nhận</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Mở thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Open it read-only (you can look but not change)?</source>
        <translation>Mở ở chế độ chỉ xem (xem được nhưng không sửa được)?</translation>
    </message>
    <message>
        <source>Open the calendar</source>
        <translation>Mở lịch báo cáo</translation>
    </message>
    <message>
        <source>Open the sample plan (its own file)</source>
        <translation>Mở kế hoạch mẫu (tệp riêng)</translation>
    </message>
    <message>
        <source>Opening paragraphs</source>
        <translation>Đoạn mở đầu</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Không bắt buộc</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Outside bodies:</source>
        <translation>Cơ quan bên ngoài:</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Chỉ quá hạn</translation>
    </message>
    <message>
        <source>Overdue tasks</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF to sign:</source>
        <translation>Tệp PDF cần ký:</translation>
    </message>
    <message>
        <source>PIN or password:</source>
        <translation>Mã PIN hoặc mật khẩu:</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Pace against what is due:</source>
        <translation>Tiến độ so với mức phải đạt:</translation>
    </message>
    <message>
        <source>Page {page} / {pages}</source>
        <translation>Trang {page} / {pages}</translation>
    </message>
    <message>
        <source>Paragraphs separated by a blank line</source>
        <translation>Các đoạn cách nhau một dòng trống</translation>
    </message>
    <message>
        <source>Parent agency</source>
        <translation>Cơ quan chủ quản</translation>
    </message>
    <message>
        <source>Parent area</source>
        <translation>Địa bàn cấp trên</translation>
    </message>
    <message>
        <source>Parent target</source>
        <translation>Chỉ tiêu cha</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>TH kỳ</translation>
    </message>
    <message>
        <source>Period of result columns that name none:</source>
        <translation>Kỳ của các cột kết quả không ghi kỳ:</translation>
    </message>
    <message>
        <source>Period of the results</source>
        <translation>Kỳ của kết quả</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ:</translation>
    </message>
    <message>
        <source>Periods reported:</source>
        <translation>Các kỳ báo cáo:</translation>
    </message>
    <message>
        <source>Place name</source>
        <translation>Địa danh</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <source>Plan information</source>
        <translation>Thông tin kế hoạch</translation>
    </message>
    <message>
        <source>Plan information…</source>
        <translation>Thông tin kế hoạch…</translation>
    </message>
    <message>
        <source>Plan title</source>
        <translation>Tên kế hoạch</translation>
    </message>
    <message>
        <source>Plan year:</source>
        <translation>Năm kế hoạch:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>Portable dump (.json.gz)</source>
        <translation>Bản kết xuất (.json.gz)</translation>
    </message>
    <message>
        <source>Prepare the report</source>
        <translation>Lập báo cáo</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Đang chuẩn bị các trang để in…</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Đang chuẩn bị báo cáo…</translation>
    </message>
    <message>
        <source>Press Check to list every target read.</source>
        <translation>Bấm Kiểm tra để xem mọi chỉ tiêu đọc được.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Preview ready: {n} pages.</source>
        <translation>Đã có bản xem trước: {n} trang.</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Printing page {n} of {total}…</source>
        <translation>Đang in trang {n}/{total}…</translation>
    </message>
    <message>
        <source>Printing stopped.</source>
        <translation>Đã dừng in.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>In…</translation>
    </message>
    <message>
        <source>Programme target</source>
        <translation>Chỉ tiêu giai đoạn</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Giai đoạn:</translation>
    </message>
    <message>
        <source>Progress of every target: achieved against due</source>
        <translation>Tiến độ từng chỉ tiêu: đã đạt so với phải đạt</translation>
    </message>
    <message>
        <source>Proposals:</source>
        <translation>Kiến nghị, đề xuất:</translation>
    </message>
    <message>
        <source>Qt version:</source>
        <translation>Phiên bản Qt:</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Read a plan from a document</source>
        <translation>Nhập kế hoạch từ văn bản</translation>
    </message>
    <message>
        <source>Read a plan from a document…</source>
        <translation>Nhập kế hoạch từ văn bản…</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Đang đọc nhật ký thay đổi…</translation>
    </message>
    <message>
        <source>Reading the calendar…</source>
        <translation>Đang đọc lịch báo cáo…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Nơi nhận</translation>
    </message>
    <message>
        <source>Recipients (one a line)</source>
        <translation>Nơi nhận (mỗi dòng một nơi)</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Nơi nhận:</translation>
    </message>
    <message>
        <source>Record the report as issued, with its number and the exact PDF (leaders)</source>
        <translation>Ghi nhận báo cáo đã ban hành, kèm số và đúng tệp PDF (lãnh đạo)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Relation to parent</source>
        <translation>Quan hệ với chỉ tiêu cha</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Gỡ bỏ</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Gỡ tài liệu kèm theo</translation>
    </message>
    <message>
        <source>Remove “{0}”? The removal is kept in the audit trail.</source>
        <translation>Gỡ “{0}”? Việc gỡ bỏ được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Rename unit</source>
        <translation>Đổi tên đơn vị</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Reopen period</source>
        <translation>Mở lại kỳ</translation>
    </message>
    <message>
        <source>Reopen period…</source>
        <translation>Mở lại kỳ…</translation>
    </message>
    <message>
        <source>Replace figure</source>
        <translation>Thay số liệu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Ngày báo cáo</translation>
    </message>
    <message>
        <source>Report due</source>
        <translation>Hạn báo cáo</translation>
    </message>
    <message>
        <source>Report due after the cut-off:</source>
        <translation>Hạn báo cáo sau ngày chốt:</translation>
    </message>
    <message>
        <source>Report font:</source>
        <translation>Phông chữ báo cáo:</translation>
    </message>
    <message>
        <source>Report issued</source>
        <translation>Đã ban hành báo cáo</translation>
    </message>
    <message>
        <source>Report overdue</source>
        <translation>Quá hạn báo cáo</translation>
    </message>
    <message>
        <source>Report period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Reporting calendar</source>
        <translation>Lịch báo cáo</translation>
    </message>
    <message>
        <source>Reporting period</source>
        <translation>Kỳ báo cáo</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Reports (progress report, plan document, task assignments) are made from the command line for now: cbdesk report --plan YEAR --period P -o FILE.pdf. The reports page comes in a later version.</source>
        <translation>Hiện báo cáo (báo cáo kết quả thực hiện, văn bản kế hoạch, phân công nhiệm vụ) được lập bằng dòng lệnh: cbdesk report --plan NĂM --period KỲ -o TỆP.pdf. Trang báo cáo sẽ có ở phiên bản sau.</translation>
    </message>
    <message>
        <source>Reports due</source>
        <translation>Báo cáo đến hạn</translation>
    </message>
    <message>
        <source>Reports due in the next 30 days</source>
        <translation>Báo cáo đến hạn trong 30 ngày tới</translation>
    </message>
    <message>
        <source>Reports due:</source>
        <translation>Báo cáo đến hạn:</translation>
    </message>
    <message>
        <source>Reports…</source>
        <translation>Báo cáo…</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>In lại…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <source>Restore the backup of {0}? This will change:</source>
        <translation>Khôi phục bản sao lưu lúc {0}? Những gì sẽ thay đổi:</translation>
    </message>
    <message>
        <source>Restore the newest good backup now? The damaged file is kept.</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất ngay bây giờ? Tệp bị hỏng vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Restored. The data now is as it was on {0}.</source>
        <translation>Đã khôi phục. Dữ liệu nay như lúc {0}.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Khôi phục…</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Review the draft plan</source>
        <translation>Xem lại bản nháp kế hoạch</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Row is</source>
        <translation>Loại dòng</translation>
    </message>
    <message>
        <source>SQLite copy</source>
        <translation>Bản sao SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Cơ sở dữ liệu SQLite (*.sqlite *.db);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Sample plan</source>
        <translation>Kế hoạch mẫu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Lưu PDF…</translation>
    </message>
    <message>
        <source>Save Word</source>
        <translation>Lưu Word</translation>
    </message>
    <message>
        <source>Save Word…</source>
        <translation>Lưu Word…</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Lưu bản sao</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Lưu một bản…</translation>
    </message>
    <message>
        <source>Save as a draft plan of the year:</source>
        <translation>Lưu thành bản nháp kế hoạch năm:</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lưu bản nháp</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <source>Save the figures entered (Ctrl+S)</source>
        <translation>Lưu số liệu đã nhập (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the signed PDF</source>
        <translation>Lưu tệp PDF đã ký</translation>
    </message>
    <message>
        <source>Saved as a draft plan of {0}.</source>
        <translation>Đã lưu bản nháp kế hoạch năm {0}.</translation>
    </message>
    <message>
        <source>Saved at</source>
        <translation>Đã lưu lúc</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Đã lưu vào {0}.</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Đã lưu vào {path}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Phiên bản lược đồ CSDL:</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Tìm kiếm…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Mục</translation>
    </message>
    <message>
        <source>Section code</source>
        <translation>Mã mục</translation>
    </message>
    <message>
        <source>Sent {n} pages to the printer.</source>
        <translation>Đã gửi {n} trang đến máy in.</translation>
    </message>
    <message>
        <source>Set up my office</source>
        <translation>Thiết lập cơ quan của tôi</translation>
    </message>
    <message>
        <source>Set up the office</source>
        <translation>Thiết lập cơ quan</translation>
    </message>
    <message>
        <source>Set up the office…</source>
        <translation>Thiết lập cơ quan…</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Shared by everyone using this database</source>
        <translation>Dùng chung cho mọi người dùng cơ sở dữ liệu này</translation>
    </message>
    <message>
        <source>Sheet to read:</source>
        <translation>Trang cần đọc:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Hiện</translation>
    </message>
    <message>
        <source>Show a whole page</source>
        <translation>Xem trọn một trang</translation>
    </message>
    <message>
        <source>Show the plan figure of each area</source>
        <translation>Hiện kế hoạch phân bổ của từng địa bàn</translation>
    </message>
    <message>
        <source>Sign a PDF</source>
        <translation>Ký số tệp PDF</translation>
    </message>
    <message>
        <source>Sign a PDF…</source>
        <translation>Ký số tệp PDF…</translation>
    </message>
    <message>
        <source>Sign as:</source>
        <translation>Ký với tư cách:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Đã ký số</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
    </message>
    <message>
        <source>Signer (leader)</source>
        <translation>Người ký (lãnh đạo)</translation>
    </message>
    <message>
        <source>Signer's title</source>
        <translation>Chức vụ người ký</translation>
    </message>
    <message>
        <source>Signer's title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Signing authority</source>
        <translation>Thẩm quyền ký</translation>
    </message>
    <message>
        <source>Signing authority:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Signing in needs a password</source>
        <translation>Đăng nhập phải có mật khẩu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>Some sections are not written ({sections}). They will be issued as &quot;Không có&quot; and your name is recorded as having chosen that. Continue?</source>
        <translation>Còn mục chưa viết ({sections}). Các mục này sẽ được ban hành là &quot;Không có&quot; và tên của bạn được ghi lại là người đã chọn. Tiếp tục?</translation>
    </message>
    <message>
        <source>Something unexpected went wrong; your saved data is safe. The details are in the log file:</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; dữ liệu đã lưu vẫn an toàn. Chi tiết ghi trong tệp nhật ký:</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved data is safe. Copy the report below and send it to the person who supports cbdesk.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn. Hãy sao chép báo cáo lỗi dưới đây và gửi cho người hỗ trợ cbdesk.</translation>
    </message>
    <message>
        <source>Split an area</source>
        <translation>Chia tách địa bàn</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Chia tách…</translation>
    </message>
    <message>
        <source>Start a yearly plan…</source>
        <translation>Lập kế hoạch năm từ giai đoạn…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Giữ nguyên</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Dừng</translation>
    </message>
    <message>
        <source>Stop using a unit</source>
        <translation>Ngừng sử dụng đơn vị</translation>
    </message>
    <message>
        <source>Stop using…</source>
        <translation>Ngừng sử dụng…</translation>
    </message>
    <message>
        <source>Take this list</source>
        <translation>Lấy danh sách này</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target code:</source>
        <translation>Mã chỉ tiêu:</translation>
    </message>
    <message>
        <source>Target for the programme</source>
        <translation>Kế hoạch giai đoạn</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Targets (with their figures and allocations) and tasks are copied; deadlines move on by the years between; results and progress are not. Review the year's targets and baselines afterwards.</source>
        <translation>Chỉ tiêu (cùng số kế hoạch và phân bổ) và nhiệm vụ được sao chép; thời hạn được dời theo số năm chênh lệch; kết quả thực hiện và tiến độ không được sao chép. Hãy rà soát lại kế hoạch năm và giá trị cơ sở của từng chỉ tiêu.</translation>
    </message>
    <message>
        <source>Targets behind schedule</source>
        <translation>Chỉ tiêu chậm tiến độ</translation>
    </message>
    <message>
        <source>Targets by status</source>
        <translation>Chỉ tiêu theo trạng thái</translation>
    </message>
    <message>
        <source>Targets:</source>
        <translation>Số chỉ tiêu:</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Task progress</source>
        <translation>Tiến độ nhiệm vụ</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Tasks by status</source>
        <translation>Nhiệm vụ theo trạng thái</translation>
    </message>
    <message>
        <source>Tasks due in the next 30 days</source>
        <translation>Nhiệm vụ đến hạn trong 30 ngày tới</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>Số nhiệm vụ:</translation>
    </message>
    <message>
        <source>The 'behind' bound must be under the 'ahead' bound.</source>
        <translation>Ngưỡng 'chậm' phải nhỏ hơn ngưỡng 'vượt'.</translation>
    </message>
    <message>
        <source>The cut-off day has passed: closing the period is suggested.</source>
        <translation>Đã qua ngày chốt: nên chốt số liệu kỳ này.</translation>
    </message>
    <message>
        <source>The cut-off day of {period} ({day}) has passed. Close its figures? They become read-only until a leader reopens the period.</source>
        <translation>Đã qua ngày chốt số liệu {period} ({day}). Chốt số liệu kỳ này? Số liệu sẽ chỉ được xem cho đến khi lãnh đạo mở lại kỳ.</translation>
    </message>
    <message>
        <source>The data as it is now is backed up first, so this can be undone.</source>
        <translation>Dữ liệu hiện tại được sao lưu trước, nên có thể hoàn tác.</translation>
    </message>
    <message>
        <source>The database holds no plan yet. Import one from Excel or a document, or start again with the sample plan.</source>
        <translation>Cơ sở dữ liệu chưa có kế hoạch nào. Hãy nhập từ Excel hoặc từ văn bản, hoặc bắt đầu lại với kế hoạch mẫu.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The districts or communes your figures are reported by, one a line: code and name (pasted from Excel: two columns; optional third and fourth columns: valid from, valid until). You may leave this empty and add them later in Catalogs.</source>
        <translation>Các huyện hoặc xã báo cáo số liệu, mỗi dòng một: mã và tên (dán từ Excel: hai cột; cột thứ ba, thứ tư nếu có: hiệu lực từ, hiệu lực đến). Có thể để trống và thêm sau ở Danh mục.</translation>
    </message>
    <message>
        <source>The figure of %1, which ends the same day: one figure per moment. Typing another one here replaces it.</source>
        <translation>Số liệu của %1 (cùng ngày kết thúc): mỗi thời điểm chỉ có một số liệu. Nhập số khác vào đây sẽ thay số liệu đó.</translation>
    </message>
    <message>
        <source>The first plan</source>
        <translation>Kế hoạch đầu tiên</translation>
    </message>
    <message>
        <source>The next year's plan with each programme target's share of that year; edit it afterwards.</source>
        <translation>Kế hoạch năm tiếp theo, mỗi chỉ tiêu giai đoạn lấy phần của năm đó; sửa lại sau nếu cần.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Không khởi động được máy in.</translation>
    </message>
    <message>
        <source>The report draft could not be saved:</source>
        <translation>Không lưu được bản nháp báo cáo:</translation>
    </message>
    <message>
        <source>The signed PDF was saved to {0}.</source>
        <translation>Đã lưu tệp PDF đã ký vào {0}.</translation>
    </message>
    <message>
        <source>The units that lead or help with tasks, one a line: code and name. Outside bodies (other departments, district people's committees) in the second box.</source>
        <translation>Các đơn vị chủ trì, phối hợp thực hiện nhiệm vụ, mỗi dòng một: mã và tên. Cơ quan bên ngoài (sở, ngành, UBND cấp huyện/xã) ở ô thứ hai.</translation>
    </message>
    <message>
        <source>The user guide was not found in {0}.</source>
        <translation>Không tìm thấy hướng dẫn sử dụng trong {0}.</translation>
    </message>
    <message>
        <source>The whole-province figure differs from the sum of the areas.</source>
        <translation>Số toàn tỉnh khác tổng số của các địa bàn.</translation>
    </message>
    <message>
        <source>The {0} plan</source>
        <translation>Kế hoạch năm {0}</translation>
    </message>
    <message>
        <source>The {0} plan was deleted.</source>
        <translation>Đã xóa kế hoạch năm {0}.</translation>
    </message>
    <message>
        <source>There are figures you have not saved. Save them now?</source>
        <translation>Có số liệu chưa lưu. Lưu ngay bây giờ?</translation>
    </message>
    <message>
        <source>There is no database yet. Set up your office step by step, or first look at the sample plan (2021, with demonstration figures), which opens as a separate file and never mixes with your data.</source>
        <translation>Chưa có cơ sở dữ liệu. Hãy thiết lập cơ quan từng bước, hoặc xem trước kế hoạch mẫu (năm 2021, có số liệu minh họa) — kế hoạch mẫu mở bằng tệp riêng, không bao giờ lẫn với dữ liệu của bạn.</translation>
    </message>
    <message>
        <source>There is no database yet. Start with the sample plan (2021, with demonstration figures) or with an empty database?</source>
        <translation>Chưa có cơ sở dữ liệu. Bắt đầu với kế hoạch mẫu (năm 2021, có số liệu minh họa) hay với cơ sở dữ liệu trống?</translation>
    </message>
    <message>
        <source>There is no plan yet. Make a new plan, import one from Excel or read it from a Word document. The sample plan opens as a separate file.</source>
        <translation>Chưa có kế hoạch nào. Hãy lập kế hoạch mới, nhập từ Excel hoặc đọc từ văn bản Word. Kế hoạch mẫu mở bằng tệp riêng.</translation>
    </message>
    <message>
        <source>There is no plan yet. Start here: set up the office (agency, areas, units) if you have not, then make a new plan, import one from Excel or read it from a Word document. The sample plan opens as a separate file and never mixes with your data.</source>
        <translation>Chưa có kế hoạch nào. Bắt đầu từ đây: thiết lập cơ quan (thông tin cơ quan, địa bàn, đơn vị), rồi lập kế hoạch mới, nhập từ Excel hoặc đọc từ văn bản Word. Kế hoạch mẫu mở bằng tệp riêng, không lẫn với dữ liệu của bạn.</translation>
    </message>
    <message>
        <source>There is nothing to enter: this plan has no targets yet. Add a target first; its row then appears here.</source>
        <translation>Chưa có gì để nhập: kế hoạch chưa có chỉ tiêu. Hãy thêm chỉ tiêu trước; dòng của chỉ tiêu sẽ hiện ở đây.</translation>
    </message>
    <message>
        <source>These problems were found; nothing was saved:</source>
        <translation>Có các lỗi sau; chưa lưu gì:</translation>
    </message>
    <message>
        <source>This backup failed its check and cannot be restored:</source>
        <translation>Bản sao lưu này không đạt kiểm tra, không khôi phục được:</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Máy tính này</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Close it and lose them?</source>
        <translation>Biểu mẫu có thay đổi chưa lưu. Đóng lại và bỏ các thay đổi đó?</translation>
    </message>
    <message>
        <source>This period is closed; its figures are view only.</source>
        <translation>Kỳ này đã chốt số liệu — chỉ xem.</translation>
    </message>
    <message>
        <source>This plan has no targets yet. Add the first one, or import the targets from Excel.</source>
        <translation>Kế hoạch chưa có chỉ tiêu. Hãy thêm chỉ tiêu đầu tiên, hoặc nhập chỉ tiêu từ Excel.</translation>
    </message>
    <message>
        <source>This plan has no tasks yet. Add the first one (its section code, title, lead unit and deadline).</source>
        <translation>Kế hoạch chưa có nhiệm vụ. Hãy thêm nhiệm vụ đầu tiên (mã mục, tên, đơn vị chủ trì, thời hạn).</translation>
    </message>
    <message>
        <source>Times New Roman</source>
        <translation>Times New Roman</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tên kế hoạch:</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Lũy kế / hiện trạng</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Cần xem lại</translation>
    </message>
    <message>
        <source>Token driver library:</source>
        <translation>Thư viện điều khiển token:</translation>
    </message>
    <message>
        <source>Token label:</source>
        <translation>Nhãn token:</translation>
    </message>
    <message>
        <source>Two lines have the same code.</source>
        <translation>Có hai dòng trùng mã.</translation>
    </message>
    <message>
        <source>Typed</source>
        <translation>Nhập tay</translation>
    </message>
    <message>
        <source>USB token (PKCS#11)</source>
        <translation>Token USB (PKCS#11)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Lỗi ngoài dự kiến</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ĐVT</translation>
    </message>
    <message>
        <source>Unit code (staff limited to its tasks)</source>
        <translation>Mã đơn vị (chuyên viên chỉ sửa nhiệm vụ của đơn vị mình)</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Đơn vị:</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Units of measure</source>
        <translation>Đơn vị tính</translation>
    </message>
    <message>
        <source>Unlock the figures of this period, with a reason kept in the audit trail (leaders)</source>
        <translation>Mở khóa số liệu của kỳ này, lý do được ghi vào nhật ký thay đổi (lãnh đạo)</translation>
    </message>
    <message>
        <source>Unsaved cells:</source>
        <translation>Ô chưa lưu:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Thay đổi chưa lưu</translation>
    </message>
    <message>
        <source>Unwritten sections</source>
        <translation>Mục chưa viết</translation>
    </message>
    <message>
        <source>Up to the year:</source>
        <translation>Đến hết năm:</translation>
    </message>
    <message>
        <source>Up to {year} ({kind}): {done} of {total} years; the share due is on a straight line. Yearly plans: {plans}.</source>
        <translation>Đến hết năm {year} ({kind}): {done}/{total} năm của giai đoạn; mức cần đạt tính theo đường thẳng. Kế hoạch các năm: {plans}.</translation>
    </message>
    <message>
        <source>Update progress…</source>
        <translation>Cập nhật tiến độ…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Hiệu lực từ</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Hiệu lực đến</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Verify signatures of a PDF</source>
        <translation>Kiểm tra chữ ký số của tệp PDF</translation>
    </message>
    <message>
        <source>Verify signatures of a PDF…</source>
        <translation>Kiểm tra chữ ký số của tệp PDF…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Phiên bản:</translation>
    </message>
    <message>
        <source>Warn this long before a due day:</source>
        <translation>Nhắc trước hạn:</translation>
    </message>
    <message>
        <source>Welcome to cbdesk</source>
        <translation>Chào mừng đến với cbdesk</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cả trang</translation>
    </message>
    <message>
        <source>Whole province</source>
        <translation>Toàn tỉnh</translation>
    </message>
    <message>
        <source>Why is {period} reopened? The reason is kept in the audit trail.</source>
        <translation>Vì sao mở lại {period}? Lý do được ghi vào nhật ký thay đổi.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Văn bản Word (*.docx)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Lũy kế</translation>
    </message>
    <message>
        <source>Year's target</source>
        <translation>KH năm</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Năm:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Your agency</source>
        <translation>Cơ quan của bạn</translation>
    </message>
    <message>
        <source>Your own units:</source>
        <translation>Đơn vị thuộc cơ quan:</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>and {0} more</source>
        <translation>và {0} thay đổi khác</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>và {n} kỳ khác</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>trước khi khôi phục</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>trước khi nhập dữ liệu</translation>
    </message>
    <message>
        <source>before deleting a plan</source>
        <translation>trước khi xóa kế hoạch</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>sao lưu tay</translation>
    </message>
    <message>
        <source>cbdesk — yearly action plan tracking</source>
        <translation>cbdesk — theo dõi kế hoạch hành động hằng năm</translation>
    </message>
    <message>
        <source>chosen file</source>
        <translation>tệp đã chọn</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã chốt</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>hằng ngày</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>hỏng</translation>
    </message>
    <message>
        <source>days</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation>ví dụ</translation>
    </message>
    <message>
        <source>e.g. 01/01, 30/04, 01/05, 02/09, 10/02/2021-16/02/2021</source>
        <translation>ví dụ 01/01, 30/04, 01/05, 02/09, 10/02/2021-16/02/2021</translation>
    </message>
    <message>
        <source>e.g. 040 (the statistical code)</source>
        <translation>VD: 040 (mã thống kê)</translation>
    </message>
    <message>
        <source>e.g. 05 (blank: fill in by hand)</source>
        <translation>ví dụ 05 (để trống: điền tay)</translation>
    </message>
    <message>
        <source>e.g. 1.1 (blank: all)</source>
        <translation>ví dụ 1.1 (để trống: tất cả)</translation>
    </message>
    <message>
        <source>e.g. Cao Bằng (the date line)</source>
        <translation>VD: Cao Bằng (dòng địa danh, ngày tháng)</translation>
    </message>
    <message>
        <source>e.g. GIÁM ĐỐC or KT. GIÁM ĐỐC</source>
        <translation>VD: GIÁM ĐỐC hoặc KT. GIÁM ĐỐC</translation>
    </message>
    <message>
        <source>e.g. Hoàng Thị Mỹ Hảo</source>
        <translation>VD: Hoàng Thị Mỹ Hảo</translation>
    </message>
    <message>
        <source>e.g. PHÓ GIÁM ĐỐC (blank when the head signs)</source>
        <translation>VD: PHÓ GIÁM ĐỐC (để trống khi thủ trưởng ký)</translation>
    </message>
    <message>
        <source>e.g. Phòng Lao động - Việc làm</source>
        <translation>VD: Phòng Lao động - Việc làm</translation>
    </message>
    <message>
        <source>e.g. SLĐTBXH (printed as Số: 05/BC-SLĐTBXH)</source>
        <translation>VD: SLĐTBXH (in thành Số: 05/BC-SLĐTBXH)</translation>
    </message>
    <message>
        <source>e.g. SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</source>
        <translation>VD: SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI</translation>
    </message>
    <message>
        <source>e.g. Thành phố Cao Bằng</source>
        <translation>VD: Thành phố Cao Bằng</translation>
    </message>
    <message>
        <source>e.g. UBND TỈNH CAO BẰNG</source>
        <translation>VD: UBND TỈNH CAO BẰNG</translation>
    </message>
    <message>
        <source>e.g. UBND tỉnh;
Lãnh đạo Sở;</source>
        <translation>VD: UBND tỉnh;
Lãnh đạo Sở;</translation>
    </message>
    <message>
        <source>e.g. VL</source>
        <translation>VD: VL</translation>
    </message>
    <message>
        <source>e.g. VP (in “Lưu: VT, VP.”)</source>
        <translation>VD: VP (trong “Lưu: VT, VP.”)</translation>
    </message>
    <message>
        <source>figures closed</source>
        <translation>đã chốt số liệu</translation>
    </message>
    <message>
        <source>final review</source>
        <translation>tổng kết giai đoạn</translation>
    </message>
    <message>
        <source>forms due {forms} days and the report {report} days after the cut-off</source>
        <translation>hạn biểu mẫu {forms} ngày, hạn báo cáo {report} ngày sau ngày chốt</translation>
    </message>
    <message>
        <source>good</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>judged on {day}</source>
        <translation>trạng thái tính tại ngày {day}</translation>
    </message>
    <message>
        <source>late: {areas}</source>
        <translation>chậm: {areas}</translation>
    </message>
    <message>
        <source>list them in the progress report</source>
        <translation>liệt kê trong báo cáo kết quả</translation>
    </message>
    <message>
        <source>mid-term review</source>
        <translation>đánh giá giữa kỳ</translation>
    </message>
    <message>
        <source>missing: {areas}</source>
        <translation>chưa gửi: {areas}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>khi đóng chương trình</translation>
    </message>
    <message>
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>tasks judged on</source>
        <translation>nhiệm vụ đánh giá tại ngày</translation>
    </message>
    <message>
        <source>to month</source>
        <translation>đến T</translation>
    </message>
    <message>
        <source>view only</source>
        <translation>chỉ xem</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>{0} forms saved in {1}.</source>
        <translation>Đã lưu {0} biểu mẫu vào {1}.</translation>
    </message>
    <message>
        <source>{0} targets read; {1} problems.</source>
        <translation>Đọc được {0} chỉ tiêu; {1} vấn đề.</translation>
    </message>
    <message>
        <source>{0} — sheet ‘{1}’, header row(s) {2}</source>
        <translation>{0} — trang ‘{1}’, dòng tiêu đề {2}</translation>
    </message>
    <message>
        <source>{n} areas</source>
        <translation>{n} địa bàn</translation>
    </message>
    <message>
        <source>{n} due in the next 30 days, {m} overdue.</source>
        <translation>{n} báo cáo đến hạn trong 30 ngày tới, {m} quá hạn.</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} mục</translation>
    </message>
    <message>
        <source>{period} (due {day})</source>
        <translation>{period} (hạn {day})</translation>
    </message>
    <message>
        <source>{period}: {n} areas late with their forms.</source>
        <translation>{period}: {n} địa bàn chậm gửi biểu mẫu.</translation>
    </message>
</context>
</TS>
