"""Users and roles (viewer < staff < leader < admin), passwords, closing and
reopening periods, and an audit trail that is only ever added to."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cbdesk.core.enums import Role
from cbdesk.services.actors import Actor, system_actor
from cbdesk.services.errors import PermissionDenied, ValidationError

ADMIN = Actor("quantri", Role.ADMIN)
LEADER = Actor("lanhdao", Role.LEADER)
STAFF = Actor("chuyenvien", Role.STAFF)
VIEWER = Actor("khach", Role.VIEWER)


def test_only_an_admin_adds_users(db):
    from cbdesk.services import users

    for actor in (STAFF, LEADER, VIEWER):
        with pytest.raises(PermissionDenied):
            users.add_user(db, actor, "nguoimoi", "Người Mới", "staff", "matkhau1")
    users.add_user(db, ADMIN, "nguyenvana", "Nguyễn Văn A", "leader", "bimat123")
    with pytest.raises(ValidationError):
        users.add_user(db, ADMIN, "nguyenvana", "Trùng tên", "staff")
    with pytest.raises(ValidationError):
        users.add_user(db, ADMIN, "ai do", "Có dấu cách", "staff")
    with pytest.raises(ValidationError):
        users.add_user(db, ADMIN, "vaitro", "Vai trò lạ", "boss")
    with pytest.raises(ValidationError):
        users.add_user(db, ADMIN, "ngan", "Mật khẩu ngắn", "staff", "123")
    assert [(u.username, u.role) for u in users.list_users(db)] == [("nguyenvana", Role.LEADER)]


def test_passwords_are_salted_scrypt_and_checked(db):
    from cbdesk.db.models import AppUser
    from cbdesk.services import users

    users.add_user(db, ADMIN, "a", "A", "staff", "cung-mat-khau")
    users.add_user(db, ADMIN, "b", "B", "viewer", "cung-mat-khau")
    with db.session() as s:
        hashes = {u.username: u.password_hash for u in s.query(AppUser)}
    for h in hashes.values():
        assert re.fullmatch(r"scrypt\$(16384|131072)\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+", h)
        assert "cung-mat-khau" not in h
    assert hashes["a"] != hashes["b"]  # random salt
    actor = users.authenticate(db, "a", "cung-mat-khau")
    assert actor == Actor("a", Role.STAFF, None)
    for name, pw in (("a", "sai-mat-khau"), ("khongco", "cung-mat-khau"), ("a", "")):
        with pytest.raises(PermissionDenied):
            users.authenticate(db, name, pw)
    # Own password: needs the old one; someone else's: only an admin.
    with pytest.raises(PermissionDenied):
        users.set_password(db, actor, "a", "mat-khau-moi", old_password="sai")
    users.set_password(db, actor, "a", "mat-khau-moi", old_password="cung-mat-khau")
    assert users.authenticate(db, "a", "mat-khau-moi").role is Role.STAFF
    with pytest.raises(PermissionDenied):
        users.set_password(db, actor, "b", "chiem-quyen-b")
    users.set_password(db, ADMIN, "b", "admin-dat-lai")
    assert users.authenticate(db, "b", "admin-dat-lai").role is Role.VIEWER
    # A deactivated user cannot sign in.
    users.set_role(db, ADMIN, "b", "viewer", active=False)
    with pytest.raises(PermissionDenied):
        users.authenticate(db, "b", "admin-dat-lai")


def test_sign_in_without_password_only_when_the_setting_allows(db):
    from cbdesk.services import settings, users

    users.add_user(db, ADMIN, "motmay", "Một máy", "staff")
    assert users.sign_in_without_password(db, "motmay").role is Role.STAFF
    settings.write(db, {"signin.password_required": "1"}, system_actor())
    with pytest.raises(PermissionDenied):
        users.sign_in_without_password(db, "motmay")
    with pytest.raises(PermissionDenied):  # and no password was ever set
        users.authenticate(db, "motmay", "")


def test_closing_and_reopening_periods(demo_db):
    from cbdesk.services import audit, periods
    from cbdesk.services.plans import closed_periods

    with pytest.raises(PermissionDenied):
        periods.close_period(demo_db, STAFF, 2021, "2021-Q3")
    with pytest.raises(PermissionDenied):
        periods.close_period(demo_db, VIEWER, 2021, "2021-Q3")
    assert periods.close_period(demo_db, LEADER, 2021, "2021-Q3") is True
    assert periods.close_period(demo_db, LEADER, 2021, "2021-Q3") is False
    assert "2021-Q3" in closed_periods(demo_db, 2021)
    with pytest.raises(PermissionDenied):
        periods.reopen_period(demo_db, STAFF, 2021, "2021-Q3", "sửa số liệu")
    with pytest.raises(ValidationError):
        periods.reopen_period(demo_db, LEADER, 2021, "2021-Q3", "   ")
    periods.reopen_period(demo_db, LEADER, 2021, "2021-Q3",
                          "Huyện Hòa An gửi bổ sung số liệu")
    assert "2021-Q3" not in closed_periods(demo_db, 2021)
    entries = audit.list_entries(demo_db, plan_year=2021, entity="period")
    assert [(e.user, e.old, e.new, e.reason) for e in entries][:2] == [
        ("lanhdao", "1", "0", "Huyện Hòa An gửi bổ sung số liệu"),
        ("lanhdao", "0", "1", ""),
    ]


def _editable(grid):
    return next(r.code for r in grid.rows if r.editable and r.kind.value == "level")


def test_viewer_cannot_enter_results_nor_edit_tasks(demo_db):
    from cbdesk.services import periods, results, tasks
    from cbdesk.services.errors import PeriodClosed

    grid = results.entry_grid(demo_db, 2021, "2021-M11")
    code = _editable(grid)
    change = [results.CellChange(code, None, 5.0)]
    with pytest.raises(PermissionDenied):
        results.save_entries(demo_db, VIEWER, 2021, "2021-M11", change)
    assert results.save_entries(demo_db, STAFF, 2021, "2021-M11", change) == 1
    task = tasks.list_tasks(demo_db, 2021)[0]
    with pytest.raises(PermissionDenied):
        tasks.add_update(demo_db, VIEWER, 2021, task.code, __import__("datetime").date(
            2021, 11, 5), 50.0)
    # A closed period refuses even staff; the leader's reopening lets them in again.
    periods.close_period(demo_db, LEADER, 2021, "2021-Q4")
    with pytest.raises(PeriodClosed):
        results.save_entries(demo_db, STAFF, 2021, "2021-M11",
                             [results.CellChange(code, None, 6.0)])
    periods.reopen_period(demo_db, LEADER, 2021, "2021-Q4", "Sửa theo báo cáo mới")
    assert results.save_entries(demo_db, STAFF, 2021, "2021-M11",
                                [results.CellChange(code, None, 6.0)]) == 1


SERVICES = Path(__file__).resolve().parents[2] / "cbdesk" / "services"
FORBIDDEN = re.compile(
    r"(delete|update)\(\s*(models\.)?AuditEntry\b|AuditEntry\.__table__\.(delete|update)"
    r"|(DELETE\s+FROM|UPDATE)\s+audit_entry", re.IGNORECASE)


def test_no_service_updates_or_deletes_audit_entries():
    offenders = []
    for path in SERVICES.rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FORBIDDEN.search(line):
                offenders.append(f"{path.name}:{n}: {line.strip()}")
    assert offenders == []


def test_audit_trail_only_grows(demo_db):
    from cbdesk.services import audit, periods, results, users

    def snapshot():
        return {e.id: e for e in audit.list_entries(demo_db, limit=100000)}

    before = snapshot()
    users.add_user(demo_db, ADMIN, "ghi", "Ghi", "staff", "matkhau-ghi")
    grid = results.entry_grid(demo_db, 2021, "2021-M10")
    code = _editable(grid)
    results.save_entries(demo_db, STAFF, 2021, "2021-M10", [results.CellChange(code, None, 7.0)])
    results.save_entries(demo_db, STAFF, 2021, "2021-M10", [results.CellChange(code, None, 8.0)])
    periods.close_period(demo_db, LEADER, 2021, "2021-M10")
    periods.reopen_period(demo_db, LEADER, 2021, "2021-M10", "lý do")
    after = snapshot()
    assert all(after[i] == e for i, e in before.items())  # nothing changed or removed
    new = [after[i] for i in sorted(set(after) - set(before))]
    assert [(e.entity, e.field) for e in new] == [
        ("user", "role"), ("result", "value"), ("result", "value"),
        ("period", "closed"), ("period", "closed")]
    assert (new[1].old, new[1].new, new[2].old, new[2].new) == (None, "7", "7", "8")


def test_staff_of_a_unit_update_their_units_tasks_only(demo_db):
    from datetime import date

    from cbdesk.services import tasks

    own = Actor("cv_ldvl", Role.STAFF, unit_code="LDVL")
    # II.3.1: lead LDVL; II.3.4: lead BTXH with UBNDH coordinating, not LDVL.
    tasks.add_update(demo_db, own, 2021, "II.3.1", date(2021, 9, 30), 75.0, note="Quý III")
    with pytest.raises(PermissionDenied):
        tasks.add_update(demo_db, own, 2021, "II.3.4", date(2021, 9, 30), 60.0)
    tasks.add_update(demo_db, LEADER, 2021, "II.3.4", date(2021, 9, 30), 60.0)
    assert {t.code: t.percent_done for t in tasks.list_tasks(demo_db, 2021)}["II.3.1"] == 75.0
