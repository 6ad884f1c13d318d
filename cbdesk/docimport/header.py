"""The parts of a plan document around its sections: the header block (agency,
number, V/v abstract, place and date, Kính gửi), the legal bases cited in the
opening paragraphs, and the closing (Nơi nhận, signer)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from cbdesk.core.text import clean_line, fold
from cbdesk.docimport.sources import Line

# Document-type abbreviations of Nghị định 30/2020, Phụ lục III.
DOC_TYPES = {
    "NQ", "QĐ", "CT", "QC", "QYĐ", "QyĐ", "TB", "HD", "CTR", "CTr", "KH", "PA", "ĐA", "DA",
    "BC", "BB", "TTR", "TTr", "HĐ", "CĐ", "BGN", "BTT", "GUQ", "GM", "GGT", "GNP", "PB",
    "GCN", "GXN", "GĐ", "TC", "CV", "UBND", "TH",
}  # fmt: skip
TYPE_NAMES = {
    "KẾ HOẠCH", "BÁO CÁO", "TỜ TRÌNH", "ĐỀ ÁN", "CHƯƠNG TRÌNH", "PHƯƠNG ÁN",
    "ĐỀ XUẤT", "DỰ THẢO KẾ HOẠCH", "KẾ HOẠCH HÀNH ĐỘNG",
}  # fmt: skip

_NATION = re.compile(r"^cong hoa xa hoi chu nghia viet nam$|^doc lap\W+tu do\W+hanh phuc$")
_NUMBER = re.compile(r"^s[oố]\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_VV = re.compile(r"^(?:v/v|v\.v\.?|về việc)\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
_PLACE_DATE = re.compile(r"^(?P<place>[^,]{2,60}),\s*ngày\b(?P<rest>.*)$", re.IGNORECASE)
_ADDRESSEE = re.compile(r"^kính\s+gửi\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# Marks stamped at the top of a page, not part of any header line.
_STAMPS = {"du thao", "mat", "toi mat", "khan", "thuong khan", "hoa toc", "ban chinh thuc"}
_RULE = re.compile(r"^[\s\-_=–—.*~]*$")


def is_upper(text: str) -> bool:
    """Whether the letters of ``text`` are (almost) all capitals."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 2:
        return False
    return sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def is_rule(text: str) -> bool:
    """A line drawn with dashes or underscores (the rule under a header)."""
    return bool(_RULE.match(text))


@dataclass
class HeaderInfo:
    parent_agency: str = ""
    agency: str = ""
    symbol: str = ""
    doc_number: str = ""
    archive_unit: str = ""
    abstract: str = ""
    type_name: str = ""
    place: str = ""
    doc_date: date | None = None
    addressee: str = ""
    end: int = 0  # index of the first line after the header block
    unplaced: list[str] = field(default_factory=list)  # lines read as none of the above
    problems: list[str] = field(default_factory=list)


def _parse_number_line(rest: str, info: HeaderInfo) -> None:
    """``Số: 05/BC-SLĐTBXH`` or ``Số: / SLĐT BXH- VP`` → number, symbol, unit."""
    compact = re.sub(r"\s+", "", rest)
    if "/" not in compact:
        return
    number, _, tail = compact.partition("/")
    parts = [p for p in re.split(r"[-–]", tail) if p]
    # "123/2021/QĐ-UBND": a year between the number and the symbol.
    if parts and "/" in parts[0]:
        head = parts[0].split("/")
        parts = [head[-1], *parts[1:]]
    if parts and parts[0].upper() in {t.upper() for t in DOC_TYPES} and len(parts) > 1:
        parts = parts[1:]
    if parts:
        info.symbol = parts[0].upper()
    if len(parts) > 1:
        info.archive_unit = parts[1].upper()
    if number.strip(". "):
        info.doc_number = compact


