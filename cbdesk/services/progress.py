"""Every figure of every target for a period: the one computation that the
screens, the reports, the workbooks and `dump` share (SPEC §1, §3.5).

The arithmetic lives in cbdesk.core.progress and the rules that gather it in
``services.progress_rows`` (no database import there, so the window's first
view makes the same rows from a standard-library read); this module reads
the stored values through SQLAlchemy, on either engine.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from types import SimpleNamespace

from sqlalchemy import bindparam, select

from cbdesk.core.gcpause import gc_paused
from cbdesk.core.periods import Period
from cbdesk.core.progress import Entry, Tolerances
from cbdesk.db import tables
from cbdesk.db.engine import Database
from cbdesk.services.plans import check_period, plan_row
from cbdesk.services.progress_rows import (  # noqa: F401 - TargetRow, AreaFigures: this module's API
    AreaFigures,
    TargetRow,
    build_target_rows,
    entries_from_rows,
    id_batches,
    result_periods,
)
from cbdesk.services.settings import tolerances as load_tolerances


@functools.cache
def _statements() -> SimpleNamespace:
    """The reads of :func:`target_rows`, built once with bound parameters:
    SQLAlchemy's building of a statement (and of its cache key) cost more
    than running it on every screen, report and export. Plain Core columns
    (db.tables): rows, no ORM objects, no mapper configuration."""
    plan = bindparam("plan")
    p, t, u, a = tables.plan.c, tables.target.c, tables.unit.c, tables.area.c
    al, r = tables.allocation.c, tables.result.c
    return SimpleNamespace(
        # This year's and last year's plans, with their targets' ids and codes:
        # last year's figures of a code are this year's "same period last
        # year" (this year's targets come along and are read whole below).
        plans=select(p.id, p.year, t.id, t.code)
        .select_from(tables.plan.outerjoin(tables.target, t.plan_id == p.id))
        .where(p.year.in_(bindparam("years", expanding=True))),
        # The lead unit's name in the same statement.
        targets=select(t.id, t.code, t.parent_id, t.relation, t.name, t.unit, t.kind,
                       t.direction, t.target_value, t.baseline, t.decimals, t.profile,
                       t.manual_achieved, t.year_estimate, u.name.label("lead_unit_name"))
        .select_from(tables.target.outerjoin(tables.unit, u.id == t.lead_unit_id))
        .where(t.plan_id == plan).order_by(t.sort_order, t.id),
        areas=select(a.id, a.code, a.name).where(a.level != "province").order_by(a.code),
        allocations=select(al.target_id, al.area_id, al.value)
        .select_from(tables.allocation.join(tables.target, t.id == al.target_id))
        .where(t.plan_id == plan),
        results=select(r.target_id, r.period, r.area_key, r.value)
        .where(r.target_id.in_(bindparam("ids", expanding=True)),
               r.value.is_not(None),
               r.period.in_(bindparam("codes", expanding=True))),
    )


def _entries_by_target(conn, ids: list[int], prev_codes: dict[int, str], upto: Period
                       ) -> tuple[dict[int, dict[int, list[Entry]]],
                                  dict[str, dict[int, list[Entry]]]]:
    """target id → area key (0 = province) → entries of the plan's targets
    ``ids``, for the periods of ``upto``'s year that end by its last month;
    and the same for last year's targets ``prev_codes`` (id → code) keyed by
    code, read in the same statement (``progress_rows.entries_from_rows``)."""
    periods = result_periods(upto, bool(prev_codes))
    codes = [p.code for p in periods]
    rows = []
    for batch in id_batches([*ids, *prev_codes]):  # one fetch each, not row by row
        rows += conn.execute(_statements().results, {"ids": batch, "codes": codes}).all()
    return entries_from_rows(rows, prev_codes, periods)


def target_rows(
    db: Database, year: int, period_code: str | Period, tolerances: Tolerances | None = None
) -> list[TargetRow]:
    """Every target of the plan with its figures for ``period_code``, in plan order."""
    period = period_code if isinstance(period_code, Period) else check_period(year, period_code)
    with gc_paused():  # thousands of small records, no cycles among them
        return _target_rows(db, year, period, tolerances)


def _target_rows(db: Database, year: int, period: Period,
                 tolerances: Tolerances | None) -> list[TargetRow]:
    q = _statements()
    with db.reading() as conn:  # plain rows, no BEGIN/COMMIT round trips
        plans: dict[int, int] = {}  # year → plan id
        last_year: dict[int, str] = {}  # last year's targets: id → code
        for pid, y, tid, code in conn.execute(q.plans, {"years": [int(year), int(year) - 1]}):
            plans[y] = pid
            if tid is not None and y != int(year):
                last_year[tid] = code
        if int(year) not in plans:
            plan_row(conn, year)  # NotFound, with its message
        plan_id = plans[int(year)]
        tol = tolerances or load_tolerances(conn)
        targets = conn.execute(q.targets, {"plan": plan_id}).all()
        areas = conn.execute(q.areas).all()
        allocs: dict[int, dict[int, float]] = defaultdict(dict)
        for tid, aid, value in conn.execute(q.allocations, {"plan": plan_id}):
            allocs[tid][aid] = value
        mine = {t.code for t in targets}  # last year's targets count under these codes
        prev_codes = {tid: code for tid, code in last_year.items() if code in mine}
        entries, prev_entries = _entries_by_target(conn, [t.id for t in targets], prev_codes,
                                                   period)

        return build_target_rows(targets, areas, allocs, entries, prev_entries, tol, period)
