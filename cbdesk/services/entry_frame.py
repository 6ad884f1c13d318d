"""The part of the data-entry grid that does not change from one period to
the next — the plan's targets with their plan figures, the areas, the
allocations — read once per plan and kept per open database, checked on
every period switch by ONE query that also reads the plan and its closed
periods (the part that may change).

The check compares a stamp of everything the frame is made of: the latest
audit entry (every service that changes targets, allocations or areas writes
one, in the same transaction), and, as a second guard for writes that leave
none, the plan's id, the count / summed versions (bumped by every ORM update)
/ highest id of its targets, the count and sum of its allocations and the
count / highest id of the areas. Any other session's save or import moves
the stamp, so the next switch reads the frame again; a stale frame is never
shown. Figures (results) are never kept: they are read on every switch.
"""

from __future__ import annotations

import functools
import weakref
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import bindparam, func, select

from cbdesk.core.enums import TargetKind
from cbdesk.core.progress import is_threshold
from cbdesk.db.engine import Database
from cbdesk.db.models import Allocation, Area, AuditEntry, ClosedPeriod, Plan, Target
from cbdesk.services.errors import NotFound
from cbdesk.services.grid_types import GridColumn, GridRow
from cbdesk.services.target_text import plan_text

__all__ = ["Frame", "PlanState", "clear", "frame", "plan_state"]


@dataclass(frozen=True)
class PlanState:
    """What one query says of a plan at a period switch."""

    plan_id: int
    stamp: tuple
    closed: tuple[tuple[str, datetime | None], ...]  # (period code, closed at)


@dataclass(frozen=True)
class Frame:
    plan_id: int
    stamp: tuple
    area_code: dict[int, str]  # area key (area id) → code, the grid's areas only
    target_code: dict[int, tuple[str, TargetKind]]  # target id → (code, kind)
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]


_FRAMES: weakref.WeakKeyDictionary[Database, dict[int, Frame]] = weakref.WeakKeyDictionary()


def clear(db: Database | None = None) -> None:
    """Forget kept frames (of ``db``, or of every database)."""
    if db is None:
        _FRAMES.clear()
    else:
        _FRAMES.pop(db, None)


@functools.cache
def _plan_state_statement():
    """The plan, its frame's stamp and its closed periods, for the bound
    ``year``: built once (SQLAlchemy's building of its nine subqueries cost
    more than running them)."""
    plan_targets = Target.plan_id == Plan.id
    stamp_cols = (
        select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1).scalar_subquery(),
        select(AuditEntry.at).order_by(AuditEntry.id.desc()).limit(1).scalar_subquery(),
        select(func.count(Target.id)).where(plan_targets).scalar_subquery(),
        select(func.sum(Target.version)).where(plan_targets).scalar_subquery(),
        select(func.max(Target.id)).where(plan_targets).scalar_subquery(),
        select(func.count(Allocation.id)).join(Target).where(plan_targets).scalar_subquery(),
        select(func.sum(Allocation.value)).join(Target).where(plan_targets).scalar_subquery(),
        select(func.count(Area.id)).scalar_subquery(),
        select(func.max(Area.id)).scalar_subquery(),
    )
    return (select(Plan.id, *stamp_cols, ClosedPeriod.period, ClosedPeriod.closed_at)
            .outerjoin(ClosedPeriod, ClosedPeriod.plan_id == Plan.id)
            .where(Plan.year == bindparam("year")))


def plan_state(conn, year: int) -> PlanState:
    """The plan of ``year`` (NotFound if none), the stamp of its frame and
    its closed periods — one statement, one round trip."""
    rows = conn.execute(_plan_state_statement(), {"year": int(year)}).all()
    if not rows:
        raise NotFound(f"Không có kế hoạch năm {year} trong cơ sở dữ liệu.",
                       f"There is no plan for {year} in the database.")
    first = rows[0]
    return PlanState(first[0], tuple(first[:10]),
                     tuple((r[10], r[11]) for r in rows if r[10] is not None))


def frame(conn, db: Database, year: int, state: PlanState) -> Frame:
    """The plan's frame: the kept one when its stamp still holds, else read
    again (three queries) and kept."""
    kept = _FRAMES.get(db, {}).get(int(year))
    if kept is not None and kept.stamp == state.stamp:
        return kept
    fresh = _read(conn, year, state)
    _FRAMES.setdefault(db, {})[int(year)] = fresh
    return fresh


def _read(conn, year: int, state: PlanState) -> Frame:
    start, end = date(year, 1, 1), date(year, 12, 31)
    # District-level areas valid at some point of the year, by code.
    areas = [(aid, code, name) for aid, code, name, vfrom, vto in conn.execute(
        select(Area.id, Area.code, Area.name, Area.valid_from, Area.valid_to)
        .where(Area.level != "province").order_by(Area.code))
        if (vfrom is None or vfrom <= end) and (vto is None or vto >= start)]
    code_of_area = {aid: code for aid, code, _ in areas}
    targets = conn.execute(
        select(Target.id, Target.code, Target.name, Target.unit, Target.kind, Target.direction,
               Target.parent_id, Target.target_value, Target.baseline, Target.decimals)
        .where(Target.plan_id == state.plan_id)
        .order_by(Target.sort_order, Target.id)).all()
    allocs: dict[int, dict[str, float]] = {}
    for tid, aid, value in conn.execute(
            select(Allocation.target_id, Allocation.area_id, Allocation.value)
            .join(Target).where(Target.plan_id == state.plan_id)).all():
        if aid in code_of_area:
            allocs.setdefault(tid, {})[code_of_area[aid]] = value
    parent_of = {t[0]: t[6] for t in targets}
    rows = []
    for tid, code, name, unit, kind, direction, parent, value, baseline, decimals in targets:
        depth = 0
        while parent in parent_of:
            depth, parent = depth + 1, parent_of[parent]
        rows.append(GridRow(code, name, unit, TargetKind(kind), depth, value, decimals,
                            dict(allocs.get(tid, {})),
                            plan_text(kind, direction, value,
                                      is_threshold(kind, value, baseline), decimals, unit)))
    return Frame(state.plan_id, state.stamp, {0: None, **code_of_area},
                 {t[0]: (t[1], TargetKind(t[4])) for t in targets},
                 (GridColumn(None, "Toàn tỉnh"), *(GridColumn(c, n) for _, c, n in areas)),
                 tuple(rows))
