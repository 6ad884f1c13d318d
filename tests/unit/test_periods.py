"""Reporting periods: codes, labels, months and relations (SPEC §3.2)."""

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cbdesk.core.periods import Period, PeriodError, period_for_date, periods_of_year


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("2021", "2021"),
        ("2021-H1", "2021-H1"),
        ("2021-H2", "2021-H2"),
        ("2021-9M", "2021-9M"),
        ("2021-9m", "2021-9M"),
        ("2021-Q1", "2021-Q1"),
        ("2021-q4", "2021-Q4"),
        ("2021-M01", "2021-M01"),
        ("2021-M1", "2021-M01"),
        ("2021-m12", "2021-M12"),
        ("Năm 2021", "2021"),
        ("6 tháng đầu năm 2021", "2021-H1"),
        ("6 tháng cuối năm 2021", "2021-H2"),
        ("9 tháng năm 2021", "2021-9M"),
        ("9 tháng đầu năm 2021", "2021-9M"),
        ("Quý II/2021", "2021-Q2"),
        ("Quý 2/2021", "2021-Q2"),
        ("Quý 2 năm 2021", "2021-Q2"),
        ("Quý IV/2021", "2021-Q4"),
        ("quý iii / 2021", "2021-Q3"),
        ("Tháng 3/2021", "2021-M03"),
        ("Tháng 03/2021", "2021-M03"),
        ("tháng 3 năm 2021", "2021-M03"),
        ("Q2 2021", "2021-Q2"),
        ("H1 2021", "2021-H1"),
        ("March 2021", "2021-M03"),
        ("First half of 2021", "2021-H1"),
        ("Nine months of 2021", "2021-9M"),
        # People's variations: no diacritics, capitals, extra spaces, NFD.
        ("quy II/2021", "2021-Q2"),
        ("THÁNG 12/2021", "2021-M12"),
        ("  6   thang  dau nam   2021 ", "2021-H1"),
        (unicodedata.normalize("NFD", "Quý II/2021"), "2021-Q2"),
        (unicodedata.normalize("NFD", "6 tháng cuối năm 2021"), "2021-H2"),
    ],
)
def test_parse_accepts_codes_and_labels(text, code):
    assert Period.parse(text).code == code


@pytest.mark.parametrize(
    "text",
    ["", "abc", "2021-Q5", "Quý V/2021", "Tháng 13/2021", "2021-M00", "2021-H3", "21-Q1", "Q2"],
)
def test_parse_rejects_with_a_vietnamese_message_naming_the_text(text):
    with pytest.raises(PeriodError) as info:
        Period.parse(text)
    err = info.value
    assert isinstance(err, ValueError)
    assert str(err) == err.message_vi
    assert err.message_en and err.message_en != err.message_vi
    if text:
        assert f"'{text}'" in err.message_vi


def test_parse_error_lists_accepted_forms():
    with pytest.raises(PeriodError, match="Quý II/2021"):
        Period.parse("kỳ này")


def test_constructor_validates():
    with pytest.raises(PeriodError):
        Period(2021, "Q", 5)
    with pytest.raises(PeriodError):
        Period(2021, "X", 1)
    with pytest.raises(PeriodError):
        Period(2021, "Y", 2)
    with pytest.raises(PeriodError):
        Period(99, "Y", 1)
    assert Period(2021, "9m", 1).kind == "9M"


@pytest.mark.parametrize(
    ("code", "first", "last", "end"),
    [
        ("2021", 1, 12, date(2021, 12, 31)),
        ("2021-H1", 1, 6, date(2021, 6, 30)),
        ("2021-H2", 7, 12, date(2021, 12, 31)),
        ("2021-9M", 1, 9, date(2021, 9, 30)),
        ("2021-Q1", 1, 3, date(2021, 3, 31)),
        ("2021-Q3", 7, 9, date(2021, 9, 30)),
        ("2021-M02", 2, 2, date(2021, 2, 28)),
        ("2024-M02", 2, 2, date(2024, 2, 29)),
    ],
)
def test_months_and_dates(code, first, last, end):
    p = Period.parse(code)
    assert (p.first_month, p.last_month, p.end) == (first, last, end)
    assert p.start == date(p.year, first, 1)
    assert p.months == tuple(range(first, last + 1))
    assert p.ytd_months == tuple(range(1, last + 1))
    assert p.elapsed_share == last / 12


