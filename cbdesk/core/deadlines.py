"""Task deadlines (thời hạn): a day, a period (``Quý II/2021`` = by the end of
June), ``Thường xuyên`` (ongoing) or none (SPEC §1, §3.3)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from cbdesk.core.periods import Period, PeriodError
from cbdesk.core.text import BilingualError, clean_line, fold
from cbdesk.core.vnformat import DateFormatError, format_date, parse_date

__all__ = ["Deadline", "DeadlineError"]

KINDS = ("date", "period", "ongoing", "none")

# Words written in front of a deadline that do not change it: "Trước
# 30/6/2021", "Trong Quý II/2021", "Cuối năm 2021", "Hoàn thành trong năm".
_PREFIX = re.compile(
    r"^(?:hoan\s+thanh\s+)?(?:truoc\s+ngay|truoc|trong|cuoi|den\s+het|den\s+ngay|han)\s+"
)
_ONGOING = ("thuong xuyen", "ongoing", "continuous")
_NONE = ("", "-", "—", "–", "khong", "none")


class DeadlineError(BilingualError):
    """Text that is not a deadline."""


@dataclass(frozen=True)
class Deadline:
    """A task's deadline. Exactly one of ``day`` (kind "date") or ``period``
    (kind "period") is set; both are None for "ongoing" and "none"."""

    kind: str
    day: date | None = None
    period: Period | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise DeadlineError(
                f"Loại thời hạn {self.kind!r} không hợp lệ.",
                f"Unknown deadline kind {self.kind!r}.",
            )
        if (self.kind == "date") != (self.day is not None) or (self.kind == "period") != (
            self.period is not None
        ):
            raise DeadlineError(
                "Thời hạn không nhất quán (ngày/kỳ không khớp loại).",
                f"Inconsistent deadline: kind {self.kind!r} with day {self.day!r} "
                f"and period {self.period!r}.",
            )
        if isinstance(self.day, datetime):
            object.__setattr__(self, "day", self.day.date())

    @classmethod
    def parse(
        cls, text: str | date | Period | Deadline | None, year: int | None = None
    ) -> Deadline:
        """The deadline as written: blank (none), ``Thường xuyên``/``ongoing``,
        a date in any :func:`parse_date` form, a period code or label
        (``2021-Q2``, ``Quý II/2021``, ``6 tháng đầu năm 2021``), or a period
        without its year (``Quý II``, ``Tháng 6``), which takes ``year``.

        Raises DeadlineError when the text fits none of these, or when the
        year is missing and ``year`` is None.
        """
        if isinstance(text, Deadline):
            return text
        if isinstance(text, Period):
            return cls("period", None, text)
        if isinstance(text, date):
            return cls("date", parse_date(text), None)
        if isinstance(text, (int, float)) and not isinstance(text, bool):
            # A number from a spreadsheet cell: a year (2021) or a date serial.
            if float(text).is_integer() and 1900 <= text <= 2999:
                return cls("period", None, Period(int(text), "Y", 1))
            try:
                return cls("date", parse_date(text), None)
            except DateFormatError as exc:
                raise DeadlineError(exc.message_vi, exc.message_en) from None
        raw = clean_line(None if text is None else str(text))
        folded = fold(raw).rstrip(".;,").strip()
        if folded in _NONE:
            return cls("none")
        if folded.startswith(_ONGOING):
            return cls("ongoing")
        # No date or period starts with one of the prefix words, so the words
        # are dropped before reading ("Trước 30/6/2021" → "30/6/2021").
        folded = _PREFIX.sub("", folded)
        found = _read(folded)
        if found is not None:
            return found
        if year is not None:
            # A period or a day written without its year: "Quý II", "30/6".
            sep = m[1] if (m := re.fullmatch(r"\d{1,2}([/.-])\d{1,2}", folded)) else None
            try:
                if sep:
                    return cls("date", parse_date(f"{folded}{sep}{year}"), None)
                return cls("period", None, Period.parse(f"{folded} {year}"))
            except (PeriodError, DateFormatError):
                pass
        elif not re.search(r"\d{4}", folded) and (
            _read(f"{folded} 2000") or re.fullmatch(r"\d{1,2}[/.-]\d{1,2}", folded)
        ):
            raise DeadlineError(
                f"Thời hạn '{raw}' thiếu năm (ví dụ: 30/06/2021, Quý II/2021).",
                f"The deadline '{raw}' lacks a year (e.g. 30/06/2021, Quý II/2021).",
            )
        raise DeadlineError(
            f"'{raw}' không phải là thời hạn hợp lệ. Hãy viết một ngày (30/06/2021), "
            f"một kỳ (Quý II/2021, 2021-Q2, Tháng 6/2021, 6 tháng đầu năm 2021) "
            f"hoặc 'Thường xuyên'.",
            f"'{raw}' is not a valid deadline. Write a date (30/06/2021), a period "
            f"(Quý II/2021, 2021-Q2, Tháng 6/2021, 6 tháng đầu năm 2021) or "
            f"'Thường xuyên' (ongoing).",
        )

    @property
    def due_date(self) -> date | None:
        """The last day to finish: the day itself, or the period's last day."""
        # __post_init__ keeps day/period set exactly for their kinds.
        if self.day is not None:
            return self.day
        if self.period is not None:
            return self.period.end
        return None

    @property
    def code(self) -> str:
        """Storage form: ``""``, ``"ongoing"``, ``"2021-06-30"`` or a period
        code such as ``"2021-Q2"``; :meth:`parse` reads it back."""
        if self.day is not None:
            return self.day.isoformat()
        if self.period is not None:
            return self.period.code
        return "ongoing" if self.kind == "ongoing" else ""

    def label(self, lang: str = "vi") -> str:
        """As shown: ``""``, ``Thường xuyên``/``Ongoing``, ``30/06/2021``,
        ``Quý II/2021``."""
        if self.kind == "date":
            return format_date(self.day)
        if self.period is not None:
            return self.period.label(lang)
        if self.kind == "ongoing":
            return "Thường xuyên" if lang == "vi" else "Ongoing"
        return ""

    def __str__(self) -> str:
        return self.code


_DATE_SHAPE = re.compile(r"\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}-\d{1,2}-\d{1,2}")


def _read(folded: str) -> Deadline | None:
    """A date or period read from folded text, or None when it is neither."""
    if not folded:
        return None
    try:
        return Deadline("date", parse_date(folded), None)
    except DateFormatError as exc:
        if _DATE_SHAPE.fullmatch(folded):
            # The shape of a date but no such day (31/06/2021): say so rather
            # than the vaguer "not a deadline".
            raise DeadlineError(exc.message_vi, exc.message_en) from None
    try:
        return Deadline("period", None, Period.parse(folded))
    except PeriodError:
        return None
