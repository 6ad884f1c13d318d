"""Targets and tasks of a PlanData, applied by code (part of plan_apply)."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm.attributes import flag_modified

from cbdesk.core import text as vtext
from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.enums import TargetKind
from cbdesk.core.plandata import TargetData
from cbdesk.db.bulk import insert_rows
from cbdesk.db.models import (
    Allocation,
    ProgressUpdate,
    Target,
    Task,
    TaskCoordinator,
)
from cbdesk.services import validation
from cbdesk.services.bulk_tree import insert_tree
from cbdesk.services.changes import Change, set_field


def apply_targets(s, plan, data, units, areas, summary, problems, actor, now) -> None:
    # In their order (a tree inserted level by level has no meaningful id order).
    existing = {t.code: t for t in s.scalars(select(Target).where(Target.plan_id == plan.id)
                                               .order_by(Target.sort_order, Target.id))}
    unit_code = {u.id: code for code, u in units.items()}
    code_by_id = {t.id: code for code, t in existing.items()}
    # Validate the tree as it will be: existing targets overlaid with the data's.
    merged: dict[str, TargetData] = {
        code: _target_data(t, code_by_id) for code, t in existing.items()
    }
    for td in map(_clean_target, data.targets):
        problems.extend(validation.check_target_fields(td))
        if td.lead_unit and td.lead_unit not in units:
            problems.append(
                (
                    f"Chỉ tiêu {td.code}: không có đơn vị chủ trì '{td.lead_unit}'.",
                    f"Target {td.code}: lead unit '{td.lead_unit}' not found.",
                )
            )
        for area_code in td.allocations:
            if area_code not in areas:
                problems.append(
                    (
                        f"Chỉ tiêu {td.code}: phân bổ cho địa bàn '{area_code}' "
                        "không có trong danh mục.",
                        f"Target {td.code}: allocation to unknown area '{area_code}'.",
                    )
                )
        merged[td.code] = td
    problems.extend(validation.check_target_tree(merged))
    if problems:
        return
    order = {code: i for i, code in enumerate(merged)}
    cleaned = [_clean_target(t) for t in data.targets]
    new_rows: dict[str, dict] = {}  # inserted in bulk below, parents first
    for td in cleaned:
        t = existing.get(td.code)
        fields = dict(
            name=td.name,
            unit=td.unit,
            kind=TargetKind.parse(td.kind).value,
            direction=td.direction,
            target_value=td.target,
            baseline=td.baseline,
            relation=td.relation,
            decimals=td.decimals,
            statement=td.statement,
            group_no=td.group,
            search_key=vtext.search_key(f"{td.code} {td.name}"),
            lead_unit_id=units[td.lead_unit].id if td.lead_unit else None,
            sort_order=order[td.code],
        )
        if t is None:
            if td.code not in new_rows:
                summary.changes.append(Change("target", td.code, "*", None, td.name))
            new_rows[td.code] = dict(plan_id=plan.id, code=td.code, **fields)
        else:
            old_lead = t.lead_unit_id
            for attr, value in fields.items():
                if attr != "lead_unit_id":
                    set_field(t, attr, value, summary, "target", td.code)
            if old_lead != fields["lead_unit_id"]:
                t.lead_unit_id = fields["lead_unit_id"]
                summary.changes.append(
                    Change("target", td.code, "lead_unit", unit_code.get(old_lead), td.lead_unit)
                )
    s.flush()
    ids = {code: t.id for code, t in existing.items()}
    new_codes = set(new_rows)
    if new_rows:
        insert_tree(s, Target.__table__, list(new_rows.values()),
                    {td.code: td.parent_code for td in cleaned if td.code in new_codes}, ids)
    codes_by_id = {i: code for code, i in ids.items()}  # new ones included now
    alloc_rows: list[dict] = []
    for td in cleaned:
        if td.code in new_codes:
            for area_code, value in td.allocations.items():
                alloc_rows.append(dict(target_id=ids[td.code], area_id=areas[area_code].id,
                                       value=value))
                summary.changes.append(
                    Change("allocation", f"{td.code}/{area_code}", "value", None, value))
            continue
        t = existing[td.code]
        parent_id = ids[td.parent_code] if td.parent_code else None
        if t.parent_id != parent_id:
            summary.changes.append(
                Change("target", td.code, "parent", codes_by_id.get(t.parent_id), td.parent_code)
            )
        t.parent_id = parent_id
        if td.allocations:
            current = {a.area_id: a for a in t.allocations}
            for area_code, value in td.allocations.items():
                area_id = areas[area_code].id
                if area_id in current:
                    if current[area_id].value != value:
                        summary.changes.append(
                            Change(
                                "allocation",
                                f"{td.code}/{area_code}",
                                "value",
                                current[area_id].value,
                                value,
                            )
                        )
                        current[area_id].value = value
                        flag_modified(t, "name")  # a new version of the target
                else:
                    t.allocations.append(Allocation(area_id=area_id, value=value))
                    flag_modified(t, "name")
                    summary.changes.append(
                        Change("allocation", f"{td.code}/{area_code}", "value", None, value)
                    )
    if alloc_rows:
        s.execute(Allocation.__table__.insert(), alloc_rows)


def _clean_target(td: TargetData) -> TargetData:
    return TargetData(
        code=vtext.clean(td.code),
        name=vtext.clean(td.name),
        unit=vtext.clean(td.unit),
        kind=td.kind,
        direction=td.direction,
        target=td.target,
        baseline=td.baseline,
        parent_code=vtext.clean(td.parent_code) or None,
        relation=td.relation or None,
        lead_unit=vtext.clean(td.lead_unit) or None,
        decimals=int(td.decimals or 0),
        statement=vtext.nfc(td.statement),
        group=int(td.group or 0),
        allocations={vtext.clean(k): float(v) for k, v in td.allocations.items()},
    )


def _target_data(t: Target, code_by_id: dict[int, str]) -> TargetData:
    """A stored target as data, for validating the tree as it will be."""
    return TargetData(
        code=t.code,
        name=t.name,
        unit=t.unit,
        kind=t.kind,
        direction=t.direction,
        target=t.target_value,
        baseline=t.baseline,
        parent_code=code_by_id.get(t.parent_id),
        relation=t.relation,
    )


def apply_tasks(s, plan, data, units, summary, problems, actor, now) -> None:
    from cbdesk.services.audit import record_many, text_of

    existing = {t.code: t for t in s.scalars(select(Task).where(Task.plan_id == plan.id))}
    codes = set(existing) | {vtext.clean(t.code) for t in data.tasks}
    parsed = []
    for td in data.tasks:
        code = vtext.clean(td.code)
        try:
            deadline = Deadline.parse(td.deadline, year=plan.year).code
        except DeadlineError as e:
            problems.append((f"Nhiệm vụ {code}: {e.message_vi}", f"Task {code}: {e.message_en}"))
            continue
        for unit_code in [td.lead_unit, *td.coordinating_units]:
            if unit_code and vtext.clean(unit_code) not in units:
                problems.append(
                    (
                        f"Nhiệm vụ {code}: không có đơn vị '{unit_code}'.",
                        f"Task {code}: unit '{unit_code}' not found.",
                    )
                )
        if td.parent_code and vtext.clean(td.parent_code) not in codes:
            problems.append(
                (
                    f"Nhiệm vụ {code}: không có nhiệm vụ cha '{td.parent_code}'.",
                    f"Task {code}: parent task '{td.parent_code}' not found.",
                )
            )
        if not 0 <= float(td.percent_done or 0) <= 100:
            problems.append(
                (
                    f"Nhiệm vụ {code}: % hoàn thành phải từ 0 đến 100.",
                    f"Task {code}: % done must be within 0–100.",
                )
            )
        if not vtext.clean(td.title):
            problems.append((f"Nhiệm vụ {code}: thiếu tiêu đề.", f"Task {code}: no title."))
        parsed.append((code, td, deadline))
    # The parents after this file (a blank parent keeps the stored one): no
    # task may become its own ancestor, as no target may.
    code_of = {t.id: c for c, t in existing.items()}
    tree = {c: code_of.get(t.parent_id) for c, t in existing.items()}
    for code, td, _ in parsed:
        parent = vtext.clean(td.parent_code) or None
        if parent or code not in tree:
            tree[code] = parent
    problems.extend(validation.task_cycle_problem(code) for code, _, _ in parsed
                    if validation.in_task_cycle(tree, code))
    if problems:
        return
    unit_code = {u.id: k for k, u in units.items()}
    new_tasks: dict[str, SimpleNamespace] = {}  # inserted in bulk below, parents first
    coordinators: dict[str, list[int]] = {}
    for i, (code, td, deadline) in enumerate(parsed):
        t = existing.get(code)
        fields = dict(
            title=vtext.clean(td.title),
            description=vtext.clean(td.description),
            lead_unit_id=units[vtext.clean(td.lead_unit)].id if td.lead_unit else None,
            deadline=deadline,
            expected_output=vtext.clean(td.expected_output),
            search_key=vtext.search_key(f"{code} {td.title} {td.description}"),
        )
        wanted = [units[vtext.clean(c)].id for c in td.coordinating_units if c]
        if t is None:
            if code not in new_tasks:
                summary.changes.append(Change("task", code, "*", None, fields["title"]))
            new_tasks[code] = SimpleNamespace(
                plan_id=plan.id,
                code=code,
                sort_order=len(existing) + i,
                percent_done=float(td.percent_done or 0),
                done=bool(td.done),
                completed_on=td.completed_on,
                **fields,
            )
            coordinators[code] = wanted
            continue
        for attr, value in fields.items():
            if attr == "lead_unit_id":
                if t.lead_unit_id != value:
                    summary.changes.append(Change("task", code, "lead_unit",
                                                  unit_code.get(t.lead_unit_id),
                                                  td.lead_unit))
                    t.lead_unit_id = value
            else:
                set_field(t, attr, value, summary, "task", code)
        for attr, value in (
            ("percent_done", float(td.percent_done or 0)),
            ("done", bool(td.done)),
            ("completed_on", td.completed_on),
        ):
            set_field(t, attr, value, summary, "task", code)
        if [c.unit_id for c in t.coordinators] != wanted:
            summary.changes.append(
                Change(
                    "task",
                    code,
                    "coordinating_units",
                    [unit_code.get(c.unit_id) for c in t.coordinators],
                    [unit_code[u] for u in wanted],
                )
            )
            t.coordinators = [TaskCoordinator(unit_id=u, position=n) for n, u in enumerate(wanted)]
    # Progress updates: appended unless the same (task, date, note) is there;
    # written in one executemany (no ORM object per row), and the task's %
    # done it raises audited with the value it had (a new task gets its
    # raised % done in its INSERT).
    have = set(s.execute(select(Task.code, ProgressUpdate.date, ProgressUpdate.note)
                         .join(Task, Task.id == ProgressUpdate.task_id).where(Task.plan_id == plan.id)).tuples())
    rows: list[tuple[str, dict]] = []
    audit_rows: list[dict] = []
    for ud in data.updates:
        tcode = vtext.clean(ud.task)
        task = existing.get(tcode) or new_tasks.get(tcode)
        if task is None:
            problems.append(
                (
                    f"Tiến độ: không có nhiệm vụ '{ud.task}'.",
                    f"Progress update: task '{ud.task}' not found.",
                )
            )
            continue
        note = vtext.clean(ud.note)
        key = (tcode, ud.date, note)
        if key in have:
            continue
        have.add(key)
        rows.append((tcode, dict(date=ud.date, percent_done=ud.percent_done,
                                 done=ud.done, note=note, entered_by=actor.username,
                                 entered_at=now)))
        summary.changes.append(Change("update", f"{ud.task} {ud.date}", "*", None, ud.note))
        if ud.percent_done > task.percent_done or ud.done:
            audit_rows.append(dict(at=now, user=actor.username, plan_year=plan.year,
                                   entity="task", key=task.code, field="percent_done",
                                   old=text_of(task.percent_done), new=text_of(ud.percent_done),
                                   reason=""))
            task.percent_done = max(task.percent_done, ud.percent_done)
            if ud.done and not task.done:
                task.done, task.completed_on = True, ud.date
    if problems:
        return
    s.flush()
    ids = {code: t.id for code, t in existing.items()}
    parents = {code: vtext.clean(td.parent_code) or None for code, td, _ in parsed}
    if new_tasks:
        insert_tree(s, Task.__table__, [vars(t) for t in new_tasks.values()], parents, ids)
        coord_rows = [dict(task_id=ids[code], unit_id=u, position=n)
                      for code, wanted in coordinators.items() for n, u in enumerate(wanted)]
        if coord_rows:
            s.execute(TaskCoordinator.__table__.insert(), coord_rows)
    for code, t in existing.items():
        if code in parents and parents[code]:
            t.parent_id = ids[parents[code]]
    if rows:
        insert_rows(s, ProgressUpdate.__table__,
                    [dict(task_id=ids[code], **row) for code, row in rows])
    record_many(s, audit_rows)
