"""A yearly plan started from a programme: each programme target becomes a
yearly target carrying it, with the year's share on the straight line
(cumulative: an equal share of the programme's total; level: the point the
line from the baseline reaches that year; change: the yearly average, or an
equal share of the total change). The plan is a draft to edit; applied in
one transaction with its links, audited, and refused when the year already
has a plan."""

from __future__ import annotations

from cbdesk.core.enums import Direction, TargetKind
from cbdesk.core.plandata import PlanData, TargetData
from cbdesk.db.engine import Database
from cbdesk.services import permissions
from cbdesk.services.actors import Actor
from cbdesk.services.errors import ValidationError
from cbdesk.services.programmes.rollup import review
from cbdesk.services.programmes.store import link_in_session


def year_share(kind: str, direction: str, target: float | None, baseline: float | None,
               baseline_year: int | None, per_year: bool, start: int, end: int,
               year: int, latest: float | None = None) -> tuple[float | None, float | None]:
    """(the year's target, the year's baseline) for a programme target."""
    n = end - start + 1
    if target is None:
        return None, baseline
    kind = TargetKind(kind)
    if kind is TargetKind.CUMULATIVE:
        return round(target / n, 2), None
    if kind is TargetKind.LEVEL:
        if baseline is None:
            return target, None  # a threshold holds every year
        since = baseline_year if baseline_year is not None else start - 1
        share = (year - since) / max(end - since, 1)
        return round(baseline + (target - baseline) * min(max(share, 0), 1), 2), baseline
    if kind is TargetKind.CHANGE:
        yearly = target if per_year else round(target / n, 2)
        return yearly, latest if latest is not None else baseline
    return target, baseline


def plan_from_programme(db: Database, code: str, year: int) -> tuple[PlanData, dict[str, str]]:
    """The draft plan of ``year`` and its links (target code → programme target code)."""
    from cbdesk.services.forms import base_plan

    r = review(db, code, year - 1 if year > 1900 else year)
    if not r.start <= year <= r.end:
        raise ValidationError(
            f"Năm {year} không thuộc giai đoạn {r.code}.",
            f"The year {year} is not in the programme {r.code}.")
    data, exists = base_plan(db, year)
    if exists:
        raise ValidationError(
            f"Năm {year} đã có kế hoạch; không tạo lại từ giai đoạn.",
            f"The year {year} already has a plan; it is not started again from the programme.")
    data.title = f"Kế hoạch năm {year} (thực hiện giai đoạn {r.code})"
    links: dict[str, str] = {}
    for row in r.rows:
        t = row.target
        latest = row.rollup.to_date if row.rollup.latest_year is not None \
            and row.rollup.latest_year < year else None
        value, base = year_share(t.kind, t.direction, t.target, t.baseline, t.baseline_year,
                                 t.per_year, r.start, r.end, year, latest)
        data.targets.append(TargetData(
            t.code, t.name, t.unit, t.kind, t.direction or Direction.INCREASE.value, value, base,
            parent_code=t.parent_code, relation=t.relation))
        links[t.code] = t.code
    return data, links


def start_plan(db: Database, code: str, year: int, actor: Actor):
    """Create the plan of ``year`` from programme ``code`` (plans.create and
    programmes.edit needed); returns the apply summary."""
    from cbdesk.services.plan_apply import apply_plan_data

    permissions.require(actor, "plans.create", db)
    permissions.require(actor, "programmes.edit", db)
    data, links = plan_from_programme(db, code, year)
    return apply_plan_data(db, data, actor,
                           extra=lambda s, summary: link_in_session(s, year, links, actor,
                                                                    summary))
