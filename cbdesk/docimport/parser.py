"""A draft plan read from a document laid out like the department's proposal
(SPEC §2, §3.1 ``cbdesk import-plan``): header, opening paragraphs and legal
bases, section I (targets), II (tasks), III (organisation of
implementation), closing, Nơi nhận and signer.

The result is for review: whatever could not be read or placed is listed in
``ParseOutcome.problems`` in Vietnamese, never silently dropped, and no text
raises an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from cbdesk.core.plandata import OrganisationData, PlanData
from cbdesk.core.text import clean_line, fold
from cbdesk.docimport import header as hd
from cbdesk.docimport.review import mark_problems
from cbdesk.docimport.sources import (
    Item,
    Line,
    TargetTable,
    decode_bytes,
    lines_from_docx,
    lines_from_text,
)
from cbdesk.docimport.targets import GroupState, parse_section_one, parse_target_table
from cbdesk.docimport.tasks import parse_implementation, parse_tasks, roman_value

TARGETS, TASKS, IMPLEMENTATION = "targets", "tasks", "implementation"
_SECTION = re.compile(
    r"^(?:PHẦN\s+(?:THỨ\s+\S+\s*[:.\-–]?\s*)?)?(?P<label>[IVX]{1,5}|[A-Z])\s*[.:)\-–]\s*(?P<title>\S.*)$"
)
_NAMES = {TARGETS: "chỉ tiêu (I. CHỈ TIÊU CHỦ YẾU)",
          TASKS: "nhiệm vụ và giải pháp (II. NHIỆM VỤ VÀ GIẢI PHÁP)",
          IMPLEMENTATION: "tổ chức thực hiện (III. TỔ CHỨC THỰC HIỆN)"}  # fmt: skip


@dataclass
class ParseOutcome:
    """A draft plan and, in Vietnamese, what could not be read from the document."""

    plan: PlanData
    problems: list[str] = field(default_factory=list)
    # Problems marked on the targets read, by code ("" for the plan): a draft
    # is saved with them, never refused for them (docimport.review).
    marks: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def parse_plan_document(path: Path, year: int) -> ParseOutcome:
    """Read a draft plan from a ``.txt`` (UTF-8, UTF-8 with BOM, UTF-16 with
    BOM) or ``.docx`` file laid out like the seed document.

    Unreadable or unsupported files give an empty plan and a problem, not an
    exception.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".txt", ".text", ".md", ""):
        return _empty(year, f"Không đọc được tệp '{path.name}': chỉ nhận tệp .docx hoặc .txt.")
    notes: list[str] = []
    try:
        if suffix == ".docx":
            items = lines_from_docx(path)
        else:
            text, notes = decode_bytes(path.read_bytes())
            items = lines_from_text(text)
    except FileNotFoundError:
        return _empty(year, f"Không tìm thấy tệp '{path.name}'.")
    except OSError as exc:
        return _empty(year, f"Không mở được tệp '{path.name}': {exc.strerror or exc}.")
    except Exception as exc:  # noqa: BLE001 — python-docx raises many kinds for a bad file
        return _empty(year, f"Không đọc được tệp '{path.name}': tệp hỏng hoặc không phải "
                            f"tệp Word (.docx) ({type(exc).__name__}).")  # fmt: skip
    return _safe(items, year, notes)


def parse_plan_text(text: str, year: int) -> ParseOutcome:
    """Read a draft plan from the text of a document laid out like the seed."""
    return _safe(lines_from_text(text or ""), year, [])


def _empty(year: int, problem: str) -> ParseOutcome:
    return ParseOutcome(PlanData(year=year, title=f"Kế hoạch năm {year}"), [problem])


def _safe(items: list[Item], year: int, notes: list[str]) -> ParseOutcome:
    try:
        outcome = parse_items(items, year)
        outcome.marks = mark_problems(outcome.plan)
    except Exception as exc:  # noqa: BLE001 — a draft must never crash the import
        return _empty(year, f"Lỗi khi đọc văn bản (cần báo cho người phát triển): {exc!r}")
    outcome.problems[:0] = notes
    return outcome


# --------------------------------------------------------------------------- zoning


def _section_kind(title: str) -> str | None:
    low = fold(title)
    if "to chuc thuc hien" in low:
        return IMPLEMENTATION
    if "chi tieu" in low:
        return TARGETS
    if "nhiem vu" in low or "giai phap" in low:
        return TASKS
    return None


