"""Plans: list them, read one back as PlanData (for `dump` and the workbook
export), read its header for reports, delete one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Row, func, select
from sqlalchemy import delete as sa_delete

from cbdesk.core.periods import Period, PeriodError
from cbdesk.core.plandata import (
    AreaData,
    OrganisationData,
    PlanData,
    ProgressUpdateData,
    ResultData,
    TargetData,
    TaskData,
    UnitData,
)
from cbdesk.db import tables
from cbdesk.db.engine import Database, connection_of
from cbdesk.services import permissions
from cbdesk.services.errors import NotFound, ValidationError

# Model classes are imported in the functions that use them: `cbdesk report`
# loads this module without the ORM (docs/ARCHITECTURE.md, "Reads of plain rows").

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from cbdesk.db.models import Plan



@dataclass(frozen=True)
class PlanInfo:
    year: int
    title: str
    status: str
    target_count: int
    task_count: int


def list_plans(db: Database) -> list[PlanInfo]:
    """Every plan, newest year first."""
    from cbdesk.db.models import Plan, Target, Task

    with db.session() as s:
        targets = dict(
            s.execute(select(Target.plan_id, func.count()).group_by(Target.plan_id)).all()
        )
        tasks = dict(s.execute(select(Task.plan_id, func.count()).group_by(Task.plan_id)).all())
        rows = s.execute(
            select(Plan.id, Plan.year, Plan.title, Plan.status).order_by(Plan.year.desc())
        )
        return [
            PlanInfo(year, title, status, targets.get(pid, 0), tasks.get(pid, 0))
            for pid, year, title, status in rows
        ]


def get_plan(s: Session, year: int) -> Plan:
    """The plan of ``year`` inside an open session, or NotFound."""
    from cbdesk.db.models import Plan

    plan = s.scalars(select(Plan).where(Plan.year == int(year))).first()
    if plan is None:
        raise _no_plan(year)
    return plan


def plan_row(conn: Connection, year: int) -> Row:
    """The plan of ``year`` as a plain row (its columns as attributes), or
    NotFound: for reads that need no ORM object (db.tables)."""
    row = conn.execute(select(tables.plan).where(tables.plan.c.year == int(year))).first()
    if row is None:
        raise _no_plan(year)
    return row


def _no_plan(year: int) -> NotFound:
    return NotFound(
        f"Không có kế hoạch năm {year} trong cơ sở dữ liệu.",
        f"There is no plan for {year} in the database.",
    )


def plan_exists(db: Database, year: int) -> bool:
    from cbdesk.db.models import Plan

    with db.session() as s:
        return s.scalars(select(Plan.id).where(Plan.year == int(year))).first() is not None


def check_period(year: int, period_text: str) -> Period:
    """Parse a period given by a user and check it lies in the plan's year."""
    period = Period.parse(period_text)
    if period.year != int(year):
        raise ValidationError(
            f"Kỳ {period.label('vi')} nằm ngoài năm kế hoạch {year}.",
            f"{period.label('en')} is outside the plan year {year}.",
        )
    return period


def organisation(s: Session | Connection) -> OrganisationData:
    """The organisation's header data (defaults when none is stored), read as
    a plain row on a session or a connection (db.tables: no ORM objects)."""
    org = connection_of(s).execute(select(tables.organisation).limit(1)).first()
    if org is None:
        return OrganisationData()
    return OrganisationData(
        parent_agency=org.parent_agency,
        name=org.name,
        symbol=org.symbol,
        place=org.place,
        signer_authority=org.signer_authority,
        signer_title=org.signer_title,
        signer_name=org.signer_name,
        archive_unit=org.archive_unit,
        recipients=list(org.recipients or []),
    )


