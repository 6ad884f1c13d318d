"""Every figure of every target for a period, made from plain column rows:
the computation half of ``services.progress.target_rows`` (which reads the
rows through SQLAlchemy) without any database import, so the window's first
view (``services.first_view``) makes the very same rows from a
standard-library read of a SQLite file before SQLAlchemy has loaded.

The arithmetic lives in cbdesk.core.progress; this module applies the area
rules (a whole-province value when entered, otherwise the sum of the areas)
and the breakdown rule (a parent without values of its own is the sum of its
breakdown children).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from cbdesk.core.enums import Direction, Relation, TargetKind, TargetStatus
from cbdesk.core.periods import Period, periods_of_year
from cbdesk.core.progress import (
    Entry,
    Progress,
    Tolerances,
    compute_progress,
    moved_wrong_way,
    period_and_ytd,
    province_value,
)

# The columns each read gives, in this order, by name (services.progress
# selects them with SQLAlchemy, services.first_view with sqlite3).
TARGET_COLUMNS = ("id", "code", "parent_id", "relation", "name", "unit", "kind", "direction",
                  "target_value", "baseline", "decimals", "profile", "manual_achieved",
                  "year_estimate", "lead_unit_name")
RESULT_COLUMNS = ("target_id", "period", "area_key", "value")
# Results are read by their targets' ids (the planner then walks the index of
# result (target_id, period) instead of scanning every year's results, as
# PostgreSQL did for a join on the plan): at most this many ids per statement,
# well inside SQLite's 32.766 and PostgreSQL's 65.535 bound parameters.
IDS_PER_READ = 10_000
_NONE: Mapping[int, float] = {}  # a target with no allocations


class AreaFigures(NamedTuple):
    """One area's figures of a target (a named tuple: a report makes one per
    target and area, about a thousand)."""

    area: str  # area code
    name: str
    allocation: float | None
    period_value: float | None
    ytd: float | None


@dataclass(frozen=True)
class TargetRow:
    """A target with every figure for one period."""

    code: str
    name: str
    unit: str
    kind: TargetKind
    direction: Direction
    target: float | None
    baseline: float | None
    decimals: int
    parent_code: str | None
    relation: str | None
    depth: int
    lead_unit: str  # unit name
    period_value: float | None  # the figure for the period itself
    ytd: float | None  # year to date (lũy kế)
    progress: Progress
    previous_period_value: float | None  # same period of the previous year
    previous_ytd: float | None
    estimate: float | None  # ước thực hiện cả năm
    mismatch: bool  # whole-province value disagrees with the sum of the areas
    areas: list[AreaFigures] = field(default_factory=list)

    @property
    def status(self) -> TargetStatus:
        return self.progress.status

    @property
    def percent_of_target(self) -> float | None:
        return self.progress.percent_of_target

    @property
    def data_to(self) -> int | None:
        """The last month the figures run to, when earlier than the period's
        last month (``số liệu đến hết tháng 6/2021``); None otherwise."""
        return self.progress.data_to

    @property
    def wrong_way(self) -> bool:
        """A level that moved against the target's direction since the same
        period of last year (a rate to cut that rose)."""
        return moved_wrong_way(self.kind, self.direction, self.ytd, self.previous_ytd)

    @property
    def level_change_vs_previous(self) -> float | None:
        """Level and change targets: the level now minus the level at the same
        period of last year (3,52 − 3,48 = +0,04 points); None otherwise."""
        if self.kind not in (TargetKind.LEVEL, TargetKind.CHANGE):
            return None
        if self.ytd is None or self.previous_ytd is None:
            return None
        return self.ytd - self.previous_ytd

    @property
    def change_vs_previous(self) -> float | None:
        """% change of the year-to-date figure against the same period last year."""
        if self.ytd is None or not self.previous_ytd:
            return None
        return (self.ytd - self.previous_ytd) / abs(self.previous_ytd) * 100


def result_periods(upto: Period, with_previous_year: bool) -> list[Period]:
    """The periods a year-to-date figure for ``upto`` can use: those of its
    year that end by its last month (later months are not read at all), and
    the same of the year before when that plan is read too."""
    periods = [p for p in periods_of_year(upto.year) if p.last_month <= upto.last_month]
    if with_previous_year:
        last = upto.previous_year()
        periods += [p for p in periods_of_year(last.year) if p.last_month <= last.last_month]
    return periods


def entries_from_rows(rows: Iterable[Sequence], prev_codes: Mapping[int, str],
                      periods: Iterable[Period]
                      ) -> tuple[dict[int, dict[int, list[Entry]]],
                                 dict[str, dict[int, list[Entry]]]]:
    """Result rows (:data:`RESULT_COLUMNS`) of ``periods`` → target id → area
    key (0 = province) → entries for the plan's own targets, and the same for
    last year's targets ``prev_codes`` (their id → code), keyed by code."""
    out: dict[int, dict[int, list[Entry]]] = {}
    prev: dict[str, dict[int, list[Entry]]] = {}
    by_code = {p.code: p for p in periods}  # the codes read: no text to parse
    for tid, code, akey, value in rows:
        p = by_code.get(code)
        if p is None:
            p = by_code[code] = Period.parse(code)
        tcode = prev_codes.get(tid)
        if tcode is None:
            cells = out.get(tid)
            if cells is None:
                cells = out[tid] = {}
        else:
            cells = prev.get(tcode)
            if cells is None:
                cells = prev[tcode] = {}
        entries = cells.get(akey)
        if entries is None:
            cells[akey] = [Entry(p, value)]
        else:
            entries.append(Entry(p, value))
    return out, prev


