"""Plain text made into paragraphs without ReportLab's markup parser gives
what the parser gives (the same fragments, the same lines, the same PDF
bytes), and a table cell wrapped again at its width keeps its lines while a
new width breaks them anew."""

from __future__ import annotations

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from cbdesk.reports import pdf_cells
from cbdesk.reports.fonts import register_fonts
from cbdesk.reports.pdf_blocks import Styles, markup
from cbdesk.reports.pdf_cells import CellParagraph, cell_paragraph, plain_paragraph

TEXTS = [
    "Tạo việc làm mới cho 12.000 lao động",
    "  spaces   around\tand  inside  ",
    "1.234,5",
    "Trẻ em có hoàn cảnh đặc biệt được trợ giúp (tỷ lệ %)",
    "R&D < 5 > 3",  # markup characters: the parser's way
    "two\nlines",  # a line break: the parser's way
    "",
    "   ",
    "x" * 300,  # one long word
]


@pytest.fixture(scope="module")
def styles():
    return Styles(register_fonts("bundled"))


def _frag_dicts(p: Paragraph) -> list[dict]:
    return [dict(vars(f)) for f in p.frags]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("look", [{}, {"bold": True}, {"italic": True, "align": "center"},
                                  {"size": 11, "align": "right"}])
def test_plain_text_gets_the_parsers_fragments_and_lines(styles, text, look):
    style = styles.get(**look)
    fast = plain_paragraph(text, style)
    parsed = Paragraph(markup(text), style)
    assert _frag_dicts(fast) == _frag_dicts(parsed)
    assert fast.text == parsed.text
    for width in (40.0, 120.0, 400.0):
        assert fast.wrap(width, 1e6) == parsed.wrap(width, 1e6)
        assert repr(fast.blPara.lines) == repr(parsed.blPara.lines)  # frags: no __eq__


def test_a_style_the_parser_changes_goes_through_the_parser():
    style = ParagraphStyle("upper", textTransform="uppercase")
    assert pdf_cells._template(style) is None
    assert plain_paragraph("chữ thường", style).frags[0].text == \
        Paragraph("chữ thường", style).frags[0].text


def test_reports_are_the_same_bytes_with_and_without_the_parser(demo_sqlite, monkeypatch):
    from cbdesk.reports.build import render_report
    from cbdesk.services.database import open_database

    sample_db = open_database(str(demo_sqlite))

    fast = [render_report(sample_db, 2021, kind, period, None, "pdf", "bundled")
            for kind, period in (("progress", "2021-H1"), ("plan", None), ("assignments", None))]
    monkeypatch.setattr(pdf_cells, "_template", lambda style: None)  # every text parsed
    monkeypatch.setattr(CellParagraph, "wrap", Paragraph.wrap)  # every wrap done again
    slow = [render_report(sample_db, 2021, kind, period, None, "pdf", "bundled")
            for kind, period in (("progress", "2021-H1"), ("plan", None), ("assignments", None))]
    sample_db.dispose()
    assert fast == slow


def test_a_cell_keeps_its_lines_for_its_width_and_breaks_anew_for_another(styles):
    cell = cell_paragraph("Tạo việc làm mới cho lao động nông thôn", styles.get(size=11))
    calls = []
    original = Paragraph.breakLines

    def counting(self, widths):
        calls.append(widths[0])
        return original(self, widths)

    Paragraph.breakLines = counting
    try:
        narrow = cell.wrap(60.0, 1e6)
        assert cell.wrap(60.0, 10.0) == narrow  # the room below does not matter
        assert len(calls) == 1
        wide = cell.wrap(400.0, 1e6)
        assert len(calls) == 2 and wide[1] < narrow[1]
        assert cell.wrap(60.0, 1e6) == narrow and len(calls) == 3
    finally:
        Paragraph.breakLines = original
