"""What an import or an apply changed (or would change, in a dry run)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cbdesk.core.vnformat import format_number


@dataclass
class Change:
    """One change an apply made (or would make, in a dry run)."""

    entity: str  # plan, unit, area, target, task, result, update
    key: str
    field: str
    old: object
    new: object

    def describe(self) -> str:
        def fmt(v):
            if v is None or v == "":
                return "(trống)"
            if isinstance(v, float):
                return format_number(v)
            return str(v)

        if self.field == "*":
            return f"{self.entity} {self.key}: thêm mới"
        return f"{self.entity} {self.key}: {self.field} {fmt(self.old)} → {fmt(self.new)}"


@dataclass
class ApplySummary:
    year: int
    created_plan: bool = False
    changes: list[Change] = field(default_factory=list)

    def count(self, entity: str) -> int:
        return sum(1 for c in self.changes if c.entity == entity)


def set_field(obj, attr: str, value, summary: ApplySummary, entity: str, key: str) -> bool:
    old = getattr(obj, attr)
    if old == value:
        return False
    setattr(obj, attr, value)
    if getattr(obj, "id", None) is not None:
        summary.changes.append(Change(entity, key, attr, old, value))
    return True
