"""Naming a statement of section I: the target's name, kind and direction
from the words around its figure (``giảm … xuống`` → a level to bring down;
``Giảm tỷ lệ … 4,0%`` → a change; counts → cumulative)."""

from __future__ import annotations

import re

from cbdesk.core.text import clean_line, fold
from cbdesk.docimport.figures import Figure

_CONNECTORS = (
    "trong do", "trong so do", "cu the", "bao gom", "gom", "chia ra", "dong thoi", "voi",
    "va", "rieng",
)  # fmt: skip
_ASPIRE = ("phan dau", "phan dau dat", "co gang", "tiep tuc", "muc tieu")
_VERBS = (
    ("giam dan", "decrease"), ("tang dan", "increase"), ("giam", "decrease"),
    ("tang", "increase"), ("nang", "increase"), ("duy tri", "maintain"),
    ("giu vung", "maintain"), ("on dinh", "maintain"),
)  # fmt: skip
_NAME_CUTS = (" theo ", " của ", " qua ", " nơi ", " tại ", " trên địa bàn", " giai đoạn ",
              " năm 20", " đều ", " (")  # fmt: skip
_DANGLING = {"trong", "cua", "cho", "tai", "va", "voi", "den", "theo", "o", "tu", "vao"}
_LEVEL_TAIL = ("xuong duoi", "xuong con", "xuong", "len tren", "len", "con", "dat", "duoi",
               "tren", "o muc", "khoang", "la", "toi", "den", "muc")  # fmt: skip


# --------------------------------------------------------------------------- naming


def strip_lead(text: str, words: tuple[str, ...]) -> str:
    """Remove leading words (compared without accents) and punctuation."""
    changed = True
    while changed:
        changed = False
        text = text.lstrip(" ,:;-")
        low = fold(text)
        for w in sorted(words, key=len, reverse=True):
            if low == w or low.startswith((w + " ", w + ":", w + ",")):
                text = text[len(w) :]
                changed = True
                break
    return text.strip()


def _strip_tail(text: str, words: tuple[str, ...]) -> str:
    changed = True
    while changed:
        changed = False
        text = text.rstrip(" ,:;")
        low = fold(text)
        for w in sorted(words, key=len, reverse=True):
            if low == w or low.endswith(" " + w):
                text = text[: len(text) - len(w)]
                changed = True
                break
    return text.strip(" ,:;")


def _cut(text: str) -> str:
    text = clean_line(text).strip(" ,.;:")
    for marker in _NAME_CUTS:
        i = text.find(marker)
        if i > 0 and len(text[:i].split()) >= 2:
            text = text[:i]
    # A cut before "năm 2025" may leave "… trong" or "… của" dangling.
    words = text.strip(" ,.;:").split(" ")
    while len(words) > 2 and fold(words[-1]) in _DANGLING:
        words.pop()
    return " ".join(words).strip(" ,.;:")


def cap(text: str) -> str:
    text = clean_line(text)
    return text[:1].upper() + text[1:]


def leading_verb(text: str) -> tuple[str, str]:
    low = fold(text)
    for verb, direction in _VERBS:
        if low == verb or low.startswith(verb + " "):
            return verb, direction
    return "", ""


def describe(prefix: str, fig: Figure, suffix: str) -> tuple[str, str, str]:
    """(name, kind, direction) of a figure from the words around it."""
    core = strip_lead(strip_lead(prefix, _CONNECTORS), _ASPIRE)
    low = fold(core)
    words = low.replace(":", " ").split()
    verb, verb_dir = leading_verb(core)
    last = words[-1] if words else ""
    down = "xuong" in words or low.endswith(("duoi", "khong qua", "toi da", "khong vuot"))
    up = "len" in words or low.endswith(("tren", "toi thieu", "it nhat"))
    percent = fig.unit == "%" or fold(fig.unit).startswith("diem")
    if down:
        direction = "decrease"
    elif up:
        direction = "increase"
    elif verb_dir:
        direction = verb_dir
    elif last in ("giam", "tang"):
        direction = "decrease" if last == "giam" else "increase"
    elif percent and fig.value == 100 and re.match(r"^(dam bao|bao dam)\b", low):
        direction = "maintain"
    else:
        direction = "increase"
    if fig.value is None and not fig.error:
        kind = "qualitative"
    elif percent:
        changes = verb in ("giam", "tang", "nang") or last in ("giam", "tang")
        kind = (
            "change"
            if (changes and not (down or up)) or fold(fig.unit).startswith("diem")
            else "level"
        )
    else:
        kind = "cumulative"
    name = _name(core, fig, suffix, kind, verb)
    return name, kind, direction


def _name(core: str, fig: Figure, suffix: str, kind: str, verb: str) -> str:
    tail = _cut(suffix)
    if fig.unit == "%" or fold(fig.unit).startswith("diem"):
        low = fold(core)
        at = low.find("ty le") if "ty le" in low else low.find("ti le")
        if at >= 0:
            phrase = _strip_tail(core[at:], _LEVEL_TAIL)
            if kind == "change" and verb:
                return cap(f"{core[: len(verb)]} {phrase[:1].lower()}{phrase[1:]}")
            return cap(phrase)
        rest = _strip_tail(core[len(verb) :] if verb else core, _LEVEL_TAIL)
        rest = re.sub(r"^(?:đảm bảo|bảo đảm|duy trì|đạt)\s*", "", rest, flags=re.IGNORECASE)
        if kind == "change" and verb:
            # "Giảm nợ đọng 20%", "giảm 1,5 điểm % tỷ lệ nợ xấu": the change itself.
            thing = rest or tail
            return cap(f"{core[: len(verb)]} {thing}") if thing else cap(core)
        if not rest:
            return cap(f"Tỷ lệ {tail}") if tail else "Tỷ lệ"
        return cap(f"Tỷ lệ {rest[:1].lower()}{rest[1:]}")
    core = core.strip()
    if core.endswith(":"):
        return cap(core[:-1])
    if fold(core) == "cho" or fold(core).endswith(" cho"):
        return cap(core[:-3].strip()) or cap(f"Số {fig.unit} {tail}")
    unit_phrase = clean_line(f"{fig.unit}{suffix}")
    unit_phrase = _cut(unit_phrase) if unit_phrase else ""
    if not core:
        return cap(f"Số {unit_phrase}") if unit_phrase else "Chỉ tiêu"
    if not tail:
        return cap(_strip_tail(core, ("la", "dat", "dat duoc")))
    return cap(f"{core} {unit_phrase}")
