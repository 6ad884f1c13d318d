"""One fact per moment (SPEC §3.5): for level and change targets, the values
of periods that end on the same day (H1, Q2, M06; 9M, Q3, M09; the year, H2,
Q4, M12) are one figure."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from cbdesk.core.enums import TargetKind
from cbdesk.core.periods import Period

if TYPE_CHECKING:
    from cbdesk.core.figures import Entry

__all__ = ["moment_entries", "moment_figure", "one_fact_per_moment", "same_moment"]


def one_fact_per_moment(kind: TargetKind | str) -> bool:
    """Level and change targets: the values of periods that end on the same
    day (H1, Q2, M06…) are one figure (SPEC §3.5)."""
    return TargetKind(kind) in (TargetKind.LEVEL, TargetKind.CHANGE)


def same_moment(a: Period, b: Period) -> bool:
    """Whether two periods end on the same day (2021-H1, 2021-Q2, 2021-M06)."""
    return a.end == b.end


def moment_entries(entries: Iterable[Entry], period: Period) -> list[Entry]:
    """The entries of other periods ending the same day as ``period`` — for a
    level or change target, the same fact as a value for ``period`` itself."""
    return [e for e in entries if e.period != period and same_moment(e.period, period)]


def moment_figure(kind: TargetKind | str, entries: Iterable[Entry],
                  period: Period) -> Entry | None:
    """The figure that counts at ``period``'s end for a level or change target
    (the entry :func:`period_value` would read: the most specific of the
    periods ending that day), or None (cumulative targets, or nothing stored)."""
    if not one_fact_per_moment(kind):
        return None
    same = [e for e in entries if e.value is not None and same_moment(e.period, period)]
    if not same:
        return None
    return min(same, key=lambda e: len(e.period.months))
