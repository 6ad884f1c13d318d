"""Figures on a returned district form that Excel may have misread.

The form's input cells are text cells, read with the Vietnamese rules
(``12.000`` is twelve thousand) whatever Excel's number settings. A cell that
holds a *number* instead (pasted from another workbook, an older form, a cell
whose format was changed) was read by Excel with the PC's settings, and an
Excel set up the English way stores ``12.000`` as 12 and ``1.234`` as 1,234.
Such a number is refused when it looks like that misreading:

- a count (a target without decimals, not a rate) with a fractional part;
- a whole number under 1 % of the area's annual plan figure that, a thousand
  times larger, would be within ten times the plan figure.

The clerk retypes the figure in the yellow cell; a small figure that is really
right is typed with an apostrophe in front (``'12``), which makes it text.
"""

from __future__ import annotations

from cbdesk.core.vnformat import format_number
from cbdesk.services.forms import FormLine
from cbdesk.services.validation import is_rate

Problem = tuple[str, str]

RETYPE_VI = ("Hãy gõ lại số vào ô màu vàng theo kiểu Việt Nam (ví dụ 12.000; 3,45): ô nhận "
             "đúng số đã gõ dù máy tính cài đặt số kiểu nào.")
RETYPE_EN = ("Type the figure again in the yellow cell the Vietnamese way (e.g. 12.000; 3,45): "
             "the cell keeps what is typed whatever the PC's number settings.")


def misread(raw: object, value: float, line: FormLine | None) -> Problem | None:
    """Why the number ``value`` read from the cell content ``raw`` looks like
    Excel's English reading of a Vietnamese figure; None when it does not
    (text cells, rates, figures of a believable size)."""
    if line is None or isinstance(raw, (str, bool)) or not isinstance(raw, (int, float)):
        return None
    if is_rate(line.unit) or value <= 0:
        return None
    if line.decimals <= 0 and not float(value).is_integer():
        typed = format_number(value * 1000)
        return (
            f"chỉ tiêu đếm bằng ‘{line.unit}’ không có số lẻ: có thể Excel trên máy cài đặt "
            f"số kiểu Anh đã đọc ‘{typed}’ thành {format_number(value, 3)}. " + RETYPE_VI,
            f"a count in ‘{line.unit}’ has no fraction: an Excel with English number settings "
            f"may have read ‘{typed}’ as {value:g}. " + RETYPE_EN,
        )
    plan = line.allocation
    if plan and float(value).is_integer() and value < plan / 100 and value * 1000 <= plan * 10:
        typed = format_number(value * 1000)
        return (
            f"{format_number(value)} chưa bằng 1 % kế hoạch năm của địa bàn "
            f"({format_number(plan)}): có thể Excel trên máy cài đặt số kiểu Anh đã đọc "
            f"‘{typed}’ thành {format_number(value)}. " + RETYPE_VI
            + f" Nếu đúng là {format_number(value)}, gõ thêm dấu nháy đơn ở đầu: "
            f"'{format_number(value)}.",
            f"{value:g} is under 1 % of the area's annual plan ({plan:g}): an Excel with "
            f"English number settings may have read ‘{typed}’ as {value:g}. " + RETYPE_EN
            + f" If {value:g} is right, type it with an apostrophe in front: '{value:g}.",
        )
    return None
