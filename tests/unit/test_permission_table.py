"""The permission table's rules without a database: roles, unit scoping and
the per-row-kind check of imports (services.permissions)."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import Role
from cbdesk.services import permissions as P
from cbdesk.services.actors import Actor
from cbdesk.services.changes import Change
from cbdesk.services.errors import PermissionDenied

V, S, L, A = (Actor(r.value, r) for r in Role)
UNIT_STAFF = Actor("cv", Role.STAFF, unit_code="GDNN")


def test_each_action_is_allowed_from_its_role_up():
    for action, rule in P.PERMISSIONS.items():
        got = [P.can(a, action) for a in (V, S, L, A)]
        assert got == [Role(r).rank >= rule.role.rank for r in ("viewer", "staff", "leader",
                                                                 "admin")], action
    assert P.rule("settings.write").role is Role.ADMIN
    assert P.rule("results.enter").role is Role.STAFF
    assert P.rule("targets.edit").role is Role.LEADER
    assert P.rule("catalog.merge").role is Role.ADMIN
    assert P.rule("tasks.edit").scoped and P.rule("tasks.update").scoped
    assert [a for a, r in P.PERMISSIONS.items() if r.scoped] == ["tasks.edit", "tasks.update"]
    with pytest.raises(AttributeError):  # the table cannot be changed at run time
        P.rule("results.enter").role = Role.VIEWER
    assert not P.can(None, "results.enter")
    with pytest.raises(KeyError):
        P.rule("no.such.action")


def test_require_names_the_role_needed():
    P.require(L, "targets.edit")
    with pytest.raises(PermissionDenied) as e:
        P.require(S, "targets.edit")
    assert "Lãnh đạo" in e.value.message_vi and "Leader" in e.value.message_en
    assert "staff" in e.value.message_vi  # who was refused


def test_imports_are_checked_per_row_kind():
    result = Change("result", "1|2021-M01|040", "value", 1.0, 2.0)
    target = Change("target", "1", "name", "a", "b")
    org = Change("organisation", "", "signer_name", "a", "b")
    P.check_changes(S, [result])
    with pytest.raises(PermissionDenied):
        P.check_changes(V, [result])
    with pytest.raises(PermissionDenied) as e:
        P.check_changes(S, [result, target])
    assert "Chỉ tiêu 1" in e.value.message_vi  # the row that needs more
    assert "Target 1" in e.value.message_en
    P.check_changes(L, [result, target])
    with pytest.raises(PermissionDenied):
        P.check_changes(L, [org])
    P.check_changes(A, [org])
    with pytest.raises(PermissionDenied):
        P.check_changes(S, [], created_plan=True)
    P.check_changes(L, [], created_plan=True)


def test_unit_scoped_staff_change_only_their_units_tasks():
    task = Change("task", "II.3", "title", "a", "b")
    update = Change("update", "II.3 2021-05-01", "*", None, "họp")
    scope = {"II.3": False, "II.2": True}
    for c in (task, update):
        with pytest.raises(PermissionDenied) as e:
            P.check_changes(UNIT_STAFF, [c], task_scope=scope)
        assert "GDNN" in e.value.message_vi
    P.check_changes(UNIT_STAFF, [Change("task", "II.2", "title", "a", "b")], task_scope=scope)
    P.check_changes(S, [task], task_scope=None)


def test_update_rows_are_scoped_by_their_task_code_and_unknown_kinds_need_a_leader():
    scope = {"II.3": False}
    P.check_changes(UNIT_STAFF, [Change("update", "II.2 2021-05-01", "*", None, "")],
                    task_scope=scope)
    with pytest.raises(PermissionDenied):
        P.check_changes(UNIT_STAFF, [Change("update", "II.3 2021-05-01", "*", None, "")],
                        task_scope=scope)
    with pytest.raises(PermissionDenied):  # a row kind the table does not name
        P.check_changes(S, [Change("something", "x", "y", 1, 2)])
    P.check_changes(L, [Change("something", "x", "y", 1, 2)])


def test_accounts_are_checked_against_the_database(sqlite_url):
    """A signed-in account must still be active and not demoted; the local
    user (no account) is not looked up; unit scoping of tasks."""
    from cbdesk.db.models import Task, TaskCoordinator, Unit
    from cbdesk.services import users
    from cbdesk.services.database import open_database
    from cbdesk.services.plan_info import create_plan

    db = open_database(sqlite_url, create=True)
    try:
        users.add_user(db, A, "lan", "Lan", "leader", "mat-khau-1")
        lan = users.authenticate(db, "lan", "mat-khau-1")
        assert lan.account and not A.account
        P.require(lan, "targets.edit", db)
        P.require(A, "users.manage", db)  # no account: nothing to look up
        users.set_role(db, A, "lan", "staff")
        with pytest.raises(PermissionDenied) as e:
            P.require(lan, "results.enter", db)  # allowed to staff, but lan was demoted
        assert "hạ" in e.value.message_vi
        P.require(lan, "results.enter")  # without db: the role alone
        users.set_role(db, A, "lan", "leader", active=False)
        with pytest.raises(PermissionDenied) as e:
            P.require(lan, "targets.edit", db)
        assert "khóa" in e.value.message_vi
        ghost = Actor("khongco", Role.ADMIN, account=True)
        with pytest.raises(PermissionDenied):
            P.require(ghost, "results.enter", db)

        create_plan(db, A, 2030, "Kế hoạch")
        with db.session() as s:
            s.add_all([Unit(code="GDNN", name="GDNN", kind="internal"),
                       Unit(code="VP", name="VP", kind="internal")])
            s.flush()
            units = {u.code: u.id for u in s.query(Unit)}
            from cbdesk.db.models import Plan

            plan_id = s.query(Plan).one().id
            lead = Task(plan_id=plan_id, code="A", title="A", lead_unit_id=units["GDNN"],
                        sort_order=1, deadline="2030")
            coord = Task(plan_id=plan_id, code="B", title="B", lead_unit_id=units["VP"],
                         sort_order=2, deadline="2030")
            coord.coordinators = [TaskCoordinator(unit_id=units["GDNN"], position=0)]
            other = Task(plan_id=plan_id, code="C", title="C", lead_unit_id=units["VP"],
                         sort_order=3, deadline="2030")
            s.add_all([lead, coord, other])
            s.flush()
            assert P.in_unit(s, UNIT_STAFF, lead) and P.in_unit(s, UNIT_STAFF, coord)
            assert not P.in_unit(s, UNIT_STAFF, other)
            assert P.in_unit(s, S, other) and P.in_unit(s, L, other)
            assert P.in_unit(s, UNIT_STAFF, None)
            assert not P.in_unit(s, Actor("x", Role.STAFF, unit_code="KHONGCO"), lead)
    finally:
        db.dispose()
