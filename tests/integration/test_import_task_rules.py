"""Tasks arriving in a plan file (workbook or document import, through
``apply_plan_data``): a new task is created once, with its coordinating
units; an existing task takes the file's parent, lead unit and coordinating
units; a progress update already stored never stops the new ones after it,
and every update naming an unknown task is reported."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.core.plandata import PlanData, ProgressUpdateData, TaskData
from cbdesk.services import catalog, tasks
from cbdesk.services.actors import Actor
from cbdesk.services.audit import list_entries
from cbdesk.services.errors import ValidationError
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.plans import plan_to_data

ADMIN = Actor("quantri", Role.ADMIN)


def _units(db) -> list[str]:
    return [u.code for u in catalog.list_units(db)]


def _rows(db) -> dict:
    return {r.code: r for r in tasks.list_tasks(db, 2021)}


def _apply(db, **kw):
    data = plan_to_data(db, 2021, with_results=False)
    return apply_plan_data(db, PlanData(year=2021, title=data.title, **kw), ADMIN)


def test_a_new_task_is_created_once_with_its_coordinating_units(demo_db):
    u = _units(demo_db)
    new = TaskData("IX.1", "Nhiệm vụ mới", lead_unit=u[0], coordinating_units=[u[1], u[2]])
    summary = _apply(demo_db, tasks=[new, new])
    created = [c for c in summary.changes if c.entity == "task" and c.field == "*"]
    assert [(c.key, c.new) for c in created] == [("IX.1", "Nhiệm vụ mới")]
    row = _rows(demo_db)["IX.1"]
    assert row.lead_unit == u[0] and row.coordinating_units == (u[1], u[2])
    assert any(e.key == "IX.1" and e.field == "created"
               for e in list_entries(demo_db, 2021, entity="task"))


def test_an_existing_task_takes_the_files_parent_lead_and_coordinating_units(demo_db):
    u = _units(demo_db)
    parent = TaskData("IX", "Nhóm nhiệm vụ mới")
    child = TaskData("IX.1", "Nhiệm vụ con", lead_unit=u[0], coordinating_units=[u[1]])
    made = _apply(demo_db, tasks=[parent, child])
    assert [c.key for c in made.changes if c.entity == "task" and c.field == "*"] \
        == ["IX", "IX.1"]
    assert _rows(demo_db)["IX.1"].parent_code is None
    moved = replace(child, parent_code="IX", lead_unit=u[2], coordinating_units=[u[3], u[0]])
    summary = _apply(demo_db, tasks=[parent, moved])
    row = _rows(demo_db)["IX.1"]
    assert row.parent_code == "IX"
    assert row.lead_unit == u[2] and row.coordinating_units == (u[3], u[0])
    fields = {c.field for c in summary.changes if c.entity == "task" and c.key == "IX.1"}
    assert {"lead_unit", "coordinating_units"} <= fields


def test_an_update_already_stored_never_stops_the_new_ones_after_it(demo_db):
    code = plan_to_data(demo_db, 2021, with_results=False).tasks[0].code
    first = ProgressUpdateData(code, date(2021, 3, 1), 20.0, "Đã họp")
    _apply(demo_db, updates=[first])
    second = ProgressUpdateData(code, date(2021, 4, 1), 95.0, "Đã khảo sát")
    summary = _apply(demo_db, updates=[first, second])
    assert [c.key for c in summary.changes if c.entity == "update"] == [f"{code} 2021-04-01"]
    notes = [h.note for h in tasks.history(demo_db, 2021, code)]
    assert "Đã khảo sát" in notes and notes.count("Đã họp") == 1
    assert _rows(demo_db)[code].percent_done == 95.0


def test_every_update_naming_an_unknown_task_is_reported(demo_db):
    with pytest.raises(ValidationError) as caught:
        _apply(demo_db, updates=[ProgressUpdateData("Z.1", date(2021, 3, 1), 10.0),
                                 ProgressUpdateData("Z.2", date(2021, 3, 1), 10.0)])
    said = " ".join(p[0] for p in caught.value.problems)
    assert "Z.1" in said and "Z.2" in said
