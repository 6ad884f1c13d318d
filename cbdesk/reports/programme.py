"""The programme review (đánh giá giữa kỳ / tổng kết giai đoạn): every
programme target in words — the years' figures, to date, % of the programme
target and status against the share due — then a table by year (Phụ lục I).

Every figure and status comes from ``services.programmes.review`` (rules in
``core.programme``); this module chooses words and formats numbers only.
"""

from __future__ import annotations

from datetime import date

from cbdesk.core.enums import Direction, TargetKind, TargetStatus
from cbdesk.core.vnformat import format_number, format_percent
from cbdesk.reports import common, wording
from cbdesk.reports.document import Annex, Column, Document, Heading, Paragraph, Table
from cbdesk.services.issued import PlanHeader, ReportMeta
from cbdesk.services.programmes import ProgrammeReview, ProgrammeRow

TYPE_NAME = "BÁO CÁO"
LETTERS = "BC"
DOTS = "." * 120
ROMAN = ("I", "II", "III", "IV", "V")


def _n(value: float | None) -> str:
    return format_number(value) if value is not None else ""


def _qty(row: ProgrammeRow, value: float | None, unit: str | None = None) -> str:
    unit = row.target.unit if unit is None else unit
    text = _n(value)
    if not unit or not text:
        return text
    return f"{text}{unit}" if unit == "%" else f"{text} {unit}"


def _points(row: ProgrammeRow) -> str:
    """The unit of a change of a rate: ``điểm %`` for a ``%`` target."""
    return "điểm %" if row.target.unit == "%" else row.target.unit


def _status(status: TargetStatus) -> str:
    text = status.label("vi")
    return text[:1].lower() + text[1:]


def _years_text(r: ProgrammeReview) -> str:
    return f"năm {r.start}" if r.upto == r.start else f"{r.upto - r.start + 1} năm {r.start}–{r.upto}"


def _missing(row: ProgrammeRow, first: str = "") -> str:
    """The notes in brackets: what is due, years whose figures stop early,
    years without figures — one pair of brackets."""
    notes = [first] if first else []
    notes += [f"năm {y} số liệu đến hết tháng {m}" for y, m in row.partial.items()]
    if row.rollup.missing:
        notes.append("chưa có số liệu năm " + ", ".join(str(y) for y in row.rollup.missing))
    return f" ({'; '.join(notes)})" if notes else ""


