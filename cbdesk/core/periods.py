"""Reporting periods (kỳ báo cáo): month, quarter, half-year, nine months and
year (SPEC §1, §3.2).

A period is stored as its code (``2021``, ``2021-H1``, ``2021-9M``,
``2021-Q2``, ``2021-M03``) and shown with the label offices write
(``Năm 2021``, ``6 tháng đầu năm 2021``, ``9 tháng năm 2021``, ``Quý II/2021``,
``Tháng 3/2021``). :meth:`Period.parse` accepts either, as people type them.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property

from cbdesk.core.text import BilingualError, fold

__all__ = ["KINDS", "Period", "PeriodError", "period_for_date", "periods_of_year"]

# Kind → (first month, months covered) by index; the one table everything
# else derives from.
_SPANS: dict[str, dict[int, tuple[int, int]]] = {
    "Y": {1: (1, 12)},
    "H": {1: (1, 6), 2: (7, 12)},
    "9M": {1: (1, 9)},
    "Q": {q: (3 * q - 2, 3 * q) for q in range(1, 5)},
    "M": {m: (m, m) for m in range(1, 13)},
}
KINDS: tuple[str, ...] = ("Y", "H", "9M", "Q", "M")

MIN_YEAR, MAX_YEAR = 1900, 2999

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_ROMAN_VALUE = {v.lower(): k for k, v in _ROMAN.items()}
_MONTHS_EN = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
]  # fmt: skip
_MONTH_BY_NAME = {name.lower(): i for i, name in enumerate(_MONTHS_EN, 1)}
_MONTH_BY_NAME.update({name[:3].lower(): i for i, name in enumerate(_MONTHS_EN, 1)})

_ACCEPTED_VI = (
    "2021, 2021-H1, 2021-H2, 2021-9M, 2021-Q1…2021-Q4, 2021-M01…2021-M12, "
    "Năm 2021, 6 tháng đầu năm 2021, 6 tháng cuối năm 2021, 9 tháng năm 2021, "
    "Quý II/2021, Tháng 3/2021"
)
_ACCEPTED_EN = (
    "2021, 2021-H1, 2021-H2, 2021-9M, 2021-Q1…2021-Q4, 2021-M01…2021-M12, "
    "Năm 2021, 6 tháng đầu năm 2021, 9 tháng năm 2021, Quý II/2021, Tháng 3/2021, "
    "Q2 2021, H1 2021"
)


# What the index of each kind may be, said the way people count.
_INDEX_RULES = {
    "Y": ("Kỳ năm chỉ có số thứ tự 1", "A year period has index 1 only"),
    "H": ("Nửa năm là 1 (6 tháng đầu năm) hoặc 2 (6 tháng cuối năm)", "A half is 1 or 2"),
    "9M": ("Kỳ 9 tháng chỉ có số thứ tự 1", "The nine-month period has index 1 only"),
    "Q": ("Quý phải từ I đến IV", "A quarter is 1 to 4"),
    "M": ("Tháng phải từ 1 đến 12", "A month is 1 to 12"),
}


class PeriodError(BilingualError):
    """A period that does not exist or text that is not a period."""


# Parsed periods by their text: periods are immutable, and the same few codes
# ("2021-M03") are parsed for every stored result.
_CODE_CACHE: dict[str, Period] = {}


@dataclass(frozen=True, order=True)
class Period:
    """One reporting period of one year.

    ``kind`` is ``"Y"`` (index 1), ``"H"`` (1–2), ``"9M"`` (index 1), ``"Q"``
    (1–4) or ``"M"`` (1–12). The dataclass order sorts by year, then kind
    code, then index; use :attr:`sort_key` for chronological order.
    """

    year: int
    kind: str
    index: int = 1

    def __post_init__(self) -> None:
        kind = self.kind.upper() if isinstance(self.kind, str) else self.kind
        # Accept "9m", "q" etc. from code but store the canonical kind, so
        # that equal periods compare and hash equal.
        object.__setattr__(self, "kind", kind)
        if isinstance(self.year, bool) or not isinstance(self.year, int):
            raise PeriodError(
                f"Năm của kỳ phải là số nguyên, không phải {self.year!r}.",
                f"The year of a period must be a whole number, not {self.year!r}.",
            )
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PeriodError(
                f"Năm {self.year} không hợp lệ (phải từ {MIN_YEAR} đến {MAX_YEAR}).",
                f"Year {self.year} is out of range ({MIN_YEAR}–{MAX_YEAR}).",
            )
        if kind not in _SPANS:
            raise PeriodError(
                f"Loại kỳ {kind!r} không hợp lệ (Y, H, 9M, Q hoặc M).",
                f"Unknown period kind {kind!r} (Y, H, 9M, Q or M).",
            )
        if type(self.index) is not int or self.index not in _SPANS[kind]:
            vi, en = _INDEX_RULES[kind]
            raise PeriodError(f"{vi} (không có {self.index!r}).", f"{en} (not {self.index!r}).")

    # -- construction -------------------------------------------------------

    @classmethod
    def parse(cls, text: str | int | Period) -> Period:
        """The period written as a code (``2021-Q2``), a Vietnamese label
        (``Quý II/2021``, ``6 tháng đầu năm 2021``…) or an English one
        (``Q2 2021``); any case, with or without diacritics, NFC or NFD.

        Raises PeriodError naming the text and the accepted forms.
        """
        if isinstance(text, Period):
            return text
        if isinstance(text, str):
            cached = _CODE_CACHE.get(text)
            if cached is not None:
                return cached
        if isinstance(text, float) and text.is_integer():
            text = int(text)  # a year typed into an Excel cell
        raw = str(text).strip() if text is not None else ""
        found = _match(raw)
        if not raw:
            raise PeriodError(
                f"Chưa ghi kỳ báo cáo. Hãy viết theo một trong các dạng: {_ACCEPTED_VI}.",
                f"The period is missing. Write it in one of these forms: {_ACCEPTED_EN}.",
            )
        if found is None:
            raise PeriodError(
                f"'{raw}' không phải là kỳ báo cáo hợp lệ. Hãy viết theo một trong "
                f"các dạng: {_ACCEPTED_VI}.",
                f"'{raw}' is not a valid period. Write it in one of these forms: {_ACCEPTED_EN}.",
            )
        year, kind, index = found
        try:
            period = cls(year, kind, index)
            if isinstance(text, str) and len(_CODE_CACHE) < 50_000:
                _CODE_CACHE[text] = period  # stored codes are parsed over and over
            return period
        except PeriodError as exc:
            raise PeriodError(
                f"'{raw}' không hợp lệ: {exc.message_vi}",
                f"'{raw}' is not valid: {exc.message_en}",
            ) from None

    # -- months and dates ---------------------------------------------------

    @property
    def code(self) -> str:
        """Canonical storage code: ``2021``, ``2021-H1``, ``2021-9M``,
        ``2021-Q2``, ``2021-M03``."""
        if self.kind == "Y":
            return f"{self.year}"
        if self.kind == "9M":
            return f"{self.year}-9M"
        if self.kind == "M":
            return f"{self.year}-M{self.index:02d}"
        return f"{self.year}-{self.kind}{self.index}"

    # Cached on the instance (periods are immutable and parsed once per code):
    # a report reads these for every stored result it adds up.
    @cached_property
    def first_month(self) -> int:
        """The first month covered (1–12)."""
        return _SPANS[self.kind][self.index][0]

    @cached_property
    def last_month(self) -> int:
        """The last month covered (1–12)."""
        return _SPANS[self.kind][self.index][1]

    @cached_property
    def months(self) -> tuple[int, ...]:
        """The month numbers covered, in order."""
        return tuple(range(self.first_month, self.last_month + 1))

    @property
    def ytd_months(self) -> tuple[int, ...]:
        """Months from January to the end of the period (lũy kế từ đầu năm)."""
        return tuple(range(1, self.last_month + 1))

    @property
    def start(self) -> date:
        """The first day of the period."""
        return date(self.year, self.first_month, 1)

    @cached_property
    def end(self) -> date:
        """The last day of the period."""
        last = self.last_month
        return date(self.year, last, calendar.monthrange(self.year, last)[1])

    @property
    def elapsed_share(self) -> float:
        """Share of the year elapsed at the period's end (months ÷ 12)."""
        return self.last_month / 12

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Chronological order: by end, and among periods ending together the
        shorter first (March, then Q1; June, Q2, then H1)."""
        return (self.year, self.last_month, -self.first_month)

    # -- relations ----------------------------------------------------------

    def contains(self, other: Period) -> bool:
        """Whether every month of ``other`` lies inside this period."""
        return (
            self.year == other.year
            and self.first_month <= other.first_month
            and other.last_month <= self.last_month
        )

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one month."""
        return (
            self.year == other.year
            and self.first_month <= other.last_month
            and other.first_month <= self.last_month
        )

    def previous_year(self) -> Period:
        """The same period one year earlier (cùng kỳ năm trước)."""
        return Period(self.year - 1, self.kind, self.index)

    # -- display ------------------------------------------------------------

    def label(self, lang: str = "vi") -> str:
        """The period as people write it: ``Quý II/2021`` / ``Q2 2021``."""
        y, i = self.year, self.index
        if lang == "vi":
            return {
                "Y": f"Năm {y}",
                "H": f"6 tháng {'đầu' if i == 1 else 'cuối'} năm {y}",
                "9M": f"9 tháng năm {y}",
                "Q": f"Quý {_ROMAN.get(i, '')}/{y}",
                "M": f"Tháng {i}/{y}",
            }[self.kind]
        return {
            "Y": f"Year {y}",
            "H": f"{'First' if i == 1 else 'Second'} half of {y}",
            "9M": f"Nine months of {y}",
            "Q": f"Q{i} {y}",
            "M": f"{_MONTHS_EN[i - 1]} {y}",
        }[self.kind]

    def __str__(self) -> str:
        return self.code


