"""The Word renderer: a ``Document`` as an editable .docx laid out by
Nghị định 30/2020/NĐ-CP, Phụ lục I (SPEC §3.4) — the same report as the PDF.

Layout: A4 portrait, margins 20/20/30/15 mm (top/bottom/left/right), the body
in 14 pt Times New Roman; the two-column header block and the Nơi nhận /
signature block are borderless tables; page numbers are a PAGE field centred
in the page header from page 2 on ("different first page"); each annex is a
section of its own (landscape when asked) that numbers its pages from 1.
"""

from __future__ import annotations

import io

import docx
from docx.enum.section import WD_SECTION
from docx.shared import Mm

from cbdesk.reports import docx_style as st
from cbdesk.reports import docx_xml as x
from cbdesk.reports.document import (
    Annex,
    Block,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Table,
)
from cbdesk.reports.docx_paras import ALIGN, abstract_rule_mm, para, pdf_lines, rule, split_caps
from cbdesk.reports.docx_style import (
    BODY_PT,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_H,
    PAGE_W,
)

LEFT_SHARE = 0.43  # header and signature tables: left column share (as the PDF's)
MOTTO = "Độc lập - Tự do - Hạnh phúc"
# Width of the motto in 14 pt bold Times New Roman (Liberation Serif has the same
# metrics), measured once; the rule under it is drawn this long plus a little.
MOTTO_WIDTH_MM = 60.5
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"

def render_docx(doc: Document, font: str = "Times New Roman") -> bytes:
    """Render ``doc`` as a Word document (.docx bytes) in the legal layout.

    Every string is normalised to NFC. The output is deterministic: the core
    properties carry the document's own date (from the place–date line) and
    the package members a fixed timestamp.
    """
    word = docx.Document()
    st.setup_styles(word, font)
    body_width = PAGE_W - MARGIN_LEFT - MARGIN_RIGHT

    section = word.sections[0]
    st.setup_section(section, landscape=False)
    st.page_headers(section)

    _header_block(word, doc, body_width)
    _title_block(word, doc, body_width)
    _blocks(word, doc.blocks, body_width)
    _closing_block(word, doc, body_width)

    for annex in doc.annexes:
        _annex(word, annex)

    st.core_properties(word, doc)
    buffer = io.BytesIO()
    word.save(buffer)
    return x.normalise_zip(buffer.getvalue())


# --------------------------------------------------------------------------- header


def _layout_table(word, widths_mm: list[float]):
    table = word.add_table(rows=1, cols=len(widths_mm))
    widths = [x.twips(w) for w in widths_mm]
    x.setup_table(table._tbl, widths, grid=False, cell_margin_twips=0)
    for cell, width in zip(table.rows[0].cells, widths_mm, strict=True):
        cell.width = Mm(width)
    return table


def _cells(table, row: int):
    """The cells of ``row`` with their automatic empty paragraph removed."""
    cells = table.rows[row].cells
    for cell in cells:
        for p in list(cell.paragraphs):
            if not p.text:
                p._p.getparent().remove(p._p)
    return cells


def _header_block(word, doc: Document, body_width: float) -> None:
    """Nghị định 30 header: agency block left, national title right; the
    number line and the place–date line share the second row."""
    left_w = round(body_width * LEFT_SHARE, 1)
    right_w = body_width - left_w
    table = _layout_table(word, [left_w, right_w])
    table.add_row()
    left, right = _cells(table, 0)
    h = doc.header
    max_chars = int(left_w / 2.75)  # bold 13 pt capitals: ~2.7 mm each
    if h.parent_agency.strip():
        para(left, split_caps(h.parent_agency.upper(), int(left_w / 2.45)), size=13)
    para(left, pdf_lines(h.agency.upper(), left_w, max_chars), size=13, bold=True)
    rule(left, width_mm=min(30.0, left_w / 2), available_mm=left_w, before=1)
    para(right, NATION, size=12, bold=True)
    side = max((right_w - MOTTO_WIDTH_MM) / 2 - 0.8, 0)
    motto = para(right, MOTTO, size=14, bold=True, left_mm=side, right_mm=side)
    x.set_bottom_border(motto)

    number, place_date = _cells(table, 1)
    para(number, h.number_line, size=13, before=6)
    para(place_date, h.place_date, size=14, italic=True, before=6)


def _title_block(word, doc: Document, body_width: float) -> None:
    # A letter (công văn) has neither: its abstract stands in the header.
    if doc.type_name.strip():
        para(word, doc.type_name.upper(), bold=True, before=18, keep_next=True)
    if doc.abstract.strip():
        para(word, doc.abstract, bold=True, keep_next=True, line=1.1)
        rule(word, width_mm=abstract_rule_mm(doc.abstract, body_width),
              available_mm=body_width, before=2)
    if doc.addressee.strip():
        text = x.clean(doc.addressee).strip()
        if not text.lower().startswith("kính gửi"):
            text = f"Kính gửi: {text}"
        para(word, text, before=12, after=6)
    para(word, "", size=6, after=6)


# --------------------------------------------------------------------------- body


