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

from cbdesk.core.enums import Relation, TaskStatus
from cbdesk.core.periods import Period
from cbdesk.core.vnformat import format_date, format_number
from cbdesk.reports import common, wording
from cbdesk.reports.document import Annex, Column, Document, Heading, Paragraph, Table
from cbdesk.reports.progress_words import (  # noqa: F401 - target_sentence is API
    _lower_first,
    _num,
    common_data_to,
    target_sentence,
)
from cbdesk.services import target_text as tt
from cbdesk.services.issued import PlanHeader
from cbdesk.services.progress import TargetRow
from cbdesk.services.tasks_view import TaskRow

TYPE_NAME = "BÁO CÁO"
LETTERS = "BC"
ANNEX_WIDTH = 714.0  # points across a landscape A4 page inside the margins

# An unwritten free-text section prints as lines of dots to fill in by hand
# (SPEC §3.4: nothing is printed that nobody wrote). 120 dots fit the 165 mm
# text width at 14 pt with room to spare (a dot is 0,25 em).
DOTS = "." * 120
BLANK_LINES = 3
# What an issued report says for a section someone chose to leave empty.
NONE_TEXT = "Không có."


# ---------------------------------------------------------------------------
# The table of targets


def _row_name(row: TargetRow) -> str:
    if row.depth == 0:
        return row.name
    if row.relation == Relation.OF_WHICH:
        return f"Trong đó: {row.name}"
    return f"- {row.name}"


def targets_table(rows: list[TargetRow], period: Period) -> Table:
    """Columns TT, Chỉ tiêu, ĐVT, KH năm, [TH kỳ,] Lũy kế, Cùng kỳ, % KH,
    Tình trạng — the cells are ``services.target_text``'s, as on screen. A
    period from January is its own year to date: one "Thực hiện" column."""
    from_january = period.first_month == 1
    month = common_data_to(rows)
    # Widths in points of the 165 mm text width (468 pt) at 11 pt: figures,
    # "giảm 4,0 điểm %" (two lines), "100,0%" and "Chưa có số liệu" fit.
    columns = [Column("TT", 22, "center"), Column("Chỉ tiêu", 0), Column("ĐVT", 36, "center"),
               Column("KH năm", 50, "right")]
    if not from_january:
        columns.append(Column("TH kỳ", 44, "right"))
    columns += [Column("Thực hiện" if from_january else "Lũy kế", 50, "right"),
                Column("Cùng kỳ năm trước", 46, "right"),
                Column("% KH", 40, "right"), Column("Tình trạng", 80, "center")]
    columns[1].width = 468 - sum(c.width for c in columns)
    parents = {r.parent_code for r in rows if r.parent_code}
    emphasis = {i for i, r in enumerate(rows) if r.code in parents}
    body = []
    for r in rows:
        cells = [r.code, _row_name(r), r.unit, tt.plan_cell(r)]
        if not from_january:
            cells.append(tt.period_cell(r))
        cells += [tt.ytd_cell(r, note=month is None), tt.previous_cell(r), tt.percent_cell(r),
                  tt.status_cell(r)]
        body.append(cells)
    unit_note = f"Số liệu đến hết tháng {month}/{period.year}" if month is not None else ""
    return Table(columns, body, emphasis=emphasis, font_size=11, unit_note=unit_note,
                 caption=f"Kết quả thực hiện các chỉ tiêu chủ yếu {_lower_first(period.label('vi'))}")


# ---------------------------------------------------------------------------
# Tasks


def evidence_line(names: list[str]) -> Paragraph:
    """"Tài liệu kèm theo: …": the documents kept with a task (a setting)."""
    return Paragraph.of("Tài liệu kèm theo: " + "; ".join(names) + ".", italic=True)


def task_blocks(tasks: list[TaskRow], evidence: dict[str, list[str]] | None = None) -> list:
    """Each task under its code and title: units, status, % done and the latest
    update (as of the period's end, already judged by ``task_rows``); with
    ``evidence`` (task code → file names), the documents kept with it."""
    out: list = []
    evidence = evidence or {}
    for t in tasks:
        out.append(Heading(f"{t.number}. {t.title}", 2 if t.depth == 0 else 3))
        if t.has_children and t.last_update_date is None:
            if evidence.get(t.code):
                out.append(evidence_line(evidence[t.code]))
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
        if evidence.get(t.code):
            out.append(evidence_line(evidence[t.code]))
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


