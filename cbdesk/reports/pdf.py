"""Render a ``Document`` to PDF in the layout of Nghị định 30/2020/NĐ-CP,
Phụ lục I (template 1.4, văn bản có tên loại) — SPEC §3.4.

A4 portrait, margins 20/20/30/15 mm (top/bottom/left/right); a two-column
header; page numbers centred in the top margin from page 2; annexes on their
own pages (landscape when asked) numbering their pages on their own; fonts
embedded as subsets; byte-identical output for the same document.
"""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from typing import Any

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Paragraph as RLParagraph
from reportlab.platypus import Table as RLTable

from cbdesk.reports import document as m
from cbdesk.reports.fonts import FontSet, register_fonts
from cbdesk.reports.pdf_blocks import BODY_SIZE, PARA_SPACE_AFTER, Styles, blocks, markup
from cbdesk.reports.pdf_flowables import CentredStack, Line, Mark, Rule, Space, record_box

MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
PAGE_NUMBER_SIZE = 13.0
PAGE_NUMBER_BASELINE = 13 * mm  # from the top edge: the digits sit ~10–13 mm down

HEADER_LEFT = 0.43  # share of the text width; the rest is the right column
HEADER_LEADING = 16.0
MOTTO_TOP = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGNING_ROOM = 27 * mm  # empty room between the title and the signer's name
# Named destinations (/FitR boxes) that digital signing places its widgets by
# (services/signing): the signing room, and each annex's first-page text frame.
SIGNER_MARK = "cbdesk_signer_block"
ANNEX_MARK = "cbdesk_annex_{}"


_INIT_FIELDS: dict[type, tuple[str, ...]] = {}


def _nfc_str(text: str) -> str:
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def nfc(value: Any) -> Any:
    """A model value with every string NFC-normalised: text typed with a
    decomposed-mark input method otherwise prints marks beside their letters.
    Values that are NFC already come back as they are (no copy); the walk is
    kept cheap because every report goes through it."""
    kind = type(value)
    if kind is str:
        return _nfc_str(value)
    if kind is list or kind is tuple:
        items = [_nfc_str(v) if type(v) is str else nfc(v) for v in value]
        if all(a is b for a, b in zip(items, value, strict=True)):
            return value
        return items if kind is list else tuple(items)
    if kind is set or kind is frozenset:
        return kind(nfc(v) for v in value)
    names = _INIT_FIELDS.get(kind)
    if names is None:
        names = _INIT_FIELDS[kind] = (
            tuple(f.name for f in dataclasses.fields(kind) if f.init)
            if dataclasses.is_dataclass(kind)
            else ()
        )
    if not names:
        return value
    changed = {}
    for name in names:
        old = getattr(value, name)
        new = nfc(old)
        if new is not old:
            changed[name] = new
    return dataclasses.replace(value, **changed) if changed else value


class _Section(PageTemplate):
    """A page template whose pages are numbered from its own first page."""

    def __init__(self, id: str, pagesize: tuple[float, float], fonts: FontSet):
        w, h = pagesize
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            w - MARGIN_LEFT - MARGIN_RIGHT,
            h - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=id + "-frame",
        )
        super().__init__(id=id, frames=[frame], pagesize=pagesize)
        self.fonts = fonts

    def beforeDrawPage(self, canv, doc) -> None:
        if getattr(doc, "_cb_section", None) != self.id:
            doc._cb_section = self.id
            doc._cb_section_start = doc.page
        number = doc.page - doc._cb_section_start + 1
        if number == 1 and self.id.startswith("annex"):
            f = self.frames[0]
            record_box(canv, ANNEX_MARK.format(self.id[5:]), f._x1, f._y1,
                       f._x1 + f._width, f._y1 + f._height)
        if number >= 2:  # no number on a section's first page
            w, h = self.pagesize
            canv.saveState()
            canv.setFont(self.fonts.regular, PAGE_NUMBER_SIZE)
            canv.drawCentredString(w / 2, h - PAGE_NUMBER_BASELINE, str(number))
            canv.restoreState()


