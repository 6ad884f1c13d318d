"""The one computation behind every figure (SPEC §1, §3.5): a target's value
for a period, its year-to-date value, the whole-province figure, the % of the
year's target, the pace against what is due, and the statuses of targets and
tasks. The GUI, the reports, the exports and ``cbdesk dump`` all call these
functions, so a figure is the same wherever it is shown.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from cbdesk.core.enums import Direction, TargetKind, TargetStatus
from cbdesk.core.figures import (  # noqa: F401 - part of this module's API
    Entry,
    overlapping,
    period_and_ytd,
    period_value,
    province_value,
    ytd_value,
)
from cbdesk.core.moments import (  # noqa: F401 - part of this module's API
    moment_entries,
    moment_figure,
    one_fact_per_moment,
    same_moment,
)
from cbdesk.core.periods import Period
from cbdesk.core.task_status import task_status  # noqa: F401 - part of this module's API
from cbdesk.core.tolerances import Tolerances

__all__ = [
    "Entry",
    "Progress",
    "Tolerances",
    "compute_progress",
    "elapsed_share",
    "is_threshold",
    "moment_entries",
    "moment_figure",
    "one_fact_per_moment",
    "same_moment",
    "moved_wrong_way",
    "overlapping",
    "period_and_ytd",
    "period_value",
    "province_value",
    "task_status",
    "ytd_value",
]

# Float noise allowed when comparing with a target: 10,1 − 6,1 is
# 3,9999999999999996 in binary, yet a cut of 4,0 points has been met.
_REL_EPS = 1e-9


def elapsed_share(period: Period, profile: Sequence[float] | None = None) -> float:
    """Share of the year due by the end of ``period``: months elapsed ÷ 12,
    or with a seasonal profile of 12 monthly weights, the weights up to the
    period's last month over their total."""
    return _share_at(period.last_month, profile)


def _share_at(month: int, profile: Sequence[float] | None) -> float:
    """Share of the year due by the end of ``month`` (1–12)."""
    if profile is None:
        return month / 12
    weights = [float(w) for w in profile]
    if len(weights) != 12 or any(not math.isfinite(w) or w < 0 for w in weights):
        raise ValueError("a seasonal profile needs 12 non-negative monthly weights")
    total = math.fsum(weights)
    if total <= 0:
        raise ValueError("a seasonal profile needs a positive total")
    return math.fsum(weights[:month]) / total


# ---------------------------------------------------------------------------
# Target progress


@dataclass(frozen=True)
class Progress:
    """How a target stands at the end of a period.

    ``actual`` is the year-to-date value judged; ``percent_of_target`` and
    ``pace`` are in percent units (51.0 means 51,0%); ``due`` is what should
    have been reached by the month judged, in the target's units (for change
    targets: the change due; for a threshold: the threshold itself);
    ``change_achieved`` is the change made from the baseline (change targets
    only); ``share`` the elapsed share used. ``data_to`` is the last month
    the figures run to when it is earlier than the period's last month (the
    pace is then judged at that month); ``threshold`` says the target is a
    ceiling or a floor (a level target without a baseline, judged by side,
    never by a ratio); ``year_end`` that the year-end words apply
    (achieved / exceeded / not achieved); ``tolerances`` the bands that gave
    the status — the report's note states these very bands."""

    actual: float | None
    percent_of_target: float | None
    due: float | None
    pace: float | None
    status: TargetStatus
    change_achieved: float | None = None
    share: float | None = None
    data_to: int | None = None
    threshold: bool = False
    year_end: bool = False
    tolerances: Tolerances = Tolerances()  # noqa: RUF009 - frozen, immutable


def _ratio(part: float, whole: float) -> float | None:
    """part ÷ whole in percent; None when whole is (practically) zero."""
    if abs(whole) < 1e-12:
        return None
    return 100.0 * part / whole


def _at_least(value: float, bound: float) -> bool:
    return value >= bound - _REL_EPS * max(1.0, abs(value), abs(bound))


