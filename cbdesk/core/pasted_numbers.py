"""Numbers pasted from another PC's spreadsheet, read the way that PC wrote them.

An Excel with English number settings copies ``34.4`` and ``12,000``; a
Vietnamese one ``34,4`` and ``12.000``. Some texts tell which: a dot followed
by other than three digits (``34.4``), a dot after a comma (``1,234.5``) or
several commas (``1,234,567``) are English; a comma followed by other than
three digits (``3,45``), a comma after a dot (``1.234,5``) or several dots
(``1.234.567``) are Vietnamese. ``12,000``, ``12.000`` and ``12000`` could be
either.

A pasted block whose texts point one way only is read that way throughout
(``12,000`` next to ``34.4`` is twelve thousand). A block with no clue, or
with clues both ways, is read the Vietnamese way, where ``12,000`` stays
refused as ambiguous (``parse_number``).
"""

from __future__ import annotations

import re

ENGLISH, VIETNAMESE = "en", "vi"

_SIGN = r"[+\-\u2212]?"
_ENGLISH = re.compile(_SIGN + r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
_VIETNAMESE = re.compile(_SIGN + r"(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?%?")


def _clues(text: str) -> set[str]:
    s = text.strip().replace("\u00a0", "")
    out = set()
    if _ENGLISH.fullmatch(s) and (
        re.search(r"\.(?!\d{3}(?:\D|$))\d+", s)  # a dot not followed by exactly 3 digits
        or ("," in s and "." in s)  # 1,234.5
        or s.count(",") > 1  # 1,234,567
    ):
        out.add(ENGLISH)
    if _VIETNAMESE.fullmatch(s) and (
        re.search(r",(?!\d{3}(?:\D|$))\d+", s)
        or ("," in s and "." in s)
        or s.count(".") > 1
    ):
        out.add(VIETNAMESE)
    return out


def convention(texts: list[str]) -> str | None:
    """ENGLISH or VIETNAMESE when the texts point one way only, else None."""
    clues: set[str] = set()
    for text in texts:
        clues |= _clues(text)
    return clues.pop() if len(clues) == 1 else None


def as_vietnamese(text: str, way: str | None) -> str:
    """``text`` rewritten in Vietnamese notation, read by ``parse_number`` as
    the same number, when it is an English-written number of a block read the
    English way; otherwise unchanged."""
    s = text.strip()
    if way != ENGLISH or not _ENGLISH.fullmatch(s.replace("\u00a0", "")):
        return text
    s = s.replace("\u00a0", "")
    whole, _, frac = s.partition(".")
    digits = whole.replace(",", "")
    sign = digits[0] if digits[:1] in ("+", "-", "\u2212") else ""
    digits = digits[len(sign):]
    percent = "%" if (frac or digits).endswith("%") else ""
    digits, frac = digits.rstrip("%"), frac.rstrip("%").rstrip("0")
    grouped = f"{int(digits):,}".replace(",", ".")
    if len(frac) == 3 and "." not in grouped:
        # "1,234" would be refused as ambiguous; "1,2340" is the same number.
        frac += "0"
    return sign + grouped + ("," + frac if frac else "") + percent
