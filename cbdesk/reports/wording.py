"""The office's own wording of a report's opening (SPEC §3.4): legal bases as
``Căn cứ …;``, letters that asked for the work as ``Thực hiện …;``, then what
the report carries out (the plan, by number and date where known) with the
issuing agency as subject: ``Thực hiện Kế hoạch … , Sở Lao động - Thương binh
và Xã hội báo cáo kết quả thực hiện … như sau:``.
"""

from __future__ import annotations

import re

from cbdesk.core.text import clean_line
from cbdesk.core.vnformat import format_date
from cbdesk.reports.document import Paragraph

__all__ = ["agency_subject", "basis_paragraphs", "carrying_out", "is_letter"]

# Documents that are legal bases (văn bản quy phạm pháp luật and the like)
# keep "Căn cứ"; these kinds are letters or plans that ask for the work:
# "Thực hiện".
_LETTERS = ("công văn", "văn bản", "thông báo", "kế hoạch", "hướng dẫn", "công điện",
            "điện", "tờ trình", "chương trình", "giấy mời", "phiếu chuyển")
_LEADS = ("căn cứ", "thực hiện")

# Agency kinds whose first syllable is capitalised with the next name part:
# "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Sở Lao động - Thương binh và Xã hội".
_KINDS = ("ủy ban nhân dân", "uỷ ban nhân dân", "tổng cục", "chi cục", "trung tâm",
          "văn phòng", "sở", "ban", "phòng", "cục", "bộ", "vụ", "viện", "trường", "bệnh viện")
_ABBREVIATIONS = {"ubnd": "UBND", "hđnd": "HĐND"}
_PLACE_WORDS = {"tỉnh", "huyện", "quận"}


def _strip_lead(text: str) -> str:
    low = text.lower()
    for lead in _LEADS:
        if low.startswith(lead + " "):
            return text[len(lead) + 1:].lstrip()
    return text


def is_letter(basis: str) -> bool:
    """Whether a basis is a letter/plan that asked for the work (``Thực
    hiện``) rather than a legal basis (``Căn cứ``)."""
    low = _strip_lead(clean_line(basis)).lower()
    return any(low == k or low.startswith(k + " ") for k in _LETTERS)


def basis_paragraphs(bases: list[str]) -> list[Paragraph]:
    """``Căn cứ …;`` for the legal bases, then ``Thực hiện …;`` for the
    letters, in italics, each on its own line."""
    legal, letters = [], []
    for basis in bases:
        text = _strip_lead(clean_line(basis).rstrip(" ;.,"))
        if not text:
            continue
        (letters if is_letter(text) else legal).append(text)
    return ([Paragraph.of(f"Căn cứ {t};", italic=True) for t in legal]
            + [Paragraph.of(f"Thực hiện {t};", italic=True) for t in letters])


def agency_subject(name: str) -> str:
    """The agency's name as the subject of a sentence. A name written in
    capitals (as in the header) is put in the Vietnamese case of proper names:
    its kind and the first syllable of each part capitalised."""
    name = clean_line(name)
    if not name or name != name.upper():
        return name
    words = name.lower().split()
    out: list[str] = []
    i = 0
    for kind in _KINDS:
        parts = kind.split()
        if words[:len(parts)] == parts:
            out = [parts[0].capitalize(), *parts[1:]]
            i = len(parts)
            break
    capital = True
    place = False  # after "tỉnh", "huyện"…: a place name, every syllable capitalised
    for word in words[i:]:
        if place:
            out.append(word.capitalize())
            continue
        if word in _PLACE_WORDS and out:
            out.append(word)
            place = True
            continue
        if word in _ABBREVIATIONS:
            out.append(_ABBREVIATIONS[word])
            capital = False
            continue
        if word in ("-", "–", "và"):
            out.append(word)
            capital = True
            continue
        out.append(word.capitalize() if capital or not out else word)
        capital = False
    return " ".join(out)


_PLAN_KIND = re.compile(r"^(kế hoạch(?: hành động)?)\s+(.+)$", re.IGNORECASE)


def carrying_out(plan) -> str:
    """``Thực hiện Kế hoạch hành động số 15/KH-SLĐTBXH ngày 20/01/2021 của Sở
    … thực hiện Nghị quyết …`` — the plan by number and date where known,
    else by its title."""
    title = clean_line(plan.title)
    number = clean_line(plan.doc_number)
    if not number:
        return f"Thực hiện {title}"
    m = _PLAN_KIND.match(title)
    kind, rest = (m.group(1), m.group(2)) if m else ("Kế hoạch", title)
    ref = f"{kind} số {number}"
    if plan.doc_date is not None:
        ref += f" ngày {format_date(plan.doc_date)}"
    agency = agency_subject(plan.organisation.name)
    if agency:
        ref += f" của {agency}"
    if not rest.lower().startswith(("thực hiện", "triển khai", "về ")):
        rest = f"về {rest}"
    return f"Thực hiện {ref} {rest}"
