"""Problems found in a workbook, and the reading of one cell as what people
type into Excel: Vietnamese numbers (``12.000``, ``3,45%``), numbers stored as
text, Excel dates or ``dd/mm/yyyy`` text, period codes or labels, enumeration
words in Vietnamese or English.

Every reader raises :class:`CellError` with a message that does not repeat the
value; :class:`Issue` puts file, sheet, row, column and value in front.
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from cbdesk.core.enums import TaskStatus
from cbdesk.core.periods import Period, PeriodError
from cbdesk.core.text import BilingualError, clean, clean_line, fold
from cbdesk.core.vnformat import (
    DateFormatError,
    NumberFormatError,
    format_date,
    parse_date,
    parse_number,
)
from cbdesk.services.errors import ServiceError

MAX_SHOWN = 60


class CellError(BilingualError):
    """A cell whose content cannot be read as the column asks."""


def shown(value: object) -> str:
    """A cell's value as it is quoted in a message."""
    if isinstance(value, datetime):
        value = value.date() if value.time() == datetime.min.time() else value
    if isinstance(value, date) and not isinstance(value, datetime):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = clean_line(str(value))
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


@dataclass
class Issue:
    """One problem of one file, located as precisely as known."""

    file: str
    vi: str
    en: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: object = None
    reading: bool = True  # a problem reading the file, or one found while importing it
    advice: bool = True  # end with "fix it and import again" (False: the message says how)

    def line(self, lang: str = "vi") -> str:
        """``Không đọc được tệp ‘a.xlsx’: trang ‘Kết quả’ dòng 12, cột ‘Giá trị’ có
        ‘1,234’ — … Hãy sửa rồi nhập lại.``"""
        vi = lang == "vi"
        where = []
        if self.sheet:
            where.append((f"trang ‘{self.sheet}’" if vi else f"sheet ‘{self.sheet}’")
                         + (f" dòng {self.row}" if vi and self.row else "")
                         + (f" row {self.row}" if not vi and self.row else ""))
        if self.column:
            where.append(f"cột ‘{self.column}’" if vi else f"column ‘{self.column}’")
        place = ", ".join(where)
        if self.value is not None and place:
            place += f" có ‘{shown(self.value)}’" if vi else f" has ‘{shown(self.value)}’"
        message = self.vi if vi else self.en
        if vi:
            head = f"Không {'đọc' if self.reading else 'nhập'} được tệp ‘{self.file}’: "
            tail = " Hãy sửa rồi nhập lại." if self.advice else ""
        else:
            head = f"Cannot {'read' if self.reading else 'import'} ‘{self.file}’: "
            tail = " Fix it and import again." if self.advice else ""
        body = f"{place} — {message}" if place else message
        return " ".join((head + body + tail).split())


class WorkbookRefused(ServiceError):
    """A file that cannot be imported; ``issues`` lists every reason."""

    def __init__(self, issues: list[Issue]):
        self.issues = list(issues)
        first = self.issues[0] if self.issues else Issue("?", "lỗi", "error")
        super().__init__(first.line("vi"), first.line("en"),
                         [(i.line("vi"), i.line("en")) for i in self.issues])


def _without_value(err: BilingualError, raw: object) -> CellError:
    """Core's messages start with the quoted value; the Issue quotes it already."""
    out = []
    for msg in (err.message_vi, err.message_en):
        for quoted in (f"'{raw}' ", f"'{shown(raw)}' "):
            if msg.startswith(quoted):
                msg = msg[len(quoted):]
                break
        out.append(msg)
    return CellError(*out)


def read_text(value: object, long: bool = False) -> str:
    """Text of a cell: NFC, trimmed; paragraphs kept for ``long`` columns."""
    if value is None:
        return ""
    if isinstance(value, (date, float, int)) and not isinstance(value, bool):
        return shown(value)
    return clean(str(value)) if long else clean_line(str(value))


def read_code(value: object) -> str:
    """A code as typed: ``040`` stays text; a number Excel made of it loses no
    more than its leading zeros (handled by the caller's lookup)."""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        raise CellError("là một ngày, không phải mã.", "is a date, not a code.")
    return read_text(value)


