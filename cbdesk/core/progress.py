"""The one computation behind every figure (SPEC §1, §3.5): a target's value
for a period, its year-to-date value, the whole-province figure, the % of the
year's target, the pace against what is due, and the statuses of targets and
tasks. The GUI, the reports, the exports and ``cbdesk dump`` all call these
functions, so a figure is the same wherever it is shown.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from cbdesk.core.deadlines import Deadline
from cbdesk.core.enums import Direction, TargetKind, TargetStatus, TaskStatus
from cbdesk.core.periods import Period
from cbdesk.core.vnformat import format_number

__all__ = [
    "Entry",
    "Progress",
    "Tolerances",
    "compute_progress",
    "elapsed_share",
    "overlapping",
    "period_value",
    "province_value",
    "task_status",
    "ytd_value",
]

# Float noise allowed when comparing with a target: 10,1 − 6,1 is
# 3,9999999999999996 in binary, yet a cut of 4,0 points has been met.
_REL_EPS = 1e-9


@dataclass(frozen=True)
class Tolerances:
    """Pace bands (SPEC §3.5, as in TolaData): pace under ``behind_below``
    (as a fraction of what is due) is behind, over ``ahead_above`` ahead, in
    between on track. A setting; :meth:`note` states it in a report."""

    behind_below: float = 0.85
    ahead_above: float = 1.15

    def __post_init__(self) -> None:
        if not (0 < self.behind_below <= 1 <= self.ahead_above):
            raise ValueError(
                "tolerances need 0 < behind_below <= 1 <= ahead_above, got "
                f"{self.behind_below} and {self.ahead_above}"
            )

    def note(self, lang: str = "vi") -> str:
        """The rule as one sentence for a report's notes."""
        low = format_number(self.behind_below * 100)
        high = format_number(self.ahead_above * 100)
        if lang == "vi":
            return (
                f"Đánh giá tiến độ so với mức phải đạt đến cuối kỳ: dưới {low}% là chậm "
                f"tiến độ; từ {low}% đến {high}% là đúng tiến độ; trên {high}% là vượt "
                f"tiến độ; đạt chỉ tiêu kế hoạch năm là hoàn thành."
            )
        return (
            f"Pace against what is due by the end of the period: under {low}% is behind; "
            f"{low}% to {high}% is on track; over {high}% is ahead; meeting the year's "
            f"target is achieved."
        )


class Entry(NamedTuple):
    """One stored value of one target for one area (or the whole province).
    A named tuple: a report builds thousands of these, and a tuple is the
    cheapest immutable record to make."""

    period: Period
    value: float


# ---------------------------------------------------------------------------
# Values of a period


def _combine(kind: TargetKind, inside: list[Entry]) -> float | None:
    """Cumulative: the sum; level and change: the latest value, the most
    specific period winning a tie (a June figure beats the H1 one)."""
    inside = [e for e in inside if e.value is not None]
    if kind is TargetKind.QUALITATIVE or not inside:
        return None
    if kind is TargetKind.CUMULATIVE:
        return math.fsum(e.value for e in inside)
    latest = max(inside, key=lambda e: (e.period.end, -len(e.period.months)))
    return latest.value


def period_value(kind: TargetKind | str, entries: Iterable[Entry], period: Period) -> float | None:
    """The target's value for ``period`` from the stored entries: for a
    cumulative target the sum of the entries inside the period, for level and
    change targets the latest value inside it; None when nothing is inside
    (and always for qualitative targets)."""
    return _combine(TargetKind(kind), [e for e in entries if period.contains(e.period)])


def ytd_value(kind: TargetKind | str, entries: Iterable[Entry], period: Period) -> float | None:
    """The year-to-date value (lũy kế) at the end of ``period``: as
    :func:`period_value` over January to the period's last month."""
    inside = [
        e
        for e in entries
        if e.period.year == period.year and e.period.last_month <= period.last_month
    ]
    return _combine(TargetKind(kind), inside)


def overlapping(entries: Iterable[Entry], new: Period) -> Entry | None:
    """An existing entry whose period overlaps ``new`` without being the same
    period, or None. For cumulative targets such an entry makes a new value
    for ``new`` refused (a value for Q1 beside one for March would count
    March twice); the same period is an update, not an overlap."""
    for entry in entries:
        if entry.period != new and entry.period.overlaps(new):
            return entry
    return None


