"""Targets (chỉ tiêu): read one for the form, add, edit, delete, move up or
down among its siblings, allocations per area, search. Validation problems
carry the form field they belong to, so the form can show them beside it."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload
from sqlalchemy.orm.attributes import flag_modified

from cbdesk.core import text as vtext
from cbdesk.core.enums import Direction, Relation, TargetKind
from cbdesk.core.plandata import TargetData
from cbdesk.db.engine import Database
from cbdesk.db.models import Allocation, Area, Result, Target, Unit
from cbdesk.services import permissions, validation
from cbdesk.services.actors import Actor
from cbdesk.services.audit import record
from cbdesk.services.errors import (
    ConflictError,
    NotFound,
    ServiceError,
    ValidationError,
    write_session,
)
from cbdesk.services.plans import get_plan


@dataclass(frozen=True)
class TargetForm:
    code: str
    name: str
    unit: str = ""
    kind: str = TargetKind.CUMULATIVE.value
    direction: str = Direction.INCREASE.value
    target: float | None = None
    baseline: float | None = None
    parent_code: str | None = None
    relation: str | None = None
    lead_unit: str | None = None  # unit code
    decimals: int = 0
    allocations: dict[str, float] = field(default_factory=dict)  # area code → figure
    version: int | None = None  # as read; None for a new target


class TargetValidationError(ValidationError):
    """Problems of a target form; ``fields`` maps a form field to its (vi, en) message."""

    def __init__(self, fields: dict[str, tuple[str, str]], problems: list[tuple[str, str]]):
        first = problems[0] if problems else next(iter(fields.values()))
        super().__init__(first[0], first[1], problems or list(fields.values()))
        self.fields = fields


def get_target(db: Database, year: int, code: str) -> TargetForm:
    """One target as the form shows it."""
    with db.session() as s:
        t = _target(s, year, code)
        areas = {a.id: a.code for a in s.scalars(select(Area))}
        units = {u.id: u.code for u in s.scalars(select(Unit))}
        parent = s.get(Target, t.parent_id) if t.parent_id else None
        return TargetForm(t.code, t.name, t.unit, t.kind, t.direction, t.target_value,
                          t.baseline, parent.code if parent else None, t.relation,
                          units.get(t.lead_unit_id), t.decimals,
                          {areas[a.area_id]: a.value for a in t.allocations}, t.version)


def _target(s, year: int, code: str) -> Target:
    plan = get_plan(s, year)
    t = s.scalars(select(Target).where(Target.plan_id == plan.id, Target.code == code)
                  .options(selectinload(Target.allocations))).first()
    if t is None:
        raise NotFound(f"Không có chỉ tiêu '{code}' trong kế hoạch {year}.",
                       f"No target '{code}' in the {year} plan.")
    return t


def save_target(db: Database, actor: Actor, year: int, form: TargetForm,
                original_code: str | None = None) -> None:
    """Add (``original_code`` None) or edit a target with its allocations, in
    one transaction. Raises TargetValidationError with per-field messages."""
    permissions.require(actor, "targets.edit", db)
    code = vtext.clean_line(form.code)
    data = TargetData(code=code, name=vtext.clean(form.name), unit=vtext.clean_line(form.unit),
                      kind=form.kind, direction=form.direction, target=form.target,
                      baseline=form.baseline, parent_code=form.parent_code or None,
                      relation=(form.relation or None) if form.parent_code else None,
                      lead_unit=form.lead_unit or None, decimals=form.decimals,
                      allocations=dict(form.allocations))
    fields: dict[str, tuple[str, str]] = {}
    if not code:
        fields["code"] = ("Hãy nhập mã chỉ tiêu.", "Enter the target code.")
    if not data.name:
        fields["name"] = ("Hãy nhập tên chỉ tiêu.", "Enter the target name.")
    for attr, vi, en in (("target", "kế hoạch", "target"), ("baseline", "giá trị cơ sở",
                                                             "baseline")):
        p = validation.check_value(code, data.unit, data.kind, getattr(data, attr), vi, en)
        if p:
            fields[attr] = p[0]
    if data.parent_code and not data.relation:
        data.relation = Relation.OF_WHICH.value
    with write_session(db) as s:
        plan = get_plan(s, year)
        targets = {t.code: t for t in s.scalars(select(Target).where(Target.plan_id == plan.id)
                                                .options(selectinload(Target.allocations)))}
        areas = {a.code: a for a in s.scalars(select(Area))}
        units = {u.code: u for u in s.scalars(select(Unit))}
        if code and code in targets and code != original_code:
            fields["code"] = (f"Đã có chỉ tiêu mã '{code}'.", f"Target '{code}' exists.")
        if data.parent_code and data.parent_code not in targets:
            fields["parent"] = (f"Không có chỉ tiêu cha '{data.parent_code}'.",
                                f"No parent target '{data.parent_code}'.")
        if data.lead_unit and data.lead_unit not in units:
            fields["lead_unit"] = (f"Không có đơn vị '{data.lead_unit}'.",
                                   f"No unit '{data.lead_unit}'.")
        for acode, value in data.allocations.items():
            if acode not in areas:
                fields["allocations"] = (f"Không có địa bàn '{acode}'.", f"No area '{acode}'.")
            elif validation.check_value(code, data.unit, data.kind, value, "phân bổ",
                                        "allocation"):
                fields["allocations"] = validation.check_value(
                    code, data.unit, data.kind, value, "phân bổ", "allocation")[0]
        if fields:
            raise TargetValidationError(fields, [])
        tree = {c: TargetData(c, t.name, t.unit, t.kind, t.direction, t.target_value, t.baseline,
                           _code_of(targets, t.parent_id), t.relation)
                for c, t in targets.items() if c != original_code}
        tree[code] = data
        problems = validation.check_target_tree(tree)
        if problems:
            field_name = "parent" if any("vòng" in p[0] or "cha" in p[0] for p in problems) \
                else "target"
            raise TargetValidationError({field_name: problems[0]}, problems)
        if original_code is None:
            t = Target(plan_id=plan.id, code=code, name=data.name,
                       sort_order=max((x.sort_order for x in targets.values()), default=0) + 1)
            s.add(t)
            record(s, actor, "target", code, "created", None, data.name, plan.year)
        else:
            t = targets.get(original_code)
            if t is None:
                raise NotFound(f"Không có chỉ tiêu '{original_code}'.",
                               f"No target '{original_code}'.")
            if form.version is not None and t.version != form.version:
                raise ConflictError(
                    f"Chỉ tiêu {original_code} đã được người khác sửa sau khi bạn mở. Không có "
                    "gì được lưu; hãy mở lại rồi sửa.",
                    f"Target {original_code} was changed by someone else. Nothing was saved.")
            unit_codes = {u.id: c for c, u in units.items()}
            for attr, old, new in (
                    ("code", t.code, code), ("name", t.name, data.name),
                    ("target_value", t.target_value, data.target),
                    ("baseline", t.baseline, data.baseline), ("unit", t.unit, data.unit),
                    ("kind", t.kind, TargetKind(data.kind).value),
                    ("direction", t.direction, Direction(data.direction).value),
                    ("decimals", t.decimals, data.decimals),
                    ("parent", _code_of(targets, t.parent_id), data.parent_code),
                    ("relation", t.relation, data.relation),
                    ("lead_unit", unit_codes.get(t.lead_unit_id), data.lead_unit)):
                if old != new:
                    record(s, actor, "target", original_code, attr, old, new, plan.year)
            area_codes = {a.id: c for c, a in areas.items()}
            before = {area_codes.get(a.area_id): a.value for a in t.allocations}
            after = {c: v for c, v in data.allocations.items() if v is not None}
            for acode in sorted(set(before) | set(after), key=str):
                if before.get(acode) != after.get(acode):
                    record(s, actor, "allocation", f"{code}/{acode}", "value",
                           before.get(acode), after.get(acode), plan.year)
            # Any change of the target — its allocations included — is a new
            # version of it: a second PC's save of what it read before fails.
            flag_modified(t, "name")
        t.code, t.name, t.unit = code, data.name, data.unit
        t.kind, t.direction = TargetKind(data.kind).value, Direction(data.direction).value
        t.target_value, t.baseline, t.decimals = data.target, data.baseline, data.decimals
        t.parent_id = targets[data.parent_code].id if data.parent_code else None
        t.relation = data.relation
        t.lead_unit_id = units[data.lead_unit].id if data.lead_unit else None
        t.search_key = vtext.search_key(f"{code} {data.name}")
        wanted = {areas[c].id: v for c, v in data.allocations.items() if v is not None}
        t.allocations = [a for a in t.allocations if a.area_id in wanted]
        for a in t.allocations:
            a.value = wanted.pop(a.area_id)
        t.allocations.extend(Allocation(area_id=aid, value=v) for aid, v in wanted.items())


def _code_of(targets: dict[str, Target], tid: int | None) -> str | None:
    for c, t in targets.items():
        if t.id == tid:
            return c
    return None


def delete_target(db: Database, actor: Actor, year: int, code: str) -> None:
    """Delete a target without sub-targets (its results go with it, audited)."""
    permissions.require(actor, "targets.delete", db)
    with db.session() as s:
        t = _target(s, year, code)
        if s.scalars(select(Target.id).where(Target.parent_id == t.id)).first():
            raise ServiceError(f"Chỉ tiêu {code} còn chỉ tiêu con; hãy xóa chúng trước.",
                               f"Target {code} has sub-targets; delete them first.")
        n = len(s.scalars(select(Result.id).where(Result.target_id == t.id)).all())
        record(s, actor, "target", code, "deleted", t.name, None, year,
               reason=f"{n} kết quả bị xóa theo" if n else "")
        s.delete(t)


def move_target(db: Database, actor: Actor, year: int, code: str, step: int) -> None:
    """Move a target up (step −1) or down (+1) among its siblings."""
    permissions.require(actor, "targets.edit", db)
    with db.session() as s:
        t = _target(s, year, code)
        siblings = s.scalars(select(Target).where(Target.plan_id == t.plan_id,
                                                  Target.parent_id.is_(t.parent_id)
                                                  if t.parent_id is None
                                                  else Target.parent_id == t.parent_id)
                             .order_by(Target.sort_order, Target.id)).all()
        i = siblings.index(t)
        j = i + step
        if 0 <= j < len(siblings):
            other = siblings[j]
            t.sort_order, other.sort_order = other.sort_order, t.sort_order
            if t.sort_order == other.sort_order:
                t.sort_order += step


def search(db: Database, year: int, query: str) -> list[str]:
    """Codes of the targets whose code or name matches ``query`` (accent-insensitive
    when the query has no diacritics)."""
    with db.session() as s:
        plan = get_plan(s, year)
        return [c for c, n in s.execute(select(Target.code, Target.name)
                                        .where(Target.plan_id == plan.id)
                                        .order_by(Target.sort_order))
                if vtext.matches(query, f"{c} {n}")]


def code_names(db: Database, year: int) -> list[tuple[str, str]]:
    """(code, name) of every target of the plan, in the plan's order (for lists)."""
    with db.session() as s:
        plan = get_plan(s, year)
        return [(c, n) for c, n in s.execute(select(Target.code, Target.name)
                                             .where(Target.plan_id == plan.id)
                                             .order_by(Target.sort_order))]
