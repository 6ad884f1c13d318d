"""One fact per moment (SPEC §3.5), tested at the core: which targets it
applies to, which periods end the same day, and which figure counts."""

from __future__ import annotations

from cbdesk.core.enums import TargetKind
from cbdesk.core.moments import moment_entries, moment_figure, one_fact_per_moment, same_moment
from cbdesk.core.periods import Period
from cbdesk.core.progress import Entry

P = Period.parse


def test_only_level_and_change_targets_have_one_fact_per_moment():
    assert one_fact_per_moment(TargetKind.LEVEL)
    assert one_fact_per_moment("change")
    assert not one_fact_per_moment(TargetKind.CUMULATIVE)
    assert not one_fact_per_moment(TargetKind.QUALITATIVE)


def test_periods_ending_the_same_day_are_the_same_moment():
    assert same_moment(P("2021-H1"), P("2021-Q2"))
    assert same_moment(P("2021-M06"), P("2021-H1"))
    assert same_moment(P("2021"), P("2021-M12"))
    assert not same_moment(P("2021-Q1"), P("2021-H1"))
    assert not same_moment(P("2021-M06"), P("2022-M06"))


def test_moment_entries_are_the_other_periods_ending_that_day():
    entries = [Entry(P("2021-H1"), 1.0), Entry(P("2021-Q2"), 2.0), Entry(P("2021-Q1"), 3.0)]
    assert moment_entries(entries, P("2021-H1")) == [entries[1]]
    assert moment_entries(entries, P("2021-M06")) == entries[:2]
    assert moment_entries(entries, P("2021-M05")) == []


def test_the_most_specific_stored_figure_counts_at_a_moment():
    entries = [Entry(P("2021-H1"), 10.0), Entry(P("2021-Q2"), 20.0),
               Entry(P("2021-M06"), None), Entry(P("2021-Q1"), 5.0)]
    # M06 stores nothing (None): the quarter is the most specific figure.
    assert moment_figure(TargetKind.LEVEL, entries, P("2021-H1")) == entries[1]
    assert moment_figure(TargetKind.CHANGE, entries[:1], P("2021-M06")) == entries[0]
    # Nothing ends that day, or nothing but empty cells: no figure.
    assert moment_figure(TargetKind.LEVEL, entries, P("2021-M05")) is None
    assert moment_figure(TargetKind.LEVEL, entries[2:3], P("2021-H1")) is None
    # Cumulative targets are sums, not moments.
    assert moment_figure(TargetKind.CUMULATIVE, entries, P("2021-H1")) is None