def _judge(
    met: bool, pace: float | None, tolerances: Tolerances, fallback: TargetStatus
) -> TargetStatus:
    """During the year: achieved when the year's target is met, otherwise by
    the pace band; ``fallback`` when there is no pace (nothing due yet, or a
    zero divisor)."""
    if met:
        return TargetStatus.ACHIEVED
    if pace is None:
        return fallback
    if pace < tolerances.behind_below * 100 - _REL_EPS:
        return TargetStatus.BEHIND
    if pace > tolerances.ahead_above * 100 + _REL_EPS:
        return TargetStatus.AHEAD
    return TargetStatus.ON_TRACK


def _year_end(met: bool, pace: float | None, tolerances: Tolerances) -> TargetStatus:
    """At the year's end: exceeded when the pace (at December: the progress
    made over the year's whole target, in the good direction) is at or over
    the upper tolerance, achieved when met, otherwise not achieved."""
    if not met:
        return TargetStatus.NOT_ACHIEVED
    if pace is not None and pace >= tolerances.ahead_above * 100 - _REL_EPS:
        return TargetStatus.EXCEEDED
    return TargetStatus.ACHIEVED


def is_threshold(kind: TargetKind | str, target: float | None, baseline: float | None) -> bool:
    """A level target without a baseline (or whose baseline is the target,
    "keep 100%") is a threshold — a ceiling for a decrease, a floor
    otherwise — judged by the side of it the value is on (SPEC §3.5)."""
    if TargetKind(kind) is not TargetKind.LEVEL or target is None:
        return False
    return baseline is None or math.isclose(target, baseline, rel_tol=_REL_EPS, abs_tol=1e-12)


