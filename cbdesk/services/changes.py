"""What an import or an apply changed (or would change, in a dry run)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cbdesk.core.vnformat import format_date, format_number

# What people call the things an import changes (Vietnamese, English).
ENTITY_LABELS = {
    "organisation": ("Cơ quan", "Organisation"),
    "plan": ("Kế hoạch", "Plan"),
    "unit": ("Đơn vị", "Unit"),
    "area": ("Địa bàn", "Area"),
    "target": ("Chỉ tiêu", "Target"),
    "allocation": ("Phân bổ", "Allocation"),
    "task": ("Nhiệm vụ", "Task"),
    "result": ("Kết quả", "Result"),
    "update": ("Tiến độ", "Progress update"),
    "programme": ("Giai đoạn", "Programme"),
    "programme_target": ("Chỉ tiêu giai đoạn", "Programme target"),
    "programme_link": ("Liên kết chỉ tiêu giai đoạn", "Programme link"),
}
FIELD_LABELS = {
    "name": ("tên", "name"),
    "title": ("tiêu đề", "title"),
    "unit": ("ĐVT", "unit"),
    "kind": ("loại", "kind"),
    "direction": ("chiều", "direction"),
    "target_value": ("kế hoạch", "target"),
    "baseline": ("giá trị cơ sở", "baseline"),
    "relation": ("quan hệ", "relation"),
    "decimals": ("số chữ số thập phân", "decimals"),
    "statement": ("câu trong kế hoạch", "statement"),
    "group_no": ("nhóm", "group"),
    "lead_unit": ("đơn vị chủ trì", "lead unit"),
    "parent": ("chỉ tiêu cha", "parent"),
    "coordinating_units": ("đơn vị phối hợp", "coordinating units"),
    "description": ("nội dung", "description"),
    "deadline": ("thời hạn", "deadline"),
    "expected_output": ("sản phẩm", "expected output"),
    "percent_done": ("% hoàn thành", "% done"),
    "done": ("hoàn thành", "done"),
    "completed_on": ("ngày hoàn thành", "completed on"),
    "value": ("giá trị", "value"),
    "valid_from": ("hiệu lực từ", "valid from"),
    "valid_to": ("hiệu lực đến", "valid to"),
    "level": ("cấp", "level"),
    "status": ("trạng thái", "status"),
    "doc_number": ("số văn bản", "document number"),
    "doc_date": ("ngày văn bản", "date"),
    "abstract": ("trích yếu", "abstract"),
    "recipients": ("nơi nhận", "recipients"),
    "legal_bases": ("căn cứ", "legal bases"),
}
# Stored only to sort or search by: they change with what people edit.
DERIVED_FIELDS = {"search_key", "sort_order"}


@dataclass
class Change:
    """One change an apply made (or would make, in a dry run)."""

    entity: str  # plan, unit, area, target, task, result, update
    key: str
    field: str
    old: object
    new: object

    def describe(self, lang: str = "vi") -> str:
        """One line for a preview: ``Chỉ tiêu 1: kế hoạch 12.000 → 13.000``."""
        vi = lang == "vi"

        def fmt(v) -> str:
            if v is None or v == "" or v == []:
                return "(trống)" if vi else "(blank)"
            if isinstance(v, bool):
                return ("có" if v else "không") if vi else ("yes" if v else "no")
            if isinstance(v, (int, float)):
                return format_number(v) if vi else f"{v:g}"
            if isinstance(v, date):
                return format_date(v)
            if isinstance(v, list):
                return "; ".join(str(x) for x in v)
            return str(v)

        entity = ENTITY_LABELS.get(self.entity, (self.entity, self.entity))[0 if vi else 1]
        if self.field == "*":
            return f"{entity} {self.key}: " + ("thêm mới" if vi else "added")
        label = FIELD_LABELS.get(self.field, (self.field, self.field))[0 if vi else 1]
        return f"{entity} {self.key}: {label} {fmt(self.old)} → {fmt(self.new)}"


@dataclass
class ApplySummary:
    year: int
    created_plan: bool = False
    changes: list[Change] = field(default_factory=list)

    def count(self, entity: str) -> int:
        return sum(1 for c in self.changes if c.entity == entity)


def set_field(obj, attr: str, value, summary: ApplySummary, entity: str, key: str) -> bool:
    old = getattr(obj, attr)
    if old == value:
        return False
    setattr(obj, attr, value)
    if getattr(obj, "id", None) is not None and attr not in DERIVED_FIELDS:
        summary.changes.append(Change(entity, key, attr, old, value))
    return True