def target_sentence(r: ProgrammeReview, row: ProgrammeRow) -> str:
    """One target in words, e.g. ``Giải quyết việc làm: kế hoạch giai đoạn
    60.000 người; 3 năm 2026–2028 đạt 37.300 người, bằng 62,17% kế hoạch giai
    đoạn (cần đạt 36.000 người theo tiến độ); đúng tiến độ.``"""
    t, ru = row.target, row.rollup
    kind = TargetKind(t.kind)
    head = f"{t.name}: "
    if kind is TargetKind.CUMULATIVE:
        plan = f"kế hoạch giai đoạn {_qty(row, t.target)}" if t.target is not None else \
            "chưa có kế hoạch giai đoạn"
        if ru.to_date is None:
            return f"{head}{plan}; chưa có số liệu{_missing(row)}."
        out = f"{head}{plan}; {_years_text(r)} đạt {_qty(row, ru.to_date)}"
        if ru.percent is not None:
            out += f", bằng {format_percent(ru.percent, 2)} kế hoạch giai đoạn"
        due = f"cần đạt {_qty(row, ru.due)} theo tiến độ" if ru.due is not None \
            and not ru.final else ""
        return f"{out}{_missing(row, due)}; {_status(ru.status)}."
    if kind is TargetKind.LEVEL:
        word = "không quá" if t.direction == Direction.DECREASE else "đạt"
        plan = f"mục tiêu đến năm {r.end} {word} {_qty(row, t.target)}"
        if t.baseline is not None:
            base_year = f"năm {t.baseline_year}" if t.baseline_year else "năm cơ sở"
            plan += f" ({base_year}: {_qty(row, t.baseline)})"
        if ru.to_date is None:
            return f"{head}{plan}; chưa có số liệu{_missing(row)}."
        reached = "ở mức" if t.direction == Direction.DECREASE else "đạt"
        out = f"{head}{plan}; năm {ru.latest_year} {reached} {_qty(row, ru.to_date)}"
        if ru.percent is not None:
            out += f", bằng {format_percent(ru.percent, 2)} mục tiêu"
        due = f"theo lộ trình cần đạt {_qty(row, ru.due)}" if ru.due is not None \
            and ru.pace is not None and not ru.final else ""
        return f"{out}{_missing(row, due)}; {_status(ru.status)}."
    if kind is TargetKind.CHANGE:
        verb = "giảm" if t.direction == Direction.DECREASE else "tăng"
        unit = _points(row)
        if t.per_year:
            plan = f"mục tiêu bình quân mỗi năm {verb} {_qty(row, t.target, unit)}"
        else:
            plan = f"mục tiêu cả giai đoạn {verb} {_qty(row, t.target, unit)}"
        if t.baseline is not None:
            base_year = f"năm {t.baseline_year}" if t.baseline_year else "năm cơ sở"
            plan += f" (từ {_qty(row, t.baseline)} {base_year})"
        if ru.to_date is None or ru.change is None:
            return f"{head}{plan}; chưa có số liệu{_missing(row)}."
        moved = verb if ru.change >= 0 else ("tăng" if verb == "giảm" else "giảm")
        out = (f"{head}{plan}; năm {ru.latest_year} còn {_qty(row, ru.to_date)}"
               if verb == "giảm" else
               f"{head}{plan}; năm {ru.latest_year} đạt {_qty(row, ru.to_date)}")
        out += f", {moved} {_qty(row, abs(ru.change), unit)}"
        if t.per_year and ru.yearly_average is not None:
            out += f", bình quân mỗi năm {moved} {_qty(row, abs(ru.yearly_average), unit)}"
        if ru.percent is not None:
            out += f", bằng {format_percent(ru.percent, 2)} mục tiêu"
        return f"{out}{_missing(row)}; {_status(ru.status)}."
    return f"{head}{_n(ru.to_date) or 'chưa có số liệu'}."


def year_table(r: ProgrammeReview) -> Table:
    """Targets × years, to date, % of the programme target and status."""
    years = list(range(r.start, r.upto + 1))
    cols = [Column("Mã", 0.5, "center"), Column("Chỉ tiêu", 3.2), Column("Đơn vị tính", 0.9,
                                                                         "center"),
            Column("Kế hoạch giai đoạn", 1.1, "right")]
    cols += [Column(f"Năm {y}", 0.9, "right") for y in years]
    cols += [Column("Lũy kế / hiện trạng", 1.1, "right"), Column("% kế hoạch", 0.9, "right"),
             Column("Đánh giá", 1.2, "center")]
    rows = []
    for row in r.rows:
        t, ru = row.target, row.rollup
        plan = _n(t.target) + (" /năm" if t.per_year else "")
        shown = ru.to_date
        if TargetKind(t.kind) is TargetKind.CHANGE and t.per_year and ru.yearly_average is not None:
            to_date = f"{_n(ru.to_date)} (bình quân {_n(round(abs(ru.yearly_average), 2))}/năm)"
        else:
            to_date = _n(shown)
        rows.append([t.code, ("    " * row.depth) + t.name, t.unit, plan,
                     *[(_n(ru.years.get(y)) + (f" (T{row.partial[y]})" if y in row.partial
                                                else ""))
                       if ru.years.get(y) is not None else "—" for y in years],
                     to_date, format_percent(ru.percent, 1) if ru.percent is not None else "",
                     ru.status.label("vi")])
    return Table(cols, rows, font_size=11.0 if len(years) > 3 else 12.0)