def _text_width(size: tuple[float, float]) -> float:
    return size[0] - MARGIN_LEFT - MARGIN_RIGHT


def _fit_size(
    text: str, font: str, width: float, sizes: tuple[float, ...], fallback: float | None = None
) -> float:
    """The first size in ``sizes`` at which ``text`` fits on one line, else
    ``fallback`` (default: the smallest)."""
    for s in sizes:
        if stringWidth(text, font, s) <= width:
            return s
    return sizes[-1] if fallback is None else fallback


def _two_columns(
    left: list[Flowable] | Flowable, right: list[Flowable] | Flowable, width: float, fonts: FontSet
) -> RLTable:
    """A borderless two-column block split like the header (≈ 43 % / 57 %)."""
    t = RLTable([[left, right]], colWidths=[width * HEADER_LEFT, width * (1 - HEADER_LEFT)])
    t.setStyle(
        TableStyle(
            [
                # the cell font is set even for flowable cells: keep it ours
                ("FONT", (0, 0), (-1, -1), fonts.regular, BODY_SIZE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def _header(h: m.Header, fonts: FontSet, width: float) -> list[Flowable]:
    """Quốc hiệu and tên cơ quan: two columns, rules under agency and motto,
    then số/ký hiệu beside the place and date."""
    right_w = width * (1 - HEADER_LEFT)
    top_size = _fit_size(MOTTO_TOP, fonts.bold, right_w, (13.0, 12.5, 12.0))
    # The parent agency may drop to 12 pt (SPEC: 12–13) rather than wrap.
    left_w = width * HEADER_LEFT
    parent = h.parent_agency.upper()
    parent_size = _fit_size(parent, fonts.regular, left_w, (13.0, 12.5, 12.0), fallback=13.0)
    L = HEADER_LEADING
    left = CentredStack(
        [
            Line(parent, fonts.regular, parent_size, L),
            Line(h.agency.upper(), fonts.bold, 13, L),
            Rule(fraction=0.4, min_len=20 * mm, max_len=40 * mm),
        ]
    )
    right = CentredStack(
        [
            Line(MOTTO_TOP, fonts.bold, top_size, L, wrap=False),
            Line(MOTTO, fonts.bold, 14, L, wrap=False),
            Rule(fraction=1.0),
        ]
    )
    number_date = _two_columns(
        CentredStack([Space(8), Line(h.number_line, fonts.regular, 13, 17)]),
        CentredStack([Space(8), Line(h.place_date, fonts.italic, 14, 17)]),
        width,
        fonts,
    )
    return [_two_columns(left, right, width, fonts), number_date]


def _title(doc: m.Document, fonts: FontSet, styles: Styles) -> list[Flowable]:
    L = BODY_SIZE * 1.25
    if not doc.type_name.strip() and not doc.abstract.strip():
        # A letter (công văn): its abstract stands under the number in the header.
        items: list = [Space(12)]
        out: list[Flowable] = [CentredStack(items)]
        if doc.addressee:
            out.append(
                RLParagraph(
                    markup(doc.addressee),
                    styles.get(align="center", space_before=2, space_after=PARA_SPACE_AFTER * 2),
                )
            )
        return out
    items = [Space(20), Line(doc.type_name.upper(), fonts.bold, BODY_SIZE, L)]
    if doc.abstract:
        items += [
            Line(doc.abstract, fonts.bold, BODY_SIZE, L),
            Rule(fraction=0.4, min_len=25 * mm, max_len=80 * mm, after=10),
        ]
    else:
        items.append(Space(10))
    out: list[Flowable] = [CentredStack(items)]
    if doc.addressee:
        out.append(
            RLParagraph(
                markup(doc.addressee),
                styles.get(align="center", space_before=2, space_after=PARA_SPACE_AFTER * 2),
            )
        )
    else:
        out.append(Spacer(0, PARA_SPACE_AFTER))
    return out


def _recipient_lines(doc: m.Document) -> list[str]:
    items = [r.strip().removeprefix("- ").rstrip(" ;.") for r in doc.recipients if r.strip()]
    lines = [f"- {r};" for r in items]
    archive = doc.archive.strip().removeprefix("- ").rstrip(" ;.")
    if archive:
        lines.append(f"- {archive}.")
    return lines


def _closing(doc: m.Document, fonts: FontSet, styles: Styles, width: float) -> list[Flowable]:
    """Nơi nhận on the left, the signature on the right."""
    left: list[Flowable] = []
    lines = _recipient_lines(doc)
    if lines:
        left.append(
            RLParagraph(
                "Nơi nhận:", styles.get(size=12, bold=True, italic=True, align="left", leading=14)
            )
        )
        item_style = styles.get(size=11, align="left", leading=13)
        left += [RLParagraph(markup(x), item_style) for x in lines]
    right_items: list = []
    sig = doc.signature
    if sig is not None:
        L = BODY_SIZE * 1.25
        if sig.authority:
            right_items.append(Line(sig.authority.upper(), fonts.bold, BODY_SIZE, L))
        if sig.title:
            right_items.append(Line(sig.title.upper(), fonts.bold, BODY_SIZE, L))
        right_items += [Mark(SIGNER_MARK, SIGNING_ROOM), Line(sig.name, fonts.bold, BODY_SIZE, L)]
    if not left and not right_items:
        return []
    right = CentredStack(right_items) if right_items else Spacer(0, 0)
    return [
        Spacer(0, PARA_SPACE_AFTER * 2),
        _two_columns(left or [Spacer(0, 0)], right, width, fonts),
    ]


def _annex(i: int, annex: m.Annex, fonts: FontSet, styles: Styles) -> list[Flowable]:
    size = landscape(A4) if annex.landscape else A4
    width = _text_width(size)
    out: list[Flowable] = [NextPageTemplate(f"annex{i}"), PageBreak()]
    out.append(RLParagraph(markup(annex.title), styles.get(bold=True, align="center")))
    if annex.subtitle:
        out.append(RLParagraph(markup(annex.subtitle), styles.get(bold=True, align="center")))
    if annex.note:
        out.append(RLParagraph(markup(annex.note), styles.get(italic=True, align="center")))
    out.append(Spacer(0, 12))
    out += blocks(annex.blocks, styles, width)
    return out


def render_pdf(doc: m.Document, font: str = "auto") -> bytes:
    """The document as PDF bytes, laid out by Nghị định 30/2020/NĐ-CP.

    ``font`` is passed to :func:`register_fonts` (``auto``, ``times`` or
    ``bundled``). The same document and font give byte-identical output
    (fixed dates and ID), so a reprinted report matches the issued one.
    """
    doc = nfc(doc)
    fonts = register_fonts(font)
    styles = Styles(fonts)
    width = _text_width(A4)

    story: list[Flowable] = []
    story += _header(doc.header, fonts, width)
    story += _title(doc, fonts, styles)
    body = blocks(doc.blocks, styles, width)
    closing = _closing(doc, fonts, styles, width)
    if closing:
        # The closing block moves whole to the next page rather than split, and
        # takes the last paragraph with it so the signing page is never bare.
        tail = [body.pop()] if body and isinstance(body[-1], RLParagraph) else []
        body.append(KeepTogether(tail + closing))
    story += body
    for i, annex in enumerate(doc.annexes):
        story += _annex(i, annex, fonts, styles)

    templates = [_Section("main", A4, fonts)]
    templates += [
        _Section(f"annex{i}", landscape(A4) if a.landscape else A4, fonts)
        for i, a in enumerate(doc.annexes)
    ]
    buf = io.BytesIO()
    tpl = BaseDocTemplate(
        buf,
        pagesize=A4,
        pageTemplates=templates,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=doc.title_meta or f"{doc.type_name} {doc.abstract}".strip(),
        author=doc.author,
        subject=doc.abstract,
        creator="cbdesk",
        producer="cbdesk (ReportLab)",
        lang="vi-VN",
        invariant=1,
        initialFontName=fonts.regular,
        initialFontSize=BODY_SIZE,
        initialLeading=BODY_SIZE * 1.25,
    )
    tpl.build(story)
    return buf.getvalue()
