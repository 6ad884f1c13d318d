"""Closing a period (chốt số liệu) and reopening it: leaders only; a reopening
needs a reason, kept in the audit trail with who and when."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from cbdesk.core.periods import Period
from cbdesk.db.engine import Database
from cbdesk.services import audit, permissions
from cbdesk.services.actors import Actor
from cbdesk.services.calendar.state import data_window
from cbdesk.services.errors import ValidationError
from cbdesk.services.plans import check_period, get_plan

# Model classes are imported in the functions that use them: `cbdesk report`
# loads this module without the ORM (docs/ARCHITECTURE.md, "Reads of plain rows").


def close_period(db: Database, actor: Actor, year: int, period: str,
                 at: datetime | None = None) -> bool:
    """Lock the figures of ``period`` of the ``year`` plan. False when it was closed already."""
    from cbdesk.db.models import ClosedPeriod

    permissions.require(actor, "periods.close", db)
    p = check_period(year, period)
    with db.session() as s:
        plan = get_plan(s, year)
        found = s.scalars(select(ClosedPeriod).where(ClosedPeriod.plan_id == plan.id,
                                                     ClosedPeriod.period == p.code)).first()
        if found is not None:
            return False
        now = at or datetime.now()
        s.add(ClosedPeriod(plan_id=plan.id, period=p.code, closed_by=actor.username,
                           closed_at=now))
        audit.record(s, actor, "period", p.code, "closed", 0, 1, year, at=now)
    return True


def reopen_period(db: Database, actor: Actor, year: int, period: str, reason: str) -> None:
    """Unlock ``period``; ``reason`` (required) goes into the audit trail."""
    from cbdesk.db.models import ClosedPeriod

    permissions.require(actor, "periods.close", db)
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError("Cần ghi lý do mở lại kỳ đã chốt.",
                              "Reopening a closed period needs a reason.")
    p = check_period(year, period)
    with db.session() as s:
        plan = get_plan(s, year)
        found = s.scalars(select(ClosedPeriod).where(ClosedPeriod.plan_id == plan.id,
                                                     ClosedPeriod.period == p.code)).first()
        if found is None:
            raise ValidationError(f"Kỳ {p.label('vi')} chưa được chốt.",
                                  f"{p.label('en')} is not closed.")
        s.delete(found)
        audit.record(s, actor, "period", p.code, "closed", 1, 0, year, reason=reason)


def cutoff_day(db: Database, period_code: str | Period,
               stored: dict[str, str] | None = None) -> date:
    """The day ``period``'s figures run to (its cut-off, chốt số liệu): the end
    of its data window in the reporting calendar (Nghị định 09/2019/NĐ-CP: the
    14th of the period's last month, or calendar months, as the office sets).
    The one place that answers "figures run to when?" — the report's
    ``tính đến ngày`` and the check of a report's date both ask here."""
    p = period_code if isinstance(period_code, Period) else Period.parse(period_code)
    return data_window(db, p.code, stored)[1]
