"""Vietnamese text: normalisation (NFC), accent-insensitive search and
Vietnamese collation (SPEC §4).

Text reaches the app from Word, Excel, e-mails and old input methods, so the
same word may arrive precomposed (NFC) or decomposed (NFD), with non-breaking
or zero-width spaces. Everything stored goes through :func:`clean` or
:func:`clean_line`; everything searched goes through :func:`search_key`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = [
    "BilingualError",
    "clean",
    "clean_line",
    "collation_key",
    "fold",
    "has_diacritics",
    "matches",
    "nfc",
    "search_key",
]


class BilingualError(ValueError):
    """A ValueError carrying a Vietnamese and an English message.

    ``str(error)`` is the Vietnamese message (the app's default language); the
    CLI and GUI pick ``message_vi`` or ``message_en`` by the user's language.
    Every error raised by ``cbdesk.core`` for bad user input derives from it.
    """

    def __init__(self, message_vi: str, message_en: str | None = None):
        super().__init__(message_vi)
        self.message_vi = message_vi
        self.message_en = message_en or message_vi

    def message(self, lang: str = "vi") -> str:
        """The message in ``lang`` ("vi" or anything else for English)."""
        return self.message_vi if lang == "vi" else self.message_en


# Characters that Word and web pages leave in pasted text and that no one
# means to store: zero-width space/joiners, BOM, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def nfc(s: str | None) -> str:
    """``s`` in Unicode NFC form; None gives ""."""
    if s is None:
        return ""
    return unicodedata.normalize("NFC", str(s))


def clean_line(s: str | None) -> str:
    """One line of text: NFC, invisible characters removed, every run of
    whitespace (newlines and non-breaking spaces included) turned into one
    space, stripped."""
    return _clean_line(s) if type(s) is str else _clean_line_of(s)


def clean(s: str | None) -> str:
    """Text that may hold paragraphs: each line cleaned as by
    :func:`clean_line`, line breaks kept, runs of blank lines reduced to one
    blank line, blank lines at both ends removed."""
    return _clean(s) if type(s) is str else _clean_of(s)


def _clean_line_of(s: str | None) -> str:
    return " ".join(nfc(s).translate(_INVISIBLE).split())


def _clean_of(s: str | None) -> str:
    text = nfc(s).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    lines: list[str] = []
    for raw in text.split("\n"):
        line = _clean_line(raw)
        # Keep one blank line between paragraphs, never several in a row.
        if line or (lines and lines[-1]):
            lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


# Pure, and asked again and again for the same few strings (codes, periods,
# units, area names: tens of thousands of cells in an import): remembered,
# within bounds. Only text is remembered (a number or None is worked out).
_clean_line = lru_cache(maxsize=8192)(_clean_line_of)
_clean = lru_cache(maxsize=8192)(_clean_of)


# đ does not decompose in Unicode, so it is folded by hand; ð (eth) turns up
# in text converted from old Vietnamese 8-bit encodings in place of đ.
_FOLD_EXTRA = str.maketrans({"đ": "d", "ð": "d"})


def fold(s: str | None) -> str:
    """Lower-case, diacritics removed, đ → d: ``"Giảm Nghèo" → "giam ngheo"``."""
    decomposed = unicodedata.normalize("NFD", nfc(s).lower())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped.translate(_FOLD_EXTRA))


def has_diacritics(s: str | None) -> bool:
    """Whether ``s`` has any accented letter (including đ)."""
    text = nfc(s)
    if any(c in "đĐðÐ" for c in text):
        return True
    return any(unicodedata.combining(c) for c in unicodedata.normalize("NFD", text))


def matches(query: str | None, text: str | None) -> bool:
    """Whether every whitespace-separated word of ``query`` occurs in ``text``.

    A query typed without any diacritic matches regardless of accents
    (``giam ngheo`` finds ``giảm nghèo``), since people often type without
    them; a query with diacritics is taken as meant: accent-sensitive, but
    case-insensitive. An empty query matches everything.
    """
    words = clean_line(query).split()
    if not words:
        return True
    if has_diacritics(query):
        haystack = nfc(text).lower()
        return all(w.lower() in haystack for w in words)
    haystack = fold(text)
    return all(fold(w) in haystack for w in words)


def search_key(s: str | None) -> str:
    """The form stored for fast accent-insensitive search: ``fold(clean(s))``."""
    return fold(clean(s))


# ---------------------------------------------------------------------------
# Collation

# The Vietnamese alphabet, with the Latin letters it lacks (f, j, w, z) at
# their Latin places so that foreign words still sort sensibly.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {c: i for i, c in enumerate(_ALPHABET)}

# Marks that make a new letter of the base (ă, â, ê, ô, ơ, ư) versus tone
# marks, which only matter once the base letters are equal.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
# Dictionary tone order: ngang (none), huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

# Classes of collation elements: punctuation < digits < letters < other
# scripts (which fall back to code points).
_PUNCT, _DIGIT, _LETTER, _OTHER = 0, 1, 2, 3


def _char_weight(ch: str) -> tuple[tuple[int, ...], int]:
    """(primary weight, tone rank) of one lower-case NFC character."""
    decomposed = unicodedata.normalize("NFD", ch)
    base, marks = decomposed[0], decomposed[1:]
    letter_marks = "".join(m for m in marks if m in _LETTER_MARKS)
    tones = [m for m in marks if m in _TONE_RANK]
    others = [m for m in marks if m not in _LETTER_MARKS and m not in _TONE_RANK]
    letter = unicodedata.normalize("NFC", base + letter_marks)
    if letter in _LETTER_RANK and not others and len(tones) <= 1:
        return (_LETTER, _LETTER_RANK[letter]), (_TONE_RANK[tones[0]] if tones else 0)
    if unicodedata.category(ch)[0] in "PSZC":
        return (_PUNCT, ord(ch)), 0
    return (_OTHER, ord(ch)), 0


def _digit_weight(run: str) -> tuple[int, ...]:
    """A run of digits compares by numeric value (so "Phường 2" sorts before
    "Phường 10"), then by its length ("1" before "01")."""
    values = [unicodedata.decimal(c) for c in run]
    while len(values) > 1 and values[0] == 0:
        values.pop(0)
    # Compare by magnitude first (number of significant digits), then digits,
    # then the run's length; no int() conversion, so arbitrarily long runs are
    # safe. (Runs of equal magnitude have as many values, so nothing needs to
    # mark where the values end.)
    return (_DIGIT, len(values), *values, len(run))


def _word_key(word: str) -> tuple[tuple[tuple[int, ...], ...], tuple[int, ...]]:
    primary: list[tuple[int, ...]] = []
    tones: list[int] = []
    i = 0
    while i < len(word):
        if word[i].isdecimal():
            j = i
            while j < len(word) and word[j].isdecimal():
                j += 1
            primary.append(_digit_weight(word[i:j]))
            tones.append(0)
            i = j
            continue
        weight, tone = _char_weight(word[i])
        primary.append(weight)
        tones.append(tone)
        i += 1
    return tuple(primary), tuple(tones)


def collation_key(s: str | None) -> tuple:
    """Sort key for Vietnamese alphabetical order (SPEC §4).

    Words are compared one after the other, as a dictionary does: within a
    word the base letters first (a < ă < â < b < … < d < đ < … < o < ô < ơ <
    … < u < ư < …), then the tones (none, huyền, hỏi, ngã, sắc, nặng); so
    ``Hà Quảng`` < ``Hạ Lang`` < ``Hòa An``. Case-insensitive; punctuation <
    digits < letters, digit runs compare by value; other scripts fall back to
    code points. Ties are broken by case (lower first) and finally by the
    text itself, so the order never depends on the input order.
    """
    text = nfc(s)
    words = tuple(_word_key(w) for w in text.lower().split())
    case = tuple(1 if c.isupper() else 0 for c in text if not c.isspace())
    return (words, case, text, "" if s is None else str(s))
