"""The one computation: period values, year to date, province figures,
progress, pace and statuses (SPEC §1, §3.5)."""

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cbdesk.core.deadlines import Deadline
from cbdesk.core.enums import Direction, TargetKind, TargetStatus, TaskStatus
from cbdesk.core.periods import Period
from cbdesk.core.progress import (
    Entry,
    Progress,
    Tolerances,
    compute_progress,
    elapsed_share,
    overlapping,
    period_value,
    province_value,
    task_status,
    ytd_value,
)

CUM, LEVEL, CHANGE, QUAL = (
    TargetKind.CUMULATIVE,
    TargetKind.LEVEL,
    TargetKind.CHANGE,
    TargetKind.QUALITATIVE,
)
INC, DEC, KEEP = Direction.INCREASE, Direction.DECREASE, Direction.MAINTAIN
S = TargetStatus


def P(code: str) -> Period:
    return Period.parse(code)


def E(code: str, value: float) -> Entry:
    return Entry(P(code), value)


# -- the worked example of SPEC §3.5 -----------------------------------------


def test_spec_worked_example_jobs_2021_h1():
    p = compute_progress(CUM, INC, 12000, None, 6120, P("2021-H1"))
    assert p.actual == 6120
    assert p.percent_of_target == 51.0
    assert p.due == 6000
    assert p.pace == 102.0
    assert p.status is S.ON_TRACK


def test_spec_worked_example_from_monthly_entries():
    entries = [E(f"2021-M{m:02d}", 1020) for m in range(1, 7)] + [E("2021-M07", 999)]
    ytd = ytd_value(CUM, entries, P("2021-H1"))
    assert ytd == 6120
    assert compute_progress("cumulative", "increase", 12000, None, ytd, P("2021-H1")).pace == 102.0


# -- period values -----------------------------------------------------------


def test_cumulative_period_value_sums_entries_inside():
    entries = [E("2021-M01", 100), E("2021-M02", 200), E("2021-Q2", 300), E("2021-M07", 50)]
    assert period_value(CUM, entries, P("2021-Q1")) == 300
    assert period_value(CUM, entries, P("2021-H1")) == 600
    assert period_value(CUM, entries, P("2021")) == 650
    assert period_value(CUM, entries, P("2021-M04")) is None  # Q2 cannot be split
    assert period_value(CUM, entries, P("2022")) is None
    assert period_value(CUM, [], P("2021")) is None


def test_level_period_value_is_latest_and_most_specific():
    entries = [E("2021-M03", 3.6), E("2021-H1", 3.5), E("2021-M06", 3.4), E("2021-M02", 3.9)]
    assert period_value(LEVEL, entries, P("2021-Q1")) == 3.6
    assert period_value(LEVEL, entries, P("2021-H1")) == 3.4  # June beats H1 (same end)
    assert period_value(LEVEL, entries, P("2021")) == 3.4
    assert period_value(LEVEL, [E("2021-H1", 3.5), E("2021-Q2", 3.45)], P("2021")) == 3.45
    assert period_value(CHANGE, entries, P("2021-M02")) == 3.9
    assert period_value(QUAL, entries, P("2021")) is None


def test_ytd_value_runs_from_january():
    entries = [E("2021-Q1", 300), E("2021-M04", 100), E("2021-M05", 50), E("2020-M05", 9)]
    assert ytd_value(CUM, entries, P("2021-M05")) == 450
    assert ytd_value(CUM, entries, P("2021-Q2")) == 450
    assert ytd_value(CUM, entries, P("2021-M04")) == 400
    assert ytd_value(CUM, entries, P("2021-M02")) is None  # Q1 ends after February
    assert period_value(CUM, entries, P("2021-M05")) == 50
    assert ytd_value(LEVEL, [E("2021-Q1", 3.6), E("2021-M05", 3.5)], P("2021-Q3")) == 3.5


def test_overlapping_refuses_double_counting():
    entries = [E("2021-Q1", 300), E("2021-M04", 10)]
    assert overlapping(entries, P("2021-M03")) == entries[0]
    assert overlapping(entries, P("2021-H1")) == entries[0]
    assert overlapping(entries, P("2021-Q1")) is None  # the same period is an update
    assert overlapping(entries, P("2021-M05")) is None
    assert overlapping(entries, P("2022-M03")) is None


