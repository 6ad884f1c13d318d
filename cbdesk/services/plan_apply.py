"""Write a PlanData into the database: create a plan, or update one by code.

One transaction for the whole PlanData: every problem is collected in one pass
and, if there is any, nothing is written (SPEC §3.3: all-or-nothing). Used by
`cbdesk init --demo`, the workbook import and draft plans read from documents.
Nothing is deleted unless asked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from cbdesk.core import text as vtext
from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.enums import AreaLevel, PlanStatus, TargetKind, UnitKind
from cbdesk.core.periods import Period, PeriodError
from cbdesk.core.plandata import PlanData, TargetData
from cbdesk.core.progress import Entry, overlapping
from cbdesk.core.vnformat import format_number
from cbdesk.db.engine import Database
from cbdesk.db.models import (
    Allocation,
    Area,
    ClosedPeriod,
    Organisation,
    Plan,
    ProgressUpdate,
    Result,
    Target,
    Task,
    TaskCoordinator,
    Unit,
)
from cbdesk.services import validation
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError


@dataclass
class Change:
    """One change an apply made (or would make, in a dry run)."""

    entity: str  # plan, unit, area, target, task, result, update
    key: str
    field: str
    old: object
    new: object

    def describe(self) -> str:
        def fmt(v):
            if v is None or v == "":
                return "(trống)"
            if isinstance(v, float):
                return format_number(v)
            return str(v)

        if self.field == "*":
            return f"{self.entity} {self.key}: thêm mới"
        return f"{self.entity} {self.key}: {self.field} {fmt(self.old)} → {fmt(self.new)}"


@dataclass
class ApplySummary:
    year: int
    created_plan: bool = False
    changes: list[Change] = field(default_factory=list)

    def count(self, entity: str) -> int:
        return sum(1 for c in self.changes if c.entity == entity)


def _set(obj, attr: str, value, summary: ApplySummary, entity: str, key: str) -> bool:
    old = getattr(obj, attr)
    if old == value:
        return False
    setattr(obj, attr, value)
    if getattr(obj, "id", None) is not None:
        summary.changes.append(Change(entity, key, attr, old, value))
    return True


def apply_plan_data(
    db: Database, data: PlanData, actor: Actor, dry_run: bool = False,
    accept: Callable[[ApplySummary], bool] | None = None,
) -> ApplySummary:
    """Create or update the plan of ``data.year`` from ``data`` in one transaction.

    Raises ValidationError carrying every problem found; nothing is written then.
    With ``dry_run`` the changes are computed and reported but rolled back.
    ``accept``, when given, sees the summary before the commit and may refuse
    it by returning False (e.g. an import that would overwrite figures without
    --overwrite): everything is rolled back then.
    """
    with db.session() as s:
        summary = _apply(s, data, actor)
        if dry_run or (accept is not None and not accept(summary)):
            s.rollback()
    return summary


def _apply(s: Session, data: PlanData, actor: Actor) -> ApplySummary:
    problems: list[validation.Problem] = []
    summary = ApplySummary(year=data.year)
    now = datetime.now()
    if not 1900 <= int(data.year) <= 2200:
        raise ValidationError(
            f"Năm kế hoạch '{data.year}' không hợp lệ.", f"Invalid plan year '{data.year}'."
        )

    # Organisation (one row): only when the data carries one.
    org_data = data.organisation
    if org_data.name:
        org = s.scalars(select(Organisation)).first()
        if org is None:
            org = Organisation()
            s.add(org)
        for attr in (
            "parent_agency",
            "name",
            "symbol",
            "place",
            "signer_authority",
            "signer_title",
            "signer_name",
            "archive_unit",
        ):
            _set(
                org,
                attr,
                vtext.clean(getattr(org_data, attr)),
                summary,
                "organisation",
                "",
            )
        _set(
            org,
            "recipients",
            [vtext.clean(r) for r in org_data.recipients],
            summary,
            "organisation",
            "",
        )

    # Units and areas, by code.
    units = {u.code: u for u in s.scalars(select(Unit))}
    for ud in data.units:
        code = vtext.clean(ud.code)
        try:
            kind = UnitKind.parse(ud.kind).value
        except ValueError:
            problems.append(
                (
                    f"Đơn vị {code}: loại '{ud.kind}' không hợp lệ.",
                    f"Unit {code}: unknown kind '{ud.kind}'.",
                )
            )
            continue
        u = units.get(code)
        if u is None:
            u = Unit(code=code, name=vtext.clean(ud.name), kind=kind)
            s.add(u)
            units[code] = u
            summary.changes.append(Change("unit", code, "*", None, u.name))
        else:
            _set(u, "name", vtext.clean(ud.name), summary, "unit", code)
            _set(u, "kind", kind, summary, "unit", code)
    areas = {a.code: a for a in s.scalars(select(Area))}
    for ad in data.areas:
        code = vtext.clean(ad.code)
        try:
            level = AreaLevel.parse(ad.level).value
        except ValueError:
            problems.append(
                (
                    f"Địa bàn {code}: cấp '{ad.level}' không hợp lệ.",
                    f"Area {code}: unknown level '{ad.level}'.",
                )
            )
            continue
        a = areas.get(code)
        if a is None:
            a = Area(code=code, name=vtext.clean(ad.name), level=level)
            s.add(a)
            areas[code] = a
            summary.changes.append(Change("area", code, "*", None, a.name))
        else:
            _set(a, "name", vtext.clean(ad.name), summary, "area", code)
            _set(a, "level", level, summary, "area", code)
        _set(a, "valid_from", ad.valid_from, summary, "area", code)
        _set(a, "valid_to", ad.valid_to, summary, "area", code)
    s.flush()
    for ad in data.areas:
        if ad.parent_code:
            parent = areas.get(ad.parent_code)
            if parent is None:
                problems.append(
                    (
                        f"Địa bàn {ad.code}: không có địa bàn cấp trên '{ad.parent_code}'.",
                        f"Area {ad.code}: parent area '{ad.parent_code}' not found.",
                    )
                )
            else:
                areas[ad.code].parent_id = parent.id

    # The plan itself.
    plan = s.scalars(select(Plan).where(Plan.year == data.year)).first()
    if plan is None:
        plan = Plan(year=data.year, title=vtext.clean(data.title) or f"Kế hoạch năm {data.year}")
        s.add(plan)
        summary.created_plan = True
    try:
        status = PlanStatus.parse(data.status or "draft").value
    except ValueError:
        problems.append(
            (
                f"Trạng thái kế hoạch '{data.status}' không hợp lệ.",
                f"Unknown plan status '{data.status}'.",
            )
        )
        status = plan.status or "draft"
    for attr, value in (
        ("title", vtext.clean(data.title) or plan.title),
        ("doc_number", vtext.clean(data.doc_number)),
        ("doc_date", data.doc_date),
        ("abstract", vtext.clean(data.abstract)),
        ("addressee", vtext.clean(data.addressee)),
        ("status", status),
        ("intro", [vtext.clean(p) for p in data.intro]),
        ("legal_bases", [vtext.clean(p) for p in data.legal_bases]),
        ("implementation", [vtext.clean(p) for p in data.implementation]),
        ("closing", vtext.clean(data.closing)),
        ("recipients", [vtext.clean(p) for p in data.recipients]),
        ("note", vtext.clean(data.note)),
    ):
        _set(plan, attr, value, summary, "plan", str(data.year))
    s.flush()

    _apply_targets(s, plan, data, units, areas, summary, problems, actor, now)
    _apply_tasks(s, plan, data, units, summary, problems, actor, now)
    if problems:
        validation.first_problem_error(problems, ValidationError)
    _apply_results(s, plan, data, areas, summary, problems, actor, now)
    if problems:
        validation.first_problem_error(problems, ValidationError)
    s.flush()
    return summary


def _apply_targets(s, plan, data, units, areas, summary, problems, actor, now) -> None:
    from cbdesk.services.audit import record

    existing = {t.code: t for t in s.scalars(select(Target).where(Target.plan_id == plan.id))}
    # Validate the tree as it will be: existing targets overlaid with the data's.
    merged: dict[str, TargetData] = {
        code: _target_data(t, existing) for code, t in existing.items()
    }
    for td in map(_clean_target, data.targets):
        problems.extend(validation.check_target_fields(td))
        if td.lead_unit and td.lead_unit not in units:
            problems.append(
                (
                    f"Chỉ tiêu {td.code}: không có đơn vị chủ trì '{td.lead_unit}'.",
                    f"Target {td.code}: lead unit '{td.lead_unit}' not found.",
                )
            )
        for area_code in td.allocations:
            if area_code not in areas:
                problems.append(
                    (
                        f"Chỉ tiêu {td.code}: phân bổ cho địa bàn '{area_code}' "
                        "không có trong danh mục.",
                        f"Target {td.code}: allocation to unknown area '{area_code}'.",
                    )
                )
        merged[td.code] = td
    problems.extend(validation.check_target_tree(merged))
    if problems:
        return
    order = {code: i for i, code in enumerate(merged)}
    for td in (_clean_target(t) for t in data.targets):
        t = existing.get(td.code)
        fields = dict(
            name=td.name,
            unit=td.unit,
            kind=TargetKind.parse(td.kind).value,
            direction=td.direction,
            target_value=td.target,
            baseline=td.baseline,
            relation=td.relation,
            decimals=td.decimals,
            statement=td.statement,
            group_no=td.group,
            search_key=vtext.search_key(f"{td.code} {td.name}"),
            lead_unit_id=units[td.lead_unit].id if td.lead_unit else None,
            sort_order=order[td.code],
        )
        if t is None:
            t = Target(plan_id=plan.id, code=td.code, **fields)
            s.add(t)
            existing[td.code] = t
            summary.changes.append(Change("target", td.code, "*", None, td.name))
        else:
            old_value = t.target_value
            for attr, value in fields.items():
                _set(t, attr, value, summary, "target", td.code)
            if old_value != td.target:
                record(
                    s,
                    actor,
                    "target",
                    f"{td.code}",
                    "target",
                    old_value,
                    td.target,
                    plan.year,
                    at=now,
                )
    s.flush()
    for td in data.targets:
        t = existing[td.code]
        parent_id = existing[td.parent_code].id if td.parent_code else None
        t.parent_id = parent_id
        if td.allocations:
            current = {a.area_id: a for a in t.allocations}
            for area_code, value in td.allocations.items():
                area_id = areas[area_code].id
                if area_id in current:
                    if current[area_id].value != value:
                        summary.changes.append(
                            Change(
                                "allocation",
                                f"{td.code}/{area_code}",
                                "value",
                                current[area_id].value,
                                value,
                            )
                        )
                        current[area_id].value = value
                else:
                    t.allocations.append(Allocation(area_id=area_id, value=value))


def _clean_target(td: TargetData) -> TargetData:
    return TargetData(
        code=vtext.clean(td.code),
        name=vtext.clean(td.name),
        unit=vtext.clean(td.unit),
        kind=td.kind,
        direction=td.direction,
        target=td.target,
        baseline=td.baseline,
        parent_code=vtext.clean(td.parent_code) or None,
        relation=td.relation or None,
        lead_unit=vtext.clean(td.lead_unit) or None,
        decimals=int(td.decimals or 0),
        statement=vtext.nfc(td.statement),
        group=int(td.group or 0),
        allocations={vtext.clean(k): float(v) for k, v in td.allocations.items()},
    )


def _target_data(t: Target, by_code: dict[str, Target]) -> TargetData:
    parent = next((p.code for p in by_code.values() if p.id == t.parent_id), None)
    return TargetData(
        code=t.code,
        name=t.name,
        unit=t.unit,
        kind=t.kind,
        direction=t.direction,
        target=t.target_value,
        baseline=t.baseline,
        parent_code=parent,
        relation=t.relation,
    )


def _apply_tasks(s, plan, data, units, summary, problems, actor, now) -> None:
    from cbdesk.services.audit import record

    existing = {t.code: t for t in s.scalars(select(Task).where(Task.plan_id == plan.id))}
    codes = set(existing) | {vtext.clean(t.code) for t in data.tasks}
    parsed = []
    for td in data.tasks:
        code = vtext.clean(td.code)
        try:
            deadline = Deadline.parse(td.deadline, year=plan.year).code
        except DeadlineError as e:
            problems.append((f"Nhiệm vụ {code}: {e.message_vi}", f"Task {code}: {e.message_en}"))
            continue
        for unit_code in [td.lead_unit, *td.coordinating_units]:
            if unit_code and vtext.clean(unit_code) not in units:
                problems.append(
                    (
                        f"Nhiệm vụ {code}: không có đơn vị '{unit_code}'.",
                        f"Task {code}: unit '{unit_code}' not found.",
                    )
                )
        if td.parent_code and vtext.clean(td.parent_code) not in codes:
            problems.append(
                (
                    f"Nhiệm vụ {code}: không có nhiệm vụ cha '{td.parent_code}'.",
                    f"Task {code}: parent task '{td.parent_code}' not found.",
                )
            )
        if not 0 <= float(td.percent_done or 0) <= 100:
            problems.append(
                (
                    f"Nhiệm vụ {code}: % hoàn thành phải từ 0 đến 100.",
                    f"Task {code}: % done must be within 0–100.",
                )
            )
        if not vtext.clean(td.title):
            problems.append((f"Nhiệm vụ {code}: thiếu tiêu đề.", f"Task {code}: no title."))
        parsed.append((code, td, deadline))
    if problems:
        return
    for i, (code, td, deadline) in enumerate(parsed):
        t = existing.get(code)
        fields = dict(
            title=vtext.clean(td.title),
            description=vtext.clean(td.description),
            lead_unit_id=units[vtext.clean(td.lead_unit)].id if td.lead_unit else None,
            deadline=deadline,
            expected_output=vtext.clean(td.expected_output),
            search_key=vtext.search_key(f"{code} {td.title} {td.description}"),
        )
        if t is None:
            t = Task(
                plan_id=plan.id,
                code=code,
                sort_order=len(existing) + i,
                percent_done=float(td.percent_done or 0),
                done=bool(td.done),
                completed_on=td.completed_on,
                **fields,
            )
            s.add(t)
            existing[code] = t
            summary.changes.append(Change("task", code, "*", None, t.title))
        else:
            for attr, value in fields.items():
                _set(t, attr, value, summary, "task", code)
            for attr, value in (
                ("percent_done", float(td.percent_done or 0)),
                ("done", bool(td.done)),
                ("completed_on", td.completed_on),
            ):
                old = getattr(t, attr)
                if _set(t, attr, value, summary, "task", code):
                    record(s, actor, "task", code, attr, old, value, plan.year, at=now)
        wanted = [units[vtext.clean(c)].id for c in td.coordinating_units if c]
        if [c.unit_id for c in t.coordinators] != wanted:
            t.coordinators = [TaskCoordinator(unit_id=u, position=n) for n, u in enumerate(wanted)]
    s.flush()
    for code, td, _ in parsed:
        if td.parent_code:
            existing[code].parent_id = existing[vtext.clean(td.parent_code)].id
    # Progress updates: appended unless the same (task, date, note) is there.
    have = {
        (u.task_id, u.date, u.note)
        for u in s.scalars(select(ProgressUpdate).join(Task).where(Task.plan_id == plan.id))
    }
    for ud in data.updates:
        task = existing.get(vtext.clean(ud.task))
        if task is None:
            problems.append(
                (
                    f"Tiến độ: không có nhiệm vụ '{ud.task}'.",
                    f"Progress update: task '{ud.task}' not found.",
                )
            )
            continue
        key = (task.id, ud.date, vtext.clean(ud.note))
        if key in have:
            continue
        have.add(key)
        s.add(
            ProgressUpdate(
                task_id=task.id,
                date=ud.date,
                percent_done=ud.percent_done,
                done=ud.done,
                note=vtext.clean(ud.note),
                entered_by=actor.username,
                entered_at=now,
            )
        )
        summary.changes.append(Change("update", f"{ud.task} {ud.date}", "*", None, ud.note))
        if ud.percent_done > task.percent_done or ud.done:
            record(
                s,
                actor,
                "task",
                task.code,
                "percent_done",
                task.percent_done,
                ud.percent_done,
                plan.year,
                at=now,
            )
            task.percent_done = max(task.percent_done, ud.percent_done)
            if ud.done and not task.done:
                task.done, task.completed_on = True, ud.date


def _apply_results(s, plan, data, areas, summary, problems, actor, now) -> None:
    targets = {t.code: t for t in s.scalars(select(Target).where(Target.plan_id == plan.id))}
    closed = set(s.scalars(select(ClosedPeriod.period).where(ClosedPeriod.plan_id == plan.id)))
    existing: dict[tuple[int, str, int], Result] = {
        (r.target_id, r.period, r.area_key): r
        for r in s.scalars(select(Result).join(Target).where(Target.plan_id == plan.id))
    }
    # Periods per (target, area) already present, for the overlap rule.
    periods_by_cell: dict[tuple[int, int], list[Period]] = {}
    for tid, period, akey in existing:
        periods_by_cell.setdefault((tid, akey), []).append(Period.parse(period))
    audit_rows: list[dict] = []
    new_rows: list[dict] = []
    seen: set[tuple[int, str, int]] = set()
    for rd in data.results:
        where_vi = f"Kết quả chỉ tiêu {rd.target}, kỳ {rd.period}"
        where_en = f"Result of target {rd.target}, period {rd.period}"
        t = targets.get(vtext.clean(rd.target))
        if t is None:
            problems.append(
                (
                    f"{where_vi}: không có chỉ tiêu '{rd.target}' trong kế hoạch {plan.year}.",
                    f"{where_en}: no target '{rd.target}' in the {plan.year} plan.",
                )
            )
            continue
        try:
            period = Period.parse(str(rd.period))
        except PeriodError as e:
            problems.append((f"{where_vi}: {e.message_vi}", f"{where_en}: {e.message_en}"))
            continue
        if period.year != plan.year:
            problems.append(
                (
                    f"{where_vi}: kỳ {period.label('vi')} nằm ngoài năm kế hoạch {plan.year}.",
                    f"{where_en}: {period.label('en')} is outside the plan year {plan.year}.",
                )
            )
            continue
        area = None
        if rd.area:
            area = areas.get(vtext.clean(rd.area))
            if area is None:
                problems.append(
                    (
                        f"{where_vi}: không có địa bàn '{rd.area}'.",
                        f"{where_en}: unknown area '{rd.area}'.",
                    )
                )
                continue
        value = rd.value
        problems.extend(
            (f"{where_vi}: {vi}", f"{where_en}: {en}")
            for vi, en in validation.check_value(t.code, t.unit, t.kind, value, "giá trị", "value")
        )
        akey = area.id if area else 0
        cell = (t.id, period.code, akey)
        if cell in seen:
            problems.append(
                (
                    f"{where_vi}: có hai dòng cho cùng chỉ tiêu, kỳ và địa bàn.",
                    f"{where_en}: two rows for the same target, period and area.",
                )
            )
            continue
        seen.add(cell)
        old = existing.get(cell)
        if old is not None and old.value == value and old.note == vtext.clean(rd.note):
            continue
        if period.code in closed or _closed_by(closed, period):
            problems.append(
                (
                    f"{where_vi}: kỳ đã chốt số liệu, không thể sửa.",
                    f"{where_en}: the period is closed.",
                )
            )
            continue
        if old is None and t.kind == TargetKind.CUMULATIVE:
            clash = overlapping(
                [Entry(p, 0.0) for p in periods_by_cell.get((t.id, akey), [])], period
            )
            if clash is not None:
                problems.append(
                    (
                        f"{where_vi}: đã có số liệu {clash.period.label('vi')} trùng thời gian "
                        "(chỉ tiêu cộng dồn sẽ bị tính hai lần).",
                        f"{where_en}: a value for {clash.period.label('en')} overlaps it "
                        "(a cumulative target would count it twice).",
                    )
                )
                continue
            periods_by_cell.setdefault((t.id, akey), []).append(period)
        key = f"{t.code}|{period.code}|{area.code if area else ''}"
        if old is None:
            new_rows.append(
                dict(
                    target_id=t.id,
                    period=period.code,
                    area_id=area.id if area else None,
                    area_key=akey,
                    value=value,
                    note=vtext.clean(rd.note),
                    source=vtext.clean(rd.source),
                    entered_by=actor.username,
                    entered_at=now,
                    version=1,
                )
            )
            summary.changes.append(Change("result", key, "value", None, value))
        else:
            summary.changes.append(Change("result", key, "value", old.value, value))
            old.value, old.note = value, vtext.clean(rd.note)
            old.source = vtext.clean(rd.source) or old.source
            old.entered_by, old.entered_at = actor.username, now
        audit_rows.append(
            dict(
                at=now,
                user=actor.username,
                plan_year=plan.year,
                entity="result",
                key=key,
                field="value",
                old=None if old is None else _num(old.value),
                new=_num(value),
                reason="",
            )
        )
    if problems:
        return
    if new_rows:
        s.execute(Result.__table__.insert(), new_rows)
    from cbdesk.services.audit import record_many

    record_many(s, audit_rows)


def _closed_by(closed: set[str], period: Period) -> bool:
    """A value inside a closed period is locked too (March inside a closed Q1)."""
    for code in closed:
        try:
            if Period.parse(code).contains(period):
                return True
        except PeriodError:
            continue
    return False


def _num(v: float | None) -> str | None:
    if v is None:
        return None
    return str(int(v)) if float(v).is_integer() else repr(float(v))
