"""Low-level WordprocessingML helpers for the Word renderer (``docx.py``).

python-docx covers paragraphs, runs and sections; what it lacks — paragraph
borders, repeating header rows, page-number fields, borderless layout tables,
page-number restarts — is written here as raw OOXML, with child elements kept
in the order the schema demands (Word refuses files whose elements are out of
order; LibreOffice is more forgiving, so the tests alone would not catch it).
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn

from cbdesk.core.text import nfc

# Schema order of the children we touch (ECMA-376 Part 1, §17).
PPR_ORDER = [
    "w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:framePr",
    "w:widowControl", "w:numPr", "w:suppressLineNumbers", "w:pBdr", "w:shd",
    "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
    "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd",
    "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents",
    "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr",
    "w:sectPr", "w:pPrChange",
]  # fmt: skip
RPR_ORDER = [
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps",
    "w:strike", "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint",
    "w:noProof", "w:snapToGrid", "w:vanish", "w:webHidden", "w:color", "w:spacing",
    "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u",
    "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs",
    "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish", "w:oMath",
]  # fmt: skip
TBLPR_ORDER = [
    "w:tblStyle", "w:tblpPr", "w:tblOverlap", "w:bidiVisual", "w:tblStyleRowBandSize",
    "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing", "w:tblInd",
    "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook",
]  # fmt: skip
SECTPR_ORDER = [
    "w:headerReference", "w:footerReference", "w:footnotePr", "w:endnotePr", "w:type",
    "w:pgSz", "w:pgMar", "w:paperSrc", "w:pgBorders", "w:lnNumType", "w:pgNumType",
    "w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg", "w:textDirection",
    "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings",
]  # fmt: skip

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def clean(text: str) -> str:
    """NFC text without the control characters XML cannot hold."""
    return _ILLEGAL_XML.sub("", nfc(text))


def twips(mm: float) -> int:
    """Millimetres to twentieths of a point (the unit of most OOXML lengths)."""
    return round(mm * 1440 / 25.4)


def el(tag: str, attrs: dict[str, object] | None = None, children: Iterable = ()):
    """A new OOXML element ``tag`` with ``w:``-qualified attributes and children."""
    node = OxmlElement(tag)
    for key, value in (attrs or {}).items():
        node.set(qn(key), str(value))
    for child in children:
        node.append(child)
    return node


def insert_ordered(parent, child, order: Sequence[str]):
    """Put ``child`` into ``parent`` at its schema position, replacing any
    element of the same tag (except repeatable references)."""
    tag = child.tag
    names = [qn(t) for t in order]
    if tag in names and not tag.endswith(("headerReference", "footerReference")):
        for old in parent.findall(tag):
            parent.remove(old)
    rank = names.index(tag) if tag in names else len(names)
    for i, existing in enumerate(parent):
        if existing.tag in names and names.index(existing.tag) > rank:
            parent.insert(i, child)
            return child
    parent.append(child)
    return child


def ppr(paragraph):
    """The ``w:pPr`` of a python-docx paragraph, created when missing."""
    return paragraph._p.get_or_add_pPr()


def set_bottom_border(paragraph, size_eighths: int = 6, space_pt: int = 1) -> None:
    """A single black rule under the paragraph, as wide as its indents allow."""
    border = el("w:pBdr", children=[
        el("w:bottom", {"w:val": "single", "w:sz": size_eighths, "w:space": space_pt,
                        "w:color": "000000"}),
    ])  # fmt: skip
    insert_ordered(ppr(paragraph), border, PPR_ORDER)


def set_mark_size(paragraph, half_points: int) -> None:
    """Font size of the paragraph mark: sets the height of an empty paragraph."""
    rpr = el("w:rPr", children=[el("w:sz", {"w:val": half_points}),
                                el("w:szCs", {"w:val": half_points})])  # fmt: skip
    insert_ordered(ppr(paragraph), rpr, PPR_ORDER)


def set_exact_line(paragraph, points: float) -> None:
    """Exact line height (used for the thin paragraphs that carry a rule)."""
    spacing = el("w:spacing", {"w:before": 0, "w:after": 0, "w:line": round(points * 20),
                               "w:lineRule": "exact"})  # fmt: skip
    insert_ordered(ppr(paragraph), spacing, PPR_ORDER)


def add_page_field(paragraph) -> None:
    """Append a PAGE field (complex field, cached result "1") to the paragraph."""
    p = paragraph._p

    def run(*children):
        return el("w:r", children=children)

    p.append(run(el("w:fldChar", {"w:fldCharType": "begin"})))
    instr = el("w:instrText", {"xml:space": "preserve"})
    instr.text = " PAGE "
    p.append(run(instr))
    p.append(run(el("w:fldChar", {"w:fldCharType": "separate"})))
    result = el("w:t")
    result.text = "1"
    p.append(run(result))
    p.append(run(el("w:fldChar", {"w:fldCharType": "end"})))


def restart_page_numbers(section, start: int = 1) -> None:
    """Make ``section`` number its pages from ``start``."""
    insert_ordered(section._sectPr, el("w:pgNumType", {"w:start": start}), SECTPR_ORDER)


def _borders(tag: str, value: str) -> object:
    sides = ["w:top", "w:left", "w:bottom", "w:right", "w:insideH", "w:insideV"]
    attrs = {"w:val": value}
    if value != "nil":
        attrs.update({"w:sz": 4, "w:space": 0, "w:color": "000000"})
    return el(tag, children=[el(side, attrs) for side in sides])


def setup_table(tbl, widths_twips: Sequence[int], *, grid: bool, cell_margin_twips: int) -> None:
    """Fixed layout, exact column widths, and either a black grid or no borders."""
    tbl_pr = tbl.tblPr
    for tag in ("w:tblStyle",):
        for old in tbl_pr.findall(qn(tag)):
            tbl_pr.remove(old)
    insert_ordered(tbl_pr, el("w:tblW", {"w:w": sum(widths_twips), "w:type": "dxa"}), TBLPR_ORDER)
    insert_ordered(tbl_pr, el("w:tblInd", {"w:w": 0, "w:type": "dxa"}), TBLPR_ORDER)
    insert_ordered(tbl_pr, _borders("w:tblBorders", "single" if grid else "nil"), TBLPR_ORDER)
    insert_ordered(tbl_pr, el("w:tblLayout", {"w:type": "fixed"}), TBLPR_ORDER)
    margins = el("w:tblCellMar", children=[
        el("w:top", {"w:w": 0, "w:type": "dxa"}),
        el("w:left", {"w:w": cell_margin_twips, "w:type": "dxa"}),
        el("w:bottom", {"w:w": 0, "w:type": "dxa"}),
        el("w:right", {"w:w": cell_margin_twips, "w:type": "dxa"}),
    ])  # fmt: skip
    insert_ordered(tbl_pr, margins, TBLPR_ORDER)
    grid_el = tbl.tblGrid
    for col in list(grid_el):
        grid_el.remove(col)
    for width in widths_twips:
        grid_el.append(el("w:gridCol", {"w:w": width}))


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_JC = {"left": "left", "center": "center", "right": "right", "justify": "both"}


def _run_xml(text: str, size_half_points: int, bold: bool) -> str:
    props = "<w:b/><w:bCs/>" if bold else ""
    props += f'<w:sz w:val="{size_half_points}"/><w:szCs w:val="{size_half_points}"/>'
    body = []
    for i, line in enumerate(clean(text).split("\n")):
        if i:
            body.append("<w:br/>")
        for j, part in enumerate(line.split("\t")):
            if j:
                body.append("<w:tab/>")
            if part:
                body.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r><w:rPr>{props}</w:rPr>{''.join(body)}</w:r>"


def row_xml(
    cells: Sequence[str],
    widths: Sequence[int],
    aligns: Sequence[str],
    *,
    size_half_points: int,
    bold: bool,
    header: bool,
) -> str:
    """One table row as WordprocessingML text: each cell one paragraph with
    tight spacing, vertically centred; the header row repeats on every page;
    no row splits across pages."""
    out = ["<w:tr><w:trPr><w:cantSplit/>", "<w:tblHeader/>" if header else "", "</w:trPr>"]
    for text, width, align in zip(cells, widths, aligns, strict=True):
        out.append(
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/>'
            f'</w:tcPr><w:p><w:pPr><w:keepLines/><w:spacing w:before="40" w:after="40" '
            f'w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/>'
            f'<w:jc w:val="{_JC.get(align, "left")}"/></w:pPr>'
            f"{_run_xml(text, size_half_points, bold)}</w:p></w:tc>"
        )
    out.append("</w:tr>")
    return "".join(out)


def append_rows(tbl, rows_xml: Iterable[str]) -> None:
    """Parse rows made by :func:`row_xml` in one go and add them to ``tbl``
    (one parse for the whole table: fast for annexes of hundreds of rows)."""
    wrapper = parse_xml(f'<w:tbl xmlns:w="{_W_NS}">{"".join(rows_xml)}</w:tbl>')
    for tr in list(wrapper):
        tbl.append(tr)


def normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed member timestamps so that the same
    document always gives the same bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