def plan_to_data(db: Database, year: int, with_results: bool = True) -> PlanData:
    """The whole plan with its catalogs and results, as plain data.

    Catalogs (units, areas) are the whole database's, since codes refer to them.
    ``with_results=False`` leaves out results and progress updates (the plan
    document prints neither, and they are most of the rows).
    """
    from sqlalchemy.orm import selectinload

    from cbdesk.db.models import Area, ProgressUpdate, Result, Target, Task, Unit

    with db.session() as s:
        plan = get_plan(s, year)
        units = s.scalars(select(Unit).order_by(Unit.id)).all()
        unit_code = {u.id: u.code for u in units}
        areas = s.scalars(select(Area).order_by(Area.id)).all()
        area_code = {a.id: a.code for a in areas}
        targets = s.scalars(
            select(Target)
            .where(Target.plan_id == plan.id)
            .options(selectinload(Target.allocations))
            .order_by(Target.sort_order, Target.id)
        ).all()
        target_code = {t.id: t.code for t in targets}
        tasks = s.scalars(
            select(Task)
            .where(Task.plan_id == plan.id)
            .options(selectinload(Task.coordinators))
            .order_by(Task.sort_order, Task.id)
        ).all()
        task_code = {t.id: t.code for t in tasks}
        results, updates = [], []
        if with_results:
            # Made row by row from the cursor: a decade of results never sits in
            # memory twice (rows, then data), which set the export's peak.
            results = [
                ResultData(target_code[r.target_id], r.period, area_code.get(r.area_id),
                           r.value, r.note, r.source)
                for r in s.execute(
                    select(Result.target_id, Result.period, Result.area_id, Result.value,
                           Result.note, Result.source)
                    .join(Target)
                    .where(Target.plan_id == plan.id)
                    .order_by(Target.sort_order, Result.period, Result.area_key))
            ]
            updates = [
                ProgressUpdateData(task_code[u.task_id], u.date, u.percent_done, u.note, u.done)
                for u in s.execute(
                    select(ProgressUpdate.task_id, ProgressUpdate.date,
                           ProgressUpdate.percent_done, ProgressUpdate.note, ProgressUpdate.done)
                    .join(Task)
                    .where(Task.plan_id == plan.id)
                    .order_by(ProgressUpdate.task_id, ProgressUpdate.date, ProgressUpdate.id))
            ]
        return PlanData(
            year=plan.year,
            title=plan.title,
            doc_number=plan.doc_number,
            doc_date=plan.doc_date,
            abstract=plan.abstract,
            addressee=plan.addressee,
            status=plan.status,
            intro=list(plan.intro or []),
            legal_bases=list(plan.legal_bases or []),
            implementation=list(plan.implementation or []),
            closing=plan.closing,
            recipients=list(plan.recipients or []),
            note=plan.note,
            organisation=organisation(s),
            units=[UnitData(u.code, u.name, u.kind) for u in units],
            areas=[
                AreaData(
                    a.code, a.name, a.level, area_code.get(a.parent_id), a.valid_from, a.valid_to
                )
                for a in areas
            ],
            targets=[
                TargetData(
                    code=t.code,
                    name=t.name,
                    unit=t.unit,
                    kind=t.kind,
                    direction=t.direction,
                    target=t.target_value,
                    baseline=t.baseline,
                    parent_code=target_code.get(t.parent_id),
                    relation=t.relation,
                    lead_unit=unit_code.get(t.lead_unit_id),
                    decimals=t.decimals,
                    statement=t.statement,
                    group=t.group_no,
                    allocations={
                        area_code[a.area_id]: a.value
                        for a in sorted(t.allocations, key=lambda a: area_code[a.area_id])
                    },
                )
                for t in targets
            ],
            tasks=[
                TaskData(
                    code=t.code,
                    title=t.title,
                    description=t.description,
                    parent_code=task_code.get(t.parent_id),
                    lead_unit=unit_code.get(t.lead_unit_id),
                    coordinating_units=[unit_code[c.unit_id] for c in t.coordinators],
                    deadline=t.deadline,
                    expected_output=t.expected_output,
                    percent_done=t.percent_done,
                    done=t.done,
                    completed_on=t.completed_on,
                )
                for t in tasks
            ],
            results=results,
            updates=updates,
        )


def closed_periods(db: Database, year: int) -> list[str]:
    from cbdesk.db.models import ClosedPeriod

    with db.session() as s:
        plan = get_plan(s, year)
        return sorted(s.scalars(select(ClosedPeriod.period).where(ClosedPeriod.plan_id == plan.id)))


def is_period_locked(closed: list[str], period: Period) -> bool:
    """Whether figures of ``period`` are read-only because it, or a period that
    contains it, is closed."""
    for code in closed:
        try:
            if Period.parse(code).contains(period):
                return True
        except PeriodError:
            continue
    return False


def today() -> date:
    return date.today()


def set_plan_status(db: Database, actor, year: int, status: str) -> None:
    """Mark a plan draft or issued (a draft read from a document becomes the
    plan in force once reviewed). Leaders only; audited."""
    from cbdesk.core.enums import PlanStatus
    from cbdesk.services.audit import record

    permissions.require(actor, "plans.status", db)
    new = PlanStatus.parse(status).value
    with db.session() as s:
        plan = get_plan(s, year)
        if plan.status != new:
            record(s, actor, "plan", str(year), "status", plan.status, new, year)
            plan.status = new


def delete_plan(db: Database, actor, year: int) -> None:
    """Delete a plan with its targets, results and tasks (an admin's act,
    audited). A plan with issued reports is kept: their signed PDFs stay."""
    from cbdesk.db.models import IssuedReport, Plan
    from cbdesk.services.audit import record

    permissions.require(actor, "plans.delete", db)
    with db.session() as s:
        plan = get_plan(s, year)
        if s.scalars(select(IssuedReport.id).where(IssuedReport.plan_id == plan.id)).first():
            raise ValidationError(
                f"Kế hoạch năm {year} đã có báo cáo ban hành; không xóa được.",
                f"The {year} plan has issued reports; it cannot be deleted.")
        record(s, actor, "plan", str(year), "deleted", plan.title, None, year)
        # The database's ON DELETE CASCADE removes targets, results, tasks and
        # the rest in one statement (the ORM would delete sub-targets twice).
        s.execute(sa_delete(Plan).where(Plan.id == plan.id))
