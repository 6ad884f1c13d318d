"""Vietnamese numbers and dates (SPEC §4, §3.3, §3.4)."""

import unicodedata
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cbdesk.core.vnformat import (
    DateFormatError,
    NumberFormatError,
    doc_number,
    format_date,
    format_long_date,
    format_number,
    format_percent,
    parse_date,
    parse_number,
    place_date_line,
)

# -- format_number -----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [
        (12000, None, "12.000"),
        (12000.0, None, "12.000"),
        (3.45, None, "3,45"),
        (1234567.5, None, "1.234.567,5"),
        (-4, None, "-4"),
        (0, None, "0"),
        (999, None, "999"),
        (1000, None, "1.000"),
        (0.1 + 0.2, None, "0,3"),  # never float noise
        (2.675, None, "2,68"),  # half away from zero, as typed, not as stored
        (-2.675, None, "-2,68"),
        (1.005, None, "1,01"),
        (0.001, None, "0"),
        (-0.001, None, "0"),  # no "-0"
        (4, 1, "4,0"),
        (51, 1, "51,0"),
        (3.45, 1, "3,5"),
        (-0.05, 1, "-0,1"),
        (1234.5, 0, "1.235"),
        (0.5, 0, "1"),
        (Decimal("1234567.891"), 2, "1.234.567,89"),
        (Decimal("5160"), None, "5.160"),
        (10**15, None, "1.000.000.000.000.000"),
        (None, None, ""),
        (None, 2, ""),
    ],
)
def test_format_number(value, decimals, text):
    assert format_number(value, decimals) == text


def test_format_number_rejects_non_numbers():
    with pytest.raises(TypeError):
        format_number("12")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        format_number(True)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        format_number(float("nan"))
    with pytest.raises(ValueError):
        format_number(1, -1)


def test_format_percent():
    assert format_percent(51.0) == "51,0%"
    assert format_percent(102) == "102,0%"
    assert format_percent(3.45, 2) == "3,45%"
    assert format_percent(99.95) == "100,0%"
    assert format_percent(None) == ""


# -- parse_number ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("12.000", 12000.0),
        ("12000", 12000.0),
        ("1.234.567", 1234567.0),
        ("1.234,5", 1234.5),
        ("3,45", 3.45),
        ("3,45%", 3.45),
        ("3,45 %", 3.45),
        (" 12 000 ", 12000.0),
        ("12\u00a0000", 12000.0),
        ("1 234 567,25", 1234567.25),
        ("-4,0", -4.0),
        ("+5", 5.0),
        ("\u22124", -4.0),
        ("  5.160  ", 5160.0),
        ("0,345", 0.345),  # a leading zero cannot be English thousands
        ("1234,567", 1234.567),  # nor can four digits before the comma
        ("1.234,567", 1234.567),  # dotted thousands make the comma a decimal
        ("1,2345", 1.2345),
        ("100%", 100.0),
        ("-0", 0.0),
        (unicodedata.normalize("NFD", "12.000"), 12000.0),
        ("12.000\u200b", 12000.0),
    ],
)
def test_parse_number_accepts_what_people_type(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("blank", [None, "", "   ", "\u00a0"])
def test_parse_number_blank_is_none(blank):
    assert parse_number(blank) is None


def test_parse_number_passes_numbers_through():
    assert parse_number(12000) == 12000.0
    assert isinstance(parse_number(12000), float)
    assert parse_number(3.45) == 3.45
    assert parse_number(Decimal("3.45")) == 3.45


@pytest.mark.parametrize(
    "text",
    [
        "1,234",
        "-1,234",
        "12,345%",
        "3.45",
        "1.5",
        "12.0000",
        "12.000,5.3",
        "1,2,3",
        "1,234,567",
        "abc",
        "12a",
        "1e5",
        "inf",
        "nan",
        "%",
        "-",
        "12.00",
        "1.2345",
        "12 00",
        "12.000 000",
        ",5",
        "5,",
        "5.",
        "--5",
        True,
        float("nan"),
        float("inf"),
        "1" * 400,
    ],
)
def test_parse_number_rejects_ambiguous_or_bad_text(text):
    with pytest.raises(NumberFormatError) as info:
        parse_number(text)
    err = info.value
    assert isinstance(err, ValueError)
    assert str(err) == err.message_vi and err.message_en


def test_parse_number_messages_explain_the_ambiguity():
    with pytest.raises(NumberFormatError) as info:
        parse_number("1,234")
    assert "'1,234'" in info.value.message_vi
    assert "1.234" in info.value.message_vi
    with pytest.raises(NumberFormatError) as info:
        parse_number("3.45")
    assert "3,45" in info.value.message_vi
    assert "3,45" in info.value.message_en


_cents = st.integers(min_value=-(10**14) + 1, max_value=10**14 - 1)


@given(st.integers(min_value=-(10**12) + 1, max_value=10**12 - 1))
def test_int_round_trip(n):
    assert parse_number(format_number(n)) == n


@given(_cents)
def test_two_decimal_float_round_trip(cents):
    value = cents / 100
    assert parse_number(format_number(value)) == value
    assert parse_number(format_number(value, 2)) == value


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False))
def test_any_float_formats_to_something_parseable(value):
    text = format_number(value)
    assert abs(parse_number(text) - value) <= 0.005 + 1e-9 * abs(value)
    assert "e" not in text.lower()


