"""The shapes of the data-entry grid (plain, frozen data handed to the window):
its columns (the whole province, then each area), rows (targets with their
plan figures) and cells (a stored value with its version, or the figure of an
overlapping or same-moment period)."""

from __future__ import annotations

from dataclasses import dataclass, field

from cbdesk.core.enums import TargetKind

__all__ = ["CellChange", "CellKey", "Grid", "GridCell", "GridColumn", "GridRow"]

CellKey = tuple[str, str | None]  # (target code, area code or None = whole province)


@dataclass(frozen=True)
class GridColumn:
    area: str | None  # area code; None = the whole province
    name: str


@dataclass(frozen=True)
class GridCell:
    value: float | None  # the value stored for exactly this period
    version: int | None  # the stored row's version; None when nothing is stored
    # For cumulative targets entered by finer (or coarser) periods: the label of
    # the overlapping period that makes this cell read-only, and the figure
    # those entries give for the period.
    blocked_by: str | None = None
    derived: float | None = None
    # Level and change targets: nothing stored for exactly this period, but a
    # period ending the same day holds the figure that counts (one fact per
    # moment): its label, the figure in ``derived``. The cell stays editable;
    # typing a different figure replaces that one after a question.
    shared_from: str | None = None


@dataclass(frozen=True)
class GridRow:
    code: str
    name: str
    unit: str
    kind: TargetKind
    depth: int
    plan: float | None  # the year's target (whole province)
    decimals: int
    allocations: dict[str, float] = field(default_factory=dict)  # area code → plan figure
    plan_text: str = ""  # the year's target as the report prints it (≤ 3,45; giảm 4,0 điểm %)

    @property
    def editable(self) -> bool:
        return self.kind is not TargetKind.QUALITATIVE


@dataclass(frozen=True)
class Grid:
    year: int
    period: str  # period code
    period_label: str
    locked: bool
    locked_note: str  # "Kỳ Quý I/2021 đã chốt số liệu ngày 15/04/2021"; "" when open
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]
    cells: dict[CellKey, GridCell]

    def cell(self, target: str, area: str | None) -> GridCell:
        return self.cells.get((target, area), GridCell(None, None))


@dataclass(frozen=True)
class CellChange:
    target: str  # target code
    area: str | None  # area code, None = whole province
    value: float | None  # None clears the cell
