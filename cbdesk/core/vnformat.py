"""Vietnamese numbers and dates (SPEC §4): ``12.000``, ``3,45``, ``51,0%``,
``05/01/2021`` and the long date of Nghị định 30/2020 (``ngày 05 tháng 01
năm 2021``).

Parsing is strict where a misreading would change a figure silently: in
Vietnamese ``1.234`` is one thousand two hundred and thirty-four, so ``3.45``
(an English decimal) and ``1,234`` (English thousands) are refused rather
than guessed.
"""

from __future__ import annotations

import math
import numbers
import re
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, localcontext

from cbdesk.core.text import BilingualError, clean_line, fold, nfc

__all__ = [
    "DateFormatError",
    "NumberFormatError",
    "doc_number",
    "format_date",
    "format_long_date",
    "format_number",
    "format_percent",
    "parse_date",
    "parse_number",
    "place_date_line",
]


class NumberFormatError(BilingualError):
    """Text that is not a number, or whose meaning is ambiguous."""


class DateFormatError(BilingualError):
    """Text or a value that is not a date."""


# ---------------------------------------------------------------------------
# Numbers


def _to_decimal(value: object) -> Decimal:
    if isinstance(value, bool):
        raise TypeError("a bool is not a number to format")
    if isinstance(value, Decimal):
        d = value
    elif isinstance(value, int):
        d = Decimal(value)
    elif isinstance(value, numbers.Real):
        # repr() is the shortest text that reads back as the same float, so
        # 0.1 + 0.2 becomes 0.30000000000000004 here and 2.675 stays 2.675
        # (rounding then goes the way a person expects, not the binary way).
        d = Decimal(repr(float(value)))
    else:
        raise TypeError(f"not a number: {value!r}")
    if not d.is_finite():
        raise ValueError(f"cannot format a non-finite number: {value!r}")
    return d


_EXACT = 2**53  # whole floats below this print exactly as their int


