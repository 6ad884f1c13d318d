"""Edges of Vietnamese numbers and dates (core.vnformat): magnitudes past a
float's exact integers and past 28 digits, "-0", the messages that say what
went wrong, spaces of every kind, Excel's first and last serial days, a date
line without a place, and document numbers."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

import pytest

from cbdesk.core.vnformat import (
    DateFormatError,
    NumberFormatError,
    doc_number,
    format_number,
    parse_date,
    parse_number,
    place_date_line,
)

# -- format_number -----------------------------------------------------------


def test_a_whole_number_past_a_float_s_exact_range_prints_every_digit():
    assert format_number(2**60) == "1.152.921.504.606.846.976"
    assert format_number(-(10**20)) == "-100.000.000.000.000.000.000"


def test_a_huge_float_prints_its_meaningful_digits_not_binary_noise():
    # float(2**60) is what a spreadsheet holds as 1,152921504606847E+18: the
    # digits past the 16th are not data, so they print as zeros.
    assert format_number(float(2**60)) == "1.152.921.504.606.847.000"


def test_numbers_of_more_than_28_digits_keep_every_digit_and_their_decimals():
    assert format_number(Decimal("12345678901234567890123456789")) == (
        "12.345.678.901.234.567.890.123.456.789")
    assert format_number(Decimal("123456789012345678901234567.891"), 2) == (
        "123.456.789.012.345.678.901.234.567,89")
    assert format_number(Decimal("1e30"), 3) == (
        "1.000.000.000.000.000.000.000.000.000.000,000")
    assert format_number(1e40) == "10" + ".000" * 13


def test_a_negative_value_that_rounds_to_zero_prints_without_a_minus():
    assert format_number(Decimal("-0.004"), 2) == "0,00"
    assert format_number(-0.0) == "0"
    assert format_number(-0.4, 0) == "0"


# -- parse_number -------------------------------------------------------------


def test_one_reads_as_one():
    assert parse_number("1") == 1.0
    assert parse_number("1,0") == 1.0


def test_minus_zero_reads_as_plain_zero():
    value = parse_number("-0")
    assert value == 0 and math.copysign(1.0, value) == 1.0
    assert math.copysign(1.0, parse_number("−0,0")) == 1.0


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009", "\u2007"])
def test_every_kind_of_space_between_digit_groups_separates_thousands(space):
    assert parse_number(f"12{space}000") == 12000
    assert parse_number(f"−{space}4") == -4
    assert parse_number(f"3,45{space}%") == 3.45


@pytest.mark.parametrize("text", ["1e500", "12e345", "1E500", "2 e300"])
def test_scientific_notation_is_refused_not_read_as_thousands(text):
    with pytest.raises(NumberFormatError):
        parse_number(text)


def test_an_english_decimal_is_refused_with_the_comma_form_to_write():
    with pytest.raises(NumberFormatError) as info:
        parse_number("3.45")
    assert "dấu phẩy (3,45)" in info.value.message_vi
    assert "write decimals with a comma (3,45)" in info.value.message_en


def test_a_number_too_large_for_a_float_is_called_too_large():
    with pytest.raises(NumberFormatError) as info:
        parse_number("9" * 400)
    assert info.value.message_vi.endswith("quá lớn.")
    assert info.value.message_en.endswith("is too large.")


def test_text_that_is_no_number_says_how_to_write_one():
    with pytest.raises(NumberFormatError) as info:
        parse_number("mười hai")
    assert "không phải là số" in info.value.message_vi
    assert "12.000 hoặc 3,45" in info.value.message_vi


# -- dates --------------------------------------------------------------------


def test_excel_s_phantom_29_february_1900_reads_as_the_28th():
    assert parse_date(59) == date(1900, 2, 28)
    assert parse_date(60) == date(1900, 2, 28)
    assert parse_date(61) == date(1900, 3, 1)


def test_the_last_excel_serial_day_is_31_december_9999_and_the_next_is_refused():
    assert parse_date(2958465) == date(9999, 12, 31)
    assert parse_date(2958465.75) == date(9999, 12, 31)  # with a time of day
    for serial in (2958466, 2958466.5, 2958467):
        with pytest.raises(DateFormatError):
            parse_date(serial)


def test_a_date_line_without_a_place_starts_with_a_capital():
    assert place_date_line("", date(2021, 1, 5)) == "Ngày 05 tháng 01 năm 2021"
    assert place_date_line("  ", None, 2026) == "Ngày      tháng      năm 2026"


def test_a_document_number_of_ten_or_more_is_kept_as_written():
    assert doc_number(10) == "10"
    assert doc_number("010") == "010"
    assert doc_number("09") == "09"
    assert doc_number(9) == "09"
