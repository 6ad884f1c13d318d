"""Programme roll-up rules (core.programme) one kind at a time, with figures
worked out by hand: ceilings over the programme, thresholds, changes made
"bình quân" (per year) or in total, missing targets or baselines, and the
qualitative kind. Pure functions, no database."""

from __future__ import annotations

import dataclasses

import pytest

from cbdesk.core.enums import TargetStatus
from cbdesk.core.periods import Period
from cbdesk.core.programme import roll_up
from cbdesk.core.progress import compute_progress

S = TargetStatus


# ---------------------------------------------------------------------------
# Cumulative


def test_a_cumulative_target_without_a_programme_figure_shows_the_sum_and_judges_nothing():
    r = roll_up("cumulative", "increase", None, None, 2026, 2030, 2027, {2026: 5, 2027: 7})
    assert r.to_date == 12
    assert r.percent is None and r.due is None and r.pace is None
    assert r.status is S.NO_DATA


def test_a_cumulative_target_without_figures_shows_what_is_due_and_no_data():
    # 2 of 5 years elapsed: 60.000 × 2/5 = 24.000 due.
    r = roll_up("cumulative", "increase", 60000, None, 2026, 2030, 2027, {})
    assert r.to_date is None and r.percent is None and r.pace is None
    assert r.due == pytest.approx(24000)
    assert r.status is S.NO_DATA and r.missing == [2026, 2027]


def test_a_programme_ceiling_well_under_its_share_is_on_track_not_achieved():
    # At most 5.000 over 2026–2030; by 2027 (2/5) 2.000 is "allowed";
    # 1.800 used: pace 2.000 / 1.800 = 111,11 % → on track (not yet achieved:
    # three years remain).
    r = roll_up("cumulative", "decrease", 5000, None, 2026, 2030, 2027, {2026: 900, 2027: 900})
    assert r.to_date == 1800
    assert r.due == pytest.approx(2000)
    assert r.pace == pytest.approx(111.1111111)
    assert r.percent == pytest.approx(36)
    assert r.status is S.ON_TRACK


def test_a_programme_ceiling_barely_touched_is_ahead():
    # 1.000 used of 2.000 allowed by 2027: pace 200 % → ahead.
    r = roll_up("cumulative", "decrease", 5000, None, 2026, 2030, 2027, {2026: 500, 2027: 500})
    assert r.pace == pytest.approx(200)
    assert r.status is S.AHEAD


def test_a_programme_ceiling_already_passed_is_behind():
    r = roll_up("cumulative", "decrease", 5000, None, 2026, 2030, 2027,
                {2026: 3000, 2027: 2200})
    assert r.to_date == 5200
    assert r.status is S.BEHIND


def test_a_programme_ceiling_at_the_last_year_is_achieved_exceeded_or_not_achieved():
    years = {2026: 1000, 2027: 1000, 2028: 1000, 2029: 1000}
    kept = roll_up("cumulative", "decrease", 5000, None, 2026, 2030, 2030, {**years, 2030: 800})
    assert kept.final and kept.status is S.ACHIEVED  # 4.800 ≤ 5.000, pace 104,17 %
    far_under = roll_up("cumulative", "decrease", 5000, None, 2026, 2030, 2030,
                        {2026: 800, 2027: 800, 2028: 800, 2029: 800, 2030: 800})
    assert far_under.pace == pytest.approx(125)
    assert far_under.status is S.EXCEEDED
    passed = roll_up("cumulative", "decrease", 5000, None, 2026, 2030, 2030,
                     {**years, 2030: 1100})
    assert passed.status is S.NOT_ACHIEVED


# ---------------------------------------------------------------------------
# Level


def test_a_level_target_without_figures_still_shows_the_level_due_by_the_year():
    # 60 % (baseline) → 70 % (2030); by 2027, 2 of 5 years: 60 + 10 × 2/5 = 64.
    r = roll_up("level", "increase", 70, 60, 2026, 2030, 2027, {})
    assert r.due == pytest.approx(64)
    assert r.status is S.NO_DATA


def test_a_level_target_without_a_programme_figure_has_nothing_due():
    r = roll_up("level", "increase", None, 60, 2026, 2030, 2027, {2026: 62})
    assert r.to_date == 62 and r.due is None and r.percent is None
    assert r.status is S.NO_DATA