def _group(digits: str) -> str:
    """Thousands separated by dots: ``1234567`` → ``1.234.567``."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return ".".join(parts)


def format_number(value: int | float | Decimal | None, decimals: int | None = None) -> str:
    """A number in Vietnamese notation: ``12000 → "12.000"``,
    ``1234567.5 → "1.234.567,5"``.

    ``decimals=None``: integers without decimals, other values rounded to at
    most 2 decimals with trailing zeros dropped; ``decimals=n``: always n
    decimals. Rounds half away from zero. ``None`` gives "".
    """
    if value is None:
        return ""
    if decimals is not None and decimals < 0:
        raise ValueError("decimals must be >= 0")
    kind = type(value)
    if (kind is int or (kind is float and value.is_integer())) and -_EXACT < value < _EXACT:
        # A whole number (most figures): the same text without Decimal's rounding.
        n = int(value)
        text = ("-" if n < 0 else "") + _group(str(abs(n)))
        return text + ("," + "0" * decimals if decimals else "")
    d = _to_decimal(value)
    places = 2 if decimals is None else decimals
    # Enough precision for any magnitude, so quantize never overflows.
    with localcontext() as ctx:
        ctx.prec = max(28, d.adjusted() + places + 5)
        q = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    # copy_abs, not abs(): abs() rounds to the context's 28 digits outside the
    # block above (…789 printed as …790, decimals dropped past 28 digits).
    text = format(q.copy_abs(), "f")
    int_part, _, frac = text.partition(".")
    if decimals is None:
        frac = frac.rstrip("0")
    sign = "-" if q < 0 else ""  # a rounded -0,001 is -0.00, not < 0: never "-0"
    return sign + _group(int_part) + ("," + frac if frac else "")


def format_percent(value: int | float | Decimal | None, decimals: int = 1) -> str:
    """A value already in percent units: ``51.0 → "51,0%"``; None gives ""."""
    if value is None:
        return ""
    return format_number(value, decimals) + "%"


_SPACES = "\u0020\u00a0\u202f\u2009\u2007"  # space, NBSP, narrow NBSP, thin, figure
_MINUS = "-\u2212\u2012\u2013"  # hyphen-minus, minus sign, figure dash, en dash
_NUMBER = re.compile(
    r"^(?P<int>[0-9]+|[0-9]{1,3}(?:\.[0-9]{3})+|[0-9]{1,3}(?: [0-9]{3})+)"
    r"(?:,(?P<frac>[0-9]+))?$"
)


def _number_error(raw: str, kind: str, head: str = "", tail: str = "") -> NumberFormatError:
    if kind == "comma":
        return NumberFormatError(
            f"'{raw}' không rõ là {head}.{tail} hay {head},{tail}: dấu chấm ngăn cách "
            f"hàng nghìn, dấu phẩy ngăn cách phần thập phân. Hãy viết {head}.{tail} "
            f"nếu là số nguyên, hoặc {head},{tail}0 nếu là số thập phân.",
            f"'{raw}' is ambiguous: in Vietnamese notation a dot separates thousands "
            f"and a comma decimals. Write {head}.{tail} for the whole number, or "
            f"{head},{tail}0 for the decimal.",
        )
    if kind == "dot":
        fixed = raw.replace(".", ",")
        return NumberFormatError(
            f"'{raw}' không rõ nghĩa: dấu chấm chỉ dùng ngăn cách hàng nghìn "
            f"(12.000); số thập phân viết bằng dấu phẩy ({fixed}).",
            f"'{raw}' is ambiguous: a dot only separates thousands (12.000); "
            f"write decimals with a comma ({fixed}).",
        )
    if kind == "large":
        return NumberFormatError(f"'{raw}' quá lớn.", f"'{raw}' is too large.")
    return NumberFormatError(
        f"'{raw}' không phải là số. Hãy viết số như 12.000 hoặc 3,45.",
        f"'{raw}' is not a number. Write numbers like 12.000 or 3,45.",
    )


def parse_number(text: str | int | float | Decimal | None) -> float | None:
    """The number people typed: ``12.000``, ``12000``, ``1.234,5``, ``3,45%``,
    ``12 000``, ``-4,0``, ``+5``, ``−4``. Blank gives None; numbers pass
    through as float. The ``%`` sign is dropped (``3,45%`` → 3.45).

    Raises NumberFormatError for anything else, and for the ambiguous
    ``1,234`` (English thousands?) and ``3.45`` (English decimal?).
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise NumberFormatError(f"'{text}' không phải là số.", f"'{text}' is not a number.")
    if isinstance(text, (numbers.Real, Decimal)):
        value = float(text)
        if not math.isfinite(value):
            raise _number_error(str(text), "other")
        return value
    if not isinstance(text, str):
        raise _number_error(str(text), "other")
    raw = clean_line(text)
    if not raw:
        return None
    s = raw
    if s.endswith("%"):
        s = s[:-1].rstrip(_SPACES)
    sign = ""
    if s and (s[0] in _MINUS or s[0] == "+"):
        sign = "-" if s[0] in _MINUS else ""
        s = s[1:].lstrip(_SPACES)
    # Any kind of space between digit groups reads as a thousands separator.
    s = re.sub(f"[{_SPACES}]", " ", s)
    m = _NUMBER.match(s)
    if m is None:
        if re.fullmatch(r"[0-9]+(?:\.[0-9]+)+", s):
            raise _number_error(raw, "dot")  # "3.45", "1.5", "12.0000"
        raise _number_error(raw, "other")
    int_part = m["int"].replace(".", "").replace(" ", "")
    frac = m["frac"]
    # "1,234": a lone comma and exactly three digits reads as English
    # thousands just as well as a Vietnamese decimal; refuse to guess.
    if frac is not None and len(frac) == 3 and re.fullmatch(r"[1-9][0-9]{0,2}", m["int"]):
        raise _number_error(raw, "comma", m["int"], frac)
    value = float(sign + int_part + ("." + frac if frac else ""))
    if not math.isfinite(value):
        raise _number_error(raw, "large")
    return value if value != 0 else 0.0  # no "-0"


# ---------------------------------------------------------------------------
# Dates

