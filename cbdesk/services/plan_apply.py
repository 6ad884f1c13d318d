"""Write a PlanData into the database: create a plan, or update one by code.

One transaction for the whole PlanData: every problem is collected in one pass
and, if there is any, nothing is written (SPEC §3.3: all-or-nothing). Used by
`cbdesk init --demo`, the workbook import and draft plans read from documents.
Nothing is deleted unless asked.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from cbdesk.core import text as vtext
from cbdesk.core.enums import AreaLevel, PlanStatus, UnitKind
from cbdesk.core.plandata import PlanData
from cbdesk.db.engine import Database
from cbdesk.db.models import (
    Area,
    Organisation,
    Plan,
    Unit,
)
from cbdesk.services import permissions, validation
from cbdesk.services.actors import Actor
from cbdesk.services.apply_results import apply_results
from cbdesk.services.apply_targets import apply_targets, apply_tasks
from cbdesk.services.bulk_tree import insert_tree
from cbdesk.services.changes import ApplySummary, Change, set_field
from cbdesk.services.errors import ValidationError

__all__ = ["ApplySummary", "Change", "apply_in_session", "apply_plan_data"]


def apply_plan_data(
    db: Database,
    data: PlanData,
    actor: Actor,
    dry_run: bool = False,
    accept: Callable[[ApplySummary], bool] | None = None,
    source: tuple[str, str] | None = None,
    extra: Callable[[Session, ApplySummary], None] | None = None,
) -> ApplySummary:
    """Create or update the plan of ``data.year`` from ``data`` in one transaction.

    Raises ValidationError carrying every problem found; nothing is written then.
    With ``dry_run`` the changes are computed and reported but rolled back.
    ``accept``, when given, sees the summary before the commit and may refuse
    it by returning False (e.g. an import that would overwrite figures without
    --overwrite): everything is rolled back then.

    Every change is checked against the permission table (per row kind;
    PermissionDenied, nothing written) and audited with its old value;
    ``source`` (file name, sha256) adds one entry naming the imported file.
    """
    with db.session() as s:
        summary = apply_in_session(s, data, actor, source=source)
        if extra is not None:  # more rows of the same file, in the same transaction
            extra(s, summary)
        if dry_run or (accept is not None and not accept(summary)):
            s.rollback()
    return summary


def apply_in_session(s: Session, data: PlanData, actor: Actor,
                     source: tuple[str, str] | None = None) -> ApplySummary:
    """:func:`apply_plan_data` inside the caller's transaction."""
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
            summary.changes.append(Change("organisation", "", "*", None,
                                          vtext.clean(org_data.name)))
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
            set_field(
                org,
                attr,
                vtext.clean(getattr(org_data, attr)),
                summary,
                "organisation",
                "",
            )
        set_field(
            org,
            "recipients",
            [vtext.clean(r) for r in org_data.recipients],
            summary,
            "organisation",
            "",
        )

    # Units and areas, by code.
    units = {u.code: u for u in s.scalars(select(Unit))}
    new_units: dict[str, dict] = {}
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
            if code not in new_units:
                summary.changes.append(Change("unit", code, "*", None, vtext.clean(ud.name)))
            new_units[code] = dict(code=code, name=vtext.clean(ud.name), kind=kind)
        else:
            set_field(u, "name", vtext.clean(ud.name), summary, "unit", code)
            set_field(u, "kind", kind, summary, "unit", code)
    if new_units:  # one executemany, then the catalog read back once
        s.execute(insert(Unit.__table__), list(new_units.values()))
        units = {u.code: u for u in s.scalars(select(Unit))}
    areas = {a.code: a for a in s.scalars(select(Area))}
    new_areas: dict[str, dict] = {}
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
            if code not in new_areas:
                summary.changes.append(Change("area", code, "*", None, vtext.clean(ad.name)))
            new_areas[code] = dict(code=code, name=vtext.clean(ad.name), level=level,
                                   valid_from=ad.valid_from, valid_to=ad.valid_to)
            continue
        set_field(a, "name", vtext.clean(ad.name), summary, "area", code)
        set_field(a, "level", level, summary, "area", code)
        set_field(a, "valid_from", ad.valid_from, summary, "area", code)
        set_field(a, "valid_to", ad.valid_to, summary, "area", code)
    s.flush()
    area_parents: dict[str, str] = {}
    for ad in data.areas:
        if ad.parent_code:
            if ad.parent_code not in areas and ad.parent_code not in new_areas:
                problems.append(
                    (
                        f"Địa bàn {ad.code}: không có địa bàn cấp trên '{ad.parent_code}'.",
                        f"Area {ad.code}: parent area '{ad.parent_code}' not found.",
                    )
                )
            else:
                area_parents[ad.code] = ad.parent_code
    if new_areas:  # one INSERT per level, parents known; the catalog read back once
        insert_tree(s, Area.__table__, list(new_areas.values()),
                    {c: p for c, p in area_parents.items() if c in new_areas},
                    {c: a.id for c, a in areas.items()})
        areas = {a.code: a for a in s.scalars(select(Area))}
    for code, parent in area_parents.items():
        if code not in new_areas:
            areas[code].parent_id = areas[parent].id

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
        set_field(plan, attr, value, summary, "plan", str(data.year))
    s.flush()

    apply_targets(s, plan, data, units, areas, summary, problems, actor, now)
    scope_before = _task_scope(s, actor, plan)
    apply_tasks(s, plan, data, units, summary, problems, actor, now)
    if problems:
        validation.first_problem_error(problems, ValidationError)
    apply_results(s, plan, data, areas, summary, problems, actor, now)
    if problems:
        validation.first_problem_error(problems, ValidationError)
    s.flush()
    scope_after = _task_scope(s, actor, plan)
    scope = None if scope_after is None else {**scope_after, **(scope_before or {})}
    permissions.check_changes(actor, summary.changes, summary.created_plan, scope)
    _audit(s, actor, data.year, summary, now, source)
    return summary


def _task_scope(s: Session, actor: Actor, plan: Plan) -> dict[str, bool] | None:
    """For a staff member tied to a unit: which of the plan's tasks they may
    change (their unit leads or coordinates it); None for everyone else."""
    from cbdesk.core.enums import Role
    from cbdesk.db.models import Task

    if actor.role != Role.STAFF or not actor.unit_code or plan.id is None:
        return None
    return {t.code: permissions.in_unit(s, actor, t)
            for t in s.scalars(select(Task).where(Task.plan_id == plan.id))}


def _audit(s: Session, actor: Actor, year: int, summary: ApplySummary, now: datetime,
           source: tuple[str, str] | None) -> None:
    """One audit entry per change, with the value it replaced; one more naming
    the imported file (name and sha256) when there is one."""
    from cbdesk.services.audit import record_many, text_of

    rows = [dict(at=now, user=actor.username, plan_year=year, entity=c.entity, key=c.key,
                 field="created" if c.field == "*" else c.field, old=text_of(c.old),
                 new=text_of(c.new), reason="")
            for c in summary.changes]
    if source is not None:
        name, sha = source
        rows.insert(0, dict(at=now, user=actor.username, plan_year=year, entity="import",
                            key=name, field="sha256", old=None, new=sha,
                            reason=f"{len(summary.changes)} thay đổi"))
    record_many(s, rows)
