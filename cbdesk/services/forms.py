"""What workbook imports and district forms need from the database: the
catalogs, a plan to overlay imported rows on, an apply that refuses to
overwrite figures unless asked, and a form's targets for one area."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from cbdesk.core.enums import AreaLevel, TargetKind
from cbdesk.core.plandata import AreaData, PlanData, UnitData
from cbdesk.db.engine import Database
from cbdesk.services.actors import Actor
from cbdesk.services.errors import NotFound, ServiceError
from cbdesk.services.plans import get_plan, organisation, plan_to_data
from cbdesk.services.settings import get as get_setting

# Model classes are imported in the functions that use them: `cbdesk report`
# loads this module without the ORM (docs/ARCHITECTURE.md, "Reads of plain rows").

if TYPE_CHECKING:  # imported when applying: reading a plan's areas needs none of it
    from cbdesk.services.plan_apply import ApplySummary, Change


class OverwriteRefused(ServiceError):
    """Figures or fields that exist would be replaced, and --overwrite was not given."""

    def __init__(self, changes: list[Change]):
        self.changes = changes
        super().__init__(
            f"{len(changes)} giá trị đã có sẽ bị thay bằng giá trị khác; thêm --overwrite "
            "để ghi đè. Không có gì thay đổi.",
            f"{len(changes)} existing values would be replaced; add --overwrite to "
            "overwrite them. Nothing changed.",
        )


def is_overwrite(change: Change) -> bool:
    """Whether a change replaces something that was there (not an addition)."""
    return change.field != "*" and change.old not in (None, "", [])


def base_plan(db: Database, year: int) -> tuple[PlanData, bool]:
    """The plan of ``year`` as data to overlay imported rows on, and whether
    it exists; a new plan starts empty but with the database's catalogs and
    organisation, so that nothing unmentioned is blanked."""
    from cbdesk.db.models import Area, Plan, Unit

    with db.session() as s:
        exists = s.scalars(select(Plan.id).where(Plan.year == int(year))).first() is not None
        if not exists:
            units = [UnitData(u.code, u.name, u.kind)
                     for u in s.scalars(select(Unit).order_by(Unit.id))]
            areas_rows = s.scalars(select(Area).order_by(Area.id)).all()
            codes = {a.id: a.code for a in areas_rows}
            areas = [AreaData(a.code, a.name, a.level, codes.get(a.parent_id), a.valid_from,
                              a.valid_to) for a in areas_rows]
            return PlanData(year=int(year), title="", organisation=organisation(s),
                            units=units, areas=areas), False
    return plan_to_data(db, year), True


def apply_guarded(db: Database, data: PlanData, actor: Actor, dry_run: bool = False,
                  overwrite: bool = False,
                  source: tuple[str, str] | None = None, extra=None) -> ApplySummary:
    """apply_plan_data, refusing (OverwriteRefused, nothing written) when it
    would replace existing values and ``overwrite`` is False. A dry run
    reports without refusing."""
    refused: list[Change] = []

    def accept(summary: ApplySummary) -> bool:
        if overwrite or dry_run:
            return True
        refused.extend(c for c in summary.changes if is_overwrite(c))
        return not refused

    from cbdesk.services.plan_apply import apply_plan_data

    summary = apply_plan_data(db, data, actor, dry_run=dry_run, accept=accept, source=source,
                              extra=extra)
    if refused:
        raise OverwriteRefused(refused)
    return summary


# -- district forms -------------------------------------------------------------


@dataclass(frozen=True)
class FormLine:
    """One target on an area's form."""

    code: str
    name: str
    unit: str
    kind: str
    allocation: float | None  # the area's plan figure; None when not allocated
    decimals: int


@dataclass(frozen=True)
class FormArea:
    code: str
    name: str


def district_areas(db: Database, year: int) -> list[FormArea]:
    """District-level areas valid at some time in ``year``, by code."""
    from cbdesk.db.models import Area

    start, end = date(year, 1, 1), date(year, 12, 31)
    with db.session() as s:
        rows = s.scalars(select(Area).where(Area.level == AreaLevel.DISTRICT.value)
                         .order_by(Area.code)).all()
        return [FormArea(a.code, a.name) for a in rows
                if (a.valid_from is None or a.valid_from <= end)
                and (a.valid_to is None or a.valid_to >= start)]


def find_area(db: Database, code: str) -> FormArea:
    from cbdesk.db.models import Area

    with db.session() as s:
        a = s.scalars(select(Area).where(Area.code == code.strip())).first()
        if a is None:
            raise NotFound(f"Không có địa bàn mã '{code}'.", f"There is no area '{code}'.")
        return FormArea(a.code, a.name)


def form_lines(db: Database, year: int, area_code: str) -> list[FormLine]:
    """The targets an area reports on: those allocated to it, and those with
    no allocation at all; qualitative targets (no number) are left out."""
    from cbdesk.db.models import Allocation, Area, Target

    with db.session() as s:
        plan = get_plan(s, year)
        area = s.scalars(select(Area).where(Area.code == area_code)).first()
        if area is None:
            raise NotFound(f"Không có địa bàn mã '{area_code}'.",
                           f"There is no area '{area_code}'.")
        targets = s.scalars(select(Target).where(Target.plan_id == plan.id)
                            .order_by(Target.sort_order, Target.id)).all()
        allocs: dict[int, dict[int, float]] = {}
        for a in s.scalars(select(Allocation).join(Target).where(Target.plan_id == plan.id)):
            allocs.setdefault(a.target_id, {})[a.area_id] = a.value
        lines = []
        for t in targets:
            if t.kind == TargetKind.QUALITATIVE:
                continue
            mine = allocs.get(t.id)
            if mine and area.id not in mine:
                continue
            lines.append(FormLine(t.code, t.name, t.unit, t.kind,
                                  mine.get(area.id) if mine else None, t.decimals))
        return lines


def fingerprint(year: int, lines: list[tuple[str, str]]) -> str:
    """What identifies the plan a form was made from: its year and the codes and
    names of the form's targets (a renamed or removed target changes it)."""
    h = hashlib.sha256(f"cbdesk-plan:{int(year)}".encode())
    for code, name in lines:
        h.update(f"\n{code}\t{name}".encode())
    return h.hexdigest()


def current_fingerprint(db: Database, year: int, codes: list[str]) -> str | None:
    """The fingerprint the plan of ``year`` gives for ``codes`` now, or None
    when the plan or one of the targets no longer exists."""
    from cbdesk.db.models import Plan, Target

    with db.session() as s:
        plan = s.scalars(select(Plan).where(Plan.year == int(year))).first()
        if plan is None:
            return None
        names = dict(s.execute(select(Target.code, Target.name)
                               .where(Target.plan_id == plan.id)).all())
    if any(c not in names for c in codes):
        return None
    return fingerprint(year, [(c, names[c]) for c in codes])


def cutoff_day(db: Database) -> int:
    """The day of a period's last month when its figures are cut off (setting)."""
    with db.session() as s:
        try:
            return max(1, min(28, int(get_setting(s, "cutoff_day"))))
        except ValueError:
            return 14


def plan_heading(db: Database, year: int) -> tuple[str, str]:
    """The plan's title and the issuing organisation's name (forms go back to it)."""
    with db.session() as s:
        plan = get_plan(s, year)
        return plan.title, organisation(s).name