# -- dates --------------------------------------------------------------------


def test_format_date():
    assert format_date(date(2021, 1, 5)) == "05/01/2021"
    assert format_date(date(2021, 12, 31)) == "31/12/2021"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("05/01/2021", date(2021, 1, 5)),
        ("5/1/2021", date(2021, 1, 5)),
        ("05-01-2021", date(2021, 1, 5)),
        ("05.01.2021", date(2021, 1, 5)),
        ("2021-01-05", date(2021, 1, 5)),
        (" 30/06/2021 ", date(2021, 6, 30)),
        ("30/06/2021 00:00:00", date(2021, 6, 30)),
        ("2021-06-30 00:00:00", date(2021, 6, 30)),
        ("ngày 05 tháng 01 năm 2021", date(2021, 1, 5)),
        (date(2021, 1, 5), date(2021, 1, 5)),
        (datetime(2021, 1, 5, 14, 30), date(2021, 1, 5)),
        (44201, date(2021, 1, 5)),  # Excel serial number
        (44201.75, date(2021, 1, 5)),  # with a time of day
        (1, date(1900, 1, 1)),
        (61, date(1900, 3, 1)),
    ],
)
def test_parse_date(value, expected):
    result = parse_date(value)
    assert result == expected
    assert type(result) is date


@pytest.mark.parametrize(
    "value",
    ["", "abc", "31/02/2021", "2021/13/01", "05/01/21", "05/01-2021", 0, -5, True, None, 1e9],
)
def test_parse_date_rejects(value):
    with pytest.raises(DateFormatError) as info:
        parse_date(value)
    assert isinstance(info.value, ValueError)
    assert info.value.message_vi and info.value.message_en


_dates = st.dates(min_value=date(1900, 3, 1), max_value=date(2999, 12, 31))


@given(_dates)
def test_date_round_trip(d):
    assert parse_date(format_date(d)) == d
    assert parse_date(d.isoformat()) == d
    assert parse_date(f"{d.day}/{d.month}/{d.year}") == d


@given(_dates)
def test_excel_serial_round_trip(d):
    serial = (d - date(1899, 12, 30)).days  # the 1900 date system after Feb 1900
    assert parse_date(serial) == d


@pytest.mark.parametrize(
    ("d", "text"),
    [
        (date(2021, 1, 5), "ngày 05 tháng 01 năm 2021"),
        (date(2021, 2, 28), "ngày 28 tháng 02 năm 2021"),
        (date(2021, 3, 15), "ngày 15 tháng 3 năm 2021"),
        (date(2021, 12, 1), "ngày 01 tháng 12 năm 2021"),
        (date(2021, 10, 10), "ngày 10 tháng 10 năm 2021"),
    ],
)
def test_format_long_date(d, text):
    assert format_long_date(d) == text
    assert parse_date(text) == d


def test_place_date_line():
    assert place_date_line("Cao Bằng", date(2021, 1, 5)) == "Cao Bằng, ngày 05 tháng 01 năm 2021"
    blank = place_date_line("Cao Bằng", None)
    assert blank.startswith("Cao Bằng, ngày ")
    assert "ngày      tháng      năm 20…" in blank
    assert place_date_line("Cao Bằng", None, 2021).endswith("năm 2021")
    assert place_date_line(" Cao  Bằng ", date(2021, 3, 2)) == "Cao Bằng, ngày 02 tháng 3 năm 2021"


@pytest.mark.parametrize(
    ("number", "text"),
    [(5, "05"), ("5", "05"), ("05", "05"), (12, "12"), ("12", "12"), (None, ""), ("", "")],
)
def test_doc_number(number, text):
    assert doc_number(number) == text


def test_doc_number_keeps_other_text():
    assert doc_number(" 123 ") == "123"
    assert doc_number("5a") == "5a"