def test_province_value():
    areas = {"040": 100.0, "042": 50.0}
    assert province_value(CUM, None, areas) == (150.0, False)
    assert province_value(CUM, 150.0, areas) == (150.0, False)
    assert province_value(CUM, 160.0, areas) == (160.0, True)  # flagged, not replaced
    assert province_value(CUM, 160.0, {}) == (160.0, False)
    assert province_value(CUM, None, {}) == (None, False)
    assert province_value(CUM, 0.3, {"a": 0.1, "b": 0.2}) == (0.3, False)
    assert province_value(LEVEL, None, {"040": 3.2}) == (None, False)  # never an average
    assert province_value(LEVEL, 3.4, {"040": 3.2}) == (3.4, False)


def test_elapsed_share():
    assert elapsed_share(P("2021-H1")) == 0.5
    assert elapsed_share(P("2021-M03")) == 0.25
    assert elapsed_share(P("2021")) == 1.0
    profile = [0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    assert elapsed_share(P("2021-Q1"), profile) == 0.1
    assert elapsed_share(P("2021-M02"), profile) == 0.0
    with pytest.raises(ValueError):
        elapsed_share(P("2021"), [1] * 11)
    with pytest.raises(ValueError):
        elapsed_share(P("2021"), [0] * 12)
    with pytest.raises(ValueError):
        elapsed_share(P("2021"), [-1] + [1] * 11)


# -- progress and status -----------------------------------------------------


@pytest.mark.parametrize(
    ("ytd", "status"),
    [
        (5100, S.ON_TRACK),  # pace 85,0% is on track (the band is inclusive)
        (5099, S.BEHIND),
        (6900, S.ON_TRACK),  # 115,0%
        (6901, S.AHEAD),
        (12000, S.ACHIEVED),
        (13000, S.ACHIEVED),
        (0, S.BEHIND),
    ],
)
def test_cumulative_pace_bands(ytd, status):
    assert compute_progress(CUM, INC, 12000, None, ytd, P("2021-H1")).status is status


def test_custom_tolerances_and_profile():
    strict = Tolerances(behind_below=0.95, ahead_above=1.05)
    assert compute_progress(CUM, INC, 12000, None, 5500, P("2021-H1"), None, strict).status is (
        S.BEHIND
    )
    # A season that does most of its work in the second half: 2.000 due by H1.
    profile = [1] * 6 + [4] * 6
    p = compute_progress(CUM, INC, 12000, None, 2000, P("2021-H1"), profile)
    assert p.due == 2400 and p.pace == pytest.approx(83.333, abs=1e-3)
    with pytest.raises(ValueError):
        Tolerances(behind_below=1.2, ahead_above=1.1)


def test_tolerance_note_states_the_bands():
    assert "85%" in Tolerances().note() and "115%" in Tolerances().note()
    assert "behind" in Tolerances().note("en")


def test_no_data():
    p = compute_progress(CUM, INC, 12000, None, None, P("2021-H1"))
    assert p.status is S.NO_DATA and p.actual is None and p.pace is None
    assert p.due == 6000  # what is due is known even without a figure
    assert compute_progress(LEVEL, DEC, 3.45, None, None, P("2021")).status is S.NO_DATA
    assert compute_progress(CUM, INC, None, None, 10, P("2021")).status is S.NO_DATA


def test_level_increase_with_baseline():
    # % trained workers: 32,4% at the start, 34,4% planned.
    p = compute_progress(LEVEL, INC, 34.4, 32.4, 33.3, P("2021-H1"))
    assert p.due == pytest.approx(33.4)
    assert p.pace == pytest.approx(90.0)
    assert p.percent_of_target == pytest.approx(33.3 / 34.4 * 100)
    assert p.status is S.ON_TRACK
    assert compute_progress(LEVEL, INC, 34.4, 32.4, 34.5, P("2021-H1")).status is S.ACHIEVED
    assert compute_progress(LEVEL, INC, 34.4, 32.4, 32.0, P("2021-H1")).status is S.BEHIND


def test_level_decrease_with_baseline_counts_moving_down_as_progress():
    # Urban unemployment: 3,55% at the start, at most 3,45% planned.
    p = compute_progress(LEVEL, DEC, 3.45, 3.55, 3.5, P("2021-H1"))
    assert p.due == pytest.approx(3.5)
    assert p.pace == pytest.approx(100.0)
    assert p.percent_of_target is None  # shown as "—"
    assert p.status is S.ON_TRACK
    assert compute_progress(LEVEL, DEC, 3.45, 3.55, 3.56, P("2021-H1")).status is S.BEHIND
    assert compute_progress(LEVEL, DEC, 3.45, 3.55, 3.45, P("2021-H1")).status is S.ACHIEVED


def test_level_without_baseline_is_a_threshold_not_a_ratio():
    # A floor of 100%: 90 is under it — behind, never "90% pace, on track".
    p = compute_progress(LEVEL, INC, 100, None, 90, P("2021-H1"))
    assert (p.pace, p.percent_of_target, p.due, p.status, p.threshold) == (
        None, None, 100, S.BEHIND, True)
    # Urban unemployment ≤ 3,45%: 3,52% is over the ceiling (the case:
    # 3,45 ÷ 3,52 = 98% used to read "on track").
    for code in ("2021-Q1", "2021-H1", "2021-9M"):
        assert compute_progress(LEVEL, DEC, 3.45, None, 3.52, P(code)).status is S.BEHIND
    assert compute_progress(LEVEL, DEC, 3.45, None, 3.40, P("2021-H1")).status is S.ON_TRACK
    assert compute_progress(LEVEL, DEC, 3.45, None, 3.45, P("2021-H1")).status is S.ON_TRACK
    # At the year's end: đạt / không đạt.
    assert compute_progress(LEVEL, DEC, 3.45, None, 5.0, P("2021")).status is S.NOT_ACHIEVED
    assert compute_progress(LEVEL, DEC, 3.45, None, 3.0, P("2021")).status is S.ACHIEVED
    assert compute_progress(LEVEL, DEC, 3.45, None, 3.45, P("2021-H2")).status is S.ACHIEVED
    # A floor: 34,4% trained workers; 33,8% is under it.
    assert compute_progress(LEVEL, INC, 34.4, None, 33.8, P("2021-H1")).status is S.BEHIND
    assert compute_progress(LEVEL, INC, 34.4, None, 34.4, P("2021-Q2")).status is S.ON_TRACK
    # Keep 100% of communes: a baseline equal to the target is a floor too.
    assert compute_progress(LEVEL, KEEP, 100, 100, 100, P("2021-Q1")).status is S.ON_TRACK
    assert compute_progress(LEVEL, KEEP, 100, 100, 95, P("2021-Q1")).status is S.BEHIND
    assert compute_progress(LEVEL, KEEP, 100, 100, 100, P("2021-M12")).status is S.ACHIEVED


def test_change_target_poor_household_rate():
    # Cut the poor-household rate by 4,0 points from 20,0%.
    p = compute_progress(CHANGE, DEC, 4.0, 20.0, 18.2, P("2021-H1"))
    assert p.change_achieved == pytest.approx(1.8)
    assert p.percent_of_target == pytest.approx(45.0)
    assert p.due == 2.0
    assert p.pace == pytest.approx(90.0)
    assert p.actual == 18.2
    assert p.status is S.ON_TRACK
    # Float noise must not cost the achievement: 10,1 − 6,1 = 4,0 points.
    assert compute_progress(CHANGE, DEC, 4.0, 10.1, 6.1, P("2021")).status is S.ACHIEVED
    assert compute_progress(CHANGE, DEC, 4.0, 20.7, 16.7, P("2021")).status is S.ACHIEVED
    # Year's end: 20,0 → 15,4 is a cut of 4,6 = 115% of 4,0: vượt; 20,0 → 16,5
    # a cut of 3,5: không đạt (never "chậm tiến độ" in December).
    assert compute_progress(CHANGE, DEC, 4.0, 20.0, 15.4, P("2021")).status is S.EXCEEDED
    assert compute_progress(CHANGE, DEC, 4.0, 20.0, 16.5, P("2021")).status is S.NOT_ACHIEVED
    # Written as "−4,0 points", the size of the cut is meant.
    assert compute_progress(CHANGE, DEC, -4.0, 20.0, 18.2, P("2021-H1")).pace == pytest.approx(90)
    assert compute_progress(CHANGE, DEC, 4.0, 20.0, 21.0, P("2021-H1")).status is S.BEHIND
    assert compute_progress(CHANGE, INC, 2.0, 10.0, 11.0, P("2021-H1")).status is S.ON_TRACK


def test_change_without_baseline_is_no_data():
    p = compute_progress(CHANGE, DEC, 4.0, None, 18.2, P("2021-H1"))
    assert p.status is S.NO_DATA and p.change_achieved is None


def test_qualitative():
    period = P("2021")
    assert compute_progress(QUAL, DEC, None, None, None, period).status is S.NO_DATA
    assert compute_progress(QUAL, DEC, None, None, None, period, manual_achieved=True).status is (
        S.ACHIEVED
    )
    assert compute_progress(QUAL, DEC, None, None, None, period, manual_achieved=False).status is (
        S.NOT_ACHIEVED
    )
    # Fewer children in special circumstances than the baseline: achieved.
    assert compute_progress(QUAL, DEC, None, 120, 110, period).status is S.ACHIEVED
    assert compute_progress(QUAL, DEC, None, 120, 125, period).status is S.NOT_ACHIEVED
    assert compute_progress(QUAL, DEC, None, 120, 125, P("2021-H1")).status is S.BEHIND


def test_qualitative_decrease_at_equality_is_not_a_decrease():
    # "giảm dần": 120 children last year, 120 now — nothing decreased.
    assert compute_progress(QUAL, DEC, None, 120, 120, P("2021")).status is S.NOT_ACHIEVED
    assert compute_progress(QUAL, DEC, None, 120, 120, P("2021-H1")).status is S.BEHIND
    assert compute_progress(QUAL, DEC, None, 120, 119, P("2021")).status is S.ACHIEVED
    assert compute_progress(QUAL, INC, None, 120, 120, P("2021")).status is S.NOT_ACHIEVED


def test_zero_divisors_are_judged_by_the_target():
    assert compute_progress(CUM, INC, 0, None, 0, P("2021-H1")).status is S.ACHIEVED
    p = compute_progress(CUM, INC, 100, None, 0, P("2021-M02"), [0, 0] + [1] * 10)
    assert p.due == 0 and p.pace is None and p.status is S.ON_TRACK  # nothing due yet
    assert compute_progress(LEVEL, DEC, 0, None, 0, P("2021")).status is S.ACHIEVED
    assert compute_progress(LEVEL, INC, 0, None, 5, P("2021")).status is S.ACHIEVED


def test_cumulative_decrease_is_a_ceiling():
    assert compute_progress(CUM, DEC, 50, None, 20, P("2021-H1")).status is S.AHEAD
    assert compute_progress(CUM, DEC, 50, None, 25, P("2021-H1")).status is S.ON_TRACK
    assert compute_progress(CUM, DEC, 50, None, 60, P("2021-H1")).status is S.BEHIND
    assert compute_progress(CUM, DEC, 50, None, 49, P("2021")).status is S.ACHIEVED
    assert compute_progress(CUM, DEC, 50, None, 51, P("2021")).status is S.NOT_ACHIEVED
    # 40 under a ceiling of 50: pace 50 ÷ 40 = 125% ≥ 115%: vượt.
    assert compute_progress(CUM, DEC, 50, None, 40, P("2021")).status is S.EXCEEDED


def test_year_end_words_achieved_exceeded_not_achieved():
    # 12.000 jobs planned. 12.000 → đạt; 13.800 = 115,0% → vượt; 13.799 → đạt;
    # 11.999 → không đạt. Any period ending in December counts as the year's end.
    for code in ("2021", "2021-H2", "2021-Q4", "2021-M12"):
        assert compute_progress(CUM, INC, 12000, None, 12000, P(code)).status is S.ACHIEVED
        assert compute_progress(CUM, INC, 12000, None, 13800, P(code)).status is S.EXCEEDED
        assert compute_progress(CUM, INC, 12000, None, 13799, P(code)).status is S.ACHIEVED
        assert compute_progress(CUM, INC, 12000, None, 11999, P(code)).status is S.NOT_ACHIEVED
        assert compute_progress(CUM, INC, 12000, None, 11999, P(code)).year_end
    assert not compute_progress(CUM, INC, 12000, None, 11999, P("2021-9M")).year_end
    # Level with a baseline: 32,4 → 34,4 planned; 34,7 is 2,3 of 2,0 = 115%: vượt.
    assert compute_progress(LEVEL, INC, 34.4, 32.4, 34.7, P("2021")).status is S.EXCEEDED
    assert compute_progress(LEVEL, INC, 34.4, 32.4, 34.5, P("2021")).status is S.ACHIEVED
    assert compute_progress(LEVEL, INC, 34.4, 32.4, 34.0, P("2021")).status is S.NOT_ACHIEVED


def test_missing_months_are_judged_at_the_month_the_figures_run_to():
    # 9M report, jobs figures only to June: 6.120 against 6.000 due by June
    # = 102,0% (not against 9.000 due by September = 68,0%, behind).
    p = compute_progress(CUM, INC, 12000, None, 6120, P("2021-9M"), data_to=6)
    assert p.data_to == 6 and p.due == 6000
    assert p.pace == pytest.approx(102.0) and p.status is S.ON_TRACK
    assert compute_progress(CUM, INC, 12000, None, 6120, P("2021-9M")).status is S.BEHIND
    # A year report with figures to June is not judged as the year's end.
    p = compute_progress(CUM, INC, 12000, None, 6120, P("2021"), data_to=6)
    assert p.status is S.ON_TRACK and not p.year_end and p.data_to == 6
    # Figures to the period's end: nothing to say.
    assert compute_progress(CUM, INC, 12000, None, 9000, P("2021-9M"), data_to=9).data_to is None
    # Poor-household rate cut by 4,0 from 20,0: 18,2 by June in a 9M report is
    # a cut of 1,8 against 2,0 due by June = 90%.
    p = compute_progress(CHANGE, DEC, 4.0, 20.0, 18.2, P("2021-9M"), data_to=6)
    assert p.due == 2.0 and p.pace == pytest.approx(90.0)


def test_tolerance_setting_changes_the_status():
    # 5.500 of 12.000 by H1: 6.000 due, pace 91,7%: on track with 85/115,
    # behind with 95/105. 6.500: 108,3% — ahead with 95/105.
    assert compute_progress(CUM, INC, 12000, None, 5500, P("2021-H1")).status is S.ON_TRACK
    strict = Tolerances(0.95, 1.05)
    p = compute_progress(CUM, INC, 12000, None, 5500, P("2021-H1"), None, strict)
    assert p.status is S.BEHIND and p.tolerances is strict
    assert compute_progress(CUM, INC, 12000, None, 6500, P("2021-H1"), None, strict).status is (
        S.AHEAD)
    # At the year's end the upper band says vượt: 12.700 = 105,8% ≥ 105%.
    assert compute_progress(CUM, INC, 12000, None, 12700, P("2021"), None, strict).status is (
        S.EXCEEDED)
    assert compute_progress(CUM, INC, 12000, None, 12700, P("2021")).status is S.ACHIEVED


def test_wrong_way_against_the_same_period_last_year():
    from cbdesk.core.progress import moved_wrong_way

    assert moved_wrong_way(LEVEL, DEC, 3.52, 3.48)  # unemployment rose
    assert not moved_wrong_way(LEVEL, DEC, 3.40, 3.48)
    assert moved_wrong_way(LEVEL, INC, 33.0, 33.5)  # trained share fell
    assert moved_wrong_way(CHANGE, DEC, 16.9, 16.5)  # poor rate rose
    assert not moved_wrong_way(LEVEL, DEC, 3.48, 3.48)
    assert not moved_wrong_way(CUM, INC, 10, 20)
    assert not moved_wrong_way(LEVEL, DEC, 3.5, None)


def test_progress_is_a_plain_value():
    p = compute_progress(CUM, INC, 12000, None, 6120, P("2021-H1"))
    assert isinstance(p, Progress) and p == compute_progress(
        CUM, INC, 12000, None, 6120, P("2021-H1")
    )


# -- task status -------------------------------------------------------------

AS_OF = date(2021, 7, 15)


@pytest.mark.parametrize(
    ("deadline", "done", "completed_on", "percent", "status"),
    [
        ("2021-Q2", True, date(2021, 6, 30), 100, TaskStatus.DONE_ON_TIME),
        ("2021-Q2", True, date(2021, 7, 1), 100, TaskStatus.DONE_LATE),
        ("2021-Q2", True, None, 100, TaskStatus.DONE_ON_TIME),
        ("", True, date(2021, 7, 1), 100, TaskStatus.DONE_ON_TIME),
        ("ongoing", True, date(2021, 7, 1), 100, TaskStatus.DONE_ON_TIME),
        ("ongoing", False, None, 40, TaskStatus.ONGOING),
        ("2021-Q2", False, None, 40, TaskStatus.OVERDUE),
        ("2021-07-14", False, None, 0, TaskStatus.OVERDUE),
        ("2021-07-15", False, None, 0, TaskStatus.NOT_STARTED),  # due today: not yet late
        ("2021-Q3", False, None, 10, TaskStatus.IN_PROGRESS),
        ("2021-Q3", False, None, 0, TaskStatus.NOT_STARTED),
        ("", False, None, 0, TaskStatus.NOT_STARTED),
        ("", False, None, 5, TaskStatus.IN_PROGRESS),
    ],
)
def test_task_status(deadline, done, completed_on, percent, status):
    assert task_status(Deadline.parse(deadline), done, completed_on, percent, AS_OF) is status
    assert task_status(deadline, done, completed_on, percent, AS_OF) is status


# -- properties --------------------------------------------------------------

_amounts = st.integers(min_value=0, max_value=10**6)


@given(st.lists(_amounts, min_size=12, max_size=12), st.integers(min_value=1, max_value=12))
def test_cumulative_sums_agree_with_months(values, month):
    entries = [E(f"2021-M{m:02d}", v) for m, v in enumerate(values, 1)]
    assert period_value(CUM, entries, P("2021")) == sum(values)
    assert ytd_value(CUM, entries, P(f"2021-M{month:02d}")) == sum(values[:month])
    quarters = [period_value(CUM, entries, P(f"2021-Q{q}")) for q in range(1, 5)]
    assert sum(quarters) == sum(values)


@given(
    st.integers(min_value=1, max_value=10**6),
    _amounts,
    _amounts,
    st.sampled_from(["2021-M01", "2021-Q1", "2021-H1", "2021-9M", "2021"]),
)
def test_more_done_never_judges_worse(target, a, b, code):
    order = [S.NOT_ACHIEVED, S.BEHIND, S.ON_TRACK, S.AHEAD, S.ACHIEVED, S.EXCEEDED]
    low, high = sorted((a, b))
    s_low = compute_progress(CUM, INC, target, None, low, P(code)).status
    s_high = compute_progress(CUM, INC, target, None, high, P(code)).status
    assert order.index(s_low) <= order.index(s_high)


_rates = st.floats(min_value=0, max_value=100, allow_nan=False)


@given(_rates, _rates, _rates, st.sampled_from(["2021-Q1", "2021-H1", "2021-9M"]))
def test_decrease_mirrors_increase(baseline, target, ytd, code):
    # Moving down towards a lower target is judged as moving up towards a
    # higher one: mirror every value and the pace must be the same.
    assume(abs(target - baseline) > 1e-6)  # else judged by ratios to the target
    up = compute_progress(LEVEL, INC, target, baseline, ytd, P(code))
    down = compute_progress(LEVEL, DEC, -target, -baseline, -ytd, P(code))
    if up.pace is None:
        assert down.pace is None
    else:
        assert down.pace == pytest.approx(up.pace, rel=1e-9, abs=1e-9)
    if up.status is not S.ACHIEVED and down.status is not S.ACHIEVED:
        assert up.status is down.status
