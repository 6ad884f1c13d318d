"""A target's figures as words and signs, ONE way for every reader (SPEC
§3.4, §3.5 "screen = paper"): the report's table, the targets view, the
overview and its chart all print a target through these functions, so the
screen and the paper say the same thing (``giảm 4,0 điểm %``, ``≤ 3,45``).

Rules:
- a threshold (a level target without a baseline) prints its plan figure
  with its sign: ``≤ 3,45`` (ceiling), ``≥ 34,4`` (floor);
- a change target prints changes as changes (``giảm 1,6 điểm %``) and any
  level beside them says it is a level (``mức 18,9``) — a level and a change
  are never set side by side without saying which is which;
- a figure that stops before the period's end says so (``6.120 (đến hết
  T6)``).

Pure formatting of ``services.progress.TargetRow`` values through
``core.vnformat``; nothing is computed here.
"""

from __future__ import annotations

from cbdesk.core.enums import Direction, TargetKind
from cbdesk.core.vnformat import format_number, format_percent

__all__ = [
    "change_unit",
    "data_to_note",
    "moved",
    "num",
    "percent_cell",
    "period_cell",
    "plan_cell",
    "plan_text",
    "previous_cell",
    "status_cell",
    "ytd_cell",
]

LE, GE = "≤", "≥"


def num(row, value: float | None) -> str:
    """A figure of the target: level and change targets with their plan's
    decimals (3,52), counts as they are (6.120); None gives ""."""
    if value is None:
        return ""
    if row.kind in (TargetKind.LEVEL, TargetKind.CHANGE) and row.decimals:
        return format_number(value, row.decimals)
    return format_number(value, None)


def change_unit(row, short: bool = True) -> str:
    """The unit of a change: ``điểm %`` (``điểm phần trăm`` in full) for a
    rate, the target's own unit otherwise."""
    if row.unit.strip() == "%":
        return "điểm %" if short else "điểm phần trăm"
    return row.unit


def moved(row, amount: float, short: bool = True) -> str:
    """``giảm 1,6 điểm %`` — a change in the target's direction, or the
    opposite word when it moved the wrong way."""
    down = row.direction is Direction.DECREASE
    if amount < 0:
        down = not down
    unit = change_unit(row, short)
    figure = num(row, abs(amount))
    return f"{'giảm' if down else 'tăng'} {figure}" + (f" {unit}" if unit else "")


def _threshold(row) -> bool:
    return bool(getattr(row.progress, "threshold", False))


def plan_cell(row) -> str:
    """The year's target: ``12.000``, ``≤ 3,45``, ``≥ 34,4``, ``giảm 4,0 điểm %``."""
    return plan_text(row.kind, row.direction, row.target, _threshold(row), row.decimals,
                     row.unit)


def plan_text(kind, direction, target: float | None, threshold: bool, decimals: int,
              unit: str) -> str:
    """:func:`plan_cell` from a target's own fields (the data-entry grid has no
    progress row): ``threshold`` as ``core.progress.is_threshold`` says."""
    from types import SimpleNamespace

    kind, direction = TargetKind(kind), Direction(direction)
    if target is None or kind is TargetKind.QUALITATIVE:
        return ""
    row = SimpleNamespace(kind=kind, direction=direction, decimals=decimals, unit=unit)
    if kind is TargetKind.CHANGE:
        return moved(row, abs(target))
    if threshold:
        sign = LE if direction is Direction.DECREASE else GE
        return f"{sign} {num(row, target)}"
    return num(row, target)


def data_to_note(row, year: int | None = None) -> str:
    """``(đến hết T6)`` when the figures stop before the period's end."""
    month = getattr(row.progress, "data_to", None)
    if not month:
        return ""
    return f"(đến hết T{month})" if year is None else f"(đến hết tháng {month}/{year})"


def period_cell(row) -> str:
    """The figure of the period itself; a change target's is a level: ``mức 18,9``."""
    if row.period_value is None:
        return ""
    if row.kind is TargetKind.CHANGE:
        return f"mức {num(row, row.period_value)}"
    return num(row, row.period_value)


def ytd_cell(row, note: bool = True) -> str:
    """The year-to-date figure judged: a count or level (``6.120``, ``3,52``),
    a change target's change (``giảm 1,6 điểm %``); ``(*)`` when the whole
    province disagrees with its areas; ``(đến hết T6)`` when figures stop early
    (``note=False`` when the table says it once for every row)."""
    p = row.progress
    if row.kind is TargetKind.CHANGE:
        text = moved(row, p.change_achieved) if p.change_achieved is not None else ""
    else:
        text = num(row, row.ytd)
    if not text:
        return ""
    if row.mismatch:
        text += " (*)"
    said = data_to_note(row) if note else ""
    return f"{text} {said}" if said else text


def previous_cell(row) -> str:
    """The same period of last year: a count or level; a change target's is
    a level (``mức 20,9``)."""
    if row.previous_ytd is None:
        return ""
    if row.kind is TargetKind.CHANGE:
        return f"mức {num(row, row.previous_ytd)}"
    return num(row, row.previous_ytd)


def percent_cell(row) -> str:
    """% of the year's target, one decimal (``51,0%``); "" when not meaningful."""
    p = row.progress.percent_of_target
    return format_percent(p) if p is not None else ""


def status_cell(row, lang: str = "vi") -> str:
    """The status word (``Đúng tiến độ``, ``Không đạt``)."""
    return row.status.label(lang)
