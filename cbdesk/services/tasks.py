"""Tasks (nhiệm vụ): rows with their status for the screen, filters, the task
form, dated progress updates and their history. Writes check the actor's role,
run in one transaction, leave audit entries and refuse stale versions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from cbdesk.core import text as vtext
from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.enums import Role, TaskStatus
from cbdesk.db.engine import Database
from cbdesk.db.models import ProgressUpdate, Task, TaskCoordinator, Unit
from cbdesk.services import permissions, validation
from cbdesk.services.actors import Actor
from cbdesk.services.audit import record
from cbdesk.services.errors import (
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
    write_session,
)
from cbdesk.services.plans import get_plan


@dataclass(frozen=True)
class TaskRow:
    code: str
    title: str
    parent_code: str | None
    depth: int
    lead_unit: str  # unit code ("" when none)
    lead_unit_name: str
    coordinating_units: tuple[str, ...]  # unit codes
    coordinating_names: tuple[str, ...]
    deadline: str  # Deadline.code
    deadline_label: str
    status: TaskStatus
    percent_done: float
    done: bool
    last_update: date | None
    last_note: str
    version: int
    description: str = ""
    expected_output: str = ""

    @property
    def overdue(self) -> bool:
        return self.status is TaskStatus.OVERDUE


@dataclass(frozen=True)
class UpdateRow:
    date: date
    percent_done: float
    done: bool
    note: str
    entered_by: str


@dataclass(frozen=True)
class TaskForm:
    code: str
    title: str
    description: str = ""
    parent_code: str | None = None
    lead_unit: str | None = None
    coordinating_units: tuple[str, ...] = field(default_factory=tuple)
    deadline: str = ""  # anything Deadline.parse reads: 30/06/2021, Quý II/2021, Thường xuyên
    expected_output: str = ""


def list_tasks(db: Database, year: int, as_of: date | None = None, unit: str | None = None,
               status: TaskStatus | None = None, overdue_only: bool = False,
               query: str = "") -> list[TaskRow]:
    """The plan's tasks in document order with their status on ``as_of``
    (today by default), filtered by unit (lead or coordinating), status,
    overdue only, and an accent-insensitive query."""
    from cbdesk.services.tasks_view import task_rows  # the shared read-only rows

    as_of = as_of or date.today()
    with db.session() as s:
        plan = get_plan(s, year)
        versions = dict(s.execute(select(Task.code, Task.version)
                                  .where(Task.plan_id == plan.id)).all())
    rows = [TaskRow(
        r.code, r.title, r.parent_code, r.depth, r.lead_unit_code, r.lead_unit,
        tuple(r.coordinating_unit_codes), tuple(r.coordinating_units), r.deadline,
        r.deadline_label, r.status, r.percent_done, r.done, r.last_update_date,
        r.last_update_note, versions.get(r.code, 1), r.description, r.expected_output)
        for r in task_rows(db, year, as_of)]
    out = []
    for r in rows:
        if unit and unit != r.lead_unit and unit not in r.coordinating_units:
            continue
        if status is not None and r.status is not status:
            continue
        if overdue_only and not r.overdue:
            continue
        if query and not (vtext.matches(query, f"{r.code} {r.title} {r.description}")):
            continue
        out.append(r)
    return out


def history(db: Database, year: int, code: str) -> list[UpdateRow]:
    """A task's dated progress updates, oldest first."""
    with db.session() as s:
        task = _task(s, year, code)
        return [UpdateRow(u.date, u.percent_done, u.done, u.note, u.entered_by)
                for u in sorted(task.updates, key=lambda u: (u.date, u.id))]


def _task(s, year: int, code: str) -> Task:
    plan = get_plan(s, year)
    task = s.scalars(select(Task).where(Task.plan_id == plan.id, Task.code == code)).first()
    if task is None:
        raise NotFound(f"Không có nhiệm vụ '{code}' trong kế hoạch {year}.",
                       f"No task '{code}' in the {year} plan.")
    return task