def province_value(
    kind: TargetKind | str, whole: float | None, by_area: Mapping[str, float | None]
) -> tuple[float | None, bool]:
    """The whole-province figure and whether it disagrees with its areas.

    The figure entered for the whole province wins when there is one;
    otherwise a cumulative target takes the sum of its areas (None with no
    areas), and level targets have none (a rate is not the mean of the
    districts' rates). The flag is True when an entered whole-province value
    of a cumulative target differs from the sum of the areas: shown, never
    silently replaced."""
    kind = TargetKind(kind)
    values = [v for v in by_area.values() if v is not None]
    if kind is not TargetKind.CUMULATIVE:
        return whole, False
    area_sum = math.fsum(values) if values else None
    if whole is None:
        return area_sum, False
    mismatch = area_sum is not None and not math.isclose(
        whole, area_sum, rel_tol=1e-9, abs_tol=1e-12
    )
    return whole, mismatch


def elapsed_share(period: Period, profile: Sequence[float] | None = None) -> float:
    """Share of the year due by the end of ``period``: months elapsed ÷ 12,
    or with a seasonal profile of 12 monthly weights, the weights up to the
    period's last month over their total."""
    if profile is None:
        return period.last_month / 12
    weights = [float(w) for w in profile]
    if len(weights) != 12 or any(not math.isfinite(w) or w < 0 for w in weights):
        raise ValueError("a seasonal profile needs 12 non-negative monthly weights")
    total = math.fsum(weights)
    if total <= 0:
        raise ValueError("a seasonal profile needs a positive total")
    return math.fsum(weights[: period.last_month]) / total


# ---------------------------------------------------------------------------
# Target progress


