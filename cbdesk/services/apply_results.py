"""Results of a PlanData, applied by (target, period, area) with the period,
overlap, closed-period and range rules (part of plan_apply).
"""

from __future__ import annotations

from sqlalchemy import select

from cbdesk.core import text as vtext
from cbdesk.core.enums import TargetKind
from cbdesk.core.periods import Period, PeriodError
from cbdesk.core.progress import Entry, one_fact_per_moment, overlapping, same_moment
from cbdesk.db.bulk import insert_rows
from cbdesk.db.models import (
    ClosedPeriod,
    Result,
    Target,
)
from cbdesk.services import validation
from cbdesk.services.changes import Change
from cbdesk.services.plans import is_period_locked


def apply_results(s, plan, data, areas, summary, problems, actor, now) -> None:
    targets = {t.code: t for t in s.scalars(select(Target).where(Target.plan_id == plan.id))}
    closed = set(s.scalars(select(ClosedPeriod.period).where(ClosedPeriod.plan_id == plan.id)))
    existing: dict[tuple[int, str, int], Result] = {
        (r.target_id, r.period, r.area_key): r
        for r in s.scalars(select(Result).join(Target).where(Target.plan_id == plan.id))
    }
    # Periods per (target, area) already present, for the overlap rule, and
    # the stored rows by (target, area), for the one-fact-per-moment rule.
    periods_by_cell: dict[tuple[int, int], list[Period]] = {}
    rows_by_cell: dict[tuple[int, int], list[tuple[str, Result]]] = {}
    for (tid, period, akey), row in existing.items():
        periods_by_cell.setdefault((tid, akey), []).append(Period.parse(period))
        rows_by_cell.setdefault((tid, akey), []).append((period, row))
    in_file: set[tuple[int, str, int]] | None = None  # the file's cells, when needed
    clean = _memo(vtext.clean)
    parse = _memo(lambda code: Period.parse(str(code)))
    months_by_cell: dict[tuple[int, int], set[tuple[int, int]]] = {}  # for the overlap rule
    new_rows: list[dict] = []
    seen: set[tuple[int, str, int]] = set()
    problems.extend(_moment_clashes(data.results, targets, areas, parse, clean))
    replaced: list[Result] = []
    closed_codes = list(closed)
    # Each target's and area's columns read once (ORM attribute reads, per
    # row of a 10.000-row file, were a good part of applying it).
    tinfo = {code: (t.id, t.code, t.unit, t.kind, t.kind == TargetKind.CUMULATIVE,
                    one_fact_per_moment(t.kind)) for code, t in targets.items()}
    ainfo = {code: (a.id, a.code) for code, a in areas.items()}
    for rd in data.results:
        where_vi = f"Kết quả chỉ tiêu {rd.target}, kỳ {rd.period}"
        where_en = f"Result of target {rd.target}, period {rd.period}"
        info = tinfo.get(clean(rd.target))
        if info is None:
            problems.append(
                (
                    f"{where_vi}: không có chỉ tiêu '{rd.target}' trong kế hoạch {plan.year}.",
                    f"{where_en}: no target '{rd.target}' in the {plan.year} plan.",
                )
            )
            continue
        tid, tcode, tunit, tkind, cumulative, one_fact = info
        try:
            period = parse(rd.period)
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
            area = ainfo.get(clean(rd.area))
            if area is None:
                problems.append(
                    (
                        f"{where_vi}: không có địa bàn '{rd.area}'.",
                        f"{where_en}: unknown area '{rd.area}'.",
                    )
                )
                continue
        value = rd.value
        if value is not None:
            problems.extend(
                (f"{where_vi}: {vi}", f"{where_en}: {en}")
                for vi, en in validation.check_value(tcode, tunit, tkind, value, "giá trị",
                                                     "value")
            )
        akey, acode = area if area is not None else (0, "")
        pcode = period.code
        cell = (tid, pcode, akey)
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
        note = vtext.clean(rd.note)
        if old is not None and old.value == value and old.note == note:
            continue
        if closed_codes and is_period_locked(closed_codes, period):
            problems.append(
                (
                    f"{where_vi}: kỳ đã chốt số liệu, không thể sửa.",
                    f"{where_en}: the period is closed.",
                )
            )
            continue
        if old is None and cumulative:
            covered = months_by_cell.get((tid, akey))
            if covered is None:
                covered = months_by_cell[(tid, akey)] = {
                    m for p in periods_by_cell.get((tid, akey), ()) for m in _months(p)}
            mine = _months(period)
            clash = None
            if not covered.isdisjoint(mine):  # which one, for the message
                clash = overlapping(
                    [Entry(p, 0.0) for p in periods_by_cell.get((tid, akey), [])], period
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
            periods_by_cell.setdefault((tid, akey), []).append(period)
            covered.update(mine)
        key = f"{tcode}|{pcode}|{acode}"
        if one_fact and value is not None:
            # One fact per moment: a stored figure of another period ending the
            # same day is replaced by this one (unless the file carries it too).
            for other, row in rows_by_cell.get((tid, akey), ()):
                if other == pcode or row in replaced:
                    continue
                if not same_moment(parse(other), period):
                    continue
                if in_file is None:
                    in_file = _cells_of(data, targets, areas)
                if (tid, other, akey) in in_file:
                    continue
                replaced.append(row)
                okey = f"{tcode}|{other}|{acode}"
                summary.changes.append(Change("result", okey, "value", row.value, None))
        if old is None:
            new_rows.append(
                dict(
                    target_id=tid,
                    period=pcode,
                    area_id=akey if area is not None else None,
                    area_key=akey,
                    value=value,
                    note=note,
                    source=vtext.clean(rd.source),
                    entered_by=actor.username,
                    entered_at=now,
                    version=1,
                )
            )
            summary.changes.append(Change("result", key, "value", None, value))
        else:
            summary.changes.append(Change("result", key, "value", old.value, value))
            old.value, old.note = value, note
            old.source = vtext.clean(rd.source) or old.source
            old.entered_by, old.entered_at = actor.username, now
    if problems:
        return
    for row in replaced:
        s.delete(row)
    if replaced:
        s.flush()
    if new_rows:
        insert_rows(s, Result.__table__, new_rows)


def _cells_of(data, targets, areas) -> set[tuple[int, str, int]]:
    """(target id, period code, area key) of every result row of ``data``."""
    out = set()
    for rd in data.results:
        t = targets.get(vtext.clean(rd.target))
        if t is None:
            continue
        area = areas.get(vtext.clean(rd.area)) if rd.area else None
        try:
            out.add((t.id, Period.parse(str(rd.period)).code, area.id if area else 0))
        except PeriodError:
            continue
    return out


def _memo(fn):
    """``fn`` remembered per argument (codes repeat on every row)."""
    cache: dict = {}

    def call(arg):
        try:
            return cache[arg]
        except KeyError:
            cache[arg] = out = fn(arg)
            return out
        except TypeError:  # unhashable: not a code
            return fn(arg)

    return call


def _months(p: Period) -> list[tuple[int, int]]:
    return [(p.year, m) for m in range(p.first_month, p.last_month + 1)]


def _moment_clashes(results, targets, areas, parse, clean=vtext.clean
                    ) -> list[tuple[str, str]]:
    """Rows of one file giving a level or change target two different figures
    for periods ending the same day (H1 and June): refused, both named."""
    seen: dict[tuple[str, str, object], tuple[Period, float]] = {}
    out = []
    one_fact = {code: one_fact_per_moment(t.kind) for code, t in targets.items()}
    for rd in results:
        if rd.value is None:
            continue
        code = clean(rd.target)
        if not one_fact.get(code):
            continue
        t = targets[code]
        try:
            period = parse(rd.period)
        except PeriodError:
            continue
        cell = (t.code, clean(rd.area or ""), period.end)
        if cell in seen:
            first, value = seen[cell]
            if first != period and value != rd.value:
                where, where_en = cell[1] or "toàn tỉnh", cell[1] or "whole province"
                out.append((
                    f"Chỉ tiêu {t.code}, {where}: {first.label('vi')} = {_vn(value)} và "
                    f"{period.label('vi')} = {_vn(rd.value)} là cùng một thời điểm nhưng khác "
                    "số liệu; chỉ giữ một giá trị.",
                    f"Target {t.code}, {where_en}: {first.label('en')} = "
                    f"{_vn(value)} and {period.label('en')} = {_vn(rd.value)} are the same "
                    "moment with different figures; keep one."))
            continue
        seen[cell] = (period, rd.value)
    return out


def _vn(v: float) -> str:
    from cbdesk.core.vnformat import format_number

    return format_number(v)

