"""Figures in the prose of a plan's section I, and the statements around them.

A figure is a number written the Vietnamese way (``12.000``, ``3,45``,
``02``) that is not a date, a year, a document number or an ordinal, with the
unit written after it. A bullet is cut into statements — one per figure, one
per figure-less clause — that together cover its text exactly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from cbdesk.core.text import fold
from cbdesk.core.vnformat import NumberFormatError, parse_number

# Units of measure, longest first; matched case-insensitively after a figure.
UNITS = sorted(
    [
        "lượt người",
        "lượt lao động",
        "lượt học viên",
        "lượt hộ",
        "lượt",
        "lao động",
        "người",
        "học viên",
        "học sinh",
        "sinh viên",
        "hộ gia đình",
        "hộ",
        "gia đình",
        "xã",
        "phường",
        "thị trấn",
        "huyện",
        "thôn",
        "xóm",
        "bản",
        "tổ",
        "doanh nghiệp",
        "đơn vị",
        "cơ sở",
        "cơ quan",
        "trẻ em",
        "trẻ",
        "đối tượng",
        "nạn nhân",
        "lớp",
        "phiên",
        "buổi",
        "cuộc",
        "lần",
        "tỷ đồng",
        "triệu đồng",
        "nghìn đồng",
        "đồng",
        "công trình",
        "mô hình",
        "dự án",
        "căn nhà",
        "ngôi nhà",
        "nhà",
        "trường",
        "giường",
        "cán bộ",
        "tổ chức",
        "trang",
        "website",
        "điểm phần trăm",
        "điểm %",
        "điểm",
        "km",
        "ha",
        "tấn",
        "con",
        "cây",
        "bộ",
        "việc làm",
        "hợp tác xã",
        "làng",
        "chiếc",
        "phụ nữ",
        "thanh niên",
        "bệnh nhân",
        "người bệnh",
        "nông dân",
        "lao động nữ",
    ],
    key=len,
    reverse=True,
)
# Words after a figure that are not its unit.
_NOT_UNITS = {
    "va", "voi", "cua", "cho", "trong", "tai", "o", "den", "tu", "tro", "len", "xuong",
    "so", "theo", "la", "thi", "cac", "nhung", "duoc", "co", "dat", "tren", "duoi", "nam",
    "thang", "ngay", "quy", "gan", "khoang", "hon", "nguoi", "tro len", "nhu",
}  # fmt: skip
# Words before a figure that make it a reference, not a figure of the plan.
_NOT_FIGURE_AFTER = (
    "nam", "thang", "ngay", "quy", "giai doan", "lan thu", "dieu", "khoan", "khoa",
    "nhiem ky", "covid", "phu luc", "bieu", "mau so", "chuong trinh", "nghi quyet",
    "nghi dinh", "quyet dinh", "chi thi", "thong tu", "luat", "tieu chi", "chi tieu so",
    "cap do", "so hieu", "cong van", "van ban",
)  # fmt: skip
_QUALIFIERS = {"tuoi", "thang tuoi"}
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Figure:
    start: int
    end: int  # end of the number itself
    raw: str
    unit: str
    unit_end: int  # end of the unit (or of the number when there is none)
    value: float | None = None
    decimals: int = 0
    padded: bool = False
    error: str = ""


def _words_before(text: str, pos: int, n: int = 3) -> str:
    return " ".join(fold(text[:pos]).split()[-n:])


def _unit_after(text: str, end: int) -> tuple[str, int]:
    rest = text[end:]
    m = re.match(r"\s?%", rest)
    if m:
        return "%", end + m.end()
    m = re.match(r"\s+", rest)
    pos = end + (m.end() if m else 0)
    if not m:
        return "", end
    low = text[pos:].lower()
    for unit in UNITS:
        if low.startswith(unit) and not (len(low) > len(unit) and low[len(unit)].isalnum()):
            return text[pos : pos + len(unit)], pos + len(unit)
    # An unknown unit: the next word (Vietnamese words are often two syllables).
    word = re.match(r"([^\W\d_]+)(?: ([^\W\d_]+))?", text[pos:])
    if word and fold(word.group(1)) not in _NOT_UNITS and word.group(1).islower():
        second = word.group(2)
        if second and second.islower() and fold(second) not in _NOT_UNITS:
            return word.group(), pos + word.end()
        return word.group(1), pos + word.end(1)
    return "", end


_SPANS = ("thang", "nam", "ngay", "tuan", "gio", "tuoi", "phut", "ky", "quy")


def _names_a_span(text: str, end: int) -> bool:
    """Whether the number ending at ``end`` counts time in a name ("dưới 3
    tháng", "từ 12 tháng trở lên", "sau 5 năm"): a time word follows it and
    the clause goes on to a figure of its own."""
    m = re.match(r"\s+([^\W\d_]+)", text[end:])
    if m is None or fold(m.group(1)) not in _SPANS:
        return False
    rest = text[end + m.end():]
    stop = re.search(r";|\.(?:\s|$)|\n", rest)
    clause = rest[: stop.start()] if stop else rest
    return re.search(r"(?<![\w/.,])\d", clause) is not None


def find_figures(text: str) -> list[Figure]:
    """The figures of a bullet: numbers that are not dates, years, document
    numbers or ordinals, each with the unit written after it."""
    figures = []
    for m in _TOKEN.finditer(text):
        start, end, raw = m.start(), m.end(), m.group()
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before.isalnum() or before in "/-–.,\\" or after.isalnum() or after in "/\\":
            continue
        if after in "-–" and end + 1 < len(text) and text[end + 1].isdigit():
            continue
        previous = _words_before(text, start)
        if any(previous == w or previous.endswith(" " + w) for w in _NOT_FIGURE_AFTER):
            continue
        unit, unit_end = _unit_after(text, end)
        if re.fullmatch(r"(19|20|21)\d\d", raw) and not unit:
            continue  # a year
        if fold(unit) in _QUALIFIERS:
            continue  # "trẻ em dưới 5 tuổi": part of a name, not a figure
        if _names_a_span(text, end):
            continue  # "đào tạo dưới 3 tháng: 10.000 người": part of the name
        fig = Figure(start, end, raw, unit, unit_end)
        try:
            fig.value = parse_number(raw)
        except NumberFormatError as exc:
            fig.error = exc.message_vi
        else:
            fig.decimals = len(raw.split(",", 1)[1]) if "," in raw else 0
            fig.padded = len(raw) == 2 and raw.startswith("0")
        figures.append(fig)
    return figures


def _sentence_ends(text: str) -> list[int]:
    """Positions just after a sentence or clause separator (". ", "; ")."""
    ends = []
    for m in re.finditer(r"[.;!?…]+\s+", text):
        mark = m.group().rstrip()
        following = text[m.end() : m.end() + 1]
        if ";" not in mark:
            word = re.search(r"(\S+)$", text[: m.start()])
            abbreviation = word and re.fullmatch(
                r"[A-ZĐ][A-Za-zĐđ]?|TP|Tp|TX|v\.v|ThS|TS", word.group(1)
            )
            if abbreviation or mark == "…" or not (following.isupper() or following.isdigit()
                                                   or following in "“\"'("):  # fmt: skip
                continue
        ends.append(m.end())
    return ends


def _split_between(text: str, a: Figure, b_start: int) -> int:
    """Where the statement of figure ``a`` ends and the next one starts."""
    lo, hi = a.unit_end, b_start
    region = text[lo:hi]
    m = list(re.finditer(r",\s+(?=(?:trong đó|trong số đó|cụ thể|bao gồm|gồm|chia ra)\b)",
                         region, re.IGNORECASE))  # fmt: skip
    if m:
        return lo + m[0].end()
    commas = list(re.finditer(r",\s+", region))
    if commas:
        return lo + commas[-1].end()
    joins = list(re.finditer(r"\s(?=(?:với|và|đồng thời)\s)", region))
    if joins:
        return lo + joins[-1].end()
    space = re.match(r"\s*", region)
    return lo + (space.end() if space else 0)


@dataclass
class Segment:
    start: int
    end: int
    figure: Figure | None


def segments(text: str) -> list[Segment]:
    """Cut a bullet into statements that cover it exactly."""
    figures = find_figures(text)
    bounds = [0, *[e for e in _sentence_ends(text) if e < len(text)], len(text)]
    out: list[Segment] = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        inside = [f for f in figures if lo <= f.start < hi]
        if not inside:
            piece = text[lo:hi]
            if len(re.findall(r"[^\W\d_]+", piece)) >= 3 or not out:
                out.append(Segment(lo, hi, None))
            else:
                out[-1].end = hi
            continue
        start = lo
        for k, fig in enumerate(inside):
            stop = hi if k + 1 == len(inside) else _split_between(text, fig, inside[k + 1].start)
            stop = max(stop, fig.unit_end)
            out.append(Segment(start, stop, fig))
            start = stop
    # Merge a short figure-less lead-in into the statement after it.
    merged: list[Segment] = []
    for seg in out:
        if (
            merged
            and merged[-1].figure is None
            and len(re.findall(r"[^\W\d_]+", text[merged[-1].start : merged[-1].end])) < 3
        ):
            seg.start = merged.pop().start
        merged.append(seg)
    return merged
