"""What a column of an office table holds, guessed from its header text.

Roles: the row's number (``code``: STT, TT), the target's ``name``, its
``unit`` (ĐVT), the year's ``plan`` (Kế hoạch năm, KH giao), a period's
``result`` (TH 6 tháng, Quý II, Lũy kế…), the year's ``estimate`` (Ước TH cả
năm), ``note`` (Ghi chú), ``computed`` (%, So với KH, So với cùng kỳ — never
imported as figures) and ``skip``. A result's period is kept relative to the
year (``H1``, ``Q2``, ``9M``, ``M03``, ``Y``) so that a saved mapping serves
next year's file too.
"""

from __future__ import annotations

import re

from cbdesk.core.text import fold

CODE, NAME, UNIT, PLAN, RESULT, ESTIMATE, NOTE, COMPUTED, SKIP = (
    "code", "name", "unit", "plan", "result", "estimate", "note", "computed", "skip")
ROLES = (CODE, NAME, UNIT, PLAN, RESULT, ESTIMATE, NOTE, COMPUTED, SKIP)
ROLE_LABELS = {
    CODE: ("STT / mã", "Number / code"),
    NAME: ("Tên chỉ tiêu", "Target name"),
    UNIT: ("Đơn vị tính", "Unit"),
    PLAN: ("Kế hoạch năm", "Year's plan"),
    RESULT: ("Kết quả thực hiện", "Result"),
    ESTIMATE: ("Ước thực hiện cả năm (không nhập)", "Year estimate (not imported)"),
    NOTE: ("Ghi chú", "Note"),
    COMPUTED: ("Cột tính toán (bỏ qua)", "Computed (ignored)"),
    SKIP: ("Bỏ qua", "Skip"),
}
PERIODS = ("H1", "H2", "9M", "Q1", "Q2", "Q3", "Q4", "Y") + tuple(
    f"M{m:02d}" for m in range(1, 13))
PERIOD_LABELS = {
    "H1": "6 tháng đầu năm", "H2": "6 tháng cuối năm", "9M": "9 tháng", "Y": "cả năm",
    "Q1": "Quý I", "Q2": "Quý II", "Q3": "Quý III", "Q4": "Quý IV",
    **{f"M{m:02d}": f"Tháng {m}" for m in range(1, 13)},
}  # fmt: skip

_ROMAN_Q = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_YEAR = re.compile(r"(?<!\d)(19|20|21)\d{2}(?!\d)")


def _has(text: str, *words: str) -> bool:
    return any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", text) for w in words)


def period_of(text: str) -> str | None:
    """The period a header names, relative to the year: ``H1``, ``Q2``, ``Y``…"""
    low = fold(text)
    if _has(low, "6 thang") or _has(low, "sau thang"):
        return "H2" if _has(low, "cuoi") else "H1"
    if _has(low, "9 thang", "chin thang"):
        return "9M"
    m = re.search(r"(?<![a-z])quy\s*\.?\s*(iv|iii|ii|i|[1-4])(?![a-z0-9])", low)
    if m:
        return f"Q{_ROMAN_Q[m.group(1)]}"
    m = re.search(r"(?<![a-z])thang\s*(1[0-2]|0?[1-9])(?!\d)", low)
    if m:
        return f"M{int(m.group(1)):02d}"
    if _has(low, "ca nam", "nam"):
        return "Y"
    return None


def years_in(text: str) -> list[int]:
    return [int(m.group()) for m in _YEAR.finditer(fold(text))]


def guess(text: str, year: int) -> tuple[str, str | None]:
    """(role, period) of a column whose header reads ``text``; ``year`` is the
    plan's year (a column about another year is skipped)."""
    low = " ".join(fold(text).replace("/", " / ").split())
    if not low:
        return SKIP, None
    years = years_in(low)
    if "%" in low or _has(low, "so voi", "so sanh", "ty le dat", "tang giam", "+/-", "+ / -") \
            or low in ("ty le", "ti le"):
        return COMPUTED, None
    if _has(low, "cung ky") or (years and year not in years and not _has(low, "ke hoach",
                                                                            "kh")):
        return SKIP, None  # last year's figures
    if years and year not in years and _has(low, "ke hoach", "kh"):
        return SKIP, None
    if low in ("stt", "tt", "so tt", "so thu tu", "ma", "ma so", "ma chi tieu", "muc") or \
            re.fullmatch(r"s\.?\s?t\.?\s?t\.?", low):
        return CODE, None
    if _has(low, "dvt", "don vi tinh", "d.v.t", "d v t") or low == "don vi":
        return UNIT, None
    if _has(low, "ghi chu"):
        return NOTE, None
    if _has(low, "chu tri", "phoi hop", "co quan", "don vi thuc hien"):
        return SKIP, None
    if _has(low, "uoc"):
        period = period_of(low)
        return (ESTIMATE, None) if period in (None, "Y") else (RESULT, period)
    if _has(low, "thuc hien", "th", "ket qua", "luy ke", "dat duoc"):
        return RESULT, period_of(low)
    if _has(low, "ke hoach", "kh", "giao", "muc tieu", "chi tieu giao", "chi tieu nam",
            "phan dau", "so luong"):
        return PLAN, None
    if _has(low, "chi tieu", "noi dung", "ten", "danh muc", "linh vuc", "dien giai"):
        return NAME, None
    if period_of(low) not in (None, "Y"):
        return RESULT, period_of(low)
    if _has(low, "nam") and years == [year]:
        return PLAN, None  # "Năm 2025" over an unsplit column: the year's plan
    return SKIP, None


# Words that make a row of the sheet look like a header row.
HEADER_WORDS = ("stt", "tt", "chi tieu", "noi dung", "dvt", "don vi tinh", "ke hoach",
                "thuc hien", "ghi chu", "so sanh", "so voi", "uoc", "luy ke", "kh", "th",
                "quy", "ket qua", "danh muc")  # fmt: skip


def header_score(texts: list[str]) -> int:
    """How many cells of a row read like column headers."""
    score = 0
    for t in texts:
        low = fold(t)
        if low and len(low) <= 80 and any(_has(low, w) for w in HEADER_WORDS):
            score += 1
    return score
