"""Paragraphs of the Word renderer: a paragraph with direct formatting, its
runs, a short centred rule, and the agency name and abstract rule measured
as the PDF measures them (:mod:`cbdesk.reports.docx` lays them out)."""

from __future__ import annotations

import re

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from cbdesk.reports import docx_xml as x
from cbdesk.reports.document import Run
from cbdesk.reports.docx_style import BODY_PT

ALIGN = {
    "left": WD_ALIGN_PARAGRAPH.LEFT,
    "center": WD_ALIGN_PARAGRAPH.CENTER,
    "right": WD_ALIGN_PARAGRAPH.RIGHT,
    "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
}



def para(
    container,
    runs: list[Run] | str,
    *,
    size: float = BODY_PT,
    align: str = "center",
    bold: bool = False,
    italic: bool = False,
    before: float = 0,
    after: float = 0,
    line: float | None = None,
    first_line_mm: float = 0,
    left_mm: float = 0,
    right_mm: float = 0,
    keep_next: bool = False,
    style: str | None = None,
):
    """Add a paragraph with direct formatting to ``container`` (document or cell)."""
    p = container.add_paragraph(style=style)
    fmt = p.paragraph_format
    fmt.alignment = ALIGN[align]
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing = line
    fmt.first_line_indent = Mm(first_line_mm)
    if left_mm:
        fmt.left_indent = Mm(left_mm)
    if right_mm:
        fmt.right_indent = Mm(right_mm)
    if keep_next:
        fmt.keep_with_next = True
    if isinstance(runs, str):
        runs = [Run(runs)]
    for item in runs:
        add_run(p, item.text, size=size, bold=bold or item.bold, italic=italic or item.italic)
    if not runs:
        x.set_mark_size(p, round(size * 2))
    return p


def add_run(p, text: str, *, size: float, bold: bool = False, italic: bool = False) -> None:
    run = p.add_run(x.clean(text))
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if italic:
        run.font.italic = True


def rule(container, *, width_mm: float, available_mm: float, before: float = 0):
    """A short centred rule: an empty thin paragraph with a bottom border."""
    side = max((available_mm - width_mm) / 2, 0)
    p = para(container, [], size=2, left_mm=side, right_mm=side)
    x.set_exact_line(p, 2 + before)
    x.set_bottom_border(p)
    x.set_mark_size(p, 4)
    return p


def split_caps(text: str, max_chars: int) -> str:
    """Break a long capitalised agency name at a natural point (after a dash,
    before "VÀ") so that it wraps in two balanced lines, not with an orphan."""
    text = x.clean(text).strip()
    if len(text) <= max_chars:
        return text
    best = None
    for m in re.finditer(r"(?<=-) | (?=VÀ )", text):
        head, tail = text[: m.start()].rstrip(), text[m.end() :].lstrip()
        if len(head) <= max_chars and len(tail) <= max_chars:
            score = max(len(head), len(tail))
            if best is None or score < best[0]:
                best = (score, f"{head}\n{tail}")
    return best[1] if best else text


def pdf_lines(text: str, width_mm: float, max_chars: int) -> str:
    """The agency name broken where the PDF breaks it (the same greedy fill
    with the same font metrics: Times New Roman and Liberation Serif are
    metric-compatible), so that both read "SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ
    HỘI"; the character estimate when the metrics are not at hand."""
    try:
        from reportlab.lib.units import mm

        from cbdesk.reports.fonts import register_fonts
        from cbdesk.reports.pdf_flowables import split_lines

        bold = register_fonts("bundled").bold
        return "\n".join(split_lines(x.clean(text).strip(), bold, 13, width_mm * mm))
    except Exception:  # noqa: BLE001 - a font problem must not stop a Word file
        return split_caps(text, max_chars)


def abstract_rule_mm(abstract: str, body_width: float) -> float:
    """The rule under the abstract, as in the PDF: 0,4 × its widest line,
    25–80 mm."""
    try:
        from reportlab.lib.units import mm
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from cbdesk.reports.fonts import register_fonts
        from cbdesk.reports.pdf_flowables import split_lines

        bold = register_fonts("bundled").bold
        lines = split_lines(x.clean(abstract).strip(), bold, BODY_PT, body_width * mm)
        widest = max(stringWidth(t.replace("\u00a0", " "), bold, BODY_PT) for t in lines) / mm
    except Exception:  # noqa: BLE001 - a font problem must not stop a Word file
        widest = body_width
    return min(max(widest * 0.4, 25.0), 80.0)