_EXCEL_EPOCH = date(1899, 12, 30)  # serial 0 in the 1900 date system
_MAX_SERIAL = (date(9999, 12, 31) - _EXCEL_EPOCH).days
_DMY = re.compile(
    r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$"
)
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_LONG = re.compile(r"^ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})$")


def _date_error(raw: object) -> DateFormatError:
    return DateFormatError(
        f"'{raw}' không phải là ngày hợp lệ. Hãy viết ngày/tháng/năm, ví dụ 05/01/2021.",
        f"'{raw}' is not a valid date. Write day/month/year, e.g. 05/01/2021.",
    )


def format_date(d: date | None) -> str:
    """``05/01/2021`` (dd/mm/yyyy, as on screen); None gives ""."""
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def _from_serial(serial: float, raw: object) -> date:
    if not math.isfinite(serial) or serial < 1 or serial >= _MAX_SERIAL + 1:
        raise _date_error(raw)
    days = int(serial)  # the fraction is the time of day
    # Excel counts a 29 February 1900 that never was; serials before it are
    # one day further from the epoch (serial 1 = 01/01/1900). Serial 60, the
    # phantom day itself, is read as 28/02/1900 like openpyxl does.
    if days < 60:
        days += 1
    return _EXCEL_EPOCH + timedelta(days=days)


def parse_date(value: date | datetime | str | int | float | None) -> date:
    """A date from a date, a datetime, an Excel serial number (1900 date
    system) or text: ``05/01/2021``, ``5/1/2021``, ``05-01-2021``,
    ``05.01.2021``, ISO ``2021-01-05``, or ``ngày 05 tháng 01 năm 2021``.

    Raises DateFormatError otherwise (also for days that do not exist).
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool) or value is None:
        raise _date_error(value)
    if isinstance(value, (numbers.Real, Decimal)):
        return _from_serial(float(value), value)
    if not isinstance(value, str):
        raise _date_error(value)
    raw = clean_line(value)
    text = fold(raw)
    if m := _DMY.match(text):
        day, month, year = int(m[1]), int(m[3]), int(m[4])
    elif m := _ISO.match(text):
        year, month, day = int(m[1]), int(m[2]), int(m[3])
    elif m := _LONG.match(text):
        day, month, year = int(m[1]), int(m[2]), int(m[3])
    else:
        raise _date_error(raw)
    try:
        return date(year, month, day)
    except ValueError:
        raise DateFormatError(
            f"Ngày '{raw}' không tồn tại.", f"The date '{raw}' does not exist."
        ) from None


def format_long_date(d: date) -> str:
    """``ngày 05 tháng 01 năm 2021`` by Nghị định 30/2020: days under 10 and
    months 1–2 take a leading zero, months 3–12 do not (``ngày 15 tháng 3 năm
    2021``)."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


# Room left to write the day and month in by hand on a blank date line.
_BLANK = " " * 6


def place_date_line(place: str, d: date | None, year: int | None = None) -> str:
    """The place–date line: ``Cao Bằng, ngày 05 tháng 01 năm 2021``.

    With no date, a line with blanks to fill in by hand (``Cao Bằng, ngày
    ⎵⎵⎵⎵⎵⎵tháng⎵⎵⎵⎵⎵⎵năm 20…``, or the year when ``year`` is given). The
    blanks are plain spaces: a renderer that collapses spaces must keep them.
    """
    place = clean_line(place)
    if d is not None:
        when = format_long_date(d)
    else:
        when = f"ngày{_BLANK}tháng{_BLANK}năm {year if year else '20…'}"
    return f"{place}, {when}" if place else when[:1].upper() + when[1:]


def doc_number(number: str | int | None) -> str:
    """A document number as printed: under 10 with a leading zero
    (``5 → "05"``); None or "" gives ""; anything else is kept as written."""
    if number is None or isinstance(number, bool):
        return ""
    text = nfc(str(number)).strip()
    if text.isascii() and text.isdigit() and int(text) < 10:
        return f"{int(text):02d}"
    return text
