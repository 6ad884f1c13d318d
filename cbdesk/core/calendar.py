"""The reporting calendar (lịch báo cáo): for each period an office reports,
the window its figures cover, the day district forms are due and the day the
report is due.

Two rules for the data window:

- ``"nd09"`` (default) — Nghị định 09/2019/NĐ-CP, Điều 12 (thời gian chốt số
  liệu báo cáo định kỳ): a month runs from the 15th of the previous month to
  the 14th of the month; a quarter from the 15th of the month before the
  quarter to the 14th of its last month; six months from 15 December of the
  previous year to 14 June; a year from 15 December of the previous year to
  14 December. The decree says nothing of nine months or the second half;
  by the same pattern (and as provinces' own rules write it, e.g. Khánh Hòa's
  QĐ 01/2023/QĐ-UBND) nine months run from 15 December to 14 September and
  the second half from 15 June to 14 December. The cut-off day (14) is a
  setting: the window ends on it and starts the day after it.
- ``"calendar"`` — calendar months: a period's window is its first to last day.

Due days are counted in days after the window's end (forms first, then the
report); a due day falling on a weekend or a listed holiday moves to the next
working day (Bộ luật Dân sự 2015, Điều 148), the previous one, or stays, as the
office chooses. Pure: no I/O, stdlib only.
"""

from __future__ import annotations

import calendar as _cal
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from cbdesk.core.periods import Period, periods_of_year
from cbdesk.core.text import BilingualError

__all__ = [
    "RULES", "SHIFTS", "KIND_ORDER", "CalendarError", "CalendarRules", "PeriodDates",
    "data_window", "parse_holidays", "parse_kinds", "period_dates", "shift_day", "year_calendar",
]

RULES = ("nd09", "calendar")
# How a due day on a weekend or holiday moves: to the next working day, the
# previous one, or not at all.
SHIFTS = ("next", "previous", "none")
# The kinds an office may report, in the order a year's calendar lists them.
KIND_ORDER = ("M", "Q", "H", "9M", "Y")
DEFAULT_HOLIDAYS = "01/01, 30/04, 01/05, 02/09"


class CalendarError(BilingualError):
    """A calendar setting that cannot be read."""


@dataclass(frozen=True)
class CalendarRules:
    """The office's calendar settings, already read and checked."""

    rule: str = "nd09"
    cutoff_day: int = 14  # the window ends on this day (nd09); clamped to 1–28
    kinds: tuple[str, ...] = KIND_ORDER
    forms_due_days: int = 1  # forms due this many days after the window's end
    report_due_days: int = 6  # report due this many days after the window's end
    shift: str = "next"
    weekends: bool = True  # Saturday and Sunday are not working days
    holidays: tuple[tuple[int, int, int | None], ...] = field(default=())  # (d, m, year|None)

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise CalendarError(f"Quy tắc lịch '{self.rule}' không hợp lệ (nd09 hoặc calendar).",
                                f"Unknown calendar rule '{self.rule}' (nd09 or calendar).")
        if self.shift not in SHIFTS:
            raise CalendarError(f"Cách dời hạn '{self.shift}' không hợp lệ.",
                                f"Unknown due-day shift '{self.shift}'.")
        object.__setattr__(self, "cutoff_day", max(1, min(28, int(self.cutoff_day))))

    def is_holiday(self, d: date) -> bool:
        return any(m == d.month and dd == d.day and (y is None or y == d.year)
                   for dd, m, y in self.holidays)

    def is_working_day(self, d: date) -> bool:
        if self.weekends and d.weekday() >= 5:
            return False
        return not self.is_holiday(d)


@dataclass(frozen=True)
class PeriodDates:
    """One period's place in the calendar."""

    period: Period
    data_from: date
    data_to: date
    forms_due: date
    report_due: date


def data_window(period: Period, rules: CalendarRules | None = None) -> tuple[date, date]:
    """The first and last day the period's figures cover."""
    rules = rules or CalendarRules()
    if rules.rule == "calendar":
        return period.start, period.end
    cut = rules.cutoff_day
    y, m = period.year, period.first_month - 1
    if m == 0:
        y, m = y - 1, 12
    start = date(y, m, cut) + timedelta(days=1)
    return start, date(period.year, period.last_month, cut)