def keep_together(text: str) -> str:
    """Period words that must not break across lines (``6 tháng``, ``Quý II``):
    the whole period label joined with non-breaking spaces."""
    return text.replace(" ", "\u00a0")


def build(plan: PlanHeader, period: Period, targets: list[TargetRow], tasks: list[TaskRow],
          meta: common.Resolved, as_of: date | None = None, draft: bool = True,
          evidence: dict[str, list[str]] | None = None) -> Document:
    """The progress report of ``plan`` for ``period``; ``tasks`` stand as on
    ``as_of`` (the day the figures run to). An unwritten free-text section
    prints as dotted lines (``draft``) or ``Không có.`` (issued after someone
    chose "none")."""
    code = common.symbol(LETTERS, plan.organisation)
    label_in_text = _lower_first(period.label("vi"))
    title = short_title(plan.title, plan.year)
    blocks: list = wording.basis_paragraphs(plan.legal_bases)
    annex = area_annex(targets, period, common.accompanying_note(TYPE_NAME, meta, code))
    blocks.append(Paragraph.of(
        f"{wording.carrying_out(plan)}, {wording.agency_subject(plan.organisation.name)} "
        f"báo cáo kết quả thực hiện {label_in_text} như sau:"))

    blocks.append(Heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU", 1))
    month = common_data_to(targets)
    if month is not None:
        blocks.append(Paragraph.of(
            f"Số liệu các chỉ tiêu mới có đến hết tháng {month}/{period.year}; tiến độ được "
            f"đánh giá so với mức phải đạt đến hết tháng {month}/{period.year}.", italic=True))
    for r in targets:
        bullet = "-" if r.depth == 0 else "+"
        sentence = target_sentence(r, period, say_data_to=month is None)
        blocks.append(Paragraph.of(f"{bullet} {sentence}"))
    if targets:
        blocks.append(targets_table(targets, period))
        if any(r.mismatch for r in targets):
            blocks.append(Paragraph.of("(*) Số liệu toàn tỉnh khác tổng số liệu của các địa "
                                       "bàn, cần rà soát.", italic=True, indent=False))
    if annex is not None:
        blocks.append(Paragraph.of("Kết quả thực hiện các chỉ tiêu theo từng địa bàn chi tiết "
                                   f"tại {annex.title} kèm theo báo cáo này."))
    # The bands the statuses were computed with — never read separately.
    tolerances = targets[0].progress.tolerances if targets else plan.tolerances
    blocks.append(Paragraph.of(f"Ghi chú: {tolerances.note('vi')}", italic=True))

    blocks.append(Heading("II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ, GIẢI PHÁP", 1))
    if tasks:
        blocks.append(Paragraph.of(f"Tình hình thực hiện các nhiệm vụ, giải pháp tính đến ngày "
                                   f"{format_date(as_of or period.end)}:"))
    blocks += task_blocks(tasks, evidence)

    sections = [
        ("III. KHÓ KHĂN, VƯỚNG MẮC", meta.difficulties),
        ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI", meta.next_steps),
        ("V. KIẾN NGHỊ, ĐỀ XUẤT", meta.proposals),
    ]
    for heading, text in sections:
        blocks.append(Heading(heading, 1))
        paras = common.paragraphs(text)
        if paras:
            blocks += [Paragraph.of(p) for p in paras]
        elif draft:
            blocks += [Paragraph.of(DOTS, align="left", indent=False)
                       for _ in range(BLANK_LINES)]
        else:
            blocks.append(Paragraph.of(NONE_TEXT))
    blocks.append(Paragraph.of(f"Trên đây là báo cáo kết quả thực hiện {title} "
                               f"{label_in_text}./."))

    annexes = [annex] if annex is not None else []
    abstract = f"Kết quả thực hiện {title} {keep_together(label_in_text)}"
    return common.report_document(plan, meta, code, TYPE_NAME, abstract, blocks, annexes,
                                  f"Báo cáo kết quả thực hiện {title} {label_in_text}")
