"""Reading a plan document into a flat list of items: text lines (one per
paragraph) and target tables.

A ``.txt`` file may come as UTF-8 (with or without BOM), UTF-16 with BOM, or
— from old Vietnamese Windows set-ups — Windows-1258; text may be NFD. A
``.docx`` gives its paragraphs in order and its tables' cell text; layout
tables (the two-column header, Nơi nhận beside the signature) are read column
by column so they come out in the order a person reads them. Word's automatic
list numbering is not part of the paragraph text; it is rebuilt from the
numbering definitions and flagged so the parser can say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from cbdesk.core.text import clean_line, fold, nfc


@dataclass
class Line:
    """One paragraph (or one line of a .txt file)."""

    text: str
    # Column pieces when the line held a tab-separated layout (header block).
    parts: list[str] = field(default_factory=list)
    # The number in front of the text was rebuilt from Word's list numbering.
    auto_number: bool = False
    # First line of a new table cell of a layout table.
    cell_start: bool = False


@dataclass
class TargetTable:
    """A table whose header row reads like ``chỉ tiêu | đơn vị tính | kế hoạch``."""

    rows: list[list[str]]


Item = Line | TargetTable

_MARKDOWN = re.compile(r"\*\*|__")
_GAP = re.compile(r"\t+| {3,}")


# Longer than any paragraph of a real plan; what is beyond is not read (a
# hostile 50 MB paragraph would otherwise take minutes and gigabytes).
MAX_PARAGRAPH_CHARS = 20_000


def _line(raw: str) -> Line:
    raw = _MARKDOWN.sub("", nfc(raw[:MAX_PARAGRAPH_CHARS]))
    pieces = [clean_line(p) for p in _GAP.split(raw.strip())]
    pieces = [p for p in pieces if p]
    return Line(text=" ".join(pieces), parts=pieces if len(pieces) > 1 else [])


def lines_from_text(text: str) -> list[Item]:
    """Split plain text into lines, NFC, Markdown bold markers removed."""
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n").lstrip("\ufeff")
    return [_line(raw) for raw in text.split("\n")]


def decode_bytes(data: bytes) -> tuple[str, list[str]]:
    """Text of a .txt file and the problems met decoding it."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if data.count(b"\x00") > len(data) // 4:  # UTF-16 without a BOM
        for codec in ("utf-16-le", "utf-16-be"):
            try:
                return data.decode(codec), []
            except UnicodeDecodeError:
                continue
    note = (
        "Tệp không ở dạng UTF-8; đã đọc theo bảng mã Windows-1258, cần kiểm tra lại chữ tiếng Việt."
    )
    return data.decode("cp1258", errors="replace"), [note]


# --------------------------------------------------------------------------- .docx

_ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]  # fmt: skip


def _roman(n: int) -> str:
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def _letters(n: int) -> str:
    # Word's letter numbering: a…z, then aa…zz, aaa…
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _format_counter(n: int, fmt: str) -> str:
    if fmt in ("lowerLetter",):
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n).lower()
    if fmt == "upperRoman":
        return _roman(n)
    if fmt in ("none", ""):
        return ""
    return str(n)