@pytest.mark.parametrize(
    ("code", "vi", "en"),
    [
        ("2021", "Năm 2021", "Year 2021"),
        ("2021-H1", "6 tháng đầu năm 2021", "First half of 2021"),
        ("2021-H2", "6 tháng cuối năm 2021", "Second half of 2021"),
        ("2021-9M", "9 tháng năm 2021", "Nine months of 2021"),
        ("2021-Q2", "Quý II/2021", "Q2 2021"),
        ("2021-Q4", "Quý IV/2021", "Q4 2021"),
        ("2021-M03", "Tháng 3/2021", "March 2021"),
    ],
)
def test_labels(code, vi, en):
    p = Period.parse(code)
    assert p.label() == vi
    assert p.label("vi") == vi
    assert p.label("en") == en
    assert str(p) == code


def test_contains_and_overlaps():
    q1, h1, m3, m4 = (Period.parse(c) for c in ("2021-Q1", "2021-H1", "2021-M03", "2021-M04"))
    assert h1.contains(q1) and q1.contains(m3) and not q1.contains(m4)
    assert q1.contains(q1)
    assert q1.overlaps(m3) and not q1.overlaps(m4)
    nine, h2 = Period.parse("2021-9M"), Period.parse("2021-H2")
    assert nine.overlaps(h2) and not nine.contains(h2) and not h2.contains(nine)
    assert not Period.parse("2020").overlaps(Period.parse("2021-M01"))


def test_previous_year():
    assert Period.parse("2021-Q2").previous_year() == Period.parse("2020-Q2")


def test_periods_of_year_order():
    codes = [p.code for p in periods_of_year(2021)]
    assert codes[:8] == [
        "2021",
        "2021-H1",
        "2021-H2",
        "2021-9M",
        "2021-Q1",
        "2021-Q2",
        "2021-Q3",
        "2021-Q4",
    ]
    assert codes[8:] == [f"2021-M{m:02d}" for m in range(1, 13)]


def test_period_for_date():
    d = date(2021, 8, 15)
    assert period_for_date(d, "Y").code == "2021"
    assert period_for_date(d, "H").code == "2021-H2"
    assert period_for_date(d, "Q").code == "2021-Q3"
    assert period_for_date(d, "M").code == "2021-M08"
    assert period_for_date(d, "9M").code == "2021-9M"
    with pytest.raises(PeriodError):
        period_for_date(date(2021, 10, 1), "9M")


def test_sort_key_is_chronological():
    ps = [Period.parse(c) for c in ("2021", "2021-M03", "2021-Q1", "2020-Q4", "2021-H1")]
    assert [p.code for p in sorted(ps, key=lambda p: p.sort_key)] == [
        "2020-Q4",
        "2021-M03",
        "2021-Q1",
        "2021-H1",
        "2021",
    ]


_years = st.integers(min_value=2000, max_value=2100)
_periods = st.builds(
    lambda y, i: periods_of_year(y)[i], _years, st.integers(min_value=0, max_value=19)
)


@given(_years)
def test_code_and_labels_round_trip_for_every_period(year):
    for p in periods_of_year(year):
        assert Period.parse(p.code) == p
        assert Period.parse(p.label("vi")) == p
        assert Period.parse(p.label("en")) == p
        assert Period.parse(p.label("vi").upper()) == p


@given(_periods, _periods)
def test_contains_and_overlaps_agree_with_months(a, b):
    same_year = a.year == b.year
    assert a.contains(b) == (same_year and set(b.months) <= set(a.months))
    assert a.overlaps(b) == (same_year and bool(set(a.months) & set(b.months)))
    assert a.overlaps(b) == b.overlaps(a)
    if a.contains(b):
        assert a.overlaps(b) and b.end <= a.end and a.start <= b.start


@given(_periods)
def test_months_and_ytd(p):
    assert p.months[-1] == p.last_month == p.ytd_months[-1]
    assert p.ytd_months[0] == 1
    assert set(p.months) <= set(p.ytd_months)
    assert p.start <= p.end
    assert period_for_date(p.end, p.kind) == p
    assert hash(Period.parse(p.code)) == hash(p)
