"""Roll-up of a five-year programme's targets (giai đoạn 2026–2030) from the
yearly plans' year figures: the one place these rules live.

- cumulative: to date = the sum of the years' values;
- level: to date = the latest year's value;
- change: to date = the latest year's level; the change made is the distance
  moved from the baseline in the wanted direction; for a "bình quân" target
  (``per_year``) the yearly average is that change ÷ the years since the
  baseline year, and the target is the average wanted each year.

Progress is judged against the programme's target (% of it) and against the
share due by the year reached, on a straight line over the programme's years
(3 of 5 years elapsed → 60 % due). Years without a figure are listed in
``missing``, never silently treated as zero. Pure: stdlib and core only.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from cbdesk.core.enums import Direction, TargetKind, TargetStatus
from cbdesk.core.progress import (
    Tolerances,
    _at_least,
    _judge,
    _ratio,
    _year_end,
    is_threshold,
)


@dataclass(frozen=True)
class RollUp:
    """How one programme target stands by the year reached."""

    years: dict[int, float | None]  # every year from the start to the year reached
    missing: list[int]  # years of ``years`` without a figure
    to_date: float | None  # cumulative: the sum; level/change: the latest level
    latest_year: int | None  # the last year with a figure
    change: float | None  # change targets: moved from the baseline (good direction > 0)
    yearly_average: float | None  # change targets "bình quân": change per year
    percent: float | None  # % of the programme target (average targets: of the average)
    due: float | None  # what is due by the year judged, in the target's units
    share: float  # share of the programme's years elapsed (0..1)
    pace: float | None  # % of what is due
    status: TargetStatus
    final: bool  # the year reached is the programme's last year


def elapsed_years_share(start: int, end: int, year: int) -> float:
    """Share of the programme due by the end of ``year`` on a straight line."""
    total = end - start + 1
    done = min(max(year - start + 1, 0), total)
    return done / total


def roll_up(
    kind: TargetKind | str,
    direction: Direction | str,
    target: float | None,
    baseline: float | None,
    start: int,
    end: int,
    upto: int,
    values: Mapping[int, float | None],
    per_year: bool = False,
    baseline_year: int | None = None,
    tolerances: Tolerances = Tolerances(),  # noqa: B008 - frozen, immutable
) -> RollUp:
    """Roll the yearly ``values`` ({year: the year's figure}) of a programme
    target up to the year ``upto`` (clamped to the programme's years)."""
    kind = TargetKind(kind)
    direction = Direction(direction)
    decrease = direction is Direction.DECREASE
    upto = min(max(upto, start), end)
    years = {y: values.get(y) for y in range(start, upto + 1)}
    missing = [y for y, v in years.items() if v is None]
    present = [(y, v) for y, v in years.items() if v is not None]
    latest_year = present[-1][0] if present else None
    final = upto == end
    no_data = TargetStatus.NO_DATA

    def out(to_date, percent, due, pace, status, share, change=None, average=None):
        return RollUp(years, missing, to_date, latest_year, change, average, percent, due,
                      share, pace, status, final)

    if kind is TargetKind.CUMULATIVE:
        share = elapsed_years_share(start, end, upto)
        to_date = sum(v for _, v in present) if present else None
        due = target * share if target is not None else None
        if to_date is None or target is None:
            return out(to_date, None, due, None, no_data, share)
        percent = _ratio(to_date, target)
        if decrease:  # a ceiling over the programme
            under = _at_least(target, to_date)
            pace = _ratio(due, to_date)
            if final:
                return out(to_date, percent, due, pace, _year_end(under, pace, tolerances), share)
            status = _judge(False, pace, tolerances, TargetStatus.ON_TRACK) if under \
                else TargetStatus.BEHIND
            return out(to_date, percent, due, pace, status, share)
        pace = _ratio(to_date, due)
        met = _at_least(to_date, target)
        if final:
            return out(to_date, percent, due, pace, _year_end(met, pace, tolerances), share)
        return out(to_date, percent, due, pace,
                   _judge(met, pace, tolerances, TargetStatus.ON_TRACK), share)

    # Level and change: the latest level, judged at the year it belongs to.
    judged = latest_year if latest_year is not None else upto
    share = elapsed_years_share(start, end, judged)
    to_date = present[-1][1] if present else None

    if kind is TargetKind.LEVEL:
        if target is None or to_date is None:
            due = None
            if target is not None and baseline is not None:
                due = baseline + (target - baseline) * share
            return out(to_date, None, due, None, no_data, share)
        met = _at_least(target, to_date) if decrease else _at_least(to_date, target)
        percent = None if decrease else _ratio(to_date, target)
        if is_threshold(kind, target, baseline):  # the year's rule (core.progress)
            if final:
                status = TargetStatus.ACHIEVED if met else TargetStatus.NOT_ACHIEVED
            else:
                status = TargetStatus.ON_TRACK if met else TargetStatus.BEHIND
            return out(to_date, percent, target, None, status, share)
        due = baseline + (target - baseline) * share
        pace = _ratio(to_date - baseline, due - baseline)
        if final:
            return out(to_date, percent, due, pace, _year_end(met, pace, tolerances), share)
        return out(to_date, percent, due, pace,
                   _judge(met, pace, tolerances, TargetStatus.ON_TRACK), share)

    if kind is TargetKind.CHANGE:
        if target is not None and decrease and target < 0:
            target = -target  # "−1,5 points a year" read as its size
        if baseline is None or to_date is None or target is None:
            return out(to_date, None, None, None, no_data, share)
        change = baseline - to_date if decrease else to_date - baseline
        if per_year:
            since = baseline_year if baseline_year is not None else start - 1
            n = max(judged - since, 1)
            average = change / n
            percent = _ratio(average, target)
            pace = percent  # the average due each year is the target itself
            met = _at_least(average, target)
            if final:
                return out(to_date, percent, target, pace, _year_end(met, pace, tolerances),
                           share, change, average)
            status = _judge(False, pace, tolerances, TargetStatus.ON_TRACK)
            if met and status is not TargetStatus.AHEAD:
                status = TargetStatus.ON_TRACK
            return out(to_date, percent, target, pace, status, share, change, average)
        due = target * share
        percent = _ratio(change, target)
        pace = _ratio(change, due)
        met = _at_least(change, target)
        if final:
            return out(to_date, percent, due, pace, _year_end(met, pace, tolerances), share,
                       change)
        return out(to_date, percent, due, pace,
                   _judge(met, pace, tolerances, TargetStatus.ON_TRACK), share, change)

    # Qualitative: the latest word stands; nothing to add up.
    return out(to_date, None, None, None, no_data if to_date is None else
               TargetStatus.ON_TRACK, share)