def test_a_floor_without_a_baseline_is_judged_by_its_side():
    above = roll_up("level", "increase", 70, None, 2026, 2030, 2027, {2027: 72})
    assert above.status is S.ON_TRACK
    assert above.due == 70 and above.pace is None
    assert above.percent == pytest.approx(102.8571429)
    below = roll_up("level", "increase", 70, None, 2026, 2030, 2027, {2027: 68})
    assert below.status is S.BEHIND


def test_a_floor_at_the_last_year_is_achieved_or_not_achieved():
    assert roll_up("level", "increase", 70, None, 2026, 2030, 2030,
                   {2030: 72}).status is S.ACHIEVED
    assert roll_up("level", "increase", 70, None, 2026, 2030, 2030,
                   {2030: 68}).status is S.NOT_ACHIEVED


def test_a_ceiling_level_is_judged_by_its_side_without_a_percentage():
    under = roll_up("level", "decrease", 5, None, 2026, 2030, 2027, {2027: 4})
    assert under.status is S.ON_TRACK and under.percent is None
    over = roll_up("level", "decrease", 5, None, 2026, 2030, 2027, {2027: 6})
    assert over.status is S.BEHIND


def test_keep_at_a_hundred_percent_is_a_floor_not_a_rise_from_the_baseline():
    # Baseline 100 %, target 100 % ("duy trì 100 %"): 98 % in 2027 is below it.
    r = roll_up("level", "increase", 100, 100, 2026, 2030, 2027, {2027: 98})
    assert r.status is S.BEHIND
    assert r.due == 100 and r.pace is None
    kept = roll_up("level", "increase", 100, 100, 2026, 2030, 2027, {2027: 100})
    assert kept.status is S.ON_TRACK


def test_the_programme_and_the_year_agree_on_what_a_threshold_is():
    # A baseline equal to the target up to float noise (one part in 10^10)
    # makes a threshold in the year's progress; the programme uses the same rule.
    target, baseline = 1_000_000.0, 1_000_000.0 * (1 + 1e-10)
    year = compute_progress("level", "increase", target, baseline, 999_000.0, Period(2027, "Y"))
    assert year.threshold and year.status is S.NOT_ACHIEVED
    r = roll_up("level", "increase", target, baseline, 2026, 2030, 2027, {2027: 999_000.0})
    assert r.status is S.BEHIND
    assert r.due == target and r.pace is None


# ---------------------------------------------------------------------------
# Change


def test_a_change_target_without_a_programme_figure_or_baseline_is_no_data():
    no_target = roll_up("change", "decrease", None, 10.0, 2026, 2030, 2027, {2027: 9.0})
    assert no_target.status is S.NO_DATA and no_target.to_date == 9.0
    no_baseline = roll_up("change", "decrease", 1.5, None, 2026, 2030, 2027, {2027: 9.0})
    assert no_baseline.status is S.NO_DATA and no_baseline.change is None


def test_a_negative_cut_is_read_as_its_size():
    # "Giảm −1,5 điểm/năm" is the same target as "giảm 1,5 điểm/năm".
    values = {2026: 8.6, 2027: 7.2, 2028: 5.9}
    minus = roll_up("change", "decrease", -1.5, 10.0, 2026, 2030, 2028, values,
                    per_year=True, baseline_year=2025)
    plus = roll_up("change", "decrease", 1.5, 10.0, 2026, 2030, 2028, values,
                   per_year=True, baseline_year=2025)
    assert minus.percent == pytest.approx(91.1111111)
    assert minus == plus


def test_a_small_cut_under_one_point_keeps_its_sign():
    # Down 0,5 points over the programme; 10,0 → 9,6 by 2027: change 0,4 = 80 %
    # of the target; due 0,5 × 2/5 = 0,2; pace 200 % → ahead.
    r = roll_up("change", "decrease", 0.5, 10.0, 2026, 2030, 2027, {2027: 9.6})
    assert r.change == pytest.approx(0.4)
    assert r.percent == pytest.approx(80)
    assert r.pace == pytest.approx(200)
    assert r.status is S.AHEAD


