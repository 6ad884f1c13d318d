"""Audit rows described as people read them (:class:`Describer`): the names
the rows need are read from the database once, then each row's subject and
values are put in words."""

from __future__ import annotations

import ast
from dataclasses import dataclass

from sqlalchemy import select

from cbdesk.core import enums
from cbdesk.core.vnformat import doc_number, format_number
from cbdesk.db.engine import Database
from cbdesk.db.models import Area, AuditEntry, IssuedReport, Plan, Target, Task, Unit
from cbdesk.services.audit import AuditRow
from cbdesk.services.audit_words.text import _NUMBER, _period, date_words, number_words
from cbdesk.services.audit_words.words import (
    _BOOL_FIELDS,
    _ENUMS,
    _SHARES,
    SETTING_WORDS,
    _pick,
    entity_word,
    field_word,
)


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
