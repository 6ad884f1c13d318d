"""The audit trail in words for people (issue 18): what was changed, named as the
office names it — the target's code and name, the period's label
(``6 tháng đầu năm 2021``), the area's name, numbers in Vietnamese notation,
field names translated, an issued report as ``Báo cáo số 05/BC-SLĐTBXH`` —
never a ``|``-joined key or a dot-decimal number.

Generic over entity and field: a kind of entry this module has never heard of
is still described, part by part (a period code becomes its label, an area
code its name, a number is formatted, an ISO date becomes dd/mm/yyyy), so new
audit entries added elsewhere read well without a change here. The window's
audit view, its Excel export and the command line share :class:`Describer`.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from cbdesk.core import enums
from cbdesk.core.periods import Period
from cbdesk.core.vnformat import doc_number, format_number
from cbdesk.db.engine import Database
from cbdesk.db.models import Area, AuditEntry, IssuedReport, Plan, Target, Task, Unit
from cbdesk.services.audit import AuditRow

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

_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DOT_DECIMAL = re.compile(r"(?<![\d.])(-?\d+)\.(\d+)(?![\d.])")
_BOOL_FIELDS = {"done", "closed", "active", "manual_achieved"}
_ENUMS = {"kind": enums.TargetKind, "direction": enums.Direction, "relation": enums.Relation,
          "level": enums.AreaLevel, "role": enums.Role, "status": enums.PlanStatus}


@dataclass(frozen=True)
class AuditWords:
    """One audit entry as people read it."""

    id: int
    at: str  # dd/mm/yyyy HH:MM:SS
    user: str
    what: str  # the kind of thing: Kết quả, Chỉ tiêu…
    subject: str  # which one: "Chỉ tiêu 1 – Tạo việc làm mới · 6 tháng đầu năm 2021 · Bảo Lâm"
    field: str
    old: str
    new: str
    reason: str
    # for filtering
    target: str  # the target's code, "" when not about a target
    period: str  # a period code, "" when none
    area: str  # an area code, "" when none


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


def _period(text: str) -> Period | None:
    if not text or not text[:4].isdigit():
        return None
    try:
        return Period.parse(text)
    except Exception:  # not a period code
        return None


def number_words(text: str, lang: str = "vi") -> str:
    """Dot-decimal numbers inside free text in the reader's notation."""
    if lang != "vi":
        return text
    return _DOT_DECIMAL.sub(lambda m: format_number(float(m.group(0))), text)


def date_words(text: str) -> str:
    return _ISO_DATE.sub(lambda m: f"{m.group(3)}/{m.group(2)}/{m.group(1)}", text)


