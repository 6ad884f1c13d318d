"""A programme as plain data (what its workbook and `dump` carry), keyed by codes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from cbdesk.services.errors import ValidationError

_CODE = re.compile(r"^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$")


@dataclass
class ProgrammeTargetData:
    code: str
    name: str
    unit: str = ""
    kind: str = "cumulative"  # TargetKind value
    direction: str = "increase"  # Direction value
    target: float | None = None  # for the whole programme (per year when per_year)
    baseline: float | None = None
    baseline_year: int | None = None
    per_year: bool = False  # change target stated as a yearly average (bình quân)
    parent_code: str | None = None
    relation: str | None = None


@dataclass
class ProgrammeData:
    code: str  # "2026-2030"
    name: str = ""
    note: str = ""
    targets: list[ProgrammeTargetData] = field(default_factory=list)

    @property
    def years(self) -> tuple[int, int]:
        return parse_code(self.code)


def parse_code(text: object) -> tuple[int, int]:
    """(start, end) of a programme code such as ``2026-2030`` (en dash accepted)."""
    m = _CODE.match(str(text if text is not None else ""))
    if m:
        start, end = int(m.group(1)), int(m.group(2))
        if 1900 <= start < end <= 2200 and end - start <= 10:
            return start, end
    raise ValidationError(
        f"Giai đoạn '{text}' không hợp lệ; hãy viết như 2026-2030.",
        f"Invalid programme period '{text}'; write it like 2026-2030.",
    )


def code_of(start: int, end: int) -> str:
    return f"{start}-{end}"
