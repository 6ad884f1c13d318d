"""The document model shared by the PDF and the Word renderers.

A report kind (progress, plan, assignments) builds a ``Document`` from service
data — every figure already formatted by ``cbdesk.core`` — and a renderer lays
it out by Nghị định 30/2020/NĐ-CP, Phụ lục I. Renderers hold no domain logic and
no formulas; the model holds no layout measurements.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Align = Literal["left", "center", "right", "justify"]


@dataclass
class Run:
    """A piece of a paragraph with its own emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Paragraph:
    """A body paragraph: 13–14 pt, justified, first-line indent (SPEC §3.4)."""

    runs: list[Run]
    align: Align = "justify"
    indent: bool = True  # first-line indent
    italic: bool = False  # whole paragraph in italics (legal bases)
    bold: bool = False

    @classmethod
    def of(cls, text: str, **kw) -> Paragraph:
        return cls([Run(text)], **kw)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Heading:
    """A section heading in the body.

    level 1: "I. KẾT QUẢ THỰC HIỆN" (bold); level 2: "1. Lĩnh vực …" (bold);
    level 3: "1.1. …" (bold italic). Headings are left-aligned with the body's
    first-line indent and never left alone at the bottom of a page.
    """

    text: str
    level: int = 1


@dataclass
class Column:
    title: str
    width: float = 1.0  # relative width
    align: Align = "left"  # alignment of the body cells (numbers: right)


@dataclass
class Table:
    """A table whose header row repeats on every page.

    ``rows`` hold already-formatted strings. ``emphasis`` marks rows drawn in
    bold (group or parent rows) by index. ``font_size`` lets wide annex tables
    use 11–12 pt.
    """

    columns: list[Column]
    rows: list[list[str]]
    emphasis: set[int] = field(default_factory=set)
    font_size: float = 12.0
    caption: str = ""  # optional bold centred line above the table
    unit_note: str = ""  # optional italic right-aligned line, e.g. "Đơn vị tính: người"


@dataclass
class PageBreak:
    pass


Block = Paragraph | Heading | Table | PageBreak


@dataclass
class Header:
    """The two-column block at the top of page 1."""

    parent_agency: str  # "UBND TỈNH CAO BẰNG" — capitals, upright
    agency: str  # "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" — capitals, bold, rule under
    number_line: str  # "Số: 05/BC-SLĐTBXH" (or "Số:      /BC-SLĐTBXH" when unnumbered)
    place_date: str  # "Cao Bằng, ngày 05 tháng 01 năm 2021" — italics


@dataclass
class Signature:
    authority: str  # "KT. GIÁM ĐỐC" or "GIÁM ĐỐC" — bold capitals
    title: str  # "PHÓ GIÁM ĐỐC" or "" — bold capitals
    name: str  # bold


@dataclass
class Annex:
    """A Phụ lục: starts on a new page, numbers its own pages, may be landscape."""

    title: str  # "Phụ lục I" — 14 pt bold, centred
    subtitle: str  # e.g. "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU THEO ĐỊA BÀN" — bold
    note: str = ""  # italic line under the subtitle, e.g. "(Kèm theo Báo cáo số …)"
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = True


@dataclass
class Document:
    """A whole administrative document (văn bản có tên loại)."""

    header: Header
    type_name: str  # "BÁO CÁO", "KẾ HOẠCH" — bold capitals, centred
    abstract: str  # trích yếu, bold, centred, short rule under it
    addressee: str = ""  # "Kính gửi: …" (centred) when the document has one
    blocks: list[Block] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)  # items without "- " and ";"
    archive: str = "Lưu: VT"  # last recipient item, printed "- Lưu: VT, VP."
    signature: Signature | None = None
    annexes: list[Annex] = field(default_factory=list)
    title_meta: str = ""  # PDF/DOCX metadata title
    author: str = ""