class Describer:
    """Describes audit rows; reads the names it needs from the database once."""

    def __init__(self, db: Database, lang: str = "vi"):
        self.lang = lang
        with db.session() as s:
            self.areas = {a.code: a.name for a in s.scalars(select(Area))}
            self.units = {u.code: u.name for u in s.scalars(select(Unit))}
            self.targets: dict[tuple[int, str], tuple[str, str]] = {}
            self.tasks: dict[tuple[int, str], str] = {}
            years = dict(s.execute(select(Plan.id, Plan.year)).all())
            for pid, code, name, unit in s.execute(
                    select(Target.plan_id, Target.code, Target.name, Target.unit)):
                self.targets[(years[pid], code)] = (name, unit or "")
            for pid, code, title in s.execute(select(Task.plan_id, Task.code, Task.title)):
                self.tasks[(years[pid], code)] = title
            self.reports: dict[str, str] = {
                r.sha256: r.number for r in s.scalars(select(IssuedReport))}
            # Names of targets and areas no longer there are kept in the trail itself.
            for e in s.scalars(select(AuditEntry).where(
                    AuditEntry.field.in_(("created", "deleted", "name")),
                    AuditEntry.entity.in_(("target", "area", "unit")))):
                name = e.new or e.old or ""
                if e.entity == "target" and e.plan_year is not None:
                    self.targets.setdefault((e.plan_year, e.key), (name, ""))
                elif e.entity == "area":
                    self.areas.setdefault(e.key, name)
                elif e.entity == "unit":
                    self.units.setdefault(e.key, name)
        from cbdesk.services.plans import organisation

        with db.session() as s:
            self.symbol = organisation(s).symbol

    # -- parts ------------------------------------------------------------
    def target_words(self, year: int | None, code: str) -> str:
        word = "Chỉ tiêu" if self.lang == "vi" else "Target"
        name = self.targets.get((year, code), ("", ""))[0] if year is not None else ""
        return f"{word} {code} – {name}" if name else f"{word} {code}"

    def task_words(self, year: int | None, code: str) -> str:
        word = "Nhiệm vụ" if self.lang == "vi" else "Task"
        title = self.tasks.get((year, code), "") if year is not None else ""
        if len(title) > 90:
            title = title[:89].rstrip() + "…"
        return f"{word} {code} – {title}" if title else f"{word} {code}"

    def area_words(self, code: str) -> str:
        if not code:
            return "Toàn tỉnh" if self.lang == "vi" else "Whole province"
        name = self.areas.get(code)
        return name if name else (f"Địa bàn {code}" if self.lang == "vi" else f"Area {code}")

    def report_words(self, kind: str, number: str) -> str:
        symbol = f"/BC-{self.symbol}" if self.symbol else "/BC"
        if kind and kind != "progress":
            try:
                label = enums.ReportKind(kind).label(self.lang)
            except ValueError:
                label = kind
            if number:
                return f"{label} số {doc_number(number)}{symbol}" if self.lang == "vi" \
                    else f"{label} no. {doc_number(number)}{symbol}"
            return label
        if not number:
            return "Báo cáo" if self.lang == "vi" else "Report"
        return (f"Báo cáo số {doc_number(number)}{symbol}" if self.lang == "vi"
                else f"Report no. {doc_number(number)}{symbol}")

    def part_words(self, year: int | None, part: str) -> str:
        """One part of a key, whatever the entry: a period, an area, a target…"""
        p = _period(part)
        if p is not None:
            return p.label(self.lang)
        if part in self.areas:
            return self.area_words(part)
        if year is not None and (year, part) in self.targets:
            return self.target_words(year, part)
        if part in self.units:
            return self.units[part]
        return number_words(date_words(part), self.lang)

    # -- values -----------------------------------------------------------
    def value_words(self, row: AuditRow, value: str | None) -> str:
        if value is None or value == "":
            return ""
        field, lang = row.field, self.lang
        if row.entity == "report" and field == "issued":
            kind, _period_code, number = (row.key.split("|") + ["", "", ""])[:3]
            return self.report_words(kind, self.reports.get(value, number) or number)
        if field in _BOOL_FIELDS or value in ("True", "False"):
            yes = value in ("1", "True", "true")
            if field == "closed":
                return ("đã chốt" if yes else "mở") if lang == "vi" else \
                    ("closed" if yes else "open")
            if value in ("0", "1", "True", "False", "true", "false"):
                return ("có" if yes else "không") if lang == "vi" else ("yes" if yes else "no")
        if field in _ENUMS:
            try:
                return _ENUMS[field](value).label(lang)
            except ValueError:
                pass
        if field in ("lead_unit", "merged_into") and value in self.units and row.entity != "area":
            return f"{self.units[value]} ({value})"
        if field in ("merged_into", "split_into") and row.entity == "area":
            return "; ".join(self.area_words(c.strip()) for c in value.split(","))
        if _NUMBER.match(value):
            number = float(value)
            if row.entity in ("setting", "settings") and (row.key or row.field) in _SHARES:
                number *= 100
                return (format_number(number) if lang == "vi" else f"{number:g}") + "%"
            text = format_number(number) if lang == "vi" else f"{number:,.2f}".rstrip(
                "0").rstrip(".")
            if field == "percent_done":
                return text + "%"
            if row.entity == "result" and field == "value":
                code = row.key.split("|")[0]
                unit = self.targets.get((row.plan_year, code), ("", ""))[1]
                return f"{text} {unit}".rstrip() if unit and unit != "%" else \
                    (text + "%" if unit == "%" else text)
            return text
        if value.startswith("[") and value.endswith("]"):
            try:
                items = ast.literal_eval(value)
            except (ValueError, SyntaxError):
                items = None
            if isinstance(items, list):
                return "; ".join(number_words(date_words(str(i)), lang) for i in items)
        if field == "deadline":
            from cbdesk.core.deadlines import Deadline

            try:
                return Deadline.parse(value).label(lang)
            except Exception:  # a deadline written some other way: as it is
                pass
        if value == "(đổi)":
            return "(đã đổi)" if lang == "vi" else "(changed)"
        return number_words(date_words(value), lang)

    # -- whole rows -------------------------------------------------------
    def subject(self, row: AuditRow) -> tuple[str, str, str, str]:
        """(words, target code, period code, area code) of a row's key."""
        parts = row.key.split("|") if row.key else []
        year = row.plan_year
        target = period = area = ""
        if row.entity == "result" and len(parts) >= 2:
            target, period = parts[0], parts[1]
            area = parts[2] if len(parts) > 2 else ""
            p = _period(period)
            words = [self.target_words(year, target), p.label(self.lang) if p else period,
                     self.area_words(area)]
            return " · ".join(words), target, period, area
        if row.entity == "allocation" and len(parts) >= 2:
            target, area = parts[0], parts[1]
            return (f"{self.target_words(year, target)} · {self.area_words(area)}",
                    target, "", area)
        if row.entity == "target" and len(parts) == 1:
            return self.target_words(year, row.key), row.key, "", ""
        if row.entity == "task" and len(parts) == 1:
            return self.task_words(year, row.key), "", "", ""
        if row.entity == "report":
            kind, period_code, number = (parts + ["", "", ""])[:3]
            p = _period(period_code)
            words = self.report_words(kind, number)
            return (f"{words} · {p.label(self.lang)}" if p else words), "", period_code, ""
        if row.entity == "period":
            p = _period(row.key)
            return (p.label(self.lang) if p else row.key), "", row.key, ""
        if row.entity == "plan":
            word = "Kế hoạch năm" if self.lang == "vi" else "Plan"
            return f"{word} {row.key or year or ''}".strip(), "", "", ""
        if row.entity == "area" and len(parts) == 1:
            name = self.areas.get(row.key)
            return (f"{name} ({row.key})" if name else self.area_words(row.key)), "", "", row.key
        if row.entity == "unit" and len(parts) == 1:
            name = self.units.get(row.key)
            return (f"{name} ({row.key})" if name else row.key), "", "", ""
        if row.entity == "organisation" and not row.key:
            return ("Thông tin cơ quan" if self.lang == "vi" else "The organisation"), "", "", ""
        if row.entity in ("setting", "settings"):
            name = row.key or row.field
            words = SETTING_WORDS.get(name)
            return (_pick(words, self.lang) if words else field_word(name, self.lang)), \
                "", "", ""
        # Anything else: each part of the key in words.
        words = [self.part_words(year, part) for part in parts if part != ""]
        for part in parts:
            if _period(part) is not None:
                period = period or part
            elif part in self.areas:
                area = area or part
            elif year is not None and (year, part) in self.targets:
                target = target or part
        return " · ".join(words), target, period, area

    def describe(self, row: AuditRow) -> AuditWords:
        subject, target, period, area = self.subject(row)
        reason = number_words(date_words(row.reason or ""), self.lang).replace("|", " · ")
        return AuditWords(
            id=row.id,
            at=row.at.strftime("%d/%m/%Y %H:%M:%S") if row.at else "",
            user=row.user,
            what=entity_word(row.entity, self.lang),
            subject=subject.replace("|", " · "),
            field=field_word(row.field, self.lang),
            old=self.value_words(row, row.old).replace("|", " · "),
            new=self.value_words(row, row.new).replace("|", " · "),
            reason=reason,
            target=target, period=period, area=area,
        )