@dataclass
class _Section:
    index: int
    label: str
    title: str
    kind: str | None
    end: int = 0


def _sections(items: list[Item], start: int) -> list[_Section]:
    """Section headings: capitalised ``I. CHỈ TIÊU …`` lines (or, when Word
    numbered them, capitalised lines naming a known section)."""
    found: list[_Section] = []
    last_roman = 0
    for i, item in enumerate(items):
        if not isinstance(item, Line) or not item.text or len(item.text) > 160:
            continue
        text = item.text
        m = _SECTION.match(text)
        if m and hd.is_upper(m.group("title")):
            label, title = m.group("label"), clean_line(m.group("title"))
            kind = _section_kind(title)
            value = roman_value(label) if re.fullmatch(r"[IVX]+", label) else 0
            if kind is None and (i < start or (value and value <= last_roman)):
                continue  # a capitalised subsection numbered afresh, or header text
            if kind is None and len(label) == 1 and not value and i < start:
                continue
            last_roman = max(last_roman, value)
            found.append(_Section(i, label, title, kind))
        elif i >= start and hd.is_upper(text) and _section_kind(text) and len(text) < 100:
            found.append(_Section(i, "", clean_line(text), _section_kind(text)))
    return found


def _text_lines(items: list[Item]) -> list[str]:
    out = []
    for item in items:
        if isinstance(item, TargetTable):
            out.extend(" | ".join(c for c in row if c) for row in item.rows)
        elif item.text and not hd.is_rule(item.text):
            out.append(item.text)
    return out


@dataclass
class _Tail:
    body_end: int
    closing: str = ""
    info: hd.ClosingInfo = field(default_factory=hd.ClosingInfo)
    leftovers: list[str] = field(default_factory=list)


def _tail(items: list[Item], after: int) -> _Tail:
    """Closing paragraph, Nơi nhận and the signature block at the end."""
    n = len(items)
    texts = [item.text if isinstance(item, Line) else "" for item in items]
    recipients_at = next(
        (i for i in range(after, n) if re.match(r"^nơi\s+nhận\b", texts[i], re.I)), None
    )
    closing_at = next((i for i in range(after, n) if fold(texts[i]).startswith("tren day")), None)
    tail = _Tail(body_end=n)
    info = tail.info
    sig_start = None
    if recipients_at is None:
        # No Nơi nhận: a signature block may still close the document.
        lines = [(i, texts[i]) for i in range(after, n) if texts[i]]
        for size in range(min(5, len(lines)), 1, -1):
            chunk = lines[-size:]
            if hd.looks_like_signature([t for _, t in chunk]):
                sig_start = chunk[0][0]
                hd.parse_signature([t for _, t in chunk], info)
                break
    ends = [x for x in (recipients_at, closing_at, sig_start) if x is not None]
    tail.body_end = min(ends) if ends else n
    if closing_at is not None:
        stop = min(
            [x for x in (recipients_at, sig_start) if x is not None and x > closing_at] or [n]
        )
        closing = [texts[i] for i in range(closing_at, stop) if texts[i]]
        # Signature lines standing between the closing and Nơi nhận.
        sig = [t for t in closing[1:] if hd.is_upper(t)]
        if sig and recipients_at is not None:
            names = [t for t in closing[1:] if t not in sig]
            hd.parse_signature(sig + names[-1:], info)
            closing = [closing[0], *[t for t in names[:-1]]]
        tail.closing = "\n".join(closing)
    if recipients_at is not None:
        first = re.sub(r"^nơi\s+nhận\s*:?\s*", "", texts[recipients_at], flags=re.I)
        lines = ([first] if first else []) + [t for t in texts[recipients_at + 1 :] if t]
        rest = hd.parse_recipients(lines, info)
        if rest:
            hd.parse_signature(rest, info)
    return tail


# --------------------------------------------------------------------------- plan


def _title(info: hd.HeaderInfo, year: int) -> str:
    if info.type_name and info.abstract:
        return clean_line(
            f"{info.type_name.capitalize()} {info.abstract[:1].lower()}{info.abstract[1:]}"
        )
    m = re.search(r"kế hoạch\b.*$", info.abstract, re.IGNORECASE)
    if m:
        title = clean_line(m.group()[:1].upper() + m.group()[1:])
        return title if str(year) in title else f"{title} năm {year}"
    return f"Kế hoạch năm {year}"