def compute_progress(
    kind: TargetKind | str,
    direction: Direction | str,
    target: float | None,
    baseline: float | None,
    ytd: float | None,
    period: Period,
    profile: Sequence[float] | None = None,
    tolerances: Tolerances = Tolerances(),  # noqa: B008 - frozen, immutable
    manual_achieved: bool | None = None,
    data_to: int | None = None,
) -> Progress:
    """% of the year's target, pace and status of a target (SPEC §3.5).

    The month judged is the period's last month, or ``data_to`` (the last
    month the figures run to) when that is earlier: what is due is what was
    due by then. When the month judged is December the year-end words apply:
    achieved, exceeded (at or over the upper tolerance) or not achieved.

    - cumulative: % = ytd ÷ target; due = target × elapsed share; pace =
      ytd ÷ due. (A cumulative ``decrease`` target is a ceiling: pace =
      due ÷ ytd, behind once the ceiling is passed, achieved at the year's end
      if it was not.)
    - level with a baseline: due = baseline + (target − baseline) × share;
      pace = (ytd − baseline) ÷ (due − baseline), which also holds for a
      decrease since both differences change sign; % = ytd ÷ target (none
      for a decrease: a rate over its ceiling misleads).
    - level without a baseline (or with baseline = target): a threshold —
      a ceiling (decrease) or a floor. Right side: on track (achieved at the
      year's end); wrong side: behind (not achieved). No % and no pace.
    - change: change achieved = baseline − ytd (decrease) or ytd − baseline;
      % = change ÷ target; due = target × share; pace = change ÷ due. No
      baseline gives no data. A negative target of a decrease is read as
      its size (−4,0 points → a cut of 4,0).
    - qualitative: ``manual_achieved`` decides; otherwise a value compared
      with the baseline in the target's direction (equal is not a decrease
      nor an increase); otherwise no data.

    No value is ``no_data``.
    """
    kind = TargetKind(kind)
    direction = Direction(direction)
    decrease = direction is Direction.DECREASE
    month = period.last_month
    early = None
    if data_to is not None and ytd is not None and 1 <= data_to < month:
        month = early = data_to
    share = _share_at(month, profile)
    year_end = month == 12
    no_data = TargetStatus.NO_DATA

    def done(actual, percent, due, pace, status, change=None, threshold=False) -> Progress:
        return Progress(actual, percent, due, pace, status, change, share, early, threshold,
                        year_end and status is not no_data, tolerances)

    if kind is TargetKind.QUALITATIVE:
        if manual_achieved is not None:
            better = manual_achieved
        elif ytd is not None and baseline is not None:
            if decrease:
                better = not _at_least(ytd, baseline)  # fell by more than float noise
            elif direction is Direction.MAINTAIN:
                better = _at_least(ytd, baseline)
            else:
                better = not _at_least(baseline, ytd)  # rose by more than float noise
        else:
            return done(ytd, None, None, None, no_data)
        if better:
            status = TargetStatus.ACHIEVED
        else:
            status = TargetStatus.NOT_ACHIEVED if year_end else TargetStatus.BEHIND
        return done(ytd, None, None, None, status)

    if target is None:
        # Nothing to judge against: show the figure, judge nothing.
        return done(ytd, None, None, None, no_data)

    if kind is TargetKind.CUMULATIVE:
        due = target * share
        if ytd is None:
            return done(None, None, due, None, no_data)
        percent = _ratio(ytd, target)
        if decrease:
            under = _at_least(target, ytd)
            pace = _ratio(due, ytd)
            if year_end:
                return done(ytd, percent, due, pace, _year_end(under, pace, tolerances))
            if not under:  # the ceiling is already passed
                return done(ytd, percent, due, pace, TargetStatus.BEHIND)
            fallback = TargetStatus.AHEAD if due > 0 else TargetStatus.ON_TRACK
            return done(ytd, percent, due, pace, _judge(False, pace, tolerances, fallback))
        pace = _ratio(ytd, due)
        met = _at_least(ytd, target)
        if year_end:
            return done(ytd, percent, due, pace, _year_end(met, pace, tolerances))
        fallback = TargetStatus.ON_TRACK if ytd >= 0 else TargetStatus.BEHIND
        return done(ytd, percent, due, pace, _judge(met, pace, tolerances, fallback))

    if kind is TargetKind.LEVEL:
        if is_threshold(kind, target, baseline):
            if ytd is None:
                return done(None, None, target, None, no_data, threshold=True)
            right = _at_least(target, ytd) if decrease else _at_least(ytd, target)
            if year_end:
                status = TargetStatus.ACHIEVED if right else TargetStatus.NOT_ACHIEVED
            else:
                status = TargetStatus.ON_TRACK if right else TargetStatus.BEHIND
            return done(ytd, None, target, None, status, threshold=True)
        base = baseline
        due = base + (target - base) * share
        if ytd is None:
            return done(None, None, due, None, no_data)
        percent = None if decrease else _ratio(ytd, target)
        met = _at_least(target, ytd) if decrease else _at_least(ytd, target)
        pace = _ratio(ytd - base, due - base)
        if year_end:
            return done(ytd, percent, due, pace, _year_end(met, pace, tolerances))
        return done(ytd, percent, due, pace, _judge(met, pace, tolerances, TargetStatus.ON_TRACK))

    # Change targets: the entered values are levels; what counts is the
    # distance moved from the baseline in the wanted direction.
    if decrease and target < 0:
        target = -target
    if baseline is None:
        return done(ytd, None, None, None, no_data)
    due = target * share
    if ytd is None:
        return done(None, None, due, None, no_data)
    change = baseline - ytd if decrease else ytd - baseline
    percent = _ratio(change, target)
    pace = _ratio(change, due)
    met = _at_least(change, target)
    if year_end:
        return done(ytd, percent, due, pace, _year_end(met, pace, tolerances), change)
    fallback = TargetStatus.ON_TRACK if change >= 0 else TargetStatus.BEHIND
    return done(ytd, percent, due, pace, _judge(met, pace, tolerances, fallback), change)


def moved_wrong_way(
    kind: TargetKind | str, direction: Direction | str, value: float | None,
    previous: float | None,
) -> bool:
    """Whether a level (or change target's level) moved against the target's
    direction since the same period of last year: a rate to cut that rose,
    a rate to raise that fell (SPEC §3.5: the report says so)."""
    if TargetKind(kind) not in (TargetKind.LEVEL, TargetKind.CHANGE):
        return False
    if value is None or previous is None:
        return False
    if math.isclose(value, previous, rel_tol=_REL_EPS, abs_tol=1e-12):
        return False
    if Direction(direction) is Direction.DECREASE:
        return value > previous
    return value < previous