def periods_of_year(year: int) -> list[Period]:
    """Every period of ``year`` in the order people pick them: the year,
    H1, H2, nine months, Q1–Q4, then M01–M12."""
    return [
        Period(year, "Y", 1),
        Period(year, "H", 1),
        Period(year, "H", 2),
        Period(year, "9M", 1),
        *(Period(year, "Q", q) for q in range(1, 5)),
        *(Period(year, "M", m) for m in range(1, 13)),
    ]


def period_for_date(d: date, kind: str) -> Period:
    """The period of ``kind`` that contains day ``d``.

    There is no nine-month period containing a day of October–December, so
    that case raises PeriodError.
    """
    kind = kind.upper()
    month = d.month
    if kind == "Y":
        return Period(d.year, "Y", 1)
    if kind == "H":
        return Period(d.year, "H", 1 if month <= 6 else 2)
    if kind == "9M":
        if month > 9:
            raise PeriodError(
                f"Ngày {d.day:02d}/{month:02d}/{d.year} nằm ngoài 9 tháng đầu năm.",
                f"{d.isoformat()} is outside the first nine months of the year.",
            )
        return Period(d.year, "9M", 1)
    if kind == "Q":
        return Period(d.year, "Q", (month - 1) // 3 + 1)
    if kind == "M":
        return Period(d.year, "M", month)
    raise PeriodError(
        f"Loại kỳ {kind!r} không hợp lệ (Y, H, 9M, Q hoặc M).",
        f"Unknown period kind {kind!r} (Y, H, 9M, Q or M).",
    )


# ---------------------------------------------------------------------------
# Parsing. Text is folded first (lower case, no diacritics, đ → d), so one
# pattern serves "Quý II/2021", "quy ii/2021" and NFD input alike.

_Y = r"(\d{4})"
_SEP = r"(?:/|-|\s+nam\s+|\s+|\s*,\s*)"  # "Quý II/2021", "Quý 2 năm 2021"…
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^{_Y}$"), "Y"),
    (re.compile(rf"^{_Y}-(h|q|m)(\d{{1,2}})$"), "code"),
    (re.compile(rf"^{_Y}-9m$"), "9M"),
    (re.compile(rf"^(?:ca\s+)?nam\s+{_Y}$"), "Y"),
    (re.compile(rf"^year\s+{_Y}$"), "Y"),
    (re.compile(rf"^(?:6|sau)\s+thang\s+(?:dau\s+)?(?:nam\s+)?{_Y}$"), "H1"),
    (re.compile(rf"^(?:6|sau)\s+thang\s+cuoi\s+(?:nam\s+)?{_Y}$"), "H2"),
    (re.compile(rf"^(?:9|chin)\s+thang\s+(?:dau\s+)?(?:nam\s+)?{_Y}$"), "9M"),
    (re.compile(rf"^quy\s+(iv|iii|ii|i|\d{{1,2}}){_SEP}{_Y}$"), "Q"),
    (re.compile(rf"^thang\s+(\d{{1,2}}){_SEP}{_Y}$"), "M"),
    (re.compile(rf"^(\d{{1,2}})/{_Y}$"), "M"),  # "03/2021"
    (re.compile(rf"^(q|h)(\d{{1,2}})(?:/|-|\s+){_Y}$"), "en"),
    (re.compile(rf"^{_Y}(?:\s+|-)(q|h)(\d{{1,2}})$"), "en_rev"),
    (re.compile(rf"^(?:9m|nine\s+months)(?:\s+of)?\s+{_Y}$"), "9M"),
    (re.compile(rf"^first\s+half(?:\s+of)?\s+{_Y}$"), "H1"),
    (re.compile(rf"^second\s+half(?:\s+of)?\s+{_Y}$"), "H2"),
    (re.compile(rf"^([a-z]+)\.?(?:\s+|/|-){_Y}$"), "month_name"),
]


def _match(raw: str) -> tuple[int, str, int] | None:
    """(year, kind, index) read from ``raw``, or None when no form fits.

    The index may be out of range (``Quý 5/2021``); Period() reports that."""
    text = " ".join(fold(raw).split())
    text = re.sub(r"\s*([/-])\s*", r"\1", text)
    for pattern, how in _PATTERNS:
        m = pattern.match(text)
        if m is None:
            continue
        g = m.groups()
        if how == "Y":
            return int(g[0]), "Y", 1
        if how == "9M":
            return int(g[0]), "9M", 1
        if how in ("H1", "H2"):
            return int(g[0]), "H", int(how[1])
        if how == "code":
            return int(g[0]), g[1].upper(), int(g[2])
        if how == "Q":
            index = _ROMAN_VALUE.get(g[0]) or int(g[0])
            return int(g[1]), "Q", index
        if how == "M":
            return int(g[1]), "M", int(g[0])
        if how == "en":
            return int(g[2]), g[0].upper(), int(g[1])
        if how == "en_rev":
            return int(g[0]), g[1].upper(), int(g[2])
        if how == "month_name" and g[0] in _MONTH_BY_NAME:
            return int(g[1]), "M", _MONTH_BY_NAME[g[0]]
    return None
