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
    assert P.rule("tasks.edit").scoped and not P.rule("results.enter").scoped
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
