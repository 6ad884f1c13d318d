"""The audit trail narrowed by a filter (:func:`trail`), and an import preview's
changes worded the same way (:func:`change_words`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from cbdesk.db.engine import Database
from cbdesk.services.audit import AuditRow
from cbdesk.services.audit_words.describer import AuditWords, Describer
from cbdesk.services.audit_words.text import date_words
from cbdesk.services.audit_words.words import entity_word, field_word


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