def id_batches(ids: Sequence[int]) -> list[Sequence[int]]:
    """``ids`` in slices of at most :data:`IDS_PER_READ` (one for any real
    plan; none for no ids, so no statement is made for nothing)."""
    return [ids[i:i + IDS_PER_READ] for i in range(0, len(ids), IDS_PER_READ)]


def _last_month(cells: dict[int, list[Entry]], period: Period) -> int | None:
    """The last month any figure used for ``period``'s year to date runs to."""
    year, last = period.year, period.last_month  # read once, not per entry
    months = [m for entries in cells.values() for e in entries
              if e.period.year == year and (m := e.period.last_month) <= last]
    return max(months) if months else None


def _figures(
    kind: TargetKind, cells: dict[int, list[Entry]], period: Period, area_ids: list[int]
) -> tuple[float | None, float | None, bool, dict]:
    """Province period value, province ytd, mismatch, per-area (period, ytd)."""
    none = (None, None)
    per_area = {aid: period_and_ytd(kind, got, period) if (got := cells.get(aid)) else none
                for aid in area_ids}
    got = cells.get(0)
    whole_pv, whole_yv = period_and_ytd(kind, got, period) if got else none
    pv, mismatch_p = province_value(
        kind, whole_pv, {a: v[0] for a, v in per_area.items() if v[0] is not None}
    )
    yv, mismatch_y = province_value(
        kind, whole_yv, {a: v[1] for a, v in per_area.items() if v[1] is not None}
    )
    return pv, yv, mismatch_p or mismatch_y, per_area


def _province_figures(kind: TargetKind, cells: dict[int, list[Entry]], period: Period,
                      area_ids: list[int]) -> tuple[float | None, float | None]:
    """The province's (period value, ytd) of :func:`_figures`, the areas
    computed only when they can change it: a cumulative target without its
    own whole-province figure (last year's figures of the progress report)."""
    whole = cells.get(0)
    pv, yv = period_and_ytd(kind, whole, period) if whole else (None, None)
    if kind is not TargetKind.CUMULATIVE or (pv is not None and yv is not None):
        return pv, yv  # province_value keeps an entered whole-province figure
    pv, yv, _, _ = _figures(kind, cells, period, area_ids)
    return pv, yv


def build_target_rows(targets: Sequence, areas: Sequence,
                      allocs: Mapping[int, Mapping[int, float]],
                      entries: Mapping[int, dict[int, list[Entry]]],
                      prev_entries: Mapping[str, dict[int, list[Entry]]],
                      tol: Tolerances, period: Period) -> list[TargetRow]:
    """The plan's targets (rows with :data:`TARGET_COLUMNS` as attributes, in
    plan order), its areas below the province (``id``, ``code``, ``name``),
    the allocations (target id → area id → value) and the entries → one
    :class:`TargetRow` each, in plan order."""
    area_ids = [a.id for a in areas]
    by_id = {t.id: t for t in targets}
    children: dict[int, list] = {}
    for t in targets:
        if t.parent_id in by_id:
            children.setdefault(t.parent_id, []).append(t)

    computed: dict[int, tuple] = {}

    def figures(t):
        if t.id in computed:
            return computed[t.id]
        kind = TargetKind(t.kind)
        pv, yv, mismatch, per_area = _figures(kind, entries.get(t.id, {}), period, area_ids)
        data_to = _last_month(entries.get(t.id, {}), period)
        parts = [c for c in children.get(t.id, []) if c.relation == Relation.BREAKDOWN]
        if pv is None and yv is None and parts and kind == TargetKind.CUMULATIVE:
            # A breakdown parent is the sum of its parts when not entered itself.
            sums = [figures(c) for c in parts]
            pvs = [x[0] for x in sums if x[0] is not None]
            yvs = [x[1] for x in sums if x[1] is not None]
            pv = sum(pvs) if pvs else None
            yv = sum(yvs) if yvs else None
            months = [x[4] for x in sums if x[4] is not None]
            data_to = max(months) if months else None
        computed[t.id] = (pv, yv, mismatch, per_area, data_to)
        return computed[t.id]

    rows: list[TargetRow] = []
    prev_period = period.previous_year()
    for t in targets:
        kind = TargetKind(t.kind)
        direction = Direction(t.direction)
        pv, yv, mismatch, per_area, data_to = figures(t)
        baseline = t.baseline
        progress = compute_progress(
            kind,
            direction,
            t.target_value,
            baseline,
            yv,
            period,
            t.profile,
            tol,
            t.manual_achieved,
            data_to,
        )
        ppv = pyv = None
        if t.code in prev_entries:
            ppv, pyv = _province_figures(kind, prev_entries[t.code], prev_period, area_ids)
        allocated = allocs.get(t.id, _NONE)
        depth, p = 0, t.parent_id
        while p in by_id:
            depth, p = depth + 1, by_id[p].parent_id
        rows.append(
            TargetRow(
                code=t.code,
                name=t.name,
                unit=t.unit,
                kind=kind,
                direction=direction,
                target=t.target_value,
                baseline=baseline,
                decimals=t.decimals,
                parent_code=by_id[t.parent_id].code if t.parent_id in by_id else None,
                relation=t.relation,
                depth=depth,
                lead_unit=t.lead_unit_name or "",
                period_value=pv,
                ytd=yv,
                progress=progress,
                previous_period_value=ppv,
                previous_ytd=pyv,
                estimate=t.year_estimate,
                mismatch=mismatch,
                areas=[
                    AreaFigures(a.code, a.name, allocated.get(a.id), *per_area[a.id])
                    for a in areas
                ],
            )
        )
    return rows
