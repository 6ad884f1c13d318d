"""Snapshots of a target or a task taken before deleting it, and their restore."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select

from cbdesk.core.enums import Role
from cbdesk.db.engine import Database
from cbdesk.db.models import Area, ProgressUpdate, Result, Target, Task
from cbdesk.services import targets as target_service
from cbdesk.services import tasks as task_service
from cbdesk.services.actors import Actor
from cbdesk.services.audit import record
from cbdesk.services.errors import write_session
from cbdesk.services.plans import get_plan


@dataclass(frozen=True)
class _Figure:
    period: str
    area: str | None  # area code; None = whole province
    value: float | None
    note: str
    source: str
    entered_by: str
    entered_at: datetime | None


@dataclass(frozen=True)
class TargetSnapshot:
    year: int
    form: target_service.TargetForm
    sort_order: int
    figures: tuple[_Figure, ...]


@dataclass(frozen=True)
class _Update:
    date: date
    percent_done: float
    done: bool
    note: str
    entered_by: str
    entered_at: datetime | None


@dataclass(frozen=True)
class TaskSnapshot:
    year: int
    form: task_service.TaskForm
    sort_order: int
    percent_done: float
    done: bool
    completed_on: date | None
    updates: tuple[_Update, ...]


def _target_row(s, year: int, code: str) -> Target:
    plan = get_plan(s, year)
    return s.scalars(select(Target).where(Target.plan_id == plan.id,
                                          Target.code == code)).one()


def _task_row(s, year: int, code: str) -> Task:
    plan = get_plan(s, year)
    return s.scalars(select(Task).where(Task.plan_id == plan.id, Task.code == code)).one()


def snapshot_target(db: Database, year: int, code: str) -> TargetSnapshot:
    form = target_service.get_target(db, year, code)
    with db.session() as s:
        t = _target_row(s, year, code)
        areas = {a.id: a.code for a in s.scalars(select(Area))}
        figures = tuple(_Figure(r.period, areas.get(r.area_id) if r.area_id else None, r.value,
                                r.note, r.source, r.entered_by, r.entered_at)
                        for r in s.scalars(select(Result).where(Result.target_id == t.id)))
        return TargetSnapshot(year, form, t.sort_order, figures)


def restore_target(db: Database, actor: Actor, snap: TargetSnapshot) -> None:
    """Put a deleted target back where it was, with its figures."""
    actor.require(Role.LEADER, "khôi phục chỉ tiêu", "restore targets")
    target_service.save_target(db, actor, snap.year, replace(snap.form, version=None), None)
    with write_session(db) as s:
        t = _target_row(s, snap.year, snap.form.code)
        t.sort_order = snap.sort_order
        areas = {a.code: a.id for a in s.scalars(select(Area))}
        for f in snap.figures:
            area_id = areas.get(f.area) if f.area else None
            s.add(Result(target_id=t.id, period=f.period, area_id=area_id,
                         area_key=area_id or 0, value=f.value, note=f.note, source=f.source,
                         entered_by=f.entered_by, entered_at=f.entered_at))
        record(s, actor, "target", snap.form.code, "restored", None, snap.form.name, snap.year,
               reason=f"{len(snap.figures)} kết quả được khôi phục" if snap.figures else "")


def snapshot_task(db: Database, year: int, code: str) -> TaskSnapshot:
    row = next(r for r in task_service.list_tasks(db, year) if r.code == code)
    form = task_service.TaskForm(row.code, row.title, row.description, row.parent_code,
                                 row.lead_unit or None, row.coordinating_units, row.deadline,
                                 row.expected_output)
    with db.session() as s:
        t = _task_row(s, year, code)
        updates = tuple(_Update(u.date, u.percent_done, u.done, u.note, u.entered_by,
                                u.entered_at) for u in t.updates)
        return TaskSnapshot(year, form, t.sort_order, t.percent_done, t.done, t.completed_on,
                            updates)


def restore_task(db: Database, actor: Actor, snap: TaskSnapshot) -> None:
    """Put a deleted task back where it was, with its progress history."""
    actor.require(Role.LEADER, "khôi phục nhiệm vụ", "restore tasks")
    task_service.save_task(db, actor, snap.year, snap.form, None, None)
    with write_session(db) as s:
        t = _task_row(s, snap.year, snap.form.code)
        t.sort_order = snap.sort_order
        t.percent_done, t.done, t.completed_on = snap.percent_done, snap.done, snap.completed_on
        for u in snap.updates:
            t.updates.append(ProgressUpdate(date=u.date, percent_done=u.percent_done,
                                            done=u.done, note=u.note, entered_by=u.entered_by,
                                            entered_at=u.entered_at))
        record(s, actor, "task", snap.form.code, "restored", None, snap.form.title, snap.year,
               reason=f"{len(snap.updates)} lần cập nhật tiến độ được khôi phục"
               if snap.updates else "")
