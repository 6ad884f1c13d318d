"""What a clerk is told about a deadline that cannot be read (core.deadlines):
"lacks a year" only when a year is what is missing, and the same words with
or without the prefixes offices write in front of a deadline."""

from __future__ import annotations

from datetime import date

import pytest

from cbdesk.core.deadlines import Deadline, DeadlineError


@pytest.mark.parametrize("text", ["abc", "soon", "Quý 5"])
def test_text_that_is_no_deadline_is_not_told_it_lacks_a_year(text):
    with pytest.raises(DeadlineError) as info:
        Deadline.parse(text)
    assert "không phải là thời hạn hợp lệ" in info.value.message_vi
    assert "thiếu năm" not in info.value.message_vi
    assert "is not a valid deadline" in info.value.message_en


@pytest.mark.parametrize(
    ("text", "code"),
    [("Trước ngày 30/6/2021", "2021-06-30"), ("Hoàn thành trước 30/6/2021", "2021-06-30"),
     ("Đến hết Quý III/2021", "2021-Q3"), ("Cuối năm 2021", "2021"),
     ("Hạn 15/01/2022", "2022-01-15"), ("Trong tháng 3/2021", "2021-M03")],
)
def test_prefix_words_in_front_of_a_deadline_do_not_change_it(text, code):
    assert Deadline.parse(text).code == code


def test_a_prefixed_deadline_without_its_year_takes_the_plan_year_or_says_it_lacks_one():
    assert Deadline.parse("Trong Quý II", year=2021).code == "2021-Q2"
    with pytest.raises(DeadlineError, match="thiếu năm"):
        Deadline.parse("Trong Quý II")


def test_each_kind_shows_its_own_day_code_and_label():
    day = Deadline("date", date(2021, 6, 30))
    assert (day.due_date, day.code, day.label("en")) == (date(2021, 6, 30), "2021-06-30",
                                                         "30/06/2021")
    ongoing = Deadline("ongoing")
    assert (ongoing.due_date, ongoing.code, ongoing.label("en")) == (None, "ongoing", "Ongoing")
    none = Deadline("none")
    assert (none.due_date, none.code, none.label(), str(none)) == (None, "", "", "")
