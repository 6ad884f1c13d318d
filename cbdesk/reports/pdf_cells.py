"""Paragraphs of plain text made without the markup parser, and table
cells measured once.

A progress report has about 1.400 paragraphs (cells, headings, a line per
target). ReportLab's Paragraph runs every text through its markup parser
(an HTMLParser per paragraph) even when there is no markup in it, and a
table measures its rows again each time it splits over a page, breaking
the same cell into the same lines at the same width. Those two were a third
of the report's layout time. Plain text here gets the fragment the parser
would have made (cloned from one it made for the style), and a cell keeps
its lines for the width it was measured at. The PDF bytes are the same
(tests/unit/test_pdf_cells.py).
"""

from __future__ import annotations

import copy
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import cleanBlockQuotedText
from reportlab.platypus.paraparser import ParaParser

_MARKUP = frozenset("&<>\n")  # what the parser would read as more than text
_FRAGS: dict[int, tuple] = {}  # id(style) -> (style, the parser's fragment for it)


class CellParagraph(Paragraph):
    """A Paragraph that, wrapped again at the width it was wrapped at, keeps
    the lines it broke (the height does not depend on the room below)."""

    _wrapped = None  # (width, result)

    def wrap(self, availWidth, availHeight):  # noqa: N803 (ReportLab's names)
        done = self._wrapped
        if done is not None and done[0] == availWidth:
            return done[1]
        got = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, got)
        return got


def cell_paragraph(text: str, style) -> CellParagraph:
    """``text`` (plain, not markup) as a table cell's paragraph in ``style``."""
    return plain_paragraph(text, style, CellParagraph)


def plain_paragraph(text: str, style, kind: type[Paragraph] = Paragraph) -> Paragraph:
    """``text`` (plain, not markup) as a ``kind`` of Paragraph in ``style``:
    what ``kind(markup(text), style)`` makes, without the parser when there
    is nothing for it to read."""
    if not text or not _MARKUP.isdisjoint(text):
        return kind(escape(text).replace("\n", "<br/>"), style)
    frag = _template(style)
    clean = cleanBlockQuotedText(text)
    if frag is None or not clean:
        return kind(text, style)
    one = copy.copy(frag)
    one.text = clean
    return kind(clean, style, frags=[one])


def _template(style):
    """The fragment the parser makes for a plain word in ``style`` (None when
    it makes something else: then every cell goes through the parser)."""
    kept = _FRAGS.get(id(style))
    if kept is not None and kept[0] is style:
        return kept[1]
    parsed_style, frags, bullet = ParaParser().parse("x", style)
    frag = frags[0] if (frags and len(frags) == 1 and parsed_style is style
                        and not bullet and not getattr(style, "textTransform", None)) else None
    if len(_FRAGS) > 256:
        _FRAGS.clear()
    _FRAGS[id(style)] = (style, frag)
    return frag