def _blocks(word, blocks: list[Block], width_mm: float) -> None:
    for block in blocks:
        if isinstance(block, Heading):
            p = word.add_paragraph(style=f"Heading {min(max(block.level, 1), 3)}")
            p.add_run(x.clean(block.text))
        elif isinstance(block, Paragraph):
            p = word.add_paragraph(style="Body Text")
            fmt = p.paragraph_format
            if block.align != "justify":
                fmt.alignment = ALIGN[block.align]
            if not block.indent:
                fmt.first_line_indent = Mm(0)
            for run in block.runs:
                r = p.add_run(x.clean(run.text))
                if run.bold or block.bold:
                    r.font.bold = True
                if run.italic or block.italic:
                    r.font.italic = True
        elif isinstance(block, Table):
            _table(word, block, width_mm)
        elif isinstance(block, PageBreak):
            word.add_page_break()


def _column_widths_mm(table: Table, width_mm: float) -> list[float]:
    """Column widths as the PDF lays them out (the column ratios, widened
    where a header word would break inside itself: "Nguyên Bình" never reads
    "Nguyê|n Bình"), with Word's 1,5 mm cell margins."""
    columns = table.columns
    total = sum(max(c.width, 0.01) for c in columns)
    widths = [width_mm * max(c.width, 0.01) / total for c in columns]
    try:
        from reportlab.lib.units import mm
        from reportlab.pdfbase.pdfmetrics import stringWidth

        from cbdesk.reports.fonts import register_fonts

        bold = register_fonts("bundled").bold
    except Exception:  # noqa: BLE001 - no metrics: the plain ratios
        return widths
    need = [max((stringWidth(w, bold, table.font_size) for w in c.title.split()),
                default=0.0) / mm + 2 * 1.5 + 0.8 for c in columns]
    deficit = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    slack = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
    if deficit <= 0 or sum(slack) < deficit:
        return widths
    share = deficit / sum(slack)
    return [max(n, w - s * share) for n, w, s in zip(need, widths, slack, strict=True)]


def _table(word, table: Table, width_mm: float) -> None:
    """A gridded table whose header row repeats on every page."""
    if table.caption.strip():
        para(word, table.caption, bold=True, before=6, after=3, keep_next=True)
    if table.unit_note.strip():
        para(word, table.unit_note, italic=True, align="right", after=3, keep_next=True)
    columns = table.columns or []
    if not columns:
        return
    widths = [x.twips(w) for w in _column_widths_mm(table, width_mm)]
    size = round(table.font_size * 2)
    t = word.add_table(rows=0, cols=len(columns))
    tbl = t._tbl
    x.setup_table(tbl, widths, grid=True, cell_margin_twips=x.twips(1.5))
    aligns = [c.align for c in columns]
    n = len(columns)
    rows = [
        x.row_xml([c.title for c in columns], widths, ["center"] * n,
                  size_half_points=size, bold=True, header=True)
    ]  # fmt: skip
    for index, row in enumerate(table.rows):
        values = [str(v) for v in list(row)[:n]] + [""] * (n - len(row))
        rows.append(x.row_xml(values, widths, aligns, size_half_points=size,
                              bold=index in table.emphasis, header=False))  # fmt: skip
    x.append_rows(tbl, rows)
    para(word, "", size=6, after=0)


# --------------------------------------------------------------------------- closing


def _closing_block(word, doc: Document, body_width: float) -> None:
    """Nơi nhận (left) beside the signature block (right)."""
    if not doc.recipients and doc.signature is None and not doc.archive:
        return
    left_w = round(body_width * 0.45, 1)
    table = _layout_table(word, [left_w, body_width - left_w])
    left, right = _cells(table, 0)
    para(left, "Nơi nhận:", size=12, bold=True, italic=True, align="left", before=6)
    items = [f"- {x.clean(r).strip().rstrip(';.')};" for r in doc.recipients if r.strip()]
    archive = x.clean(doc.archive).strip().rstrip(";.")
    if archive:
        items.append(f"- {archive}.")
    for item in items:
        para(left, item, size=11, align="left")
    sig = doc.signature
    if sig is not None:
        para(right, sig.authority.upper(), bold=True, before=6)
        if sig.title.strip():
            para(right, sig.title.upper(), bold=True)
        for _ in range(4):
            para(right, "", size=BODY_PT, line=1.2)
        para(right, sig.name, bold=True)
    else:
        para(right, "")


def _annex(word, annex: Annex) -> None:
    """An annex: a new section, landscape when asked, pages numbered from 1."""
    section = word.add_section(WD_SECTION.NEW_PAGE)
    st.setup_section(section, landscape=annex.landscape)
    x.restart_page_numbers(section, 1)
    width = (PAGE_H if annex.landscape else PAGE_W) - MARGIN_LEFT - MARGIN_RIGHT
    para(word, annex.title, bold=True, keep_next=True)
    if annex.subtitle.strip():
        para(word, annex.subtitle, bold=True, before=3, keep_next=True)
    if annex.note.strip():
        para(word, annex.note, italic=True, before=3, keep_next=True)
    para(word, "", size=6, after=6)
    _blocks(word, annex.blocks, width)