@dataclass(frozen=True)
class Progress:
    """How a target stands at the end of a period.

    ``actual`` is the year-to-date value judged; ``percent_of_target`` and
    ``pace`` are in percent units (51.0 means 51,0%); ``due`` is what should
    have been reached by the period's end, in the target's units (for change
    targets: the change due); ``change_achieved`` is the change made from the
    baseline (change targets only); ``share`` the elapsed share used."""

    actual: float | None
    percent_of_target: float | None
    due: float | None
    pace: float | None
    status: TargetStatus
    change_achieved: float | None = None
    share: float | None = None


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
    """Achieved when the year's target is met, otherwise by the pace band;
    ``fallback`` when there is no pace (nothing due yet, or a zero divisor)."""
    if met:
        return TargetStatus.ACHIEVED
    if pace is None:
        return fallback
    if pace < tolerances.behind_below * 100 - _REL_EPS:
        return TargetStatus.BEHIND
    if pace > tolerances.ahead_above * 100 + _REL_EPS:
        return TargetStatus.AHEAD
    return TargetStatus.ON_TRACK


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
) -> Progress:
    """% of the year's target, pace and status of a target (SPEC §3.5).

    - cumulative: % = ytd ÷ target; due = target × elapsed share; pace =
      ytd ÷ due. (A cumulative ``decrease`` target is a ceiling: pace =
      due ÷ ytd, behind once the ceiling is passed, achieved at the year's end
      if it was not.)
    - level with a baseline: due = baseline + (target − baseline) × share;
      pace = (ytd − baseline) ÷ (due − baseline), which also holds for a
      decrease since both differences change sign. Without a baseline (or
      with baseline = target) it is judged against the target itself: pace =
      ytd ÷ target, or target ÷ ytd for a decrease. % of target is None for a
      decrease (a rate over its ceiling misleads).
    - change: change achieved = baseline − ytd (decrease) or ytd − baseline;
      % = change ÷ target; due = target × share; pace = change ÷ due. No
      baseline gives no data. A negative target of a decrease is read as
      its size (−4,0 points → a cut of 4,0).
    - qualitative: ``manual_achieved`` decides (True achieved, False
      behind); otherwise a value compared with the baseline in the target's
      direction; otherwise no data.

    Meeting the year's target is ``achieved``; otherwise the pace bands of
    ``tolerances`` give behind / on track / ahead. No value is ``no_data``.
    """
    kind = TargetKind(kind)
    direction = Direction(direction)
    decrease = direction is Direction.DECREASE
    share = elapsed_share(period, profile)
    no_data = TargetStatus.NO_DATA

    if kind is TargetKind.QUALITATIVE:
        if manual_achieved is not None:
            status = TargetStatus.ACHIEVED if manual_achieved else TargetStatus.BEHIND
        elif ytd is not None and baseline is not None:
            if decrease:
                better = ytd < baseline
            elif direction is Direction.MAINTAIN:
                better = _at_least(ytd, baseline)
            else:
                better = ytd > baseline
            status = TargetStatus.ACHIEVED if better else TargetStatus.BEHIND
        else:
            status = no_data
        return Progress(ytd, None, None, None, status, None, share)

    if target is None:
        # Nothing to judge against: show the figure, judge nothing.
        return Progress(ytd, None, None, None, no_data, None, share)

    if kind is TargetKind.CUMULATIVE:
        due = target * share
        if ytd is None:
            return Progress(None, None, due, None, no_data, None, share)
        percent = _ratio(ytd, target)
        if decrease:
            if not _at_least(target, ytd):  # the ceiling is already passed
                return Progress(
                    ytd, percent, due, _ratio(due, ytd), TargetStatus.BEHIND, None, share
                )
            pace = _ratio(due, ytd)
            met = period.last_month == 12
            fallback = TargetStatus.AHEAD if due > 0 else TargetStatus.ON_TRACK
        else:
            pace = _ratio(ytd, due)
            met = _at_least(ytd, target)
            fallback = TargetStatus.ON_TRACK if ytd >= 0 else TargetStatus.BEHIND
        status = _judge(met, pace, tolerances, fallback)
        return Progress(ytd, percent, due, pace, status, None, share)

    if kind is TargetKind.LEVEL:
        # baseline = target (keep 100%) has no distance to cover: judge
        # against the target itself, as without a baseline.
        base = baseline
        if base is not None and math.isclose(target, base, rel_tol=_REL_EPS, abs_tol=1e-12):
            base = None
        due = target if base is None else base + (target - base) * share
        if ytd is None:
            return Progress(None, None, due, None, no_data, None, share)
        percent = None if decrease else _ratio(ytd, target)
        met = _at_least(target, ytd) if decrease else _at_least(ytd, target)
        if base is not None:
            pace = _ratio(ytd - base, due - base)
        else:
            pace = _ratio(target, ytd) if decrease else _ratio(ytd, target)
        status = _judge(met, pace, tolerances, TargetStatus.ON_TRACK)
        return Progress(ytd, percent, due, pace, status, None, share)

    # Change targets: the entered values are levels; what counts is the
    # distance moved from the baseline in the wanted direction.
    if decrease and target < 0:
        target = -target
    if baseline is None:
        return Progress(ytd, None, None, None, no_data, None, share)
    due = target * share
    if ytd is None:
        return Progress(None, None, due, None, no_data, None, share)
    change = baseline - ytd if decrease else ytd - baseline
    percent = _ratio(change, target)
    pace = _ratio(change, due)
    met = _at_least(change, target)
    fallback = TargetStatus.ON_TRACK if change >= 0 else TargetStatus.BEHIND
    status = _judge(met, pace, tolerances, fallback)
    return Progress(ytd, percent, due, pace, status, change, share)


# ---------------------------------------------------------------------------
# Tasks


def task_status(
    deadline: Deadline | str | None,
    done: bool,
    completed_on: date | None,
    percent_done: float | None,
    as_of: date,
) -> TaskStatus:
    """A task's status on ``as_of`` (SPEC §3.5): done on time or late (by
    the completion day against the due date; on time when either is
    unknown); otherwise ongoing for ``Thường xuyên`` tasks, overdue once the
    due date has passed, in progress when some work is reported, else not
    started."""
    if not isinstance(deadline, Deadline):
        deadline = Deadline.parse(deadline)
    due = deadline.due_date
    if done:
        if completed_on is None or due is None or completed_on <= due:
            return TaskStatus.DONE_ON_TIME
        return TaskStatus.DONE_LATE
    if deadline.kind == "ongoing":
        return TaskStatus.ONGOING
    if due is not None and due < as_of:
        return TaskStatus.OVERDUE
    if percent_done is not None and percent_done > 0:
        return TaskStatus.IN_PROGRESS
    return TaskStatus.NOT_STARTED