def parse_items(items: list[Item], year: int) -> ParseOutcome:
    """The parser proper, over the items of a document (see ``sources``)."""
    problems: list[str] = []
    numbered = _sections(items, start=len(items))
    info = hd.parse_header(items, numbered[0].index if numbered else len(items))
    sections = _sections(items, start=info.end)
    last_heading = sections[-1].index + 1 if sections else info.end
    tail = _tail(items, last_heading)
    for k, sec in enumerate(sections):
        sec_end = sections[k + 1].index if k + 1 < len(sections) else tail.body_end
        sec.end = max(sec_end, sec.index + 1)

    intro_end = sections[0].index if sections else tail.body_end
    intro = _text_lines(items[info.end : intro_end])
    # Lines at the top that fit no part of the header: capitals are reported,
    # sentences taken as opening paragraphs.
    for text in info.unplaced:
        if hd.is_upper(text):
            problems.append(f"Phần đầu văn bản: không rõ dòng '{text[:80]}' thuộc phần nào.")
    intro[:0] = [t for t in info.unplaced if not hd.is_upper(t)]
    plan = PlanData(year=year, title=_title(info, year))
    plan.intro = intro
    plan.legal_bases = hd.legal_bases(intro)
    plan.abstract = info.abstract
    plan.addressee = info.addressee
    plan.doc_date = info.doc_date
    plan.doc_number = info.doc_number
    plan.closing = tail.closing

    state = GroupState()
    seen_kinds: set[str] = set()
    auto: list[str] = []
    for sec in sections:
        body = items[sec.index + 1 : sec.end]
        auto += [i.text for i in body if isinstance(i, Line) and i.auto_number]
        label = sec.label or "?"
        if sec.kind == TARGETS:
            seen_kinds.add(TARGETS)
            plan.targets += _targets(body, state, problems)
        elif sec.kind == TASKS:
            seen_kinds.add(TASKS)
            code = sec.label if re.fullmatch(r"[IVX]+", sec.label) else "II"
            plan.tasks += parse_tasks(_text_lines(body), code, problems)
        elif sec.kind == IMPLEMENTATION:
            seen_kinds.add(IMPLEMENTATION)
            plan.implementation += parse_implementation(_text_lines(body))
        else:
            lines = _text_lines(body)
            problems.append(f"Mục {label} '{sec.title}': không nhận ra là mục chỉ tiêu, nhiệm vụ "
                            f"hay tổ chức thực hiện; {len(lines)} đoạn trong mục chưa được đọc.")  # fmt: skip
    for kind in (TARGETS, TASKS, IMPLEMENTATION):
        if kind not in seen_kinds:
            problems.append(f"Không tìm thấy mục {_NAMES[kind]}.")
    if TARGETS in seen_kinds and not plan.targets:
        problems.append("Mục I không có chỉ tiêu nào.")
    if auto:
        examples = "; ".join(f"'{t[:50]}'" for t in auto[:3])
        problems.append(f"{len(auto)} đoạn được Word đánh số tự động (số thứ tự không có trong "
                        f"văn bản); đã suy ra số thứ tự theo danh sách, cần kiểm tra lại: {examples}.")  # fmt: skip
    if not info.agency:
        problems.append("Không đọc được tên cơ quan ban hành ở đầu văn bản.")

    closing = tail.info
    org = OrganisationData(
        parent_agency=info.parent_agency,
        name=info.agency,
        symbol=info.symbol,
        place=info.place,
        signer_authority=closing.authority,
        signer_title=closing.title,
        signer_name=closing.name,
        archive_unit=closing.archive_unit or info.archive_unit,
        recipients=list(closing.recipients),
    )
    plan.organisation = org
    plan.recipients = list(closing.recipients)
    return ParseOutcome(plan, problems)


def _targets(body: list[Item], state: GroupState, problems: list[str]):
    targets = []
    lines: list[str] = []

    def flush() -> None:
        if lines:
            first_group = max((t.group for t in targets), default=0)
            found = parse_section_one(lines, problems, state=state, first_group=first_group)
            targets.extend(found)
            lines.clear()

    for item in body:
        if isinstance(item, TargetTable):
            flush()
            first_group = max((t.group for t in targets), default=0) + 1
            targets.extend(parse_target_table(item.rows, state, first_group, problems))
        elif item.text and not hd.is_rule(item.text):
            lines.append(item.text)
    flush()
    return targets