def build_programme_review(plan: PlanHeader, r: ProgrammeReview,
                           meta: ReportMeta | None = None, today: date | None = None
                           ) -> Document:
    """The review by ``r.upto``: mid-term before the last year, final at it."""
    meta_r = common.resolve(meta, plan, None if meta is None else meta.date)
    code = common.symbol(LETTERS, plan.organisation)
    name = r.name or f"kế hoạch giai đoạn {r.code}"
    what = "Tổng kết" if r.final else "Đánh giá giữa kỳ"
    abstract = f"{what} thực hiện {name[:1].lower() + name[1:]}"
    if r.code not in abstract:
        abstract += f" giai đoạn {r.code}"
    done = r.upto - r.start + 1
    total = r.end - r.start + 1
    blocks: list = [Paragraph.of(
        f"Thực hiện {name[:1].lower() + name[1:]}, "
        f"{wording.agency_subject(plan.organisation.name) or 'cơ quan'} "
        f"báo cáo {'tổng kết' if r.final else 'đánh giá giữa kỳ'} kết quả thực hiện các chỉ "
        f"tiêu giai đoạn {r.code} tính đến hết năm {r.upto} ({done}/{total} năm của giai "
        f"đoạn; số liệu các năm lấy từ kế hoạch hằng năm đã cập nhật) như sau:")]
    blocks.append(Heading("I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN"))
    for i, row in enumerate(r.rows, start=1):
        blocks.append(Paragraph.of(f"{i}. {target_sentence(r, row)}"))
    counts: dict[TargetStatus, int] = {}
    for row in r.rows:
        counts[row.rollup.status] = counts.get(row.rollup.status, 0) + 1
    blocks.append(Heading("II. ĐÁNH GIÁ CHUNG"))
    parts = [f"{n} chỉ tiêu {_status(s)}" for s, n in counts.items()]
    blocks.append(Paragraph.of(
        f"Trong {len(r.rows)} chỉ tiêu của giai đoạn: " + "; ".join(parts) + ". "
        f"Tiến độ cần đạt được tính theo đường thẳng: hết năm {r.upto} cần đạt "
        f"{format_percent(100 * done / total, 0)} kế hoạch giai đoạn. Chi tiết theo từng năm "
        "tại Phụ lục I kèm theo."))
    for title, text in (("Khó khăn, hạn chế", meta_r.difficulties),
                        ("Nhiệm vụ, giải pháp " + ("giai đoạn tới" if r.final
                                                   else "thời gian tới"),
                         meta_r.next_steps),
                        ("Đề xuất, kiến nghị", meta_r.proposals)):
        blocks.append(Heading(f"{ROMAN[len([b for b in blocks if isinstance(b, Heading)])]}. "
                              f"{title.upper()}"))
        paras = common.paragraphs(text) if text else [DOTS] * 3
        blocks += [Paragraph.of(p, indent=p != DOTS) for p in paras]
    annex = Annex("Phụ lục I", f"KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN {r.code} THEO NĂM",
                  common.accompanying_note(TYPE_NAME, meta_r, code), [year_table(r)])
    return common.report_document(plan, meta_r, code, TYPE_NAME, abstract, blocks, [annex],
                                  f"{what} giai đoạn {r.code}")


def programme_header(db, r: ProgrammeReview) -> PlanHeader:
    """The header data: the latest yearly plan of the programme up to the
    year reached (its recipients and legal bases), else the organisation alone."""
    from cbdesk.services.issued import plan_header

    years = [y for y in r.plan_years if y <= r.upto]
    if years:
        return plan_header(db, years[-1])
    from cbdesk.services.plans import organisation
    from cbdesk.services.settings import tolerances

    with db.session() as s:
        return PlanHeader(year=r.upto, title=r.name, doc_number="", doc_date=None, abstract="",
                          addressee="", legal_bases=[], recipients=[],
                          organisation=organisation(s), tolerances=tolerances(s))


def build_review(db, code: str, upto: int | None, meta: ReportMeta | None = None) -> Document:
    from cbdesk.services.programmes import review

    r = review(db, code, upto)
    return build_programme_review(programme_header(db, r), r, meta)
