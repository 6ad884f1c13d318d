"""A programme's targets rolled up by a year: each year's figure is the yearly
plan's whole-year figure from the one computation (services.progress.target_rows
for the period YYYY) of the yearly target linked to the programme target; the
rules are core.programme's."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from cbdesk.core.programme import RollUp, roll_up
from cbdesk.db.engine import Database
from cbdesk.db.models import Plan, Programme, ProgrammeLink
from cbdesk.services import settings
from cbdesk.services.programmes.data import ProgrammeTargetData
from cbdesk.services.programmes.store import _get, programme_data


@dataclass(frozen=True)
class ProgrammeRow:
    target: ProgrammeTargetData
    depth: int
    linked: dict[int, str]  # year → the yearly target's code carrying it
    rollup: RollUp
    # year → the last month its figure runs to, for a year whose figures stop
    # before December (the yearly plan's own `data_to`): said, never hidden.
    partial: dict[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class ProgrammeReview:
    code: str
    name: str
    start: int
    end: int
    upto: int
    plan_years: list[int]  # years of the programme that have a yearly plan
    rows: list[ProgrammeRow]

    @property
    def final(self) -> bool:
        return self.upto >= self.end


def review(db: Database, code: str, upto: int | None = None) -> ProgrammeReview:
    """Every target of programme ``code`` rolled up to ``upto`` (default: the
    last year of the programme that has a yearly plan, else its first year)."""
    from cbdesk.services.progress import target_rows

    data = programme_data(db, code)
    with db.session() as s:
        prog: Programme = _get(s, code)
        start, end = prog.start_year, prog.end_year
        plan_years = sorted(y for (y,) in s.execute(
            select(Plan.year).where(Plan.year >= start, Plan.year <= end)))
        links = s.execute(
            select(ProgrammeLink.year, ProgrammeLink.target_code, ProgrammeLink.programme_target_id)
            .where(ProgrammeLink.year >= start, ProgrammeLink.year <= end)).all()
        ids = {t.id: t.code for t in prog.targets}
        bands = settings.tolerances(s)  # the office's bands, as in the year's progress
    if upto is None:
        upto = plan_years[-1] if plan_years else start
    upto = min(max(upto, start), end)
    linked: dict[str, dict[int, str]] = {}
    for year, tcode, ptid in links:
        if ptid in ids:
            linked.setdefault(ids[ptid], {})[year] = tcode
    figures: dict[int, dict[str, float | None]] = {}
    data_to: dict[int, dict[str, int | None]] = {}
    for year in plan_years:
        if year > upto:
            continue
        rows = target_rows(db, year, str(year))
        figures[year] = {r.code: r.ytd for r in rows}
        data_to[year] = {r.code: r.data_to for r in rows}
    by_code = {t.code: t for t in data.targets}
    rows = []
    for t in data.targets:
        years = linked.get(t.code, {})
        values = {y: figures.get(y, {}).get(c) for y, c in years.items() if y <= upto}
        r = roll_up(t.kind, t.direction, t.target, t.baseline, start, end, upto, values,
                    per_year=t.per_year, baseline_year=t.baseline_year, tolerances=bands)
        depth, p = 0, t.parent_code
        while p in by_code and depth < 10:
            depth, p = depth + 1, by_code[p].parent_code
        partial = {y: m for y, c in years.items() if y <= upto and values.get(y) is not None
                   and (m := data_to.get(y, {}).get(c)) is not None and m < 12}
        rows.append(ProgrammeRow(t, depth, dict(sorted(years.items())), r, partial))
    return ProgrammeReview(prog.code, prog.name, start, end, upto, plan_years, rows)
