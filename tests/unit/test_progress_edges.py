"""The edges of progress figures (found by mutation testing): the one-in-a-
billion tolerance of comparisons, seasonal profiles whose weights sum to one or
less, and what a Progress holds by default; and the one-pass period and
year-to-date figures equal to the two rules they fuse."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cbdesk.core.enums import TargetKind, TargetStatus
from cbdesk.core.periods import Period, periods_of_year
from cbdesk.core.progress import (
    Entry,
    Progress,
    _at_least,
    _ratio,
    elapsed_share,
    period_and_ytd,
    period_value,
    province_value,
    ytd_value,
)
from cbdesk.core.tolerances import Tolerances


def test_at_least_forgives_one_part_in_a_billion_and_no_more():
    assert _at_least(1.0, 1.0)
    assert _at_least(1.0 - 0.5e-9, 1.0)
    assert not _at_least(1.0 - 1.5e-9, 1.0)
    # Relative to the larger figure: a billion less a tenth still meets a billion.
    assert _at_least(1e12 - 100.0, 1e12)
    assert not _at_least(1e12 - 10_000.0, 1e12)
    # Small figures: the tolerance is absolute (one billionth), not smaller.
    assert _at_least(0.3 - 0.5e-9, 0.3)


def test_a_ratio_is_refused_only_for_a_practically_zero_divisor():
    assert _ratio(1.0, 1e-12) == pytest.approx(1e14)
    assert _ratio(1.0, 0.5e-12) is None
    assert _ratio(1.0, -0.5e-12) is None


def test_the_province_flag_tolerates_one_part_in_a_billion():
    assert province_value("cumulative", 1.0 + 0.5e-9, {"a": 1.0}) == (1.0 + 0.5e-9, False)
    assert province_value("cumulative", 1.0 + 1.5e-9, {"a": 1.0})[1]
    assert province_value("cumulative", 1.5e-12, {"a": 0.0})[1]
    assert not province_value("cumulative", 0.5e-12, {"a": 0.0})[1]


def test_a_seasonal_profile_may_sum_to_one_or_less():
    h1 = Period.parse("2021-H1")
    assert elapsed_share(h1, [0.05] * 12) == pytest.approx(0.5)  # total 0,6
    assert elapsed_share(h1, [0.1] * 10 + [0.0, 0.0]) == pytest.approx(0.6)  # total 1
    with pytest.raises(ValueError):
        elapsed_share(h1, [0.0] * 12)


def test_a_progress_is_frozen_and_defaults_to_nothing_extra():
    p = Progress(None, None, None, None, TargetStatus.NO_DATA)
    assert p == Progress(None, None, None, None, TargetStatus.NO_DATA, change_achieved=None,
                         share=None, data_to=None, threshold=False, year_end=False,
                         tolerances=Tolerances())
    assert p.threshold is False and p.year_end is False and p.change_achieved is None
    assert p.share is None and p.data_to is None and p.tolerances == Tolerances()
    with pytest.raises(FrozenInstanceError):
        p.status = TargetStatus.ACHIEVED


def test_only_a_level_target_with_a_figure_can_be_a_threshold():
    from cbdesk.core.progress import is_threshold

    assert is_threshold("level", 5.0, None)
    assert is_threshold("level", 100.0, 100.0 + 1e-8)  # "keep 100 %"
    assert not is_threshold("level", 5.0, 3.0)
    assert not is_threshold("level", None, None)
    assert not is_threshold("cumulative", 5.0, None)
    assert not is_threshold("change", 5.0, None)
    assert not is_threshold("level", 1.5e-12, 0.0)
    assert is_threshold("level", 0.5e-12, 0.0)


def test_figures_that_run_to_january_are_judged_at_january():
    from cbdesk.core.progress import compute_progress

    p = compute_progress("cumulative", "increase", 1200.0, None, 100.0,
                         Period.parse("2021-Q1"), data_to=1)
    assert p.data_to == 1 and p.due == pytest.approx(100.0)
    assert p.status is TargetStatus.ON_TRACK
    # Figures that run to the period's end are judged at its end.
    full = compute_progress("cumulative", "increase", 1200.0, None, 300.0,
                            Period.parse("2021-Q1"), data_to=3)
    assert full.data_to is None and full.due == pytest.approx(300.0)


def test_a_qualitative_target_without_value_or_baseline_has_no_data():
    from cbdesk.core.progress import compute_progress

    q1 = Period.parse("2021-Q1")
    assert compute_progress("qualitative", "increase", None, None, 5.0, q1).status \
        is TargetStatus.NO_DATA
    assert compute_progress("qualitative", "decrease", None, 3.0, None, q1).status \
        is TargetStatus.NO_DATA


def test_only_thresholds_are_flagged_as_thresholds():
    from cbdesk.core.progress import compute_progress

    q1 = Period.parse("2021-Q1")
    assert not compute_progress("cumulative", "increase", 1200.0, None, 300.0, q1).threshold
    assert not compute_progress("change", "increase", 4.0, 10.0, 11.0, q1).threshold
    assert compute_progress("level", "decrease", 5.0, None, 4.0, q1).threshold
    no_value = compute_progress("level", "decrease", 5.0, None, None, q1)
    assert no_value.threshold and no_value.status is TargetStatus.NO_DATA


def test_a_qualitative_change_must_be_real_and_maintain_needs_no_fall():
    from cbdesk.core.progress import compute_progress

    q1, year = Period.parse("2021-Q1"), Period.parse("2021")

    def status(direction, ytd, period=q1):
        return compute_progress("qualitative", direction, None, 5.0, ytd, period).status

    assert status("increase", 6.0) is TargetStatus.ACHIEVED
    assert status("increase", 5.0) is TargetStatus.BEHIND
    assert status("increase", 5.0 * (1 + 1e-10)) is TargetStatus.BEHIND  # equal, as stored
    assert status("increase", 4.0) is TargetStatus.BEHIND
    assert status("increase", 5.0, year) is TargetStatus.NOT_ACHIEVED
    assert status("decrease", 4.0) is TargetStatus.ACHIEVED
    assert status("decrease", 5.0 * (1 - 1e-10)) is TargetStatus.BEHIND  # equal, as stored
    assert status("maintain", 5.0) is TargetStatus.ACHIEVED
    assert status("maintain", 6.0) is TargetStatus.ACHIEVED
    assert status("maintain", 4.0) is TargetStatus.BEHIND
    assert status("maintain", 4.0, year) is TargetStatus.NOT_ACHIEVED


def test_a_ceiling_not_touched_yet_is_ahead_unless_nothing_is_allowed():
    from cbdesk.core.progress import compute_progress

    m01 = Period.parse("2021-M01")

    def status(target):
        return compute_progress("cumulative", "decrease", target, None, 0.0, m01).status

    assert status(2.0) is TargetStatus.AHEAD  # 0 of 0,17 allowed so far
    assert status(120.0) is TargetStatus.AHEAD
    assert status(0.0) is TargetStatus.ON_TRACK  # nothing allowed, nothing done


def test_a_small_positive_cut_is_kept_and_a_negative_one_read_as_its_size():
    from cbdesk.core.progress import compute_progress

    year = Period.parse("2021")
    small = compute_progress("change", "decrease", 0.5, 10.0, 9.5, year)
    assert small.percent_of_target == pytest.approx(100.0)
    assert small.status is TargetStatus.ACHIEVED
    negative = compute_progress("change", "decrease", -4.0, 10.0, 6.0, year)
    assert negative.percent_of_target == pytest.approx(100.0)


def test_with_nothing_due_yet_a_change_target_standing_still_is_on_track():
    from cbdesk.core.progress import compute_progress

    q1 = Period.parse("2021-Q1")
    quiet_start = [0.0, 0.0, 0.0] + [1.0] * 9  # nothing is due before April

    def status(ytd):
        return compute_progress("change", "increase", 4.0, 10.0, ytd, q1,
                                profile=quiet_start).status

    assert status(10.0) is TargetStatus.ON_TRACK
    assert status(9.0) is TargetStatus.BEHIND


def test_a_move_counts_once_it_is_more_than_float_noise():
    from cbdesk.core.progress import moved_wrong_way

    assert moved_wrong_way("level", "decrease", 1.5e-12, 0.0)
    assert not moved_wrong_way("level", "decrease", 0.5e-12, 0.0)
    assert moved_wrong_way("change", "increase", 5.0, 5.0 + 1e-6)
    assert not moved_wrong_way("level", "increase", 5.0, 5.0 + 1e-10)


# -- a period's value and its year to date in one pass -----------------------------

_PERIODS = [*periods_of_year(2021), *periods_of_year(2020)]
_ENTRIES = st.lists(
    st.builds(Entry, st.sampled_from(_PERIODS),
              st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False))),
    max_size=12)


@given(st.sampled_from(list(TargetKind)), _ENTRIES, st.sampled_from(periods_of_year(2021)))
def test_one_pass_gives_what_the_period_and_year_to_date_rules_give(kind, entries, period):
    assert period_and_ytd(kind, entries, period) == (
        period_value(kind, entries, period), ytd_value(kind, entries, period))


def test_a_period_that_starts_in_january_is_its_own_year_to_date():
    entries = [Entry(Period.parse("2021-M01"), 2.0), Entry(Period.parse("2021-M02"), 3.0),
               Entry(Period.parse("2021-M04"), 7.0), Entry(Period.parse("2020-M02"), 9.0)]
    assert period_and_ytd("cumulative", entries, Period.parse("2021-Q1")) == (5.0, 5.0)
    assert period_and_ytd("cumulative", entries, Period.parse("2021-Q2")) == (7.0, 12.0)
    assert period_and_ytd("level", entries, Period.parse("2021-M03")) == (None, 3.0)
    assert period_and_ytd("qualitative", entries, Period.parse("2021-Q2")) == (None, None)
