"""Deleting what may be deleted, by whom, with a trace; status of a draft plan."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor
from cbdesk.services.errors import PermissionDenied, ValidationError

ADMIN = Actor("quantri", Role.ADMIN)
LEADER = Actor("lanhdao", Role.LEADER)
STAFF = Actor("chuyenvien", Role.STAFF)


def test_tasks_are_deleted_by_leaders_leaf_first(demo_db):
    from cbdesk.services import audit, tasks

    with pytest.raises(PermissionDenied):
        tasks.delete_task(demo_db, STAFF, 2021, "II.3.1")
    with pytest.raises(ValidationError):
        tasks.delete_task(demo_db, LEADER, 2021, "II.3")  # has sub-tasks
    tasks.delete_task(demo_db, LEADER, 2021, "II.3.1")
    assert "II.3.1" not in [t.code for t in tasks.list_tasks(demo_db, 2021)]
    [entry] = audit.list_entries(demo_db, 2021, entity="task", key_prefix="II.3.1")[:1]
    assert entry.field == "deleted" and "cập nhật" in entry.reason


def test_plan_status_and_deletion(demo_db):
    from cbdesk.services import plans
    from cbdesk.services.issued import ReportMeta

    plans.set_plan_status(demo_db, LEADER, 2021, "Dự thảo")
    assert plans.list_plans(demo_db)[0].status == "draft"
    with pytest.raises(PermissionDenied):
        plans.delete_plan(demo_db, LEADER, 2021)
    from cbdesk.reports.build import issue

    issue(demo_db, 2021, "assignments", None, ReportMeta(number="01"), ADMIN)
    with pytest.raises(ValidationError):
        plans.delete_plan(demo_db, ADMIN, 2021)  # signed PDFs are kept
    assert plans.plan_exists(demo_db, 2021)


def test_a_plan_without_issued_reports_is_deleted_whole(demo_db):
    from cbdesk.services import plans

    plans.delete_plan(demo_db, ADMIN, 2021)
    assert not plans.plan_exists(demo_db, 2021)
    assert plans.list_plans(demo_db) == []
