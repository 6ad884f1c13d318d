"""Undoing a deletion (the window's Undo; services.undelete.snapshots): a
deleted target comes back in its place with every figure in its own cell —
the province's and each district's — and the other targets untouched; a
deleted task comes back with its progress history."""

from __future__ import annotations

from datetime import date

from cbdesk.core.enums import Role
from cbdesk.core.plandata import AreaData, PlanData, ResultData, TargetData, TaskData
from cbdesk.services import targets, tasks
from cbdesk.services.actors import Actor
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.results import entry_grid
from cbdesk.services.undelete.snapshots import (
    restore_target,
    restore_task,
    snapshot_target,
    snapshot_task,
)

LEADER = Actor("lanhdao", Role.LEADER)
ADMIN = Actor("quantri", Role.ADMIN)


def _plan(db):
    apply_plan_data(db, PlanData(
        year=2021, title="K", areas=[AreaData("H1", "Huyện Một"), AreaData("H2", "Huyện Hai")],
        targets=[TargetData("1", "Việc làm", "người", target=100),
                 TargetData("2", "Đào tạo", "người", target=50)],
        tasks=[TaskData("A", "Việc A"), TaskData("B", "Việc B")],
        results=[ResultData("1", "2021-M03", None, 30.0), ResultData("1", "2021-M03", "H2", 12.0),
                 ResultData("2", "2021-M03", None, 9.0)]), ADMIN)


def test_a_deleted_target_comes_back_with_every_figure_in_its_cell(db):
    _plan(db)
    snap = snapshot_target(db, 2021, "1")
    assert sorted((f.area or "", f.value) for f in snap.figures) == [("", 30.0), ("H2", 12.0)]
    targets.delete_target(db, LEADER, 2021, "1")
    restore_target(db, LEADER, snap)
    grid = entry_grid(db, 2021, "2021-M03")
    assert [r.code for r in grid.rows] == ["1", "2"]
    assert grid.cell("1", None).value == 30.0 and grid.cell("1", "H2").value == 12.0
    assert grid.cell("1", "H1").value is None and grid.cell("2", None).value == 9.0


def test_a_deleted_task_comes_back_with_its_progress_history(db):
    _plan(db)
    tasks.add_update(db, ADMIN, 2021, "A", date(2021, 3, 1), 40.0, note="Đã họp")
    snap = snapshot_task(db, 2021, "A")
    tasks.delete_task(db, LEADER, 2021, "A")
    restore_task(db, LEADER, snap)
    assert [r.code for r in tasks.list_tasks(db, 2021)] == ["A", "B"]
    assert [(u.note, u.percent_done) for u in tasks.history(db, 2021, "A")] == [("Đã họp", 40.0)]
