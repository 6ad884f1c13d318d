"""The one permission table: who may do which write (SPEC §5).

Every service write names its action here and calls :func:`require` before it
writes; imports check each change they would make against the same table
(:func:`check_changes`, per row kind). The window enables its actions with
:func:`can`, so a button is never offered to someone the service would
refuse. docs/RELIABILITY.md §7 prints this table; tests/integration/
test_permissions.py tries every write as every role on both engines and
expects exactly it.

Unit scoping: a staff member tied to a unit (``Actor.unit_code``) changes
only the tasks their unit leads or coordinates (``scoped`` actions).
"""

from __future__ import annotations

from dataclasses import dataclass

from cbdesk.core.enums import Role
from cbdesk.services.errors import PermissionDenied


@dataclass(frozen=True)
class Rule:
    role: Role  # the lowest role allowed
    what_vi: str
    what_en: str
    scoped: bool = False  # staff tied to a unit: only their unit's rows


S, L, A = Role.STAFF, Role.LEADER, Role.ADMIN  # no write is a viewer's

PERMISSIONS: dict[str, Rule] = {
    # figures and tasks: the daily work of staff
    "results.enter": Rule(S, "nhập số liệu", "enter figures"),
    "tasks.create": Rule(S, "thêm nhiệm vụ", "add tasks"),
    "tasks.edit": Rule(S, "sửa nhiệm vụ", "edit tasks", scoped=True),
    "tasks.update": Rule(S, "cập nhật tiến độ nhiệm vụ", "update task progress", scoped=True),
    "reports.issue": Rule(S, "ban hành báo cáo", "issue a report"),
    "reports.draft": Rule(S, "soạn báo cáo", "draft a report"),
    "import.workbook": Rule(S, "nhập tệp Excel", "import workbooks"),
    # evidence: also needs the write its owner needs (services/attachments/owners.py)
    "attachments.add": Rule(S, "đính kèm tài liệu", "attach documents"),
    "attachments.remove": Rule(S, "gỡ tài liệu đính kèm", "remove attached documents"),
    # the plan: a leader's decisions
    "tasks.delete": Rule(L, "xóa nhiệm vụ", "delete tasks"),
    "targets.edit": Rule(L, "sửa chỉ tiêu và phân bổ", "edit targets and allocations"),
    "targets.delete": Rule(L, "xóa chỉ tiêu", "delete targets"),
    "plans.create": Rule(L, "lập kế hoạch mới", "create a plan"),
    "plans.edit": Rule(L, "sửa thông tin kế hoạch", "edit a plan's information"),
    "plans.status": Rule(L, "đổi trạng thái kế hoạch", "change a plan's status"),
    "programmes.edit": Rule(L, "sửa giai đoạn và chỉ tiêu giai đoạn",
                            "edit programmes and their targets"),
    "periods.close": Rule(L, "chốt hoặc mở lại kỳ số liệu", "close or reopen a period"),
    "import.plan": Rule(L, "đọc bản nháp kế hoạch từ văn bản",
                        "read a draft plan from a document"),
    # the database itself: an administrator's
    "plans.delete": Rule(A, "xóa kế hoạch", "delete a plan"),
    "catalog.units": Rule(A, "sửa danh mục đơn vị", "edit units"),
    "catalog.areas": Rule(A, "sửa danh mục địa bàn", "edit areas"),
    "catalog.merge": Rule(A, "sáp nhập địa bàn", "merge areas"),
    "catalog.organisation": Rule(A, "sửa thông tin cơ quan", "edit the organisation"),
    "settings.write": Rule(A, "sửa cài đặt dùng chung", "change shared settings"),
    "users.manage": Rule(A, "quản lý người dùng", "manage users"),
    "backup.restore": Rule(A, "khôi phục từ bản sao lưu", "restore from a backup"),
}

# What each kind of row an import changes needs (services.changes.Change.entity).
CHANGE_ACTIONS: dict[str, str] = {
    "organisation": "catalog.organisation",
    "unit": "catalog.units",
    "area": "catalog.areas",
    "plan": "plans.edit",
    "target": "targets.edit",
    "allocation": "targets.edit",
    "task": "tasks.edit",
    "update": "tasks.update",
    "result": "results.enter",
}


