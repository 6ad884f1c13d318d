"""The office's calendar settings (kept in the shared ``setting`` table, no
schema change) read into :class:`cbdesk.core.calendar.CalendarRules`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cbdesk.core.calendar import (
    DEFAULT_HOLIDAYS,
    RULES,
    SHIFTS,
    CalendarError,
    CalendarRules,
    parse_holidays,
    parse_kinds,
)
from cbdesk.db.engine import Database
from cbdesk.services import audit
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError
from cbdesk.services.settings import put as put_setting

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


# Setting key → default. ``cutoff_day`` is the existing shared setting.
DEFAULTS: dict[str, str] = {
    "calendar.rule": "nd09",
    "cutoff_day": "14",
    "calendar.kinds": "M,Q,H,9M,Y",
    "calendar.forms_due_days": "1",
    "calendar.report_due_days": "6",
    "calendar.shift": "next",
    "calendar.holidays": DEFAULT_HOLIDAYS,
    "calendar.due_soon_days": "7",
}
KEYS = tuple(DEFAULTS)


def values(s: Session) -> dict[str, str]:
    """The calendar settings as stored, defaults filled in (an emptied holiday
    list stays empty)."""
    from sqlalchemy import select

    from cbdesk.db.models import Setting

    stored = dict(s.execute(select(Setting.key, Setting.value)
                            .where(Setting.key.in_(KEYS))).all())  # one query, not one per key
    return values_from(stored)


def values_from(stored: dict[str, str]) -> dict[str, str]:
    """:func:`values` from the setting table's rows already read (key → value)."""
    out = {}
    for key, default in DEFAULTS.items():
        value = stored.get(key)
        if value is None or (value.strip() == "" and key != "calendar.holidays"):
            out[key] = default
        else:
            out[key] = value
    return out


def _int(values_: dict[str, str], key: str, low: int, high: int) -> int:
    try:
        n = int(str(values_[key]).strip())
    except ValueError:
        n = None
    if n is None or not low <= n <= high:
        raise CalendarError(f"Cài đặt lịch '{key}' phải là số nguyên từ {low} đến {high}.",
                            f"The calendar setting '{key}' must be a whole number from {low} "
                            f"to {high}.")
    return n


def rules_from(values_: dict[str, str]) -> CalendarRules:
    """Rules from setting values; CalendarError when one cannot be read."""
    v = {**DEFAULTS, **values_}
    rule = str(v["calendar.rule"]).strip().lower()
    shift = str(v["calendar.shift"]).strip().lower()
    if rule not in RULES or shift not in SHIFTS:
        raise CalendarError("Cài đặt lịch báo cáo không hợp lệ (quy tắc hoặc cách dời hạn).",
                            "Invalid reporting calendar setting (rule or due-day shift).")
    kinds = parse_kinds(v["calendar.kinds"])
    if not kinds:
        raise CalendarError("Cần chọn ít nhất một loại kỳ báo cáo.",
                            "Choose at least one kind of period to report.")
    return CalendarRules(
        rule=rule,
        cutoff_day=_int(v, "cutoff_day", 1, 31),  # clamped to 28
        kinds=kinds,
        forms_due_days=_int(v, "calendar.forms_due_days", 0, 60),
        report_due_days=_int(v, "calendar.report_due_days", 0, 90),
        shift=shift,
        holidays=parse_holidays(v["calendar.holidays"]),
    )


def due_soon_days(values_: dict[str, str]) -> int:
    return _int({**DEFAULTS, **values_}, "calendar.due_soon_days", 0, 90)


def rules(s: Session) -> CalendarRules:
    """The rules in force inside an open session. A setting that cannot be
    read (edited by hand) falls back to the defaults rather than stopping
    every screen; saving checks them."""
    return rules_of(values(s))


def rules_of(values_: dict[str, str]) -> CalendarRules:
    """:func:`rules` from settings already read (:func:`values_from`)."""
    try:
        return rules_from(values_)
    except CalendarError:
        return rules_from({})


def load_rules(db: Database) -> CalendarRules:
    with db.session() as s:
        return rules(s)


def read_settings(db: Database) -> dict[str, str]:
    with db.session() as s:
        return values(s)


def save_settings(db: Database, actor: Actor, new: dict[str, str]) -> None:
    """Store calendar settings (leaders): checked first, each change audited
    with its old value; nothing is written when one is invalid."""
    from cbdesk.services import permissions

    permissions.require(actor, "settings.write", db)  # shared settings: one rule
    unknown = set(new) - set(KEYS)
    if unknown:
        raise ValidationError(f"Không có cài đặt lịch {', '.join(sorted(unknown))}.",
                              f"No calendar setting {', '.join(sorted(unknown))}.")
    clean = {k: " ".join(str(v).split()) if k != "calendar.holidays" else str(v).strip()
             for k, v in new.items()}
    with db.session() as s:
        old = values(s)
        try:
            rules_from({**old, **clean})
            due_soon_days({**old, **clean})
        except CalendarError as e:
            raise ValidationError(e.message_vi, e.message_en) from None
        for key, value in clean.items():
            if old.get(key) != value:
                audit.record(s, actor, "setting", key, "value", old.get(key), value)
                put_setting(s, key, value)
