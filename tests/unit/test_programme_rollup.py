"""Programme roll-up rules (core.programme) with figures worked out by hand."""

from __future__ import annotations

import pytest

from cbdesk.core.enums import TargetStatus
from cbdesk.core.programme import elapsed_years_share, roll_up


def test_cumulative_target_adds_the_years_and_is_judged_against_the_straight_line():
    # 12.500 + 11.800 + 13.000 = 37.300 of 60.000 → 62,17 %; due by 2028:
    # 3/5 × 60.000 = 36.000; pace 37.300 / 36.000 = 103,61 % → on track.
    r = roll_up("cumulative", "increase", 60000, None, 2026, 2030, 2028,
                {2026: 12500, 2027: 11800, 2028: 13000})
    assert r.to_date == 37300
    assert r.percent == pytest.approx(62.1666667)
    assert r.due == pytest.approx(36000)
    assert r.pace == pytest.approx(103.6111111)
    assert r.status is TargetStatus.ON_TRACK
    assert r.missing == [] and r.final is False
    assert list(r.years) == [2026, 2027, 2028]


def test_a_year_without_figures_is_listed_not_hidden():
    # 2027 not reported: 12.500 + 13.000 = 25.500; pace 25.500/36.000 = 70,83 % → behind.
    r = roll_up("cumulative", "increase", 60000, None, 2026, 2030, 2028,
                {2026: 12500, 2028: 13000})
    assert r.years == {2026: 12500, 2027: None, 2028: 13000}
    assert r.missing == [2027]
    assert r.to_date == 25500
    assert r.pace == pytest.approx(70.8333333)
    assert r.status is TargetStatus.BEHIND


def test_level_target_takes_the_latest_year_and_the_share_of_the_rise_due():
    # Trained labour 60 % (2025) → 70 % (2030); 2028 at 66 %: due 60 + 10 × 3/5 = 66;
    # pace (66 − 60)/(66 − 60) = 100 %; 66/70 = 94,29 % of the target.
    r = roll_up("level", "increase", 70, 60, 2026, 2030, 2028,
                {2026: 62, 2027: 64.5, 2028: 66}, baseline_year=2025)
    assert r.to_date == 66 and r.latest_year == 2028
    assert r.due == pytest.approx(66)
    assert r.pace == pytest.approx(100)
    assert r.percent == pytest.approx(94.2857143)
    assert r.status is TargetStatus.ON_TRACK


def test_average_change_target_divides_the_change_by_the_years_since_the_baseline():
    # Poverty 10,0 % (2025), down 1,5 points a year on average; 2028 at 5,9 %:
    # change 4,1 points over 3 years → 1,3667 a year = 91,11 % of 1,5 → on track.
    r = roll_up("change", "decrease", 1.5, 10.0, 2026, 2030, 2028,
                {2026: 8.6, 2027: 7.2, 2028: 5.9}, per_year=True, baseline_year=2025)
    assert r.change == pytest.approx(4.1)
    assert r.yearly_average == pytest.approx(1.3666667)
    assert r.percent == pytest.approx(91.1111111)
    assert r.status is TargetStatus.ON_TRACK


def test_total_change_target_is_judged_against_the_change_due_by_the_year():
    # Down 5 points over the programme; 2027 at 8,5 from 10: change 1,5;
    # due 5 × 2/5 = 2; pace 75 % → behind; 1,5/5 = 30 % of the target.
    r = roll_up("change", "decrease", 5, 10.0, 2026, 2030, 2027, {2026: 9.2, 2027: 8.5})
    assert r.change == pytest.approx(1.5)
    assert r.due == pytest.approx(2)
    assert r.pace == pytest.approx(75)
    assert r.percent == pytest.approx(30)
    assert r.status is TargetStatus.BEHIND


def test_final_review_uses_the_year_end_words():
    # 61.000 of 60.000 at 2030: 101,67 % → achieved (not 115 % → not exceeded).
    r = roll_up("cumulative", "increase", 60000, None, 2026, 2030, 2030,
                {2026: 12000, 2027: 12000, 2028: 12000, 2029: 12000, 2030: 13000})
    assert r.final and r.to_date == 61000
    assert r.percent == pytest.approx(101.6666667)
    assert r.status is TargetStatus.ACHIEVED
    short = roll_up("cumulative", "increase", 60000, None, 2026, 2030, 2030,
                    {2026: 10000, 2027: 10000, 2028: 10000, 2029: 10000, 2030: 10000})
    assert short.status is TargetStatus.NOT_ACHIEVED


def test_no_figures_at_all_is_no_data():
    r = roll_up("level", "increase", 70, 60, 2026, 2030, 2027, {})
    assert r.status is TargetStatus.NO_DATA and r.missing == [2026, 2027]
    assert r.to_date is None


def test_straight_line_share_counts_whole_years():
    assert elapsed_years_share(2026, 2030, 2028) == pytest.approx(0.6)
    assert elapsed_years_share(2026, 2030, 2035) == 1.0
    assert elapsed_years_share(2026, 2030, 2020) == 0.0
