"""Who an attachment belongs to: a plan, a task, a task update or a result
(target × period × area), how it is named, and which write it needs."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from cbdesk.core.periods import Period
from cbdesk.db.models import Area, Plan, ProgressUpdate, Target, Task
from cbdesk.services import permissions
from cbdesk.services.errors import NotFound, PermissionDenied, ValidationError

KINDS = ("plan", "task", "update", "result")

# The write an owner's attachments need besides attachments.add/remove.
OWNER_ACTIONS = {"plan": "plans.edit", "task": "tasks.update", "update": "tasks.update",
                 "result": "results.enter"}


@dataclass(frozen=True)
class Owner:
    """What an attachment is kept with. ``task`` is a task code (for a task
    and a task update), ``update_id`` a progress update's id, ``target`` a
    target code, ``period`` a period code, ``area`` an area code (None: the
    province)."""

    kind: str
    task: str | None = None
    update_id: int | None = None
    target: str | None = None
    period: str | None = None
    area: str | None = None

    @classmethod
    def plan(cls) -> Owner:
        return cls("plan")

    @classmethod
    def of_task(cls, code: str) -> Owner:
        return cls("task", task=code)

    @classmethod
    def of_update(cls, task: str, update_id: int) -> Owner:
        return cls("update", task=task, update_id=int(update_id))

    @classmethod
    def of_result(cls, target: str, period: str, area: str | None = None) -> Owner:
        return cls("result", target=target, period=period, area=area or None)

    def label(self, lang: str = "vi") -> str:
        vi = lang == "vi"
        if self.kind == "plan":
            return "kế hoạch" if vi else "plan"
        if self.kind == "task":
            return f"nhiệm vụ {self.task}" if vi else f"task {self.task}"
        if self.kind == "update":
            return (f"cập nhật tiến độ #{self.update_id} của nhiệm vụ {self.task}" if vi
                    else f"progress update #{self.update_id} of task {self.task}")
        where = self.area or ("toàn tỉnh" if vi else "province")
        return (f"kết quả chỉ tiêu {self.target}, kỳ {self.period}, {where}" if vi
                else f"result of target {self.target}, period {self.period}, {where}")

    def key(self) -> str:
        """A compact key for the audit trail and the JSON listing."""
        if self.kind == "plan":
            return "plan"
        if self.kind == "task":
            return f"task {self.task}"
        if self.kind == "update":
            return f"update {self.task} #{self.update_id}"
        return f"result {self.target}|{self.period}|{self.area or ''}"


@dataclass
class Resolved:
    """An owner's row ids inside one session."""

    plan: Plan
    task: Task | None = None
    update_id: int | None = None
    target_id: int | None = None
    period: str | None = None
    area_id: int | None = None


def resolve(s, year: int, owner: Owner) -> Resolved:
    """The row ids of ``owner`` in the plan of ``year`` (NotFound, ValidationError)."""
    from cbdesk.services.plans import get_plan

    if owner.kind not in KINDS:
        raise ValidationError(f"Không rõ tài liệu đính kèm vào đâu ('{owner.kind}').",
                              f"Unknown attachment owner '{owner.kind}'.")
    plan = get_plan(s, year)
    out = Resolved(plan)
    if owner.kind in ("task", "update"):
        out.task = s.scalars(select(Task).where(Task.plan_id == plan.id,
                                                Task.code == owner.task)).first()
        if out.task is None:
            raise NotFound(f"Không có nhiệm vụ '{owner.task}' trong kế hoạch {year}.",
                           f"No task '{owner.task}' in the {year} plan.")
    if owner.kind == "update":
        upd = s.get(ProgressUpdate, owner.update_id)
        if upd is None or upd.task_id != out.task.id:
            raise NotFound(f"Nhiệm vụ {owner.task} không có lần cập nhật #{owner.update_id}.",
                           f"Task {owner.task} has no progress update #{owner.update_id}.")
        out.update_id = upd.id
    if owner.kind == "result":
        target_id = s.scalars(select(Target.id).where(Target.plan_id == plan.id,
                                                      Target.code == owner.target)).first()
        if target_id is None:
            raise NotFound(f"Không có chỉ tiêu '{owner.target}' trong kế hoạch {year}.",
                           f"No target '{owner.target}' in the {year} plan.")
        period = Period.parse(owner.period)
        if period.year != plan.year:
            raise ValidationError(
                f"Kỳ {period.code} không thuộc năm kế hoạch {plan.year}.",
                f"The period {period.code} is not in the plan's year {plan.year}.")
        out.target_id, out.period = target_id, period.code
        if owner.area:
            out.area_id = s.scalars(select(Area.id).where(Area.code == owner.area)).first()
            if out.area_id is None:
                raise NotFound(f"Không có địa bàn mã '{owner.area}'.",
                               f"No area with the code '{owner.area}'.")
    return out


def require(s, actor, action: str, owner: Owner, found: Resolved) -> None:
    """``action`` (attachments.add/remove) and the write the owner needs;
    a unit-scoped staff member only on their unit's tasks."""
    permissions.require(actor, action)
    permissions.require(actor, OWNER_ACTIONS[owner.kind])
    if found.task is not None and not permissions.in_unit(s, actor, found.task):
        raise PermissionDenied(
            f"Nhiệm vụ {owner.task} không thuộc đơn vị {actor.unit_code} của bạn; không "
            "đính kèm hay gỡ tài liệu được.",
            f"Task {owner.task} is not one of your unit's ({actor.unit_code}); you cannot "
            "attach or remove its documents.")