@dataclass(frozen=True)
class AuditFilter:
    """What the trail is narrowed to; blank fields do not filter."""

    plan_year: int | None = None
    target: str = ""  # a target code: its entries, its results and allocations
    period: str = ""  # a period code
    area: str = ""  # an area code
    user: str = ""
    date_from: date | None = None
    date_to: date | None = None


def trail(db: Database, filt: AuditFilter, lang: str = "vi", limit: int = 5000
          ) -> list[AuditWords]:
    """The audit trail in words, newest first, narrowed by ``filt``."""
    from cbdesk.services.audit import list_entries

    # A target's entries all have keys starting with its code: narrowed in the query.
    rows = list_entries(db, plan_year=filt.plan_year, user=filt.user or None, limit=limit,
                        key_prefix=filt.target or None)
    describer = Describer(db, lang)
    out = []
    for r in rows:
        if filt.date_from and r.at.date() < filt.date_from:
            continue
        if filt.date_to and r.at.date() > filt.date_to:
            continue
        w = describer.describe(r)
        if filt.target and w.target != filt.target and not (
                w.target.startswith(filt.target + ".")):
            continue
        if filt.period and w.period != filt.period:
            continue
        if filt.area and w.area != filt.area:
            continue
        out.append(w)
    return out


def _as_text(value) -> str | None:
    """A change's value as the audit trail stores it (then described the same way)."""
    from cbdesk.services.audit import _text

    if value is None or value == "" or value == []:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return str([str(v) for v in value])
    return _text(value)


def change_words(describer: Describer, change, year: int | None) -> str:
    """One line of an import preview (a ``services.changes.Change``) in words:
    ``Chỉ tiêu 1 – Tạo việc làm mới · Quý I/2021 · Bảo Lâm: Giá trị 120 → 150 người``."""
    from datetime import datetime as _dt

    vi = describer.lang == "vi"
    entity = change.entity
    key = str(change.key)
    if entity == "update":  # "<task> <date>": a new progress note
        task, _, day = key.partition(" ")
        return (f"{describer.task_words(year, task)}: "
                + ("thêm cập nhật tiến độ ngày " if vi else "progress update of ")
                + date_words(day))
    row = AuditRow(0, _dt.now(), "", year, entity, key,
                   "created" if change.field == "*" else change.field,
                   _as_text(change.old), _as_text(change.new), "")
    subject = describer.subject(row)[0] or entity_word(entity, describer.lang)
    if change.field == "*":
        return f"{subject}: " + ("thêm mới" if vi else "added")
    blank = "(trống)" if vi else "(blank)"
    old = describer.value_words(row, row.old) or blank
    new = describer.value_words(row, row.new) or blank
    return f"{subject}: {field_word(change.field, describer.lang)} {old} → {new}"