def read_number(value: object) -> float | None:
    """A number typed the Vietnamese way, as a number or as text; blank → None."""
    if isinstance(value, (date, datetime)):
        raise CellError("là ngày tháng, không phải số.", "is a date, not a number.")
    if isinstance(value, bool):
        raise CellError("không phải là số.", "is not a number.")
    if isinstance(value, str) and not clean_line(value):
        return None
    try:
        return parse_number(value)  # type: ignore[arg-type]
    except NumberFormatError as e:
        raise _without_value(e, clean_line(str(value))) from None


def read_int(value: object) -> int | None:
    number = read_number(value)
    if number is None:
        return None
    if not number.is_integer():
        raise CellError("phải là số nguyên.", "must be a whole number.")
    return int(number)


def read_date(value: object) -> date | None:
    if value is None or (isinstance(value, str) and not clean_line(value)):
        return None
    if isinstance(value, bool):
        raise CellError("không phải là ngày.", "is not a date.")
    try:
        return parse_date(value)  # type: ignore[arg-type]
    except DateFormatError as e:
        raise _without_value(e, clean_line(str(value))) from None


def read_period(value: object) -> str | None:
    """A period code from a code, a label, a year, or the date Excel makes of
    ``03/2021`` (the first of the month)."""
    if value is None or (isinstance(value, str) and not clean_line(value)):
        return None
    if isinstance(value, datetime):
        if value.day == 1:
            return Period(value.year, "M", value.month).code
        raise CellError("là một ngày, không phải kỳ báo cáo (ví dụ 2021-Q2, Quý II/2021).",
                        "is a date, not a period (e.g. 2021-Q2, Quý II/2021).")
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        if not float(value).is_integer():
            raise CellError("không phải là kỳ báo cáo (ví dụ 2021-Q2, Quý II/2021).",
                            "is not a period (e.g. 2021-Q2, Quý II/2021).")
        value = int(value)
    try:
        return Period.parse(value).code  # type: ignore[arg-type]
    except PeriodError as e:
        raise _without_value(e, clean_line(str(value))) from None


def read_enum(value: object, enum_cls) -> str | None:
    """An enumeration's code from its Vietnamese word, its English code or
    ``Vietnamese [code]``; blank → None."""
    text = read_text(value)
    if not text:
        return None
    return _enum(text, enum_cls)


@lru_cache(maxsize=1024)
def _enum(text: str, enum_cls) -> str:
    try:
        return enum_cls.parse(text).value
    except ValueError:
        words = ", ".join(f"{m.label('vi')} [{m.value}]" for m in enum_cls)
        raise CellError(f"không phải giá trị hợp lệ; hãy ghi một trong: {words}.",
                        f"is not a valid value; write one of: {words}.") from None


_DONE_WORDS = {"hoan thanh", "xong", "da xong", "done", "x", "co", "yes", "da hoan thanh"}
_NOT_DONE_WORDS = {"chua", "chua xong", "chua hoan thanh", "khong", "no"}


def read_done(value: object) -> bool | None:
    """Whether a task status word means done (``Hoàn thành đúng hạn``,
    ``Hoàn thành``, ``done``…); blank → None."""
    text = read_text(value)
    return _done(text) if text else None


@lru_cache(maxsize=1024)
def _done(text: str) -> bool:
    key = fold(text)
    if "[" in key and key.endswith("]"):
        key = key[key.index("[") + 1: -1].strip()
    if key in _DONE_WORDS:
        return True
    if key in _NOT_DONE_WORDS:
        return False
    try:
        return TaskStatus.parse(text).is_done
    except ValueError:
        words = ", ".join(m.label("vi") for m in TaskStatus)
        raise CellError(f"không phải trạng thái hợp lệ; hãy ghi một trong: {words}.",
                        f"is not a valid status; write one of: {words}.") from None


def read_codes(value: object) -> list[str]:
    """Codes separated by ``;`` (or ``,``): ``VP; LDVL``."""
    text = read_text(value).replace(",", ";")
    return [c.strip() for c in text.split(";") if c.strip()]
