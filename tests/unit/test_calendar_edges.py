"""The edges of the reporting calendar's settings (found by mutation testing):
holiday lists and ranges at their limits, clamped cut-off days, due days
moved backwards, and rules that cannot change once read."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date

import pytest

from cbdesk.core.calendar import (
    DEFAULT_HOLIDAYS,
    CalendarError,
    CalendarRules,
    parse_holidays,
    parse_kinds,
    period_dates,
    shift_day,
)
from cbdesk.core.periods import Period


def test_the_default_holidays_are_the_four_fixed_national_days():
    assert parse_holidays(DEFAULT_HOLIDAYS) == ((1, 1, None), (30, 4, None), (1, 5, None),
                                                (2, 9, None))


def test_rules_and_period_dates_cannot_be_changed_once_made():
    rules = CalendarRules()
    with pytest.raises(FrozenInstanceError):
        rules.cutoff_day = 20
    dates = period_dates(Period.parse("2021-Q1"), rules)
    with pytest.raises(FrozenInstanceError):
        dates.report_due = date(2021, 1, 1)


def test_the_cut_off_day_is_clamped_to_1_to_28():
    assert CalendarRules(cutoff_day=0).cutoff_day == 1
    assert CalendarRules(cutoff_day=1).cutoff_day == 1
    assert CalendarRules(cutoff_day=31).cutoff_day == 28


def test_a_weekend_due_day_moves_back_one_working_day_at_a_time():
    saturday = date(2021, 7, 17)
    assert shift_day(saturday, CalendarRules(shift="previous")) == date(2021, 7, 16)
    assert shift_day(saturday, CalendarRules(shift="next")) == date(2021, 7, 19)
    assert shift_day(saturday, CalendarRules(shift="none")) == saturday


def test_a_due_day_that_never_reaches_a_working_day_stops_after_sixty_days():
    every_day = tuple((d.day, d.month, None) for d in
                      (date(2021, 1, 1) + (date(2021, 1, 2) - date(2021, 1, 1)) * i
                       for i in range(365)))
    rules = CalendarRules(holidays=every_day)
    assert shift_day(date(2021, 3, 1), rules) == date(2021, 4, 30)  # 60 days on


def test_empty_items_and_ranges_do_not_end_a_holiday_list():
    assert parse_holidays("01/01, ,30/04") == ((1, 1, None), (30, 4, None))
    assert parse_holidays("10/02/2024-11/02/2024; 30/04") == (
        (10, 2, 2024), (11, 2, 2024), (30, 4, None))


def test_a_holiday_range_needs_both_years_and_at_most_sixty_days():
    with pytest.raises(CalendarError):
        parse_holidays("01/01-05/01/2024")
    with pytest.raises(CalendarError):
        parse_holidays("01/01/2024-05/01")
    assert parse_holidays("01/01/2024-01/01/2024") == ((1, 1, 2024),)  # one day
    assert len(parse_holidays("01/01/2024-01/03/2024")) == 61  # 60 days apart
    with pytest.raises(CalendarError):
        parse_holidays("01/01/2024-02/03/2024")  # 61 days apart
    with pytest.raises(CalendarError):
        parse_holidays("05/01/2024-01/01/2024")  # backwards


def test_holidays_in_january_december_and_on_29_february_are_read():
    assert parse_holidays("15/01, 25/12, 29/02") == ((15, 1, None), (25, 12, None),
                                                     (29, 2, None))
    for bad in ("15/13", "00/05", "31/04", "29/02/2023"):
        with pytest.raises(CalendarError):
            parse_holidays(bad)


def test_an_unknown_period_kind_is_named_in_the_message():
    with pytest.raises(CalendarError) as e:
        parse_kinds("M, X")
    assert "X" in e.value.message_en and "X" in e.value.message_vi
