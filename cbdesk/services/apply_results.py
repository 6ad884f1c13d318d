"""Results of a PlanData, applied by (target, period, area) with the period,
overlap, closed-period and range rules (part of plan_apply).
"""

from __future__ import annotations

from sqlalchemy import select

from cbdesk.core import text as vtext
from cbdesk.core.enums import TargetKind
from cbdesk.core.periods import Period, PeriodError
from cbdesk.core.progress import Entry, overlapping
from cbdesk.db.models import (
    ClosedPeriod,
    Result,
    Target,
)
from cbdesk.services import validation
from cbdesk.services.changes import Change
from cbdesk.services.plans import is_period_locked


def apply_results(s, plan, data, areas, summary, problems, actor, now) -> None:
    targets = {t.code: t for t in s.scalars(select(Target).where(Target.plan_id == plan.id))}
    closed = set(s.scalars(select(ClosedPeriod.period).where(ClosedPeriod.plan_id == plan.id)))
    existing: dict[tuple[int, str, int], Result] = {
        (r.target_id, r.period, r.area_key): r
        for r in s.scalars(select(Result).join(Target).where(Target.plan_id == plan.id))
    }
    # Periods per (target, area) already present, for the overlap rule.
    periods_by_cell: dict[tuple[int, int], list[Period]] = {}
    for tid, period, akey in existing:
        periods_by_cell.setdefault((tid, akey), []).append(Period.parse(period))
    new_rows: list[dict] = []
    seen: set[tuple[int, str, int]] = set()
    for rd in data.results:
        where_vi = f"Kết quả chỉ tiêu {rd.target}, kỳ {rd.period}"
        where_en = f"Result of target {rd.target}, period {rd.period}"
        t = targets.get(vtext.clean(rd.target))
        if t is None:
            problems.append(
                (
                    f"{where_vi}: không có chỉ tiêu '{rd.target}' trong kế hoạch {plan.year}.",
                    f"{where_en}: no target '{rd.target}' in the {plan.year} plan.",
                )
            )
            continue
        try:
            period = Period.parse(str(rd.period))
        except PeriodError as e:
            problems.append((f"{where_vi}: {e.message_vi}", f"{where_en}: {e.message_en}"))
            continue
        if period.year != plan.year:
            problems.append(
                (
                    f"{where_vi}: kỳ {period.label('vi')} nằm ngoài năm kế hoạch {plan.year}.",
                    f"{where_en}: {period.label('en')} is outside the plan year {plan.year}.",
                )
            )
            continue
        area = None
        if rd.area:
            area = areas.get(vtext.clean(rd.area))
            if area is None:
                problems.append(
                    (
                        f"{where_vi}: không có địa bàn '{rd.area}'.",
                        f"{where_en}: unknown area '{rd.area}'.",
                    )
                )
                continue
        value = rd.value
        problems.extend(
            (f"{where_vi}: {vi}", f"{where_en}: {en}")
            for vi, en in validation.check_value(t.code, t.unit, t.kind, value, "giá trị", "value")
        )
        akey = area.id if area else 0
        cell = (t.id, period.code, akey)
        if cell in seen:
            problems.append(
                (
                    f"{where_vi}: có hai dòng cho cùng chỉ tiêu, kỳ và địa bàn.",
                    f"{where_en}: two rows for the same target, period and area.",
                )
            )
            continue
        seen.add(cell)
        old = existing.get(cell)
        if old is not None and old.value == value and old.note == vtext.clean(rd.note):
            continue
        if is_period_locked(list(closed), period):
            problems.append(
                (
                    f"{where_vi}: kỳ đã chốt số liệu, không thể sửa.",
                    f"{where_en}: the period is closed.",
                )
            )
            continue
        if old is None and t.kind == TargetKind.CUMULATIVE:
            clash = overlapping(
                [Entry(p, 0.0) for p in periods_by_cell.get((t.id, akey), [])], period
            )
            if clash is not None:
                problems.append(
                    (
                        f"{where_vi}: đã có số liệu {clash.period.label('vi')} trùng thời gian "
                        "(chỉ tiêu cộng dồn sẽ bị tính hai lần).",
                        f"{where_en}: a value for {clash.period.label('en')} overlaps it "
                        "(a cumulative target would count it twice).",
                    )
                )
                continue
            periods_by_cell.setdefault((t.id, akey), []).append(period)
        key = f"{t.code}|{period.code}|{area.code if area else ''}"
        if old is None:
            new_rows.append(
                dict(
                    target_id=t.id,
                    period=period.code,
                    area_id=area.id if area else None,
                    area_key=akey,
                    value=value,
                    note=vtext.clean(rd.note),
                    source=vtext.clean(rd.source),
                    entered_by=actor.username,
                    entered_at=now,
                    version=1,
                )
            )
            summary.changes.append(Change("result", key, "value", None, value))
        else:
            summary.changes.append(Change("result", key, "value", old.value, value))
            old.value, old.note = value, vtext.clean(rd.note)
            old.source = vtext.clean(rd.source) or old.source
            old.entered_by, old.entered_at = actor.username, now
    if problems:
        return
    if new_rows:
        s.execute(Result.__table__.insert(), new_rows)
