"""Page setup, styles and document properties of the Word renderer
(``docx.py``): A4 with the margins of Nghị định 30/2020, Times New Roman for
every script (no theme fonts), Vietnamese language, black bold headings, a
PAGE field centred in the page header from page 2 on."""

from __future__ import annotations

import re
from datetime import datetime

from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from cbdesk.reports import docx_xml as x
from cbdesk.reports.document import Document

PAGE_W, PAGE_H = 210.0, 297.0  # A4, mm
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT = 20.0, 20.0, 30.0, 15.0
HEADER_DISTANCE = 10.0  # footer distance, mm from the bottom edge
# The page number as in the PDF: 13 pt, its baseline 13 mm from the top edge
# (pdf.PAGE_NUMBER_BASELINE). The header paragraph starts at the header
# distance and its baseline sits about one ascent lower; measured on LibreOffice's
# rendering, a header distance of 9,7 mm puts the digits where the PDF has them
# (within 0,1 mm).
PAGE_NUMBER_PT = 13.0
PAGE_NUMBER_TOP = 9.7
BODY_PT = 14
FIRST_LINE_MM = 12.7
LINE_MULTIPLE = 1.2


# --------------------------------------------------------------------------- styles


def set_fonts(rpr, font: str) -> None:
    """Name ``font`` for the ascii, hAnsi, eastAsia and cs scripts of ``rpr``."""
    for old in rpr.findall(qn("w:rFonts")):
        rpr.remove(old)
    fonts = x.el("w:rFonts", {"w:ascii": font, "w:hAnsi": font, "w:eastAsia": font, "w:cs": font})
    x.insert_ordered(rpr, fonts, x.RPR_ORDER)


def setup_styles(word, font: str) -> None:
    """Times New Roman everywhere (rFonts for all four scripts, no theme
    fonts), Vietnamese language, black headings, the body paragraph style."""
    root = word.styles.element
    for rfonts in root.iter(qn("w:rFonts")):
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            rfonts.attrib.pop(qn(attr), None)
    defaults = root.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    set_fonts(rpr, font)
    x.insert_ordered(rpr, x.el("w:sz", {"w:val": BODY_PT * 2}), x.RPR_ORDER)
    x.insert_ordered(rpr, x.el("w:szCs", {"w:val": BODY_PT * 2}), x.RPR_ORDER)
    lang = {"w:val": "vi-VN", "w:eastAsia": "vi-VN", "w:bidi": "ar-SA"}
    x.insert_ordered(rpr, x.el("w:lang", lang), x.RPR_ORDER)
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = {"w:before": 0, "w:after": 0, "w:line": 240, "w:lineRule": "auto"}
    x.insert_ordered(ppr, x.el("w:spacing", spacing), x.PPR_ORDER)

    for name in ("Normal", "Header", "Footer", "Body Text", "Heading 1", "Heading 2", "Heading 3"):
        style = word.styles[name]
        set_fonts(style.element.get_or_add_rPr(), font)
        style.font.size = Pt(BODY_PT)
        style.font.color.rgb = None
        for color in style.element.rPr.findall(qn("w:color")):
            style.element.rPr.remove(color)

    body = word.styles["Body Text"].paragraph_format
    body.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.first_line_indent = Mm(FIRST_LINE_MM)
    body.space_before = Pt(0)
    body.space_after = Pt(6)
    body.line_spacing = LINE_MULTIPLE
    body.widow_control = True

    for level in (1, 2, 3):
        style = word.styles[f"Heading {level}"]
        style.font.bold = True
        style.font.italic = level == 3
        fmt = style.paragraph_format
        fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        fmt.first_line_indent = Mm(FIRST_LINE_MM)
        fmt.space_before = Pt(6)
        fmt.space_after = Pt(6)
        fmt.line_spacing = LINE_MULTIPLE
        fmt.keep_with_next = True
        fmt.keep_together = True


def setup_section(section, *, landscape: bool) -> None:
    """A4 (portrait or landscape), Nghị định 30 margins, different first page."""
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Mm(PAGE_H), Mm(PAGE_W)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(PAGE_W), Mm(PAGE_H)
    section.top_margin = Mm(MARGIN_TOP)
    section.bottom_margin = Mm(MARGIN_BOTTOM)
    section.left_margin = Mm(MARGIN_LEFT)
    section.right_margin = Mm(MARGIN_RIGHT)
    section.header_distance = Mm(PAGE_NUMBER_TOP)
    section.footer_distance = Mm(HEADER_DISTANCE)
    section.different_first_page_header_footer = True


def page_headers(section) -> None:
    """Page number centred at the top from page 2; nothing on page 1."""
    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fmt = p.paragraph_format
    fmt.space_before = fmt.space_after = Pt(0)
    fmt.line_spacing = 1.0
    # Centred on the page as in the PDF, not on the text area: a right indent
    # of (left − right margin) puts the paragraph's middle at the page's.
    fmt.right_indent = Mm(MARGIN_LEFT - MARGIN_RIGHT)
    x.add_page_field(p)
    for run in p.runs:
        run.font.size = Pt(PAGE_NUMBER_PT)
    first = section.first_page_header
    first.is_linked_to_previous = False
    first.paragraphs[0].text = ""


# --------------------------------------------------------------------------- metadata


def _document_date(place_date: str) -> datetime:
    """The date of the place–date line; a fixed date when it has none."""
    m = re.search(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", x.clean(place_date))
    if m:
        try:
            return datetime(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        except ValueError:
            pass
    year = re.search(r"năm\s+(\d{4})", x.clean(place_date))
    if year and 1900 <= int(year.group(1)) <= 9999:
        return datetime(int(year.group(1)), 1, 1)
    return datetime(2000, 1, 1)


def core_properties(word, doc: Document) -> None:
    """Title, author and the document's own date as created/modified."""
    props = word.core_properties
    when = _document_date(doc.header.place_date)
    props.created = when
    props.modified = when
    props.last_printed = when
    props.title = x.clean(doc.title_meta or f"{doc.type_name} {doc.abstract}".strip())
    props.author = x.clean(doc.author or doc.header.agency)
    props.last_modified_by = props.author
    props.revision = 1
    props.language = "vi-VN"
    props.comments = ""
    props.keywords = ""
    props.subject = x.clean(doc.abstract)
    # python-docx's template carries a thumbnail of its own blank page.
    package = word.part.package
    for key, rel in list(package.rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(key)
