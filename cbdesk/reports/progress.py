"""The progress report (báo cáo kết quả thực hiện, SPEC §3.4): every target's
figures in words and in a table, the tasks by section with their status and
latest update, the free-text sections, the status rule, and an annex of the
figures by area.

Every figure and status comes from ``services.progress.target_rows`` and
``services.tasks_view.task_rows``; this module only chooses words and formats
numbers through ``core.vnformat`` — it computes nothing.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from cbdesk.core.enums import Direction, Relation, TargetKind, TargetStatus, TaskStatus
from cbdesk.core.periods import Period
from cbdesk.core.vnformat import format_date, format_number, format_percent
from cbdesk.reports import common
from cbdesk.reports.document import Annex, Column, Document, Heading, Paragraph, Table
from cbdesk.services.issued import PlanHeader
from cbdesk.services.progress import TargetRow
from cbdesk.services.tasks_view import TaskRow

TYPE_NAME = "BÁO CÁO"
LETTERS = "BC"
ANNEX_WIDTH = 714.0  # points across a landscape A4 page inside the margins

PLACEHOLDERS = {
    "difficulties": "Không có khó khăn, vướng mắc phát sinh trong kỳ báo cáo.",
    "next_steps": "Tiếp tục triển khai đồng bộ các nhiệm vụ, giải pháp của {title}, "
    "phấn đấu hoàn thành các chỉ tiêu kế hoạch năm {year}.",
    "proposals": "Không có kiến nghị, đề xuất.",
}


# ---------------------------------------------------------------------------
# Figures in words


def _num(row: TargetRow, value: float | None) -> str:
    """A figure of the target: level and change targets with their plan's
    decimals (3,52), counts as they are (6.120)."""
    if value is None:
        return ""
    if row.kind in (TargetKind.LEVEL, TargetKind.CHANGE) and row.decimals:
        return _format(value, row.decimals)
    return _format(value, None)


@lru_cache(maxsize=8192)
def _format(value: float, decimals: int | None) -> str:
    """core.vnformat.format_number, remembered: a report prints the same
    figures many times (sentence, table, annex)."""
    return format_number(value, decimals)


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
    return "điểm phần trăm" if row.unit == "%" else row.unit


def _lower_first(text: str) -> str:
    """``Đúng tiến độ`` → ``đúng tiến độ``, ``6 tháng đầu năm 2021`` unchanged."""
    return text[:1].lower() + text[1:]


def _status_words(status: TargetStatus) -> str:
    return _lower_first(status.label("vi"))


def _plan_words(row: TargetRow) -> str:
    """``kế hoạch năm 12.000 người`` / ``kế hoạch năm giảm xuống 3,45%`` …"""
    figure = _plan_figure(row)
    if row.direction is Direction.DECREASE and row.kind is TargetKind.LEVEL:
        return f"kế hoạch năm giảm xuống {figure}"
    if row.direction is Direction.MAINTAIN:
        return f"kế hoạch năm duy trì {figure}"
    return f"kế hoạch năm {figure}"


def _moved(row: TargetRow, amount: float, unit: bool = True) -> str:
    """``giảm 1,6 điểm phần trăm`` — a change in the target's direction, or
    the opposite word when it moved the wrong way; ``unit=False`` for a table
    cell (``giảm 1,6``)."""
    down = row.direction is Direction.DECREASE
    if amount < 0:
        down = not down
    word = "giảm" if down else "tăng"
    figure = _num(row, abs(amount))
    if unit and _change_unit(row):
        figure += f" {_change_unit(row)}"
    return f"{word} {figure}"


def _compared(row: TargetRow) -> str:
    """The same period of last year, when it exists."""
    if row.previous_ytd is None:
        return ""
    change = row.change_vs_previous
    if row.kind is TargetKind.CUMULATIVE and change is not None:
        if format_number(abs(change), 1) == "0,0":
            return "bằng cùng kỳ năm trước"
        word = "tăng" if change > 0 else "giảm"
        return f"{word} {format_percent(abs(change))} so với cùng kỳ"
    return f"cùng kỳ năm trước {_qty(row, row.previous_ytd)}"


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


def target_sentence(row: TargetRow, period: Period) -> str:
    """One target in words, e.g. ``Tạo việc làm mới: thực hiện 6.120 người, đạt
    51,0% kế hoạch năm (12.000 người); đúng tiến độ.``"""
    figures = _figures_phrase(row, period)
    status = _status_words(row.status)
    if not figures:
        plan = f" ({_plan_words(row)})" if row.target is not None else ""
        if row.kind is TargetKind.CHANGE and row.target is not None:
            plan = f" (kế hoạch năm {_moved(row, abs(row.target))})"
        return f"{row.name}: {status}{plan}."
    parts = [figures]
    compared = _compared(row)
    if compared:
        parts[0] += f", {compared}"
    if row.mismatch:
        parts[0] += " (số liệu toàn tỉnh khác tổng số liệu của các địa bàn, cần rà soát)"
    if row.estimate is not None:
        parts.append(f"ước thực hiện cả năm {_qty(row, row.estimate)}")
    parts.append(status)
    return f"{row.name}: {'; '.join(parts)}."


# ---------------------------------------------------------------------------
# The table of targets


def _row_name(row: TargetRow) -> str:
    if row.depth == 0:
        return row.name
    if row.relation == Relation.OF_WHICH:
        return f"Trong đó: {row.name}"
    return f"- {row.name}"


def _table_cells(row: TargetRow) -> list[str]:
    p = row.progress
    if row.kind is TargetKind.CHANGE:
        plan = _moved(row, abs(row.target), unit=False) if row.target is not None else ""
        ytd = _moved(row, p.change_achieved, unit=False) \
            if p.change_achieved is not None else ""
    else:
        plan = _num(row, row.target)
        ytd = _num(row, row.ytd)
    if row.mismatch and ytd:
        ytd += " (*)"
    percent = format_percent(p.percent_of_target) if p.percent_of_target is not None else ""
    return [row.code, _row_name(row), row.unit, plan, _num(row, row.period_value), ytd,
            percent, row.status.label("vi")]


def targets_table(rows: list[TargetRow], period: Period) -> Table:
    """Columns TT, Chỉ tiêu, ĐVT, KH năm, TH kỳ, Lũy kế, % KH, Tình trạng."""
    columns = [
        # Widths in points of the 165 mm text width at 11 pt: figures, "giảm
        # 4,0", "100,0%" and "Chưa có số liệu" fit on one line.
        Column("TT", 26, "center"),
        Column("Chỉ tiêu", 140),
        Column("ĐVT", 40, "center"),
        Column("KH năm", 49, "right"),
        Column("TH kỳ", 43, "right"),
        Column("Lũy kế", 47, "right"),
        Column("% KH", 43, "right"),
        Column("Tình trạng", 80, "center"),
    ]
    parents = {r.parent_code for r in rows if r.parent_code}
    emphasis = {i for i, r in enumerate(rows) if r.code in parents}
    return Table(columns, [_table_cells(r) for r in rows], emphasis=emphasis, font_size=11,
                 caption=f"Kết quả thực hiện các chỉ tiêu chủ yếu {_lower_first(period.label('vi'))}")


# ---------------------------------------------------------------------------
# Tasks


def task_blocks(tasks: list[TaskRow]) -> list:
    """Each task under its code and title: units, status, % done and the latest
    update (as of the period's end, already judged by ``task_rows``)."""
    out: list = []
    for t in tasks:
        out.append(Heading(f"{t.number}. {t.title}", 2 if t.depth == 0 else 3))
        if t.has_children and t.last_update_date is None:
            continue  # its parts below tell how it stands
        line = f"Đơn vị chủ trì: {t.lead_unit or 'chưa phân công'}"
        if t.coordinating_units:
            line += f"; đơn vị phối hợp: {', '.join(t.coordinating_units)}"
        if t.status is TaskStatus.ONGOING:
            line += ". Nhiệm vụ thường xuyên"
        else:
            deadline = t.deadline_label or "không quy định"
            line += f". Thời hạn: {deadline}; tình trạng: {_lower_first(t.status.label('vi'))}"
        if t.percent_done and not t.done:
            line += f"; tiến độ thực hiện {format_number(t.percent_done)}%"
        line += "."
        if t.last_update_date is not None and t.last_update_note:
            note = t.last_update_note.rstrip()
            end = "" if note.endswith((".", "!", "?", ";")) else "."
            line += f" Kết quả (cập nhật ngày {format_date(t.last_update_date)}): {note}{end}"
        elif t.last_update_date is None:
            line += " Chưa có báo cáo tiến độ đến hết kỳ."
        out.append(Paragraph.of(line))  # one paragraph per task
    return out


# ---------------------------------------------------------------------------
# The annex by area


def area_annex(rows: list[TargetRow], period: Period, note: str) -> Annex | None:
    """Phụ lục I: year-to-date figures of the targets that have area figures,
    one column per area and one for the whole province; None when no target
    has any."""
    with_areas = [r for r in rows if any(a.ytd is not None for a in r.areas)]
    if not with_areas:
        return None
    areas = [(a.area, a.name) for a in with_areas[0].areas]
    # Widths in points of the landscape text width (252 mm ≈ 714 pt) at 11 pt.
    fixed = 26 + 40 + 56
    area_w = min(60.0, max(34.0, (ANNEX_WIDTH - fixed - 150) / max(len(areas), 1)))
    columns = [Column("TT", 26, "center"),
               Column("Chỉ tiêu", max(ANNEX_WIDTH - fixed - area_w * len(areas), 120)),
               Column("ĐVT", 40, "center")]
    columns += [Column(name, area_w, "right") for _, name in areas]
    columns.append(Column("Toàn tỉnh", 56, "right"))
    table_rows = []
    for r in with_areas:
        by_code = {a.area: a for a in r.areas}
        cells = [r.code, _row_name(r), r.unit]
        cells += [_num(r, by_code[c].ytd) if c in by_code else "" for c, _ in areas]
        cells.append(_num(r, r.ytd) + (" (*)" if r.mismatch else ""))
        table_rows.append(cells)
    blocks: list = [Table(columns, table_rows, font_size=11,
                          unit_note=f"Số liệu lũy kế từ đầu năm đến hết kỳ báo cáo "
                          f"({_lower_first(period.label('vi'))})")]
    if any(r.mismatch for r in with_areas):
        blocks.append(Paragraph.of("(*) Số liệu toàn tỉnh khác tổng số liệu của các địa bàn, "
                                   "cần rà soát.", italic=True, indent=False))
    return Annex("Phụ lục I", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO ĐỊA BÀN", note, blocks)


# ---------------------------------------------------------------------------
# The whole report


def short_title(title: str, year: int) -> str:
    """The plan's title without its trailing year, since the period label that
    follows it says the year: "Kế hoạch … năm 2021" + "6 tháng đầu năm 2021"."""
    for tail in (f" năm {year}", f" {year}"):
        if title.lower().endswith(tail) and len(title) > len(tail):
            return title[: -len(tail)].rstrip(" ,-")
    return title


def build(plan: PlanHeader, period: Period, targets: list[TargetRow], tasks: list[TaskRow],
          meta: common.Resolved, as_of: date | None = None) -> Document:
    """The progress report of ``plan`` for ``period``; ``tasks`` stand as on
    ``as_of`` (default: the period's last day)."""
    code = common.symbol(LETTERS, plan.organisation)
    label_in_text = _lower_first(period.label("vi"))
    title = short_title(plan.title, plan.year)
    blocks: list = common.legal_basis_paragraphs(plan.legal_bases)
    blocks.append(Paragraph.of(f"Kết quả thực hiện {title} {label_in_text} như sau:"))

    blocks.append(Heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", 1))
    for r in targets:
        bullet = "-" if r.depth == 0 else "+"
        blocks.append(Paragraph.of(f"{bullet} {target_sentence(r, period)}"))
    if targets:
        blocks.append(targets_table(targets, period))
        if any(r.mismatch for r in targets):
            blocks.append(Paragraph.of("(*) Số liệu toàn tỉnh khác tổng số liệu của các địa "
                                       "bàn, cần rà soát.", italic=True, indent=False))
    blocks.append(Paragraph.of(f"Ghi chú: {plan.tolerances.note('vi')}", italic=True))

    blocks.append(Heading("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP", 1))
    if tasks:
        blocks.append(Paragraph.of(f"Tình hình thực hiện các nhiệm vụ, giải pháp tính đến ngày "
                                   f"{format_date(as_of or period.end)}:"))
    blocks += task_blocks(tasks)

    sections = [
        ("III. KHÓ KHĂN, VƯỚNG MẮC", "difficulties", meta.difficulties),
        ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", "next_steps", meta.next_steps),
        ("V. KIẾN NGHỊ, ĐỀ XUẤT", "proposals", meta.proposals),
    ]
    for heading, key, text in sections:
        blocks.append(Heading(heading, 1))
        paras = common.paragraphs(text) or [
            PLACEHOLDERS[key].format(title=plan.title, year=plan.year)]
        blocks += [Paragraph.of(p) for p in paras]
    blocks.append(Paragraph.of(f"Trên đây là báo cáo kết quả thực hiện {title} "
                               f"{label_in_text}./."))

    annexes = []
    annex = area_annex(targets, period, common.accompanying_note(TYPE_NAME, meta, code))
    if annex is not None:
        annexes.append(annex)
    return common.report_document(plan, meta, code, TYPE_NAME, f"Kết quả thực hiện {title} {label_in_text}", blocks, annexes,
                                  f"Báo cáo kết quả thực hiện {title} {label_in_text}")