def _require_own_task(s, actor: Actor, task: Task | None) -> None:
    """Staff tied to a unit work on their unit's tasks only (as lead or as a
    coordinating unit); leaders and admins on every task."""
    if actor.role != Role.STAFF or not actor.unit_code or task is None:
        return
    unit = s.scalars(select(Unit).where(Unit.code == actor.unit_code)).first()
    involved = {task.lead_unit_id, *(c.unit_id for c in task.coordinators)}
    if unit is None or unit.id not in involved:
        raise PermissionDenied(
            f"Nhiệm vụ {task.code} không thuộc đơn vị {actor.unit_code} của bạn; chỉ lãnh đạo "
            "hoặc đơn vị được giao mới sửa được.",
            f"Task {task.code} is not one of your unit's ({actor.unit_code}); only a leader or "
            "the units it is assigned to may change it.")


def _check_version(task: Task, expected: int | None) -> None:
    if expected is not None and task.version != expected:
        raise ConflictError(
            f"Nhiệm vụ {task.code} đã được người khác sửa sau khi bạn mở nó. Không có gì được "
            "lưu; hãy tải lại rồi sửa lại.",
            f"Task {task.code} was changed by someone else since you opened it. Nothing was "
            "saved; reload and edit again.")


def _as_stored(form: TaskForm, code: str, title: str, deadline: str) -> dict[str, str]:
    """The form's fields as they will be stored and audited (units and the
    parent by code; the coordinating units in order, joined by ", ")."""
    return {"code": code, "title": title, "deadline": deadline,
            "description": vtext.clean(form.description),
            "expected_output": vtext.clean(form.expected_output),
            "parent": form.parent_code or "", "lead_unit": form.lead_unit or "",
            "coordinating_units": ", ".join(dict.fromkeys(form.coordinating_units))}


def _audit_edit(s, actor: Actor, year: int, key: str, task: Task, new: dict[str, str],
                task_code: dict[int, str], unit_code: dict[int, str]) -> None:
    """One audit entry per field the edit changes, with the value it replaced."""
    old = {"code": task.code, "title": task.title, "deadline": task.deadline,
           "description": task.description or "", "expected_output": task.expected_output or "",
           "parent": task_code.get(task.parent_id, ""),
           "lead_unit": unit_code.get(task.lead_unit_id, ""),
           "coordinating_units": ", ".join(unit_code.get(c.unit_id, "")
                                           for c in task.coordinators)}
    for attr, value in new.items():
        if old[attr] != value:
            record(s, actor, "task", key, attr, old[attr], value, year)


def _makes_cycle(tasks: dict, original_code: str | None, code: str, parent: str) -> bool:
    """Giving task ``code`` (stored as ``original_code``) the parent
    ``parent`` would make it its own ancestor (a task under its own child)."""
    code_of = {t.id: c for c, t in tasks.items()}
    rename = {original_code: code} if original_code else {}
    tree = {rename.get(c, c): rename.get(code_of.get(t.parent_id), code_of.get(t.parent_id))
            for c, t in tasks.items()}
    tree[code] = parent
    return validation.in_task_cycle(tree, code)


