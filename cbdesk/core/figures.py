"""A target's figures from its stored values (SPEC §1): the value of a
period, the year-to-date value, an overlapping entry, and the whole-province
figure beside its areas. Part of :mod:`cbdesk.core.progress` (re-exported
there), which judges those figures against the plan."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import NamedTuple

from cbdesk.core.enums import TargetKind
from cbdesk.core.periods import Period

__all__ = ["Entry", "overlapping", "period_and_ytd", "period_value", "province_value",
           "ytd_value"]


class Entry(NamedTuple):
    """One stored value of one target for one area (or the whole province).
    A named tuple: a report builds thousands of these, and a tuple is the
    cheapest immutable record to make."""

    period: Period
    value: float


def _combine(kind: TargetKind, inside: list[Entry]) -> float | None:
    """Cumulative: the sum; level and change: the latest value, the most
    specific period winning a tie (a June figure beats the H1 one)."""
    return _combine_known(kind, [e for e in inside if e.value is not None])


def _combine_known(kind: TargetKind, inside: list[Entry]) -> float | None:
    """:func:`_combine` of entries that all have a value."""
    if kind is TargetKind.QUALITATIVE or not inside:
        return None
    if kind is TargetKind.CUMULATIVE:
        return math.fsum([e.value for e in inside])
    if len(inside) == 1:
        return inside[0].value
    latest = max(inside, key=lambda e: (e.period.end, -len(e.period.months)))
    return latest.value


def period_value(kind: TargetKind | str, entries: Iterable[Entry], period: Period) -> float | None:
    """The target's value for ``period`` from the stored entries: for a
    cumulative target the sum of the entries inside the period, for level and
    change targets the latest value inside it; None when nothing is inside
    (and always for qualitative targets)."""
    # Period.contains, with this period's bounds read once (a report asks this
    # for every target and area: thousands of entries).
    year, first, last = period.year, period.first_month, period.last_month
    return _combine(TargetKind(kind), [
        e for e in entries
        if e.period.year == year and first <= e.period.first_month
        and e.period.last_month <= last])


def ytd_value(kind: TargetKind | str, entries: Iterable[Entry], period: Period) -> float | None:
    """The year-to-date value (lũy kế) at the end of ``period``: as
    :func:`period_value` over January to the period's last month."""
    year, last = period.year, period.last_month  # read once, not per entry
    inside = [e for e in entries if e.period.year == year and e.period.last_month <= last]
    return _combine(TargetKind(kind), inside)


def period_and_ytd(kind: TargetKind | str, entries: Iterable[Entry], period: Period
                   ) -> tuple[float | None, float | None]:
    """(:func:`period_value`, :func:`ytd_value`) in one pass over ``entries``:
    what a report asks for every target and area. The period's entries are
    the year-to-date ones that start in it; a period that starts in January
    is its own year to date."""
    kind = TargetKind(kind)
    year, first, last = period.year, period.first_month, period.last_month
    ytd = [e for e in entries if e.value is not None
           and e.period.year == year and e.period.last_month <= last]
    to_date = _combine_known(kind, ytd)
    if first == 1:
        return to_date, to_date
    return _combine_known(kind, [e for e in ytd if first <= e.period.first_month]), to_date


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
