"""The plan document itself, laid out like the document it was transcribed
from (SPEC §3.4 ``plan``): header, abstract, addressee, the opening
paragraphs, ``I. CHỈ TIÊU CHỦ YẾU`` as the plan's own sentences with its
figures, ``II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN`` task by task, ``III. TỔ CHỨC
THỰC HIỆN``, the closing paragraph, recipients and signature.

A plan sent as a letter (it has an addressee, like the sample's proposal) is
a công văn: no type name, ``V/v …`` as its abstract and the agency's own
symbol in the number; otherwise it is a ``KẾ HOẠCH`` (symbol ``KH``).
"""

from __future__ import annotations

from cbdesk.core.plandata import PlanData, TargetData, TaskData
from cbdesk.core.text import clean_line
from cbdesk.core.vnformat import format_number
from cbdesk.reports import common
from cbdesk.reports.document import Document, Heading, Paragraph
from cbdesk.services.issued import PlanHeader
from cbdesk.services.tasks_view import task_number

TYPE_NAME = "KẾ HOẠCH"
LETTERS = "KH"


def header_of(data: PlanData) -> PlanHeader:
    """The report header of a plan read as PlanData."""
    return PlanHeader(
        year=data.year, title=data.title, doc_number=data.doc_number, doc_date=data.doc_date,
        abstract=data.abstract, addressee=data.addressee, legal_bases=list(data.legal_bases),
        recipients=list(data.recipients), organisation=data.organisation,
    )


def _figure(t: TargetData, padded: bool) -> str:
    """The target's figure as the plan writes it: ``12.000``, ``3,45``; padded
    to two digits for ``{value2}`` (``02 xã``)."""
    if t.target is None:
        return ""
    text = format_number(t.target, t.decimals)
    if padded and text.isdigit() and len(text) < 2:
        text = text.rjust(2, "0")
    return text


def statement_text(t: TargetData) -> str:
    """The target's sentence with its figure; a target entered without one
    (added on screen) reads ``Name: 12.000 người.``"""
    if t.statement.strip():
        return t.statement.replace("{value2}", _figure(t, True)).replace(
            "{value}", _figure(t, False))
    if t.target is None:
        return f"{t.name}. "
    unit = t.unit or ""
    figure = _figure(t, False)
    quantity = f"{figure}{unit}" if unit == "%" else f"{figure} {unit}".strip()
    return f"{t.name}: {quantity}. "


def target_bullets(targets: list[TargetData]) -> list[str]:
    """One ``- …`` bullet per statement group, its statements joined in plan
    order; targets without a group stand alone."""
    groups: dict[object, list[str]] = {}
    for i, t in enumerate(targets):
        key = t.group if t.group else ("alone", i)
        groups.setdefault(key, []).append(statement_text(t))
    return [f"- {clean_line(''.join(parts))}" for parts in groups.values()]


def task_blocks(tasks: list[TaskData]) -> list:
    """Each task: ``1. <title>`` (``3.1. <title>`` one level down), then its
    description paragraphs."""
    depth: dict[str, int] = {}
    out: list = []
    for t in tasks:
        level = depth.get(t.parent_code, -1) + 1 if t.parent_code else 0
        depth[t.code] = level
        out.append(Heading(f"{task_number(t.code)}. {t.title}", 2 if level == 0 else 3))
        out += [Paragraph.of(p) for p in common.paragraphs(t.description.replace("\n", "\n\n"))]
    return out


def build(data: PlanData, meta: common.Resolved) -> Document:
    """The plan document of ``data``."""
    plan = header_of(data)
    letter = bool(meta.addressee)
    code = common.symbol("" if letter else LETTERS, data.organisation)
    number = meta.number or data.doc_number
    resolved = common.Resolved(**{**vars(meta), "number": number})

    if letter:
        abstract = clean_line(data.abstract) or data.title
        abstract = abstract if abstract.lower().startswith("v/v") else \
            f"V/v {abstract[:1].lower()}{abstract[1:]}"
        type_name = ""
    else:
        abstract = clean_line(data.abstract) or data.title
        type_name = TYPE_NAME

    blocks: list = []
    if not letter:
        blocks += common.legal_basis_paragraphs(data.legal_bases)
    blocks += [Paragraph.of(clean_line(p)) for p in data.intro if clean_line(p)]
    if data.targets:
        blocks.append(Heading("I. CHỈ TIÊU CHỦ YẾU", 1))
        blocks += [Paragraph.of(b) for b in target_bullets(data.targets)]
    if data.tasks:
        blocks.append(Heading("II. NHIỆM VỤ VÀ GIẢI PHÁP THỰC HIỆN", 1))
        blocks += task_blocks(data.tasks)
    items = [clean_line(x) for x in data.implementation if clean_line(x)]
    if items:
        blocks.append(Heading("III. TỔ CHỨC THỰC HIỆN", 1))
        blocks += [Paragraph.of(f"{i}. {x}") for i, x in enumerate(items, 1)]
    if clean_line(data.closing):
        blocks.append(Paragraph.of(clean_line(data.closing)))

    head = common.header(plan, resolved, code)
    if letter:
        # A công văn has no type name; its "V/v …" sits under the number, in
        # the left column of the header (Nghị định 30/2020, Phụ lục I, công văn).
        head.number_line = f"{head.number_line}\n{abstract}"
        abstract = ""
    return Document(
        header=head,
        type_name=type_name,
        abstract=abstract,
        addressee=f"Kính gửi: {meta.addressee}" if letter else "",
        blocks=blocks,
        recipients=meta.recipients,
        archive=meta.archive,
        signature=common.signature(meta),
        title_meta=data.title,
        author=data.organisation.name,
    )
