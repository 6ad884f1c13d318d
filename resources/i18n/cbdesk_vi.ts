<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>cbdesk</name>
    <message>
        <source>% done</source>
        <translation>% hoàn thành</translation>
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
        <source>A SQLite file, or postgresql+psycopg://user@server/db</source>
        <translation>Một tệp SQLite, hoặc postgresql+psycopg://người_dùng@máy_chủ/csdl</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Một ngày</translation>
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
        <source>A qualitative target takes no figure.</source>
        <translation>Chỉ tiêu định tính không nhập số.</translation>
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
        <source>Add or change</source>
        <translation>Thêm hoặc sửa</translation>
    </message>
    <message>
        <source>Add or rename</source>
        <translation>Thêm hoặc đổi tên</translation>
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
        <source>Addressee</source>
        <translation>Kính gửi</translation>
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
        <source>An issued report needs a number. Fill in 'Number' and try again.</source>
        <translation>Báo cáo ban hành cần có số. Hãy điền 'Số' rồi thử lại.</translation>
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
        <source>Area merged</source>
        <translation>Địa bàn sáp nhập</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>Địa bàn</translation>
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
        <source>Backup folder</source>
        <translation>Thư mục sao lưu</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Thư mục sao lưu:</translation>
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
        <source>Check connection</source>
        <translation>Kiểm tra kết nối</translation>
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
        <source>Due within 30 days</source>
        <translation>Đến hạn trong 30 ngày</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
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
        <source>Figures closed (read-only)</source>
        <translation>Đã chốt số liệu (chỉ xem)</translation>
    </message>
    <message>
        <source>Figures open for entry</source>
        <translation>Đang mở nhập số liệu</translation>
    </message>
    <message>
        <source>Figures run to this day of the period's last month:</source>
        <translation>Số liệu tính đến ngày này của tháng cuối kỳ:</translation>
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
        <source>Fit the page width</source>
        <translation>Vừa chiều rộng trang</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Folder for the data-collection forms</source>
        <translation>Thư mục lưu biểu mẫu thu thập số liệu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Lịch sử cập nhật</translation>
    </message>
    <message>
        <source>Implementation items</source>
        <translation>Tổ chức thực hiện</translation>
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
        <source>Imported.</source>
        <translation>Đã nhập xong.</translation>
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
        <source>Issue {what} as number {number}? The PDF is stored as issued and cannot be changed afterwards.</source>
        <translation>Ban hành {what} với số {number}? Tệp PDF được lưu đúng như khi ban hành và không sửa được sau đó.</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Đã ban hành</translation>
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
        <source>Keep editing</source>
        <translation>Tiếp tục nhập</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Khóa</translation>
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
        <source>Lock the figures of this period (leaders)</source>
        <translation>Khóa số liệu của kỳ này (lãnh đạo)</translation>
    </message>
    <message>
        <source>Log file:</source>
        <translation>Tệp nhật ký:</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Makes the text of the whole window larger</source>
        <translation>Phóng to chữ của toàn bộ cửa sổ</translation>
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
        <source>Merged into</source>
        <translation>Sáp nhập vào</translation>
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
        <source>Name</source>
        <translation>Tên</translation>
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
        <source>No backup yet</source>
        <translation>Chưa có bản sao lưu</translation>
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
        <source>No plan yet</source>
        <translation>Chưa có kế hoạch</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>Chưa đọc được</translation>
    </message>
    <message>
        <source>Not saved in this session</source>
        <translation>Chưa lưu trong phiên này</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Số</translation>
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
        <source>Period:</source>
        <translation>Kỳ:</translation>
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
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Đang chuẩn bị báo cáo…</translation>
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
        <source>Print…</source>
        <translation>In…</translation>
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
        <source>Reopen period</source>
        <translation>Mở lại kỳ</translation>
    </message>
    <message>
        <source>Reopen period…</source>
        <translation>Mở lại kỳ…</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Report font:</source>
        <translation>Phông chữ báo cáo:</translation>
    </message>
    <message>
        <source>Report period</source>
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
        <source>Reports…</source>
        <translation>Báo cáo…</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>In lại…</translation>
    </message>
    <message>
        <source>Restore the newest good backup now? The damaged file is kept.</source>
        <translation>Khôi phục bản sao lưu tốt gần nhất ngay bây giờ? Tệp bị hỏng vẫn được giữ lại.</translation>
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
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Người ký</translation>
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
        <source>Something unexpected went wrong; your saved data is safe. The details are in the log file:</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến; dữ liệu đã lưu vẫn an toàn. Chi tiết ghi trong tệp nhật ký:</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved data is safe. Copy the report below and send it to the person who supports cbdesk.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Dữ liệu đã lưu vẫn an toàn. Hãy sao chép báo cáo lỗi dưới đây và gửi cho người hỗ trợ cbdesk.</translation>
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
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Target code:</source>
        <translation>Mã chỉ tiêu:</translation>
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
        <source>The database holds no plan yet. Import one from Excel or a document, or start again with the sample plan.</source>
        <translation>Cơ sở dữ liệu chưa có kế hoạch nào. Hãy nhập từ Excel hoặc từ văn bản, hoặc bắt đầu lại với kế hoạch mẫu.</translation>
    </message>
    <message>
        <source>The database is open read-only.</source>
        <translation>Cơ sở dữ liệu đang mở ở chế độ chỉ đọc.</translation>
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
        <source>There is no database yet. Start with the sample plan (2021, with demonstration figures) or with an empty database?</source>
        <translation>Chưa có cơ sở dữ liệu. Bắt đầu với kế hoạch mẫu (năm 2021, có số liệu minh họa) hay với cơ sở dữ liệu trống?</translation>
    </message>
    <message>
        <source>These problems were found; nothing was saved:</source>
        <translation>Có các lỗi sau; chưa lưu gì:</translation>
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
        <source>Times New Roman</source>
        <translation>Times New Roman</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
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
        <source>Update progress…</source>
        <translation>Cập nhật tiến độ…</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
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
        <source>Version:</source>
        <translation>Phiên bản:</translation>
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
        <source>When</source>
        <translation>Thời điểm</translation>
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
        <source>cbdesk — yearly action plan tracking</source>
        <translation>cbdesk — theo dõi kế hoạch hành động hằng năm</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>đã chốt</translation>
    </message>
    <message>
        <source>e.g.</source>
        <translation>ví dụ</translation>
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
        <source>open</source>
        <translation>đang mở</translation>
    </message>
    <message>
        <source>tasks judged on</source>
        <translation>nhiệm vụ đánh giá tại ngày</translation>
    </message>
    <message>
        <source>view only</source>
        <translation>chỉ xem</translation>
    </message>
    <message>
        <source>{0} forms saved in {1}.</source>
        <translation>Đã lưu {0} biểu mẫu vào {1}.</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} mục</translation>
    </message>
</context>
</TS>
