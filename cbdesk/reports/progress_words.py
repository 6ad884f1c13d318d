"""The progress report's targets in words (SPEC §3.4, §3.5): one sentence
per target with its figures, the year's target, the same period of last year
(and a level that moved the wrong way), missing months and the status. Only
words are chosen here; every figure comes from ``services.progress``."""

from __future__ import annotations

from cbdesk.core.enums import Direction, TargetKind, TargetStatus
from cbdesk.core.periods import Period
from cbdesk.core.vnformat import format_number, format_percent
from cbdesk.services import target_text as tt
from cbdesk.services.progress import TargetRow


def _num(row: TargetRow, value: float | None) -> str:
    """A figure of the target (``services.target_text.num``, shared with the screen)."""
    return tt.num(row, value)


def _qty(row: TargetRow, value: float | None, unit: str | None = None) -> str:
    """A figure with its unit: ``6.120 người``, ``3,52%``."""
    unit = row.unit if unit is None else unit
    text = _num(row, value)
    if not unit:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def _plan_figure(row: TargetRow) -> str:
    """The year's target as written in the plan: ``12.000 người``."""
    return "" if row.target is None else _qty(row, row.target)


def _change_unit(row: TargetRow) -> str:
    return tt.change_unit(row, short=False)


def _lower_first(text: str) -> str:
    """``Đúng tiến độ`` → ``đúng tiến độ``, ``6 tháng đầu năm 2021`` unchanged."""
    return text[:1].lower() + text[1:]


def _status_words(status: TargetStatus) -> str:
    return _lower_first(status.label("vi"))


def _plan_words(row: TargetRow) -> str:
    """``kế hoạch năm 12.000 người`` / ``kế hoạch năm không quá 3,45%`` …"""
    figure = _plan_figure(row)
    if row.progress.threshold and row.direction is Direction.DECREASE:
        return f"kế hoạch năm không quá {figure}"
    if row.progress.threshold and row.direction is Direction.INCREASE and row.target < 100:
        return f"kế hoạch năm không thấp hơn {figure}"
    if row.direction is Direction.DECREASE and row.kind is TargetKind.LEVEL:
        return f"kế hoạch năm giảm xuống {figure}"
    if row.direction is Direction.MAINTAIN:
        return f"kế hoạch năm duy trì {figure}"
    return f"kế hoạch năm {figure}"


def _moved(row: TargetRow, amount: float) -> str:
    """``giảm 1,6 điểm phần trăm`` — a change in the target's direction, or
    the opposite word when it moved the wrong way."""
    return tt.moved(row, amount, short=False)


def _compared(row: TargetRow) -> str:
    """The same period of last year, when it exists; a level that moved
    against the target's direction says so (SPEC §3.5)."""
    if row.previous_ytd is None:
        return ""
    change = row.change_vs_previous
    if row.kind is TargetKind.CUMULATIVE and change is not None:
        if format_number(abs(change), 1) == "0,0":
            return "bằng cùng kỳ năm trước"
        word = "tăng" if change > 0 else "giảm"
        return f"{word} {format_percent(abs(change))} so với cùng kỳ"
    text = f"cùng kỳ năm trước {_qty(row, row.previous_ytd)}"
    diff = row.level_change_vs_previous
    if diff is not None:
        if _num(row, abs(diff)).strip("0,") != "":
            word = "tăng" if diff > 0 else "giảm"
            text += f" ({word} {_num(row, abs(diff))} {_change_unit(row)}".rstrip()
            text += ", ngược chiều mục tiêu)" if row.wrong_way else ")"
    return text


def _figures_phrase(row: TargetRow, period: Period) -> str:
    """What was done, with the year's target: the heart of the sentence."""
    p = row.progress
    if row.ytd is None:
        return ""
    if row.kind is TargetKind.QUALITATIVE:
        base = f" (năm gốc {_qty(row, row.baseline)})" if row.baseline is not None else ""
        return f"đạt {_qty(row, row.ytd)}{base}"
    if row.kind is TargetKind.CHANGE:
        parts = [f"đến cuối kỳ {_qty(row, row.ytd)}"]
        if row.baseline is not None:
            parts[0] += f" (năm gốc {_qty(row, row.baseline)})"
        if p.change_achieved is not None:
            parts.append(_moved(row, p.change_achieved))
        target = ""
        if row.target is not None:
            target = _moved(row, abs(row.target))
        if p.percent_of_target is not None:
            parts.append(f"đạt {format_percent(p.percent_of_target)} kế hoạch năm ({target})")
        elif target:
            parts.append(f"kế hoạch năm {target}")
        return ", ".join(parts)
    if row.kind is TargetKind.LEVEL:
        # A rate reads against its target directly (33,8% of a 34,4% target);
        # "98,3% of the plan" is only said of levels that are not percentages.
        text = _qty(row, row.ytd)
        if row.direction is not Direction.DECREASE:
            text = f"đạt {text}"
        if row.target is None:
            return text
        text += f" ({_plan_words(row)})"
        if p.percent_of_target is not None and row.unit != "%":
            text += f", bằng {format_percent(p.percent_of_target)} kế hoạch năm"
        return text
    # Cumulative: what was done in the period, and since January when different.
    if period.first_month == 1 or row.period_value is None:
        text = f"thực hiện {_qty(row, row.ytd)}"
    else:
        text = f"thực hiện trong kỳ {_qty(row, row.period_value)}, lũy kế từ đầu năm " \
               f"{_qty(row, row.ytd)}"
    if p.percent_of_target is not None:
        return f"{text}, đạt {format_percent(p.percent_of_target)} kế hoạch năm " \
               f"({_plan_figure(row)})"
    return f"{text} ({_plan_words(row)})" if row.target is not None else text


def target_sentence(row: TargetRow, period: Period, say_data_to: bool = True) -> str:
    """One target in words, e.g. ``Tạo việc làm mới: thực hiện 6.120 người, đạt
    51,0% kế hoạch năm (12.000 người); đúng tiến độ.`` Figures that stop before
    the period's end say so after the name (unless the report said it once
    for every target: ``say_data_to=False``)."""
    figures = _figures_phrase(row, period)
    name = row.name
    if row.data_to and say_data_to:
        name += f" (số liệu đến hết tháng {row.data_to}/{period.year})"
    status = _status_words(row.status)
    if not figures:
        plan = f" ({_plan_words(row)})" if row.target is not None else ""
        if row.kind is TargetKind.CHANGE and row.target is not None:
            plan = f" (kế hoạch năm {_moved(row, abs(row.target))})"
        return f"{name}: {status}{plan}."
    parts = [figures]
    compared = _compared(row)
    if compared:
        parts[0] += f", {compared}"
    if row.mismatch:
        parts[0] += " (số liệu toàn tỉnh khác tổng số liệu của các địa bàn, cần rà soát)"
    if row.estimate is not None:
        parts.append(f"ước thực hiện cả năm {_qty(row, row.estimate)}")
    parts.append(status)
    return f"{name}: {'; '.join(parts)}."


def common_data_to(rows: list[TargetRow]) -> int | None:
    """The month every target with figures runs to, when all of them stop at
    the same month before the period's end (said once for the report)."""
    with_figures = [r for r in rows if r.ytd is not None]
    months = {r.data_to for r in with_figures}
    if len(months) == 1 and None not in months:
        return months.pop()
    return None


