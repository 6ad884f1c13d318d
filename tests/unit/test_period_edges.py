"""Edges of reporting periods (core.periods): the years allowed, the default
index, what a year must be, English month abbreviations, years typed into
Excel cells, the English list of accepted forms, the order of periods, the
half a day of July belongs to, and the parse cache."""

from __future__ import annotations

from datetime import date

import pytest

from cbdesk.core import periods
from cbdesk.core.periods import KINDS, Period, PeriodError, period_for_date, periods_of_year


def test_the_five_kinds_are_listed_in_the_order_people_pick_them():
    assert KINDS == ("Y", "H", "9M", "Q", "M")
    seen = list(dict.fromkeys(p.kind for p in periods_of_year(2021)))
    assert tuple(seen) == KINDS


def test_years_run_from_1900_to_2999():
    assert Period(1900, "Y").code == "1900"
    assert Period(2999, "M", 12).code == "2999-M12"
    for year in (1899, 3000):
        with pytest.raises(PeriodError) as e:
            Period(year, "Y")
        assert "1900" in e.value.message_vi and "2999" in e.value.message_vi


def test_a_period_without_an_index_is_the_first_of_its_kind():
    assert Period(2021, "Y") == Period(2021, "Y", 1)
    assert Period(2021, "9M").code == "2021-9M"
    assert Period(2021, "Q").code == "2021-Q1"


@pytest.mark.parametrize("year", ["2021", 2021.0, True, None])
def test_a_year_that_is_not_a_whole_number_is_refused(year):
    with pytest.raises(PeriodError) as e:
        Period(year, "Y")
    assert "số nguyên" in e.value.message_vi


@pytest.mark.parametrize(
    ("text", "code"),
    [("Jan 2021", "2021-M01"), ("Sep. 2021", "2021-M09"), ("dec-2021", "2021-M12"),
     ("June 2021", "2021-M06"), ("September 2021", "2021-M09")],
)
def test_english_month_names_and_their_three_letter_abbreviations_are_read(text, code):
    assert Period.parse(text).code == code


def test_a_year_typed_into_an_excel_cell_as_a_number_is_that_year():
    assert Period.parse(2021.0) == Period(2021, "Y", 1)
    assert Period.parse(2021) == Period(2021, "Y", 1)


def test_the_english_message_lists_the_english_forms_too():
    with pytest.raises(PeriodError) as e:
        Period.parse("sometime")
    assert "'sometime' is not a valid period" in e.value.message_en
    assert "Q2 2021, H1 2021" in e.value.message_en
    with pytest.raises(PeriodError) as e:
        Period.parse("  ")
    assert "missing" in e.value.message_en and "Q2 2021" in e.value.message_en


def test_periods_sort_by_year_then_kind_code_then_index():
    ps = [Period(2022, "Y"), Period(2021, "Q", 2), Period(2021, "M", 3), Period(2021, "Q", 1),
          Period(2021, "H", 2)]
    assert [p.code for p in sorted(ps)] == ["2021-H2", "2021-M03", "2021-Q1", "2021-Q2", "2022"]
    assert Period(2021, "Q", 1) < Period(2021, "Q", 2)


def test_june_closes_the_first_half_and_july_opens_the_second():
    assert period_for_date(date(2021, 6, 30), "H").code == "2021-H1"
    assert period_for_date(date(2021, 7, 1), "H").code == "2021-H2"


def test_a_code_parsed_twice_gives_the_very_same_period():
    # Stored codes are parsed for every result a report adds up; the second
    # parse is served from the cache (and so shares the cached months and end).
    first = Period.parse("2031-Q3")
    assert Period.parse("2031-Q3") is first
    assert first.end == date(2031, 9, 30)


@pytest.mark.parametrize("kind", ["Y", "H", "Q", "M"])
def test_the_period_of_a_day_holds_that_day_s_month_for_every_month(kind):
    for month in range(1, 13):
        p = period_for_date(date(2021, month, 15), kind)
        assert p.kind == kind and p.first_month <= month <= p.last_month


def test_quarters_turn_after_march_june_and_september():
    quarters = [period_for_date(date(2021, m, 1), "Q").index for m in range(1, 13)]
    assert quarters == [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4]


@pytest.mark.parametrize(("text", "code"), [("2021 Q2", "2021-Q2"), ("2021 h1", "2021-H1"),
                                            ("2021 q4", "2021-Q4")])
def test_year_first_english_forms_are_read(text, code):
    assert Period.parse(text).code == code


@pytest.mark.parametrize("text", ["Smarch 2021", "Tuesday 2021", "ju 2021"])
def test_a_word_that_is_no_month_name_is_refused_as_a_period(text):
    with pytest.raises(PeriodError) as e:
        Period.parse(text)
    assert f"'{text}'" in e.value.message_vi


def _period_texts():
    """Distinct ways of writing months: codes, labels, with and without zeros."""
    for year in range(1900, 3000):
        for m in range(1, 13):
            yield from dict.fromkeys((f"{year}-M{m:02d}", f"Tháng {m}/{year}", f"{m}/{year}",
                                      f"Tháng {m:02d}/{year}", f"tháng {m} năm {year}"))


def test_the_parse_cache_stops_growing_at_50_000_texts():
    # Free-typed periods in a long import must not grow memory without bound.
    cache = periods._CODE_CACHE
    saved = dict(cache)
    cache.clear()
    try:
        texts = _period_texts()
        for _ in range(50_010):
            text = next(texts)
            assert Period.parse(text).kind == "M"
        assert len(cache) == 50_000
        assert Period.parse("Tháng 12/2999") == Period(2999, "M", 12)
    finally:
        cache.clear()
        cache.update(saved)