def rule(action: str) -> Rule:
    try:
        return PERMISSIONS[action]
    except KeyError:  # a programming error: every write is in the table
        raise KeyError(f"no permission rule for {action!r}") from None


def can(actor, action: str) -> bool:
    """Whether ``actor``'s role allows ``action`` at all (the window's buttons)."""
    return actor is not None and actor.role.rank >= rule(action).role.rank


def denied(actor, action: str, detail_vi: str = "", detail_en: str = "") -> PermissionDenied:
    r = rule(action)
    vi = (f"Bạn ({actor.username}, vai trò {actor.role.label('vi')}) không có quyền "
          f"{r.what_vi}; cần vai trò {r.role.label('vi')}.")
    en = (f"You ({actor.username}, role {actor.role.label('en')}) may not {r.what_en}; "
          f"it needs the {r.role.label('en')} role.")
    if detail_vi:
        vi, en = f"{vi} ({detail_vi})", f"{en} ({detail_en or detail_vi})"
    return PermissionDenied(vi, en)


def require(actor, action: str, db=None) -> None:
    """Refuse (PermissionDenied) unless ``actor`` may do ``action``. With ``db``,
    a signed-in user's account must still be active: a deactivated user's
    open window can no longer save."""
    if not can(actor, action):
        raise denied(actor, action)
    if db is not None and getattr(actor, "account", False):
        require_active(db, actor)


def require_active(db, actor) -> None:
    from sqlalchemy import select

    from cbdesk.db.models import AppUser

    with db.session() as s:
        row = s.execute(select(AppUser.active, AppUser.role)
                        .where(AppUser.username == actor.username)).first()
    if row is None or not row.active:
        raise PermissionDenied(
            f"Tài khoản '{actor.username}' đã bị khóa hoặc xóa; không có gì được lưu. "
            "Hãy đăng nhập lại bằng tài khoản khác.",
            f"The account '{actor.username}' was deactivated or removed; nothing was "
            "saved. Sign in again with another account.")
    if Role(row.role).rank < actor.role.rank:
        raise PermissionDenied(
            f"Vai trò của '{actor.username}' vừa bị hạ; không có gì được lưu. Hãy đăng "
            "nhập lại.",
            f"The role of '{actor.username}' was lowered; nothing was saved. Sign in "
            "again.")


def in_unit(s, actor, task) -> bool:
    """Whether a unit-scoped staff member may touch ``task`` (a Task row)."""
    from sqlalchemy import select

    from cbdesk.db.models import Unit

    if actor.role != Role.STAFF or not actor.unit_code or task is None:
        return True
    unit_id = s.scalars(select(Unit.id).where(Unit.code == actor.unit_code)).first()
    involved = {task.lead_unit_id, *(c.unit_id for c in task.coordinators)}
    return unit_id is not None and unit_id in involved


def check_changes(actor, changes, created_plan: bool = False,
                  task_scope: dict[str, bool] | None = None) -> None:
    """Refuse an import (nothing written) when one of its changes needs a role
    ``actor`` lacks; the message names the first such row. ``task_scope`` says
    for each task code whether a unit-scoped staff member may change it."""
    if created_plan and not can(actor, "plans.create"):
        raise denied(actor, "plans.create")
    allowed: dict[str, bool] = {}  # per entity: an import holds thousands of changes
    for c in changes:
        ok = allowed.get(c.entity)
        if ok is None:
            ok = allowed[c.entity] = can(actor, CHANGE_ACTIONS.get(c.entity, "plans.edit"))
        if not ok:
            action = CHANGE_ACTIONS.get(c.entity, "plans.edit")
            raise denied(actor, action, c.describe("vi"), c.describe("en"))
        if c.entity in ("task", "update") and task_scope is not None:
            code = c.key.split(" ", 1)[0] if c.entity == "update" else c.key
            if not task_scope.get(code, True):
                raise PermissionDenied(
                    f"Nhiệm vụ {code} không thuộc đơn vị {actor.unit_code} của bạn; chỉ "
                    "lãnh đạo hoặc đơn vị được giao mới sửa được. Không có gì được nhập.",
                    f"Task {code} is not one of your unit's ({actor.unit_code}); only a "
                    "leader or the units it is assigned to may change it. Nothing was "
                    "imported.")
