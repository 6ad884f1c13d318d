"""The task form through the service: what is typed is what is stored (lead
unit, coordinating units, parent, place at the end of the list), every edit
is audited with the value it replaced, a wrong parent changes nothing, and
the version shown is the task's own."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor
from cbdesk.services.audit import list_entries
from cbdesk.services.errors import ValidationError

LEADER = Actor("lanhdao", Role.LEADER)


def _rows(db):
    """The tasks as they stand today (their stored figures)."""
    from cbdesk.services.tasks import list_tasks

    return {r.code: r for r in list_tasks(db, 2021)}


def _units(db) -> list[str]:
    from cbdesk.services.plans import plan_to_data

    return [u.code for u in plan_to_data(db, 2021, with_results=False).units]


def test_a_new_task_keeps_its_units_and_parent_and_goes_at_the_end(demo_db):
    from cbdesk.services.tasks import TaskForm, list_tasks, save_task

    lead, c1, c2 = _units(demo_db)[:3]
    parent = next(iter(_rows(demo_db)))
    save_task(demo_db, LEADER, 2021, TaskForm("9.9", "Nhiệm vụ mới", parent_code=parent,
                                              lead_unit=lead, coordinating_units=(c2, c1, c2),
                                              deadline="30/09/2021"))
    rows = _rows(demo_db)
    new = rows["9.9"]
    assert (new.parent_code, new.lead_unit, new.coordinating_units) == (parent, lead, (c2, c1))
    assert new.version == 1
    # Document order: the parent's subtree, the new child last (after every task).
    assert [r.code for r in list_tasks(demo_db, 2021)][-1] == "9.9"


def test_editing_a_tasks_units_stores_them_and_audits_what_they_replaced(demo_db):
    from cbdesk.services.tasks import TaskForm, save_task

    lead, other, third = _units(demo_db)[:3]
    save_task(demo_db, LEADER, 2021, TaskForm("9.9", "Nhiệm vụ mới", lead_unit=lead,
                                              coordinating_units=(third,)))
    form = TaskForm("9.9", "Nhiệm vụ mới", lead_unit=other, coordinating_units=(lead,),
                    description="Mô tả")
    save_task(demo_db, LEADER, 2021, form, original_code="9.9", expected_version=1)

    row = _rows(demo_db)["9.9"]
    assert (row.lead_unit, row.coordinating_units, row.description) == (other, (lead,), "Mô tả")
    assert row.version == 2  # the task's own version, not another plan's
    audited = {(e.field, e.old, e.new) for e in list_entries(demo_db, entity="task")
               if e.key == "9.9"}
    assert ("lead_unit", lead, other) in audited
    assert ("coordinating_units", third, lead) in audited
    assert ("description", "", "Mô tả") in audited


def test_an_unknown_parent_is_refused_and_nothing_is_saved(demo_db):
    from cbdesk.services.tasks import TaskForm, save_task

    before = _rows(demo_db)
    with pytest.raises(ValidationError) as e:
        save_task(demo_db, LEADER, 2021, TaskForm("9.9", "Nhiệm vụ mới", parent_code="99.99"))
    assert "99.99" in e.value.message_vi
    assert _rows(demo_db).keys() == before.keys()


def test_a_task_put_under_its_own_child_is_refused_and_nothing_is_saved(demo_db):
    """Editing a task so that its parent is one of its children (or itself)
    would make the tree a loop: refused, in the office's words."""
    from cbdesk.services.tasks import TaskForm, save_task

    save_task(demo_db, LEADER, 2021, TaskForm("9.9", "Cha"))
    save_task(demo_db, LEADER, 2021, TaskForm("9.9.1", "Con", parent_code="9.9"))
    for parent in ("9.9.1", "9.9"):
        with pytest.raises(ValidationError) as e:
            save_task(demo_db, LEADER, 2021, TaskForm("9.9", "Cha", parent_code=parent),
                      original_code="9.9", expected_version=1)
        assert e.value.message_vi == "Nhiệm vụ 9.9: quan hệ cha – con tạo thành vòng lặp."
    rows = _rows(demo_db)
    assert (rows["9.9"].parent_code, rows["9.9"].version) == (None, 1)
    # Renamed and moved under another task in one edit: still a loop when
    # that task is its own child.
    with pytest.raises(ValidationError):
        save_task(demo_db, LEADER, 2021, TaskForm("9.8", "Cha", parent_code="9.9.1"),
                  original_code="9.9", expected_version=1)
    assert "9.8" not in _rows(demo_db)


def test_progress_of_zero_is_a_progress_update_and_over_a_hundred_is_refused(demo_db):
    from cbdesk.services.tasks import add_update

    code = next(iter(_rows(demo_db)))
    add_update(demo_db, LEADER, 2021, code, date(2021, 7, 1), 0.0, note="Chưa triển khai")
    row = _rows(demo_db)[code]
    assert (row.percent_done, row.last_note) == (0.0, "Chưa triển khai")
    with pytest.raises(ValidationError):
        add_update(demo_db, LEADER, 2021, code, date(2021, 7, 1), 100.5)
    assert _rows(demo_db)[code] == replace(row)