def _parse_date(rest: str) -> date | None:
    m = re.search(r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", rest)
    if not m:
        return None
    try:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    except ValueError:
        return None


def _join_agency(lines: list[str]) -> tuple[str, str]:
    """(parent agency, agency) from the capitalised lines of the header."""
    lines = [clean_line(x) for x in lines if clean_line(x)]
    if not lines:
        return "", ""
    if len(lines) == 1:
        return "", lines[0]
    parent = [lines[0]]
    rest = lines[1:]
    # "ỦY BAN NHÂN DÂN" / "TỈNH CAO BẰNG": the parent agency on two lines.
    if (
        rest
        and fold(parent[0]) in ("uy ban nhan dan", "ubnd", "hoi dong nhan dan")
        and re.match(r"^(TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG)\b", rest[0])
    ):
        parent.append(rest.pop(0))
    # "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI": the agency's name broken over lines.
    return " ".join(parent), " ".join(rest)


def _columns(lines: list[Line]) -> list[Line]:
    """A tab-separated two-column block read column by column."""
    if not any(line.parts for line in lines):
        return lines
    left: list[Line] = []
    right: list[Line] = []
    for line in lines:
        if line.parts:
            left.append(Line(line.parts[0]))
            right.append(Line(" ".join(line.parts[1:])))
        else:
            left.append(Line(line.text))
    return [*left, Line(""), *right]


def _looks_like_body(text: str) -> bool:
    low = fold(text)
    if low.startswith(("can cu", "thuc hien", "thi hanh", "theo de nghi", "nham ")):
        return True
    return len(text) > 160


def parse_header(items: list, stop: int) -> HeaderInfo:
    """Read the header block among ``items[:stop]`` (stop = first section)."""
    info = HeaderInfo()
    head: list[Line] = []
    end = 0
    previous = ""
    for i, item in enumerate(items[:stop]):
        if not isinstance(item, Line):
            break
        text = item.text
        if text and _looks_like_body(text) and not _VV.match(text) and not _ADDRESSEE.match(text):
            # The line under a title such as "KẾ HOẠCH" is its abstract, even
            # when it reads "Thực hiện Nghị quyết …".
            if clean_line(previous).upper() not in TYPE_NAMES:
                break
        head.append(item)
        end = i + 1
        previous = text or previous
    info.end = end
    agency_lines: list[str] = []
    lines = _columns(head)
    i = 0
    after_number = False
    while i < len(lines):
        text = lines[i].text
        low = fold(text)
        i += 1
        if not text or is_rule(text) or _NATION.match(low) or low.strip("() ") in _STAMPS:
            continue
        if m := _NUMBER.match(text):
            if "/" in m.group("rest") or not m.group("rest"):
                _parse_number_line(m.group("rest"), info)
                after_number = True
                continue
        if m := _VV.match(text):
            parts = [m.group("rest")]
            while i < len(lines) and _continues(lines[i]):
                parts.append(lines[i].text)
                i += 1
            info.abstract = clean_line(" ".join(parts))
            continue
        if m := _ADDRESSEE.match(text):
            rest = m.group("rest").strip()
            extra = []
            while i < len(lines) and lines[i].text.startswith(("-", "+", "•")):
                extra.append(lines[i].text.lstrip("-+• ").rstrip(";,. "))
                i += 1
            info.addressee = "; ".join(x for x in [rest.rstrip(";. "), *extra] if x)
            continue
        if (m := _PLACE_DATE.match(text)) and re.search(r"\bnăm\b", text):
            info.place = clean_line(m.group("place"))
            info.doc_date = _parse_date(m.group("rest"))
            continue
        if clean_line(text).upper() in TYPE_NAMES and is_upper(text):
            info.type_name = clean_line(text)
            parts = []
            while i < len(lines) and _continues(lines[i]) and len(parts) < 4:
                parts.append(lines[i].text)
                i += 1
            if parts:
                info.abstract = clean_line(" ".join(parts))
            continue
        if is_upper(text) and not after_number:
            agency_lines.append(text)
            continue
        info.unplaced.append(text)
    info.parent_agency, info.agency = _join_agency(agency_lines)
    if info.abstract:
        info.abstract = info.abstract[0].upper() + info.abstract[1:]
    return info


def _continues(line: Line) -> bool:
    """Whether a line continues the V/v abstract or the title above it."""
    text = line.text
    if not text or line.cell_start or is_rule(text):
        return False
    low = fold(text)
    if _NATION.match(low) or _NUMBER.match(text) and "/" in text:
        return False
    if _ADDRESSEE.match(text) or _PLACE_DATE.match(text) and re.search(r"\bnăm\b", text):
        return False
    if low.startswith("can cu") or text.endswith((".", ";", ":")) and len(text) > 120:
        return False
    return not (is_upper(text) and len(text) > 3 and not text[0].isdigit())


# --------------------------------------------------------------------------- legal bases

_DOC_KINDS = (
    r"Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết liên tịch|Nghị quyết|Nghị định|"
    r"Quyết định|Chỉ thị|Thông tư liên tịch|Thông tư|Công văn|Văn bản|Kế hoạch|Thông báo|"
    r"Hướng dẫn|Chương trình|Đề án|Kết luận|Công điện|Tờ trình|Báo cáo|Quy định"
)
_DATE = r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
# "Luật Khám bệnh, chữa bệnh số 40/2009/QH12 ngày 23/11/2009": a short name
# may stand between the kind and the number, but never another kind.
_REFERENCE = re.compile(
    rf"(?:{_DOC_KINDS})(?:\s+(?!(?:{_DOC_KINDS})\b)[^\s;.]+){{0,10}}?\s+(?:số\s+)?\d[\w./-]*"
    rf"\s+ngày\s+{_DATE}",
    re.IGNORECASE,
)
# Where the clause of a reference ends, besides the next reference.
_CLAUSE_END = re.compile(
    r"\.\s|\.$|;|\s+và\s+(?:chức năng|theo chức năng|căn cứ|tình hình|thực tế|điều kiện)|"
    r",\s+(?:căn cứ|Sở|Ủy ban|UBND|Ban|Phòng|Bộ|Trung tâm|Chi cục|Cục|Hội đồng|Văn phòng)\s",
)
_ALIAS = re.compile(r"\s*\((?:sau đây|dưới đây|gọi tắt)[^)]*\)")


def legal_bases(paragraphs: list[str]) -> list[str]:
    """One string per referenced document with a number and a date: from
    ``Nghị quyết số … ngày …`` to the next such reference or the end of its
    clause."""
    bases: list[str] = []
    for text in paragraphs:
        refs = list(_REFERENCE.finditer(text))
        for k, m in enumerate(refs):
            stop = refs[k + 1].start() if k + 1 < len(refs) else len(text)
            segment = _ALIAS.sub("", text[m.start() : stop])
            end = _CLAUSE_END.search(segment, m.end() - m.start())
            if end:
                segment = segment[: end.start()]
            segment = re.sub(r"[\s,;:.]+$", "", segment)
            segment = re.sub(r"\s+(?:và|,)$", "", segment).strip()
            segment = segment[0].upper() + segment[1:] if segment else segment
            if segment and segment not in bases:
                bases.append(segment)
    return bases


# --------------------------------------------------------------------------- closing

_SIGN_NOTE = re.compile(r"^\(.*\)$|^\[.*\]$|^(đã ký|ký tên)", re.IGNORECASE)


@dataclass
class ClosingInfo:
    recipients: list[str] = field(default_factory=list)
    archive_unit: str = ""
    authority: str = ""
    title: str = ""
    name: str = ""


def parse_recipients(lines: list[str], info: ClosingInfo) -> list[str]:
    """Nơi nhận items (``- X;``) into ``info``; returns lines not placed."""
    rest: list[str] = []
    for text in lines:
        item = re.sub(r"^[-+•*–]\s*", "", text).strip().rstrip(";,.").strip()
        if not item:
            continue
        if re.match(r"^lưu\b", item, re.IGNORECASE):
            units = [u.strip() for u in re.split(r"[,;]", item.split(":", 1)[-1]) if u.strip()]
            others = [u for u in units if u.upper() not in ("VT", "VĂN THƯ")]
            info.archive_unit = others[0] if others else ""
            continue
        if text.startswith(("-", "+", "•", "*", "–")) or text.rstrip().endswith((";", ".")):
            info.recipients.append(item)
        else:
            rest.append(text)
    return rest


def parse_signature(lines: list[str], info: ClosingInfo) -> None:
    """Authority (capitals), title (capitals) and the signer's name (last line)."""
    lines = [x for x in (clean_line(t) for t in lines) if x and not _SIGN_NOTE.match(x)]
    if not lines:
        return
    caps = [x for x in lines if is_upper(x)]
    names = [x for x in lines if not is_upper(x)]
    if names:
        info.name = names[-1]
    elif len(caps) > 1:
        info.name = caps.pop()
    if caps:
        info.authority = caps[0]
        if len(caps) > 1:
            info.title = " ".join(caps[1:])


def looks_like_signature(lines: list[str]) -> bool:
    """Whether trailing lines are a signature block (capitals, then a name)."""
    lines = [x for x in lines if x and not _SIGN_NOTE.match(x)]
    if len(lines) < 2 or len(lines) > 5:
        return False
    name = lines[-1]
    if is_upper(name) or len(name.split()) > 6 or name.endswith((".", ";", ":")):
        return False
    return all(is_upper(x) and len(x) < 60 for x in lines[:-1])