class _Numbering:
    """Word list numbering: definitions and running counters."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}
        self.counters: dict[str, list[int]] = {}
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for node in root.findall(qn("w:abstractNum")):
            abstract[node.get(qn("w:abstractNumId"))] = self._levels(node)
        for num in root.findall(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else "", {}))
            for override in num.findall(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl")) or 0)
                start = override.find(qn("w:startOverride"))
                lvl = override.find(qn("w:lvl"))
                if lvl is not None:
                    levels.update(self._levels_of([lvl]))
                if start is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    levels[ilvl] = (fmt, text, int(start.get(qn("w:val")) or 1))
            self.levels[num.get(qn("w:numId"))] = levels

    def _levels(self, node) -> dict[int, tuple[str, str, int]]:
        return self._levels_of(node.findall(self.qn("w:lvl")))

    def _levels_of(self, lvls) -> dict[int, tuple[str, str, int]]:
        qn = self.qn
        out = {}
        for lvl in lvls:
            ilvl = int(lvl.get(qn("w:ilvl")) or 0)
            fmt = lvl.find(qn("w:numFmt"))
            text = lvl.find(qn("w:lvlText"))
            start = lvl.find(qn("w:start"))
            out[ilvl] = (
                fmt.get(qn("w:val")) if fmt is not None else "decimal",
                text.get(qn("w:val")) if text is not None else "",
                int(start.get(qn("w:val")) or 1) if start is not None else 1,
            )
        return out

    def label(self, num_id: str, ilvl: int) -> tuple[str, bool]:
        """The label Word would print, and whether it is a number (not a bullet)."""
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return "", False
        fmt, _, _ = levels[ilvl]
        counters = self.counters.setdefault(num_id, [0] * 10)
        if ilvl < len(counters):
            if counters[ilvl] == 0:
                counters[ilvl] = levels[ilvl][2]
            else:
                counters[ilvl] += 1
            for deeper in range(ilvl + 1, len(counters)):
                counters[deeper] = 0
        if fmt == "bullet":
            return "-", False

        def sub(m: re.Match) -> str:
            level = int(m.group(1)) - 1
            lfmt, _, lstart = levels.get(level, ("decimal", "", 1))
            value = counters[level] if 0 <= level < len(counters) else 0
            return _format_counter(value or lstart, lfmt)

        text = re.sub(r"%([1-9])", sub, levels[ilvl][1])
        return text.strip(), fmt not in ("none", "")


def _num_pr(paragraph, qn) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph, directly or through its style chain."""
    ppr = paragraph._p.pPr
    num_pr = ppr.find(qn("w:numPr")) if ppr is not None else None
    style = paragraph.style
    ilvl = None
    while num_pr is None and style is not None:
        sppr = style.element.find(qn("w:pPr"))
        if sppr is not None:
            num_pr = sppr.find(qn("w:numPr"))
        style = style.base_style
    if num_pr is None:
        return None
    num_id_el = num_pr.find(qn("w:numId"))
    ilvl_el = num_pr.find(qn("w:ilvl"))
    num_id = num_id_el.get(qn("w:val")) if num_id_el is not None else None
    if ilvl_el is not None:
        ilvl = int(ilvl_el.get(qn("w:val")) or 0)
    if not num_id or num_id == "0":
        return None
    return num_id, ilvl or 0


_TYPED_NUMBER = re.compile(r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zA-Zđ])\s*[.)/:-]|^\s*[-+•*–]")


def _paragraph_lines(paragraph, numbering: _Numbering, qn) -> list[Line]:
    text = paragraph.text
    lines = [_line(part) for part in text.split("\n")]
    numbered = _num_pr(paragraph, qn)
    if numbered is not None and text.strip():
        label, is_number = numbering.label(*numbered)
        first = lines[0]
        if label and not _TYPED_NUMBER.match(first.text):
            first.text = f"{label} {first.text}"
            first.auto_number = is_number
    return lines


def _is_target_header(cells: list[str]) -> bool:
    # Header cells are short labels, unlike the paragraphs of a layout table.
    folded = [fold(c) for c in cells if len(c) <= 40]
    has_name = any("chi tieu" in c or "noi dung" in c for c in folded)
    has_value = any(
        "ke hoach" in c or "muc tieu" in c or "so luong" in c or re.search(r"\bnam 20\d\d", c)
        for c in folded
    )
    return has_name and has_value and len(cells) >= 2


def _unique_cells(row) -> list:
    seen, cells = set(), []
    for cell in row.cells:
        if id(cell._tc) in seen:
            continue
        seen.add(id(cell._tc))
        cells.append(cell)
    return cells


def _table_items(table, numbering: _Numbering, qn) -> list[Item]:
    rows = [_unique_cells(row) for row in table.rows]
    texts = [[clean_line(c.text) for c in row] for row in rows]
    if texts and _is_target_header(texts[0]):
        return [TargetTable(texts)]
    # A layout table: read column by column, each cell a block of lines.
    items: list[Item] = []
    width = max((len(r) for r in rows), default=0)
    for col in range(width):
        for row in rows:
            if col >= len(row):
                continue
            cell_lines: list[Line] = []
            for block in row[col].iter_inner_content():
                if hasattr(block, "rows"):
                    cell_lines.extend(i for i in _table_items(block, numbering, qn)
                                      if isinstance(i, Line))  # fmt: skip
                else:
                    cell_lines.extend(_paragraph_lines(block, numbering, qn))
            if cell_lines:
                cell_lines[0].cell_start = True
                items.extend(cell_lines)
                items.append(Line(""))
    return items


def lines_from_docx(path: Path) -> list[Item]:
    """The paragraphs and tables of a .docx file, in document order."""
    import docx
    from docx.oxml.ns import qn

    document = docx.Document(str(path))
    numbering = _Numbering(document)
    items: list[Item] = []
    for block in document.iter_inner_content():
        if hasattr(block, "rows"):
            items.append(Line(""))
            items.extend(_table_items(block, numbering, qn))
        else:
            items.extend(_paragraph_lines(block, numbering, qn))
    return items
