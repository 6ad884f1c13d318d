"""Small ReportLab flowables for the Nghị định 30 layout: stacks of centred lines
with rules measured from the text they underline, and a conditional page break
sized by what it must keep together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import getAscent, getDescent, stringWidth
from reportlab.platypus import CondPageBreak, Flowable

RULE_WIDTH = 0.6  # pt; the thin solid rules under agency, motto and abstract


@dataclass
class Line:
    """Text centred in the stack; wrapped (each line centred) when too wide."""

    text: str
    font: str
    size: float
    leading: float
    wrap: bool = True


@dataclass
class Rule:
    """A solid rule centred under the previous line.

    Its length is ``fraction`` × the widest line of the previous ``Line``
    (``fraction=1`` for the motto), clamped to ``min_len``/``max_len`` points.
    """

    fraction: float = 1.0
    min_len: float = 0.0
    max_len: float = 1e9
    gap: float = 4.0  # pt between the text's descender line and the rule
    after: float = 0.0  # pt of room below the rule


@dataclass
class Space:
    height: float


@dataclass
class Mark:
    """Empty room like ``Space`` whose box (the stack's width × ``height``) is
    recorded in the PDF as a named destination ``key`` (a /FitR rectangle in
    page coordinates). Signing finds the signer's block by it (NĐ 30: the
    signature image goes between the signer's title and name)."""

    key: str
    height: float


StackItem = Line | Rule | Space | Mark


def record_box(canv, key: str, left: float, bottom: float, right: float, top: float) -> None:
    """Name a box of the current page in the PDF: a /FitR destination listed in
    the catalog's /Dests (ReportLab writes named destinations only for outline
    entries otherwise). Fixed values, so output stays byte-identical."""
    from reportlab.pdfbase.pdfdoc import PDFDictionary

    canv.bookmarkPage(key, fit="FitR", left=round(left, 2), bottom=round(bottom, 2),
                      right=round(right, 2), top=round(top, 2))
    catalog = canv._doc.Catalog
    dests = getattr(catalog, "Dests", None)
    if dests is None:
        dests = catalog.Dests = PDFDictionary({})
    dests.dict[key] = canv._bookmarkReference(key)


def split_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of at most ``width`` points, broken at ordinary spaces only: words
    joined by non-breaking spaces (``6\u00a0tháng đầu năm``) stay on one line."""
    out: list[str] = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            if not word:
                continue
            trial = f"{line} {word}" if line else word
            if line and stringWidth(trial.replace("\u00a0", " "), font, size) > width:
                out.append(line)
                line = word
            else:
                line = trial
        out.append(line)
    return out


class CentredStack(Flowable):
    """Lines of text and rules, each centred in the available width."""

    def __init__(self, items: Sequence[StackItem]):
        super().__init__()
        self.items = list(items)
        self._ops: list[tuple] = []
        self._width = 0.0
        self._height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        ops: list[tuple] = []
        y = 0.0  # distance down from the top
        last_widths: list[float] = []
        last_desc = 0.0
        for item in self.items:
            if isinstance(item, Line):
                if not item.wrap or (
                    "\n" not in item.text
                    and stringWidth(item.text, item.font, item.size) <= availWidth
                ):
                    # kept as typed: "Số:      /BC-…" leaves room for a number
                    lines = [item.text]
                else:
                    lines = split_lines(item.text, item.font, item.size, availWidth)
                last_widths = []
                for text in lines or [""]:
                    # baseline sits so that the line box (leading) holds ascent
                    # and descent with the extra split evenly
                    asc = getAscent(item.font, item.size)
                    desc = -getDescent(item.font, item.size)
                    extra = max(item.leading - asc - desc, 0.0)
                    baseline = y + extra / 2 + asc
                    text = text.replace("\u00a0", " ")  # kept together, drawn as a space
                    ops.append(("text", text, item.font, item.size, baseline))
                    last_widths.append(stringWidth(text, item.font, item.size))
                    y += item.leading
                    last_desc = baseline + desc
            elif isinstance(item, Rule):
                base = max(last_widths, default=0.0) * item.fraction
                length = min(max(base, item.min_len), item.max_len, availWidth)
                ry = last_desc + item.gap
                ops.append(("rule", length, ry))
                y = max(y, ry + RULE_WIDTH / 2) + item.after
            elif isinstance(item, Space):
                y += item.height
            elif isinstance(item, Mark):
                ops.append(("mark", item.key, y, item.height))
                y += item.height
        self._ops = ops
        self._width = availWidth
        self._height = y
        return availWidth, y

    def draw(self) -> None:
        canv = self.canv
        w, h = self._width, self._height
        canv.saveState()
        canv.setLineWidth(RULE_WIDTH)
        for op in self._ops:
            if op[0] == "text":
                _, text, font, size, baseline = op
                canv.setFont(font, size)
                canv.drawCentredString(w / 2, h - baseline, text)
            elif op[0] == "mark":
                _, key, top, height = op
                x0, y0 = canv.absolutePosition(0, h - top - height)
                x1, y1 = canv.absolutePosition(w, h - top)
                record_box(canv, key, x0, y0, x1, y1)
            else:
                _, length, ry = op
                canv.line((w - length) / 2, h - ry, (w + length) / 2, h - ry)
        canv.restoreState()


class NeedRoom(CondPageBreak):
    """Starts a new page unless the room left holds ``measure(availWidth)`` points.

    Placed before a heading (with a few lines of what follows) or before a
    table's caption and first rows, so neither is stranded at a page's foot.
    """

    def __init__(self, measure: Callable[[float], float]):
        super().__init__(0)
        self._measure = measure

    def wrap(self, availWidth: float, availHeight: float):
        self.height = self._measure(availWidth)
        return super().wrap(availWidth, availHeight)