def save_task(db: Database, actor: Actor, year: int, form: TaskForm,
              original_code: str | None = None, expected_version: int | None = None) -> None:
    """Add a task (``original_code`` None) or edit one, in one transaction."""
    permissions.require(actor, "tasks.create" if original_code is None else "tasks.edit", db)
    code, title = vtext.clean_line(form.code), vtext.clean(form.title)
    problems: list[tuple[str, str]] = []
    if not code:
        problems.append(("Thiếu mã nhiệm vụ.", "The task code is missing."))
    if not title:
        problems.append(("Thiếu tiêu đề nhiệm vụ.", "The task title is missing."))
    try:
        deadline = Deadline.parse(form.deadline or "")
    except DeadlineError as e:
        problems.append((e.message_vi, e.message_en))
        deadline = None
    with write_session(db) as s:
        plan = get_plan(s, year)
        tasks = {t.code: t for t in s.scalars(select(Task).where(Task.plan_id == plan.id))}
        units = {u.code: u for u in s.scalars(select(Unit))}
        if original_code is None and code in tasks:
            problems.append((f"Đã có nhiệm vụ mã '{code}'.", f"Task '{code}' already exists."))
        if original_code is not None and code != original_code and code in tasks:
            problems.append((f"Đã có nhiệm vụ mã '{code}'.", f"Task '{code}' already exists."))
        for uc in [form.lead_unit, *form.coordinating_units]:
            if uc and uc not in units:
                problems.append((f"Không có đơn vị '{uc}'.", f"No unit '{uc}'."))
        if form.parent_code and form.parent_code not in tasks:
            problems.append((f"Không có nhiệm vụ cha '{form.parent_code}'.",
                             f"No parent task '{form.parent_code}'."))
        elif form.parent_code and _makes_cycle(tasks, original_code, code, form.parent_code):
            problems.append(validation.task_cycle_problem(code))
        if problems:
            raise ValidationError(problems[0][0], problems[0][1], problems)
        if original_code is None:
            task = Task(plan_id=plan.id, code=code, title=title,
                        sort_order=max((t.sort_order for t in tasks.values()), default=0) + 1)
            s.add(task)
            record(s, actor, "task", code, "created", None, title, plan.year)
        else:
            task = tasks.get(original_code)
            if task is None:
                raise NotFound(f"Không có nhiệm vụ '{original_code}'.",
                               f"No task '{original_code}'.")
            _require_own_task(s, actor, task)
            _check_version(task, expected_version)
            _audit_edit(s, actor, plan.year, original_code, task, _as_stored(
                form, code, title, deadline.code), {t.id: c for c, t in tasks.items()},
                {u.id: c for c, u in units.items()})
        task.code, task.title = code, title
        task.description = vtext.clean(form.description)
        task.expected_output = vtext.clean(form.expected_output)
        task.deadline = deadline.code
        task.parent_id = tasks[form.parent_code].id if form.parent_code else None
        task.lead_unit_id = units[form.lead_unit].id if form.lead_unit else None
        task.search_key = vtext.search_key(f"{code} {title} {task.description}")
        task.coordinators = [TaskCoordinator(unit_id=units[c].id, position=i)
                             for i, c in enumerate(dict.fromkeys(form.coordinating_units))]


def add_update(db: Database, actor: Actor, year: int, code: str, on: date,
               percent_done: float, done: bool = False, note: str = "",
               expected_version: int | None = None) -> None:
    """Append a dated progress update; the task takes its % done and done flag."""
    permissions.require(actor, "tasks.update", db)
    if not 0 <= percent_done <= 100:
        raise ValidationError("% hoàn thành phải từ 0 đến 100.",
                              "% done must be within 0–100.")
    now = datetime.now()
    with write_session(db) as s:
        task = _task(s, year, code)
        _require_own_task(s, actor, task)
        _check_version(task, expected_version)
        if done:
            percent_done = 100.0
        record(s, actor, "task", code, "percent_done", task.percent_done, percent_done,
               year, at=now)
        if done != task.done:
            record(s, actor, "task", code, "done", task.done, done, year, at=now)
        task.updates.append(ProgressUpdate(date=on, percent_done=percent_done, done=done,
                                           note=vtext.clean(note), entered_by=actor.username,
                                           entered_at=now))
        task.percent_done = percent_done
        task.done = done
        task.completed_on = on if done else None


def delete_task(db: Database, actor: Actor, year: int, code: str) -> None:
    """Delete a task without sub-tasks (its progress updates go with it, audited).
    Removing an assigned task is a leader's decision."""
    permissions.require(actor, "tasks.delete", db)
    with write_session(db) as s:
        task = _task(s, year, code)
        if s.scalars(select(Task.id).where(Task.parent_id == task.id)).first():
            raise ValidationError(f"Nhiệm vụ {code} còn nhiệm vụ con; hãy xóa chúng trước.",
                                  f"Task {code} has sub-tasks; delete them first.")
        record(s, actor, "task", code, "deleted", task.title, None, year,
               reason=f"{len(task.updates)} lần cập nhật tiến độ bị xóa theo"
               if task.updates else "")
        s.delete(task)