def shift_day(d: date, rules: CalendarRules) -> date:
    """``d`` moved off weekends and holidays as the rules say."""
    if rules.shift == "none":
        return d
    step = timedelta(days=1 if rules.shift == "next" else -1)
    for _ in range(60):  # a holiday list cannot hold a due day for two months
        if rules.is_working_day(d):
            return d
        d += step
    return d


def period_dates(period: Period, rules: CalendarRules | None = None) -> PeriodDates:
    """Window and due days of one period."""
    rules = rules or CalendarRules()
    start, end = data_window(period, rules)
    forms = shift_day(end + timedelta(days=rules.forms_due_days), rules)
    report = shift_day(end + timedelta(days=rules.report_due_days), rules)
    return PeriodDates(period, start, end, forms, report)


def year_calendar(year: int, rules: CalendarRules | None = None) -> list[PeriodDates]:
    """Every reported period of ``year`` in the order of its report due day
    (shorter periods first when due together)."""
    rules = rules or CalendarRules()
    rows = [period_dates(p, rules) for p in periods_of_year(year) if p.kind in rules.kinds]
    return sorted(rows, key=lambda r: (r.report_due, r.period.sort_key))


# -- reading settings -----------------------------------------------------------

_DAY = r"(\d{1,2})/(\d{1,2})(?:/(\d{4}))?"


def parse_holidays(text: str) -> tuple[tuple[int, int, int | None], ...]:
    """Holidays as written in the setting: ``dd/mm`` (every year), ``dd/mm/yyyy``
    (that year only) or a range ``dd/mm/yyyy-dd/mm/yyyy`` (e.g. Tết), separated
    by commas, semicolons or new lines."""
    out: list[tuple[int, int, int | None]] = []
    for raw in re.split(r"[,;\n]+", text or ""):
        item = raw.strip()
        if not item:
            continue
        m = re.fullmatch(rf"{_DAY}\s*(?:-|–|\.\.)\s*{_DAY}", item)
        if m:
            a, b = _day(m.group(1, 2, 3), item), _day(m.group(4, 5, 6), item)
            if a[2] is None or b[2] is None:
                raise _bad_holiday(item)
            first, last = date(a[2], a[1], a[0]), date(b[2], b[1], b[0])
            if last < first or (last - first).days > 60:
                raise _bad_holiday(item)
            d = first
            while d <= last:
                out.append((d.day, d.month, d.year))
                d += timedelta(days=1)
            continue
        m = re.fullmatch(_DAY, item)
        if not m:
            raise _bad_holiday(item)
        out.append(_day(m.groups(), item))
    return tuple(out)


def _day(groups, item: str) -> tuple[int, int, int | None]:
    d, m, y = int(groups[0]), int(groups[1]), int(groups[2]) if groups[2] else None
    if not 1 <= m <= 12 or not 1 <= d <= _cal.monthrange(y or 2024, m)[1]:
        raise _bad_holiday(item)
    return d, m, y


def _bad_holiday(item: str) -> CalendarError:
    return CalendarError(
        f"Ngày nghỉ '{item}' không hợp lệ. Ghi dd/mm (hằng năm), dd/mm/yyyy hoặc một "
        "khoảng dd/mm/yyyy-dd/mm/yyyy, cách nhau bằng dấu phẩy.",
        f"The holiday '{item}' is not valid. Write dd/mm (every year), dd/mm/yyyy or a "
        "range dd/mm/yyyy-dd/mm/yyyy, separated by commas.")


def parse_kinds(text: str) -> tuple[str, ...]:
    """The period kinds reported, from ``"M,Q,H,9M,Y"`` (any order, any case)."""
    wanted = {k.strip().upper() for k in re.split(r"[,;\s]+", text or "") if k.strip()}
    unknown = wanted - set(KIND_ORDER)
    if unknown:
        bad = ", ".join(sorted(unknown))
        raise CalendarError(f"Loại kỳ báo cáo không hợp lệ: {bad} (M, Q, H, 9M, Y).",
                            f"Unknown reported period kinds: {bad} (M, Q, H, 9M, Y).")
    return tuple(k for k in KIND_ORDER if k in wanted)
