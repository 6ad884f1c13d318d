"""Body blocks of the document model turned into ReportLab flowables: paragraphs,
headings and tables in the sizes of Nghị định 30/2020/NĐ-CP (SPEC §3.4)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, TableStyle
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from cbdesk.reports import document as m
from cbdesk.reports.fonts import FontSet
from cbdesk.reports.pdf_cells import cell_paragraph, plain_paragraph
from cbdesk.reports.pdf_flowables import NeedRoom

BODY_SIZE = 14.0
LEADING_FACTOR = 1.25  # line spacing: SPEC allows 1–1.5
BODY_LEADING = BODY_SIZE * LEADING_FACTOR
FIRST_LINE_INDENT = 1.27 * cm
PARA_SPACE_AFTER = 6.0  # pt between paragraphs (SPEC: ≥ 6 pt)
HEADING_ROOM_LINES = 3  # body lines kept on the page together with a heading

CELL_PAD_X = 3.0
CELL_PAD_TOP = 2.0
CELL_PAD_BOTTOM = 3.0
GRID_WIDTH = 0.5
HEADER_SHADE = colors.Color(0.9, 0.9, 0.9)

_ALIGN = {"left": TA_LEFT, "center": TA_CENTER, "right": TA_RIGHT, "justify": TA_JUSTIFY}
_CELL_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT", "justify": "LEFT"}


def markup(text: str) -> str:
    """Plain text as ReportLab paragraph markup (escaped, line breaks kept)."""
    return escape(text).replace("\n", "<br/>")


def runs_markup(runs: Sequence[m.Run]) -> str:
    parts = []
    for run in runs:
        s = markup(run.text)
        if run.bold:
            s = f"<b>{s}</b>"
        if run.italic:
            s = f"<i>{s}</i>"
        parts.append(s)
    return "".join(parts)


class Styles:
    """Paragraph styles for one font family (built once per render)."""

    def __init__(self, fonts: FontSet):
        self.fonts = fonts
        self._cache: dict[tuple, ParagraphStyle] = {}

    def get(
        self,
        size: float = BODY_SIZE,
        bold: bool = False,
        italic: bool = False,
        align: str = "justify",
        indent: float = 0.0,
        leading: float | None = None,
        space_after: float = 0.0,
        space_before: float = 0.0,
    ) -> ParagraphStyle:
        key = (size, bold, italic, align, indent, leading, space_after, space_before)
        style = self._cache.get(key)
        if style is None:
            style = ParagraphStyle(
                name=f"cbdesk-{len(self._cache)}",
                fontName=self.fonts.pick(bold, italic),
                fontSize=size,
                leading=leading if leading is not None else size * LEADING_FACTOR,
                alignment=_ALIGN[align],
                firstLineIndent=indent,
                spaceAfter=space_after,
                spaceBefore=space_before,
                textColor=colors.black,
                allowWidows=0,
                allowOrphans=0,
            )
            self._cache[key] = style
        return style

    def body(self, p: m.Paragraph) -> ParagraphStyle:
        return self.get(
            bold=p.bold,
            italic=p.italic,
            align=p.align,
            indent=FIRST_LINE_INDENT if p.indent else 0.0,
            space_after=PARA_SPACE_AFTER,
        )


def paragraph(p: m.Paragraph, styles: Styles) -> Flowable:
    if len(p.runs) == 1 and not p.runs[0].bold and not p.runs[0].italic:
        return plain_paragraph(p.runs[0].text, styles.body(p))  # most: one plain run
    return RLParagraph(runs_markup(p.runs), styles.body(p))


def heading(h: m.Heading, styles: Styles) -> list[Flowable]:
    para = plain_paragraph(
        h.text,
        styles.get(
            bold=True,
            italic=h.level >= 3,
            align="left",
            indent=FIRST_LINE_INDENT,
            space_before=PARA_SPACE_AFTER if h.level == 1 else 0.0,
            space_after=PARA_SPACE_AFTER,
        ),
    )

    style = para.style

    def room(width: float) -> float:
        # An estimate from the text's width: wrapping the paragraph here as
        # well as in the frame doubled the cost of every heading.
        text_w = stringWidth(h.text, style.fontName, style.fontSize)
        lines = max(1, math.ceil(text_w / max(width - FIRST_LINE_INDENT, 1.0) * 1.05))
        return (
            para.getSpaceBefore()
            + lines * style.leading
            + PARA_SPACE_AFTER
            + HEADING_ROOM_LINES * BODY_LEADING
        )

    # A heading is never left alone at the foot of a page.
    return [NeedRoom(room), para]


def _column_widths(t: m.Table, width: float, bold_font: str | None = None) -> list[float]:
    """Column.width ratios over ``width``, widened where a header word would
    otherwise break mid-word ("ST/T"), the room taken from wider columns."""
    ratios = [c.width if c.width > 0 else 1.0 for c in t.columns]
    total = sum(ratios)
    col_w = [width * r / total for r in ratios]
    if bold_font is None:
        return col_w
    need = [
        max((stringWidth(w, bold_font, t.font_size) for w in c.title.split()), default=0.0)
        + 2 * CELL_PAD_X
        + 1.0
        for c in t.columns
    ]
    deficit = sum(max(n - w, 0.0) for n, w in zip(need, col_w, strict=True))
    slack = [max(w - n, 0.0) for n, w in zip(need, col_w, strict=True)]
    if deficit <= 0 or sum(slack) < deficit:
        return col_w
    share = deficit / sum(slack)
    return [max(n, w - s * share) for n, w, s in zip(need, col_w, slack, strict=True)]


def table(t: m.Table, styles: Styles, width: float) -> list[Flowable]:
    """A table over ``width`` points: header row bold, centred, shaded and
    repeated on every page; body cells wrap; numbers aligned per column."""
    fonts = styles.fonts
    size = t.font_size
    leading = size * 1.2
    col_w = _column_widths(t, width, fonts.bold)
    inner = [w - 2 * CELL_PAD_X - 0.5 for w in col_w]

    head_style = styles.get(size=size, bold=True, align="center", leading=leading)
    header = [cell_paragraph(c.title, head_style) for c in t.columns]
    data: list[list] = [header]
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        # every cell, flowable ones included: ReportLab sets the cell font
        # even for Paragraph cells and would otherwise pull in Helvetica
        ("FONT", (0, 0), (-1, -1), fonts.regular, size, leading),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_BOTTOM),
        # no TEXTCOLOR: a cell's text is black by default (one command fewer
        # applied to each of thousands of cells; the same PDF bytes)
    ]
    for j, c in enumerate(t.columns):
        commands.append(("ALIGN", (j, 1), (j, -1), _CELL_ALIGN[c.align]))
    for i in sorted(t.emphasis):
        if 0 <= i < len(t.rows):
            commands.append(("FONT", (0, i + 1), (-1, i + 1), fonts.bold, size, leading))

    ncols = len(t.columns)
    for i, row in enumerate(t.rows):
        bold = i in t.emphasis
        font = fonts.bold if bold else fonts.regular
        cells: list = []
        for j in range(ncols):
            text = row[j] if j < len(row) else ""
            # One-line cells stay plain strings: drawn directly, ~50× cheaper
            # than a Paragraph, which matters for 600-row tables.
            if "\n" not in text and stringWidth(text, font, size) <= inner[j]:
                cells.append(text)
            else:
                style = styles.get(size=size, bold=bold, align=t.columns[j].align, leading=leading)
                cells.append(cell_paragraph(text, style))
        data.append(cells)

    rl_table = RLTable(data, colWidths=col_w, repeatRows=1, hAlign="CENTER")
    rl_table.setStyle(TableStyle(commands))

    before: list[Flowable] = []
    if t.caption:
        before.append(
            RLParagraph(
                markup(t.caption),
                styles.get(bold=True, align="center", space_after=PARA_SPACE_AFTER / 2),
            )
        )
    if t.unit_note:
        before.append(
            RLParagraph(
                markup(t.unit_note),
                styles.get(size=13, italic=True, align="right", space_after=2),
            )
        )

    def room(avail: float) -> float:
        h = sum(f.wrap(avail, 1e6)[1] + f.getSpaceAfter() for f in before)
        head_h = max(p.wrap(w - 2 * CELL_PAD_X, 1e6)[1] for p, w in zip(header, col_w, strict=True))
        row_h = leading + CELL_PAD_TOP + CELL_PAD_BOTTOM
        return h + head_h + CELL_PAD_TOP + CELL_PAD_BOTTOM + 2 * row_h

    # Space after the table as the table's own, not a Spacer: a Spacer left
    # over at a page's foot would start a blank page of its own.
    rl_table.spaceAfter = PARA_SPACE_AFTER
    return [NeedRoom(room), *before, rl_table]


def blocks(items: Sequence[m.Block], styles: Styles, width: float) -> list[Flowable]:
    """Flowables for a list of body blocks laid over ``width`` points."""
    out: list[Flowable] = []
    for b in items:
        if isinstance(b, m.Paragraph):
            out.append(paragraph(b, styles))
        elif isinstance(b, m.Heading):
            out += heading(b, styles)
        elif isinstance(b, m.Table):
            out += table(b, styles, width)
        elif isinstance(b, m.PageBreak):
            out.append(PageBreak())
        else:
            raise TypeError(f"unknown block {type(b).__name__}")
    return out