def test_a_rise_is_measured_from_the_baseline_up():
    # Up 10 points over 2026–2030 from 50; 57 in 2028: change 7, due 6 → pace 116,67 %.
    r = roll_up("change", "increase", 10, 50, 2026, 2030, 2028, {2028: 57})
    assert r.change == pytest.approx(7)
    assert r.percent == pytest.approx(70)
    assert r.due == pytest.approx(6)
    assert r.pace == pytest.approx(116.6666667)
    assert r.status is S.AHEAD


def test_a_total_change_met_before_the_last_year_is_achieved():
    # Down 5 points; 10,0 → 4,9 by 2027: 5,1 points, the whole target already.
    r = roll_up("change", "decrease", 5, 10.0, 2026, 2030, 2027, {2027: 4.9})
    assert r.percent == pytest.approx(102)
    assert r.status is S.ACHIEVED


def test_a_total_change_at_the_last_year_is_achieved_or_not_achieved():
    met = roll_up("change", "decrease", 5, 10.0, 2026, 2030, 2030, {2030: 4.5})
    assert met.pace == pytest.approx(110) and met.status is S.ACHIEVED
    short = roll_up("change", "decrease", 5, 10.0, 2026, 2030, 2030, {2030: 6.0})
    assert short.status is S.NOT_ACHIEVED


def test_an_average_without_a_baseline_year_counts_from_the_year_before_the_programme():
    # Up 2 a year from 50 (no baseline year: 2025 assumed); 56 in 2028 is 6 over
    # 3 years = 2 a year: 100 % of the average, on track.
    r = roll_up("change", "increase", 2, 50, 2026, 2030, 2028,
                {2026: 52, 2027: 54, 2028: 56}, per_year=True)
    assert r.yearly_average == pytest.approx(2)
    assert r.percent == pytest.approx(100)
    assert r.pace == r.percent
    assert r.due == 2
    assert r.status is S.ON_TRACK


def test_an_average_counts_the_years_since_an_earlier_baseline_year():
    # Baseline 10,0 measured in 2024; 5,5 in 2027: 4,5 points over 3 years = 1,5.
    r = roll_up("change", "decrease", 1.5, 10.0, 2026, 2030, 2027, {2027: 5.5},
                per_year=True, baseline_year=2024)
    assert r.yearly_average == pytest.approx(1.5)
    assert r.status is S.ON_TRACK


def test_an_average_in_the_first_year_is_that_year_s_change():
    # 10,0 (2025) → 8,2 (2026): 1,8 in one year = 120 % of 1,5 → ahead.
    r = roll_up("change", "decrease", 1.5, 10.0, 2026, 2030, 2026, {2026: 8.2},
                per_year=True, baseline_year=2025)
    assert r.yearly_average == pytest.approx(1.8)
    assert r.pace == pytest.approx(120)
    assert r.status is S.AHEAD


def test_an_average_met_at_the_last_year_is_achieved_and_short_of_it_not_achieved():
    # 10,0 (2025) → 2,5 (2030): 7,5 over 5 years = 1,5 a year exactly.
    met = roll_up("change", "decrease", 1.5, 10.0, 2026, 2030, 2030, {2030: 2.5},
                  per_year=True, baseline_year=2025)
    assert met.yearly_average == pytest.approx(1.5) and met.status is S.ACHIEVED
    short = roll_up("change", "decrease", 1.5, 10.0, 2026, 2030, 2030, {2030: 4.0},
                    per_year=True, baseline_year=2025)
    assert short.status is S.NOT_ACHIEVED


# ---------------------------------------------------------------------------
# Qualitative, and the record itself


def test_a_qualitative_target_with_a_word_is_on_track_and_without_one_no_data():
    said = roll_up("qualitative", "increase", None, None, 2026, 2030, 2027, {2027: 1.0})
    assert said.status is S.ON_TRACK and said.to_date == 1.0
    silent = roll_up("qualitative", "increase", None, None, 2026, 2030, 2027, {})
    assert silent.status is S.NO_DATA


def test_a_roll_up_cannot_be_changed_once_made():
    r = roll_up("cumulative", "increase", 60000, None, 2026, 2030, 2027, {2026: 1, 2027: 2})
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.status = S.ACHIEVED  # type: ignore[misc]
