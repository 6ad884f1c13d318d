"""The audit trail's word tables: entities, fields and settings named in
Vietnamese and English, and which fields hold a yes/no or a choice from an enum."""

from __future__ import annotations

from cbdesk.core import enums

ENTITY_WORDS: dict[str, tuple[str, str]] = {
    "result": ("Kết quả", "Result"),
    "target": ("Chỉ tiêu", "Target"),
    "task": ("Nhiệm vụ", "Task"),
    "update": ("Cập nhật tiến độ", "Progress update"),
    "period": ("Kỳ báo cáo", "Report period"),
    "report": ("Báo cáo", "Report"),
    "plan": ("Kế hoạch", "Plan"),
    "setting": ("Cài đặt", "Setting"),
    "settings": ("Cài đặt", "Settings"),
    "user": ("Người dùng", "User"),
    "unit": ("Đơn vị", "Unit"),
    "area": ("Địa bàn", "Area"),
    "organisation": ("Cơ quan", "Organisation"),
    "allocation": ("Phân bổ", "Allocation"),
    "import": ("Nhập dữ liệu", "Import"),
    "backup": ("Sao lưu", "Backup"),
    "restore": ("Khôi phục", "Restore"),
    "draft": ("Dự thảo báo cáo", "Report draft"),
    "attachment": ("Tài liệu kèm theo", "Attachment"),
}

FIELD_WORDS: dict[str, tuple[str, str]] = {
    "value": ("Giá trị", "Value"),
    "target": ("Kế hoạch năm", "Year's target"),
    "target_value": ("Kế hoạch năm", "Year's target"),
    "created": ("Tạo mới", "Created"),
    "deleted": ("Xóa", "Deleted"),
    "name": ("Tên", "Name"),
    "code": ("Mã", "Code"),
    "unit": ("Đơn vị tính", "Unit of measure"),
    "baseline": ("Giá trị cơ sở", "Baseline"),
    "kind": ("Loại", "Kind"),
    "direction": ("Chiều", "Direction"),
    "relation": ("Quan hệ", "Relation"),
    "parent": ("Cấp trên", "Parent"),
    "parent_code": ("Cấp trên", "Parent"),
    "level": ("Cấp", "Level"),
    "percent_done": ("% hoàn thành", "% done"),
    "done": ("Hoàn thành", "Done"),
    "completed_on": ("Ngày hoàn thành", "Completed on"),
    "title": ("Tên / tiêu đề", "Title"),
    "description": ("Nội dung", "Description"),
    "lead_unit": ("Đơn vị chủ trì", "Lead unit"),
    "lead_unit_id": ("Đơn vị chủ trì", "Lead unit"),
    "coordinating_units": ("Đơn vị phối hợp", "Coordinating units"),
    "deadline": ("Thời hạn", "Deadline"),
    "expected_output": ("Sản phẩm", "Expected output"),
    "status": ("Trạng thái", "Status"),
    "closed": ("Chốt số liệu", "Figures closed"),
    "issued": ("Ban hành", "Issued"),
    "merged_into": ("Sáp nhập vào", "Merged into"),
    "split_into": ("Chia tách thành", "Split into"),
    "ended": ("Kết thúc hiệu lực", "Ended"),
    "valid_from": ("Hiệu lực từ", "Valid from"),
    "valid_to": ("Hiệu lực đến", "Valid until"),
    "active": ("Đang sử dụng", "Active"),
    "role": ("Vai trò", "Role"),
    "password": ("Mật khẩu", "Password"),
    "full_name": ("Họ và tên", "Full name"),
    "year_estimate": ("Ước thực hiện cả năm", "Estimate for the year"),
    "manual_achieved": ("Đánh giá đạt/không đạt", "Marked achieved"),
    "profile": ("Phân bổ theo tháng", "Seasonal profile"),
    "allocation": ("Phân bổ", "Allocation"),
    "note": ("Ghi chú", "Note"),
    "doc_number": ("Số văn bản", "Document number"),
    "doc_date": ("Ngày văn bản", "Document date"),
    "abstract": ("Trích yếu", "Abstract"),
    "addressee": ("Kính gửi", "Addressee"),
    "intro": ("Mở đầu", "Introduction"),
    "legal_bases": ("Căn cứ", "Legal bases"),
    "implementation": ("Tổ chức thực hiện", "Organisation of implementation"),
    "closing": ("Phần kết", "Closing"),
    "recipients": ("Nơi nhận", "Recipients"),
    "parent_agency": ("Cơ quan chủ quản", "Parent agency"),
    "symbol": ("Ký hiệu cơ quan", "Agency symbol"),
    "place": ("Địa danh", "Place name"),
    "signer_authority": ("Thẩm quyền ký", "Signing authority"),
    "signer_title": ("Chức vụ người ký", "Signer's title"),
    "signer_name": ("Người ký", "Signer"),
    "archive_unit": ("Đơn vị lưu", "Archive unit"),
    "file": ("Tệp", "File"),
    "added": ("Đính kèm", "Attached"),
    "removed": ("Gỡ bỏ", "Removed"),
}

SETTING_WORDS: dict[str, tuple[str, str]] = {
    "tolerance.behind_below": ("Chậm tiến độ khi tiến độ dưới", "Behind below"),
    "tolerance.ahead_above": ("Vượt tiến độ khi tiến độ trên", "Ahead above"),
    "cutoff_day": ("Ngày chốt số liệu trong tháng cuối kỳ", "Cut-off day"),
    "backup.keep": ("Số bản sao lưu giữ lại", "Backups kept"),
    "backup.folder": ("Thư mục sao lưu", "Backup folder"),
    "report.font": ("Phông chữ báo cáo", "Report font"),
    "signin.password_required": ("Bắt buộc mật khẩu khi đăng nhập", "Password required"),
}
_SHARES = {"tolerance.behind_below", "tolerance.ahead_above"}  # stored as 0.85: shown 85%
_BOOL_FIELDS = {"done", "closed", "active", "manual_achieved"}
_ENUMS = {"kind": enums.TargetKind, "direction": enums.Direction, "relation": enums.Relation,
          "level": enums.AreaLevel, "role": enums.Role, "status": enums.PlanStatus}


def _pick(words: tuple[str, str], lang: str) -> str:
    return words[0] if lang == "vi" else words[1]


def field_word(field: str, lang: str = "vi") -> str:
    """A field's name in words; an unknown one made readable."""
    if field in FIELD_WORDS:
        return _pick(FIELD_WORDS[field], lang)
    text = field.replace("_", " ").strip()
    return text[:1].upper() + text[1:]


def entity_word(entity: str, lang: str = "vi") -> str:
    if entity in ENTITY_WORDS:
        return _pick(ENTITY_WORDS[entity], lang)
    text = entity.replace("_", " ").strip()
    return text[:1].upper() + text[1:]
