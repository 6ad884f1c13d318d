"""Tasks as people read them (read-only): section code, title, units by name,
deadline label, status on a given day, % done and the latest progress note.
Reports and the GUI's task list share it.

A task's standing on a past day (the end of a reporting period) is rebuilt
from its dated progress updates: only updates made by that day count, so a
report of 2021-H1 printed in December still says what was true on 30/06.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date
from types import SimpleNamespace
from typing import NamedTuple

from sqlalchemy import bindparam, select

from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.enums import TaskStatus
from cbdesk.core.gcpause import gc_paused
from cbdesk.core.progress import task_status
from cbdesk.db import tables
from cbdesk.db.engine import Database
from cbdesk.services.plans import plan_row

__all__ = ["TaskRow", "task_number", "task_rows"]


@dataclass(frozen=True)
class TaskRow:
    """One task with everything a list or a report shows of it."""

    code: str  # "II.3.1"
    parent_code: str | None
    title: str
    description: str  # paragraphs separated by "\n"
    depth: int  # 0 for a top-level task
    lead_unit: str  # unit name, "" when unassigned
    coordinating_units: list[str]  # unit names, in order
    deadline: str  # Deadline.code: "", "ongoing", "2021-06-30", "2021-Q2"
    deadline_label: str  # "", "Thường xuyên", "30/06/2021", "Quý II/2021"
    expected_output: str
    status: TaskStatus
    percent_done: float  # 0–100, as of the day asked
    done: bool
    completed_on: date | None
    last_update_date: date | None
    last_update_note: str
    has_children: bool = False
    lead_unit_code: str = ""
    coordinating_unit_codes: list[str] = field(default_factory=list)

    @property
    def number(self) -> str:
        """The number printed in a document: ``II.3.1`` → ``3.1``."""
        return task_number(self.code)


def task_number(code: str) -> str:
    """A task's code without its section's Roman numeral: ``II.3.1`` → ``3.1``,
    ``II.1`` → ``1``; a code without one is kept (``4.2`` → ``4.2``)."""
    head, sep, rest = code.partition(".")
    if sep and rest and head and set(head.upper()) <= set("IVXLC"):
        return rest
    return code


class _Update(NamedTuple):
    """One dated progress update (a named tuple: a report reads thousands,
    and a frozen dataclass costs several times more to make)."""

    id: int
    date: date
    percent_done: float
    done: bool
    note: str


def _standing(percent_done: float | None, done_flag: bool | None, completed_on: date | None,
              updates: list[_Update], as_of: date,
              current: bool) -> tuple[float, bool, date | None, _Update | None]:
    """(% done, done, completed on, latest update) of a task on ``as_of``,
    from its stored fields and dated updates (in (date, id) order).

    ``current``: ``as_of`` is today or later, so the task's stored fields are
    what holds (they may have been set without an update, e.g. by import)."""
    seen = [u for u in updates if u.date <= as_of]
    latest = seen[-1] if seen else None  # ``updates`` come in (date, id) order
    stored_done = bool(done_flag) and (completed_on is None or completed_on <= as_of)
    if current or not updates:
        return float(percent_done or 0.0), stored_done, completed_on if stored_done else None, \
            latest
    percent = max((float(u.percent_done or 0.0) for u in seen), default=0.0)
    finished = [u.date for u in seen if u.done]
    completed = min(finished) if finished else None
    if done_flag and completed_on is not None and completed_on <= as_of:
        completed = min(completed or completed_on, completed_on)
    done = completed is not None
    if done:
        percent = max(percent, 100.0)
    return percent, done, completed, latest


@functools.cache
def _statements() -> SimpleNamespace:
    """The reads of :func:`task_rows` for the bound ``year``, built once (as
    ``services.progress`` does: building them cost more than running them),
    from plain Core columns (db.tables: no ORM configuration)."""
    year = bindparam("year")
    p, t, u = tables.plan.c, tables.task.c, tables.unit.c
    c, pu = tables.task_coordinator.c, tables.progress_update.c
    lead_table = tables.unit.alias("lead")
    lead = lead_table.c
    return SimpleNamespace(
        # Plain column reads: a report of 300 tasks needs no ORM objects. The
        # plan (outer-joined: a plan without tasks is one row of None) and
        # each task's lead unit come in the same statement.
        tasks=select(t.id, t.code, t.parent_id, t.title, t.description, t.lead_unit_id,
                     t.deadline, t.expected_output, t.percent_done, t.done, t.completed_on,
                     lead.code, lead.name)
        .select_from(tables.plan.outerjoin(tables.task, t.plan_id == p.id)
                     .outerjoin(lead_table, lead.id == t.lead_unit_id))
        .where(p.year == year).order_by(t.sort_order, t.id),
        coordinators=select(c.task_id, c.unit_id, u.code, u.name)
        .select_from(tables.task_coordinator.join(tables.task, t.id == c.task_id)
                     .join(tables.plan, p.id == t.plan_id)
                     .join(tables.unit, u.id == c.unit_id))
        .where(p.year == year)
        .order_by(c.task_id, c.position),
        updates=select(pu.task_id, pu.id, pu.date, pu.percent_done, pu.done, pu.note)
        .select_from(tables.progress_update.join(tables.task, t.id == pu.task_id)
                     .join(tables.plan, p.id == t.plan_id))
        .where(p.year == year)
        .order_by(pu.date, pu.id),
    )


def task_rows(db: Database, year: int, as_of: date | None = None) -> list[TaskRow]:
    """Every task of the plan of ``year`` in plan order, judged on ``as_of``
    (default: today). NotFound when there is no such plan."""
    with gc_paused():  # thousands of small records, no cycles among them
        return _task_rows(db, year, as_of)


def _task_rows(db: Database, year: int, as_of: date | None) -> list[TaskRow]:
    today = date.today()
    as_of = as_of or today
    year = int(year)
    with db.reading() as conn:  # plain rows, no BEGIN/COMMIT round trips
        q = _statements()
        rows_ = conn.execute(q.tasks, {"year": year}).all()
        if not rows_:
            plan_row(conn, year)  # NotFound, with its message
        units = {r[5]: (r[11], r[12]) for r in rows_ if r[11] is not None}
        tasks = [r[:11] for r in rows_ if r[0] is not None]
        del rows_
        coordinators: dict[int, list[int]] = {}
        for task_id, unit_id, ucode, uname in conn.execute(q.coordinators, {"year": year}).all():
            coordinators.setdefault(task_id, []).append(unit_id)
            units[unit_id] = (ucode, uname)
        updates: dict[int, list[_Update]] = {}
        for row in conn.execute(q.updates, {"year": year}).all():
            got = updates.get(row[0])
            if got is None:
                got = updates[row[0]] = []
            got.append(_Update(row[1], row[2], row[3], row[4], row[5] or ""))

        # Rows unpacked once into tuples: attribute access on result rows is
        # what a 300-task report would otherwise spend its time on.
        tasks = [tuple(t) for t in tasks]
        code_of = {t[0]: t[1] for t in tasks}
        parent_of = {t[0]: t[2] for t in tasks}
        parents = set(parent_of.values())
        rows: list[TaskRow] = []
        deadlines: dict[str, Deadline] = {}
        labels: dict[str, str] = {}  # deadline code → its label, made once per code
        current = as_of >= today
        for (tid, code, parent_id, title, description, lead_id, deadline_code, output,
             percent_done, done_flag, completed_on) in tasks:
            deadline = deadlines.get(deadline_code or "")
            if deadline is None:
                try:
                    deadline = Deadline.parse(deadline_code, year=year)
                except DeadlineError:  # stored codes are valid; keep a list usable anyway
                    deadline = Deadline("none")
                deadlines[deadline_code or ""] = deadline
                labels[deadline_code or ""] = deadline.label("vi")
            percent, done, completed, latest = _standing(
                percent_done, done_flag, completed_on, updates.get(tid, []), as_of, current)
            depth, p, seen = 0, parent_id, {tid}
            while p in parent_of and p not in seen:  # parents naming each other: stop
                seen.add(p)
                depth, p = depth + 1, parent_of[p]
            lead = units.get(lead_id, ("", ""))
            coord = [units[u] for u in coordinators.get(tid, ()) if u in units]
            rows.append(TaskRow(
                code=code, parent_code=code_of.get(parent_id), title=title,
                description=description or "", depth=depth,
                lead_unit=lead[1], coordinating_units=[c[1] for c in coord],
                deadline=deadline.code, deadline_label=labels[deadline_code or ""],
                expected_output=output or "",
                status=task_status(deadline, done, completed, percent, as_of),
                percent_done=percent, done=done, completed_on=completed,
                last_update_date=latest.date if latest else None,
                last_update_note=latest.note if latest else "",
                has_children=tid in parents, lead_unit_code=lead[0],
                coordinating_unit_codes=[c[0] for c in coord],
            ))
        return rows
