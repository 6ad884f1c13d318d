"""The first-start setup of a new office: the agency and its parent, symbol,
place, signer and title, the areas and the units — saved in one go through
the catalog services (audited like any catalog change)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select

from cbdesk.core.plandata import OrganisationData
from cbdesk.db.engine import Database
from cbdesk.db.models import Area, Organisation, Plan, Unit
from cbdesk.services import catalog
from cbdesk.services.actors import Actor
from cbdesk.services.catalog_changes import NewArea, add_areas, add_units
from cbdesk.services.errors import ValidationError


@dataclass
class SetupData:
    organisation: OrganisationData
    areas: list[NewArea] = field(default_factory=list)
    units: list[tuple[str, str, str]] = field(default_factory=list)  # code, name, kind


def needs_setup(db: Database) -> bool:
    """A database with no plan, no agency name, no areas and no units."""
    with db.session() as s:
        org = s.scalars(select(Organisation)).first()
        return (not (org and org.name)
                and not s.scalar(select(func.count()).select_from(Plan))
                and not s.scalar(select(func.count()).select_from(Area))
                and not s.scalar(select(func.count()).select_from(Unit)))


def check(data: SetupData) -> None:
    org = data.organisation
    missing = [(vi, en) for value, vi, en in (
        (org.name, "tên cơ quan", "the agency's name"),
        (org.symbol, "ký hiệu cơ quan", "the agency's symbol"),
        (org.place, "địa danh", "the place name"))
        if not value.strip()]
    if missing:
        raise ValidationError("Còn thiếu: " + ", ".join(m[0] for m in missing) + ".",
                              "Missing: " + ", ".join(m[1] for m in missing) + ".")


def apply_setup(db: Database, actor: Actor, data: SetupData) -> None:
    """Save the agency, then add the areas and units (existing codes kept)."""
    check(data)
    catalog.save_organisation(db, actor, data.organisation)
    if data.areas:
        add_areas(db, actor, data.areas)
    if data.units:
        add_units(db, actor, data.units)


@dataclass(frozen=True)
class Counts:
    """How much a database (and a plan) holds: what the empty views speak of."""

    plans: int
    areas: int
    units: int
    targets: int
    tasks: int
    results: int
    audit: int
    issued: int


def counts(db: Database, year: int | None) -> Counts:
    from cbdesk.db.models import AuditEntry, IssuedReport, Result, Target, Task

    with db.session() as s:
        def n(model, *where):
            return s.scalar(select(func.count()).select_from(model).where(*where)) or 0

        plan_id = s.scalar(select(Plan.id).where(Plan.year == year)) if year else None
        return Counts(
            plans=n(Plan), areas=n(Area), units=n(Unit),
            targets=n(Target, Target.plan_id == plan_id) if plan_id else 0,
            tasks=n(Task, Task.plan_id == plan_id) if plan_id else 0,
            results=n(Result, Result.target_id.in_(select(Target.id).where(
                Target.plan_id == plan_id))) if plan_id else 0,
            audit=n(AuditEntry, AuditEntry.plan_year == year) if year else n(AuditEntry),
            issued=n(IssuedReport, IssuedReport.plan_id == plan_id) if plan_id else 0)
