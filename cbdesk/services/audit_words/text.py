"""Free text of the audit trail in the reader's notation: period codes read as
periods, ISO dates as dd/mm/yyyy, dot-decimal numbers as Vietnamese numbers."""

from __future__ import annotations

import re

from cbdesk.core.periods import Period
from cbdesk.core.vnformat import format_number

_NUMBER = re.compile(r"^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DOT_DECIMAL = re.compile(r"(?<![\d.])(-?\d+)\.(\d+)(?![\d.])")


def _period(text: str) -> Period | None:
    if not text or not text[:4].isdigit():
        return None
    try:
        return Period.parse(text)
    except Exception:  # not a period code
        return None


def number_words(text: str, lang: str = "vi") -> str:
    """Dot-decimal numbers inside free text in the reader's notation."""
    if lang != "vi":
        return text
    return _DOT_DECIMAL.sub(lambda m: format_number(float(m.group(0))), text)


def date_words(text: str) -> str:
    return _ISO_DATE.sub(lambda m: f"{m.group(3)}/{m.group(2)}/{m.group(1)}", text)
