"""The task list as the window and the reports read it (services.tasks_view,
services.tasks.list_tasks): a task marked done is done, a task's standing on
a past day comes from its dated updates (0 % counted as 0, the completion day
itself counted done), a child names its parent, each task keeps its own
deadline, a stored deadline no longer readable leaves the list usable, and
the filters by unit and overdue keep every matching task."""

from __future__ import annotations

from datetime import date

import pytest

from cbdesk.core.enums import Role, TaskStatus
from cbdesk.core.plandata import PlanData, ProgressUpdateData, TaskData, UnitData
from cbdesk.services import tasks
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError
from cbdesk.services.plan_apply import apply_plan_data
from cbdesk.services.tasks_view import task_rows

ADMIN = Actor("quantri", Role.ADMIN)


def _plan(db, task_list, updates=()):
    units = [UnitData("VP", "Văn phòng"), UnitData("KH", "Phòng Kế hoạch")]
    apply_plan_data(db, PlanData(year=2021, title="K", units=units, tasks=list(task_list),
                                 updates=list(updates)), ADMIN)


def _rows(db, as_of):
    return {r.code: r for r in task_rows(db, 2021, as_of)}


def test_a_task_marked_done_is_done_today(db):
    _plan(db, [TaskData("1", "Việc một", deadline="2021-06-30")])
    tasks.add_update(db, ADMIN, 2021, "1", date(2021, 3, 1), 100.0, done=True)
    row = _rows(db, None)["1"]
    assert row.done is True and row.status is TaskStatus.DONE_ON_TIME
    assert row.completed_on == date(2021, 3, 1)


def test_a_past_days_standing_comes_from_the_updates_of_that_day(db):
    _plan(db, [TaskData("1", "Việc một", deadline="2021-12-31")],
          [ProgressUpdateData("1", date(2021, 3, 1), 0.0, "Bắt đầu"),
           ProgressUpdateData("1", date(2021, 5, 1), 40.0, "Đã khảo sát")])
    assert _rows(db, date(2021, 3, 15))["1"].percent_done == 0.0
    assert _rows(db, date(2021, 5, 15))["1"].percent_done == 40.0


def test_a_task_done_on_a_day_without_an_update_saying_so_is_done_that_day(db):
    _plan(db, [TaskData("1", "Việc một", deadline="2021-12-31", percent_done=100.0, done=True,
                        completed_on=date(2021, 6, 10))],
          [ProgressUpdateData("1", date(2021, 3, 1), 30.0, "Đang làm")])
    on_the_day = _rows(db, date(2021, 6, 10))["1"]
    assert on_the_day.done is True and on_the_day.completed_on == date(2021, 6, 10)
    assert _rows(db, date(2021, 6, 9))["1"].done is False


def test_a_child_names_its_parent_and_each_task_keeps_its_own_deadline(db):
    _plan(db, [TaskData("1", "Nhóm việc"),
               TaskData("1.1", "Việc con", parent_code="1", deadline="2021-06-30"),
               TaskData("1.2", "Việc khác", parent_code="1", deadline="2021-Q3")])
    rows = _rows(db, date(2021, 1, 10))
    assert rows["1"].parent_code is None
    assert rows["1.1"].parent_code == "1" and rows["1.2"].parent_code == "1"
    assert [rows[c].deadline for c in ("1", "1.1", "1.2")] == ["", "2021-06-30", "2021-Q3"]


def test_a_stored_deadline_no_longer_readable_leaves_the_list_usable(db):
    from sqlalchemy import update

    from cbdesk.db.models import Task

    _plan(db, [TaskData("1", "Việc một", deadline="2021-06-30"), TaskData("2", "Việc hai")])
    with db.session() as s:
        s.execute(update(Task).where(Task.code == "1").values(deadline="hạn cũ?"))
    rows = _rows(db, date(2021, 3, 1))
    assert set(rows) == {"1", "2"}
    assert rows["1"].deadline == rows["2"].deadline


def test_filters_by_unit_status_overdue_and_words_keep_every_matching_task(db):
    _plan(db, [TaskData("1", "Việc VP", lead_unit="VP", deadline="2021-12-31"),
               TaskData("2", "Việc KH", lead_unit="KH", deadline="2021-03-31"),
               TaskData("3", "Việc VP phối hợp", lead_unit="KH", coordinating_units=["VP"],
                        deadline="2021-12-31"),
               TaskData("4", "Tập huấn VP", lead_unit="VP", deadline="2021-03-31")])
    on = date(2021, 6, 1)
    assert [r.code for r in tasks.list_tasks(db, 2021, on, unit="VP")] == ["1", "3", "4"]
    late = tasks.list_tasks(db, 2021, on, overdue_only=True)
    assert [r.code for r in late] == ["2", "4"] and all(r.overdue for r in late)
    assert not tasks.list_tasks(db, 2021, on)[0].overdue
    assert [r.code for r in tasks.list_tasks(db, 2021, on, status=TaskStatus.OVERDUE)] \
        == ["2", "4"]
    assert [r.code for r in tasks.list_tasks(db, 2021, on, query="tap huan")] == ["4"]


def test_a_file_naming_two_tasks_each_others_parent_is_refused_whole(db):
    _plan(db, [TaskData("C", "Việc C")])
    with pytest.raises(ValidationError) as e:
        _plan(db, [TaskData("A", "Việc A", parent_code="B"),
                   TaskData("B", "Việc B", parent_code="A"), TaskData("D", "Việc D")])
    assert "vòng lặp" in e.value.message_vi and "cycle" in e.value.message_en
    assert sorted(_rows(db, date(2021, 3, 1))) == ["C"]  # nothing of the file written


def test_tasks_whose_parents_name_each_other_never_hang_the_list(db):
    """Tasks stored as each other's parent (the import and the task form now
    refuse it; a database written before may hold it): the list must still
    come back, each task once."""
    from sqlalchemy import text

    _plan(db, [TaskData("A", "Việc A"), TaskData("B", "Việc B", parent_code="A"),
               TaskData("C", "Việc C")])
    with db.session() as s:
        s.execute(text("UPDATE task SET parent_id = (SELECT id FROM task WHERE code = 'B') "
                       "WHERE code = 'A'"))
    rows = _rows(db, date(2021, 3, 1))
    assert sorted(rows) == ["A", "B", "C"]
    assert rows["C"].depth == 0 and rows["C"].parent_code is None
    assert (rows["A"].parent_code, rows["B"].parent_code) == ("B", "A")  # stored as given
    assert [r.code for r in tasks.list_tasks(db, 2021, date(2021, 3, 1))] == ["A", "B", "C"]
