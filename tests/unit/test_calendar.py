"""The reporting calendar's dates, computed by hand (core.calendar)."""

from __future__ import annotations

from datetime import date

import pytest

from cbdesk.core.calendar import (
    CalendarError,
    CalendarRules,
    data_window,
    parse_holidays,
    parse_kinds,
    period_dates,
    shift_day,
    year_calendar,
)
from cbdesk.core.periods import Period

ND09 = CalendarRules()
MONTHS = CalendarRules(rule="calendar")


@pytest.mark.parametrize("code, start, end", [
    ("2021-M03", date(2021, 2, 15), date(2021, 3, 14)),
    ("2021-M01", date(2020, 12, 15), date(2021, 1, 14)),  # the month before is last year's
    ("2021-Q1", date(2020, 12, 15), date(2021, 3, 14)),
    ("2021-Q2", date(2021, 3, 15), date(2021, 6, 14)),
    ("2021-Q4", date(2021, 9, 15), date(2021, 12, 14)),
    ("2021-H1", date(2020, 12, 15), date(2021, 6, 14)),
    ("2021-H2", date(2021, 6, 15), date(2021, 12, 14)),
    ("2021-9M", date(2020, 12, 15), date(2021, 9, 14)),
    ("2021", date(2020, 12, 15), date(2021, 12, 14)),
])
def test_nd09_windows_run_from_the_15th_to_the_14th(code, start, end):
    assert data_window(Period.parse(code), ND09) == (start, end)


@pytest.mark.parametrize("code, start, end", [
    ("2021-M03", date(2021, 3, 1), date(2021, 3, 31)),
    ("2021-Q1", date(2021, 1, 1), date(2021, 3, 31)),
    ("2021-H1", date(2021, 1, 1), date(2021, 6, 30)),
    ("2021-9M", date(2021, 1, 1), date(2021, 9, 30)),
    ("2021", date(2021, 1, 1), date(2021, 12, 31)),
    ("2023-M02", date(2023, 2, 1), date(2023, 2, 28)),
    ("2024-M02", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
])
def test_calendar_rule_windows_are_whole_months(code, start, end):
    assert data_window(Period.parse(code), MONTHS) == (start, end)


def test_leap_february_due_days_under_both_rules():
    # ND 09: Feb 2024 runs 15/01–14/02; forms due the 15th (Thu), report the 20th (Tue).
    d = period_dates(Period.parse("2024-M02"), ND09)
    assert (d.data_from, d.data_to) == (date(2024, 1, 15), date(2024, 2, 14))
    assert (d.forms_due, d.report_due) == (date(2024, 2, 15), date(2024, 2, 20))
    # Calendar months: ends Thu 29/02; forms Fri 01/03; report 29/02 + 6 = Wed 06/03.
    d = period_dates(Period.parse("2024-M02"), MONTHS)
    assert d.data_to == date(2024, 2, 29)
    assert (d.forms_due, d.report_due) == (date(2024, 3, 1), date(2024, 3, 6))
    # Not leap: ends Tue 28/02/2023; forms Wed 01/03.
    assert period_dates(Period.parse("2023-M02"), MONTHS).forms_due == date(2023, 3, 1)


def test_a_due_day_on_a_weekend_moves_to_the_next_working_day():
    # Q2 2021 ends Mon 14/06; report due 20/06/2021 is a Sunday → Mon 21/06.
    d = period_dates(Period.parse("2021-Q2"), ND09)
    assert d.report_due == date(2021, 6, 21)
    back = CalendarRules(shift="previous")
    assert period_dates(Period.parse("2021-Q2"), back).report_due == date(2021, 6, 18)
    still = CalendarRules(shift="none")
    assert period_dates(Period.parse("2021-Q2"), still).report_due == date(2021, 6, 20)


def test_holidays_move_a_due_day_past_them():
    # Calendar months, Apr 2021 ends Fri 30/04 (holiday); forms due Sat 01/05
    # (holiday and weekend) → Sun → Mon 03/05.
    rules = CalendarRules(rule="calendar", holidays=parse_holidays("30/04, 01/05"))
    assert period_dates(Period.parse("2021-M04"), rules).forms_due == date(2021, 5, 3)
    # Tết 2021 as a range: Feb 2021 report due 20/02 (Sat) → 22/02 Mon, unless Tết
    # (10–16/02) matters: the forms due 15/02 (Mon, in Tết) → Wed 17/02.
    tet = CalendarRules(holidays=parse_holidays("10/02/2021-16/02/2021"))
    d = period_dates(Period.parse("2021-M02"), tet)
    assert (d.forms_due, d.report_due) == (date(2021, 2, 17), date(2021, 2, 22))


def test_holiday_of_one_year_does_not_move_another_year():
    rules = CalendarRules(holidays=parse_holidays("15/03/2022"))
    # 15/03/2021 is a Monday, a working day in 2021.
    assert shift_day(date(2021, 3, 15), rules) == date(2021, 3, 15)
    assert shift_day(date(2022, 3, 15), rules) == date(2022, 3, 16)


def test_cutoff_day_setting_moves_the_window():
    rules = CalendarRules(cutoff_day=20)
    assert data_window(Period.parse("2021-M03"), rules) == (date(2021, 2, 21), date(2021, 3, 20))
    assert CalendarRules(cutoff_day=31).cutoff_day == 28


def test_year_calendar_lists_only_reported_kinds_in_due_order():
    rules = CalendarRules(kinds=parse_kinds("q, y"))
    codes = [r.period.code for r in year_calendar(2021, rules)]
    assert codes == ["2021-Q1", "2021-Q2", "2021-Q3", "2021-Q4", "2021"]
    every = [r.period.code for r in year_calendar(2021)]
    assert len(every) == 12 + 4 + 2 + 1 + 1
    # M06, Q2 and H1 are due the same day: the shorter period first.
    assert every.index("2021-M06") < every.index("2021-Q2") < every.index("2021-H1")


@pytest.mark.parametrize("text", ["31/02", "15/13", "x", "20/02/2021-10/02/2021", "1/1-3/1"])
def test_unreadable_holidays_are_refused_with_a_message(text):
    with pytest.raises(CalendarError) as e:
        parse_holidays(text)
    assert "không hợp lệ" in e.value.message_vi


def test_unknown_rule_or_kind_is_refused():
    with pytest.raises(CalendarError):
        CalendarRules(rule="lunar")
    with pytest.raises(CalendarError):
        parse_kinds("M, W")
