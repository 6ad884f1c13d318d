"""Task deadlines: a day, a period, ongoing or none (SPEC §1, §3.3)."""

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cbdesk.core.deadlines import Deadline, DeadlineError
from cbdesk.core.periods import Period, periods_of_year


@pytest.mark.parametrize(
    ("text", "kind", "code", "label", "due"),
    [
        ("", "none", "", "", None),
        (None, "none", "", "", None),
        ("  ", "none", "", "", None),
        ("Thường xuyên", "ongoing", "ongoing", "Thường xuyên", None),
        ("thuong xuyen", "ongoing", "ongoing", "Thường xuyên", None),
        ("THƯỜNG XUYÊN.", "ongoing", "ongoing", "Thường xuyên", None),
        (unicodedata.normalize("NFD", "Thường xuyên"), "ongoing", "ongoing", "Thường xuyên", None),
        ("ongoing", "ongoing", "ongoing", "Thường xuyên", None),
        ("30/06/2021", "date", "2021-06-30", "30/06/2021", date(2021, 6, 30)),
        ("30/6/2021", "date", "2021-06-30", "30/06/2021", date(2021, 6, 30)),
        ("2021-06-30", "date", "2021-06-30", "30/06/2021", date(2021, 6, 30)),
        (date(2021, 6, 30), "date", "2021-06-30", "30/06/2021", date(2021, 6, 30)),
        (44377, "date", "2021-06-30", "30/06/2021", date(2021, 6, 30)),  # Excel serial
        ("Quý II/2021", "period", "2021-Q2", "Quý II/2021", date(2021, 6, 30)),
        ("2021-Q2", "period", "2021-Q2", "Quý II/2021", date(2021, 6, 30)),
        ("Tháng 6/2021", "period", "2021-M06", "Tháng 6/2021", date(2021, 6, 30)),
        ("6 tháng đầu năm 2021", "period", "2021-H1", "6 tháng đầu năm 2021", date(2021, 6, 30)),
        ("Năm 2021", "period", "2021", "Năm 2021", date(2021, 12, 31)),
        ("Trước 30/6/2021", "date", "2021-06-30", "30/06/2021", date(2021, 6, 30)),
        ("Trong Quý III năm 2021", "period", "2021-Q3", "Quý III/2021", date(2021, 9, 30)),
    ],
)
def test_parse(text, kind, code, label, due):
    d = Deadline.parse(text)
    assert (d.kind, d.code, d.label(), d.due_date) == (kind, code, label, due)
    assert Deadline.parse(d.code) == d  # the storage form reads back


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Quý II", "2021-Q2"),
        ("quy 2", "2021-Q2"),
        ("Tháng 6", "2021-M06"),
        ("6 tháng đầu năm", "2021-H1"),
        ("9 tháng", "2021-9M"),
        ("30/6", "2021-06-30"),
        ("Cuối năm", "2021"),
        ("Quý I/2022", "2022-Q1"),  # a written year wins
    ],
)
def test_parse_without_year_takes_the_plan_year(text, code):
    assert Deadline.parse(text, year=2021).code == code


@pytest.mark.parametrize("text", ["Quý II", "Tháng 6", "30/6"])
def test_missing_year_is_an_error_naming_it(text):
    with pytest.raises(DeadlineError, match="thiếu năm") as info:
        Deadline.parse(text)
    assert "year" in info.value.message_en


@pytest.mark.parametrize("text", ["abc", "31/06/2021", "Quý 5/2021", "2021-13-01", "soon"])
def test_bad_deadlines(text):
    with pytest.raises(DeadlineError) as info:
        Deadline.parse(text, year=2021)
    err = info.value
    assert isinstance(err, ValueError)
    assert str(err) == err.message_vi and err.message_en


def test_english_labels():
    assert Deadline.parse("Thường xuyên").label("en") == "Ongoing"
    assert Deadline.parse("2021-Q2").label("en") == "Q2 2021"
    assert Deadline.parse("").label("en") == ""


def test_constructor_checks_consistency():
    with pytest.raises(DeadlineError):
        Deadline("date", None, None)
    with pytest.raises(DeadlineError):
        Deadline("period", date(2021, 1, 1), None)
    with pytest.raises(DeadlineError):
        Deadline("someday", None, None)
    assert Deadline("period", None, Period.parse("2021-Q2")).due_date == date(2021, 6, 30)
    assert str(Deadline("ongoing")) == "ongoing"


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31)))
def test_date_deadline_round_trip(d):
    dl = Deadline.parse(d)
    assert Deadline.parse(dl.code) == dl
    assert Deadline.parse(dl.label()) == dl
    assert dl.due_date == d


@given(st.integers(min_value=2000, max_value=2100))
def test_period_deadline_round_trip(year):
    for p in periods_of_year(year):
        dl = Deadline.parse(p.label())
        assert dl.period == p
        assert Deadline.parse(dl.code) == dl
        assert dl.due_date == p.end
