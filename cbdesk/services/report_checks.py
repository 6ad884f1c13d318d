"""What a report is numbered and dated with, checked before anything is
rendered (SPEC §3.4): the number is a whole number from 1 (printed with a
leading zero under 10), and the date is not before the period's cut-off day
(the day its figures run to, ``services.periods.cutoff_day``).

The command line refuses a bad date; the window shows the same sentence as a
warning (``date_problem``) and lets the user decide.
"""

from __future__ import annotations

from datetime import date

from cbdesk.core.periods import Period
from cbdesk.core.text import nfc
from cbdesk.core.vnformat import format_date
from cbdesk.db.engine import Database
from cbdesk.services.errors import ValidationError
from cbdesk.services.periods import cutoff_day

__all__ = ["check_date", "check_number", "date_problem"]


def check_number(number: str | int | None) -> str | None:
    """The document number as printed (``5`` → ``05``, ``123`` → ``123``);
    None when none is given. Anything but a whole number from 1 raises
    ValidationError (``abc``, ``0``, ``-3``, ``2,5``)."""
    if number is None:
        return None
    text = nfc(str(number)).strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise ValidationError(
            f"Số văn bản '{text}' không hợp lệ: phải là số nguyên từ 1 trở lên (ví dụ 5 "
            "được in là 05).",
            f"Document number '{text}' is not valid: it must be a whole number from 1 "
            "(e.g. 5, printed 05).")
    return f"{int(text):02d}"


def date_problem(db: Database, period: Period, when: date | None) -> tuple[str, str] | None:
    """(Vietnamese, English) sentence when ``when`` is before ``period``'s
    cut-off day, None when the date is fine (or not given)."""
    if when is None:
        return None
    cutoff = cutoff_day(db, period)
    if when >= cutoff:
        return None
    return (
        f"Ngày báo cáo {format_date(when)} trước ngày chốt số liệu của kỳ "
        f"{period.label('vi')} ({format_date(cutoff)}).",
        f"The report date {format_date(when)} is before the cut-off day of "
        f"{period.label('en')} ({format_date(cutoff)}).",
    )


def check_date(db: Database, period: Period, when: date | None) -> None:
    """ValidationError when ``when`` is before ``period``'s cut-off day."""
    problem = date_problem(db, period, when)
    if problem is not None:
        raise ValidationError(*problem)
